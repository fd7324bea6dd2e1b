import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createEventBus } from '../../../platform/events/bus.ts';
import { serveWebChannel, type ServedChannel } from '../testing/serve.ts';
import { createTemporaryAssistant } from '../testing/temporary-assistant.ts';
import { hasChromium, launchBrowser, requireBrowser, screenshot, seriousAxeViolations, skipReason } from './browser.ts';

if (!hasChromium && !requireBrowser) console.warn(skipReason);

describe.runIf(!hasChromium && requireBrowser)('browser required under CI', () => {
  it('has Chromium', () => {
    throw new Error(skipReason);
  });
});

describe.skipIf(!hasChromium)('public chat page in Chromium', () => {
  let served: ServedChannel;
  let browser: Browser;

  beforeAll(async () => {
    const bus = createEventBus(() => undefined);
    served = await serveWebChannel(createTemporaryAssistant(bus), { bus });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function openPage(width: number, height: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', deviceScaleFactor: width < 500 ? 2 : 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(served.url + '/');
    await page.locator('.mc-starter').first().waitFor();
    (page as Page & { errors: string[] }).errors = errors;
    return page;
  }

  async function ask(page: Page, text: string): Promise<void> {
    const before = await page.locator('.mc-assistant:not(.mc-welcome)').count();
    await page.locator('.mc-input').fill(text);
    await page.locator('.mc-input').press('Enter');
    await page.locator('.mc-assistant:not(.mc-welcome)').nth(before).waitFor();
  }

  it('answers an unaccented question with the right procedure and its fee, on a phone', async () => {
    const page = await openPage(360, 740);
    await screenshot(page, 'chat-phone-start.png');
    await ask(page, 'lam can cuoc het bao nhieu tien');
    const reply = page.locator('.mc-assistant:not(.mc-welcome)').last();
    await expect.poll(() => reply.locator('.mc-text').textContent()).toMatch(/căn cước/i);
    expect(await reply.locator('.mc-fee').first().textContent()).toMatch(/đồng|Miễn phí/);
    expect(await page.locator('.mc-citizen').first().textContent()).toContain('lam can cuoc');
    await expect.poll(() => page.locator('.mc-status').getAttribute('data-state')).toBe('connected');
    await screenshot(page, 'chat-phone.png', 'docs/screenshots/chat-phone.png');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });

  it('picks a numbered choice with a large button, and restores the conversation on reload', async () => {
    const page = await openPage(768, 1024);
    await ask(page, 'cap lai');
    const choice = page.locator('.mc-choice:not(.mc-starter)').first();
    await choice.waitFor();
    expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const label = (await choice.textContent())!;
    const replies = await page.locator('.mc-assistant').count();
    await choice.click();
    await page.locator('.mc-assistant').nth(replies).waitFor();
    expect(await page.locator('.mc-citizen').last().textContent()).toContain(label.slice(1).trim());
    await screenshot(page, 'chat-tablet-choice.png');

    const shown = await page.locator('.mc-msg:not(.mc-welcome)').count();
    await page.reload();
    await page.locator('.mc-msg').nth(shown - 1).waitFor();
    expect(await page.locator('.mc-msg').count()).toBe(shown);
    expect(await page.locator('.mc-starter').count()).toBe(0);
    await page.context().close();
  });

  it('keeps large text across visits', async () => {
    const page = await openPage(1280, 800);
    const toggle = page.getByRole('button', { name: /Chữ lớn/ });
    const sizeOf = () => page.locator('.mc-root').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await sizeOf();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await sizeOf()).toBeGreaterThan(normal * 1.2);
    await page.reload();
    await page.locator('.mc-root').waitFor();
    expect(await page.getByRole('button', { name: /Chữ lớn/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await sizeOf()).toBeGreaterThan(normal * 1.2);
    await ask(page, 'dang ky tam tru');
    await screenshot(page, 'chat-desktop-large-text.png');
    await page.context().close();
  });

  it('works with the keyboard alone: Tab to a starter, Enter to ask, Shift+Enter for a new line', async () => {
    const page = await openPage(1280, 800);
    await page.locator('.mc-input').focus();
    await page.keyboard.type('dong mot');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('dong hai');
    expect(await page.locator('.mc-input').inputValue()).toBe('dong mot\ndong hai');
    await page.keyboard.press('Enter');
    await page.locator('.mc-assistant:not(.mc-welcome)').first().waitFor();
    expect(await page.locator('.mc-input').inputValue()).toBe('');

    // Tab through the page until a choice button has focus, then press it.
    const focusedClass = () => page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.className ?? '';
    });
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await focusedClass()).includes('mc-choice');
    }
    expect(found).toBe(true);
    const replies = await page.locator('.mc-assistant').count();
    await page.keyboard.press('Enter');
    await page.locator('.mc-assistant').nth(replies).waitFor();
    const focusRing = await page.locator('.mc-choice').last().evaluate((el) => {
      (el as HTMLElement).focus();
      return getComputedStyle(el).outlineStyle;
    });
    expect(focusRing).not.toBe('none');
    await page.context().close();
  });

  it('has no serious or critical axe violations, before and after a conversation', async () => {
    const page = await openPage(360, 740);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ask(page, 'dang ky khai sinh can giay to gi');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
