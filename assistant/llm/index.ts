/** Optional language-model help: follow-up rewriting, extraction and fact-checked phrasing. */
export { createAnswerLlm } from './answer-llm.ts';
export type { AnswerLlm, AnswerLlmOptions, Extraction, HistoryItem, LlmLogger, PhraseInput } from './answer-llm.ts';
export { checkFacts, missingFacts } from './fact-guard.ts';
export type { FactCheck } from './fact-guard.ts';
export { extractFacts } from './extract-facts.ts';
export type { Fact, FactKind } from './extract-facts.ts';
