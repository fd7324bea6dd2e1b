import type { DocumentCase, ProcedureDocument } from '../model/procedure.ts';
import { cleanLine, cleanRaw } from './clean-text.ts';
import { findQuantities } from './find-quantities.ts';
import { splitForms } from './split-forms.ts';

/**
 * thanh_phan_ho_so: one or more cases, each "<case label>Tên giấy tờMẫu đơn, tờ khaiSố lượng"
 * followed by documents "<name>[form files]<quantity>". The label of the general list is "--"
 * or empty (case null). Text after the last quantity of a section is the next case's label;
 * after the last section it is a final document without a stated quantity.
 */

export const DOCUMENTS_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
const HAS_TEXT = /[\p{L}\p{N}]/u;

export function parseDocumentCases(field: string): DocumentCase[] {
  const text = cleanRaw(field);
  const sections = text.split(DOCUMENTS_HEADER);
  if (sections.length < 2) return [];
  const cases: DocumentCase[] = [];
  let label = caseLabel(sections[0] ?? '');
  for (let i = 1; i < sections.length; i++) {
    const section = sections[i] ?? '';
    const isLast = i === sections.length - 1;
    const quantities = findQuantities(section);
    const documents: ProcedureDocument[] = [];
    let nameStart = 0;
    for (const quantity of quantities) {
      const document = toDocument(section.slice(nameStart, quantity.start), quantity);
      if (document) documents.push(document);
      nameStart = quantity.end;
    }
    const tail = section.slice(nameStart);
    if (isLast) {
      const document = toDocument(tail, null);
      if (document) documents.push(document);
    }
    cases.push({ case: label, documents });
    label = isLast ? null : caseLabel(tail);
  }
  return cases;
}

function caseLabel(text: string): string | null {
  const label = cleanLine(text).replace(/^-+$/, '');
  return HAS_TEXT.test(label) ? label : null;
}

type QuantityFields = { originals: number; copies: number; text: string };

function toDocument(segment: string, quantity: QuantityFields | null): ProcedureDocument | null {
  const { name, forms } = splitForms(segment);
  const cleanName = cleanLine(name);
  if (!HAS_TEXT.test(cleanName)) return null;
  return {
    name: cleanName,
    originals: quantity ? quantity.originals : null,
    copies: quantity ? quantity.copies : null,
    quantityText: quantity ? quantity.text : '',
    forms: forms.map((form) => cleanLine(form)),
  };
}
