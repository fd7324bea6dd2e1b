import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDriver, type TestDatabase } from '../testing/test-db.ts';

describe(`database scripts on ${testDriver()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.destroy());

  it("runs statements as one implicit transaction and returns the last one's rows", async () => {
    const rows = await database.script<{ setting: string }>(`set local work_mem = '7MB'; select current_setting('work_mem') as setting`);
    expect(rows).toEqual([{ setting: '7MB' }]);
    // `set local` ended with the message's implicit transaction.
    expect((await database.script<{ setting: string }>(`select current_setting('work_mem') as setting`))[0]?.setting).not.toBe('7MB');
  });

  it('rolls the whole message back when a statement fails', async () => {
    await database.script('create table script_probe (n int)');
    await expect(database.script('insert into script_probe values (1); select 1 / 0')).rejects.toThrow(/division by zero/);
    expect(await database.script<{ n: number }>('select count(*)::int as n from script_probe')).toEqual([{ n: 0 }]);
  });
});
