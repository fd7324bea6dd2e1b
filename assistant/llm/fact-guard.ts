import type { Procedure } from '../../knowledge/index.ts';
import { extractFacts, type Fact } from './extract-facts.ts';
import { collectAllowedFacts, type AllowedFacts } from './source-facts.ts';

export interface FactCheck {
  ok: boolean;
  /** One line per fact the sources do not support, e.g. `amount "25.000 đồng" (25000)`. */
  violations: string[];
}

const LABELS: Record<Fact['kind'], string> = {
  procedure_code: 'procedure code', legal_code: 'legal document', legal_ref: 'legal document', result_code: 'result code',
  form_code: 'form', date: 'date', time: 'time', percent: 'percentage', amount: 'amount', duration: 'duration',
  quantity: 'document count', number: 'number',
};

function supported(fact: Fact, allowed: AllowedFacts): boolean {
  if (fact.kind === 'number') {
    const n = Number(fact.key);
    return Number.isFinite(n) && allowed.numbers.has(n);
  }
  return allowed.keys.has(`${fact.kind}:${fact.key}`);
}

/**
 * Every number, amount, duration, percentage, date, time and code in `generated` must appear in the
 * source records (structured values or official text) or in the deterministic answer. Lenient only
 * where meaning is kept: "7 ngày" may shorten "7 ngày làm việc" (not the reverse), a date may drop
 * its year, "20 nghìn" equals "20.000 đồng".
 */
export function checkFacts(generated: string, sources: Procedure[], deterministicText?: string): FactCheck {
  const allowed = collectAllowedFacts(sources, deterministicText);
  const violations: string[] = [];
  const seen = new Set<string>();
  for (const fact of extractFacts(generated)) {
    const id = `${fact.kind}:${fact.key}`;
    if (seen.has(id) || supported(fact, allowed)) continue;
    seen.add(id);
    violations.push(`${LABELS[fact.kind]} "${fact.raw.trim()}" (${fact.key}) is not in the sources`);
  }
  return { ok: violations.length === 0, violations };
}

const MUST_KEEP: Fact['kind'][] = ['amount', 'duration', 'date', 'procedure_code'];

/**
 * Facts of the deterministic answer a rewording must not drop: amounts, durations, dates and codes.
 * A shortened duration ("7 ngày" for "7 ngày làm việc") counts as kept.
 */
export function missingFacts(generated: string, deterministicText: string): string[] {
  const present = new Set(extractFacts(generated).map((f) => `${f.kind}:${f.key}`));
  const missing: string[] = [];
  for (const f of extractFacts(deterministicText)) {
    if (!MUST_KEEP.includes(f.kind)) continue;
    const key = `${f.kind}:${f.key}`;
    const shortened = f.kind === 'duration' ? key.replace(':working_days', ':days') : key;
    const withoutYear = f.kind === 'date' ? `date:${f.key.split('/').slice(0, 2).join('/')}` : key;
    if (!present.has(key) && !present.has(shortened) && !present.has(withoutYear) && !missing.includes(f.raw.trim())) missing.push(f.raw.trim());
  }
  return missing;
}
