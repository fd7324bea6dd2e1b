/**
 * Form file names (mẫu đơn, tờ khai) sit between a document's name and its quantity, glued to
 * both: "…theo Thông tư số 53/2025/TT-BCA);1.MuCT01banhnhkmtheoThngts53.doc1 bản chính".
 * Several may follow each other ("Mau38.docxMau40.docx"). The start of the first one is found
 * from the first extension backwards: the nearest punctuation with no space after it, or the
 * nearest form-like word ("Mẫu", "Mau", "Phụ lục", "PL", "TK") glued to the name.
 */

// Not case-insensitive: the lookahead "no lowercase letter next" must not reject "Mau38.docxMau40".
const EXTENSIONS = 'docx|doc|pdf|xlsx|xls|odt|rtf|zip|rar|DOCX|DOC|PDF|XLSX|XLS';
const TRAILING_FORMS = new RegExp(`\\.(?:${EXTENSIONS})$`);
const ONE_FORM = new RegExp(`[^]*?\\.(?:${EXTENSIONS})(?![a-z])`, 'g');
const MAX_FORM_RUN = 400;
// "." after a digit ("3.1", "1.MuCT01") and ")" before punctuation ("(1).doc") are not boundaries.
const PUNCT_BOUNDARY = /(?<!\d)\.(?=[^\s.])|[;:)”"\]](?=[^\s.,;:)])/g;
const GLUED_FORM_WORD = /(?<=[^\s(])(?=Mẫu|Mau|Phụ lục|Phu luc|Phlc|PL\d|TK\s?\d|Biểu mẫu)/g;
const SENTENCE_BREAK = /[.;:] /;

export type NameAndForms = { name: string; forms: string[] };

export function splitForms(segment: string): NameAndForms {
  const text = segment.trimEnd();
  if (!TRAILING_FORMS.test(text)) return { name: text, forms: [] };
  const firstExt = new RegExp(`\\.(?:${EXTENSIONS})(?![a-z])`).exec(text);
  if (!firstExt) return { name: text, forms: [] };
  const start = formStart(text, firstExt.index);
  const forms = (text.slice(start).match(ONE_FORM) ?? []).map((form) => form.trim()).filter((form) => form.length > 0);
  return { name: text.slice(0, start).trim(), forms };
}

function formStart(text: string, firstExtAt: number): number {
  const from = Math.max(0, firstExtAt - MAX_FORM_RUN);
  const window = text.slice(from, firstExtAt);
  const candidates = [...boundaries(window, PUNCT_BOUNDARY, 1), ...boundaries(window, GLUED_FORM_WORD, 0)]
    .filter((at) => !SENTENCE_BREAK.test(window.slice(at)))
    .sort((a, b) => b - a);
  const nearest = candidates[0];
  if (nearest !== undefined) return from + nearest;
  // No boundary: the form is the last word before its extension.
  const space = window.lastIndexOf(' ');
  return space >= 0 ? from + space + 1 : from;
}

function boundaries(text: string, pattern: RegExp, offset: number): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match.index + offset);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}
