/**
 * How a procedure name is turned into the words that matter for matching a question:
 * - abbreviations common in names are spelled out, because citizens (and the lexicon's official
 *   terms) write "bảo hiểm y tế" where the name says "BHYT";
 * - a leading "Thủ tục" and a level note such as "(thực hiện tại cấp tỉnh)" are dropped: level is
 *   matched separately (level hints), and the note's words would make one level's name look
 *   more or less specific than another's.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ubnd', 'uy ban nhan dan'],
  ['bhxh', 'bao hiem xa hoi'],
  ['bhyt', 'bao hiem y te'],
  ['bhtn', 'bao hiem that nghiep'],
  ['bhtnld', 'bao hiem tai nan lao dong'],
  ['tnld', 'tai nan lao dong'],
  ['bnn', 'benh nghe nghiep'],
  ['tnhh', 'trach nhiem huu han'],
  ['mtv', 'mot thanh vien'],
  ['nhnn', 'ngan hang nha nuoc'],
  ['kbnn', 'kho bac nha nuoc'],
  ['tw', 'trung uong'],
  ['gtgt', 'gia tri gia tang'],
  ['tncn', 'thu nhap ca nhan'],
  ['tndn', 'thu nhap doanh nghiep'],
  ['dncx', 'doanh nghiep che xuat'],
]);

const LEVEL_NOTE = /\s*\(\s*(?:thuc hien\s+)?(?:tai\s+|o\s+)?(?:cap\s+(?:trung uong|bo|tinh|huyen|xa)|trung uong)[^)]*\)?/g;

export function nameForMatching(nameFolded: string): string {
  return nameFolded
    .replace(/^thu tuc\s+/, '')
    .replace(LEVEL_NOTE, ' ')
    .replace(/[a-z0-9]+/g, (word) => ABBREVIATIONS.get(word) ?? word);
}
