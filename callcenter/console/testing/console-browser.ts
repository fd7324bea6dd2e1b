import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD } from './staff-client.ts';

/** A page that keeps the uncaught errors of its scripts, for the test to assert there are none. */
export type WatchedPage = Page & { errors: string[] };

/** Opens `url` on a desktop-sized page in Vietnamese with reduced motion, as the console's e2e tests see it. */
export async function openPage(browser: Browser, url: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', reducedMotion: 'reduce' });
  const page = (await context.newPage()) as WatchedPage;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  return page;
}

/** Signs a staff member in through the login form, as a person would, and waits for the console. */
export async function logInAs(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
