import { describe, expect, it } from 'vitest';
import { LocalHashEmbedder } from './local-hash-embedder.ts';

const cosine = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);
const norm = (v: number[]) => Math.sqrt(cosine(v, v));

describe('LocalHashEmbedder', () => {
  const embedder = new LocalHashEmbedder();

  it('names itself by version and dimension', () => {
    expect(embedder.id).toBe('local-hash-v1:512');
    expect(embedder.dimension).toBe(512);
    const small = new LocalHashEmbedder({ dimension: 64 });
    expect(small.id).toBe('local-hash-v1:64');
    expect(() => new LocalHashEmbedder({ dimension: 0 })).toThrow(/dimension/);
  });

  it('is deterministic across calls and instances', async () => {
    const text = 'Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)';
    const [first] = await embedder.embedDocuments([text]);
    const [again] = await new LocalHashEmbedder().embedDocuments([text]);
    expect(again).toEqual(first);
    expect(await embedder.embedQuery('sổ đỏ')).toEqual(await new LocalHashEmbedder().embedQuery('sổ đỏ'));
  });

  it('returns unit vectors of the configured dimension (zeros for empty text)', async () => {
    const vectors = await new LocalHashEmbedder({ dimension: 128 }).embedDocuments([
      'Đăng ký thường trú',
      'Thủ tục 1.004222 theo Luật 68/2020/QH14',
      '',
    ]);
    expect(vectors.map((v) => v.length)).toEqual([128, 128, 128]);
    expect(norm(vectors[0]!)).toBeCloseTo(1, 6);
    expect(norm(vectors[1]!)).toBeCloseTo(1, 6);
    expect(vectors[2]!.every((x) => x === 0)).toBe(true);
  });

  it('maps unaccented questions onto their accented form', async () => {
    const pairs = [
      ['Cho tôi hỏi làm lại căn cước mất bao nhiêu tiền ạ', 'cho toi hoi lam lai can cuoc mat bao nhieu tien a'],
      ['Đăng ký tạm trú', 'dang ky tam tru'],
      ['Tôi muốn đăng ký kết hôn với người nước ngoài', 'toi muon dang ky ket hon voi nguoi nuoc ngoai'],
    ] as const;
    for (const [accented, plain] of pairs) {
      expect(cosine(await embedder.embedQuery(accented), await embedder.embedQuery(plain)), plain).toBeGreaterThan(0.95);
    }
  });

  it('keeps typos close and different procedures apart', async () => {
    const typo = await embedder.embedQuery('dang ki tam tru');
    const right = await embedder.embedQuery('dang ky tam tru');
    const other = await embedder.embedQuery('dang ky ket hon');
    expect(cosine(typo, right)).toBeGreaterThan(0.8);
    expect(cosine(typo, right)).toBeGreaterThan(cosine(typo, other) + 0.3);
    const chu = await embedder.embedQuery('dang ky thuong chu');
    expect(cosine(chu, await embedder.embedQuery('đăng ký thường trú'))).toBeGreaterThan(0.85);
  });

  it('expands colloquial questions towards the official procedure', async () => {
    const [licence, land] = await embedder.embedDocuments(['Cấp lại giấy phép lái xe', 'Cấp giấy chứng nhận quyền sử dụng đất']);
    const question = await embedder.embedQuery('mất bằng lái phải làm sao');
    expect(cosine(question, licence!)).toBeGreaterThan(0.5);
    expect(cosine(question, licence!)).toBeGreaterThan(cosine(question, land!) + 0.3);
    expect(cosine(await embedder.embedQuery('sổ đỏ'), land!)).toBeGreaterThan(0.6);
  });

  it('barely changes when the caller already appended the official term', async () => {
    // Expansion only adds missing features; the rest of the gap is the repeated "lái xe".
    const plain = await embedder.embedQuery('bằng lái xe');
    const appended = await embedder.embedQuery('bằng lái xe\ngiấy phép lái xe');
    expect(cosine(plain, appended)).toBeGreaterThan(0.93);
  });

  it('does not expand documents', async () => {
    const [document] = await embedder.embedDocuments(['sổ đỏ']);
    expect(cosine(document!, await embedder.embedQuery('sổ đỏ'))).toBeLessThan(0.9);
  });
});
