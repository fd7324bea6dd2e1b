/** Public face of the importers: readers for every source, coverage, content hashing. */
export { readFlattenedExport } from './read-flattened.ts';
export { readPortalApi } from './read-portal.ts';
export { readProcedures } from './read-procedures.ts';
export { loadPopularity, popularityBeside, POPULARITY_FILE_NAME } from './popularity.ts';
export { ImportFileError, type ImportItem } from './import-item.ts';
export type { ReadOptions } from './read-options.ts';
export { createCoverage, COVERAGE_FIELDS, type CoverageField, type CoverageReport } from './coverage.ts';
export { contentHash, stableJson } from './content-hash.ts';
export { mapFlattenedRecord } from './map-flattened-record.ts';
export { mapPortalRecord } from './map-portal-record.ts';
