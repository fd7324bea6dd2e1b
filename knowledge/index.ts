/** Public face of the knowledge module. */
export * from './model/procedure.ts';
