import { z } from 'zod';
import entries from './lexicon.json' with { type: 'json' };
import { fold } from './normalize.ts';
import { hasVowelMarks, typedSyllables } from './typed-syllables.ts';
import { foldedSyllables } from './tokens.ts';

/**
 * Colloquial → official vocabulary. Citizens write "bằng lái", "sổ đỏ", "cccd", "lam lai";
 * procedure names say "giấy phép lái xe", "giấy chứng nhận quyền sử dụng đất", "thẻ căn cước",
 * "cấp lại". The data lives in lexicon.json (reviewed, each `to` checked against the corpus).
 */

export const LexiconEntrySchema = z.object({
  from: z.array(z.string().min(1)).min(1),
  to: z.string().min(1),
  /** How official texts also write the term ("BHYT"): a question in full words reaches those names too. */
  written: z.array(z.string().min(1)).optional(),
  note: z.string().min(1),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export interface LexiconMatch {
  /** The folded variant found in the text. */
  from: string;
  /** The official term it stands for (as written in lexicon.json). */
  to: string;
}

export interface QueryExpansion {
  /** The folded query. */
  folded: string;
  /** The folded query followed by the folded official terms it matched (original words kept). */
  expanded: string;
  matched: LexiconMatch[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set when a variant ends here. */
  match?: LexiconMatch;
  /**
   * How the variants ending here are written: the syllables' tone keys when written with diacritics,
   * null when written without ("cmnd", "lam lai"), which match however the citizen typed.
   */
  forms?: (string[] | null)[];
}

export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** Longest-match scan of the text's folded syllables. */
  match(text: string): LexiconMatch[];
  expand(text: string): QueryExpansion;
}

/** Compile entries into a syllable trie. Throws if one folded variant maps to two terms. */
export function createLexicon(raw: readonly unknown[]): Lexicon {
  const parsed = z.array(LexiconEntrySchema).parse(raw);
  const root: TrieNode = { next: new Map() };
  for (const entry of parsed) {
    for (const variant of entry.from) {
      const syllables = foldedSyllables(fold(variant));
      let node = root;
      for (const syllable of syllables) {
        let child = node.next.get(syllable);
        if (!child) node.next.set(syllable, (child = { next: new Map() }));
        node = child;
      }
      if (node.match && node.match.to !== entry.to) {
        throw new Error(`lexicon: "${variant}" maps to both "${node.match.to}" and "${entry.to}"`);
      }
      node.match = { from: syllables.join(' '), to: entry.to };
      // An abbreviation with only "đ" ("sđ", "đkkh") is typed with a plain d as often: it matches either way.
      node.forms = [...(node.forms ?? []), hasVowelMarks(variant) ? (typedSyllables(variant).typed ?? null) : null];
    }
  }

  const abbreviations = parsed
    .filter((entry) => entry.written?.length)
    .map((entry) => ({ term: ` ${foldedSyllables(fold(entry.to)).join(' ')} `, written: (entry.written ?? []).map(fold) }));

  /**
   * A variant written with diacritics matches words typed with diacritics only as written: folded,
   * "chiếc đò" is also "chiếc đó" and "xuồng máy" also "xưởng may". Words typed without any
   * cannot tell, and match every variant.
   */
  const writtenAsTyped = (node: TrieNode, typed: readonly string[] | null, from: number, to: number): boolean => {
    const span = typed?.slice(from, to);
    if (!span || span.every((key) => key === fold(key))) return true;
    return (node.forms ?? [null]).some((form) => form === null || form.every((key, k) => key === span[k]));
  };

  const matchTokens = (tokens: readonly string[], typed: readonly string[] | null): LexiconMatch[] => {
    const found: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      let node: TrieNode | undefined = root;
      let best: LexiconMatch | undefined;
      let bestLength = 0;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j] as string);
        if (!node) break;
        if (node.match && writtenAsTyped(node, typed, i, j + 1)) {
          best = node.match;
          bestLength = j - i + 1;
        }
      }
      if (best) {
        found.push(best);
        i += bestLength;
      } else i++;
    }
    return found;
  };

  return {
    entries: parsed,
    match(text) {
      const { tokens, typed } = typedSyllables(text);
      return matchTokens(tokens, typed);
    },
    expand(text) {
      const { folded, tokens, typed } = typedSyllables(text);
      const matched = matchTokens(tokens, typed);
      const terms = [...new Set(matched.map((m) => fold(m.to)))];
      // The official term, typed or reached through a variant, also brings its written abbreviation.
      const words = ` ${foldedSyllables([folded, ...terms].join(' ')).join(' ')} `;
      for (const { term, written } of abbreviations) if (words.includes(term)) terms.push(...written.filter((w) => !words.includes(` ${w} `)));
      return { folded, expanded: [folded, ...terms].join(' ').trim(), matched };
    },
  };
}

let defaultLexicon: Lexicon | undefined;

/** The shipped lexicon, compiled on first use. */
export function getLexicon(): Lexicon {
  defaultLexicon ??= createLexicon(entries);
  return defaultLexicon;
}

/** Folded query plus the official terms its colloquial words stand for. */
export function expandQuery(text: string): QueryExpansion {
  return getLexicon().expand(text);
}
