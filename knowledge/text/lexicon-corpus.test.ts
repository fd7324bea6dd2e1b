import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getLexicon } from './lexicon.ts';
import { syllables } from './tokens.ts';

// Shared data lives beside the repository, never inside it (see ../shared/data/tthc/README.md).
const corpusPath = fileURLToPath(new URL('../../../shared/data/tthc/procedures.jsonl.gz', import.meta.url));
const available = existsSync(corpusPath);
const title = available
  ? 'lexicon against the real corpus'
  : `lexicon against the real corpus — SKIPPED: ${corpusPath} not found`;

describe.skipIf(!available)(title, () => {
  it('finds every official term in the name or text of at least one procedure', () => {
    const lines = gunzipSync(readFileSync(corpusPath)).toString('utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(2000);
    // One string of folded syllables, so a term matches only at syllable boundaries.
    const haystack = ` ${lines
      .map((line) => {
        const record = JSON.parse(line) as { ten_thu_tuc?: string; raw_text?: string };
        return syllables(`${record.ten_thu_tuc ?? ''} | ${record.raw_text ?? ''}`).join(' ');
      })
      .join(' | ')} `;
    const missing = getLexicon()
      .entries.map((entry) => entry.to)
      .filter((term) => !haystack.includes(` ${syllables(term).join(' ')} `));
    expect(missing).toEqual([]);
    const unwritten = getLexicon()
      .entries.flatMap((entry) => entry.written ?? [])
      .filter((abbreviation) => !haystack.includes(` ${syllables(abbreviation).join(' ')} `));
    expect(unwritten).toEqual([]);
  });
});
