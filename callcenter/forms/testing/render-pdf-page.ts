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
  // The drawing runs as the page's own module script (a function passed to evaluate would be rewritten by the test transform).
  const html = `<!doctype html><html lang="vi"><body style="margin:0;background:#888"><canvas id="c"></canvas><script type="module">
    import * as pdfjs from '/pdf.mjs';
    pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
    const doc = await pdfjs.getDocument('/form.pdf').promise;
    const p = await doc.getPage(1);
    const viewport = p.getViewport({ scale: 1.5 });
    const canvas = document.getElementById('c');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await p.render({ canvas, canvasContext: canvas.getContext('2d'), viewport, annotationMode: pdfjs.AnnotationMode.ENABLE }).promise;
    document.body.dataset.done = '1';
  </script></body></html>`;
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
    if (path === '/form.pdf') return route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) });
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(`${build}${path}`) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator('body[data-done="1"]').waitFor({ timeout: 60_000 });
  await page.locator('#c').screenshot({ path: pngPath });
  await context.close();
}
