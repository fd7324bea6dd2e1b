import type { ReplySections } from '../../../assistant/index.ts';
import { t } from './strings.ts';

type Fee = NonNullable<ReplySections['fees']>[number]['fees'][number];
type Duration = NonNullable<ReplySections['durations']>[number]['duration'];
export type Method = NonNullable<ReplySections['fees']>[number]['method'];

const money = new Intl.NumberFormat('vi-VN');

export function formatFee(fee: Fee): string {
  const kind = fee.kind ? `${t.feeKinds[fee.kind] ?? fee.kind} ` : '';
  if (fee.amountVnd === 0) return t.free;
  if (fee.amountVnd === null) return fee.text || t.notStated;
  return `${kind}${money.format(fee.amountVnd)} đồng`;
}

export function formatDuration(duration: Duration): string {
  const unit = t.units[duration.unit];
  if (duration.value === null || !unit) return duration.text || t.notStated;
  return `${money.format(duration.value)} ${unit}`;
}

export interface MethodSummary {
  /** "Nộp trực tuyến hoặc trực tiếp" when several methods cost and take the same. */
  heading: string;
  fee: string | null;
  duration: string | null;
}

/** Cost and time per submission method, methods with the same cost and time shown once. */
export function summarizeMethods(sections: ReplySections): MethodSummary[] {
  const methods: Method[] = [];
  for (const m of [...(sections.fees ?? []).map((f) => f.method), ...(sections.durations ?? []).map((d) => d.method)]) if (!methods.includes(m)) methods.push(m);
  const groups = new Map<string, { methods: Method[]; fee: string | null; duration: string | null }>();
  for (const method of methods) {
    const fees = sections.fees?.find((f) => f.method === method)?.fees;
    const duration = sections.durations?.find((d) => d.method === method)?.duration;
    const fee = fees ? (fees.length ? fees.map(formatFee).join('; ') : t.free) : null;
    const time = duration ? formatDuration(duration) : null;
    const key = JSON.stringify([fee, time]);
    const group = groups.get(key);
    if (group) group.methods.push(method);
    else groups.set(key, { methods: [method], fee, duration: time });
  }
  return [...groups.values()].map((g) => ({ heading: t.methodGroup(g.methods.map((m) => t.methods[m] ?? m)), fee: g.fee, duration: g.duration }));
}
