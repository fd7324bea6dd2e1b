import { describe, expect, it } from 'vitest';
import { cited, useAssistantFixture, type AssistantFixture } from './assistant.fixture.ts';

/** Multi-turn conversations: follow-ups, clarifying questions, topic changes, plain-language mode. */
const fixture = useAssistantFixture();
const conversation: AssistantFixture['conversation'] = (options) => fixture().conversation(options);

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
    expect(question.choices.length).toBeLessThanOrEqual(5);
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
