import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../../platform/events/bus.ts';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { conversations } from '../../assistant/conversation/tables.ts';
import { staffTeams, staffTeamMembers, staffUsers } from '../tables.ts';
import { createQueueHandoffSink } from './enqueue-handoff.ts';
import { createOpeningHours } from './opening-hours.ts';
import { routeQueue } from './route-queue.ts';
import { takeItem } from './take-item.ts';
import type { QueueDeps } from './deps.ts';

/** Routing under load: 100 handoffs at once, 10 agents with mixed skills and capacities. */
describe(`routing under load (${testDriver()})`, () => {
  let database: TestDatabase;
  let deps: QueueDeps;
  const fields = ['Hộ tịch', 'Cư trú', 'Đất đai'];
  const agents: { id: string; skills: string[]; max: number }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const bus = createEventBus((_n, e) => {
      throw e;
    });
    deps = { db: database.db, bus, now: () => new Date(), offerSeconds: 60, hours: createOpeningHours('00:00-24:00', { alwaysOpen: () => true }) };
    const [team] = await database.db.insert(staffTeams).values({ name: 'Tổng đài' }).returning();
    for (let i = 0; i < 10; i++) {
      const skills = ['web', 'hộ tịch', 'cư trú', 'đất đai', 'ưu tiên'].filter((_s, k) => k === 0 || (i + k) % 3 !== 0);
      const [row] = await database.db
        .insert(staffUsers)
        .values({ email: `a${i}@x.vn`, displayName: `Agent ${i}`, passwordHash: 'x', role: 'agent', skills, maxChats: 1 + (i % 4), presence: 'available' })
        .returning();
      await database.db.insert(staffTeamMembers).values({ teamId: team!.id, userId: row!.id });
      agents.push({ id: row!.id, skills, max: 1 + (i % 4) });
    }
  });
  afterAll(() => database.destroy());

  it('assigns every item once, never over capacity, in priority order', async () => {
    const sink = createQueueHandoffSink(deps);
    const ids: { id: string; priority: number }[] = [];
    await Promise.all(
      Array.from({ length: 100 }, async (_v, i) => {
        const [c] = await database.db.insert(conversations).values({ channel: 'web' }).returning();
        const reason = i % 5 === 0 ? 'complaint' : 'asked_for_human';
        const { id } = await sink.request({
          conversationId: c!.id,
          reason,
          summary: { question: `q${i}`, procedureCode: null, procedureName: null, answered: null, why: 'x' },
          channel: 'web',
          field: fields[i % 3]!,
          priorityCitizen: i % 7 === 0,
        });
        ids.push({ id, priority: i % 7 === 0 ? 0 : reason === 'complaint' ? 1 : 2 });
      }),
    );
    // Several routing passes at once (as several processes would run them) plus agents taking offers.
    const assignedOrder: string[] = [];
    for (let round = 0; round < 20 && assignedOrder.length < 100; round++) {
      const offered = (await Promise.all([routeQueue(deps), routeQueue(deps), routeQueue(deps)])).flat();
      expect(new Set(offered.map((o) => o.handoffId)).size).toBe(offered.length);
      const loads = await database.rows<{ agent_id: string; n: string | number }>(
        sql`select agent_id, count(*) as n from handoffs where status in ('offered','assigned','wrapping') group by agent_id`,
      );
      for (const l of loads) expect(Number(l.n)).toBeLessThanOrEqual(agents.find((a) => a.id === l.agent_id)!.max);
      // Priority and age: nothing still waiting ranks before an item just offered to an agent who could serve it.
      const waiting = await database.rows<{ id: string; priority: number; created_at: Date | string; skills: string[] }>(
        sql`select id, priority, created_at, skills from handoffs where status = 'queued'`,
      );
      const offeredRows = await database.rows<{ id: string; priority: number; created_at: Date | string; agent_id: string }>(
        sql`select id, priority, created_at, agent_id from handoffs where status = 'offered'`,
      );
      const rank = (r: { priority: number; created_at: Date | string }) => r.priority * 1e13 + new Date(r.created_at).getTime();
      for (const o of offeredRows) {
        const agent = agents.find((a) => a.id === o.agent_id)!;
        const skipped = waiting.filter((w) => rank(w) < rank(o) && w.skills.every((k) => agent.skills.includes(k)));
        expect(skipped, `item ${o.id} offered before better-ranked ones`).toEqual([]);
      }
      for (const o of offered) {
        await takeItem(deps, o.handoffId, o.agentId!);
        assignedOrder.push(o.handoffId);
      }
      // Agents finish their conversations between rounds, freeing capacity.
      await database.rows(sql`update handoffs set status = 'closed', closed_at = now() where status = 'assigned'`);
    }
    // Every item assigned exactly once.
    expect(assignedOrder.length).toBe(100);
    expect(new Set(assignedOrder)).toEqual(new Set(ids.map((x) => x.id)));
    // Skills: each item went to an agent with all its skills.
    const rows = await database.rows<{ skills: string[]; agent_id: string }>(sql`select skills, agent_id from handoffs`);
    for (const r of rows) for (const s of r.skills) expect(agents.find((a) => a.id === r.agent_id)!.skills).toContain(s);
    // Priority citizens were all served in the first passes, before any ordinary request waiting as long.
    const position = (id: string) => assignedOrder.indexOf(id);
    const lastZero = Math.max(...ids.filter((x) => x.priority === 0).map((x) => position(x.id)));
    const twos = ids.filter((x) => x.priority === 2).map((x) => position(x.id)).sort((a, b) => a - b);
    expect(lastZero).toBeLessThan(twos[twos.length - 1]!);
  });
});
