import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createComplaintFixture, type ComplaintFixture } from '../complaints/testing/fixture.ts';
import { fileComplaint } from '../complaints/file-complaint.ts';
import { answerSurvey, sendSurvey, skipSurvey, type CsatDeps } from './survey.ts';

let f: ComplaintFixture;
let deps: CsatDeps;
beforeAll(async () => {
  f = await createComplaintFixture();
  deps = {
    db: f.database.db,
    messenger: f.deps.messenger!,
    publicUrl: 'https://motcua.example',
    fileDraft: async (conversationId, comment) =>
      (await fileComplaint(f.deps, { channel: 'csat', type: 'gop_y', content: `Không hài lòng. ${comment ?? ''}`, conversationId, citizen: { name: 'Người đánh giá', address: 'qua cuộc trò chuyện' }, consent: true }, { id: null, name: 'Khảo sát' }, { draft: true })).ticket.id,
  };
}, 60_000);
afterAll(() => f.database.destroy());

const conversation = async () => (await f.database.rows<{ id: string }>(sql`insert into conversations (channel) values ('web') returning id`))[0]!.id;

describe('satisfaction surveys', () => {
  it('is sent once per occasion with the agent recorded, and a "Không hài lòng" opens a draft ticket with the conversation', async () => {
    const id = await conversation();
    const occasion = { conversationId: id, occasion: 'handoff:h-1', trigger: 'agent_close' as const, agentId: f.staff.agent.id, agentName: f.staff.agent.displayName };
    expect(await sendSurvey(deps, occasion)).toBe(true);
    expect(await sendSurvey(deps, occasion)).toBe(false);
    const sent = f.sent.filter((m) => m.conversationId === id);
    expect(sent).toHaveLength(1);
    const token = /danh-gia\/([\w-]+)/.exec(sent[0]!.text)![1]!;
    const answered = await answerSurvey(deps, token, 'dissatisfied', 'Chờ lâu quá');
    await expect(answerSurvey(deps, token, 'satisfied', null)).rejects.toMatchObject({ code: 'conflict' });
    const [row] = await f.database.rows<{ status: string; conversation_id: string; agent: string }>(
      sql`select c.status, c.conversation_id, s.agent_name as agent from complaints c join csat_surveys s on s.complaint_id = c.id where c.id = ${(answered as { complaintId: string }).complaintId}`,
    );
    expect(row).toEqual({ status: 'draft', conversation_id: id, agent: f.staff.agent.displayName });
  });

  it('is never sent for an occasion staff skipped', async () => {
    const id = await conversation();
    await skipSurvey(deps, { conversationId: id, occasion: 'handoff:h-2', agentId: null, agentName: null });
    expect(await sendSurvey(deps, { conversationId: id, occasion: 'handoff:h-2', trigger: 'agent_close', agentId: null, agentName: null })).toBe(false);
    expect(f.sent.filter((m) => m.conversationId === id)).toEqual([]);
  });
});

describe('bot-only conversations', () => {
  it('get the survey once after a quiet period, and never when a person took part', async () => {
    const { surveyQuietConversations } = await import('./survey-quiet-conversations.ts');
    const quiet = await conversation();
    const withAgent = await conversation();
    const fresh = await conversation();
    const now = new Date();
    const ago = (min: number) => new Date(now.getTime() - min * 60_000).toISOString();
    await f.database.db.execute(sql`insert into messages (conversation_id, role, text, created_at) values
      (${quiet}, 'citizen', 'cảm ơn', ${ago(45)}), (${withAgent}, 'citizen', 'cảm ơn', ${ago(45)}), (${fresh}, 'citizen', 'lệ phí bao nhiêu', ${ago(5)})`);
    await f.database.db.execute(sql`insert into handoffs (conversation_id, reason, summary, status) values (${withAgent}, 'asked_for_human', '{}'::jsonb, 'closed')`);
    expect(await surveyQuietConversations(deps, 30, now)).toBe(1);
    expect(await surveyQuietConversations(deps, 30, now)).toBe(0);
    expect(f.sent.filter((m) => m.conversationId === quiet)).toHaveLength(1);
    expect(f.sent.filter((m) => m.conversationId === withAgent || m.conversationId === fresh)).toEqual([]);
  });
});
