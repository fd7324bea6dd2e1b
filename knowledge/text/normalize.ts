/**
 * Unicode clean-up and accent folding for Vietnamese text.
 *
 * The portal mixes precomposed (NFC) and decomposed (NFD) Vietnamese, and pages carry NBSP,
 * thin spaces and zero-width characters. `fold` runs on every query and every chunk, so it is a
 * single pass over a lookup table instead of normalize('NFD') + regex + lowercase.
 */

const SPACE = 0x20;
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);
/** Zero-width joiners, word joiner, soft hyphen and BOM carry no text. */
const INVISIBLE = new Set([0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff]);

const DROP = -1;
const TABLE_SIZE = 0x2000;

/** FOLD_TABLE[code] = folded char code, SPACE for any space, DROP for marks and invisibles. */
const FOLD_TABLE: Int32Array = buildFoldTable();

function buildFoldTable(): Int32Array {
  const table = new Int32Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    if (SPACES.has(code)) table[code] = SPACE;
    else if (INVISIBLE.has(code)) table[code] = DROP;
    else if (code >= 0x0300 && code <= 0x036f) table[code] = DROP; // combining diacritics (NFD input)
    else {
      const base = String.fromCharCode(code).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      table[code] = base.length === 1 ? base.charCodeAt(0) : code;
    }
  }
  // đ/Đ have no decomposition; Ð (U+00D0, eth) is a frequent look-alike typed for Đ.
  for (const code of [0x0110, 0x0111, 0x00d0, 0x00f0]) table[code] = 0x64;
  return table;
}

function foldCode(code: number): number {
  if (code < TABLE_SIZE) return FOLD_TABLE[code] ?? code;
  if (SPACES.has(code)) return SPACE;
  if (INVISIBLE.has(code)) return DROP;
  return code;
}

/** NFC, every kind of space collapsed to one ASCII space, invisible characters removed, trimmed. */
export function normalize(text: string): string {
  let out = '';
  let pendingSpace = false;
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (SPACES.has(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (INVISIBLE.has(code)) continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += nfc[i];
  }
  return out;
}

/**
 * Lowercase, strip Vietnamese (and other Latin) diacritics, đ → d, collapse spaces, trim.
 * Works on NFC and NFD input alike: combining marks are simply dropped.
 */
export function fold(text: string): string {
  const { length } = foldCodes(text, false); // may grow the buffers: read them after
  return decode(FOLDED, length);
}

/** Folded text, plus the NFC original cut to the same positions (same drops and spaces). */
export interface AlignedFold {
  folded: string;
  /** Character i of `original` is the character that folded to character i of `folded`. */
  original: string;
  /** Whether any character carried a diacritic (or was đ), i.e. the writer typed accents. */
  accented: boolean;
}

export function foldAligned(text: string): AlignedFold {
  const { length, accented } = foldCodes(text.normalize('NFC'), true);
  return { folded: decode(FOLDED, length), original: decode(ORIGINAL, length), accented };
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A syllable as typed, lower case, with its tone mark moved to the end, so that the two placements
 * in use ("hoà" and "hòa") compare equal while "đò" and "đó" stay apart.
 */
export function toneKey(syllable: string): string {
  const letters = syllable.normalize('NFD').toLowerCase();
  return letters.replace(TONE_MARKS, '').normalize('NFC') + (letters.match(TONE_MARKS)?.join('') ?? '');
}

/** True when the text carries Vietnamese diacritics or đ (so the writer typed accents). */
export function hasDiacritics(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xc0 && isAccented(code)) return true;
  }
  return false;
}

function isAccented(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0xc0 && code < 0x0250) || (code >= 0x1e00 && code < 0x1f00);
}

// Reused output buffers: fold runs on every chunk, and typed arrays decode far faster than
// building strings one character at a time. Calls are synchronous, so sharing them is safe.
let FOLDED = new Uint16Array(4096);
let ORIGINAL = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function foldCodes(text: string, keepOriginal: boolean): { length: number; accented: boolean } {
  if (FOLDED.length < text.length) {
    FOLDED = new Uint16Array(text.length * 2);
    ORIGINAL = new Uint16Array(text.length * 2);
  }
  let length = 0;
  let accented = false;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const source = text.charCodeAt(i);
    let code = source < TABLE_SIZE ? (FOLD_TABLE[source] as number) : foldCode(source);
    if (code === DROP) continue;
    if (code === SPACE) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      FOLDED[length] = SPACE;
      if (keepOriginal) ORIGINAL[length] = SPACE;
      length++;
      pendingSpace = false;
    }
    if (source >= TABLE_SIZE) code = lowerCode(code);
    else if (!accented && source >= 0xc0 && isAccented(source)) accented = true;
    FOLDED[length] = code;
    if (keepOriginal) ORIGINAL[length] = source;
    length++;
  }
  return { length, accented };
}

function lowerCode(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function decode(buffer: Uint16Array, length: number): string {
  return length === 0 ? '' : UTF16.decode(new Uint8Array(buffer.buffer, 0, length * 2));
}
