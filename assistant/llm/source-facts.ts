import type { Procedure } from '../../knowledge/index.ts';
import { extractFacts, normaliseLegal, type Fact } from './extract-facts.ts';
import { parseDigits } from './parse-number.ts';

/** Every fact the generated text may repeat: structured values and all official text of the records, plus the deterministic answer. */
export interface AllowedFacts {
  keys: Set<string>;
  numbers: Set<number>;
}

const UNIT_KEYS: Record<Procedure['methods'][number]['duration']['unit'], string | null> = {
  working_days: 'working_days', days: 'days', hours: 'hours', months: 'months', unspecified: null,
};

function textsOf(p: Procedure): string[] {
  const out: (string | null)[] = [
    p.code, p.name, p.levelsText, p.field, p.agency, p.authority, p.address, p.applicants, p.methodsText,
    p.documentsText, p.stepsText, p.conditions, p.resultsText, p.decisionNumber, p.updatedAt, ...p.steps,
  ];
  for (const m of p.methods) out.push(m.duration.text, m.note, ...m.fees.map((f) => f.text));
  for (const c of p.documentCases) {
    out.push(c.case);
    for (const d of c.documents) out.push(d.name, d.quantityText, ...d.forms);
  }
  for (const r of p.results) out.push(r.name, r.code);
  for (const l of p.legalBasis) out.push(l.code, l.title);
  return out.filter((t): t is string => typeof t === 'string' && t.length > 0);
}

function structuredKeys(p: Procedure): string[] {
  const keys = [`procedure_code:${p.code}`];
  for (const m of p.methods) {
    const unit = UNIT_KEYS[m.duration.unit];
    if (m.duration.value !== null && unit) keys.push(`duration:${m.duration.value}:${unit}`);
    for (const f of m.fees) if (f.amountVnd !== null) keys.push(`amount:${f.amountVnd}`);
  }
  for (const c of p.documentCases) {
    for (const d of c.documents) {
      if (d.originals) keys.push(`quantity:${d.originals}:bản chính`);
      if (d.copies) keys.push(`quantity:${d.copies}:bản sao`);
    }
  }
  for (const l of p.legalBasis) if (l.code) keys.push(`legal_code:${normaliseLegal(l.code)}`);
  if (p.decisionNumber) keys.push(`legal_code:${normaliseLegal(p.decisionNumber)}`);
  for (const r of p.results) if (r.code) keys.push(`result_code:${r.code}`);
  return keys;
}

/** Adds the looser keys a faithful paraphrase may use (a date without its year, a legal code without its suffix). */
function addFact(allowed: AllowedFacts, kind: Fact['kind'], key: string): void {
  allowed.keys.add(`${kind}:${key}`);
  const [first, second] = key.split(':');
  if (kind === 'date') allowed.keys.add(`date:${key.split('/').slice(0, 2).join('/')}`);
  if (kind === 'legal_code') {
    const m = /^(\d+)\/(\d{4})\//.exec(key);
    if (m) allowed.keys.add(`legal_ref:${Number(m[1])}/${m[2]}`);
  }
  if (kind === 'quantity') allowed.keys.add(`quantity:${first}:bản`);
  if (kind === 'duration' && second === 'working_days') allowed.keys.add(`duration:${first}:days`);
  for (const n of key.match(/\d+(?:\.\d+)?/g) ?? []) allowed.numbers.add(Number(n));
}

export function collectAllowedFacts(sources: Procedure[], deterministicText = ''): AllowedFacts {
  const allowed: AllowedFacts = { keys: new Set(), numbers: new Set() };
  const texts = [...sources.flatMap(textsOf), deterministicText];
  for (const key of sources.flatMap(structuredKeys)) {
    const i = key.indexOf(':');
    addFact(allowed, key.slice(0, i) as Fact['kind'], key.slice(i + 1));
  }
  for (const text of texts) {
    for (const f of extractFacts(text)) addFact(allowed, f.kind, f.key);
    // Any digits written anywhere in the records may be repeated as a bare number.
    for (const token of text.match(/\d+(?:[.,]\d+)*/g) ?? []) {
      const n = parseDigits(token);
      if (n !== null) allowed.numbers.add(n);
      for (const part of token.split(/[.,]/)) allowed.numbers.add(Number(part));
    }
  }
  return allowed;
}
