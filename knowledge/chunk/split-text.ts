/**
 * Splits long text into pieces of at most `maxChars`, at line breaks where possible, so one chunk
 * stays focused (and within embedding model limits). A single overlong line is cut at a space.
 */
export function splitText(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
  };
  for (const line of text.split('\n')) {
    for (const part of cutLine(line, maxChars)) {
      if (current && current.length + part.length + 1 > maxChars) flush();
      current = current ? `${current}\n${part}` : part;
    }
  }
  flush();
  return pieces;
}

function cutLine(line: string, maxChars: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(' ', maxChars);
    const at = space > maxChars / 2 ? space : maxChars;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  parts.push(rest);
  return parts;
}
