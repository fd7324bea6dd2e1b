import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { Procedure } from '../../knowledge/index.ts';
import type { BookingForms } from './settings.ts';
import type { BookingRow } from './book-slot.ts';
import { hhmm, localMinutes, slotLabel } from './local-time.ts';
import { maskPhone } from './phone.ts';
import { PRIORITY_LABELS, type PriorityGroup } from './priority-groups.ts';
import { appointmentBranches as branches, appointmentCounters as counters, appointmentServices as services } from './tables.ts';

export interface BookingSummary {
  code: string;
  status: BookingRow['status'];
  startsAt: string;
  endsAt: string;
  when: string;
  branch: { name: string; address: string; district: string };
  counter: string;
  service: string;
  procedure: { code: string; name: string } | null;
  /** What to bring, from the procedure record (general list, or the first case). */
  documents: string[];
  priority: string | null;
  queueNumber: string | null;
  citizenName: string;
  phone: string;
  icsPath: string;
  /** The pre-filled form attached to the booking, while retention keeps it. */
  form: { name: string } | null;
}

const MAX_DOCUMENTS = 8;
const shorten = (text: string) => (text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text);

export function documentsToBring(procedure: Procedure | null): string[] {
  if (!procedure) return [];
  const list = procedure.documentCases.find((c) => c.case === null) ?? procedure.documentCases[0];
  return (list?.documents ?? []).slice(0, MAX_DOCUMENTS).map((d) => shorten(d.name.replace(/\s+/g, ' ').trim()));
}

export async function summariseBooking(deps: { db: Db; procedure: (code: string) => Promise<Procedure | null>; forms?: BookingForms | undefined }, row: BookingRow): Promise<BookingSummary> {
  const [[branch], [service], [counter]] = await Promise.all([
    deps.db.select().from(branches).where(eq(branches.id, row.branchId)),
    deps.db.select().from(services).where(eq(services.id, row.serviceId)),
    deps.db.select({ name: counters.name }).from(counters).where(eq(counters.id, row.counterId)),
  ]);
  const procedure = row.procedureCode ? await deps.procedure(row.procedureCode).catch(() => null) : null;
  const form = row.formDocumentId && deps.forms ? await deps.forms.describe(row.formDocumentId) : null;
  return {
    code: row.code,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    when: `${slotLabel(row.startsAt)} (đến ${hhmm(localMinutes(row.endsAt))})`,
    branch: { name: branch?.name ?? '', address: branch?.address ?? '', district: branch?.district ?? '' },
    counter: counter?.name ?? '',
    service: service?.name ?? '',
    procedure: procedure ? { code: procedure.code, name: procedure.name } : null,
    documents: documentsToBring(procedure),
    priority: row.priorityGroup ? (PRIORITY_LABELS[row.priorityGroup as PriorityGroup] ?? null) : null,
    queueNumber: row.queueNumber,
    citizenName: row.citizenName,
    phone: maskPhone(row.phone),
    icsPath: `/appointments/api/v1/bookings/${row.code}/calendar.ics`,
    form: form ? { name: form.name } : null,
  };
}

/** The summary as the citizen reads it in the chat, SMS or on the page. */
export function summaryText(s: BookingSummary): string {
  const lines = [
    `Mã lịch hẹn: ${s.code}`,
    `Thời gian: ${s.when}`,
    `Địa điểm: ${s.branch.name}, ${s.branch.address}`,
    `Dịch vụ: ${s.service}${s.priority ? ` (ưu tiên: ${s.priority})` : ''}`,
  ];
  if (s.form) lines.push(`Tờ khai kèm theo: ${s.form.name} (đã gắn vào lịch hẹn, cán bộ tiếp nhận xem được trước khi bạn đến)`);
  if (s.documents.length > 0) lines.push('Giấy tờ cần mang:', ...s.documents.map((d) => `- ${d}`));
  else lines.push('Giấy tờ cần mang: tùy thủ tục; bạn có thể hỏi trợ lý "cần giấy tờ gì" cho thủ tục của mình.');
  lines.push('Vui lòng đến sớm 10 phút và đọc mã lịch hẹn tại quầy để lấy số thứ tự.');
  return lines.join('\n');
}
