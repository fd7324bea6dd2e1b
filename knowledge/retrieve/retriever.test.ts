import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDriver, type TestDatabase } from '../../platform/testing/test-db.ts';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import { createProcedureStore, seedSampleCorpus, type ProcedureStore } from '../store/index.ts';
import { ProcedureLangChainRetriever } from './langchain-retriever.ts';
import { createRetriever, type KnowledgeRetriever } from './retriever.ts';

const codes = (results: Array<{ procedure: { code: string } }>) => results.map((r) => r.procedure.code);

describe(`hybrid retrieval over the sample corpus on ${testDriver()}`, () => {
  let database: TestDatabase;
  let retriever: KnowledgeRetriever;
  let store: ProcedureStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    const embedder = new LocalHashEmbedder();
    store = createProcedureStore(database, embedder);
    await seedSampleCorpus(database, store);
    retriever = createRetriever(database, embedder);
  });
  afterAll(() => database.destroy());

  it.each([
    ['làm lại căn cước', ['2.001194', '1.000757']],
    ['lam lai can cuoc mat bao nhieu tien', ['2.001194', '1.000757']],
    ['nhập hộ khẩu cho con', ['1.004222']],
    ['dang ky tam tru can giay to gi', ['1.004194']],
    ['Cháu ơi, bà muốn làm giấy khai sinh cho đứa chắt mới đẻ thì lên xã cần mang những gì hả cháu', ['1.001193']],
  ])('finds the procedure for "%s"', async (query, expected) => {
    const [top] = await retriever.search(query, { limit: 3 });
    expect(expected).toContain(top?.procedure.code);
  });

  it('carries the life event the question describes, with its procedures in order, on the result', async () => {
    const results = await retriever.search('bố tôi mất tuần trước, giờ phải làm giấy tờ gì', { limit: 3 });
    expect(results[0]?.event?.id).toBe('qua-doi');
    expect(results[0]?.event?.procedures[0]).toBe('1.000656');
    const plain = await retriever.search('đăng ký tạm trú cần giấy tờ gì', { limit: 3 });
    expect(plain[0]?.event).toBeUndefined();
  });

  it('ranks with the example-question bank: a situation worded like its phrasings finds the procedure', async () => {
    const { ranked } = await retriever.rank('con mới đẻ thì đi khai cho cháu ở đâu', { limit: 3 });
    expect(ranked[0]?.code).toBe('1.001193');
    expect(ranked[0]?.bankRank).toBe(0);
  });

  it('warms up in the background; searches that come meanwhile wait for it and answer as usual', async () => {
    const fresh = createRetriever(database, new LocalHashEmbedder());
    const warming = fresh.warm();
    const question = 'con mới đẻ thì đi khai cho cháu ở đâu';
    const [first, second] = await Promise.all([fresh.search(question, { limit: 3 }), fresh.search(question, { limit: 3 })]);
    await expect(warming).resolves.toBeUndefined();
    expect(codes(first)).toEqual(codes(await retriever.search(question, { limit: 3 })));
    expect(second).toEqual(first);
  });

  it('returns full records, matching sections and a confidence that ranks the top result first', async () => {
    const results = await retriever.search('đăng ký tạm trú cần giấy tờ gì', { limit: 3 });
    expect(results).toHaveLength(3);
    const [top, second] = results;
    expect(top?.procedure.name).toBe('Đăng ký tạm trú');
    expect(top?.sections.length).toBeGreaterThan(0);
    for (const section of top!.sections) expect(section.text.startsWith('Thủ tục: Đăng ký tạm trú')).toBe(true);
    expect(top!.confidence).toBeGreaterThan(second!.confidence);
    expect(top!.score).toBeGreaterThan(second!.score);
    for (const r of results) expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(results.reduce((sum, r) => sum + r.confidence, 0)).toBeLessThanOrEqual(1.0001);
  });

  it('looks up a typed procedure code with near certainty', async () => {
    const [top] = await retriever.search('cho hỏi thủ tục 1.010038 nộp ở đâu');
    expect(top?.procedure.code).toBe('1.010038');
    expect(top?.confidence).toBeGreaterThan(0.9);
    expect((await retriever.getByCode('1.004222'))?.name).toBe('Đăng ký thường trú');
    expect(await retriever.getByCode('9.999999')).toBeNull();
  });

  it('applies level, agency and field filters', async () => {
    const central = await retriever.search('làm lại căn cước', { limit: 5, filters: { level: 'bộ' } });
    expect(central.length).toBeGreaterThan(0);
    for (const r of central) expect(r.procedure.levels).toContain('bộ');
    expect(codes(central)[0]).toBe('1.000757');
    const civil = await retriever.search('đăng ký', { limit: 5, filters: { field: 'Hộ tịch' } });
    for (const r of civil) expect(r.procedure.field).toMatch(/Hộ tịch/);
    const residence = await retriever.search('đăng ký', { limit: 5, filters: { agency: 'Công an cấp xã' } });
    expect(residence.length).toBeGreaterThan(0);
    for (const r of residence) expect(r.procedure.agency).toContain('Công an cấp xã');
  });

  it('returns nothing for an empty question', async () => {
    expect(await retriever.search('   ')).toEqual([]);
  });

  it('serves LangChain: one Document per matched section with code, name and confidence', async () => {
    const lc = new ProcedureLangChainRetriever({ retriever, limit: 2 });
    const documents = await lc.invoke('tách hộ khẩu mất mấy ngày');
    expect(documents.length).toBeGreaterThan(0);
    expect(documents[0]?.metadata).toMatchObject({ code: '1.010038', name: expect.any(String), confidence: expect.any(Number) });
    expect(documents[0]?.pageContent.startsWith(`Thủ tục: ${documents[0]?.metadata.name}`)).toBe(true);
  });

  it('serves an updated procedure once refreshed', async () => {
    const before = (await retriever.search('tách hộ', { limit: 1 }))[0]!.procedure;
    const marker = 'Bước cuối: nhận kết quả qua ứng dụng VNeID';
    await store.upsert([{ ...before, steps: [...before.steps, marker] }]);
    retriever.refresh();
    const [after] = await retriever.search('tách hộ', { limit: 1 });
    expect(after?.procedure.code).toBe(before.code);
    expect(after?.procedure.steps.at(-1)).toBe(marker);
  });

  it('serves a procedure by code from its cache, and the update once refreshed', async () => {
    const before = (await retriever.getByCode('1.004194'))!;
    expect(await retriever.getByCode('1.004194')).toBe(before);
    const marker = 'Bước cuối: tra cứu kết quả trên Cổng Dịch vụ công';
    await store.upsert([{ ...before, steps: [...before.steps, marker] }]);
    retriever.refresh();
    expect((await retriever.getByCode('1.004194'))?.steps.at(-1)).toBe(marker);
  });
});
