import type { SubmissionMethod } from '../../knowledge/index.ts';
import type { HandoffReason } from '../reply.ts';

/**
 * Every Vietnamese sentence the assistant writes. The assistant speaks as "tôi" and calls the
 * citizen "bạn", like the safety messages. Numbers, names and codes always come from the record.
 */
export const METHOD_LABEL: Record<SubmissionMethod, string> = {
  online: 'Nộp trực tuyến',
  in_person: 'Nộp trực tiếp',
  post: 'Nộp qua dịch vụ bưu chính',
};

export const METHOD_SHORT: Record<SubmissionMethod, string> = {
  online: 'trực tuyến',
  in_person: 'trực tiếp',
  post: 'qua bưu chính',
};

export const UNIT_LABEL = { working_days: 'ngày làm việc', days: 'ngày', hours: 'giờ', months: 'tháng' } as const;

export const T = {
  procedureLine: (name: string, code: string) => `Thủ tục: ${name} (mã ${code})`,
  procedureSpeech: (name: string) => `Về thủ tục ${name}.`,
  source: (code: string, url: string | null) =>
    url ? `Nguồn: Cổng Dịch vụ công quốc gia, thủ tục mã ${code}: ${url}` : `Nguồn: Cổng Dịch vụ công quốc gia, thủ tục mã ${code}.`,
  sourceSpeech: 'Thông tin theo Cổng Dịch vụ công quốc gia.',

  documentsTitle: 'Giấy tờ cần chuẩn bị:',
  documentsForCase: (label: string) => `Giấy tờ cần chuẩn bị (trường hợp: ${label}):`,
  documentsDependOnCase: 'Giấy tờ tùy theo trường hợp của bạn:',
  // A label that is already a heading ("Hồ sơ … gồm", "Đối với …") is shown as it is.
  caseHeading: (label: string) => (/^(trường hợp|đối với|hồ sơ|khi |nếu )/i.test(label) ? `${label}:` : `Trường hợp ${lowerFirst(label)}:`),
  generalHeading: 'Giấy tờ chung:',
  sharedHeading: 'Giấy tờ dùng cho nhiều trường hợp:',
  otherCases: (labels: string) => `Một số trường hợp riêng cần thêm giấy tờ: ${labels}.`,
  originals: (n: number) => `${n} bản chính`,
  copies: (n: number) => `${n} bản sao`,
  formsOf: (forms: string) => `mẫu: ${forms}`,
  documentsSpeech: 'Bạn cần chuẩn bị các giấy tờ sau.',
  documentsNone: 'Thông tin thủ tục không liệt kê giấy tờ cụ thể. Nội dung chính thức như sau:',
  notesTitle: 'Lưu ý cho trường hợp của bạn (theo thủ tục):',
  noCaseForCue: 'Thủ tục này không có danh sách giấy tờ riêng cho trường hợp bạn nêu; giấy tờ theo quy định như sau.',

  feesTitle: 'Phí, lệ phí:',
  free: 'Miễn phí',
  amount: (kind: string | null, amount: string) => (kind ? `${kind} ${amount}` : amount),
  officialText: (text: string) => `theo văn bản: “${text}”`,
  officialSpoken: 'Theo văn bản:',
  feeNotStated: 'không ghi phí, lệ phí',
  noFeesAtAll: 'Thông tin thủ tục không ghi khoản phí, lệ phí nào.',
  exemption: (text: string) => `Trường hợp miễn, giảm: “${text}”`,

  durationsTitle: 'Thời gian giải quyết:',
  sameDuration: (duration: string, methods: string) => `Thời gian giải quyết: ${duration} (${methods}).`,
  faster: (fast: string, fastTime: string, slow: string, slowTime: string) =>
    `${fast} nhanh hơn: ${fastTime}, so với ${slow}: ${slowTime}.`,
  sameSpeed: (methods: string) => `Thời gian như nhau khi nộp ${methods}.`,
  cheaper: (cheap: string, cheapFee: string, other: string, otherFee: string) =>
    `${cheap} rẻ hơn: ${cheapFee}, so với ${other}: ${otherFee}.`,
  samePrice: (methods: string) => `Lệ phí như nhau khi nộp ${methods}.`,
  methodMissing: (wanted: string, available: string) => `Thủ tục này không có hình thức ${wanted}. Có thể nộp: ${available}.`,

  expectedTitle: 'Dự kiến ngày có kết quả:',
  expected: (method: string, today: string, due: string, duration: string) =>
    `${method}: nộp hôm nay (${today}) thì dự kiến có kết quả ${due} (${duration}).`,
  expectedSpeech: (method: string, due: string) => `${method}, nếu nộp hôm nay thì dự kiến có kết quả ${due}.`,
  expectedNote: 'Ngày dự kiến tính theo ngày làm việc, không kể thứ Bảy, Chủ nhật và ngày lễ; hồ sơ phải đầy đủ, hợp lệ.',
  expectedFromNextWorkingDay: 'Hôm nay là ngày nghỉ, nên hồ sơ được tính từ ngày làm việc tiếp theo.',
  expectedUnknown: (method: string, text: string) => `${method}: thời gian theo văn bản là “${text}”, nên tôi chưa tính được ngày cụ thể.`,
  resultsTitle: 'Kết quả nhận được:',

  whereTitle: 'Nơi nộp và cơ quan giải quyết:',
  address: (address: string) => `Nơi tiếp nhận: ${address}`,
  agency: (agency: string) => `Cơ quan thực hiện: ${agency}`,
  level: (level: string) => `Cấp thực hiện: ${level}`,
  methods: (methods: string) => `Cách nộp: ${methods}`,
  onlineHint: 'Nộp trực tuyến qua Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).',

  stepsTitle: 'Các bước thực hiện:',
  step: (n: number, text: string) => `Bước ${n}: ${text}`,
  stepsNone: 'Thông tin thủ tục không ghi các bước cụ thể.',

  conditionsTitle: 'Điều kiện, yêu cầu:',
  noConditions: 'Thủ tục không nêu điều kiện riêng ngoài hồ sơ theo quy định.',
  applicants: (who: string) => `Đối tượng thực hiện: ${who}`,

  formsTitle: 'Mẫu đơn, tờ khai:',
  noForms: 'Thủ tục này không có mẫu đơn, tờ khai riêng.',
  prefillOffer: 'Tôi có thể điền sẵn tờ khai từ thông tin bạn đã cung cấp.',

  moreDetail: 'Nhắn “xem chi tiết” để xem nguyên văn đầy đủ.',
  moreAtSource: 'Nội dung còn dài: xem đầy đủ tại trang nguồn bên dưới.',
  moreDetailSpeech: 'Muốn nghe đầy đủ, bạn nói: xem chi tiết.',
  // No count: a number the record does not hold is never written.
  moreItems: '… và một số giấy tờ khác.',
  exemptInDatabase: 'không cần nếu thông tin đã có trong Cơ sở dữ liệu',
  exemptElectronic: 'không cần bản giấy nếu đã có bản điện tử',
  notesLeftOut: 'Các lưu ý và trường hợp riêng có trong nội dung đầy đủ.',
  moreAspects: 'Bạn có thể hỏi tiếp về giấy tờ, lệ phí, thời gian, nơi nộp hoặc các bước.',
  checklistOffer: 'Bạn có muốn tôi gửi danh sách giấy tờ đầy đủ qua tin nhắn SMS hoặc Zalo không?',
  askNext: (what: string) => `Bạn có muốn hỏi tiếp về ${what} không?`,
  aspectName: { documents: 'giấy tờ', fee: 'lệ phí', duration: 'thời gian', where: 'nơi nộp', steps: 'các bước', conditions: 'điều kiện', forms: 'mẫu tờ khai', result: 'kết quả', overview: 'thủ tục' },
} as const;

export const CLARIFY = {
  whichProcedure: 'Bạn muốn hỏi thủ tục nào? Bạn chọn một số:',
  whichProcedureSpeech: 'Bạn muốn hỏi thủ tục nào?',
  whichCase: (procedure: string) => `Thủ tục ${procedure} có nhiều trường hợp. Trường hợp của bạn là gì? Bạn chọn một số:`,
  whichCaseSpeech: 'Trường hợp của bạn là gì?',
  choiceLine: (n: number, label: string) => `${n}. ${label}`,
  choiceSpeech: (n: number, label: string) => `Số ${n}: ${label}.`,
  notUnderstood: 'Xin lỗi, tôi chưa rõ bạn hỏi về thủ tục nào. Bạn nói rõ tên thủ tục giúp tôi, ví dụ: làm hộ chiếu, đăng ký tạm trú, làm thẻ căn cước?',
  notUnderstoodSpeech: 'Xin lỗi, tôi chưa rõ. Bạn muốn hỏi về thủ tục gì?',
  whichForPrefill: 'Bạn muốn điền sẵn tờ khai cho thủ tục nào?',
} as const;

/** Where every procedure of every agency is listed: the national portal's procedure search. */
export const PORTAL_SEARCH = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh';

/** What a citizen can still do when the assistant has no answer: a person, a written question, the portal. */
const OTHER_WAYS =
  '- nhắn "gặp cán bộ" để tôi chuyển tới cán bộ;\n' +
  '- nhắn "gửi kiến nghị" để gửi câu hỏi bằng văn bản, cơ quan có thẩm quyền sẽ trả lời;\n' +
  `- tra cứu thủ tục trên Cổng Dịch vụ công quốc gia: ${PORTAL_SEARCH}`;

export const SMALLTALK = {
  greeting: 'Xin chào! Tôi là trợ lý thủ tục hành chính. Bạn cần hỏi thủ tục nào: giấy tờ cần mang, lệ phí, thời gian hay nơi nộp?',
  thanks: 'Dạ, không có gì ạ. Bạn cần hỏi thêm thủ tục nào cứ nhắn cho tôi nhé.',
  plainLanguage: 'Vâng, tôi sẽ nói ngắn gọn, từng ý một. Bạn muốn hỏi về thủ tục gì ạ?',
  outOfScope: 'Xin lỗi, tôi chỉ hỗ trợ thông tin về thủ tục hành chính: giấy tờ, lệ phí, thời gian và nơi nộp. Câu hỏi này nằm ngoài phạm vi đó.',
  outOfScopeSpeech: 'Xin lỗi, tôi chỉ hỗ trợ về thủ tục hành chính.',
  notInData:
    'Xin lỗi, tôi không tìm thấy thủ tục nào trong dữ liệu của tôi khớp với câu hỏi này, nên không dám trả lời để bạn khỏi chuẩn bị nhầm giấy tờ. ' +
    'Có thể việc này do cơ quan khác giải quyết hoặc cần cán bộ tư vấn. Bạn có thể:\n' +
    '- hỏi lại bằng tên thủ tục;\n' +
    OTHER_WAYS,
  notInDataSpeech: 'Xin lỗi, tôi không có thông tin về việc này. Nếu cần gặp cán bộ, xin nói gặp cán bộ.',
  /** SMS: short enough for one message with the portal link after it. */
  notInDataSms: 'Xin lỗi, tôi chưa có thông tin về việc này nên không dám trả lời. Nhắn "gặp cán bộ" để gặp cán bộ, "gửi kiến nghị" để gửi câu hỏi bằng văn bản, hoặc tra cứu tại',
  outsideArea: (label: string, handledBy: string) =>
    `Xin lỗi, câu hỏi này thuộc lĩnh vực ${label}. Dữ liệu của tôi chưa có thủ tục của lĩnh vực này, nên tôi không dám trả lời để bạn khỏi chuẩn bị nhầm giấy tờ. ` +
    `Việc này thường do ${handledBy} giải quyết. Bạn có thể hỏi trực tiếp ở đó, hoặc:\n${OTHER_WAYS}`,
  outsideAreaSms: (label: string, handledBy: string) =>
    `Xin lỗi, việc này thuộc lĩnh vực ${label}, tôi chưa có thông tin. Việc này thường do ${handledBy} giải quyết. Nhắn "gặp cán bộ" để gặp cán bộ, hoặc tra cứu tại`,
  outsideAreaSpeech: (label: string, handledBy: string) =>
    `Xin lỗi, việc này thuộc lĩnh vực ${label}, tôi chưa có thông tin. Việc này thường do ${handledBy} giải quyết. Nếu cần gặp cán bộ, xin nói gặp cán bộ.`,
} as const;

export const SERVICES = {
  booking: (procedure: string | null) =>
    procedure
      ? `Bạn có thể đặt lịch hẹn nộp hồ sơ thủ tục ${procedure} để được tiếp nhận đúng giờ, không phải chờ lâu.`
      : 'Bạn có thể đặt lịch hẹn nộp hồ sơ để được tiếp nhận đúng giờ, không phải chờ lâu.',
  dossierStatus: 'Để tra cứu tình trạng hồ sơ, bạn cần mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Bạn gửi mã hồ sơ cho tôi nhé.',
  prefill: (procedure: string, forms: string) => `Tôi có thể điền sẵn ${forms} của thủ tục ${procedure} từ thông tin bạn đã có.`,
  prefillNoForms: (procedure: string) => `Thủ tục ${procedure} không có mẫu tờ khai riêng để điền sẵn.`,
} as const;

export const HANDOFF: Record<HandoffReason, string> = {
  asked_for_human: 'Vâng, tôi chuyển bạn tới nhân viên tổng đài.',
  low_confidence: 'Tôi chưa hiểu rõ câu hỏi của bạn, nên tôi chuyển bạn tới nhân viên tổng đài để được hỗ trợ.',
  repeated_question: 'Có vẻ câu trả lời của tôi chưa giúp được bạn. Tôi chuyển bạn tới nhân viên tổng đài.',
  complaint: 'Tôi rất tiếc về sự bất tiện. Phản ánh của bạn đã được ghi nhận và chuyển tới nhân viên xử lý.',
  frustration: 'Tôi rất tiếc vì chưa giúp được bạn. Tôi chuyển bạn tới nhân viên tổng đài ngay.',
  legal_advice: 'Câu hỏi này cần tư vấn pháp lý, ngoài phạm vi thông tin thủ tục. Tôi chuyển bạn tới nhân viên để được hướng dẫn.',
};
export const HANDOFF_WAIT = 'Nhân viên sẽ tiếp nhận và trả lời bạn sớm nhất. Bạn vui lòng chờ trong giây lát.';

/** Why the agent is called, shown first on the agent screen. */
export const HANDOFF_WHY: Record<HandoffReason, string> = {
  asked_for_human: 'Người dân yêu cầu gặp nhân viên.',
  low_confidence: 'Trợ lý không xác định được thủ tục hai lần liên tiếp.',
  repeated_question: 'Người dân hỏi lại cùng một câu hỏi.',
  complaint: 'Người dân phản ánh, khiếu nại.',
  frustration: 'Người dân bực bội, không hài lòng với câu trả lời.',
  legal_advice: 'Người dân cần tư vấn pháp lý ngoài thông tin thủ tục.',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "2026-11-27" → "ngày 27 tháng 11" for the voice line (no slashes to read out). */
export function SPOKEN_DATE(key: string): string {
  const [, month, day] = key.split('-').map(Number);
  return `ngày ${day} tháng ${month}`;
}
