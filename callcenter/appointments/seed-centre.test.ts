import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { seedExampleCentre } from './seed-centre.ts';

describe('the example centre', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(() => database?.destroy());

  it('is loaded once when several processes start together on one database', async () => {
    // Each call takes its own pooled connection on PostgreSQL, as separate processes would.
    const results = await Promise.all([1, 2, 3, 4].map(() => seedExampleCentre(database.db)));
    expect(results.filter((r) => r.branches > 0)).toHaveLength(1);
    const count = async (table: string) =>
      ((await database.db.execute(sql.raw(`select count(*)::int as n, count(distinct name)::int as names from ${table}`))) as unknown as { rows: { n: number; names: number }[] }).rows[0];
    const services = await count('appointment_services');
    expect(services?.n).toBe(services?.names);
    expect(services?.n).toBeGreaterThan(0);
    expect((await count('appointment_branches'))?.n).toBe(results.find((r) => r.branches > 0)?.branches);
  });
});
