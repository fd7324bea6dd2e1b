/**
 * Text from channels is plain text. Anything that looks like markup is removed, never echoed:
 * script/style blocks with their content, comments, then every tag (also one left unclosed at the end).
 * A lone "<" that does not start a tag ("a < b", "<3") is kept as text; channels escape on output.
 */
const BLOCKS = /<(script|style|iframe|object|embed|svg|math|template|noscript)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENTS = /<!--[\s\S]*?(-->|$)/g;
const TAGS = /<\/?[a-zA-Z!?][^<>]*(>|$)/g;

export function stripHtml(text: string): string {
  return text.replace(BLOCKS, ' ').replace(COMMENTS, ' ').replace(TAGS, ' ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For channels that render HTML (web widget, agent console). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
