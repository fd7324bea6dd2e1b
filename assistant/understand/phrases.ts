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

interface Entry<T extends string> {
  tag: T;
  phrase: string;
  parts: readonly string[];
  /** Position in the lexicon, so hits come out in lexicon order as callers expect. */
  order: number;
}

interface CompiledLexicon<T extends string> {
  byFirstWord: ReadonlyMap<string, readonly Entry<T>[]>;
  numberFirst: readonly Entry<T>[];
}

/** Lexicons are module constants: each is indexed by first word once, not scanned per message. */
const compiled = new WeakMap<object, CompiledLexicon<string>>();

function compile<T extends string>(lexicon: Lexicon<T>): CompiledLexicon<T> {
  const cached = compiled.get(lexicon) as CompiledLexicon<T> | undefined;
  if (cached) return cached;
  const byFirstWord = new Map<string, Entry<T>[]>();
  const numberFirst: Entry<T>[] = [];
  let order = 0;
  for (const tag of Object.keys(lexicon) as T[]) {
    for (const phrase of lexicon[tag]) {
      const parts = phrase.split(' ');
      const entry = { tag, phrase, parts, order: order++ };
      if (parts[0] === '#') numberFirst.push(entry);
      else byFirstWord.set(parts[0]!, [...(byFirstWord.get(parts[0]!) ?? []), entry]);
    }
  }
  const index = { byFirstWord, numberFirst };
  compiled.set(lexicon, index);
  return index;
}

/** Every occurrence of every phrase of the lexicon, in lexicon order, then by position. */
export function findHits<T extends string>(words: readonly string[], lexicon: Lexicon<T>): PhraseHit<T>[] {
  const index = compile(lexicon);
  const found: Array<{ hit: PhraseHit<T>; order: number }> = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    const entries = index.byFirstWord.get(word);
    const candidates = NUMBER.test(word) ? [...(entries ?? []), ...index.numberFirst] : entries;
    if (!candidates) continue;
    for (const entry of candidates) {
      if (at + entry.parts.length <= words.length && matchesAt(words, at, entry.parts)) {
        found.push({ hit: { tag: entry.tag, phrase: entry.phrase, start: at, end: at + entry.parts.length }, order: entry.order });
      }
    }
  }
  return found.sort((a, b) => a.order - b.order || a.hit.start - b.hit.start).map((f) => f.hit);
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

/** One-tag lexicons made from phrase lists, kept so `hasAny` compiles each list once. */
const listLexicons = new WeakMap<readonly string[], Lexicon<'any'>>();

export function hasAny(words: readonly string[], phrases: readonly string[]): boolean {
  let lexicon = listLexicons.get(phrases);
  if (!lexicon) listLexicons.set(phrases, (lexicon = { any: phrases }));
  return findHits(words, lexicon).length > 0;
}

/** Word indices covered by the hits. */
export function coveredWords(hits: readonly PhraseHit[]): Set<number> {
  const covered = new Set<number>();
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) covered.add(i);
  return covered;
}
