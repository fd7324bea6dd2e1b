import { describe, expect, it } from 'vitest';
import { answerEvidence } from './answer-evidence.ts';
import { ABSENT_BELOW, answerProbability, ASK_BELOW } from './answer-policy.ts';
import { cited, useAssistantFixture } from './assistant.fixture.ts';
import { notInDataReply } from '../compose/compose-simple.ts';
import { understand } from '../understand/understand.ts';

const fixture = useAssistantFixture();

describe('answering only with evidence', () => {
  it('does not answer a look-alike question with the nearest procedure', async () => {
    const ask = await fixture().conversation();
    const reply = await ask('mất thẻ nhân viên công ty làm lại ở phòng nhân sự hết bao nhiêu');
    expect(['clarify', 'out_of_scope']).toContain(reply.kind);
    expect(reply.citations).toEqual([]);
  });

  it('offers a person, a written question and the portal search when it has no answer', async () => {
    const reply = notInDataReply(0.2);
    expect(reply.kind).toBe('out_of_scope');
    for (const offer of ['"gặp cán bộ"', '"gửi kiến nghị"', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh']) expect(reply.text).toContain(offer);
    // One SMS that keeps the link whole; spoken, no link: the person is offered.
    expect(reply.sms.text.endsWith(' https://dichvucong.gov.vn/thu-tuc-hanh-chinh')).toBe(true);
    expect(reply.sms.text).toContain('"gửi kiến nghị"');
    expect(reply.speech).toContain('gặp cán bộ');
    expect(reply.speech).not.toContain('http');
    const area = await (await fixture().conversation())('con tôi học lớp 5, giờ muốn xin chuyển trường sang quận khác thì cần giấy tờ gì');
    expect(area.text).toContain('"gửi kiến nghị"');
    expect(area.sms.text).toContain('giáo dục và đào tạo');
    expect(area.sms.text.endsWith(' https://dichvucong.gov.vn/thu-tuc-hanh-chinh')).toBe(true);
    expect(area.text).toContain('https://dichvucong.gov.vn/thu-tuc-hanh-chinh');
    // The words offered lead where they say.
    expect(understand('gửi kiến nghị').intent).toBe('complaint');
    expect(understand('gặp cán bộ').intent).toBe('human');
  });

  it('says who handles an area the corpus holds no procedure of, instead of a look-alike', async () => {
    const ask = await fixture().conversation();
    const reply = await ask('con tôi học lớp 5, giờ muốn xin chuyển trường sang quận khác thì cần giấy tờ gì');
    expect([reply.kind, reply.citations]).toEqual(['out_of_scope', []]);
    expect(reply.text).toContain('giáo dục và đào tạo');
    expect(reply.text).toContain('Sở Giáo dục và Đào tạo');
    // The same words as context of a question the corpus answers do not stop the answer.
    expect(cited(await ask('đăng ký thường trú cho con để nộp hồ sơ nhập học cần giấy tờ gì'))).toBe('1.004222');
    // Nor a follow-up that names the procedure again; a follow-up about the area alone is not this procedure's.
    const again = await ask('đăng ký thường trú xong thì nhập học cho cháu có cần mang gì thêm không');
    expect(cited(again)).toBe('1.004222');
    const school = await ask('còn chuyển trường cho đứa lớn thì nộp hồ sơ ở đâu');
    expect([school.kind, school.citations]).toEqual(['out_of_scope', []]);
    // The area is read from the whole message: "phí" also asks for the fee, yet "học phí" names the area.
    const fees = await (await fixture().conversation())('bà muốn xin miễn giảm học phí cho cháu nội thì nộp giấy tờ gì');
    expect([fees.kind, fees.citations]).toEqual(['out_of_scope', []]);
    expect(fees.text).toContain('giáo dục và đào tạo');
  });

  it('does not answer about a pet or a private service even when a procedure name matches', async () => {
    const ask = await fixture().conversation();
    for (const text of ['làm giấy khai sinh cho con mèo nhà tôi cần gì', 'đổi tên wifi nhà mạng viettel làm thế nào', 'chó nhà tôi mới đẻ, làm giấy khai sinh cho mấy bé ở đâu']) {
      const reply = await ask(text);
      expect([reply.kind, reply.citations]).toEqual(['out_of_scope', []]);
      expect(reply.text).toContain('không phải một thủ tục hành chính');
    }
    expect(cited(await ask('làm giấy khai sinh cho con cần gì'))).toBe('1.001193');
  });

  it('hands a reading of the law on a personal case to a person, but answers the same words about a procedure', async () => {
    const ask = await fixture().conversation();
    const reading = await ask('chồng nợ cờ bạc 500 triệu, chủ nợ đến nhà đòi, vợ có phải trả nợ thay chồng không');
    expect([reading.kind, reading.intent, reading.citations]).toEqual(['handoff', 'legal_advice', []]);
    expect(reading.actions).toContainEqual(expect.objectContaining({ type: 'handoff', reason: 'legal_advice' }));
    const late = await (await fixture().conversation())('khai tử trễ hạn có bị phạt không, cần giấy tờ gì');
    expect(cited(late)).toBe('1.000656');
  });

  it('still answers a plain question, and a citizen coming back to an earlier procedure', async () => {
    const ask = await fixture().conversation();
    expect(cited(await ask('đăng ký tạm trú cần giấy tờ gì'))).toBe('1.004194');
    expect(cited(await ask('mà thôi, cho tôi hỏi xin giấy xác nhận độc thân'))).toBe('1.004873');
    const back = await ask('quay lại cái tạm trú, lệ phí bao nhiêu?');
    expect([back.kind, cited(back), back.aspect]).toEqual(['answer', '1.004194', 'fee']);
  });

  it('weighs the example bank and its classifier above the retriever alone', () => {
    const base = {
      ...{ confidence: 0.5, first: 1, bank: 0, bankLead: 0, event: 0, nameShare: 0.5, recordShare: 0.5, length: Math.log(4), bankMax: 0, second: 0.1, usage: 3 },
      ...{ centroid: 0, centroidLead: 0, centroidMax: 0, softmax: 0 },
    };
    const withBank = answerProbability({ ...base, bank: 0.8, bankLead: 1, bankMax: 0.8 });
    const similar = { ...base, centroid: 0.5, centroidLead: 1, centroidMax: 0.5 };
    const classified = answerProbability({ ...similar, softmax: 0.6 });
    // Close to several procedures, the classifier's preference among them counts too.
    expect(answerProbability(similar)).toBeLessThan(classified);
    expect(withBank).toBeGreaterThan(ASK_BELOW);
    expect(classified).toBeGreaterThan(ASK_BELOW);
    expect(answerProbability(base)).toBeLessThan(Math.min(withBank, classified));
    expect(answerProbability({ ...base, confidence: 0.05 })).toBeLessThan(ABSENT_BELOW);
  });

  it('counts the question words the record explains', () => {
    const record = { code: '1.000001', name: 'Đăng ký tạm trú', popularity: 99, field: 'Cư trú', agency: null, applicants: null, documentsText: 'Tờ khai CT01', conditions: null, resultsText: '', stepsText: '', updatedAt: null };
    const u = { topicWords: ['dang', 'ky', 'tam', 'tru', 'visa'] } as Parameters<typeof answerEvidence>[0];
    const e = answerEvidence(u, record as unknown as Parameters<typeof answerEvidence>[1], 0.7, []);
    expect([e.nameShare, e.recordShare, e.confidence, e.bank]).toEqual([0.8, 0.8, 0.7, 0]);
    expect(e.usage).toBeCloseTo(2, 5);
  });
});
