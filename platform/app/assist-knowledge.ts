import type { ProcedureKnowledge } from '../../callcenter/index.ts';
import { chunkProcedure, type KnowledgeRetriever } from '../../knowledge/index.ts';

/**
 * Agent assist's port onto the knowledge module: the retriever's ranking, with every section of
 * each procedure (the console picks the one the question asks about).
 */
export function assistKnowledge(retriever: KnowledgeRetriever): ProcedureKnowledge {
  return {
    async search(query, limit) {
      const found = await retriever.search(query, { limit });
      return found.map(({ procedure, confidence }) => ({
        code: procedure.code,
        name: procedure.name,
        url: procedure.sourceUrl,
        confidence,
        sections: chunkProcedure(procedure).map((c) => ({ section: c.section, caseLabel: c.caseLabel, text: c.text })),
      }));
    },
  };
}
