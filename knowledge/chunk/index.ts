export { chunkProcedure } from './chunk-procedure.ts';
export { CHUNK_SECTIONS, type ChunkSection, type ProcedureChunk } from './chunk-types.ts';
