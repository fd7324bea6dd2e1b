import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseEnv } from '../../platform/config/env.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { createAppServices, type AppServices } from '../../platform/app/services.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';

/** The chat intake through the composed assistant (the task registered in platform/app/citizen-tasks.ts) on a real database. */
let database: TestDatabase;
let services: AppServices;
beforeAll(async () => {
  database = await createTestDatabase();
  services = await createAppServices(parseEnv({ NODE_ENV: 'test' }), createLogger('silent'), { database, seed: true });
}, 120_000);
afterAll(async () => {
  await services?.close().catch(() => undefined);
  await database?.destroy();
});

async function chat(channel: 'web' | 'sms' = 'web') {
  const conversationId = await services.assistant.conversations.start(channel);
  const say = (text: string) => services.assistant.handleTurn({ conversationId, channel, text });
  return { conversationId, say };
}

describe('complaint intake in the chat', () => {
  it('asks one question at a time, with the personal-data notice and consent, files the ticket with the conversation and gives the code', async () => {
    const { conversationId, say } = await chat();
    await say('đăng ký tạm trú cần giấy tờ gì');
    const offer = await say('Tôi muốn phản ánh, hồ sơ tạm trú của tôi bị trễ hẹn');
    expect(offer.intent).toBe('complaint_choose');
    expect(offer.choices.map((c) => c.label)).toEqual(['Gửi phản ánh, kiến nghị', 'Nói chuyện với cán bộ tổng đài']);
    const notice = await say('1');
    expect(notice.text).toMatch(/dữ liệu cá nhân/);
    expect(notice.choices).toHaveLength(2);
    expect((await say('Đồng ý')).intent).toBe('complaint_type');
    expect((await say('1')).intent).toBe('complaint_content');
    expect((await say('ngắn')).intent).toBe('complaint_content');
    expect((await say('Tôi nộp hồ sơ đăng ký tạm trú ngày 5/1, hẹn 3 ngày mà đến nay chưa có kết quả.')).intent).toBe('complaint_place');
    expect((await say('Công an phường Dịch Vọng')).intent).toBe('complaint_name');
    expect((await say('Trần Thị Bình')).intent).toBe('complaint_phone');
    expect((await say('số của tôi là 123')).intent).toBe('complaint_phone');
    const summary = await say('0912 345 678');
    expect(summary.intent).toBe('complaint_confirm');
    expect(summary.text).toContain('Trần Thị Bình');
    const filed = await say('1');
    expect(filed.intent).toBe('complaint_filed');
    const code = /PAKN-\d{8}-\d{4}/.exec(filed.text)?.[0];
    expect(code).toBeDefined();
    expect(filed.actions).toEqual([expect.objectContaining({ type: 'task_result', task: 'complaint', code })]);
    const [row] = await database.rows<{ conversation_id: string; channel: string; procedure_code: string; citizen_phone: string; proposal: { agencyId: string }; consent_at: Date | null }>(
      sql`select conversation_id, channel, procedure_code, citizen_phone, proposal, consent_at from complaints where code = ${code!}`,
    );
    expect(row).toMatchObject({ conversation_id: conversationId, channel: 'web', procedure_code: '1.004194', citizen_phone: '0912345678', proposal: { agencyId: 'cong-an' } });
    expect(row!.consent_at).not.toBeNull();
    // Afterwards the citizen can still ask for a person, and ordinary questions are answered again.
    expect((await say('cho tôi gặp nhân viên')).kind).toBe('handoff');
  });

  it('offers to send a question in writing without apologising for a grievance nobody told', async () => {
    const { say } = await chat();
    const plain = await say('gửi kiến nghị');
    expect([plain.intent, plain.text.startsWith('Tôi có thể giúp bạn gửi câu hỏi')]).toEqual(['complaint_choose', true]);
    expect(plain.choices.map((c) => c.label)).toEqual(['Gửi phản ánh, kiến nghị', 'Nói chuyện với cán bộ tổng đài']);
    const story = await (await chat()).say('Tôi muốn phản ánh, hồ sơ tạm trú của tôi bị trễ hẹn');
    expect(story.text).toMatch(/^Tôi rất tiếc/);
  });

  it('hands over to a person when the citizen picks it, and stops without consent', async () => {
    const first = await chat();
    await first.say('cán bộ nhũng nhiễu, tôi muốn phản ánh');
    const handoff = await first.say('2');
    expect(handoff.kind).toBe('handoff');
    expect(handoff.actions).toContainEqual(expect.objectContaining({ type: 'handoff', reason: 'complaint' }));

    const second = await chat();
    await second.say('tôi muốn góp ý');
    await second.say('1');
    expect((await second.say('không đồng ý')).intent).toBe('complaint_no_consent');
    const rows = await database.rows<{ n: number }>(sql`select count(*)::int as n from complaints where conversation_id = ${second.conversationId}`);
    expect(rows[0]!.n).toBe(0);
  });

  it('routes a denunciation out with guidance', async () => {
    const { say } = await chat();
    const reply = await say('tôi muốn tố cáo cán bộ phường');
    expect(reply.intent).toBe('complaint_denunciation');
    expect(reply.text).toMatch(/Luật Tố cáo/);
  });

  it('on SMS without a public address, says where to follow the ticket instead of sending a link that cannot open', async () => {
    const { say } = await chat('sms');
    for (const text of ['tôi muốn góp ý', '1', 'Đồng ý', '1', 'Nên bố trí thêm ghế chờ ở bộ phận một cửa phường', 'bộ phận một cửa phường Dịch Vọng', 'Lê Văn Cường', '0912345678']) await say(text);
    const filed = await say('1');
    expect(filed.intent).toBe('complaint_filed');
    expect(filed.text).not.toContain('/phan-anh/tra-cuu');
    expect(filed.text).toMatch(/Tra cứu" trên trang web của Trung tâm, với mã phiếu PAKN-\d{8}-\d{4} và mã tra cứu [A-Z2-9]{6}/);
  });
});
