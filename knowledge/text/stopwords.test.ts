import { describe, expect, it } from 'vitest';
import { fold } from './normalize.ts';
import { ACCENTED_STOPWORDS, AMBIGUOUS_STOPWORDS, contentTokens, FILLER_PHRASES, STOPWORDS } from './stopwords.ts';

describe('contentTokens', () => {
  it('drops the fillers elderly users type', () => {
    expect(contentTokens('Cho tôi hỏi làm lại thẻ căn cước thì mất bao nhiêu tiền ạ')).toEqual([
      'lam', 'lai', 'the', 'can', 'cuoc', 'mat', 'bao', 'nhieu', 'tien',
    ]);
    expect(contentTokens('Bác ơi cháu muốn hỏi cái hộ chiếu là làm thế nào vậy nhé')).toEqual([
      'ho', 'chieu', 'lam',
    ]);
  });

  it('keeps "cho" and "con" outside filler phrases', () => {
    expect(contentTokens('làm khai sinh cho con')).toEqual(['lam', 'khai', 'sinh', 'cho', 'con']);
    expect(contentTokens('Cấp thẻ căn cước cho người dưới 14 tuổi')).toContain('cho');
    expect(contentTokens('nhận con nuôi')).toEqual(['nhan', 'con', 'nuoi']);
  });

  it('drops ambiguous stopwords only when the writer typed accents', () => {
    // "thì" is filler; an unaccented "thi" may be "thị" (thị thực) or "thi" (an exam).
    expect(contentTokens('thì cấp thị thực')).toEqual(['cap', 'thi', 'thuc']);
    expect(contentTokens('thi bang lai xe')).toEqual(['thi', 'bang', 'lai', 'xe']);
    // "của" goes, "cửa" (cửa khẩu) stays although both fold to "cua".
    expect(contentTokens('thủ tục của cửa khẩu')).toEqual(['thu', 'tuc', 'cua', 'khau']);
    // Unaccented "the" stays: it is usually "thẻ".
    expect(contentTokens('cap lai the bhyt')).toEqual(['cap', 'lai', 'the', 'bhyt']);
  });

  it('removes the filler phrases in unaccented text too', () => {
    expect(contentTokens('cho toi hoi thu tuc ket hon a')).toEqual(['thu', 'tuc', 'ket', 'hon']);
    expect(contentTokens('toi muon lam ho chieu')).toEqual(['lam', 'ho', 'chieu']);
  });

  it('reads accents from decomposed (NFD) input too', () => {
    expect(contentTokens('Cho tôi hỏi thì cấp thị thực ạ'.normalize('NFD'))).toEqual(['cap', 'thi', 'thuc']);
  });

  it('keeps codes and numbers', () => {
    expect(contentTokens('thủ tục 1.004222 là gì')).toEqual(['thu', 'tuc', '1.004222']);
  });
});

describe('stopword lists', () => {
  // Content syllables whose folded form collides with a filler word.
  const protectedSyllables = [
    'cho', 'con', 'em', 'anh', 'ba', 'thi', 'the', 'vay', 'cai', 'cua', 'dang', 'ma', 'do', 'toi',
    'minh', 'chi', 'hoi', 'trong', 'tu', 'ho', 'van', 'cung', 'vi', 'duoc', 'nao', 'sao', 'bao', 'co',
  ];

  it('never lists a folded syllable that is also a content word', () => {
    for (const syllable of protectedSyllables) expect(STOPWORDS.has(syllable), syllable).toBe(false);
  });

  it('stores folded STOPWORDS and accented ACCENTED_STOPWORDS', () => {
    for (const word of STOPWORDS) expect(fold(word)).toBe(word);
    for (const word of ACCENTED_STOPWORDS) expect(word).toBe(word.normalize('NFC').toLowerCase());
    for (const phrase of FILLER_PHRASES) expect(phrase.join(' ')).toBe(fold(phrase.join(' ')));
  });

  it('only softens ambiguous words whose filler reading dominates', () => {
    const accentedFolds = new Set([...ACCENTED_STOPWORDS].map((w) => fold(w)));
    for (const word of AMBIGUOUS_STOPWORDS) expect(accentedFolds.has(word), word).toBe(true);
    for (const word of ['can', 'dang', 'thi', 'chi', 'co', 'hoi', 'minh', 'dau', 'khi', 'ma', 'do', 'nha']) {
      expect(AMBIGUOUS_STOPWORDS.has(word), word).toBe(false);
    }
  });

  it('does not drop "thế" in "thế chấp" or "từ" in "từ chối"', () => {
    expect(contentTokens('đăng ký thế chấp')).toEqual(['dang', 'ky', 'the', 'chap']);
    expect(contentTokens('từ chối nhận di sản')).toEqual(['tu', 'choi', 'nhan', 'di', 'san']);
  });
});
