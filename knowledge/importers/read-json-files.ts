import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileProblem, ImportFileError } from './import-item.ts';

/** A .json file's parsed content, or the parse error; unreadable files throw ImportFileError. */
export async function readJsonFile(path: string): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw fileProblem(path, error);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The files of a folder (sorted) whose names end with one of the suffixes. */
export async function listFiles(folder: string, suffixes: readonly string[]): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names
      .filter((name) => suffixes.some((suffix) => name.endsWith(suffix)))
      .sort()
      .map((name) => join(folder, name));
  } catch (error) {
    throw fileProblem(folder, error);
  }
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw fileProblem(path, error);
  }
}

export function unknownInput(path: string, expected: string): ImportFileError {
  return new ImportFileError(path, `not a known input: expected ${expected}`);
}
