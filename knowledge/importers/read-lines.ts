import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { fileProblem, ImportFileError } from './import-item.ts';

/**
 * The lines of a text file, gunzipped when the name ends in .gz, with 1-based numbers. A missing
 * file or corrupt gzip throws ImportFileError naming the path and the problem.
 */
export async function* readLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  await assertFile(path);
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  file.on('error', (error) => input.destroy(error));
  input.setEncoding('utf8');
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) yield { line: ++line, text };
    }
  } catch (error) {
    throw fileProblem(path, error);
  }
  if (pending.length > 0) yield { line: line + 1, text: pending };
}

export async function assertFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportFileError(path, 'is a folder, expected a file');
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw fileProblem(path, error);
  }
}
