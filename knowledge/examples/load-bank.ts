import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The example-question bank: for the 500 most used procedures, about fourteen ways citizens ask for
 * each, written by eight independent authors with personas (never evaluation items). It ships in
 * this folder as `bank-part*.jsonl`, one author per file (several entries may share a code), and is
 * read from disk when the retriever first searches: no download.
 */
export const BankEntrySchema = z.object({
  code: z.string().regex(/^\d\.\d{6}$/),
  author: z.string().min(1),
  questions: z.array(z.string().min(1).max(2000)).min(1),
});
export type BankEntry = z.infer<typeof BankEntrySchema>;

export const EXAMPLES_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Parses one bank file's lines; a malformed line throws with its number (the bank is reviewed data). */
export function parseBank(text: string, source = 'bank'): BankEntry[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = BankEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${source}:${number}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

/** Every `bank-part*.jsonl` of the folder, in file-name order. */
export function loadBank(dir: string = EXAMPLES_DIR): BankEntry[] {
  const files = readdirSync(dir).filter((f) => /^bank-part\d+\.jsonl$/.test(f)).sort();
  return files.flatMap((file) => parseBank(readFileSync(join(dir, file), 'utf8'), file));
}
