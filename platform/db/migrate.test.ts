import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testDriver, type TestDatabase } from '../testing/test-db.ts';
import { migrate } from './migrate.ts';

describe(`migrations on ${testDriver()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.destroy());

  it('apply on an empty database and again without change', async () => {
    await migrate(database);
    const tables = await database.rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'access_audit',
      'appointment_bookings',
      'appointment_branches',
      'appointment_counter_services',
      'appointment_counters',
      'appointment_queue_counters',
      'appointment_seat_holds',
      'appointment_services',
      'branch_hours',
      'bus_events',
      'canned_replies',
      'channel_contacts',
      'channel_inbound_events',
      'channel_opt_outs',
      'channel_outbox',
      'channel_routes',
      'channel_tokens',
      'citizen_links',
      'citizen_profiles',
      'complaint_agencies',
      'complaint_alerts',
      'complaint_events',
      'complaint_sequences',
      'complaints',
      'conversations',
      'csat_surveys',
      'dossier_watchers',
      'dossiers',
      'form_files',
      'handoff_notes',
      'handoffs',
      'jobs',
      'messages',
      'procedure_chunks',
      'procedures',
      'staff_sessions',
      'staff_team_members',
      'staff_teams',
      'staff_users',
      'voice_callbacks',
      'voice_calls',
    ]);
    await migrate(database);
    const applied = await database.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(applied[0]?.n).toBe(11);
  });

  it('creates the vector extension', async () => {
    const ext = await database.rows<{ extname: string }>(sql`select extname from pg_extension where extname = 'vector'`);
    expect(ext).toHaveLength(1);
  });

  it('answers an HNSW cosine query with the nearest vector, through the index', async () => {
    await database.db.execute(sql`insert into procedures (code, name, name_folded, record, content_hash, source)
      values ('1.000001', 'Thử', 'thu', '{}'::jsonb, 'h', 'test')`);
    const unit = (i: number) => Array.from({ length: 512 }, (_, k) => (k === i ? 1 : 0.01));
    for (let i = 0; i < 20; i++) {
      // Each chunk its own group's representative, as the HNSW index covers only those.
      await database.db.execute(sql`insert into procedure_chunks (procedure_code, section, ordinal, group_key, representative, text, text_folded,
          embedder, embedding_dim, embedding)
        values ('1.000001', 'overview', ${i}, ${`1.000001|overview||${i}`}, true, ${`chunk ${i}`}, ${`chunk ${i}`}, 'test', 512, ${`[${unit(i).join(',')}]`}::vector)`);
    }
    const query = `[${unit(7).join(',')}]`;
    const nearest = await database.rows<{ ordinal: number }>(sql`select ordinal from procedure_chunks where embedding_dim = 512 and representative
      order by embedding::vector(512) <=> ${query}::vector(512) limit 1`);
    expect(nearest[0]?.ordinal).toBe(7);
    await database.db.execute(sql`set enable_seqscan = off`);
    const plan = await database.rows<{ 'QUERY PLAN': string }>(sql`explain select ordinal from procedure_chunks where embedding_dim = 512 and representative
      order by embedding::vector(512) <=> ${query}::vector(512) limit 1`);
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toContain('procedure_chunks_embedding_hnsw_512');
  });
});
