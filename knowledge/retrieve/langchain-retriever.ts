import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { RetrievalFilters } from './filters.ts';
import type { ProcedureRetriever } from './retriever-contract.ts';

export interface ProcedureDocumentMetadata extends Record<string, unknown> {
  code: string;
  name: string;
  section: string;
  caseLabel: string | null;
  confidence: number;
  score: number;
  sourceUrl: string | null;
}

export interface ProcedureLangChainRetrieverInput extends BaseRetrieverInput {
  retriever: ProcedureRetriever;
  /** Procedures per query; each contributes its matched sections as documents. */
  limit?: number;
  filters?: RetrievalFilters;
}

/** The hybrid procedure retriever as a LangChain retriever: one Document per matched section. */
export class ProcedureLangChainRetriever extends BaseRetriever<ProcedureDocumentMetadata> {
  lc_namespace = ['motcua', 'knowledge', 'retrievers'];
  private readonly retriever: ProcedureRetriever;
  private readonly limit: number;
  private readonly filters: RetrievalFilters | undefined;

  constructor(fields: ProcedureLangChainRetrieverInput) {
    super(fields);
    this.retriever = fields.retriever;
    this.limit = fields.limit ?? 3;
    this.filters = fields.filters;
  }

  static override lc_name(): string {
    return 'ProcedureLangChainRetriever';
  }

  override async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<ProcedureDocumentMetadata>[]> {
    const results = await this.retriever.search(query, { limit: this.limit, ...(this.filters ? { filters: this.filters } : {}) });
    return results.flatMap((result) =>
      result.sections.map(
        (section) =>
          new Document<ProcedureDocumentMetadata>({
            pageContent: section.text,
            metadata: {
              code: result.procedure.code,
              name: result.procedure.name,
              section: section.section,
              caseLabel: section.caseLabel,
              confidence: result.confidence,
              score: result.score,
              sourceUrl: result.procedure.sourceUrl,
            },
          }),
      ),
    );
  }
}
