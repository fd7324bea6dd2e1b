import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSummaries } from './baseline-diff.ts';
import { resultsFixture } from './results.fixture.ts';
import { writeReport } from './write-report.ts';

const CHROMIUM = '/usr/bin/chromium';
/** The screenshot is kept for people (and CI artifacts) to look at. */
const SCREENSHOT = new URL('../../test-artifacts/evals/report.png', import.meta.url);
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') throw new Error(`The report e2e test needs Chromium at ${CHROMIUM} in CI.`);
if (!hasChromium) console.warn(`Skipping the report e2e test: no Chromium at ${CHROMIUM}.`);

/** Opens the written report in headless Chromium, offline, and checks that every chart drew. */
describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eval-report-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('renders its charts offline and a screenshot shows them', async () => {
    const results = resultsFixture();
    const paths = await writeReport(dir, results, diffSummaries(results.summary, results.summary));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      await page.goto(pathToFileURL(paths.html).href);
      await page.waitForFunction(() => (window as unknown as { __chartsRendered?: number }).__chartsRendered !== undefined);

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __chartsRendered: number }).__chartsRendered)).toBe(3);
      // Each canvas must hold drawn pixels, not just exist.
      const painted = await page.$$eval('canvas', (canvases) =>
        canvases.map((canvas) => {
          const { data } = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
          let inked = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked++;
          return inked;
        }),
      );
      expect(painted).toHaveLength(3);
      for (const inked of painted) expect(inked).toBeGreaterThan(1000);
      const screenshot = await page.screenshot({ path: SCREENSHOT.pathname, fullPage: true });
      expect(screenshot.length).toBeGreaterThan(20_000);
      expect(await page.locator('#confusion td').count()).toBe(16);
    } finally {
      await browser.close();
    }
  });
});
