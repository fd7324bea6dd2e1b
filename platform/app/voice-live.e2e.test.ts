import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addStaff, CONSOLE_TEST_SETTINGS, TEST_PASSWORD } from '../../callcenter/console/testing/staff-client.ts';
import { findAll, twilioCaller } from '../../channels/voice/testing/twilio-caller.ts';
import { describeInChromium, launchBrowser, seriousAxeViolations } from '../testing/browser.ts';
import { serveApp, type ServedApp } from '../testing/serve-app.ts';

/**
 * The console's phone page is live: a caller who presses 0 while an agent has the page open
 * appears without a reload (voice.changed on the console's event stream, no polling), and the
 * agent takes the call from there.
 */
const PUBLIC = 'https://motcua.example.vn';
const ACCOUNT = `AC${'c3'.repeat(16)}`;
const TOKEN = 'twilio-e2e-voice-token';

describeInChromium('the console’s phone page updates live in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp({ ...CONSOLE_TEST_SETTINGS, PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN });
    await served.database.db.execute(sql`insert into staff_teams (name, always_open) values ('Tổng đài 24/7', true)`);
    await addStaff(served, { email: 'hoa@motcua.vn', name: 'Lê Thị Hoa' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('shows a caller who joins the queue while the page is open, and the agent takes them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${served.url}/console/`);
    await page.getByLabel('Email').fill('hoa@motcua.vn');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Cuộc gọi' }).click();
    await page.getByRole('heading', { name: /Đang chờ gặp cán bộ \(0\)/ }).waitFor();

    const caller = twilioCaller({ appUrl: served.url, publicUrl: PUBLIC, accountSid: ACCOUNT, authToken: TOKEN }, '+84913000010');
    await caller.dial();
    await caller.move({ press: '0' });
    expect(findAll(caller.twiml!, 'Enqueue')).toHaveLength(1);
    await page.getByRole('heading', { name: /Đang chờ gặp cán bộ \(1\)/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nhận cuộc gọi' }).click();
    await page.getByRole('status').getByText(/Đã nhận cuộc gọi/).waitFor();
    await page.getByRole('heading', { name: /Đang chờ gặp cán bộ \(0\)/ }).waitFor();
    const [handoff] = await served.database.rows<{ status: string }>(sql`
      select h.status from handoffs h join voice_calls c on c.conversation_id = h.conversation_id where c.provider_call_id = ${caller.callSid}`);
    expect(handoff).toEqual({ status: 'assigned' });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
