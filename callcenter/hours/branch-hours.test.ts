import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations } from '../../assistant/conversation/tables.ts';
import { createEventBus } from '../../platform/events/bus.ts';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { createContactCentreQueue } from '../index.ts';
import { eq, sql } from 'drizzle-orm';
import { branchHours, staffTeamMembers, staffTeams, staffUsers } from '../tables.ts';

// Instants in Asia/Ho_Chi_Minh (UTC+7).
const vn = (local: string) => new Date(`${local}+07:00`);

/** Opening hours per branch: the centre answers while any branch does, and says plainly when it will. */
describe(`opening hours per branch (${testDriver()})`, () => {
  let database: TestDatabase;
  let now = vn('2026-12-02T18:00:00'); // a Wednesday evening
  const centre = () => createContactCentreQueue({ db: database.db, bus: createEventBus(() => undefined), hours: '07:30-17:00', now: () => now });
  const handoff = async (queue: ReturnType<typeof centre>) => {
    const [c] = await database.db.insert(conversations).values({ channel: 'web' }).returning();
    return queue.handoffs.request({
      conversationId: c!.id,
      reason: 'asked_for_human',
      summary: { question: 'q', procedureCode: null, procedureName: null, answered: null, why: 'x' },
      channel: 'web',
      field: null,
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.insert(staffTeams).values([{ name: 'Ba Đình', branch: 'Ba Đình' }]);
    await database.db.insert(staffUsers).values({ email: 'x@motcua.vn', displayName: 'X', passwordHash: 'x', role: 'agent', branch: 'Cầu Giấy' });
  });
  afterAll(() => database.destroy());

  it('uses the default window for branches without their own', async () => {
    const queue = centre();
    await queue.hours.refresh();
    expect(queue.hours.branches(now).map((b) => [b.branch, b.hours, b.configured, b.open])).toEqual([
      ['Ba Đình', '07:30-17:00', false, false],
      ['Cầu Giấy', '07:30-17:00', false, false],
    ]);
    const { notice } = await handoff(queue);
    expect(notice).toBe(
      'Hiện đã ngoài giờ làm việc (07:30–17:00 các ngày làm việc). Cán bộ sẽ trả lời bạn từ 07:30 thứ Năm, 03/12/2026; yêu cầu của bạn vẫn được giữ trong hàng chờ.',
    );
  });

  it('stays open while a branch with later hours works, and names the earliest opening when all are closed', async () => {
    await database.db.insert(branchHours).values({ branch: 'Cầu Giấy', hours: '13:00-21:00' });
    const queue = centre();
    expect((await handoff(queue)).notice).toBeNull(); // 18:00: Cầu Giấy answers
    now = vn('2026-12-04T22:00:00'); // Friday night: both closed until Monday, Ba Đình first
    expect((await handoff(queue)).notice).toContain('07:30 thứ Hai, 07/12/2026');
    now = vn('2026-12-05T08:00:00'); // Saturday morning
    await database.db.delete(branchHours);
    await database.db.insert(branchHours).values({ branch: 'Ba Đình', hours: '09:00-11:00' });
    expect((await handoff(queue)).notice).toContain('Cán bộ sẽ trả lời bạn từ 07:30 thứ Hai, 07/12/2026'); // Cầu Giấy (default) opens first
  });

  it('answers around the clock with a 24/7 branch, on holidays too', async () => {
    await database.db.insert(branchHours).values({ branch: 'Cầu Giấy', alwaysOpen: true }).onConflictDoUpdate({ target: branchHours.branch, set: { alwaysOpen: true } });
    now = vn('2026-09-02T03:00:00'); // National Day, 3 a.m.
    const queue = centre();
    expect((await handoff(queue)).notice).toBeNull();
    expect(queue.hours.branches(now).find((b) => b.branch === 'Cầu Giấy')).toMatchObject({ alwaysOpen: true, open: true, nextOpening: null });
  });

  it('offers work only to agents on duty: their branch open, or in a 24/7 team', async () => {
    await database.db.delete(branchHours);
    await database.db.execute(sql`delete from handoffs`); // earlier tests' items would fill the agent first
    await database.db.update(staffUsers).set({ presence: 'available', maxChats: 5, skills: ['web'] });
    const [agent] = await database.db.select().from(staffUsers);
    const status = async (id: string) => (await database.db.execute(sql`select status, agent_id from handoffs where id = ${id}`)) as unknown as { rows: { status: string; agent_id: string | null }[] };
    const queue = centre();

    now = vn('2026-12-02T19:30:00'); // Wednesday evening: Cầu Giấy (the agent's branch) is closed
    const evening = await handoff(queue);
    await queue.hours.refresh();
    await queue.routing.kick();
    expect((await status(evening.id)).rows[0]).toMatchObject({ status: 'queued', agent_id: null });

    now = vn('2026-12-03T08:00:00'); // Thursday morning: open, the waiting item is offered
    await queue.routing.kick();
    expect((await status(evening.id)).rows[0]).toMatchObject({ status: 'offered', agent_id: agent!.id });

    const [allDay] = await database.db.insert(staffTeams).values({ name: 'Trực 24/7', alwaysOpen: true }).returning();
    await database.db.insert(staffTeamMembers).values({ teamId: allDay!.id, userId: agent!.id });
    now = vn('2026-12-05T23:00:00'); // Saturday night: a 24/7 team member is on duty
    const night = await handoff(queue);
    await queue.routing.kick();
    expect((await status(night.id)).rows[0]).toMatchObject({ status: 'offered', agent_id: agent!.id });
    await database.db.delete(staffTeamMembers).where(eq(staffTeamMembers.userId, agent!.id));
  });
});
