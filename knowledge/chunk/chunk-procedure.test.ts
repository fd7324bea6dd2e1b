import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPortalApi } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { fold } from '../text/index.ts';
import { chunkProcedure } from './chunk-procedure.ts';
import { CHUNK_SECTIONS } from './chunk-types.ts';
import { splitText } from './split-text.ts';

const PORTAL_API = fileURLToPath(new URL('../../../shared/data/tthc/portal-api/', import.meta.url));
const haveData = existsSync(PORTAL_API);
if (!haveData) console.warn(`shared data not found at ${PORTAL_API}: chunking tests on real records are skipped`);

describe.skipIf(!haveData)('chunkProcedure on real portal records', () => {
  const byCode = new Map<string, Procedure>();
  beforeAll(async () => {
    for await (const item of readPortalApi(PORTAL_API)) if (item.ok) byCode.set(item.procedure.code, item.procedure);
  });

  it('cuts every record into ordered sections, each chunk starting with the procedure name', () => {
    expect(byCode.size).toBeGreaterThanOrEqual(6);
    for (const procedure of byCode.values()) {
      const chunks = chunkProcedure(procedure);
      expect(chunks[0]?.section).toBe('overview');
      expect(chunks.map((c) => c.ordinal)).toEqual(chunks.map((_, i) => i));
      const order = chunks.map((c) => CHUNK_SECTIONS.indexOf(c.section));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const chunk of chunks) {
        expect(chunk.procedureCode).toBe(procedure.code);
        expect(chunk.text.startsWith(`Thủ tục: ${procedure.name.normalize('NFC').replace(/\s+/g, ' ').trim()}`)).toBe(true);
        expect(chunk.text).toBe(chunk.text.normalize('NFC'));
        expect(chunk.textFolded).toBe(fold(chunk.text));
        expect(chunk.text.length).toBeLessThan(1800);
      }
    }
  });

  it('keeps one documents chunk per case, labelled with the case', () => {
    const procedure = [...byCode.values()].find((p) => p.documentCases.filter((c) => c.documents.length).length > 1);
    expect(procedure, 'a portal record with several document cases').toBeDefined();
    const cases = procedure!.documentCases.filter((c) => c.documents.length);
    const labels = [...new Set(chunkProcedure(procedure!).filter((c) => c.section === 'documents').map((c) => c.caseLabel))];
    expect(labels).toEqual(cases.map((c) => c.case?.normalize('NFC').replace(/[ \t]+/g, ' ').trim() ?? null));
  });

  it('writes methods with their durations and fees, and the legal basis with codes', () => {
    const residence = byCode.get('1.004222')!;
    const chunks = chunkProcedure(residence);
    const methods = chunks.find((c) => c.section === 'methods')!;
    for (const method of residence.methods) {
      expect(methods.text).toContain(method.duration.text.normalize('NFC').replace(/\s+/g, ' ').trim());
    }
    const legal = chunks.filter((c) => c.section === 'legal').map((c) => c.text).join('\n');
    const coded = residence.legalBasis.find((l) => l.code);
    expect(legal).toContain(coded!.code!);
  });
});

describe('splitText', () => {
  it('leaves short text alone and cuts long text at line breaks within the limit', () => {
    expect(splitText('ngắn', 100)).toEqual(['ngắn']);
    const lines = Array.from({ length: 30 }, (_, i) => `Bước ${i + 1}: nộp hồ sơ tại bộ phận một cửa`);
    const pieces = splitText(lines.join('\n'), 200);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(200);
    expect(pieces.join('\n')).toBe(lines.join('\n'));
  });

  it('cuts a single overlong line at a space', () => {
    const pieces = splitText('chữ '.repeat(100).trim(), 50);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(50);
    expect(pieces.join(' ')).toBe('chữ '.repeat(100).trim());
  });
});
