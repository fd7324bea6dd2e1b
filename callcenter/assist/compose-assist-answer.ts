import { understand, type Aspect } from '../../assistant/index.ts';
import type { AssistHit, AssistSection } from './procedure-knowledge.ts';

/** Which section of the official record answers each kind of question. */
const SECTION_OF: Record<Aspect, AssistSection> = {
  documents: 'documents',
  forms: 'documents',
  fee: 'methods',
  duration: 'methods',
  where: 'methods',
  steps: 'steps',
  conditions: 'conditions',
  result: 'results',
  overview: 'overview',
};

const LIMIT = 900;

/** Cuts at a line end before the limit, so a quoted list never stops mid-item. */
function shorten(text: string): string {
  if (text.length <= LIMIT) return text;
  const cut = text.lastIndexOf('\n', LIMIT);
  return `${text.slice(0, cut > 200 ? cut : LIMIT).trimEnd()}\n…`;
}

export interface AssistAnswer {
  code: string;
  name: string;
  url: string | null;
  confidence: number;
  section: AssistSection;
  /** Ready for the reply box: the official text quoted, then its source. */
  answer: string;
}

/**
 * A grounded answer for the agent: the section of the procedure's official record that the
 * question asks about (by the assistant's reading of it), quoted without rewording, with its
 * citation — the procedure's name, code and portal page. Nothing is generated.
 */
export function composeAssistAnswer(question: string, hit: AssistHit): AssistAnswer | null {
  const aspects = understand(question).aspects;
  const wanted = aspects.length ? SECTION_OF[aspects[aspects.length - 1]!] : 'overview';
  const candidates = hit.sections.filter((s) => s.section === wanted);
  const chosen = candidates.find((s) => s.caseLabel === null) ?? candidates[0] ?? hit.sections[0];
  if (!chosen) return null;
  const body = chosen.text.split('\n').slice(1).join('\n').trim();
  const source = hit.url ? `Nguồn: ${hit.name} (mã ${hit.code}) – ${hit.url}` : `Nguồn: ${hit.name} (mã ${hit.code}), Cơ sở dữ liệu quốc gia về thủ tục hành chính`;
  return {
    code: hit.code,
    name: hit.name,
    url: hit.url,
    confidence: hit.confidence,
    section: chosen.section,
    answer: `Theo thủ tục "${hit.name}":\n${shorten(body)}\n${source}`,
  };
}
