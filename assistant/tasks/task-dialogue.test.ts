import { describe, expect, it } from 'vitest';
import { useAssistantFixture } from '../dialogue/assistant.fixture.ts';
import { taskReply, type CitizenTask } from '../index.ts';

/** A two-question task, as complaint intake or a dossier lookup would be: asks for a code, then a phone suffix. */
const lookup: CitizenTask = {
  name: 'lookup',
  startsOn: ['dossier_status'],
  async start(turn) {
    const topic = await turn.topic();
    return { reply: taskReply('clarify', 'lookup_code', 'Bạn cho tôi xin mã hồ sơ.'), data: { step: 'code', topic: topic?.code ?? null } };
  },
  async next(turn, data) {
    if (data.step === 'code') return { reply: taskReply('clarify', 'lookup_phone', 'Bốn số cuối điện thoại?'), data: { ...data, step: 'phone', code: turn.text } };
    return {
      reply: taskReply('answer', 'lookup_done', `Hồ sơ ${String(data.code)} (${String(data.topic)}) đang xử lý.`, { actions: [{ type: 'task_result', task: 'lookup', code: String(data.code) }] }),
      data: null,
    };
  },
};

const fixture = useAssistantFixture({ tasks: [lookup] });

describe('citizen tasks in the dialogue', () => {
  it('runs a task over several turns with the topic it started on, then answers questions again', async () => {
    const ask = await fixture().conversation();
    await ask('đăng ký tạm trú cần giấy tờ gì');
    expect((await ask('tra cứu hồ sơ của tôi')).intent).toBe('lookup_code');
    expect((await ask('H123')).intent).toBe('lookup_phone');
    const done = await ask('6789');
    expect(done.text).toBe('Hồ sơ H123 (1.004194) đang xử lý.');
    expect(done.actions).toEqual([{ type: 'task_result', task: 'lookup', code: 'H123' }]);
    const after = await ask('lệ phí bao nhiêu');
    expect([after.kind, after.aspect]).toEqual(['answer', 'fee']);
  });

  it('stops on "thôi" and hands over to a person on request, leaving the task', async () => {
    const ask = await fixture().conversation();
    await ask('ho so cua toi da xong chua');
    expect((await ask('thôi')).intent).toBe('lookup_stopped');
    await ask('tra cứu hồ sơ');
    expect((await ask('cho tôi gặp nhân viên')).kind).toBe('handoff');
  });
});
