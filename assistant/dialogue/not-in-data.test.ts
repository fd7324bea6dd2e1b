import { describe, expect, it } from 'vitest';
import { PORTAL_SEARCH_URL } from '../compose/compose-simple.ts';
import { handoffAction, useAssistantFixture } from './assistant.fixture.ts';

const fixture = useAssistantFixture();

describe('"not in my data" is a real answer', () => {
  it('says plainly that the procedure is not in its data and offers a person, a written question and the portal search', async () => {
    const say = await fixture().conversation();
    const reply = await say('xin cấp giấy phép hành nghề điều dưỡng cho người mới tốt nghiệp trường y');
    expect(reply.kind).toBe('out_of_scope');
    expect(reply.intent).toBe('not_in_data');
    expect(reply.text).toContain('không có trong dữ liệu của tôi');
    expect(reply.text).toContain(PORTAL_SEARCH_URL);
    expect(reply.citations).toEqual([]);
    expect(reply.choices.map((c) => c.label)).toEqual(['Nói chuyện với nhân viên', 'Gửi câu hỏi bằng văn bản để cán bộ trả lời']);
    expect(reply.actions).toEqual([
      { type: 'ask_in_writing', question: 'xin cấp giấy phép hành nghề điều dưỡng cho người mới tốt nghiệp trường y' },
      { type: 'portal_search', url: PORTAL_SEARCH_URL },
    ]);
  });

  it('hands the conversation to a person when the citizen picks it', async () => {
    const say = await fixture().conversation();
    await say('xin cấp giấy phép hành nghề điều dưỡng cho người mới tốt nghiệp trường y');
    const reply = await say('1');
    expect(reply.kind).toBe('handoff');
    expect(handoffAction(reply)?.reason).toBe('asked_for_human');
  });

  it('exposes the written question as an action when the citizen picks it', async () => {
    const say = await fixture().conversation();
    await say('xin cấp giấy phép hành nghề điều dưỡng cho người mới tốt nghiệp trường y');
    const reply = await say('2');
    expect(reply.intent).toBe('ask_in_writing');
    expect(reply.actions).toEqual([{ type: 'ask_in_writing', question: 'xin cấp giấy phép hành nghề điều dưỡng cho người mới tốt nghiệp trường y' }]);
  });

  it('speaks plainly in elderly mode', async () => {
    const say = await fixture().conversation({ elderly: true });
    const reply = await say('xin cấp giấy phép hành nghề điều dưỡng cho người mới tốt nghiệp trường y');
    expect(reply.intent).toBe('not_in_data');
    expect(reply.text).toContain('tôi chưa có thông tin');
  });
});

describe('clarify well', () => {
  it('asks one open question with examples, listing no procedure, when the message names nothing', async () => {
    const say = await fixture().conversation();
    const reply = await say('tôi cần làm giấy tờ');
    expect(reply.kind).toBe('clarify');
    expect(reply.choices).toEqual([]);
    expect(reply.text).toContain('khai sinh');
    expect(reply.text).toContain('căn cước');
  });
});
