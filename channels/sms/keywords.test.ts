import { describe, expect, it } from 'vitest';
import { smsKeyword } from './keywords.ts';

describe('smsKeyword', () => {
  it.each(['TU CHOI', 'Từ chối', 'tu choi.', 'HUY', 'huỷ', 'Hủy', 'STOP', ' stop '])('%s stops messages', (text) => {
    expect(smsKeyword(text)).toBe('opt_out');
  });
  it.each(['START', 'bat lai', 'Bật lại'])('%s resumes them', (text) => {
    expect(smsKeyword(text)).toBe('opt_in');
  });
  it.each(['huy ho so thi lam sao', 'toi muon tu choi nhan ket qua qua buu dien', 'stopped'])('a question that contains one is a question: %s', (text) => {
    expect(smsKeyword(text)).toBeNull();
  });
});
