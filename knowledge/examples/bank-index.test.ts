import { describe, expect, it } from 'vitest';
import { buildBankIndex, createBankIndex, bankFeatures } from './bank-index.ts';
import { loadBank, parseBank } from './load-bank.ts';

const entries = parseBank(
  [
    { code: '1.004194', author: 't', questions: ['Thuê trọ ở thành phố thì khai tạm trú ở đâu?', 'mún đk tạm trú online dc ko'] },
    { code: '1.001193', author: 't', questions: ['Con mới sinh thì làm giấy khai sinh cần gì?', 'vợ mới đẻ, đi khai sinh cho cháu ở đâu'] },
    { code: '1.000656', author: 't', questions: ['Bố tôi mất, đi báo tử ở đâu?', 'làm giấy chứng tử cho người nhà vừa qua đời'] },
  ]
    .map((e) => JSON.stringify(e))
    .join('\n'),
);

describe('example-question bank index', () => {
  // Three procedures give small word weights: the floor of the shipped bank (7,000 phrasings) would hide every hit.
  const index = createBankIndex(entries, { weakest: 0 });

  it('finds the procedure whose phrasings match, worded differently', () => {
    expect(index.search('vợ e mới đẻ thì khai sinh cho con thế nào', 3)[0]?.code).toBe('1.001193');
    expect(index.search('muốn đăng ký tạm trú được không', 3)[0]?.code).toBe('1.004194');
    expect(index.search('ong noi toi qua doi roi lam giay gi', 3)[0]?.code).toBe('1.000656');
  });

  it('keeps relevance low when the question is about something the bank does not hold', () => {
    const [hit] = index.search('xin giấy phép khai thác khoáng sản đá vôi', 3);
    expect(hit?.relevance ?? 0).toBeLessThan(0.2);
    const [good] = index.search('con mới sinh làm giấy khai sinh cần gì', 3);
    expect(good?.relevance ?? 0).toBeGreaterThan(0.6);
  });

  it('features are content syllables, their pairs and the lexicon terms', () => {
    const features = bankFeatures('làm sổ đỏ');
    expect(features).toContain('so_do');
    expect(features.some((f) => f.startsWith('='))).toBe(true);
  });

  it('rejects a malformed line with its number', () => {
    expect(() => parseBank('{"code":"1.004194","author":"x","questions":[]}', 'f')).toThrow(/f:1/);
  });

  it('on the shipped bank, a vague question proposes nothing and a clear one finds its procedure', () => {
    const shipped = createBankIndex(loadBank());
    expect(shipped.search('cái giấy ấy làm thế nào', 5)).toEqual([]);
    expect(shipped.search('thuê phòng trọ thì khai tạm trú ở đâu', 5)[0]?.code).toBe('1.004194');
  });

  it('builds the same index a slice at a time, for a server that keeps answering meanwhile', async () => {
    const bank = loadBank();
    const sliced = await buildBankIndex(bank);
    const whole = createBankIndex(bank);
    expect(sliced.phrasings).toEqual(whole.phrasings);
    for (const question of ['thuê phòng trọ thì khai tạm trú ở đâu', 'mất căn cước làm lại thế nào', 'cái giấy ấy làm thế nào']) {
      expect(sliced.search(question, 5)).toEqual(whole.search(question, 5));
    }
  });

  it('loads the shipped bank: every entry valid, eight or more phrasings per procedure from two or more authors', () => {
    const bank = loadBank();
    const byCode = new Map<string, { questions: number; authors: Set<string> }>();
    for (const entry of bank) {
      const seen = byCode.get(entry.code) ?? { questions: 0, authors: new Set<string>() };
      seen.questions += entry.questions.length;
      seen.authors.add(entry.author);
      byCode.set(entry.code, seen);
    }
    expect(byCode.size).toBeGreaterThanOrEqual(500);
    for (const { questions, authors } of byCode.values()) {
      expect(questions).toBeGreaterThanOrEqual(8);
      expect(authors.size).toBeGreaterThanOrEqual(2);
    }
  });
});
