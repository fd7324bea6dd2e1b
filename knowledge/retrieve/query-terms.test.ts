import { describe, expect, it } from 'vitest';
import type { CorpusStats } from './corpus-stats.ts';
import { buildNameIndex, nameCandidates, nameEntry } from './name-index.ts';
import { keepLongestExact, matchName, nameCore, prepareNameQuery } from './name-match.ts';
import { analyzeQuery } from './query-terms.ts';
import { buildTsQuery, DEFAULT_TEXT_LIMITS } from './text-search.ts';

const names = [
  ['1.004222', 'dang ky thuong tru'],
  ['1.003197', 'xoa dang ky thuong tru'],
  ['1.004194', 'dang ky tam tru'],
  ['1.001193', 'thu tuc dang ky khai sinh'],
  ['2.000528', 'thu tuc dang ky khai sinh co yeu to nuoc ngoai'],
  ['1.002051', 'dang ky, dieu chinh dong bhxh, bhyt; cap so bhxh, the bhyt'],
  ['2.001194', 'cap lai the can cuoc (thuc hien tai cap tinh)'],
] as const;

function stats(chunkShare: Record<string, number> = {}): CorpusStats {
  const facts = names.map(([code, nameFolded]) => ({ code, nameFolded, contentHash: 'h', popularity: 0, levels: [], agency: null, field: null }));
  return {
    procedures: new Map(facts.map((f) => [f.code, f])),
    chunks: 10_000,
    names: buildNameIndex(facts),
    chunkShare: new Map(Object.entries(chunkShare)),
    maxPopularity: 0,
    loadedAt: Date.now(),
  };
}

describe('analyzeQuery', () => {
  it('finds typed procedure codes', () => {
    expect(analyzeQuery('thủ tục 1.004222 và 2.000528 nộp ở đâu').codes).toEqual(['1.004222', '2.000528']);
    expect(analyzeQuery('số 11.0042223 không phải mã').codes).toEqual([]);
  });

  it('keeps what identifies the procedure, with accents, and drops what is asked', () => {
    const terms = analyzeQuery('Xóa đăng ký tạm trú mất mấy ngày');
    expect(terms.identifying).toBe('Xóa đăng ký tạm trú');
    expect(terms.tokens).toEqual(['xoa', 'dang', 'ky', 'tam', 'tru']);
    expect(terms.phrases).toContain('tam_tru');
  });

  it('adds the official term for a colloquial one, and its words', () => {
    const terms = analyzeQuery('nhập hộ khẩu cho con');
    expect(terms.tokens).toEqual(expect.arrayContaining(['nhap', 'ho', 'khau', 'thuong', 'tru']));
    expect(terms.surfaces.some((s) => s.includes(' dang ky thuong tru '))).toBe(true);
  });

  it('reads level hints without mistaking "xa" (far) for a commune', () => {
    expect(analyzeQuery('làm căn cước ở phường').levels).toEqual(['xã']);
    expect(analyzeQuery('cấp lại thẻ căn cước tại Bộ Công an').levels).toEqual(['bộ']);
    expect(analyzeQuery('con cháu đi làm xa hết').levels).toEqual([]);
  });
});

describe('buildTsQuery', () => {
  it('keeps selective words and pairs, drops words in most chunks, and never passes operators through', () => {
    const terms = analyzeQuery("khai sinh' | ! & : * cho con");
    const query = buildTsQuery(terms, stats({ khai: 0.3, sinh: 0.01, cho: 0.6, con: 0.04 }), DEFAULT_TEXT_LIMITS)!;
    expect(query).toMatch(/^[a-z0-9 |()<>-]+$/);
    expect(query.split(' | ')).toEqual(expect.arrayContaining(['sinh', '(khai <-> sinh)', 'con']));
    expect(query.split(' | ')).not.toContain('cho');
  });

  it('gives up when nothing selective is left', () => {
    expect(buildTsQuery(analyzeQuery('đăng ký'), stats({ dang: 0.5, ky: 0.5 }), DEFAULT_TEXT_LIMITS)).toBeNull();
  });
});

describe('name matching', () => {
  it('proposes the names that share the rare words of a question', () => {
    const { names: index } = stats();
    const found = nameCandidates(index, analyzeQuery('làm giấy khai sinh').tokens, 2).map((e) => e.code);
    expect(found).toEqual(['1.001193', '2.000528']);
  });

  it('prefers the plain name over one with qualifiers the question never mentions', () => {
    const { names: index } = stats();
    const query = prepareNameQuery(analyzeQuery('làm giấy khai sinh cho con'), index);
    const plain = matchName(query, nameEntry('1.001193', 'thu tuc dang ky khai sinh', index.idf), index);
    const foreign = matchName(query, nameEntry('2.000528', 'thu tuc dang ky khai sinh co yeu to nuoc ngoai', index.idf), index);
    expect(plain.score).toBeGreaterThan(foreign.score);
  });

  it('spells out abbreviations in names and ignores level notes', () => {
    const { names: index } = stats();
    const query = prepareNameQuery(analyzeQuery('đăng ký đóng bảo hiểm xã hội cho nhân viên'), index);
    expect(matchName(query, nameEntry('1.002051', names[5][1], index.idf), index).nameCoverage).toBeGreaterThan(0.4);
    expect(nameCore('thu tuc cap lai the can cuoc (thuc hien tai cap tinh)')).toBe('cap lai the can cuoc');
  });

  it('counts the first of several services a name lists as its name', () => {
    const { names: index } = stats();
    const query = prepareNameQuery(analyzeQuery('giải thể doanh nghiệp cần hồ sơ gì'), index);
    const listing = nameEntry('2.002023', 'giai the doanh nghiep, giai the trong truong hop bi thu hoi giay chung nhan', index.idf);
    const later = nameEntry('1.010010', 'de nghi dung thuc hien thu tuc dang ky doanh nghiep; quyet dinh giai the doanh nghiep', index.idf);
    expect(matchName(query, listing, index).exact).toBe(true);
    expect(matchName(query, later, index).exact).toBe(false);
  });

  it('credits only the longest exact name when one sits inside another', () => {
    const { names: index } = stats();
    const query = prepareNameQuery(analyzeQuery('xoa dang ky thuong tru bao lau'), index);
    const matches = new Map(
      (['1.004222', '1.003197'] as const).map((code) => [code, matchName(query, nameEntry(code, names.find((n) => n[0] === code)![1], index.idf), index)]),
    );
    expect(matches.get('1.004222')?.exact).toBe(true);
    keepLongestExact(matches, new Map([['1.004222', ' dang ky thuong tru '], ['1.003197', ' xoa dang ky thuong tru ']]));
    expect(matches.get('1.004222')?.exact).toBe(false);
    expect(matches.get('1.003197')?.exact).toBe(true);
  });
});
