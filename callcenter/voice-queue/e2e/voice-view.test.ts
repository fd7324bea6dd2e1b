import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { addStaff, CONSOLE_TEST_SETTINGS } from '../../console/testing/staff-client.ts';
import { requestCallback } from '../request-callback.ts';

const PASSWORD = 'mật-khẩu-thử-1234';

describeInChromium('the console’s phone-line page in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await addStaff(served, { email: 'lan@motcua.vn', name: 'Trần Thị Lan' });
    const { assistant, contactCentre } = served.app.services;
    const conversationId = await assistant.conversations.start('voice', 'twilio:CA-e2e');
    await contactCentre.handoffs.request({
      conversationId,
      reason: 'asked_for_human',
      channel: 'voice',
      priorityCitizen: true,
      summary: { question: 'Bác hỏi lệ phí cấp lại thẻ căn cước', procedureCode: '2.001194', procedureName: 'Cấp lại thẻ căn cước', answered: null, why: 'Người gọi muốn gặp cán bộ' },
    });
    await requestCallback(served.database.db, {
      provider: 'twilio',
      providerCallId: 'CA-e2e-callback',
      phone: '+84913000009',
      conversationId: null,
      handoffId: null,
      recordingUrl: 'https://api.twilio.com/recordings/RE9',
      summary: 'Đăng ký kết hôn cần giấy tờ gì',
      reason: 'after_hours',
      dueAt: new Date(Date.now() + 3_600_000),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('shows waiting callers with summaries and callbacks; an agent reveals the number (audited) and marks it done', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${served.url}/console/`);
    await page.getByLabel('Email').fill('lan@motcua.vn');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Cuộc gọi' }).click();
    await page.getByRole('heading', { name: /Đang chờ gặp cán bộ \(1\)/ }).waitFor();
    await page.getByText('Bác hỏi lệ phí cấp lại thẻ căn cước').waitFor();
    await page.getByText(/Vị trí 1 · Ưu tiên/).waitFor();
    const row = page.getByRole('row', { name: /Đăng ký kết hôn/ });
    expect(await row.textContent()).not.toContain('913000009');
    await screenshot(page, 'console-voice.png');
    expect(await seriousAxeViolations(page)).toEqual([]);

    page.once('dialog', (dialog) => void dialog.accept('Gọi lại theo lời nhắn'));
    await row.getByRole('button', { name: 'Hiện số' }).click();
    await row.getByText('+84913000009').waitFor();
    await row.getByRole('button', { name: 'Đã gọi lại' }).click();
    await row.getByText('Đã gọi lại').waitFor();
    const audit = await served.database.rows<{ reason: string }>((await import('drizzle-orm')).sql`select reason from access_audit where action = 'reveal_callback_phone'`);
    expect(audit.map((a) => a.reason)).toEqual(['Gọi lại theo lời nhắn']);
    expect(errors).toEqual([]);
  }, 120_000);
});
