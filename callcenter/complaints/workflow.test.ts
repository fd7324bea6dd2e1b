import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { assignComplaint } from './assign-complaint.ts';
import { answerComplaint, startComplaint } from './answer-complaint.ts';
import { checkDeadlines } from './check-deadlines.ts';
import { classifyComplaint } from './classify-complaint.ts';
import { fileComplaint } from './file-complaint.ts';
import { publicView, staffView } from './read-tickets.ts';
import { rateComplaint } from './rate-complaint.ts';
import { returnComplaint } from './return-complaint.ts';
import { createComplaintFixture, type ComplaintFixture } from './testing/fixture.ts';
import { vnDateKey } from './deadlines.ts';
import { findByCode } from './find-by-code.ts';

let f: ComplaintFixture;
beforeAll(async () => {
  f = await createComplaintFixture();
}, 60_000);
afterAll(() => f.database.destroy());

const filing = (clientId?: string) => ({
  clientId,
  channel: 'web_form' as const,
  type: 'phan_anh' as const,
  content: 'Tôi nộp hồ sơ đăng ký tạm trú đã ba tuần mà chưa có kết quả, cán bộ hẹn mãi.',
  procedureCode: '1.001193',
  citizen: { name: 'Nguyễn Văn An', phone: '0912345678' },
  consent: true as const,
});
const citizen = { id: null, name: 'Biểu mẫu' };

describe('the complaint workflow', () => {
  it('files once per client id, with a daily code, a lookup code and a proposal from the procedure field', async () => {
    const first = await fileComplaint(f.deps, filing('client-abc-123'), citizen);
    const again = await fileComplaint(f.deps, filing('client-abc-123'), citizen);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.ticket.id).toBe(first.ticket.id);
    expect(first.ticket.code).toBe('PAKN-20270201-0001');
    expect(first.ticket.lookupCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(first.ticket.proposal).toMatchObject({ agencyId: 'cong-an', field: 'Đăng ký, quản lý cư trú' });
    expect(first.ticket.proposal!.confidence).toBeGreaterThan(0.8);
    // Classification deadline: 5 working days from Monday 1 Feb 2027, across Tết → Friday 12 Feb... counted: 2,3,4,12,15.
    expect(vnDateKey(first.ticket.dueAt!)).toBe('2027-02-15');
    const second = await fileComplaint(f.deps, { ...filing(), content: 'Góp ý: nên có thêm chỗ ngồi chờ ở bộ phận một cửa.' , procedureCode: null }, citizen);
    expect(second.ticket.code).toBe('PAKN-20270201-0002');
  });

  it('refuses tố cáo with guidance and a ticket without any contact', async () => {
    await expect(fileComplaint(f.deps, { ...filing(), type: 'to_cao' }, citizen)).rejects.toThrow(/Luật Tố cáo/);
    await expect(fileComplaint(f.deps, { ...filing(), citizen: { name: 'An' } }, citizen)).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('runs received → classified → assigned → in progress → answered → notified → rated → reopened → … → closed, with a timeline', async () => {
    const conversation = (await f.database.rows<{ id: string }>(sql`insert into conversations (channel) values ('web') returning id`))[0]!.id;
    const { ticket } = await fileComplaint(f.deps, { ...filing('client-flow-0001'), conversationId: conversation, channel: 'web' }, citizen);
    const { supervisor, officerA, officerB } = f.staff;
    await classifyComplaint(f.deps, ticket.id, supervisor, { intakeClass: 'within' });
    await assignComplaint(f.deps, ticket.id, supervisor, { agencyId: 'so-tu-phap', department: 'Phòng Hộ tịch' });
    // Misassigned: the Justice officer returns it, the supervisor assigns it to the police.
    await expect(startComplaint(f.deps, ticket.id, officerA)).rejects.toMatchObject({ code: 'forbidden' });
    await returnComplaint(f.deps, ticket.id, officerB, { reason: 'Việc cư trú thuộc Công an, không thuộc Sở Tư pháp.' });
    const assigned = await assignComplaint(f.deps, ticket.id, supervisor, { agencyId: 'cong-an', officerId: officerA.id });
    expect(assigned.proposalConfirmed).toBe(true);
    await expect(answerComplaint(f.deps, ticket.id, officerB, { answer: 'Không phải của cơ quan tôi.' })).rejects.toMatchObject({ code: 'forbidden' });
    await startComplaint(f.deps, ticket.id, officerA);
    f.clock.at = new Date('2027-02-03T10:00:00+07:00');
    const answered = await answerComplaint(f.deps, ticket.id, officerA, { answer: 'Hồ sơ đã được giải quyết, mời ông nhận kết quả tại Công an phường.' });
    expect(answered.status).toBe('notified');
    expect(f.sent.at(-1)?.text).toContain('Hồ sơ đã được giải quyết');

    const view = await publicView(f.deps, answered);
    const json = JSON.stringify(view);
    for (const secret of ['Nguyễn Văn An', '0912345678', officerA.displayName, officerA.email]) expect(json).not.toContain(secret);
    expect(view.canRate).toBe(true);

    const reopened = await rateComplaint(f.deps, { code: ticket.code, lookupCode: ticket.lookupCode, rating: 'dissatisfied', comment: 'Tôi đến nhận nhưng chưa có.' });
    expect(reopened.status).toBe('assigned');
    expect(reopened.reopenCount).toBe(1);
    expect(vnDateKey(reopened.dueAt!)).toBe('2027-02-24'); // 10 working days after Wednesday 3 Feb, across Tết
    await answerComplaint(f.deps, ticket.id, officerA, { answer: 'Kết quả đã có, cán bộ sẽ gọi điện hẹn ông đến nhận.' });
    const closed = await rateComplaint(f.deps, { code: ticket.code, lookupCode: ticket.lookupCode.toLowerCase(), rating: 'satisfied' });
    expect(closed.status).toBe('closed');

    const staff = await staffView(f.deps, closed);
    expect(staff.citizenPhone).not.toBe('0912345678');
    expect(staff.timeline.map((e) => e.action)).toEqual(['file', 'classify', 'assign', 'return', 'assign', 'start', 'answer', 'notify', 'rate', 'reopen', 'answer', 'notify', 'rate', 'close']);
    expect(staff.timeline.every((e) => e.actorName && e.at)).toBe(true);
    // The citizen does not see the internal return.
    expect((await publicView(f.deps, closed)).timeline.map((e) => e.action)).not.toContain('return');
  });

  it('reminds at 75%, escalates and apologises with a new date when late, and never twice', async () => {
    f.clock.at = new Date('2027-03-01T09:00:00+07:00'); // Monday
    const conversation = (await f.database.rows<{ id: string }>(sql`insert into conversations (channel) values ('zalo') returning id`))[0]!.id;
    const { ticket } = await fileComplaint(f.deps, { ...filing('client-late-0001'), conversationId: conversation, channel: 'zalo' }, citizen);
    expect(vnDateKey(ticket.dueAt!)).toBe('2027-03-08');
    f.clock.at = new Date('2027-03-04T12:00:00+07:00'); // 3.5 of 5 working days: not yet
    expect((await checkDeadlines(f.deps)).reminded).toBe(0);
    f.clock.at = new Date('2027-03-05T19:00:00+07:00'); // 75% of 5 days = 3.75: 18:00 on the 4th working day
    expect(await checkDeadlines(f.deps)).toMatchObject({ reminded: 1, escalated: 0 });
    expect(await checkDeadlines(f.deps)).toMatchObject({ reminded: 0, escalated: 0 });
    f.clock.at = new Date('2027-03-09T08:00:00+07:00'); // the deadline (end of 8 March) has passed
    const before = f.sent.length;
    expect(await checkDeadlines(f.deps)).toMatchObject({ escalated: 1 });
    expect(await checkDeadlines(f.deps)).toMatchObject({ escalated: 0 });
    expect(f.sent.length).toBe(before + 1);
    const apology = f.sent.at(-1)!;
    expect(apology.conversationId).toBe(conversation);
    expect(apology.text).toMatch(/^Phiếu xin lỗi và hẹn lại ngày trả kết quả/);
    expect(apology.text).toContain('16/03/2027'); // 5 working days after 9 March
    const staff = await staffView(f.deps, await findByCode(f.deps, ticket.code, ticket.lookupCode));
    expect(staff.wasLate).toBe(true);
    expect(staff.timeline.map((e) => e.action)).toEqual(['file', 'remind', 'escalate', 'apology']);
  });
});
