import type { Procedure } from '../../knowledge/index.ts';
import type { Aspect, Choice } from '../reply.ts';

/**
 * Headings the portal also puts over document groups that are not alternatives: a note, or one part
 * of a single dossier ("Giấy tờ phải nộp" beside "Giấy tờ phải xuất trình"). A citizen cannot
 * choose between them, so they are never offered as "your case".
 */
const NOT_A_CASE = /^(?:lưu ý|ghi chú|chú ý|giấy tờ phải|các giấy tờ phải|xuất trình|thành phần hồ sơ|bao gồm)/iu;

/** The portal's bullet before a heading ("* ", "- "). */
const BULLET = /^[\s*•+\-–]+/u;

/** The heading without its bullet or numbering ("* Lưu ý:", "a) Thành phần hồ sơ", "(1.1) Đối với …"). */
const bare = (label: string): string => label.replace(BULLET, '').replace(/^\(?[\da-z](?:\.\d+)*[).]\s*/iu, '');

function isAlternative<T extends { case: string | null }>(documentCase: T): documentCase is T & { case: string } {
  return documentCase.case !== null && !NOT_A_CASE.test(bare(documentCase.case));
}

/** Plain-language mode asks the citizen's case first when the documents differ by case. */
export function needsCaseQuestion(elderly: boolean, procedure: Procedure, caseLabel: string | null, aspects: readonly Aspect[]): boolean {
  if (!elderly || caseLabel !== null) return false;
  if (aspects[0] !== 'documents' && aspects[0] !== 'overview') return false;
  const labelled = procedure.documentCases.filter(isAlternative);
  const general = procedure.documentCases.some((c) => c.case === null && c.documents.length > 0);
  return !general && labelled.length >= 2;
}

/**
 * "Đăng ký thường trú vào nhà người thân" → "Vào nhà người thân": the procedure is already named.
 * The heading's bullet and closing colon ("* Trường hợp ủy quyền:") are the portal's layout, not words to read out.
 */
function shortCaseLabel(label: string, procedureName: string): string {
  const heading = label.replace(BULLET, '').replace(/[\s:]+$/u, '');
  if (!heading.toLowerCase().startsWith(procedureName.toLowerCase())) return heading;
  const rest = heading.slice(procedureName.length).trim();
  return rest === '' ? heading : rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function caseChoices(procedure: Procedure): Choice[] {
  return procedure.documentCases
    .filter(isAlternative)
    .slice(0, 4)
    .map((c, i) => ({ n: i + 1, label: shortCaseLabel(c.case, procedure.name), value: c.case }));
}
