import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';

describe('understand: intents', () => {
  it.each([
    ['cho tôi gặp nhân viên', 'human'],
    ['cho toi gap nhan vien', 'human'],
    ['Thôi cho tôi gặp tổng đài viên', 'human'],
    ['Cho tôi nói chuyện với cán bộ tư vấn', 'human'],
    ['0', 'human'],
    ['bấm 0', 'human'],
    ['Tôi muốn khiếu nại cán bộ phường', 'complaint'],
    ['toi muon phan anh ho so tre hen', 'complaint'],
    ['kiến nghị về thái độ cán bộ', 'complaint'],
    ['hồ sơ giải quyết chậm quá', 'complaint'],
    ['Trả lời vớ vẩn, bực mình quá, chẳng giúp được gì cả!', 'frustration'],
    ['chan qua, hoi mai khong duoc', 'frustration'],
    ['tôi muốn khởi kiện hàng xóm', 'legal_advice'],
    ['tranh chap dat dai thi lam sao', 'legal_advice'],
    ['tôi có cần thuê luật sư không', 'legal_advice'],
    ['chó nhà em cắn người, em có phải đền hết không', 'legal_advice'],
    // "phải đến" folds like "phải đền"; a lawyer's own licence is a procedure.
    ['mất giấy thông hành thì phải đến đâu để trình báo', 'procedure'],
    ['tôi đi từ quê lên thành phố ở trọ thì khai tạm trú thế nào', 'procedure'],
    ['người thất nghiệp được hỗ trợ học nghề không', 'procedure'],
    ['cho tôi nói chuyện với người thật', 'human'],
    ['con tôi đi nghĩa vụ không biết có phải xóa tạm trú', 'procedure'],
    ['đánh người gãy tay có phải đi tù không', 'legal_advice'],
    ['gia hạn giấy phép hành nghề luật sư cần gì', 'procedure'],
    ['đặt lịch hẹn nộp hồ sơ hộ chiếu', 'book_appointment'],
    ['dat lich lam can cuoc', 'book_appointment'],
    ['điền sẵn tờ khai giúp tôi', 'prefill_form'],
    ['tra cứu hồ sơ của tôi', 'dossier_status'],
    ['ho so cua toi da xong chua', 'dossier_status'],
    ['thời tiết hôm nay thế nào', 'out_of_scope'],
    ['gia vang hom nay bao nhieu', 'out_of_scope'],
    ['tư vấn giúp tôi nên đầu tư chứng khoán mã nào', 'out_of_scope'],
    ['xin chào', 'greeting'],
    ['alo', 'greeting'],
    ['cảm ơn bạn nhiều', 'thanks'],
    ['cam on', 'thanks'],
    ['tôi già rồi, nói chậm thôi', 'plain_language'],
    ['đăng ký tạm trú cần giấy tờ gì', 'procedure'],
    ['xin chào, làm hộ chiếu mất bao lâu', 'procedure'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('does not take "điều kiện" or "kiến nghị" for a lawsuit', () => {
    expect(understand('điều kiện đăng ký thường trú là gì').intent).toBe('procedure');
    expect(understand('dieu kien dang ky thuong tru').aspects).toEqual(['conditions']);
  });

  it.each([
    ['hàng xóm làm nứt tường nhà tôi, tôi đòi bồi thường có hợp lý không', true],
    ['nợ thẻ tín dụng không trả có bị khởi tố không', true],
    ['vợ có phải trả nợ thay chồng ko', true],
    ['ly hôn rồi bố có quyền đón con không', true],
    ['xe mua lại dính phạt nguội từ trước, giờ tôi phải đóng hay người bán đóng', true],
    ['mua đất bằng giấy viết tay từ năm 2000, theo pháp luật nhà tôi có bị mất đất không', true],
    ['đăng ký khai sinh cần giấy tờ gì', false],
    ['đổi bằng lái mất bao lâu', false],
    ['nộp hồ sơ qua mạng có phải trả phí không', false],
  ])('"%s" asks for a reading of the law on the case: %s', (text, expected) => {
    expect(understand(text).asksLegalReading).toBe(expected);
  });

  it('does not take "mấy bức ảnh" for frustration, nor "nói chậm" for a complaint', () => {
    expect(understand('làm hộ chiếu cần mấy bức ảnh').intent).toBe('procedure');
    expect(understand('nói chậm thôi').intent).toBe('plain_language');
  });
});

describe('understand: aspects, with and without diacritics', () => {
  it.each([
    ['Đăng ký tạm trú cần những giấy tờ gì?', ['documents']],
    ['dang ky tam tru can giay to gi', ['documents']],
    ['dk tam tru can gi', ['documents']],
    ['làm hộ chiếu mất bao nhiêu tiền', ['fee']],
    ['lam lai can cuoc mat bao nhieu tien', ['fee']],
    ['doi cccd het bn tien', ['fee']],
    ['lệ phí đăng ký kết hôn', ['fee']],
    ['làm KT3 bao lâu thì xong', ['duration']],
    ['cap the can cuoc mat may ngay', ['duration']],
    ['mất mấy ngày?', ['duration']],
    ['Nộp hôm nay thì bao giờ có kết quả?', ['result']],
    ['khai tử ở đâu', ['where']],
    ['nop o dau', ['where']],
    ['đăng ký tạm trú trên VNeID được không', ['where']],
    ['các bước đăng ký kết hôn', ['steps']],
    ['khai bao tam vang the nao', ['steps']],
    ['điều kiện cấp phiếu lý lịch tư pháp', ['conditions']],
    ['đi làm xa nhà cả năm có phải khai báo tạm vắng không', ['conditions']],
    ['tờ khai mẫu nào', ['forms']],
    ['mau to khai ho chieu', ['forms']],
    ['hộ chiếu', []],
  ])('%s → %j', (text, aspects) => {
    expect(understand(text).aspects).toEqual(aspects);
  });

  it('keeps every aspect asked, in order', () => {
    expect(understand('cần giấy tờ gì và mất bao nhiêu tiền').aspects).toEqual(['documents', 'fee']);
    expect(understand('đi làm ở đâu, mất bao nhiêu ngày').aspects).toEqual(['where', 'duration']);
  });

  it('reads "mất bao nhiêu ngày" as time and "đợi bao lâu" without a fee', () => {
    expect(understand('mất bao nhiêu ngày').aspects).toEqual(['duration']);
    expect(understand('đợi bao lâu').aspects).toEqual(['duration']);
  });

  it('knows when the citizen wants a date, and when they compare methods', () => {
    expect(understand('Nộp hôm nay thì bao giờ có kết quả?').wantsExpectedDate).toBe(true);
    expect(understand('mất bao lâu').wantsExpectedDate).toBe(false);
    const compare = understand('nộp online có nhanh hơn không?');
    expect(compare.compares).toBe(true);
    expect(compare.method).toBe('online');
    expect(compare.aspects).toEqual(['duration']);
  });
});

describe('understand: method, case and follow-ups', () => {
  it.each([
    ['nộp trực tiếp ở phường', 'in_person'],
    ['nop truc tuyen', 'online'],
    ['làm online được không', 'online'],
    ['nộp qua VNeID', 'online'],
    ['gửi qua bưu điện', 'post'],
    ['lệ phí bao nhiêu', null],
  ])('%s → method %s', (text, method) => {
    expect(understand(text).method).toBe(method);
  });

  it.each([
    ['đăng ký thường trú nhà thuê', ['rented']],
    ['dang ky thuong tru vao nha cua toi', ['own_home']],
    ['thế còn làm cho con tôi?', ['child']],
    ['nhập khẩu về nhà bố mẹ', ['relative']],
    ['tôi bị mất thẻ', ['lost']],
  ])('%s → case cues %j', (text, cues) => {
    expect(understand(text).caseCues).toEqual(cues);
  });

  it('sees a follow-up: no procedure named, only an aspect or a case', () => {
    for (const text of ['còn lệ phí thì sao?', 'the le phi thi sao', 'nộp online có nhanh hơn không?', 'thế còn làm cho con tôi?', 'mất mấy ngày?']) {
      expect(understand(text).topicWords, text).toEqual([]);
    }
  });

  it('keeps the words that name a procedure, with their diacritics, for the search', () => {
    const u = understand('Làm hộ chiếu mất bao nhiêu tiền?');
    expect(u.topicWords).toContain('chieu');
    expect(u.topicText).toBe('Làm hộ chiếu');
    expect(understand('sổ đỏ làm ở đâu').topicWords).toEqual(['so', 'do']);
  });

  it('reads a typed procedure code', () => {
    expect(understand('thủ tục 1.004194 cần gì').code).toBe('1.004194');
  });

  it('notices a long hesitant message and a request for plain language', () => {
    const rambling =
      'ừ thì là cái giấy ấy à... thì là bác muốn hỏi cái việc ờ cái giấy mà hôm trước người ta bảo ấy... thì là bác không rõ lắm cái ấy à, ừ thì bác hỏi thế thôi';
    expect(understand(rambling).hesitant).toBe(true);
    expect(understand('đăng ký tạm trú cần giấy tờ gì').hesitant).toBe(false);
    expect(understand('Tôi già rồi, mắt kém, làm giấy khai sinh cần mang gì?').asksPlainLanguage).toBe(true);
  });
});

describe('understand: public administration or not', () => {
  it.each([
    ['chỉ tôi cách nấu phở bò với', 'out_of_scope'],
    ['tối nay đội tuyển Việt Nam đá mấy giờ', 'out_of_scope'],
    ['bi cam cum thi uong thuoc gi', 'out_of_scope'],
    ['viết giúp em bài văn tả mẹ lớp 5', 'out_of_scope'],
    ['nên mua xe máy hãng nào đi cho bền', 'out_of_scope'],
    // Everyday words in a story about papers do not make the question one of everyday life.
    ['Tôi muốn thành lập công ty TNHH để mở xưởng làm bánh, hồ sơ cần gì', 'procedure'],
    ['e sắp cưới anh người yêu người Hàn, đăng ký kết hôn cần giấy tờ j', 'procedure'],
    ['bằng lái hạng nào được lái ô tô', 'procedure'],
    ['mở công ty TNHH một thành viên cần chuẩn bị hồ sơ gì', 'procedure'],
    ['nộp đơn khởi kiện lên tòa án qua mạng được không', 'procedure'],
    ['thanh toán trực tiếp chi phí khám chữa bệnh BHYT bao lâu', 'procedure'],
    ['bị cấm xuất cảnh thì làm sao', 'procedure'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('searches with the words of an intent the papers overrule: they are the story, and may name the service', () => {
    const u = understand('em làm môi giới ở công ty chứng khoán, điều kiện được cấp chứng chỉ hành nghề chứng khoán là gì');
    expect(u.intent).toBe('procedure');
    expect(u.topicWords).toContain('khoan');
    expect(u.topicText).toContain('chứng khoán');
  });

  it('does not hear a fee in "phi công" or "đất phi nông nghiệp"', () => {
    expect(understand('con tôi học xong phi công, xin giấy phép lái máy bay ở đâu').aspects).not.toContain('fee');
    expect(understand('chuyen dat vuon sang dat phi nong nghiep can giay to gi').aspects).not.toContain('fee');
    expect(understand('thanh lap cong ty co phan phi cong bo bao nhieu').aspects).toContain('fee');
    expect(understand('làm hộ chiếu phí bao nhiêu').aspects).toContain('fee');
  });

  it('tells an unclear administrative message from something else', () => {
    expect(understand('cái giấy ấy làm thế nào').mentionsDomain).toBe(true);
    expect(understand('hôm nay trời đẹp quá nhỉ').mentionsDomain).toBe(false);
    // Writing to an office is administration, even when nothing else says so.
    expect(understand('bến đò nhà em không hoạt động nữa, muốn đóng bến thì làm đơn gửi ai').mentionsDomain).toBe(true);
  });
});
