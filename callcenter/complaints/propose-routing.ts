import { foldText } from '../../assistant/index.ts';
import type { complaintAgencies } from './tables.ts';

type Agency = Pick<typeof complaintAgencies.$inferSelect, 'id' | 'fields' | 'keywords'>;

export interface RoutingProposal {
  field: string | null;
  agencyId: string | null;
  /** 0..1: how sure the proposal is; a person confirms it either way. */
  confidence: number;
  why: string;
}

const words = (s: string) => ` ${foldText(s).replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * Proposes the field (lĩnh vực) and the competent agency: the related procedure's field is the
 * strongest evidence; otherwise the complaint's words, scored by how many of an agency's
 * words they contain and how far ahead of the runner-up that agency is.
 */
export function proposeRouting(content: string, procedure: { field: string | null } | null, agencies: readonly Agency[]): RoutingProposal {
  if (procedure?.field) {
    const owner = agencies.find((a) => a.fields.includes(procedure.field as string));
    if (owner) return { field: procedure.field, agencyId: owner.id, confidence: 0.9, why: 'Theo lĩnh vực của thủ tục liên quan' };
  }
  const text = words(content);
  const scored = agencies
    .map((a) => ({ a, hits: a.keywords.filter((k) => text.includes(` ${k} `)) }))
    .filter((s) => s.hits.length > 0)
    .sort((x, y) => y.hits.length - x.hits.length);
  const best = scored[0];
  if (!best) return { field: procedure?.field ?? null, agencyId: null, confidence: 0, why: 'Chưa đủ căn cứ để đề xuất' };
  const runnerUp = scored[1]?.hits.length ?? 0;
  const confidence = Math.min(0.85, 0.45 + 0.15 * best.hits.length - 0.2 * runnerUp);
  const field = procedure?.field ?? best.a.fields[0] ?? null;
  return { field, agencyId: best.a.id, confidence: Math.max(0.2, Math.round(confidence * 100) / 100), why: `Theo từ khóa: ${best.hits.join(', ')}` };
}
