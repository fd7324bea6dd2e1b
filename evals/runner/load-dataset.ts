import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Expectation } from '../metrics/scored-turn.ts';
import { DatasetLineSchema, type DatasetLine } from './dataset-line.ts';

/** A dataset line ready to run: its turns in order, each with what it must produce (or null). */
export interface DatasetCase {
  id: string;
  /** 1-based line number in the file. */
  line: number;
  tags: string[];
  /** The item's author, when the dataset names one. */
  author?: string | undefined;
  turns: { text: string; elderly: boolean; expect: Expectation | null }[];
}

export interface LineError {
  line: number;
  message: string;
}

export interface LoadedDataset {
  cases: DatasetCase[];
  errors: LineError[];
}

/** Reads a JSONL dataset (plain or .gz); a malformed line is reported with its number and skipped. */
export async function loadDataset(path: string): Promise<LoadedDataset> {
  const input = createReadStream(path);
  const lines = createInterface({ input: path.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const cases: DatasetCase[] = [];
  const errors: LineError[] = [];
  let number = 0;
  for await (const raw of lines) {
    number++;
    const result = parseDatasetLine(raw, number);
    if (result === null) continue;
    if ('message' in result) errors.push(result);
    else cases.push(result);
  }
  return { cases, errors };
}

/** null for a blank line; a LineError for bad JSON or a line that does not fit the format. */
export function parseDatasetLine(raw: string, line: number): DatasetCase | LineError | null {
  const text = raw.replace(/^\uFEFF/, '').trim();
  if (text === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { line, message: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = DatasetLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { line, message: `${where}${issue?.message ?? 'does not fit the dataset format'}` };
  }
  return toCase(parsed.data, line);
}

/**
 * The line-level expectation applies to the last turn; a turn's own expectation wins over it.
 * A line that expects nothing still counts once (its last turn), so `n` is the number of lines.
 */
function toCase(data: DatasetLine, line: number): DatasetCase {
  const scripted = data.turns ?? [data.question as string];
  const anyOwn = scripted.some((turn) => typeof turn !== 'string' && turn.expect !== undefined);
  const turns = scripted.map((turn, index) => {
    const own = typeof turn === 'string' ? undefined : turn.expect;
    const inherited = index === scripted.length - 1 ? (data.expect ?? (anyOwn ? undefined : {})) : undefined;
    const expect = own ?? inherited ?? null;
    return {
      text: typeof turn === 'string' ? turn : turn.text,
      elderly: (typeof turn === 'string' ? undefined : turn.elderly) ?? data.elderly ?? false,
      expect,
    };
  });
  return { id: data.id ?? `line-${line}`, line, tags: data.tags, ...(data.author ? { author: data.author } : {}), turns };
}
