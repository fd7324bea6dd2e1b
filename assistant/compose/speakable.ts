/**
 * Turns written text into something a voice can say: URLs, brackets, bullets and quotes go,
 * "/" reads as "mỗi" ("10.000 đồng/lần" → "10.000 đồng mỗi lần"), and form codes stay, as does
 * the office a name is done at ("(thực hiện tại cấp tỉnh)"): spoken choices of one service at two
 * levels would otherwise sound the same.
 */
export function speakable(text: string): string {
  return text
    .replace(/https?:\/\/[^\s)]+/g, '')
    .replace(/\s*\(([^()]*[Mm]ẫu[^()]*)\)/g, ', $1, ')
    .replace(/\s*\(((?:thực hiện )?tại cấp [^()]*)\)/gu, ', $1, ')
    .replace(/\([^()]*\)/g, '')
    .replace(/(\p{L})\s*\/\s*(\p{L})/gu, '$1 mỗi $2')
    .replace(/_/g, ' ')
    .replace(/[“”"«»•*#|<>[\]{}]/g, '')
    .replace(/\s*[–—-]\s+/g, ', ')
    .replace(/\s*:\s*/g, ': ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/,(?=\s*[,;:.]|\s*$)/g, '')
    .replace(/([;:])(?=\s*[;:.])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A document or step name short enough to say: the first clause, at most `max` characters. */
export function speakableName(text: string, max = 120): string {
  const said = speakable(text);
  if (said.length <= max) return said;
  const cut = said.slice(0, max);
  const at = Math.max(cut.lastIndexOf(','), cut.lastIndexOf(';'));
  return (at > 40 ? cut.slice(0, at) : cut.slice(0, cut.lastIndexOf(' '))).trim();
}

/** Ends a sentence with a full stop when it has no final punctuation. */
export function sentence(text: string): string {
  const t = text.trim().replace(/[,;:]+$/, '');
  return /[.?!…]$/.test(t) ? t : `${t}.`;
}
