import { DOCUMENTS_HEADER } from './parse-documents.ts';

/**
 * The crawler cut the page into fields at the first "Thành phần hồ sơ" it met, so when the steps
 * quote that phrase ("theo quy định tại mục 5.3 (Thành phần hồ sơ)") the steps are truncated and
 * the documents field holds the rest of the steps (about 1% of records). The page text
 * (raw_text) still has the sections in order: Trình Tự Thực Hiện, Cách Thức Thực Hiện,
 * Thành phần hồ sơ, Căn cứ pháp lý. When the documents field lacks its table header but the
 * page's documents section has it, both sections are taken from the page instead.
 */

const STEPS = 'Trình Tự Thực Hiện';
const METHODS = 'Cách Thức Thực Hiện';
const DOCUMENTS = 'Thành phần hồ sơ';
const LEGAL = 'Căn cứ pháp lý';

export type StepsAndDocuments = { steps: string; documents: string; repaired: boolean };

export function repairSections(steps: string, documents: string, rawText: string): StepsAndDocuments {
  const unchanged = { steps, documents, repaired: false };
  if (documents.includes(DOCUMENTS_HEADER) || !rawText) return unchanged;
  const stepsAt = rawText.indexOf(STEPS);
  const methodsAt = rawText.indexOf(METHODS, stepsAt);
  const documentsAt = rawText.indexOf(DOCUMENTS, methodsAt);
  const legalAt = rawText.indexOf(LEGAL, documentsAt);
  if (stepsAt < 0 || methodsAt < 0 || documentsAt < 0 || legalAt < 0) return unchanged;
  const pageDocuments = rawText.slice(documentsAt + DOCUMENTS.length, legalAt);
  if (!pageDocuments.includes(DOCUMENTS_HEADER)) return unchanged;
  return { steps: rawText.slice(stepsAt + STEPS.length, methodsAt), documents: pageDocuments, repaired: true };
}
