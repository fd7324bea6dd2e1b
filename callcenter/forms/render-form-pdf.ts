import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { PDFDocument, rgb, TextAlignment, type PDFFont, type PDFPage } from 'pdf-lib';
import type { FormDefinition } from './form-definition.ts';

const PAGE: [number, number] = [595.28, 841.89]; // A4
const FIELD_SIZE = 10;
const LINE = 14;

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;
/** DejaVu Sans covers every Vietnamese letter; the standard PDF fonts cannot encode "ă" or "ơ". */
function loadFonts() {
  const folder = `${dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'))}/ttf`;
  fonts ??= Promise.all([readFile(`${folder}/DejaVuSans.ttf`), readFile(`${folder}/DejaVuSans-Bold.ttf`)]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

function drawText(page: PDFPage, text: string, options: { x: number; y: number; size: number; font: PDFFont; align: 'left' | 'center' | 'right' }) {
  text.split('\n').forEach((line, i) => {
    const width = options.font.widthOfTextAtSize(line, options.size);
    const x = options.align === 'center' ? options.x - width / 2 : options.align === 'right' ? options.x - width : options.x;
    page.drawText(line, { x, y: PAGE[1] - options.y - i * options.size * 1.3, size: options.size, font: options.font, color: rgb(0, 0, 0) });
  });
}

/**
 * The form as the official template lays it out: heading, title, numbered labels, and one
 * AcroForm text field per value (named by the field key, so the citizen or a reader can still
 * correct it), with appearances drawn in DejaVu Sans after every value is set (pdf-lib #661).
 */
export async function renderFormPdf(form: FormDefinition, values: Record<string, string>, options: { title?: string } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(options.title ?? `${form.name} (${form.template})`);
  pdf.setLanguage('vi-VN');
  pdf.setCreator('Một Cửa');
  const bytes = await loadFonts();
  const regular = await pdf.embedFont(bytes.regular, { subset: true });
  const bold = await pdf.embedFont(bytes.bold, { subset: true });
  const pages = Array.from({ length: form.pages }, () => pdf.addPage(PAGE));
  const acro = pdf.getForm();

  for (const s of form.statics) drawText(pages[s.page]!, s.text, { x: s.x, y: s.y, size: s.size, font: s.bold ? bold : regular, align: s.align });
  for (const l of form.lines) pages[l.page]!.drawLine({ start: { x: l.x1, y: PAGE[1] - l.y1 }, end: { x: l.x2, y: PAGE[1] - l.y2 }, thickness: 0.6 });

  for (const field of form.fields) {
    const { at } = field;
    const page = pages[at.page]!;
    if (field.label) drawText(page, field.label, { x: at.x, y: at.y, size: FIELD_SIZE, font: regular, align: 'left' });
    const start = at.centred ? at.x - (at.right - at.x) : field.label ? at.x + regular.widthOfTextAtSize(field.label, FIELD_SIZE) + 4 : at.x;
    const width = Math.max(20, at.right - start);
    // A multi-line value starts on the line under its label.
    const multi = at.lines > 1;
    const boxX = multi ? at.x : start;
    const firstY = multi ? at.y + LINE : at.y;
    for (let i = 0; i < at.lines; i++) {
      const y = PAGE[1] - firstY - 2 - i * LINE;
      if (!at.centred) page.drawLine({ start: { x: boxX, y }, end: { x: at.right, y }, thickness: 0.7, dashArray: [1, 1.5], color: rgb(0.3, 0.3, 0.3) });
    }
    const text = acro.createTextField(field.key);
    if (multi) text.enableMultiline();
    if (at.centred) text.setAlignment(TextAlignment.Center);
    text.setText(values[field.key] ?? '');
    const bottom = PAGE[1] - firstY - 3 - (at.lines - 1) * LINE;
    text.addToPage(page, { x: boxX, y: bottom, width: multi ? at.right - at.x : width, height: LINE * at.lines, font: regular, borderWidth: 0 });
    text.setFontSize(FIELD_SIZE);
  }
  acro.updateFieldAppearances(regular);
  return pdf.save();
}
