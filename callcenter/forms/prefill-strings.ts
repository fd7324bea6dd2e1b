import { formatDateVi } from '../../assistant/index.ts';

/** What the form-filling dialogue says: short, polite, one question at a time. */
export const PREFILL = {
  whichForm: 'Tôi có thể điền sẵn các tờ khai dưới đây. Bạn cần tờ khai nào?',
  notice: (form: string, hours: number) =>
    `Để điền sẵn ${form}, tôi sẽ hỏi bạn một số thông tin cá nhân như họ tên, ngày sinh, số định danh cá nhân. ` +
    `Thông tin chỉ dùng để điền tờ khai này; tờ khai được tải về qua một liên kết riêng, dùng được trong ${hours} giờ. Bạn có đồng ý không?`,
  noticeWithProfile: (form: string, hours: number) =>
    `Để điền sẵn ${form}, tôi sẽ dùng lại thông tin bạn đã cho phép lưu lần trước, chỉ hỏi thêm những gì còn thiếu. ` +
    `Tờ khai được tải về qua một liên kết riêng, dùng được trong ${hours} giờ. Bạn có đồng ý không?`,
  agree: 'Đồng ý',
  agreeAndKeep: 'Đồng ý và lưu thông tin cho lần sau',
  agreeWithProfile: 'Đồng ý, dùng thông tin đã lưu',
  seeProfile: 'Xem thông tin đã lưu',
  deleteProfile: 'Xoá thông tin đã lưu',
  refuse: 'Không đồng ý',
  refused: 'Dạ, tôi sẽ không điền tờ khai và không lưu thông tin gì của bạn. Bạn có thể lấy tờ khai giấy tại nơi nộp hồ sơ.',
  pickConsent: 'Bạn chọn một trong các số dưới đây giúp tôi.',
  profileShown: (lines: string[]) => `Thông tin tôi đang lưu cho bạn:\n${lines.join('\n')}`,
  noProfile: 'Tôi chưa lưu thông tin nào của bạn.',
  profileDeleted: 'Tôi đã xoá toàn bộ thông tin đã lưu và các tờ khai đã tạo cho bạn.',
  askAgain: 'Bạn có muốn tiếp tục điền tờ khai không?',
  optional: ' Nếu không có, bạn nhắn "bỏ qua".',
  progress: (n: number, total: number) => `(Câu ${n}/${total}) `,
  stillWrong: ' Nếu muốn dừng, bạn nhắn "thôi".',
  /** `url` null: this channel cannot open our links (no public address), so none is sent. */
  done: (form: string, until: Date, url: string | null) =>
    `Tôi đã điền xong ${form}. ` +
    (url === null
      ? 'Kênh nhắn tin này chưa gửi được liên kết tải tờ khai. Bạn mở khung trò chuyện trên trang web của Trung tâm để điền và tải tờ khai, hoặc đặt lịch hẹn ngay tại đây: tờ khai sẽ được gắn vào lịch hẹn để cán bộ in sẵn cho bạn.'
      : (url.startsWith('/') ? 'Bạn bấm nút "Tải tờ khai" bên dưới để tải về' : `Bạn tải về tại: ${url}`) +
        ` (liên kết dùng được đến ${formatDateVi(until)}, ${until.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })}). ` +
        'Bạn đọc lại, in ra và ký tên trước khi nộp nhé.'),
  kept: ' Thông tin của bạn đã được lưu cho lần sau, để không phải khai lại. Muốn xem hoặc xoá, bạn nhắn "điền giúp tờ khai" rồi chọn "Xem thông tin đã lưu".',
  failed: 'Xin lỗi bạn, tôi chưa tạo được tờ khai lúc này. Bạn thử lại sau ít phút, hoặc nhắn "gặp nhân viên" để được hỗ trợ.',
};

/** Labels for the profile's keys, as the citizen reads them back. */
export const PROFILE_LABELS: Record<string, string> = {
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  gender: 'Giới tính',
  personalId: 'Số định danh cá nhân',
  phone: 'Số điện thoại',
  email: 'Email',
  address: 'Nơi cư trú',
  relationToHead: 'Quan hệ với chủ hộ',
  headName: 'Họ tên chủ hộ',
  headPersonalId: 'Số định danh của chủ hộ',
};
