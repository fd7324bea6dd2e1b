import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';

const ORIGIN = 'http://pdf-render.local';

/**
 * Draws the first page of a PDF as the citizen's viewer would (pdf.js in Chromium, the fonts the
 * PDF embeds) and saves it as a PNG: the README's picture of a pre-filled form.
 */
export async function renderPdfPage(browser: Browser, pdf: Uint8Array, pngPath: string): Promise<void> {
  const build = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/legacy/build`;
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="vi"><body style="margin:0;background:#888"><canvas id="c"></canvas></body></html>' });
    if (path === '/form.pdf') return route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) });
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(`${build}${path}`) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(async (origin) => {
    const pdfjs = (await import(`${origin}/pdf.mjs`)) as typeof import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = `${origin}/pdf.worker.mjs`;
    const doc = await pdfjs.getDocument(`${origin}/form.pdf`).promise;
    const p = await doc.getPage(1);
    const viewport = p.getViewport({ scale: 1.5 });
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await p.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, annotationMode: pdfjs.AnnotationMode.ENABLE }).promise;
  }, ORIGIN);
  await page.locator('#c').screenshot({ path: pngPath });
  await context.close();
}
