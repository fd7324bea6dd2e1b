import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandoffSink } from '../../callcenter/index.ts';
import { handoffs } from '../../callcenter/tables.ts';
import { createProcedureStore, createRetriever, LocalHashEmbedder, seedSampleCorpus } from '../../knowledge/index.ts';
import { createEventBus, type EventMap } from '../../platform/events/bus.ts';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { createAssistant, createPgConversationStore, type Assistant, type Reply, type Turn } from '../index.ts';

/**
 * The assistant end to end: the real retriever over the sample corpus, real conversation and
 * handoff stores on a real database, multi-turn conversations as citizens have them.
 */
let database: TestDatabase;
let assistant: Assistant;
const events = { created: [] as EventMap['message.created'][], handoffs: [] as EventMap['handoff.requested'][] };

beforeAll(async () => {
  database = await createTestDatabase();
  const embedder = new LocalHashEmbedder();
  await seedSampleCorpus(database, createProcedureStore(database, embedder));
  const bus = createEventBus((_name, error) => {
    throw error;
  });
  bus.on('message.created', (e) => void events.created.push(e));
  bus.on('handoff.requested', (e) => void events.handoffs.push(e));
  assistant = createAssistant({
    retriever: createRetriever(database, embedder),
    conversations: createPgConversationStore(database.db, bus),
    handoffs: createHandoffSink(database.db, bus),
    // Friday 20 November 2026, 10:00 in Hanoi.
    clock: { now: () => new Date('2026-11-20T03:00:00Z') },
    bus,
  });
});

afterAll(async () => {
  await database.destroy();
});

/** A conversation: each call is one citizen turn. */
async function conversation(options: Partial<Turn> = {}) {
  const conversationId = await assistant.conversations.start(options.channel ?? 'eval');
  return (text: string, extra: Partial<Turn> = {}): Promise<Reply> =>
    assistant.handleTurn({ conversationId, channel: 'eval', text, ...options, ...extra });
}

const cited = (reply: Reply) => reply.citations[0]?.code;
const handoffReason = (reply: Reply) => reply.actions.find((a) => a.type === 'handoff');

describe('follow-ups across turns', () => {
  it('keeps the procedure for "còn lệ phí", "mất mấy ngày", "nộp online có nhanh hơn không"', async () => {
    const ask = await conversation();
    const documents = await ask('Đăng ký thường trú cần những giấy tờ gì?');
    expect(documents).toEqual(expect.objectContaining({ kind: 'answer', aspect: 'documents' }));
    expect(cited(documents)).toBe('1.004222');
    expect(documents.text).toContain('CT01');

    const fee = await ask('còn lệ phí bao nhiêu?');
    expect([cited(fee), fee.aspect]).toEqual(['1.004222', 'fee']);
    expect(fee.text).toContain('20.000 đồng');

    const duration = await ask('mất mấy ngày?');
    expect(duration.text).toContain('7 ngày làm việc');

    const faster = await ask('nộp online có nhanh hơn không?');
    expect([cited(faster), faster.aspect]).toEqual(['1.004222', 'duration']);
    expect(faster.text).toContain('Thời gian như nhau');
  });

  it('answers "thế còn làm cho con tôi?" with what the record says about minors', async () => {
    const ask = await conversation();
    await ask('đăng ký tạm trú cần giấy tờ gì');
    const child = await ask('thế còn làm cho con tôi?');
    expect([child.kind, cited(child), child.aspect]).toEqual(['answer', '1.004194', 'documents']);
    expect(child.text).toContain('chưa thành niên');
  });

  it('answers "nộp hôm nay thì bao giờ có kết quả" with a date counted in working days', async () => {
    const ask = await conversation();
    await ask('dang ky tam tru mat bao lau');
    const when = await ask('Nộp hôm nay thì bao giờ có kết quả?');
    expect(when.aspect).toBe('result');
    expect(when.sections.expectedDate).toEqual({ method: 'online', submittedOn: '2026-11-20', resultOn: '2026-11-25' });
    expect(when.text).toContain('25/11/2026');
  });
});

describe('clarifying questions', () => {
  it('asks which ID card procedure, then takes the number', async () => {
    const ask = await conversation();
    const question = await ask('thẻ căn cước');
    expect(question.kind).toBe('clarify');
    expect(question.choices.length).toBeGreaterThanOrEqual(2);
    expect(question.choices.length).toBeLessThanOrEqual(4);
    const picked = await ask('2');
    expect(picked.kind).toBe('answer');
    expect(cited(picked)).toBe(question.choices[1]?.value);
  });

  it('takes "cái thứ hai" and keeps the picked passport for the next question', async () => {
    const ask = await conversation();
    const question = await ask('tôi muốn làm hộ chiếu');
    expect(question.kind).toBe('clarify');
    const picked = await ask('cái thứ hai');
    expect(cited(picked)).toBe(question.choices[1]?.value);
    const fee = await ask('lệ phí bao nhiêu?');
    expect([fee.kind, cited(fee), fee.aspect]).toEqual(['answer', question.choices[1]?.value, 'fee']);
  });

  it('settles the question from details given instead of a number', async () => {
    const ask = await conversation();
    expect((await ask('tôi muốn làm căn cước')).kind).toBe('clarify');
    const lost = await ask('tôi bị mất thẻ');
    expect(lost.kind).toBe('answer');
    expect(['2.001194', '1.000757']).toContain(cited(lost));
  });
});

describe('a new topic resets the context', () => {
  it('moves from passports to temporary residence, and the next follow-up stays there', async () => {
    const ask = await conversation();
    const passport = await ask('Làm hộ chiếu ở tỉnh mất bao lâu?');
    expect([cited(passport), passport.aspect]).toEqual(['1.001456', 'duration']);
    expect(passport.text).toContain('8 ngày làm việc');
    const residence = await ask('À không, tôi nhầm, tôi muốn hỏi đăng ký tạm trú cho con');
    expect(cited(residence)).toBe('1.004194');
    const fee = await ask('lệ phí bao nhiêu?');
    expect([cited(fee), fee.aspect]).toEqual(['1.004194', 'fee']);
    expect(fee.text).toContain('10.000 đồng');
  });
});

describe('plain-language mode', () => {
  it('answers one thing at a time when the channel asks for it', async () => {
    const ask = await conversation({ elderly: true });
    const fee = await ask('Bác muốn đổi thẻ căn cước thì hết bao nhiêu tiền, mất mấy ngày hả cháu?');
    expect([fee.kind, fee.aspect]).toEqual(['answer', 'fee']);
    expect(fee.text).toContain('50.000 đồng');
    expect(fee.text).not.toContain('7 ngày làm việc');
    expect(fee.text).not.toContain('http');
    expect(fee.text).toContain('Bạn có muốn hỏi tiếp về thời gian không?');
  });

  it('switches on when the citizen says so, and stays on', async () => {
    const ask = await conversation();
    const first = await ask('Tôi già rồi, mắt kém, cháu nội mới sinh thì làm giấy khai sinh cần mang gì?');
    expect([cited(first), first.aspect]).toEqual(['1.001193', 'documents']);
    expect(first.actions).toContainEqual({ type: 'send_checklist', channels: ['sms', 'zalo'], procedureCode: '1.001193' });
    expect(first.text.split(/\s+/).length).toBeLessThanOrEqual(150);
    const next = await ask('thế mất bao nhiêu tiền, mất mấy ngày?');
    expect(next.aspect).toBe('fee');
    expect(next.text).not.toContain('Hồ sơ gốc ghi thời hạn');
  });

  it('asks the case first on the voice line, one question only', async () => {
    const ask = await conversation({ channel: 'voice' });
    const question = await ask('Đăng ký thường trú cần giấy tờ gì?');
    expect(question.kind).toBe('clarify');
    expect(question.choices.map((c) => c.label)).toContain('Vào chỗ ở thuê, mượn, ở nhờ');
    expect(question.speech).not.toMatch(/https?:|•/);
    const rented = await ask('số 3');
    expect([rented.kind, rented.aspect]).toEqual(['answer', 'documents']);
    expect(rented.text).toContain('thuê, mượn, ở nhờ');
  });

  it('says the last answer again, plainly, on "nói chậm thôi"', async () => {
    const ask = await conversation();
    await ask('đăng ký tạm trú mất bao nhiêu tiền');
    const again = await ask('nói chậm thôi');
    expect([again.kind, cited(again), again.aspect]).toEqual(['answer', '1.004194', 'fee']);
    expect(again.text).not.toContain('http');
  });
});

describe('escalation to a person', () => {
  async function storedHandoff(reply: Reply) {
    const action = handoffReason(reply);
    if (action?.type !== 'handoff') throw new Error('no handoff action');
    const [row] = await database.db.select().from(handoffs).where(eq(handoffs.id, action.handoffId));
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
    expect(events.handoffs.some((e) => e.handoffId === row?.id && e.reason === 'asked_for_human')).toBe(true);
  });

  it.each([
    ['0', 'asked_for_human'],
    ['Tôi muốn khiếu nại, hồ sơ đăng ký thường trú của tôi bị trễ hẹn hai tuần mà không ai trả lời', 'complaint'],
    ['Hàng xóm xây lấn sang đất nhà tôi, tôi có nên kiện ra tòa không và có thắng không?', 'legal_advice'],
  ])('"%s" → %s', async (text, reason) => {
    const reply = await (await conversation())(text);
    expect(handoffReason(reply)).toEqual(expect.objectContaining({ reason }));
    if (reason === 'complaint') expect(reply.actions).toContainEqual({ type: 'complaint' });
  });

  it('hands off on frustration after an answer', async () => {
    const ask = await conversation();
    await ask('Đăng ký tạm trú mất bao lâu?');
    const reply = await ask('Trả lời vớ vẩn, bực mình quá, chẳng giúp được gì cả!');
    expect(handoffReason(reply)).toEqual(expect.objectContaining({ reason: 'frustration' }));
  });

  it('hands off when the same question comes again', async () => {
    const ask = await conversation();
    const first = await ask('Lệ phí đăng ký thường trú là bao nhiêu?');
    expect(first.text).toContain('20.000 đồng');
    const again = await ask('Lệ phí đăng ký thường trú là bao nhiêu?');
    expect(handoffReason(again)).toEqual(expect.objectContaining({ reason: 'repeated_question' }));
  });

  it('hands off after two unsure turns in a row', async () => {
    const ask = await conversation();
    expect((await ask('cái giấy ấy làm thế nào')).kind).toBe('clarify');
    const second = await ask('cái giấy ấy đấy, làm sao');
    expect(handoffReason(second)).toEqual(expect.objectContaining({ reason: 'low_confidence' }));
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
    const conversationId = await assistant.conversations.start('web');
    const turn: Turn = { conversationId, channel: 'web', text: 'cho tôi gặp nhân viên', clientMessageId: 'c-1' };
    const first = await assistant.handleTurn(turn);
    const handoffsBefore = events.handoffs.length;
    const second = await assistant.handleTurn(turn);
    expect(second).toEqual(first);
    expect(events.handoffs.length).toBe(handoffsBefore);
    expect((await assistant.conversations.history(conversationId)).length).toBe(2);
  });

  it('stores both messages of each turn and announces them with their ids', async () => {
    const conversationId = await assistant.conversations.start('web');
    const before = events.created.length;
    await assistant.handleTurn({ conversationId, channel: 'web', text: 'khai tử ở đâu' });
    const history = await assistant.conversations.history(conversationId);
    expect(history.map((m) => m.role)).toEqual(['citizen', 'assistant']);
    expect(events.created.slice(before).map((e) => e.message.id)).toEqual(history.map((m) => m.id));
    expect(history[1]?.reply?.citations[0]?.code).toBe('1.000656');
  });

  it('accepts any conversation id from a CLI or an evaluation', async () => {
    const reply = await assistant.handleTurn({ conversationId: 'cli-test-session', channel: 'cli', text: 'đăng ký kết hôn cần gì' });
    expect(cited(reply)).toBe('1.000894');
    const again = await assistant.handleTurn({ conversationId: 'cli-test-session', channel: 'cli', text: 'lệ phí bao nhiêu' });
    expect([cited(again), again.aspect]).toEqual(['1.000894', 'fee']);
  });
});
