/**
 * Prints the transcript of one scripted elderly caller (Twilio, speech then keys) against the
 * whole app on the sample corpus: `npx tsx channels/voice/testing/print-transcript.ts`.
 * docs/voice-transcript.md was made with it.
 */
import { sql } from 'drizzle-orm';
import { serveApp } from '../../../platform/testing/serve-app.ts';
import { createTestDatabase } from '../../../platform/testing/test-db.ts';
import { startEsmsPeer } from '../../sms/testing/esms-server.ts';
import { twilioCaller, type CallerMove } from './twilio-caller.ts';

const PUBLIC = 'https://motcua.example.vn';
const ACCOUNT = `AC${'a7'.repeat(16)}`;
const TOKEN = 'transcript-token';
const esms = await startEsmsPeer();
const database = await createTestDatabase();
await database.db.execute(sql`insert into staff_teams (name, always_open) values ('Tổng đài 24/7', true)`);
const served = await serveApp(
  { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN, ESMS_API_KEY: esms.apiKey, ESMS_SECRET_KEY: esms.secretKey, ESMS_API_BASE_URL: esms.url },
  { database },
);
try {
  const caller = twilioCaller({ appUrl: served.url, publicUrl: PUBLIC, accountSid: ACCOUNT, authToken: TOKEN }, '+84912345678');
  const out: string[] = [];
  const heard = () => out.push(`**Tổng đài:** ${caller.last()}`);
  await caller.dial();
  heard();
  const script: [string, CallerMove][] = [
    ['(im lặng, không nói gì)', { speech: '' }],
    ['"Cháu ơi, bác bị mất cái thẻ căn cước, giờ làm lại thì hết bao nhiêu tiền?"', { speech: 'cháu ơi bác bị mất cái thẻ căn cước giờ làm lại thì hết bao nhiêu tiền' }],
    ['(bấm 9)', { press: '9' }],
    ['"Thế cần mang những giấy tờ gì?"', { speech: 'thế cần mang những giấy tờ gì' }],
    ['(bấm 1)', { press: '1' }],
    ['(bấm 2)', { press: '2' }],
    ['(bấm 0)', { press: '0' }],
  ];
  for (const [said, move] of script) {
    out.push(`**Người gọi:** ${said}`);
    await caller.move(move);
    heard();
  }
  out.push(`**Tổng đài (khi chờ):** ${await caller.hold(1)}`);
  await new Promise((r) => setTimeout(r, 1500));
  const sms = esms.sent.find((m) => m.phone === '0912345678');
  if (sms) out.push(`\n**Tin nhắn SMS nhận được:** ${sms.content}`);
  console.log(out.join('\n\n'));
} finally {
  await served.close();
  await esms.close();
}
