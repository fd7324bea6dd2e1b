import type { Procedure } from '../../knowledge/index.ts';

/** Numbers as values: "20.000" and "20000" are one number; a procedure code stays a code. */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const token = match[0];
    if (/^\d\.\d{6}$/.test(token)) out.add(token);
    else if (/^\d{1,3}([.,]\d{3})+$/.test(token)) out.add(String(Number(token.replace(/[.,]/g, ''))));
    else for (const part of token.split(/[.,]/)) out.add(String(Number(part)));
  }
  return out;
}

/** Every number anywhere in a record (names, texts, parsed values). */
export function recordNumbers(procedure: Procedure): Set<string> {
  return new Set(recordValues(procedure).flatMap((v) => [...numbersIn(v)]));
}

/** The record's strings and numbers, each as text. */
export function recordValues(procedure: Procedure): string[] {
  const values: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') values.push(value);
    else if (typeof value === 'number') values.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(procedure);
  return values;
}
