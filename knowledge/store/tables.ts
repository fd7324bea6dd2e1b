import { sql } from 'drizzle-orm';
import { bigserial, boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { anyVector, tsvector } from '../../platform/db/column-types.ts';

/** One row per procedure (thủ tục hành chính); `record` holds the full validated model. */
export const procedures = pgTable(
  'procedures',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    levels: text('levels').array().notNull().default(sql`'{}'::text[]`),
    field: text('field'),
    agency: text('agency'),
    record: jsonb('record').notNull(),
    contentHash: text('content_hash').notNull(),
    popularity: doublePrecision('popularity').notNull().default(0),
    source: text('source').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('procedures_name_folded_idx').on(t.nameFolded),
    index('procedures_field_idx').on(t.field),
  ],
);

/** Sections of a procedure (overview, documents per case, methods, steps, …) with their vectors. */
export const procedureChunks = pgTable(
  'procedure_chunks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code, { onDelete: 'cascade' }),
    section: text('section').notNull(),
    caseLabel: text('case_label'),
    ordinal: integer('ordinal').notNull(),
    /**
     * Chunks that are near-identical across a national procedure's province variants share a key
     * (chunk-groups.ts); the HNSW index holds one representative per group, search ranks its members.
     */
    groupKey: text('group_key').notNull(),
    /** The group's one indexed chunk; every write keeps exactly one per group (chunk-groups.ts). */
    representative: boolean('representative').notNull().default(false),
    text: text('text').notNull(),
    textFolded: text('text_folded').notNull(),
    tsv: tsvector('tsv').generatedAlwaysAs(sql`to_tsvector('simple', text_folded)`),
    embedder: text('embedder'),
    embeddingDim: integer('embedding_dim'),
    embedding: anyVector('embedding'),
  },
  (t) => [
    index('procedure_chunks_code_idx').on(t.procedureCode),
    index('procedure_chunks_group_idx').on(t.groupKey),
    index('procedure_chunks_tsv_idx').using('gin', t.tsv),
  ],
);
