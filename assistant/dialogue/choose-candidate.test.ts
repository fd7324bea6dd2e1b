import { describe, expect, it } from 'vitest';
import type { RetrievedProcedure } from '../ports.ts';
import { sampleProcedure } from '../sample-records.fixture.ts';
import { understand } from '../understand/understand.ts';
import { choose } from './choose-candidate.ts';

/** A ranked list as the retriever returns it: real sample records with given scores and confidences. */
function ranked(...entries: [code: string, score: number, confidence: number][]): RetrievedProcedure[] {
  return entries.map(([code, score, confidence]) => ({ procedure: sampleProcedure(code), score, confidence, sections: [] }));
}

function decide(text: string, results: RetrievedProcedure[]) {
  const u = understand(text);
  return choose(u.words, results, u.aspects, { typed: u.typed });
}

const code = (d: ReturnType<typeof choose>) => (d.kind === 'found' ? d.procedure.code : d.kind === 'ambiguous' ? d.candidates.map((c) => c.procedure.code) : null);

describe('choose: variants named by the citizen', () => {
  const idCards = ranked(['2.001195', 0.3, 0.45], ['2.001194', 0.29, 0.1], ['2.000200', 0.28, 0.1], ['1.000889', 0.2, 0.05]);

  it('asks when a generic question ranks a variant first', () => {
    const d = decide('làm căn cước', idCards);
    expect(d.kind).toBe('ambiguous');
    expect(code(d)).toEqual(['2.000200', '2.001195', '2.001194']);
  });

  it.each([
    ['làm lại căn cước bị mất', '2.001194'],
    ['căn cước hết hạn đổi ở đâu', '2.001195'],
    ['cấp căn cước lần đầu mất mấy ngày', '2.000200'],
  ])('"%s" → %s', (text, expected) => {
    expect(code(decide(text, idCards))).toBe(expected);
  });

  it('never promotes a candidate about another subject', () => {
    const passport = ranked(['1.001456', 0.3, 0.3], ['2.001194', 0.25, 0.1], ['1.001471', 0.2, 0.1]);
    expect(code(decide('hộ chiếu hết hạn làm lại ở công an tỉnh mất mấy ngày', passport))).toBe('1.001456');
  });

  it('never jumps to another service on a variant word when none of the citizen’s words is in the top name', () => {
    // "rách" says reissue, and the only reissue is a far candidate about identity cards.
    const lodging = ranked(['1.004194', 0.5, 0.8], ['2.001194', 0.3, 0.02]);
    expect(code(decide('ở trọ chỗ mới, tờ giấy cũ bị rách rồi', lodging))).toBe('1.004194');
  });

  it('keeps a sure top when a variant word only fits another service that shares a few words', () => {
    const single = sampleProcedure('1.004873');
    const company = { ...sampleProcedure('3.000348'), code: '2.002018', name: 'Cấp lại Giấy chứng nhận đăng ký doanh nghiệp, Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp' };
    const results = [
      { procedure: single, score: 0.5, confidence: 0.94, sections: [] },
      { procedure: company, score: 0.3, confidence: 0.01, sections: [] },
    ];
    expect(code(decide('giấy xác nhận độc thân hết hạn rồi xin lại cần gì', results))).toBe('1.004873');
    // Unsure of the top, the citizen's variant word still decides.
    const unsure = results.map((r, i) => ({ ...r, confidence: i === 0 ? 0.3 : 0.1 }));
    expect(code(decide('giấy xác nhận độc thân hết hạn rồi xin lại cần gì', unsure))).toBe('2.002018');
  });

  it('gives the variant of the top’s own service the top’s confidence', () => {
    const marriage = sampleProcedure('1.000894');
    const foreign = { ...marriage, code: '2.000806', name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài' };
    const results = [
      { procedure: marriage, score: 0.5, confidence: 0.81, sections: [] },
      { procedure: foreign, score: 0.3, confidence: 0.03, sections: [] },
    ];
    expect(decide('sắp cưới anh người Hàn Quốc, đăng ký kết hôn cần gì', results)).toMatchObject({ kind: 'found', procedure: { code: '2.000806' }, confidence: 0.81 });
  });

  it('takes the narrower service whose name holds the top’s and adds what the citizen said', () => {
    const permanent = sampleProcedure('1.004222');
    const area = { ...permanent, code: '1.013314', name: 'Xác nhận về điều kiện diện tích bình quân nhà ở để đăng ký thường trú vào chỗ ở do thuê, mượn, ở nhờ' };
    const results = [
      { procedure: permanent, score: 0.59, confidence: 0.66, sections: [] },
      { procedure: area, score: 0.5, confidence: 0.07, sections: [] },
    ];
    expect(decide('muốn đăng ký thường trú, công an bảo xin giấy xác nhận diện tích nhà ở bình quân, xin ở đâu', results)).toMatchObject({
      kind: 'found',
      procedure: { code: '1.013314' },
      confidence: 0.66,
    });
    // Words in passing ("nhà thuê", "chỗ ở") add too little: the service the citizen named stays.
    expect(code(decide('đăng ký thường trú vào chỗ ở nhà thuê cần gì', results))).toBe('1.004222');
  });

  it('answers the close service whose name says far more of the question, and still asks between look-alike names', () => {
    const base = sampleProcedure('1.004194');
    const teacher = { ...base, code: '1.001646', name: 'Giải quyết hưởng trợ cấp đối với nhà giáo đã nghỉ hưu chưa được hưởng chế độ phụ cấp thâm niên trong lương hưu' };
    const emigrant = { ...base, code: '2.000755', name: 'Giải quyết hưởng trợ cấp một lần đối với người đang hưởng lương hưu ra nước ngoài để định cư' };
    const results = [
      { procedure: emigrant, score: 0.5, confidence: 0.4, sections: [] },
      { procedure: teacher, score: 0.48, confidence: 0.35, sections: [] },
    ];
    expect(code(decide('tôi là giáo viên về hưu, lương hưu chưa được tính phụ cấp thâm niên nhà giáo, làm hồ sơ ở đâu', results))).toBe('1.001646');
    expect(code(decide('giải quyết hưởng trợ cấp lương hưu ở đâu', results))).toEqual(['2.000755', '1.001646']);
  });

  it('does not ask about a narrower service the citizen gave no sign of', () => {
    const death = sampleProcedure('1.000656');
    const mobile = { ...death, code: '1.000419', name: 'Thủ tục đăng ký khai tử lưu động' };
    const results = [
      { procedure: death, score: 0.38, confidence: 0.5, sections: [] },
      { procedure: mobile, score: 0.36, confidence: 0.09, sections: [] },
    ];
    expect(code(decide('bà nội mất hôm qua, làm giấy khai tử cần mang những gì', results))).toBe('1.000656');
    // Said, it is a choice again.
    expect(code(decide('cán bộ có đăng ký khai tử lưu động tại nhà không', results))).toEqual(['1.000656', '1.000419']);
  });

  it('answers the service the citizen named in full when the first candidate only narrows it with words they never said', () => {
    const birth = sampleProcedure('1.001193');
    const foreign = { ...birth, code: '2.000528', name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài' };
    const results = (bankRank: number) => [
      { procedure: foreign, score: 0.75, confidence: 0.95, sections: [], bank: { rank: bankRank, relevance: 0.49 } },
      { procedure: birth, score: 0.53, confidence: 0.01, sections: [], named: true },
    ];
    const plain = decide('đăng ký khai sinh có mất phí không', results(1));
    expect([code(plain), plain.confidence]).toEqual(['1.001193', 0.95]);
    // The example bank's first choice, or the extra words said, keep the narrower one.
    expect(code(decide('đăng ký khai sinh có mất phí không', results(0)))).toBe('2.000528');
    expect(code(decide('đăng ký khai sinh cho con có yếu tố nước ngoài mất phí không', results(1)))).toBe('2.000528');
  });

  it('takes the narrower service the example bank ranks first, unless the search is sure of the broader one', () => {
    const birth = sampleProcedure('1.001193');
    const withFather = { ...birth, code: '1.000689', name: 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con' };
    const results = (leadConfidence: number) => [
      { procedure: birth, score: 0.51, confidence: leadConfidence, sections: [], bank: { rank: 2, relevance: 0.12 } },
      { procedure: withFather, score: 0.41, confidence: 0.04, sections: [], bank: { rank: 0, relevance: 0.25 } },
    ];
    const question = 'con em sinh ra mà bố cháu chưa cưới em thì làm giấy khai sinh có ghi tên bố được không';
    expect(code(decide(question, results(0.76)))).toBe('1.000689');
    expect(code(decide(question, results(0.95)))).toBe('1.001193');
  });

  it('prefers "khôi phục" over "báo mất" when both are said', () => {
    const found = ranked(['1.001445', 0.3, 0.62], ['1.010384', 0.25, 0.08], ['1.001456', 0.24, 0.08]);
    // Low retrieval confidence: answered, or offered first.
    expect([code(decide('hộ chiếu báo mất rồi giờ tìm lại được thì dùng lại được không', found))].flat()[0]).toBe('1.010384');
  });
});

describe('choose: the same service at two levels', () => {
  const passports = ranked(['1.001456', 0.3, 0.62], ['1.001471', 0.27, 0.1], ['1.001445', 0.15, 0.05]);

  it('asks which level for a generic question when both levels score close, however sure the ranking', () => {
    expect(code(decide('tôi muốn làm hộ chiếu', passports))).toEqual(['1.001456', '1.001471']);
  });

  it('answers the level the search clearly prefers: the bank tells which office citizens go to', () => {
    const provinceFirst = ranked(['1.001456', 0.8, 0.9], ['1.001471', 0.38, 0.02]);
    expect(code(decide('tôi muốn làm hộ chiếu', provinceFirst))).toBe('1.001456');
  });

  it('takes the level the citizen named', () => {
    expect(code(decide('làm hộ chiếu ở tỉnh mất bao lâu', passports))).toBe('1.001456');
    expect(code(decide('làm hộ chiếu ở cục quản lý xuất nhập cảnh', passports))).toBe('1.001471');
  });

  it('answers the provincial level when the question is about papers, which do not depend on the office', () => {
    expect(code(decide('hộ chiếu cho con dưới 14 tuổi dùng tờ khai mẫu nào', passports))).toBe('1.001456');
    expect(code(decide('làm hộ chiếu bao nhiêu tiền', passports))).toEqual(['1.001456', '1.001471']);
  });

  it('does not ask when both levels give the same answer', () => {
    const renewal = ranked(['2.001195', 0.3, 0.5], ['1.000889', 0.28, 0.2]);
    expect(code(decide('thẻ căn cước cấp đổi lệ phí bao nhiêu', renewal))).toBe('2.001195');
  });
});

describe('choose: confidence', () => {
  it('answers a clear winner and says nothing is known when every score is noise', () => {
    expect(code(decide('đăng ký tạm trú', ranked(['1.004194', 0.5, 0.97], ['1.002755', 0.2, 0.01])))).toBe('1.004194');
    expect(decide('cái giấy ấy', ranked(['1.004873', 0.1, 0.01]))).toEqual({ kind: 'unknown', confidence: 0.01 });
  });

  it('offers choices when unsure and the citizen named nothing', () => {
    const d = decide('cái giấy ấy làm thế nào', ranked(['3.000347', 0.12, 0.1], ['3.000348', 0.1, 0.08], ['1.004873', 0.09, 0.07]));
    expect(d.kind).toBe('ambiguous');
  });

  it('settles on a form code the citizen typed', () => {
    const d = decide('mẫu CT01 dùng cho thủ tục nào', ranked(['1.001193', 0.2, 0.3], ['1.004194', 0.19, 0.25]));
    expect(code(d)).toBe('1.004194');
  });
});
