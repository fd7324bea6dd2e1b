import { describe, expect, it } from 'vitest';
import { T } from '../compose/strings.ts';
import { cited, useAssistantFixture, type AssistantFixture } from './assistant.fixture.ts';

/** "xem chi tiết": the short answer offers the full wording, and the next message gets it. */
const fixture = useAssistantFixture();
const conversation: AssistantFixture['conversation'] = (options) => fixture().conversation(options);

describe('xem chi tiết', () => {
  it('answers with the short checklist first, then the record\'s full wording of the same aspect', async () => {
    const ask = await conversation();
    const short = await ask('đăng ký khai sinh cần giấy tờ gì');
    expect([cited(short), short.aspect]).toEqual(['1.001193', 'documents']);
    expect(short.text).toContain(T.moreDetail);

    const full = await ask('xem chi tiết');
    expect([full.kind, cited(full), full.aspect]).toEqual(['answer', '1.001193', 'documents']);
    expect(full.text).not.toContain(T.moreDetail);
    expect(full.text.length).toBeGreaterThan(short.text.length);
    // The full wording of every document is there, as the record writes it.
    for (const item of full.sections.documents?.flatMap((c) => c.items) ?? []) expect(full.text).toContain(item.name.replace(/[\s.;:,]+$/, '').slice(0, 40));
  });

  it('details the aspect named with it, and is not taken for a new question', async () => {
    const ask = await conversation();
    await ask('đăng ký khai sinh cần giấy tờ gì');
    const steps = await ask('xem chi tiết các bước');
    expect([steps.kind, cited(steps), steps.aspect]).toEqual(['answer', '1.001193', 'steps']);
    expect(steps.text).not.toContain(T.moreDetail);
  });

});
