import type { Database } from '../../platform/db/client.ts';
import type { Procedure } from '../model/procedure.ts';
import type { ProcedureFacts } from './filters.ts';
import { loadRecords, loadSections, type SectionRow } from './load-rows.ts';
import { LruCache } from './lru-cache.ts';

/**
 * Loads what a search returns (full records, matched chunk texts), keeping recent ones in memory:
 * citizens ask about the same few procedures all day. Chunk texts never change under an id (an
 * updated procedure gets new chunks); records are keyed by code and content hash, so an update
 * is picked up once the facts snapshot sees the new hash.
 */
export function createResultLoader(database: Database, capacity = { records: 500, chunks: 5000 }) {
  const records = new LruCache<string, Procedure>(capacity.records);
  const chunks = new LruCache<number, SectionRow>(capacity.chunks);
  const recordKey = (facts: ProcedureFacts) => `${facts.code}:${facts.contentHash}`;

  return {
    async load(top: readonly ProcedureFacts[], chunkIds: readonly number[], overviewFor: readonly string[]) {
      const missingRecords = top.filter((f) => !records.get(recordKey(f))).map((f) => f.code);
      const missingChunks = chunkIds.filter((id) => !chunks.get(id));
      const [freshRecords, freshChunks] = await Promise.all([
        missingRecords.length ? loadRecords(database, missingRecords) : Promise.resolve(new Map<string, Procedure>()),
        missingChunks.length || overviewFor.length ? loadSections(database, missingChunks, overviewFor) : Promise.resolve([]),
      ]);
      const byCode = new Map<string, Procedure>();
      for (const facts of top) {
        const record = freshRecords.get(facts.code) ?? records.get(recordKey(facts));
        if (!record) continue;
        byCode.set(facts.code, record);
        if (freshRecords.has(facts.code)) records.set(recordKey(facts), record);
      }
      const overviews = new Map<string, SectionRow>();
      for (const row of freshChunks) {
        chunks.set(Number(row.id), row);
        if (overviewFor.includes(row.code)) overviews.set(row.code, row);
      }
      return { records: byCode, chunk: (id: number) => chunks.get(id), overview: (code: string) => overviews.get(code) };
    },
  };
}
