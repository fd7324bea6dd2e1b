/**
 * LangChain face of the knowledge module: the retriever as a LangChain `BaseRetriever`.
 * Kept apart from index.ts because @langchain/core/retrievers costs ~0.5 s to import and the
 * app itself does not need it.
 */
export { ProcedureLangChainRetriever, type ProcedureDocumentMetadata, type ProcedureLangChainRetrieverInput } from './retrieve/langchain-retriever.ts';
