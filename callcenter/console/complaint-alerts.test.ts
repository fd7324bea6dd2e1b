import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { openSse, type SseReader } from '../../platform/testing/sse-reader.ts';
import { testDriver } from '../../platform/testing/test-db.ts';
import { receivesAlert } from '../complaints/access.ts';
import { fileComplaint } from '../complaints/file-complaint.ts';
import type { StaffUser } from '../staff/roles.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient, TEST_PASSWORD } from './testing/staff-client.ts';

interface Alert {
  id: string;
  code: string;
  kind: 'remind' | 'escalate';
  dueAt: string | null;
}

/**
 * Complaint deadline reminders and escalations, from the real deadline sweep to the console's
 * event streams: the holder hears of them, the branch's supervisors when one is missed, nobody else.
 */
describe(`complaint deadline alerts on the console stream (${testDriver()})`, () => {
  let served: ServedApp;
  const clients = new Map<string, StaffClient>();
  const streams = new Map<string, SseReader>();
  const alertsOf = (email: string) => streams.get(email)!.events.filter((e) => e.event === 'complaint.alert').map((e) => JSON.parse(e.data) as Alert);

  /** A ticket of `branch`, classified and assigned to `agency` by that branch's supervisor over HTTP. */
  async function assignedTicket(branch: string, agency: string) {
    const deps = { ...served.app.complaints.deps, procedureField: async () => null };
    const { ticket } = await fileComplaint(deps, { channel: 'console', type: 'phan_anh', content: `Phản ánh chậm trả kết quả tại ${branch}, đã quá hẹn.`, citizen: { name: 'Lê Thị Hoa', phone: '0912000111' }, consent: true, branch }, { id: null, name: 'Kiểm thử' });
    const supervisor = clients.get(branch === 'Ba Đình' ? 'gs-badinh@motcua.vn' : 'gs-hoankiem@motcua.vn')!;
    await supervisor.json('POST', `/console/api/v1/complaints/${ticket.id}/classify`, { intakeClass: 'within' });
    await supervisor.json('POST', `/console/api/v1/complaints/${ticket.id}/assign`, { agencyId: agency });
    return ticket;
  }
  /** Brings a ticket's reminder point or deadline to the past and runs the sweep the job runs. */
  async function sweep(id: string, point: 'remind_at' | 'due_at') {
    await served.database.rows(sql`update complaints set ${sql.raw(point)} = now() - interval '1 minute' where id = ${id}`);
    return served.app.complaints.checkDeadlines();
  }

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    const people = [
      { email: 'ca-1@motcua.vn', role: 'agency_officer' as const, agency: 'cong-an' },
      { email: 'ca-2@motcua.vn', role: 'agency_officer' as const, agency: 'cong-an' },
      { email: 'tp@motcua.vn', role: 'agency_officer' as const, agency: 'so-tu-phap' },
      { email: 'gs-badinh@motcua.vn', role: 'supervisor' as const, branch: 'Ba Đình' },
      { email: 'gs-hoankiem@motcua.vn', role: 'supervisor' as const, branch: 'Hoàn Kiếm' },
      { email: 'an@motcua.vn', role: 'agent' as const, branch: 'Ba Đình' },
      { email: 'admin@motcua.vn', role: 'admin' as const },
    ];
    for (const p of people) {
      await addStaff(served, p);
      const c = new StaffClient(served.url);
      expect((await c.login(p.email, TEST_PASSWORD)).status).toBe(200);
      clients.set(p.email, c);
      const stream = await openSse(`${served.url}/console/api/v1/events`, { cookie: c.cookie });
      await stream.waitFor(1, 'ready');
      streams.set(p.email, stream);
    }
  }, 120_000);
  afterAll(async () => {
    for (const s of streams.values()) s.close();
    await served?.close();
  });

  it('reminds only the officer holding the ticket, and tells that officer and the branch supervisors when it is late', async () => {
    const ticket = await assignedTicket('Ba Đình', 'cong-an');
    await clients.get('ca-1@motcua.vn')!.json('POST', `/console/api/v1/complaints/${ticket.id}/start`);

    expect(await sweep(ticket.id, 'remind_at')).toMatchObject({ reminded: 1 });
    const [remind] = await streams.get('ca-1@motcua.vn')!.waitFor(1, 'complaint.alert');
    expect(JSON.parse(remind!.data)).toEqual({ id: ticket.id, code: ticket.code, kind: 'remind', dueAt: expect.any(String) });

    expect(await sweep(ticket.id, 'due_at')).toMatchObject({ escalated: 1 });
    const [late] = await streams.get('gs-badinh@motcua.vn')!.waitFor(1, 'complaint.alert');
    expect(JSON.parse(late!.data)).toMatchObject({ id: ticket.id, code: ticket.code, kind: 'escalate' });
    await streams.get('ca-1@motcua.vn')!.waitFor(2, 'complaint.alert');
    expect(alertsOf('ca-1@motcua.vn').map((a) => a.kind)).toEqual(['remind', 'escalate']);
    expect(alertsOf('gs-badinh@motcua.vn').map((a) => a.kind)).toEqual(['escalate']);

    // A later alert each of the others does receive proves, the stream being in order, that
    // ticket 1's never reached them: the other officer of the same agency (ticket 2 has no officer
    // yet, so the agency holds it), the other agency's officer and the other branch's supervisor (ticket 3).
    const second = await assignedTicket('Ba Đình', 'cong-an');
    await sweep(second.id, 'remind_at');
    await streams.get('ca-2@motcua.vn')!.waitFor(1, 'complaint.alert');
    expect(alertsOf('ca-2@motcua.vn')).toEqual([expect.objectContaining({ id: second.id, kind: 'remind' })]);
    const third = await assignedTicket('Hoàn Kiếm', 'so-tu-phap');
    await sweep(third.id, 'due_at');
    await streams.get('tp@motcua.vn')!.waitFor(1, 'complaint.alert');
    await streams.get('gs-hoankiem@motcua.vn')!.waitFor(1, 'complaint.alert');
    expect(alertsOf('tp@motcua.vn')).toEqual([expect.objectContaining({ id: third.id, kind: 'escalate' })]);
    expect(alertsOf('gs-hoankiem@motcua.vn')).toEqual([expect.objectContaining({ id: third.id, kind: 'escalate' })]);
    // Ba Đình's supervisor heard of neither the agency-held reminder nor Hoàn Kiếm's lateness.
    expect(alertsOf('gs-badinh@motcua.vn').map((a) => a.id)).toEqual([ticket.id]);
    await streams.get('ca-1@motcua.vn')!.waitFor(3, 'complaint.alert');
    expect(alertsOf('ca-1@motcua.vn').map((a) => a.id)).toEqual([ticket.id, ticket.id, second.id]);

    // Four alerts were fanned out to every open stream by now; the agent and the admin hold no ticket and got none.
    for (const email of ['an@motcua.vn', 'admin@motcua.vn']) expect(alertsOf(email)).toEqual([]);
  });

  it('sends the reminder of an unclassified ticket to the supervisors of its branch, who hold it', () => {
    const user = (role: StaffUser['role'], branch: string | null, agencyId: string | null = null): StaffUser => ({ id: `${role}-${branch}`, email: 'x@motcua.vn', displayName: 'X', role, branch, agencyId, skills: [], teamIds: [], maxChats: 3, presence: 'available' });
    const alert = { id: 't', code: 'PAKN-20261202-0001', kind: 'remind' as const, holderId: null, agencyId: null, branch: 'Ba Đình', dueAt: null };
    expect(receivesAlert(user('supervisor', 'Ba Đình'), alert)).toBe(true);
    expect(receivesAlert(user('supervisor', null), alert)).toBe(true);
    expect(receivesAlert(user('supervisor', 'Hoàn Kiếm'), alert)).toBe(false);
    expect(receivesAlert(user('agency_officer', null, 'cong-an'), alert)).toBe(false);
    expect(receivesAlert(user('admin', null), alert)).toBe(false);
    expect(receivesAlert(user('agent', 'Ba Đình'), alert)).toBe(false);
  });
});
