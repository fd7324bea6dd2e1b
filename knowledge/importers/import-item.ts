import type { Procedure } from '../model/procedure.ts';

/** What every reader yields: a valid procedure, or a bad record with the reason (the import goes on). */
export type ImportItem =
  | { ok: true; procedure: Procedure; source: string }
  | { ok: false; code: string | null; line: number | null; reason: string };

/** The input cannot be read at all: a missing file, a corrupt gzip, an unknown kind of input. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly path: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}

/** Turns a Node file-system error into a sentence naming the path and the problem. */
export function fileProblem(path: string, error: unknown): ImportFileError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const problem =
    code === 'ENOENT'
      ? 'file or folder not found'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a folder, expected a file'
          : code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR'
            ? 'corrupt gzip data (the file is damaged or not gzip)'
            : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  return new ImportFileError(path, problem, { cause: error });
}
