import type { ProcedureResult } from '../model/procedure.ts';
import { cleanLine, cleanRaw } from './clean-text.ts';

/**
 * ket_qua_xu_ly: "<result name>Mã: KQ.G01.000064" repeated, then the portal page furniture
 * ("Từ khóa…Mô tả…Chọn cơ quan thực hiện…Nộp hồ sơ") which is dropped.
 */

const FURNITURE = /Từ khóa(?:Không có thông tin)?Mô tả|Chọn cơ quan thực hiện/;
// KQ.G01.000064, 000.00.00.G01-KQ003617, KQ-G01.000123: ends with a digit.
const CODE = /Mã:\s*((?:[A-Z0-9]+[.\-_])*[A-Z0-9]*\d)(?!\d)/g;

/** The official results text without the furniture. */
export function resultsText(field: string): string {
  const text = cleanRaw(field);
  const cut = FURNITURE.exec(text);
  return cleanLine(cut ? text.slice(0, cut.index) : text);
}

export function parseResults(field: string): ProcedureResult[] {
  const text = resultsText(field);
  const results: ProcedureResult[] = [];
  let nameStart = 0;
  CODE.lastIndex = 0;
  for (let match = CODE.exec(text); match; match = CODE.exec(text)) {
    const name = cleanLine(text.slice(nameStart, match.index));
    if (name.length > 0) results.push({ name, code: match[1] ?? null });
    nameStart = match.index + match[0].length;
  }
  const rest = cleanLine(text.slice(nameStart));
  if (rest.length > 0) results.push({ name: rest, code: null });
  return results;
}
