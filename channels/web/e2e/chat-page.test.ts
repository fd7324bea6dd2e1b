import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveRealApp, type ServedChannel } from '../testing/serve.ts';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from './browser.ts';

describeInChromium('public chat page in Chromium', () => {
  let served: ServedChannel;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveRealApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function openPage(width: number, height: number): Promise<Page> {
    // Reduced motion: the chat then scrolls without animation, so screenshots show where it stops.
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', deviceScaleFactor: width < 500 ? 2 : 1, reducedMotion: 'reduce' });
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

  const lastReply = (page: Page) => page.locator('.mc-assistant:not(.mc-welcome)').last();

  it('answers an unaccented question with the right procedure and its fee, on a phone', async () => {
    const page = await openPage(360, 740);
    await screenshot(page, 'chat-phone-start.png');
    await ask(page, 'lam lai can cuoc mat bao nhieu tien');
    const reply = lastReply(page);
    expect(await reply.locator('.mc-text').textContent()).toMatch(/^Thủ tục: Cấp lại thẻ căn cước .*\(mã 2\.001194\)/);
    expect(await reply.locator('.mc-text').textContent()).toContain('Lệ phí 70.000 đồng');
    // Both methods cost the same: one line in the fee card.
    expect(await reply.locator('.mc-card h3').allTextContents()).toEqual(['Lệ phí']);
    expect(await reply.locator('.mc-method h4').allTextContents()).toEqual(['Nộp trực tuyến hoặc trực tiếp']);
    expect(await reply.locator('.mc-fee').allTextContents()).toEqual(['Lệ phí 70.000 đồng']);
    // The source address in the text is a short link; no second link repeats it.
    const source = reply.locator('.mc-text a');
    expect(await source.getAttribute('href')).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
    expect(await source.textContent()).toBe('dichvucong.gov.vn (mở thẻ mới)');
    expect(await reply.locator('.mc-cite').count()).toBe(0);
    expect(await page.locator('.mc-citizen').first().textContent()).toContain('lam lai can cuoc');
    await expect.poll(() => page.locator('.mc-status').getAttribute('data-state')).toBe('connected');
    await screenshot(page, 'chat-phone.png', 'docs/screenshots/chat-phone.png');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });

  it('picks a numbered choice with a large button, and restores the conversation on reload', async () => {
    const page = await openPage(768, 1024);
    await ask(page, 'lam can cuoc het bao nhieu tien');
    // The numbered lines of the text are left to the buttons.
    expect(await lastReply(page).locator('.mc-text').textContent()).toBe('Bạn muốn hỏi thủ tục nào? Bạn chọn một số:');
    const choices = lastReply(page).locator('.mc-choice');
    expect(await choices.count()).toBeGreaterThanOrEqual(2);
    const labels = await choices.allTextContents();
    labels.forEach((label, i) => expect(label).toMatch(new RegExp(`^${i + 1}\\S`)));
    expect(labels.join(' ')).toMatch(/căn cước/);
    const last = choices.last();
    expect((await last.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const n = labels.length;
    const label = labels[n - 1]!.slice(String(n).length);
    const replies = await page.locator('.mc-assistant').count();
    await last.click();
    await page.locator('.mc-assistant').nth(replies).waitFor();
    // The citizen's bubble shows the choice; the answer is that procedure's, and still about the fee.
    expect(await page.locator('.mc-citizen').last().textContent()).toContain(`${n}. ${label}`);
    expect(await lastReply(page).locator('.mc-text').textContent()).toContain(`Thủ tục: ${label}`);
    const fee = (await lastReply(page).locator('.mc-fee').first().textContent())!;
    expect(fee).toMatch(/\d đồng|Miễn phí/);
    await screenshot(page, 'chat-tablet-choice.png');

    const shown = await page.locator('.mc-msg:not(.mc-welcome)').count();
    expect(shown).toBe(4);
    await page.reload();
    await page.locator('.mc-msg').nth(shown - 1).waitFor();
    expect(await page.locator('.mc-msg').count()).toBe(shown);
    expect(await page.locator('.mc-starter').count()).toBe(0);
    expect(await page.locator('.mc-citizen').last().textContent()).toContain(`${n}. ${label}`);
    expect(await lastReply(page).locator('.mc-fee').first().textContent()).toBe(fee);
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
    // Large text also asks for plain-language answers: the portal address gives way to a link button.
    await ask(page, 'dang ky tam tru het bao nhieu tien');
    const reply = lastReply(page);
    expect(await reply.locator('.mc-fee').allTextContents()).toEqual(['Lệ phí 7.000 đồng', 'Lệ phí 10.000 đồng']);
    expect(await reply.locator('.mc-text').textContent()).toContain('Bạn có muốn tôi gửi danh sách giấy tờ');
    expect(await reply.locator('.mc-cite a').textContent()).toContain('Xem thủ tục 1.004194 trên Cổng Dịch vụ công quốc gia');
    await screenshot(page, 'chat-desktop-large-text.png');
    await page.context().close();
  });

  it('works with the keyboard alone: Tab to a starter, a choice, then type with Shift+Enter for a new line', async () => {
    const page = await openPage(1280, 800);
    const focusedClass = () =>
      page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.className ?? '';
      });
    const tabTo = async (cls: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if ((await focusedClass()).split(' ').includes(cls)) return;
      }
      throw new Error(`Tab never reached .${cls}`);
    };

    // The first starter is "Làm căn cước": several procedures to choose from.
    await tabTo('mc-starter');
    await page.keyboard.press('Enter');
    await page.locator('.mc-assistant:not(.mc-welcome)').first().waitFor();
    expect(await lastReply(page).locator('.mc-choice').count()).toBeGreaterThanOrEqual(2);

    await tabTo('mc-choice');
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return { ring: el ? getComputedStyle(el).outlineStyle : 'none', label: el?.lastChild?.textContent ?? '' };
    });
    expect(focused.ring).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.locator('.mc-assistant:not(.mc-welcome)').nth(1).waitFor();
    const chosen = await lastReply(page).locator('.mc-text').textContent();
    expect(chosen).toContain(`Thủ tục: ${focused.label}`);
    const code = /\(mã ([\d.]+)\)/.exec(chosen!)![1]!;

    await tabTo('mc-input');
    await page.keyboard.type('le phi');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('bao nhieu tien');
    expect(await page.locator('.mc-input').inputValue()).toBe('le phi\nbao nhieu tien');
    await page.keyboard.press('Enter');
    await page.locator('.mc-assistant:not(.mc-welcome)').nth(2).waitFor();
    expect(await page.locator('.mc-input').inputValue()).toBe('');
    // A follow-up about the procedure just chosen.
    expect(await lastReply(page).locator('.mc-text').textContent()).toContain(`mã ${code}`);
    expect(await lastReply(page).locator('.mc-fee').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('has no serious or critical axe violations, before and after a conversation', async () => {
    const page = await openPage(360, 740);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ask(page, 'dang ky khai sinh can giay to gi');
    expect(await lastReply(page).locator('.mc-check input[type=checkbox]').count()).toBeGreaterThan(2);
    // Short checklist names; the official wording of a document opens on request.
    const full = lastReply(page).locator('.mc-doc-full').first();
    expect(await full.locator('p').isVisible()).toBe(false);
    await full.locator('summary').click();
    expect(await full.locator('p').isVisible()).toBe(true);
    expect((await full.locator('p').textContent())?.length).toBeGreaterThan((await lastReply(page).locator('.mc-doc-name').first().textContent())?.length ?? 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
