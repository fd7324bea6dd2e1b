import { basename } from 'node:path';
import { ProcedureSchema } from '../model/procedure.ts';
import { describeZodError } from './describe-zod-error.ts';
import type { ImportItem } from './import-item.ts';
import type { ReadOptions } from './read-options.ts';

/**
 * The project's own corpus files: JSON holding one Procedure or an array of them, already in the
 * model's shape. A popularity map, when given, overrides the stored popularity for its codes.
 */
export function* readCorpusValue(file: string, value: unknown, options: ReadOptions): Generator<ImportItem> {
  const items = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) {
    const checked = ProcedureSchema.safeParse(item);
    const where = items.length > 1 ? `${basename(file)}[${index}]` : basename(file);
    if (!checked.success) {
      const code = typeof (item as { code?: unknown } | null)?.code === 'string' ? (item as { code: string }).code : null;
      yield { ok: false, code, line: null, reason: `${where}: invalid procedure: ${describeZodError(checked.error)}` };
      continue;
    }
    const procedure = checked.data;
    const weight = options.popularity?.get(procedure.code);
    yield { ok: true, procedure: weight === undefined ? procedure : { ...procedure, popularity: weight }, source: file };
  }
}

/** True when the parsed JSON looks like the portal's detail API (typed execution methods). */
export function looksLikePortalRecord(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null && ('executionMethods' in first || 'executionCases' in first);
}
