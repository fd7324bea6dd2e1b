import { taskReply, type Choice, type Reply } from '../../assistant/index.ts';

/** One question with numbered choices, written so that SMS shows numbers and voice reads keys. */
export function ask(intent: string, question: string, choices: readonly Choice[]): Reply {
  const text = [question, ...choices.map((c) => `${c.n}. ${c.label}`)].join('\n');
  const speech = [question, ...choices.map((c) => `Số ${c.n}: ${c.label}.`)].join(' ');
  return taskReply('clarify', intent, text, { choices: [...choices], speech });
}

export const numbered = (items: readonly { label: string; value: string }[]): Choice[] => items.map((item, i) => ({ n: i + 1, label: item.label, value: item.value }));

/** At most `n` slots spread over the day, so a short list still offers morning and afternoon. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))] as T);
}

export const PROMPTS = {
  noPlaces: 'Dạ, hiện chưa có điểm tiếp nhận nào nhận đặt lịch hẹn trực tuyến. Bạn có thể gọi tổng đài để được hỗ trợ.',
  service: 'Dạ, bạn muốn đặt lịch hẹn cho việc gì ạ?',
  district: 'Bạn đang ở quận, huyện nào của Hà Nội? Tôi sẽ gợi ý điểm tiếp nhận gần bạn nhất.',
  branchNear: (district: string) => `Các điểm tiếp nhận gần ${district} nhất:`,
  branchAny: 'Tôi chưa nhận ra quận, huyện đó. Mời bạn chọn một điểm tiếp nhận:',
  priority: 'Bạn có thuộc diện được ưu tiên không?',
  day: 'Bạn muốn đến vào ngày nào?',
  noDays: 'Dạ, điểm tiếp nhận này đã kín lịch trong những ngày tới. Mời bạn chọn điểm khác:',
  time: (day: string) => `Các giờ còn trống ${day}:`,
  full: 'Xin lỗi, giờ đó vừa có người đặt hết chỗ. Các giờ gần nhất còn trống:',
  consent:
    'Để giữ chỗ, tôi cần họ tên và số điện thoại của bạn. Thông tin chỉ dùng cho lịch hẹn và để nhắc lịch, được xóa khi hết thời hạn lưu trữ. Bạn có đồng ý không?',
  declined: 'Dạ, tôi sẽ không lưu thông tin của bạn. Bạn vẫn có thể đặt lịch trên trang đặt lịch hẹn hoặc gọi tổng đài.',
  name: 'Bạn cho tôi xin họ và tên người đến làm thủ tục.',
  badName: 'Bạn vui lòng nhập họ và tên (chỉ gồm chữ), ví dụ: Nguyễn Văn An.',
  phone: 'Số điện thoại di động của bạn là gì? Khi hủy hoặc đổi lịch, bạn chỉ cần mã lịch hẹn và 4 số cuối của số này.',
  badPhone: 'Số điện thoại chưa đúng. Bạn vui lòng nhập số di động, ví dụ 0912 345 678.',
  again: 'Xin lỗi, tôi chưa hiểu lựa chọn của bạn. Bạn vui lòng trả lời bằng một số trong danh sách.',
  done: 'Đã đặt lịch hẹn thành công.',
  moveCode: 'Dạ, tôi giúp bạn đổi lịch hẹn. Bạn cho tôi xin mã lịch hẹn (dạng LH và 8 chữ số, ví dụ LH12345678).',
  moveBadCode: 'Mã lịch hẹn gồm chữ LH và 8 chữ số, ví dụ LH12345678. Bạn vui lòng nhập lại.',
  moveLast4: 'Bạn cho tôi xin 4 số cuối của số điện thoại đã dùng khi đặt lịch.',
  moveBadLast4: 'Bạn vui lòng nhập đúng 4 chữ số cuối của số điện thoại, ví dụ 5678.',
  moveNotConfirmed: 'Lịch hẹn này đã được tiếp nhận, đã qua hoặc đã bị hủy nên không đổi được. Bạn có thể đặt lịch mới.',
  moveNoDays: 'Xin lỗi, điểm tiếp nhận này đã kín lịch trong những ngày tới. Lịch hẹn cũ của bạn vẫn giữ nguyên.',
  moveDay: (current: string) => `Lịch hẹn hiện tại của bạn: ${current}. Bạn muốn đổi sang ngày nào?`,
  moved: 'Đã đổi lịch hẹn thành công. Mã lịch hẹn giữ nguyên.',
  calendar: (url: string) => `Thêm vào lịch điện thoại: ${url}`,
  /** Where a link cannot be sent (SMS, Zalo without a public address): where to go instead. */
  calendarElsewhere: 'Để xem lại, đổi hoặc hủy lịch hẹn, bạn vào mục "Đặt lịch hẹn" trên trang web của Trung tâm và nhập mã lịch hẹn cùng 4 số cuối điện thoại, hoặc nhắn "đổi lịch hẹn" tại đây.',
} as const;
