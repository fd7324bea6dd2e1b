import type { Reply } from '../reply.ts';

/** A reply as a person reads it in a terminal: the text, then what a channel would also get. */
export function formatReply(question: string, reply: Reply): string {
  const lines = [`> ${question}`, '', reply.text, ''];
  const meta = [`kind=${reply.kind}`, `intent=${reply.intent}`, `aspect=${reply.aspect ?? '-'}`, `confidence=${reply.confidence.toFixed(2)}`];
  lines.push(`[${meta.join(' ')}]`);
  if (reply.citations.length > 0) lines.push(`[cites ${reply.citations.map((c) => c.code).join(', ')}]`);
  if (reply.actions.length > 0) lines.push(`[actions ${reply.actions.map((a) => a.type).join(', ')}]`);
  lines.push(`[speech] ${reply.speech}`, `[sms] ${reply.sms.ascii}`, '');
  return lines.join('\n');
}
