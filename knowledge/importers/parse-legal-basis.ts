import type { LegalBasis } from '../model/procedure.ts';
import { cleanLine, cleanRaw } from './clean-text.ts';

/**
 * can_cu_phap_ly: "Tên văn bản pháp lýMã văn bản", then title + code pairs run together:
 * "Luật Cư trú 202068/2020/QH14Thông tư 57/2021/TT-BCA57/2021/TT-BCA…". A code cell is a
 * document number followed directly by the next title (or the end); codes quoted inside a
 * title are followed by a space, punctuation or by the code cell itself.
 */

export const LEGAL_HEADER = 'Tên văn bản pháp lýMã văn bản';
// Number/year/issuer, e.g. 68/2020/QH14, 66.7/2025/NQ-CP, 09/2023/QĐ-TTg, 54/2025/TT-BCA.
const CODE = /(\d+(?:\.\d+)?)\/(\d{4})\/((?:TTg|[A-ZĐ]+\d*)(?:-(?:TTg|[A-ZĐ]+\d*))*)/g;
const YEAR_PREFIX = /^(19|20)\d\d/;
const TITLE_START = /^(?:Luật|Nghị|Thông|Quyết|Quy|Hướng|Về|Sửa|Bộ|Pháp|Chỉ|Văn|Công|Hiến|Lệnh|Ban|Danh)/;

type CodeMatch = { start: number; end: number; code: string };

export function parseLegalBasis(field: string): LegalBasis[] {
  const raw = cleanRaw(field);
  const at = raw.indexOf(LEGAL_HEADER);
  const text = at >= 0 ? raw.slice(at + LEGAL_HEADER.length) : raw;
  const items: LegalBasis[] = [];
  let titleStart = 0;
  for (const match of codeCells(text)) {
    const title = cleanLine(text.slice(titleStart, match.start));
    if (title.length > 0) items.push({ code: match.code, title });
    titleStart = match.end;
  }
  const rest = cleanLine(text.slice(titleStart));
  if (rest.length > 0) items.push({ code: null, title: rest });
  return items;
}

function codeCells(text: string): CodeMatch[] {
  const cells: CodeMatch[] = [];
  CODE.lastIndex = 0;
  for (let found = CODE.exec(text); found; found = CODE.exec(text)) {
    const match = adjust(text, found);
    CODE.lastIndex = match.end;
    if (isCell(text, match.end)) cells.push(match);
  }
  return cells;
}

/** Fix the greedy edges: a year glued before the number, a title letter or code digits after. */
function adjust(text: string, found: RegExpExecArray): CodeMatch {
  let start = found.index;
  let number = found[1] ?? '';
  // "năm 202344/2023/…": the title ends with a year, the number is what follows it.
  if (number.length > 4 && YEAR_PREFIX.test(number)) {
    start += 4;
    number = number.slice(4);
  }
  let issuer = found[3] ?? '';
  let end = found.index + found[0].length;
  // "TT-BCA57/2021/…": digits that open the next code do not belong to this issuer.
  const digits = /\d+$/.exec(issuer)?.[0] ?? '';
  if (digits && /^(?:\.\d+)?\/\d{4}\//.test(text.slice(end))) {
    issuer = issuer.slice(0, -digits.length);
    end -= digits.length;
  }
  // "TT-BCALuật", "NĐ-CPSỬA ĐỔI": the last capital starts the next title. "TT-BCAngày" is
  // a code quoted inside a title ("…53/2025/TT-BCAngày 01/7/2025…") and stays whole.
  const next = text.slice(end, end + 1);
  const startsTitle = TITLE_START.test(text.slice(end - 1, end + 12));
  if ((/\p{Ll}/u.test(next) && startsTitle) || (/\p{Lu}/u.test(next) && next.charCodeAt(0) > 0x7f)) {
    issuer = issuer.slice(0, -1);
    end -= 1;
  }
  return { start, end, code: `${number}/${found[2] ?? ''}/${issuer}` };
}

function isCell(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.slice(end, end + 1);
  // A quoted code is followed by a space, punctuation or the code cell (a digit).
  return !/[\s,.;:)\]/\d-]|\p{Ll}/u.test(next);
}
