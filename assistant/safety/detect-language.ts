/**
 * Is this message English rather than Vietnamese? Citizens often type without diacritics and mix in
 * words such as "passport", "online" or "CCCD", so the test is deliberately lenient: any Vietnamese
 * letter means Vietnamese; otherwise a message is English only when it has at least two common
 * English words and more of them than plausible Vietnamese syllables.
 */
const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const OTHER_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Arabic}]/u;

/** Common English words that are not also everyday unaccented Vietnamese (so no "the", "can", "to", "me", "an"). */
const ENGLISH = new Set(
  (
    'i you we they he she it is are was were be been am do does did what where when why how which who whom whose ' +
    'would could should will shall may might must have has had get got want need like please help with without from ' +
    'for of at by about into your our their this that these those there here if or and but not any some all my mine ' +
    'hello know tell find apply renew register registration application fee fees cost costs price document documents ' +
    'paper papers card license licence birth certificate marriage business house home address office form forms ' +
    'days day week weeks month months year years time long much many foreigner visa ' +
    'just also still only very really make take give send ask answer question speak english vietnamese language'
  ).split(/\s+/).filter(Boolean),
);

/** Short greetings that Vietnamese speakers also use; left to the dialogue (small talk). */
const NEUTRAL = new Set(['hi', 'hello', 'ok', 'okay', 'thanks', 'thank', 'bye', 'alo', 'oke', 'yes', 'no']);

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?';
const RHYME =
  '(?:a|ac|ach|ai|am|an|ang|anh|ao|ap|at|au|ay|e|ec|ech|em|en|eng|enh|eo|ep|et|eu|i|ia|ic|ich|iec|iem|ien|ieng|iep|iet|ieu|im|in|inh|ip|it|iu|' +
  'o|oa|oac|oach|oai|oam|oan|oang|oanh|oao|oap|oat|oay|oc|oe|oen|oeo|oet|oi|om|on|ong|ooc|oong|op|ot|' +
  'u|ua|uan|uang|uanh|uat|uay|uc|ue|uen|uenh|uet|ui|um|un|ung|uoc|uoi|uom|uon|uong|uop|uot|uou|up|ut|uu|uy|uya|uyen|uyet|uych|uynh|uyt|uyu|uo|' +
  'y|yen|yet|yeu)';
const SYLLABLE = new RegExp(`^${ONSET}${RHYME}$`);

export function looksVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word.toLowerCase().replace(/đ/g, 'd'));
}

export function isEnglishOnly(text: string): boolean {
  if (VIETNAMESE_LETTERS.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let english = 0;
  let vietnamese = 0;
  for (const w of words) {
    if (NEUTRAL.has(w)) continue;
    if (ENGLISH.has(w)) english++;
    else if (looksVietnameseSyllable(w)) vietnamese++;
  }
  return english >= 2 && english > vietnamese;
}

/** Text written mostly in another script (Chinese, Korean, Russian, Thai…). */
export function isOtherScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const other = letters.filter((c) => OTHER_SCRIPTS.test(c)).length;
  return other / letters.length > 0.5;
}
