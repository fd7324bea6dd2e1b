import { describe, expect, it } from 'vitest';
import type { ProcedureRetriever, RetrievedProcedure } from '../ports.ts';
import { sampleProcedure } from '../sample-records.fixture.ts';
import { understand } from '../understand/understand.ts';
import { ABSENT_BELOW, OFFER_BELOW } from './answer-policy.ts';
import { resolveProcedure } from './resolve-procedure.ts';

/**
 * The retriever's answer to one search, as ranked sample records: the decision is what is tested.
 * The bank's classifier proposes them in the same order, as it does for a question worded like its phrasings.
 */
function searching(entries: [procedure: RetrievedProcedure['procedure'], score: number, confidence: number][]): ProcedureRetriever {
  const results: RetrievedProcedure[] = entries.map(([procedure, score, confidence], rank) => ({ procedure, score, confidence, sections: [], classified: { rank, similarity: 0.4 } }));
  return { search: async () => results, getByCode: async (code) => results.find((r) => r.procedure.code === code)?.procedure ?? null };
}

async function resolve(text: string, retriever: ProcedureRetriever) {
  const u = understand(text);
  return resolveProcedure(u, text, {}, retriever, u.aspects);
}

describe('resolveProcedure: choices of the top’s own service', () => {
  it('offers the variants of a service the search is sure of, though each scored low on its own', async () => {
    // Sure of renewing an identity card; "bị mất" asks for a reissue, and two reissues are close.
    const overseas = { ...sampleProcedure('3.000348'), code: '9.000001', name: 'Cấp lại thẻ căn cước cho người gốc Việt Nam ở nước ngoài' };
    const retriever = searching([[sampleProcedure('2.001195'), 0.5, 0.8], [sampleProcedure('2.001194'), 0.3, 0.05], [overseas, 0.29, 0.05]]);
    const resolution = await resolve('thẻ căn cước bị mất làm lại lệ phí bao nhiêu', retriever);
    expect(resolution.kind).toBe('ambiguous');
    if (resolution.kind === 'ambiguous') expect(resolution.candidates.map((c) => c.procedure.code)).toEqual(['2.001194', '9.000001']);
  });
});

describe('resolveProcedure: choices worth offering', () => {
  /**
   * Two services that share the citizen's words, scored alike; the classifier's cosine says how like
   * the question they are; the softmax prefers neither, with a little of its probability on each.
   */
  const twoServices = (similarity: number): ProcedureRetriever => {
    const results: RetrievedProcedure[] = [sampleProcedure('1.001612'), sampleProcedure('2.001610')].map((procedure, rank) => ({
      procedure,
      score: 0.4 - rank * 0.02,
      confidence: 0.3 - rank * 0.1,
      sections: [],
      classified: { rank, similarity, probability: 0.15 },
    }));
    return { search: async () => results, getByCode: async (code) => results.find((r) => r.procedure.code === code)?.procedure ?? null };
  };
  const question = 'muốn thành lập cơ sở bán hàng nhỏ thì làm giấy gì';

  it('offers them when one is likely enough what the citizen means', async () => {
    const resolution = await resolve(question, twoServices(0.3));
    expect(resolution.kind).toBe('ambiguous');
  });

  it('fills the question with the next candidates of the ranking, one per name, up to five', async () => {
    const [first, second] = (await twoServices(0.3).search('')) as RetrievedProcedure[];
    const next = (code: string, confidence: number, procedure = sampleProcedure(code)): RetrievedProcedure => ({ procedure, score: 0.2, confidence, sections: [] });
    const sameName = { ...sampleProcedure('2.000720'), code: '9.000002' };
    const retriever = searching([]);
    const results = [first!, second!, next('2.000720', 0.08), next('2.000720', 0.07, sameName), next('1.001570', 0.01), next('1.001266', 0.01), next('1.004222', 0.01)];
    const resolution = await resolveProcedure(understand(question), question, {}, { ...retriever, search: async () => results }, []);
    expect(resolution.kind).toBe('ambiguous');
    // The same name twice reads as one choice; a weak runner-up may still be the citizen's service.
    if (resolution.kind === 'ambiguous') expect(resolution.candidates.map((c) => c.procedure.code)).toEqual(['1.001612', '2.001610', '2.000720', '1.001570', '1.001266']);
  });

  it('says "not in my data" when even the likeliest is not (a list without their service only misleads)', async () => {
    const resolution = await resolve(question, twoServices(0.02));
    expect(resolution.kind).toBe('absent');
    expect(resolution.confidence).toBeGreaterThanOrEqual(ABSENT_BELOW);
    expect(resolution.confidence).toBeLessThan(OFFER_BELOW);
  });
});
