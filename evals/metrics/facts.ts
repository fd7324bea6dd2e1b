import { normaliseForMatching } from './normalise-numbers.ts';

/**
 * Whether a reply states an expected fact ("50.000", "7 ngày làm việc", "CT01", "Tờ khai"),
 * comparing both sides after number, case and diacritic normalisation, on word boundaries
 * so that "20000" is not found inside "120000".
 */
export function containsFact(replyText: string, fact: string): boolean {
  const needle = normaliseForMatching(fact);
  if (needle === '') return true;
  const haystack = normaliseForMatching(replyText);
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\d]/u.test(char);
}

/** Facts of the list that the reply does not state. */
export function missingFacts(replyText: string, facts: readonly string[]): string[] {
  return facts.filter((fact) => !containsFact(replyText, fact));
}

/** Share of the expected facts the reply states (1 when none are expected). */
export function factScore(replyText: string, facts: readonly string[]): number {
  if (facts.length === 0) return 1;
  return (facts.length - missingFacts(replyText, facts).length) / facts.length;
}
