import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveRealApp, type ServedChannel } from '../testing/serve.ts';
import { describeInChromium, launchBrowser, screenshot, seriousAxeViolations } from './browser.ts';
import { serveHostilePortal } from './hostile-host.ts';

describeInChromium('widget embedded in a hostile portal page', () => {
  let served: ServedChannel;
  let portal: Awaited<ReturnType<typeof serveHostilePortal>>;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveRealApp();
    portal = await serveHostilePortal(served.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await served?.close();
  });

  it('renders readable, isolated from the host CSS and scripts, and answers across origins', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(portal.url);
    const launcher = page.getByRole('button', { name: /Mở trò chuyện/ });
    await launcher.waitFor();
    const box = (await launcher.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeGreaterThan(1200);
    await launcher.click();

    const input = page.locator('.mc-input');
    expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    expect(await page.locator('.mc-root').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await input.fill('lam lai can cuoc mat bao nhieu tien');
    await input.press('Enter');
    const reply = page.locator('.mc-assistant:not(.mc-welcome)').first();
    await reply.waitFor();
    expect(await reply.locator('.mc-text').textContent()).toContain('(mã 2.001194)');
    expect(await reply.locator('.mc-fee').allTextContents()).toEqual(['Lệ phí 70.000 đồng']);
    expect(await reply.locator('.mc-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    // The host's framework kept running, and the widget answered through it all.
    expect(await page.locator('#app').textContent()).toMatch(/lần vẽ \d+/);
    expect(errors).toEqual([]);
    expect(await seriousAxeViolations(page).then((v) => v.filter((x) => JSON.stringify(x.nodes).includes('mot-cua-widget')))).toEqual([]);
    await screenshot(page, 'widget-hostile-host.png');

    await page.keyboard.press('Escape');
    expect(await launcher.isVisible()).toBe(true);
    await page.close();
  });

  it('fills a phone screen and keeps its conversation across page loads', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    await page.goto(portal.url);
    await page.getByRole('button', { name: /Mở trò chuyện/ }).click();
    await page.locator('.mc-starter').first().click();
    await page.locator('.mc-assistant:not(.mc-welcome)').first().waitFor();
    const panel = (await page.locator('.mc-root').boundingBox())!;
    expect(panel.width).toBe(360);
    await screenshot(page, 'widget-phone.png');
    await page.reload();
    await page.getByRole('button', { name: /Mở trò chuyện/ }).click();
    await page.locator('.mc-assistant:not(.mc-welcome)').first().waitFor();
    expect(await page.locator('.mc-citizen').count()).toBe(1);
    await page.close();
  });
});
