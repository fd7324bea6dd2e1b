/**
 * The port through which the console searches the procedure knowledge (agent assist). The
 * composition root adapts the knowledge retriever to it; callcenter never imports knowledge.
 */
export type AssistSection = 'overview' | 'documents' | 'methods' | 'steps' | 'conditions' | 'legal' | 'results';

export interface AssistHit {
  code: string;
  name: string;
  /** The procedure's page on the national public-service portal. */
  url: string | null;
  /** Calibrated 0..1: how sure retrieval is that this is the procedure asked about. */
  confidence: number;
  /** Every section of the procedure in reading order, each starting with the procedure's name line. */
  sections: { section: AssistSection; caseLabel: string | null; text: string }[];
}

export interface ProcedureKnowledge {
  search(query: string, limit: number): Promise<AssistHit[]>;
}
