import type { Procedure } from '../../knowledge/index.ts';
import { extractNumbers } from './normalise-numbers.ts';

/**
 * Numbers an answer states that none of its cited records contains (a fee, a duration, a count
 * the assistant made up). Numbers the citizen wrote, the numbers of offered choices and the dates
 * the assistant computed from the calendar are not claims about a record and are allowed.
 */
export function ungroundedNumbers(replyText: string, sources: readonly Procedure[], allowedTexts: readonly string[] = []): string[] {
  const known = new Set<string>();
  for (const source of sources) for (const n of numbersOfRecord(source)) known.add(n);
  for (const text of allowedTexts) for (const n of extractNumbers(text)) known.add(n);
  return [...new Set(extractNumbers(replyText).filter((n) => !known.has(n)))];
}

const recordNumbers = new WeakMap<Procedure, Set<string>>();

/** Every number in the record's text and parsed values, cached per record object. */
function numbersOfRecord(procedure: Procedure): Set<string> {
  let numbers = recordNumbers.get(procedure);
  if (!numbers) {
    const values: string[] = [];
    collectValues(procedure, values);
    numbers = new Set(values.flatMap((v) => extractNumbers(v)));
    recordNumbers.set(procedure, numbers);
  }
  return numbers;
}

function collectValues(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number') into.push(String(value));
  else if (Array.isArray(value)) for (const item of value) collectValues(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectValues(item, into);
}
