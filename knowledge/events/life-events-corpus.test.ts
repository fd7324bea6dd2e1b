import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getLifeEvents } from './life-events.ts';

// Shared data lives beside the repository, never inside it (see ../shared/data/tthc/README.md).
const corpusPath = fileURLToPath(new URL('../../../shared/data/tthc/procedures.jsonl.gz', import.meta.url));
const available = existsSync(corpusPath);
const title = available ? 'life events against the real corpus' : `life events against the real corpus — SKIPPED: ${corpusPath} not found`;

describe.skipIf(!available)(title, () => {
  it('leads only to procedures that exist in the corpus', () => {
    const codes = new Set(
      gunzipSync(readFileSync(corpusPath))
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { ma_thu_tuc: string }).ma_thu_tuc),
    );
    expect(codes.size).toBeGreaterThan(2000);
    const missing = getLifeEvents().events.flatMap((event) => event.procedures.filter((code) => !codes.has(code)).map((code) => `${event.id}: ${code}`));
    expect(missing).toEqual([]);
  });
});
