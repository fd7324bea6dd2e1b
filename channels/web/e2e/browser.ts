import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

/** Debian's Chromium drives the end-to-end tests; without it they skip, except under CI=true. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const requireBrowser = process.env.CI === 'true' || process.env.CI === '1';
export const skipReason = `No Chromium at ${CHROMIUM_PATH}: skipping the web channel's browser tests (install chromium or set CHROMIUM_PATH; under CI=true this is a failure).`;

/** A suite that runs in Chromium: skipped with a warning where there is none, failed under CI. */
export function describeInChromium(name: string, suite: () => void): void {
  if (hasChromium) {
    describe(name, suite);
  } else if (!requireBrowser) {
    console.warn(skipReason);
    describe.skip(name, suite);
  } else {
    describe(name, () => {
      it('has Chromium', () => {
        throw new Error(skipReason);
      });
    });
  }
}

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function screenshot(page: Page, name: string, alsoTo?: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  await page.screenshot({ path: file, fullPage: false });
  if (alsoTo) {
    const target = path.join(repoRoot, alsoTo);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file, target);
  }
  return file;
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core in the page; returns serious and critical violations (shadow DOM included). */
export async function seriousAxeViolations(page: Page): Promise<AxeResult['violations']> {
  // Evaluated over CDP rather than added as a <script>, which the page's CSP rightly refuses.
  // A host page's AMD `define` must not capture axe either, so it is shadowed.
  const source = await readFile(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`(function (define) {\n${source}\n}).call(window, undefined)`);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
