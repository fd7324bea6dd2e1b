import { formatDateVi } from '../../assistant/index.ts';
import type { TaskData } from '../../assistant/index.ts';

const TYPE_NAME: Record<string, string> = { phan_anh: 'Phản ánh, kiến nghị', khieu_nai: 'Khiếu nại', gop_y: 'Góp ý' };

/** What the chat intake says, in plain, polite Vietnamese; one question per message. */
export const INTAKE_TEXT = {
  offer:
    'Tôi rất tiếc về việc bạn gặp phải. Tôi có thể giúp bạn gửi phản ánh, kiến nghị để cơ quan có thẩm quyền xem xét và trả lời, ' +
    'hoặc kết nối bạn với cán bộ tổng đài. Bạn muốn làm gì?',
  /** For a bare request ("gửi kiến nghị", as "not in my data" suggests): no grievance to be sorry about. */
  offerPlain:
    'Tôi có thể giúp bạn gửi câu hỏi, phản ánh, kiến nghị bằng văn bản để cơ quan có thẩm quyền xem xét và trả lời, ' +
    'hoặc kết nối bạn với cán bộ tổng đài. Bạn muốn làm gì?',
  offerChoices: ['Gửi phản ánh, kiến nghị', 'Nói chuyện với cán bộ tổng đài'],
  toPerson: 'Dạ, tôi chuyển bạn sang cán bộ tổng đài.',
  pickOne: 'Bạn vui lòng chọn một trong các mục dưới đây (nhắn số thứ tự).',
  notice:
    'Trước khi ghi nhận, xin bạn lưu ý: họ tên, số điện thoại và nội dung bạn cung cấp chỉ dùng để xử lý và trả lời phản ánh này ' +
    '(theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân). Cán bộ chỉ xem khi cần và mọi lần xem đều được ghi lại. Bạn có đồng ý không?',
  consentChoices: ['Đồng ý', 'Không đồng ý'],
  noConsent: 'Dạ, tôi chưa ghi nhận phản ánh. Bạn vẫn có thể gọi tổng đài hoặc đến Bộ phận Một cửa để phản ánh trực tiếp.',
  whichType: 'Nội dung bạn muốn gửi thuộc loại nào?',
  typeChoices: [
    'Phản ánh, kiến nghị về thủ tục, quy định hoặc cách giải quyết',
    'Khiếu nại một quyết định hoặc hành vi hành chính',
    'Góp ý để phục vụ tốt hơn',
    'Tố cáo hành vi vi phạm pháp luật',
  ],
  content: 'Bạn vui lòng kể ngắn gọn sự việc: việc gì, xảy ra khi nào, bạn mong muốn được giải quyết thế nào.',
  contentMore: 'Bạn kể thêm một chút giúp tôi (ít nhất một câu) để cơ quan hiểu đúng sự việc nhé.',
  place: 'Việc này liên quan đến cơ quan hoặc địa điểm nào? Nếu không rõ, bạn nhắn "không rõ".',
  name: 'Bạn cho tôi xin họ và tên của bạn.',
  phone: 'Số điện thoại để cơ quan liên hệ và trả lời bạn là số nào?',
  phoneAgain: 'Số điện thoại này chưa đúng. Bạn nhắn lại giúp tôi, ví dụ 0912345678.',
  summary: (d: TaskData) =>
    `Tôi tóm tắt lại:\n- Loại: ${TYPE_NAME[String(d.type)] ?? ''}\n- Nội dung: ${String(d.content)}\n` +
    `${d.place ? `- Nơi liên quan: ${String(d.place)}\n` : ''}- Họ tên: ${String(d.name)}\n- Điện thoại: ${String(d.phone)}\nBạn muốn gửi không?`,
  confirmChoices: ['Gửi phản ánh', 'Sửa lại nội dung', 'Hủy'],
  cancelled: 'Dạ, tôi đã hủy, chưa gửi phản ánh nào. Bạn cần hỏi gì thêm cứ nhắn cho tôi nhé.',
  filed: (code: string, lookup: string, due: Date | null, url: string) =>
    `Đã tiếp nhận phản ánh của bạn. Mã phiếu: ${code}, mã tra cứu: ${lookup}. ` +
    `${due ? `Phiếu sẽ được phân loại và chuyển cơ quan có thẩm quyền trước ${formatDateVi(due)}. ` : ''}` +
    `Mỗi khi phiếu có thay đổi, tôi sẽ báo bạn tại đây; bạn cũng theo dõi được tại ${url}\n` +
    'Nếu bạn muốn trao đổi thêm với cán bộ tổng đài, bạn nhắn "gặp nhân viên" nhé.',
};
