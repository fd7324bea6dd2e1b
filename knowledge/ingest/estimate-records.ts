import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';

/**
 * How many records an input holds, for the progress bar: lines of a .jsonl(.gz) export, .json
 * files of a folder (exports inside it counted by lines), 1 for a single .json. Null when it cannot
 * tell; the import itself reports real problems.
 */
export async function estimateRecords(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      let total = 0;
      for (const name of await readdir(path)) {
        if (name.endsWith('.json')) total += 1;
        else if (name.endsWith('.jsonl') || name.endsWith('.jsonl.gz')) total += (await countLines(join(path, name))) ?? 0;
      }
      return total || null;
    }
    if (path.endsWith('.jsonl') || path.endsWith('.jsonl.gz')) return await countLines(path);
    return path.endsWith('.json') ? 1 : null;
  } catch {
    return null;
  }
}

async function countLines(path: string): Promise<number | null> {
  const input = createReadStream(path);
  const stream = path.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  let lines = 0;
  let lastByte = 10;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
      if (chunk.length) lastByte = chunk[chunk.length - 1]!;
    }
  } catch {
    return null;
  }
  return lastByte === 10 ? lines : lines + 1;
}
