import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';

/** Book from the web widget by choices, get the code, move it and cancel it on the booking page, by keyboard; axe on that page. */
describeInChromium('appointments in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp({});
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(path: string, width = 400, height = 860): Promise<Page & { errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const page = (await context.newPage()) as Page & { errors: string[] };
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(served.url + path);
    return page;
  }

  const replies = (page: Page) => page.locator('.mc-assistant:not(.mc-welcome)');
  async function waitForReply(page: Page, before: number) {
    await replies(page).nth(before).waitFor({ timeout: 30_000 });
    return replies(page).nth(before);
  }
  async function say(page: Page, text: string) {
    const before = await replies(page).count();
    await page.locator('.mc-input').fill(text);
    await page.locator('.mc-input').press('Enter');
    return waitForReply(page, before);
  }
  async function pick(page: Page, label: RegExp | number) {
    const before = await replies(page).count();
    const buttons = replies(page).last().locator('.mc-choice');
    await (typeof label === 'number' ? buttons.nth(label) : buttons.filter({ hasText: label }).first()).click();
    return waitForReply(page, before);
  }

  it('books in the chat by choices, shows the code, and the code cancels on the booking page', async () => {
    const chat = await open('/');
    await chat.locator('.mc-starter').first().waitFor();
    const services = await say(chat, 'Tôi muốn đặt lịch hẹn');
    expect(await services.locator('.mc-choice').count()).toBe(5);
    expect(await (await pick(chat, /Cư trú/)).locator('.mc-text').textContent()).toContain('quận, huyện');
    const branches = await say(chat, 'Cầu Giấy');
    expect(await branches.locator('.mc-choice').first().textContent()).toContain('Chi nhánh số 1 – Cầu Giấy');
    await pick(chat, 0); // branch
    await pick(chat, 0); // no priority
    await pick(chat, 0); // first open day
    const consent = await pick(chat, 0); // first time shown
    expect(await consent.locator('.mc-text').textContent()).toContain('Bạn có đồng ý không?');
    await pick(chat, /^1?Đồng ý$/);
    await say(chat, 'Nguyễn Thị Mai');
    const done = await say(chat, '0912 345 678');
    const text = (await done.locator('.mc-text').textContent()) ?? '';
    expect(text).toContain('Đã đặt lịch hẹn thành công.');
    expect(text).toContain('Chi nhánh số 1 – Cầu Giấy');
    const code = /LH\d{8}/.exec(text)?.[0];
    expect(code).toBeDefined();
    await screenshot(chat, 'booking-chat.png', 'docs/screenshots/booking-chat.png');
    expect(chat.errors).toEqual([]);

    const page = await open('/appointments/', 900, 900);
    await page.getByRole('heading', { name: 'Hủy lịch hẹn' }).waitFor();
    const cancel = page.locator('section[aria-labelledby=cancel-heading]');
    await cancel.getByLabel('Mã lịch hẹn').fill(code!);
    await cancel.getByLabel('4 số cuối điện thoại').fill('5678');
    await cancel.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
    await expect.poll(() => page.locator('section[aria-labelledby=cancel-heading] [role=status]').textContent()).toContain(`Đã hủy lịch hẹn ${code}`);
    expect(page.errors).toEqual([]);
  }, 240_000);

  it('books on the accessible booking page, with no serious axe violations', async () => {
    const page = await open('/appointments/', 900, 1100);
    await page.getByRole('button', { name: /lý lịch tư pháp/ }).click();
    await page.getByLabel(/Quận, huyện/).fill('Hoàn Kiếm');
    await page.getByLabel(/Quận, huyện/).blur();
    await page.getByRole('button', { name: /Chi nhánh số 2 – Hoàn Kiếm/ }).click();
    await page.locator('fieldset').nth(2).locator('.choices button').first().click();
    await page.locator('fieldset').nth(2).locator('.choices').nth(1).locator('button').last().click();
    await page.getByLabel('Họ và tên').fill('Vũ Minh Châu');
    await page.getByLabel('Số điện thoại di động').fill('0987 654 321');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: /^Đặt lịch/ }).click();
    await page.getByRole('heading', { name: 'Đã đặt lịch hẹn' }).waitFor();
    expect(await page.locator('.code').textContent()).toMatch(/^LH\d{8}$/);
    expect(await page.locator('.result li').count()).toBeGreaterThan(0); // documents to bring
    await screenshot(page, 'booking-page.png', 'docs/screenshots/booking-page.png');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 240_000);

  it('moves a booking on the page by keyboard: code and last 4 digits, a new day and time among the free ones; axe clean', async () => {
    const page = await open('/appointments/', 900, 1200);
    await page.getByRole('button', { name: /lý lịch tư pháp/ }).click();
    await page.getByRole('button', { name: /Chi nhánh số 2 – Hoàn Kiếm/ }).click();
    await page.locator('fieldset').nth(2).locator('.choices button').first().click();
    await page.locator('fieldset').nth(2).locator('.choices').nth(1).locator('button').first().click();
    await page.getByLabel('Họ và tên').fill('Trịnh Văn Tùng');
    await page.getByLabel('Số điện thoại di động').fill('0977 111 246');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: /^Đặt lịch/ }).click();
    const code = (await page.locator('.code').textContent())!;
    const before = (await page.locator('.result p').nth(1).textContent())!;

    const move = page.locator('section[aria-labelledby=reschedule-heading]');
    await move.getByLabel('Mã lịch hẹn cần đổi').focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Tab');
    await page.keyboard.type('1246');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Tìm lịch hẹn"
    await move.getByText(`Lịch hẹn hiện tại: ${before.replace('Thời gian: ', '')}`).waitFor();
    const days = move.getByRole('group', { name: 'Chọn ngày mới' }).getByRole('button');
    await days.last().focus();
    await page.keyboard.press('Enter');
    const times = move.getByRole('group', { name: 'Chọn giờ mới' }).getByRole('button');
    await times.last().waitFor();
    await times.last().focus();
    await page.keyboard.press('Space');
    expect(await times.last().getAttribute('aria-pressed')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const submit = move.getByRole('button', { name: /^Đổi sang/ });
    await submit.focus();
    await page.keyboard.press('Enter');
    const status = move.getByRole('status');
    await expect.poll(() => status.textContent()).toContain(`Đã đổi lịch hẹn ${code} sang`);
    expect(await status.textContent()).not.toContain(before.replace('Thời gian: ', ''));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A wrong last 4 digits reveals nothing.
    await move.getByLabel('4 số cuối điện thoại đã dùng khi đặt').fill('0000');
    await move.getByRole('button', { name: 'Tìm lịch hẹn' }).click();
    await expect.poll(() => status.textContent()).toContain('Không tìm thấy lịch hẹn');
    expect(page.errors).toEqual([]);
  }, 240_000);
});
