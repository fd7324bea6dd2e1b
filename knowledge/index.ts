/** Public face of the knowledge module. */
export * from './model/procedure.ts';
export * from './embeddings/index.ts';
