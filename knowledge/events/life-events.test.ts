import { describe, expect, it } from 'vitest';
import { createLifeEvents, getLifeEvents, matchLifeEvents } from './life-events.ts';

const ids = (text: string) => matchLifeEvents(text).map((e) => e.id);

describe('life events', () => {
  it.each([
    ['Con tôi mới đẻ, đi làm giấy tờ cho cháu cần mang gì?', 'sinh-con'],
    ['vo em vua sinh be trai tuan truoc', 'sinh-con'],
    ['bố tôi mất tuần trước, giờ phải làm giấy tờ gì', 'qua-doi'],
    ['ong noi em qua doi roi', 'qua-doi'],
    ['chuyển nhà sang phường khác thì có phải báo không', 'chuyen-cho-o'],
    ['em mua lại xe cũ của người quen', 'mua-ban-xe'],
    ['thuê trọ gần trường thì khai báo gì', 'thue-tro'],
    ['sắp cưới vợ thì làm giấy gì', 'ket-hon'],
    ['bố mẹ cho đất thì sang tên thế nào', 'mua-ban-dat'],
    ['mở quán cà phê nhỏ cần giấy gì', 'mo-kinh-doanh'],
    ['dẹp quán rồi thì báo ở đâu', 'dong-kinh-doanh'],
    ['mới nghỉ việc muốn rút bảo hiểm', 'nghi-viec'],
    ['chuẩn bị đi du học Nhật', 'di-nuoc-ngoai'],
    ['muốn nhận con nuôi', 'nhan-con-nuoi'],
    ['bị móc túi mất hết giấy tờ', 'mat-giay-to'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('lists the connected procedures in order: khai sinh, then the liên thông ones; khai tử, then xóa thường trú', () => {
    const birth = matchLifeEvents('vợ tôi mới sinh')[0];
    expect(birth?.procedures.slice(0, 3)).toEqual(['1.001193', '2.000986', '2.001023']);
    const death = matchLifeEvents('mẹ tôi mất')[0];
    expect(death?.procedures.slice(0, 2)).toEqual(['1.000656', '1.003197']);
  });

  it('does not read an event into ordinary words: "mất" alone is losing or costing', () => {
    expect(ids('làm căn cước mất bao nhiêu tiền')).toEqual([]);
    expect(ids('mất bao lâu thì có hộ chiếu')).toEqual([]);
    expect(ids('đăng ký tạm trú cần gì')).toEqual([]);
  });

  it('a longer cue wins an overlap: "nhận con nuôi" is adoption, not recognising a child', () => {
    expect(ids('tôi muốn nhận con nuôi')).toEqual(['nhan-con-nuoi']);
  });

  it('keys by Map: a citizen word such as constructor finds nothing', () => {
    expect(ids('constructor __proto__ toString')).toEqual([]);
  });

  it('rejects malformed data and duplicate ids', () => {
    expect(() => createLifeEvents([{ id: 'x', label: 'X', cues: ['a b'], procedures: ['bad'], note: 'n' }])).toThrow();
    const one = { id: 'x', label: 'X', cues: ['sinh con'], procedures: ['1.001193'], note: 'n' };
    expect(() => createLifeEvents([one, one])).toThrow(/duplicate/);
  });

  it('every shipped event has cues and ordered procedures', () => {
    expect(getLifeEvents().events.length).toBeGreaterThanOrEqual(15);
  });
});
