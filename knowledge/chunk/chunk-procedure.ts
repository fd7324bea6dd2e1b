import type { Procedure } from '../model/procedure.ts';
import { fold } from '../text/index.ts';
import type { ProcedureChunk } from './chunk-types.ts';
import { FIELD_LABELS, SECTION_HEADINGS } from './labels.ts';
import {
  renderConditions,
  renderDocuments,
  renderLegalBasis,
  renderMethods,
  renderOverview,
  renderResults,
  renderSteps,
  type SectionBody,
} from './render-sections.ts';
import { splitText } from './split-text.ts';

/** The portal mixes NFC and NFD; chunks are stored in NFC with line breaks kept. */
const nfc = (text: string): string => text.normalize('NFC').replace(/[ \t]+/g, ' ').trim();

/** Long sections are cut so a chunk stays on one topic; 1,500 characters is about 400 tokens. */
const MAX_BODY_CHARS = 1500;

/**
 * Cuts a procedure into retrievable chunks in reading order: overview, documents (one per case),
 * methods with durations and fees, steps, conditions, legal basis, results. Every chunk starts with
 * the procedure name, so a chunk found alone still says which procedure it belongs to.
 */
export function chunkProcedure(procedure: Procedure): ProcedureChunk[] {
  const bodies: SectionBody[] = [
    renderOverview(procedure),
    ...renderDocuments(procedure),
    ...renderMethods(procedure),
    ...renderSteps(procedure),
    ...renderConditions(procedure),
    ...renderLegalBasis(procedure),
    ...renderResults(procedure),
  ];
  const name = nfc(procedure.name);
  const chunks: ProcedureChunk[] = [];
  for (const { section, caseLabel, body } of bodies) {
    const pieces = splitText(nfc(body), MAX_BODY_CHARS);
    for (const piece of pieces) {
      const text = `${FIELD_LABELS.procedure}: ${name}\n${SECTION_HEADINGS[section]}\n${piece}`;
      chunks.push({
        procedureCode: procedure.code,
        section,
        caseLabel: caseLabel === null ? null : nfc(caseLabel),
        ordinal: chunks.length,
        text,
        textFolded: fold(text),
      });
    }
  }
  return chunks;
}
