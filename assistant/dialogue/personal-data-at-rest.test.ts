import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useAssistantFixture } from './assistant.fixture.ts';

/**
 * The conversation state and the handoff summary keep what the dialogue and the agent need,
 * without copying the citizen's ID number, phone or e-mail (Law 91/2025); the message itself
 * stays in the conversation, where staff reveal it on purpose.
 */
const fixture = useAssistantFixture();
const ID = '001203004567';
const PHONE = '0912345678';
const EMAIL = 'lan.nguyen@gmail.com';

describe('personal data at rest', () => {
  it('is masked in the dialogue state and in the handoff summary', async () => {
    const { database, conversation } = fixture();
    const ask = await conversation();
    await ask(`Tôi có CCCD ${ID}, số điện thoại ${PHONE}, email ${EMAIL}, làm căn cước mất bao nhiêu tiền`);
    await ask(`tôi muốn gặp nhân viên, số của tôi là ${PHONE}, CCCD ${ID}`);
    const states = await database.rows<{ state: unknown }>(sql`select state from conversations`);
    const summaries = await database.rows<{ summary: unknown }>(sql`select summary from handoffs`);
    expect(summaries.length).toBeGreaterThan(0);
    const atRest = JSON.stringify([states, summaries]);
    for (const value of [ID, PHONE, EMAIL, '912345678']) expect(atRest).not.toContain(value);
    expect(JSON.stringify(summaries)).toContain('001******567');
  });
});
