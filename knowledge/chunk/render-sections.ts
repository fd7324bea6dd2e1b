import type { DocumentCase, Method, Procedure } from '../model/procedure.ts';
import { FIELD_LABELS, METHOD_LABELS } from './labels.ts';
import type { ChunkSection } from './chunk-types.ts';

/** One section of a procedure rendered as plain text, before the name header is added and long text split. */
export interface SectionBody {
  section: ChunkSection;
  caseLabel: string | null;
  body: string;
}

const labelled = (label: string, value: string | null | undefined): string | null =>
  value && value.trim() ? `${label}: ${value.trim()}` : null;

export function renderOverview(p: Procedure): SectionBody {
  const lines = [
    labelled(FIELD_LABELS.code, p.code),
    labelled(FIELD_LABELS.field, p.field),
    labelled(FIELD_LABELS.agency, p.agency),
    labelled(FIELD_LABELS.authority, p.authority !== p.agency ? p.authority : null),
    labelled(FIELD_LABELS.levels, p.levelsText),
    labelled(FIELD_LABELS.applicants, p.applicants),
    labelled(FIELD_LABELS.address, p.address),
  ];
  return { section: 'overview', caseLabel: null, body: lines.filter(Boolean).join('\n') };
}

function renderDocumentCase(c: DocumentCase): string {
  return c.documents
    .map((d) => {
      const forms = d.forms.length ? ` (${FIELD_LABELS.form}: ${d.forms.join(', ')})` : '';
      const quantity = d.quantityText ? ` — ${d.quantityText}` : '';
      return `- ${d.name}${forms}${quantity}`;
    })
    .join('\n');
}

/** One body per case (trường hợp); the official text when the importer found no structured list. */
export function renderDocuments(p: Procedure): SectionBody[] {
  const cases = p.documentCases.filter((c) => c.documents.length > 0);
  if (cases.length === 0) {
    return p.documentsText.trim() ? [{ section: 'documents', caseLabel: null, body: p.documentsText.trim() }] : [];
  }
  return cases.map((c) => ({
    section: 'documents',
    caseLabel: c.case,
    body: [c.case, renderDocumentCase(c)].filter(Boolean).join('\n'),
  }));
}

function renderMethod(m: Method): string {
  const fees = m.fees.map((f) => f.text).filter(Boolean).join('; ');
  const parts = [
    METHOD_LABELS[m.method],
    m.duration.text ? `${FIELD_LABELS.duration}: ${m.duration.text}` : null,
    fees ? `${FIELD_LABELS.fee}: ${fees}` : null,
    m.note ? `${FIELD_LABELS.note}: ${m.note}` : null,
  ];
  return `- ${parts.filter(Boolean).join('; ')}`;
}

export function renderMethods(p: Procedure): SectionBody[] {
  const body = p.methods.length ? p.methods.map(renderMethod).join('\n') : p.methodsText.trim();
  return body ? [{ section: 'methods', caseLabel: null, body }] : [];
}

export function renderSteps(p: Procedure): SectionBody[] {
  const body = p.steps.length ? p.steps.map((s) => s.trim()).filter(Boolean).join('\n') : p.stepsText.trim();
  return body ? [{ section: 'steps', caseLabel: null, body }] : [];
}

export function renderConditions(p: Procedure): SectionBody[] {
  const body = p.conditions?.trim();
  return body ? [{ section: 'conditions', caseLabel: null, body }] : [];
}

export function renderLegalBasis(p: Procedure): SectionBody[] {
  const body = p.legalBasis.map((l) => `- ${l.title}${l.code ? ` (${l.code})` : ''}`).join('\n');
  return body ? [{ section: 'legal', caseLabel: null, body }] : [];
}

export function renderResults(p: Procedure): SectionBody[] {
  const body = p.results.length
    ? p.results.map((r) => `- ${r.name}${r.code ? ` (${r.code})` : ''}`).join('\n')
    : p.resultsText.trim();
  return body ? [{ section: 'results', caseLabel: null, body }] : [];
}
