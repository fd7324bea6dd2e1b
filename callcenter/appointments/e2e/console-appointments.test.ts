import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from '../../../platform/testing/browser.ts';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { addStaff, CONSOLE_TEST_SETTINGS } from '../../console/testing/staff-client.ts';

/** The console's appointments page: an agent books for a caller and sees the booking in the day's list; axe clean. */
describeInChromium('console appointments in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await addStaff(served, { email: 'sup@motcua.vn', name: 'Phạm Giám Sát', role: 'supervisor' });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('books for a caller from the console', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'vi-VN', reducedMotion: 'reduce' });
    const page = (await context.newPage()) as Page;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${served.url}/console/`);
    await page.getByLabel('Email').fill('sup@motcua.vn');
    await page.getByLabel('Mật khẩu').fill('mật-khẩu-thử-1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Lịch hẹn' }).click();
    await page.getByRole('heading', { name: 'Đặt lịch cho người gọi' }).waitFor();
    const form = page.locator('form[aria-labelledby=caller-heading]');
    await form.getByLabel('Điểm tiếp nhận').selectOption({ index: 1 });
    await expect.poll(() => form.getByLabel('Ngày').locator('option').count()).toBeGreaterThan(1);
    await form.getByLabel('Ngày').selectOption({ index: 1 });
    const day = await form.getByLabel('Ngày').inputValue();
    await expect.poll(() => form.getByLabel('Giờ').locator('option').count()).toBeGreaterThan(1);
    await form.getByLabel('Giờ').selectOption({ index: 1 });
    await form.getByLabel('Họ tên người gọi').fill('Bùi Văn Hùng');
    await form.getByLabel('Số điện thoại').fill('0912 000 111');
    await form.getByRole('button', { name: 'Đặt lịch' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/^Đã đặt lịch LH\d{8}/);
    // The day's list of the booked branch shows the caller with a masked phone.
    await page.getByLabel('Điểm tiếp nhận').first().selectOption({ index: 0 });
    await page.getByLabel('Ngày', { exact: true }).first().fill(day);
    await page.getByRole('cell', { name: 'Bùi Văn Hùng' }).waitFor();
    expect(await page.getByRole('cell', { name: '091****111' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-appointments.png');
    expect(errors).toEqual([]);
  }, 240_000);
});
