import { PDFDocument } from 'pdf-lib';

/** What a reader of the PDF finds: the form's field values (AcroForm) and the page's visible text (pdf.js). */
export async function readPdf(bytes: Uint8Array): Promise<{ fields: Record<string, string>; text: string; title: string | undefined }> {
  const pdf = await PDFDocument.load(bytes);
  const fields = Object.fromEntries(pdf.getForm().getFields().map((f) => [f.getName(), (f as unknown as { getText(): string | undefined }).getText?.() ?? '']));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
    // Field values live in widget annotations' appearance streams.
    const annotations = (await page.getAnnotations()) as { fieldName?: string; fieldValue?: string }[];
    parts.push(annotations.map((a) => a.fieldValue ?? '').join(' '));
  }
  await doc.destroy();
  return { fields, text: parts.join('\n').normalize('NFC'), title: pdf.getTitle() };
}
