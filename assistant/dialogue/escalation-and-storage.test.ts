import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handoffs } from '../../callcenter/tables.ts';
import type { Reply, Turn } from '../index.ts';
import { cited, handoffAction, useAssistantFixture, type AssistantFixture } from './assistant.fixture.ts';

/** Handoffs to a person, everything that is not a procedure question, and what is stored per turn. */
const fixture = useAssistantFixture();
const conversation: AssistantFixture['conversation'] = (options) => fixture().conversation(options);

describe('escalation to a person', () => {
  async function storedHandoff(reply: Reply) {
    const action = handoffAction(reply);
    if (action?.type !== 'handoff') throw new Error('no handoff action');
    const [row] = await fixture().database.db.select().from(handoffs).where(eq(handoffs.id, action.handoffId));
    return row;
  }

  it('hands off when asked, with a summary for the agent', async () => {
    const ask = await conversation();
    await ask('Đăng ký tạm trú cần gì?');
    const reply = await ask('Thôi cho tôi gặp nhân viên tổng đài');
    expect(reply.kind).toBe('handoff');
    const row = await storedHandoff(reply);
    expect(row?.reason).toBe('asked_for_human');
    expect(row?.summary).toEqual(
      expect.objectContaining({ question: 'Thôi cho tôi gặp nhân viên tổng đài', procedureCode: '1.004194', procedureName: 'Đăng ký tạm trú', why: expect.any(String) }),
    );
    expect((row?.summary as { answered: string }).answered).toContain('Đăng ký tạm trú');
    expect(fixture().events.handoffs.some((e) => e.handoffId === row?.id && e.reason === 'asked_for_human')).toBe(true);
  });

  it.each([
    ['0', 'asked_for_human'],
    ['Tôi muốn khiếu nại, hồ sơ đăng ký thường trú của tôi bị trễ hẹn hai tuần mà không ai trả lời', 'complaint'],
    ['Hàng xóm xây lấn sang đất nhà tôi, tôi có nên kiện ra tòa không và có thắng không?', 'legal_advice'],
  ])('"%s" → %s', async (text, reason) => {
    const reply = await (await conversation())(text);
    expect(handoffAction(reply)).toEqual(expect.objectContaining({ reason }));
    if (reason === 'complaint') expect(reply.actions).toContainEqual({ type: 'complaint' });
  });

  it('hands off on frustration after an answer', async () => {
    const ask = await conversation();
    await ask('Đăng ký tạm trú mất bao lâu?');
    const reply = await ask('Trả lời vớ vẩn, bực mình quá, chẳng giúp được gì cả!');
    expect(handoffAction(reply)).toEqual(expect.objectContaining({ reason: 'frustration' }));
  });

  it('hands off when the same question comes again', async () => {
    const ask = await conversation();
    const first = await ask('Lệ phí đăng ký thường trú là bao nhiêu?');
    expect(first.text).toContain('20.000 đồng');
    const again = await ask('Lệ phí đăng ký thường trú là bao nhiêu?');
    expect(handoffAction(again)).toEqual(expect.objectContaining({ reason: 'repeated_question' }));
  });

  it('hands off after two unsure turns in a row', async () => {
    const ask = await conversation();
    expect((await ask('cái giấy ấy làm thế nào')).kind).toBe('clarify');
    const second = await ask('cái giấy ấy đấy, làm sao');
    expect(handoffAction(second)).toEqual(expect.objectContaining({ reason: 'low_confidence' }));
  });
});

describe('everything else a citizen may say', () => {
  it('greets, thanks, declines what is out of scope and points to services', async () => {
    const ask = await conversation();
    expect((await ask('xin chào')).kind).toBe('smalltalk');
    expect((await ask('cảm ơn bạn')).kind).toBe('smalltalk');
    expect((await ask('giá vàng hôm nay bao nhiêu')).kind).toBe('out_of_scope');
    expect((await ask('tra cứu hồ sơ của tôi')).actions).toEqual([{ type: 'dossier_status' }]);
    const booking = await ask('tôi muốn đặt lịch hẹn đăng ký kết hôn');
    expect(booking.actions).toEqual([{ type: 'book_appointment', procedureCode: '1.000894' }]);
    const prefill = await ask('điền sẵn tờ khai đăng ký tạm trú giúp tôi');
    expect(prefill.actions).toEqual([{ type: 'prefill_form', procedureCode: '1.004194', forms: ['CT01'] }]);
  });

  it('refuses politely what is not a question in Vietnamese', async () => {
    const ask = await conversation();
    const empty = await ask('   ');
    expect([empty.kind, empty.intent]).toEqual(['clarify', 'input_empty']);
    const english = await ask('How do I renew my passport?');
    expect([english.kind, english.intent]).toEqual(['out_of_scope', 'input_not_vietnamese']);
  });
});

describe('storage', () => {
  it('answers a retried client message id from storage, without a second handoff or new rows', async () => {
    const conversationId = await fixture().assistant.conversations.start('web');
    const turn: Turn = { conversationId, channel: 'web', text: 'cho tôi gặp nhân viên', clientMessageId: 'c-1' };
    const first = await fixture().assistant.handleTurn(turn);
    const handoffsBefore = fixture().events.handoffs.length;
    const second = await fixture().assistant.handleTurn(turn);
    expect(second).toEqual(first);
    expect(fixture().events.handoffs.length).toBe(handoffsBefore);
    expect((await fixture().assistant.conversations.history(conversationId)).length).toBe(2);
  });

  it('stores both messages of each turn and announces them with their ids', async () => {
    const conversationId = await fixture().assistant.conversations.start('web');
    const before = fixture().events.created.length;
    await fixture().assistant.handleTurn({ conversationId, channel: 'web', text: 'khai tử ở đâu' });
    const history = await fixture().assistant.conversations.history(conversationId);
    expect(history.map((m) => m.role)).toEqual(['citizen', 'assistant']);
    expect(fixture().events.created.slice(before).map((e) => e.message.id)).toEqual(history.map((m) => m.id));
    expect(history[1]?.reply?.citations[0]?.code).toBe('1.000656');
  });

  it('accepts any conversation id from a CLI or an evaluation', async () => {
    const reply = await fixture().assistant.handleTurn({ conversationId: 'cli-test-session', channel: 'cli', text: 'đăng ký kết hôn cần gì' });
    expect(cited(reply)).toBe('1.000894');
    const again = await fixture().assistant.handleTurn({ conversationId: 'cli-test-session', channel: 'cli', text: 'lệ phí bao nhiêu' });
    expect([cited(again), again.aspect]).toEqual(['1.000894', 'fee']);
  });
});
