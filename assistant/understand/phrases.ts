/**
 * Phrase matching over folded words. A phrase is folded text ("le phi"); `#` stands for any one
 * number ("duoi # tuoi"). Hits carry word spans so that a longer phrase can hide a shorter one
 * it contains ("nop online duoc khong" hides "duoc khong").
 */
export interface PhraseHit<T extends string = string> {
  tag: T;
  phrase: string;
  start: number;
  /** Exclusive word index. */
  end: number;
}

export type Lexicon<T extends string> = Readonly<Record<T, readonly string[]>>;

const NUMBER = /^\d+$/;

function matchesAt(words: readonly string[], at: number, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const word = words[at + i];
    const part = parts[i];
    if (word === undefined) return false;
    if (part === '#' ? !NUMBER.test(word) : word !== part) return false;
  }
  return true;
}

/** Every occurrence of every phrase of the lexicon. */
export function findHits<T extends string>(words: readonly string[], lexicon: Lexicon<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (const tag of Object.keys(lexicon) as T[]) {
    for (const phrase of lexicon[tag]) {
      const parts = phrase.split(' ');
      for (let at = 0; at + parts.length <= words.length; at++) {
        if (matchesAt(words, at, parts)) hits.push({ tag, phrase, start: at, end: at + parts.length });
      }
    }
  }
  return hits;
}

/** Drops hits whose span lies inside a longer hit's span; the longest phrase wins. */
export function longestHits<T extends string>(hits: readonly PhraseHit<T>[]): PhraseHit<T>[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start,
      ),
  );
}

export function hasAny(words: readonly string[], phrases: readonly string[]): boolean {
  return findHits(words, { any: phrases }).length > 0;
}

/** Word indices covered by the hits. */
export function coveredWords(hits: readonly PhraseHit[]): Set<number> {
  const covered = new Set<number>();
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) covered.add(i);
  return covered;
}
