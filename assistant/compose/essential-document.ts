import { foldText } from '../understand/fold.ts';
import { shorten } from './block.ts';

/**
 * The essential name of a document as a citizen reads it on a checklist: "Tờ khai thay đổi thông
 * tin cư trú (mẫu CT01)" rather than the portal's paragraph. Only words of the record are used,
 * in their order; nothing is added but the form code moved next to the name and, when the record
 * says so, that the paper is not needed once the data is in a database.
 */
export interface EssentialDocument {
  /** Short name, or null when the item is a note rather than a paper to bring. */
  label: string | null;
  /** "nếu trẻ em bị bỏ rơi": when the record asks for the paper only in one situation. */
  condition: string | null;
  /** The record says the paper is not needed when its data is in a database, or a paper copy when an electronic one exists. */
  exemption: 'database' | 'electronic' | null;
}

const MAX_LABEL_CHARS = 100;
const MAX_CONDITION_CHARS = 70;

/** List furniture before a name: bullets, "(ii)", "a)", "3.2.", "A -". */
const FURNITURE = /^(?:[\s*•+\-–]+|\(?[ivx]{1,4}\)\s*|[a-zđ](?:\.\d+)?\)\s+|\d+(?:\.\d+)*[.)]\s+|[A-Z]\s+-\s+)+/u;
/** A note, not a paper: "Lưu ý", "Ví dụ", "Ghi chú". */
const NOTE = /^(lưu ý|ví dụ|ghi chú|chú ý)(?=[\s:.,-]|$)/iu;
/** "Trường hợp … thì không phải nộp …": an exemption, said in the full wording. */
const EXEMPTION = /^(?:trường hợp|nếu)\b.*\bthì\s+(?:không phải|không cần|chỉ cần|được)\b/iu;
/** Folded first words of something one brings or fills in. */
const PAPER_START =
  /^(giay|to khai|to trinh|van ban|ban sao|ban chup|ban chinh|ban ke|ban khai|ban cam|ban tu|ban dang|ban thuyet|ban ve|ban do|ban tom|don|so |ho chieu|the |quyet dinh|bien ban|hop dong|anh|phieu|chung chi|chung tu|chung nhan|thong bao|de nghi|danh sach|ho so|trich luc|bao cao|dieu le|ke khai|bang|hoa don|mau|tai lieu|thu |cam ket|du an|phuong an|ke hoach|nghi quyet|y kien|xac nhan|ban|cac giay|cac van ban|thong tin|hien vat|chuong trinh|de an|tep|file|cong van|lenh|ly lich|so yeu|nhat ky|trang|phieu|tai khoan|chi tiet|mot trong|01|02|03|1 |2 )/;
/** Folded first words of a sentence about someone or a situation, not a paper: a note. */
const NOTE_START = /^(truong hop|neu |khi |tru |nguoi |co quan|ca nhan|cong dan|can bo|cong chuc|viec |moi |tat ca|to chuc|doanh nghiep|don vi|uy ban|so luong|thoi han|thoi gian|doi voi|sau khi|truoc khi|trong thoi|cac truong hop|ho so (?:phai|duoc|nop|gui)|khong )/;
/** "Trường hợp X thì phải có Y", "Đối với X: Y": a paper asked only in one situation. */
const CONDITIONAL =
  /^(?:trường hợp|nếu|đối với)\s+(.{3,}?)(?:\s*,\s*|\s+)(?:thì\s+)?(?<!(?:không|đã|chưa|được)\s)(?:phải có|phải nộp thêm|phải nộp|phải kèm theo|phải gửi kèm|kèm theo|có thêm|nộp thêm|bổ sung|nộp|cần có|cần)\s+(.+)$/iu;
const FOR_WHOM = /^((?:đối với|trường hợp)\s+[^:;.]{3,90}):\s*(.+)$/iu;
/** "Thông tin … được khai thác … Trường hợp không khai thác được … thì công dân xuất trình Y". */
const DATA_OR_PAPER =
  /^thông tin\b.*?(?:trường hợp|nếu)\s+(?:không|chưa)\s[^.]*?thì\s+(?:[^.]{0,40}?\s)?(?:xuất trình|cung cấp|nộp|phải có)\s+(.+)$/isu;
/** The record says the paper is not needed once its data can be looked up. */
const NOT_NEEDED = /không (?:phải|cần) (?:nộp|xuất trình|tải lên|cung cấp)/iu;
const DATA_SOURCE = /cơ sở dữ liệu|khai thác|định danh|vneid/iu;
const ELECTRONIC = /bản điện tử/iu;
/** A bracket that says when the paper is needed: "(nếu nhờ người khác làm; …)", "(chỉ khi …)". */
const WHEN_IN_BRACKETS = /\(((?:nếu|chỉ khi|khi|trường hợp|đối với)\s[^();]{3,80})[;)]/iu;
/** Where a name's essential part ends: a new clause, a condition, a reference to the law. */
const CLAUSE_END =
  /;|\.\s|:\s|\s-\s|\s(?:trong trường hợp|trường hợp|trừ trường hợp|đối với trường hợp|theo quy định|theo mẫu quy định|ban hành kèm|quy định tại|để (?:chứng minh|làm)|nếu có|khi (?:nộp|làm))\b|,\s*(?:trường hợp|trừ|nếu|đối với|trong đó)\b/iu;
const FORM_IN_BRACKETS = /\((?:theo\s+)?(mẫu|mẫu số)\s+((?=[\p{L}\p{N}./-]*\d)[\p{L}\p{N}][\p{L}\p{N}./-]*?)(?=[\s),;])[^()]*\)/iu;
/** Words that cannot end a name: what followed them was cut. */
const DANGLING = /(?:\s+(?:đối với|của|và|hoặc|theo|về|cho|là|có|các|thuộc|tại|với|để|trong|do|từ))+$/iu;
/** "Hồ sơ … phải có Y": the paper is Y. */
const MUST_HAVE = /^(?:hồ sơ\s[^,;.]*?\s)?(?:phải có|phải kèm theo|gồm)\s+/iu;

export function stripFurniture(text: string): string {
  return text.replace(/\s+/g, ' ').replace(FURNITURE, '').trim();
}

function cutClause(text: string): string {
  const end = text.slice(12).search(CLAUSE_END);
  const cut = (end < 0 ? text : text.slice(0, end + 12)).replace(/[\s,;:.\-–]+$/, '');
  return cut.replace(DANGLING, '').trim();
}

/** At most `max` characters, cut at a word and marked "…" (never after a figure: see shorten). */
export function capWords(text: string, max: number): string {
  return shorten(text, max);
}

/** "Tờ khai … (Mẫu CT01 ban hành kèm theo …)" → "Tờ khai … (mẫu CT01)"; other brackets go. */
function essentialName(text: string): string {
  const form = text.match(FORM_IN_BRACKETS);
  const bare = form ? text.replace(FORM_IN_BRACKETS, ' ') : text;
  const plain = stripFurniture(bare.replace(/\s*\([^()]*\)/g, '').replace(/\s+([,;.])/g, '$1')).replace(MUST_HAVE, '');
  const suffix = form ? ` (mẫu ${form[2]})` : '';
  return capitalise(`${balanced(capWords(cutClause(plain), MAX_LABEL_CHARS - suffix.length))}${suffix}`);
}

/** A bracket opened and never closed (the rest was cut) goes with what follows it. */
function balanced(text: string): string {
  const open = text.lastIndexOf('(');
  return open > text.lastIndexOf(')') ? text.slice(0, open).replace(/[\s,;:]+$/, '') : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isPaper(label: string): boolean {
  return PAPER_START.test(foldText(label));
}

/** The checklist entry for one document of the record. */
export function essentialDocument(name: string): EssentialDocument {
  const text = stripFurniture(name);
  const exemption = !NOT_NEEDED.test(text) ? null : DATA_SOURCE.test(text) ? 'database' : ELECTRONIC.test(text) ? 'electronic' : null;
  if (text === '' || NOTE.test(text) || EXEMPTION.test(text)) return { label: null, condition: null, exemption: null };
  const fromData = text.match(DATA_OR_PAPER);
  if (fromData?.[1] && isPaper(fromData[1])) return { label: essentialName(fromData[1]), condition: null, exemption: 'database' };
  const forWhom = text.match(FOR_WHOM);
  if (forWhom?.[1] && forWhom[2] && isPaper(stripFurniture(forWhom[2])) && !/\sthì\s/u.test(forWhom[2])) {
    const when = forWhom[1].replace(/^trường hợp\s+/iu, 'nếu ');
    return { label: essentialName(forWhom[2]), condition: capWords(lowerFirst(when), MAX_CONDITION_CHARS), exemption };
  }
  const conditional = text.match(CONDITIONAL);
  if (conditional?.[1] && conditional[2] && isPaper(conditional[2].replace(MUST_HAVE, ''))) {
    const when = capWords(`nếu ${conditional[1].replace(/^(?:có|là)\s+/iu, '').replace(/[\s:;,]+$/, '')}`, MAX_CONDITION_CHARS);
    return { label: essentialName(conditional[2]), condition: when, exemption };
  }
  const label = essentialName(text);
  if (NOTE_START.test(foldText(text))) return { label: null, condition: null, exemption: null };
  // A bracket the short name leaves out may say when the paper is needed: that stays.
  const when = text.match(WHEN_IN_BRACKETS)?.[1];
  const condition = when && !label.includes(when) && exemption === null ? capWords(lowerFirst(when.trim()), MAX_CONDITION_CHARS) : null;
  return { label, condition, exemption };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
