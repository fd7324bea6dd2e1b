import type { DocumentCase, ProcedureDocument } from '../../knowledge/index.ts';
import type { ReplySections } from '../reply.ts';
import { foldText } from '../understand/fold.ts';
import { shorten, type Block, type ComposeContext } from './block.ts';
import { shortDocumentsBlock } from './documents-checklist.ts';
import { sentence, speakableName } from './speakable.ts';
import { T } from './strings.ts';

const MAX_SPOKEN_ITEMS = 6;
/** Plain-language mode keeps each document to its first clause. */
const ELDERLY_NAME_CHARS = 80;

const PLAIN_COUNT = /^(\d+ ban (chinh|sao) ?)+$/;

/**
 * "1 bản chính, 1 bản sao" from the parsed counts; the official wording when it says more than a
 * count ("Xuất trình bản chính", "Khi được yêu cầu") or when the counts are unknown.
 */
export function quantity(doc: ProcedureDocument): string {
  const official = doc.quantityText.trim();
  if ((doc.originals === null && doc.copies === null) || (official !== '' && !PLAIN_COUNT.test(foldText(official)))) return official;
  const parts: string[] = [];
  if (doc.originals) parts.push(T.originals(doc.originals));
  if (doc.copies) parts.push(T.copies(doc.copies));
  return parts.join(', ');
}

/** Form codes such as CT01, DC02, TK1: a file named after one is the form the document already names. */
const FORM_CODE = /[A-Z]{1,4}\d{1,3}/g;

function formsNotNamed(doc: ProcedureDocument): string[] {
  const name = doc.name.toLowerCase();
  return doc.forms.filter((f) => {
    if (name.includes(f.replace(/\.\w+$/, '').toLowerCase())) return false;
    return !(f.match(FORM_CODE) ?? []).some((code) => code.length >= 4 && doc.name.includes(code));
  });
}

/** Portal lists carry bullets and trailing colons ("* Hồ sơ đăng ký tạm trú gồm::"); they are not part of the words. */
export function cleanLabel(text: string): string {
  return text.replace(/^[\s*•+\-–]+/, '').replace(/[\s.;:,]+$/, '');
}

function itemLine(doc: ProcedureDocument, elderly: boolean): string {
  const details = [quantity(doc)];
  const forms = formsNotNamed(doc);
  if (forms.length > 0 && !elderly) details.push(T.formsOf(forms.join(', ')));
  const detail = details.filter((d) => d !== '').join('; ');
  const name = cleanLabel(elderly ? speakableName(doc.name, ELDERLY_NAME_CHARS) : doc.name);
  return detail ? `• ${name}: ${detail}` : `• ${name}`;
}

/** The cases to show: the citizen's own (plus the general list), or all of them. */
export function casesToShow(cases: readonly DocumentCase[], caseLabel: string | null, elderly = false): DocumentCase[] {
  const general = cases.filter((c) => c.case === null && c.documents.length > 0);
  // Plain-language mode keeps to the common list; special cases are only named.
  if (caseLabel === null && elderly && general.length > 0) return general;
  if (caseLabel === null) return [...cases];
  const chosen = cases.filter((c) => c.case === caseLabel || c.case === null);
  return chosen.length > 0 ? chosen : [...cases];
}

/** What to bring: a short checklist of essential names, or the record's full wording on request. */
export function documentsBlock(ctx: ComposeContext): Block {
  const { procedure, caseLabel, elderly } = ctx;
  const shown = casesToShow(procedure.documentCases, caseLabel, elderly).filter((c) => c.documents.length > 0);
  const unshown = procedure.documentCases.filter((c) => c.case !== null && !shown.includes(c)).map((c) => c.case as string);
  const docs = shown.flatMap((c) => c.documents);
  if (docs.length === 0) {
    const quote = shorten(procedure.documentsText, ctx.detail ? 3000 : 700);
    const shortened = !ctx.detail && quote.endsWith('…');
    return { lines: [T.documentsNone, `“${quote}”`], speech: [T.documentsNone, sentence(speakableName(quote, 300))], sms: [quote], shortened };
  }
  if (!ctx.detail) {
    const short = shortDocumentsBlock(ctx, shown, unshown);
    if (short) return short;
  }
  const labelled = shown.filter((c) => c.case !== null);
  const grouped = labelled.length > 1;
  const lines: string[] = [];
  if (ctx.caseNotInRecord) lines.push(T.noCaseForCue);
  if (caseLabel !== null && labelled.length === 1) lines.push(T.documentsForCase(caseLabel));
  else lines.push(grouped ? T.documentsDependOnCase : T.documentsTitle);
  for (const c of shown) {
    if (grouped) lines.push(c.case === null ? T.generalHeading : T.caseHeading(cleanLabel(c.case)));
    for (const doc of c.documents) lines.push(itemLine(doc, elderly));
  }
  if (caseLabel === null && unshown.length > 0) lines.push(T.otherCases(unshown.join('; ')));
  const unique = [...new Map(docs.map((d) => [d.name, d])).values()];
  const spoken = unique.slice(0, MAX_SPOKEN_ITEMS).map((d) => sentence(speakableName(d.name)));
  const sections: ReplySections = {
    documents: shown.map((c) => ({
      case: c.case,
      items: c.documents.map((d) => ({ name: d.name, originals: d.originals, copies: d.copies, quantityText: d.quantityText, forms: d.forms })),
    })),
  };
  return {
    lines,
    speech: [T.documentsSpeech, ...spoken],
    sms: [`${T.documentsTitle} ${unique.map((d) => speakableName(d.name, 70)).join('; ')}`],
    sections,
  };
}
