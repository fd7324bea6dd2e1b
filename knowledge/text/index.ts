/** Vietnamese text layer: normalisation, accent folding, syllables, stopwords, colloquial lexicon. */
export { normalize, fold, hasDiacritics } from './normalize.ts';
export { syllables, foldedSyllables, bigrams } from './tokens.ts';
export { typedSyllables } from './typed-syllables.ts';
export { STOPWORDS, ACCENTED_STOPWORDS, AMBIGUOUS_STOPWORDS, FILLER_PHRASES, contentTokens } from './stopwords.ts';
export { expandQuery, createLexicon, getLexicon, LexiconEntrySchema } from './lexicon.ts';
export type { Lexicon, LexiconEntry, LexiconMatch, QueryExpansion } from './lexicon.ts';
