import { FLATTENED_EXPORT, HAVE_SHARED_DATA, POPULARITY_FILE, SHARED_DATA_DIR } from '../importers/shared-data.ts';
import { loadPopularity, readProcedures } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';

export { FLATTENED_EXPORT, HAVE_SHARED_DATA, SHARED_DATA_DIR };

/** The full shared corpus (2,642 procedures) in memory, with popularity, for peers and synthetic corpora. */
export async function readSharedCorpus(): Promise<{ procedures: Procedure[]; popularity: Map<string, number> }> {
  if (!HAVE_SHARED_DATA) throw new Error(`shared data not found at ${SHARED_DATA_DIR}`);
  const popularity = await loadPopularity(POPULARITY_FILE);
  const procedures: Procedure[] = [];
  for await (const item of readProcedures(FLATTENED_EXPORT, { popularity })) if (item.ok) procedures.push(item.procedure);
  return { procedures, popularity };
}
