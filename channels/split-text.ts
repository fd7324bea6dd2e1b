/**
 * Splits a long text into parts of at most `max` characters, at a paragraph, line, sentence or word
 * boundary when there is one in the second half of the part, so no part ends mid-word.
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = -1;
    for (const boundary of ['\n\n', '\n', '. ', ' ']) {
      const at = window.lastIndexOf(boundary);
      if (at >= max / 2) {
        cut = at + (boundary === '. ' ? 1 : 0);
        break;
      }
    }
    if (cut <= 0) cut = max;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}
