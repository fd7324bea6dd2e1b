/**
 * Splits a message into words twice, aligned one to one: as typed (for the retrieval query,
 * diacritics kept) and folded (for the rules). A word that folds to nothing is dropped from both.
 * SMS shorthand and teencode are spelled out in both ("bn" → "bao nhiêu" / "bao nhieu"), so the
 * retrieval query reads "muốn đăng ký tạm trú được không" for "mún đk tạm trú dc ko".
 */

/**
 * SMS shorthand and teencode. Keys are whole words in lower case as typed (a word is replaced only
 * when it is the entire token, and "ạ" is not "a"); values are the accented words. Domain acronyms
 * with an official expansion (cccd, gplx, bhxh, bhyt, sđ …) are also in knowledge/text/lexicon.json,
 * which maps them to the official terms for retrieval; here they are spelled out only where the
 * words themselves matter to the rules.
 *
 * A Map, not an object literal: a citizen's word such as "constructor" must not find Object.prototype.
 */
export const SHORTHAND: ReadonlyMap<string, string> = new Map<string, string>([
  // quantity, question words
  ['bn', 'bao nhiêu'], ['bnh', 'bao nhiêu'], ['bnhiu', 'bao nhiêu'], ['baonhieu', 'bao nhiêu'], ['nhiu', 'nhiêu'],
  ['j', 'gì'], ['ji', 'gì'], ['ntn', 'như thế nào'], ['nthe', 'như thế'],
  ['bh', 'bao giờ'], ['bgio', 'bao giờ'], ['tg', 'thời gian'], ['ns', 'nói'],
  // negation, yes/no, done
  ['k', 'không'], ['ko', 'không'], ['kg', 'không'], ['kh', 'không'], ['hok', 'không'], ['hk', 'không'], ['khg', 'không'], ['kp', 'không phải'],
  ['dc', 'được'], ['đc', 'được'], ['r', 'rồi'], ['rùi', 'rồi'], ['z', 'vậy'], ['v', 'vậy'], ['zay', 'vậy'], ['dz', 'vậy'],
  // registration words without a lexicon entry of their own
  ['dk', 'đăng ký'], ['đk', 'đăng ký'], ['dki', 'đăng ký'], ['đki', 'đăng ký'], ['dky', 'đăng ký'], ['đky', 'đăng ký'], ['ki', 'ký'],
  ['dkkh', 'đăng ký kết hôn'], ['đkkh', 'đăng ký kết hôn'], ['dkks', 'đăng ký khai sinh'], ['đkks', 'đăng ký khai sinh'], ['đktt', 'đăng ký thường trú'], ['dktt', 'đăng ký thường trú'], ['sđ', 'sổ đỏ'], ['sdd', 'sử dụng đất'],
  // people
  ['e', 'em'], ['a', 'anh'], ['ad', 'admin'], ['mik', 'mình'], ['mn', 'mọi người'], ['mng', 'mọi người'], ['ng', 'người'],
  ['bme', 'bố mẹ'], ['ck', 'chồng'], ['vk', 'vợ'],
  // everyday words
  ['mún', 'muốn'], ['mun', 'muốn'], ['ak', 'ạ'], ['ah', 'ạ'], ['vs', 'với'], ['lm', 'làm'], ['nhug', 'nhưng'], ['nhg', 'nhưng'],
  ['tks', 'cảm ơn'], ['thanks', 'cảm ơn'], ['thank', 'cảm ơn'], ['trc', 'trước'], ['ms', 'mới'], ['nx', 'nữa'], ['cx', 'cũng'],
  ['bik', 'biết'], ['bít', 'biết'], ['bit', 'biết'], ['hum', 'hôm'], ['wa', 'qua'], ['gto', 'giấy tờ'], ['tp', 'thành phố'], ['cty', 'công ty'],
  ['hn', 'Hà Nội'], ['hcm', 'Hồ Chí Minh'], ['tphcm', 'thành phố Hồ Chí Minh'],
]);

/**
 * "hk" is "không" in chat but "hộ khẩu" after the words of residence registration ("nhập hk",
 * "xóa hk", "sổ hk", "tách hk").
 */
const HOUSEHOLD_BEFORE = new Set(['nhap', 'xoa', 'tach', 'chuyen', 'cat', 'so', 'vao', 'theo', 'khoi', 'dang', 'ky', 'dk']);

/** What a typed word stands for, or undefined when it is no shorthand; `previous` is the word before it, folded. */
export function spellOut(word: string, previous = ''): string | undefined {
  const key = word.normalize('NFC').toLowerCase();
  if (key === 'hk' && HOUSEHOLD_BEFORE.has(previous)) return 'hộ khẩu';
  return SHORTHAND.get(key);
}

/** The text with each shorthand word spelled out; other words, spacing and punctuation kept. */
export function expandShorthand(text: string): string {
  let previous = '';
  return text.replace(/[\p{L}\p{N}]+/gu, (token) => {
    const spelled = spellOut(token, previous) ?? token;
    previous = foldWord(spelled.split(' ').at(-1) ?? '');
    return spelled;
  });
}

function foldWord(token: string): string {
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function alignedWords(text: string): { original: string[]; words: string[] } {
  const original: string[] = [];
  const words: string[] = [];
  for (const token of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    if (foldWord(token) === '') continue;
    for (const word of (spellOut(token, words.at(-1)) ?? token).split(' ')) {
      original.push(word);
      words.push(foldWord(word));
    }
  }
  return { original, words };
}
