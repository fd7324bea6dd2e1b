/** What the phone line says, in one place. `{who}` is the form of address (VOICE_ADDRESS, default "bác"). */
export const S = {
  greeting: 'Trung tâm Phục vụ hành chính công xin kính chào {who}.',
  menuSpeech: 'Xin mời nói câu hỏi của {who} sau tiếng bíp, hoặc bấm phím: {keys}.',
  menuKeys: 'Xin mời {who} bấm phím: {keys}.',
  subMenu: 'Về {topic}, xin mời bấm phím: {keys}.',
  notHeard: 'Xin lỗi, tôi chưa nghe rõ. {who} vui lòng nói lại câu hỏi, ngắn gọn, sau tiếng bíp.',
  keypadOffer: 'Xin lỗi, tôi vẫn chưa nghe rõ. Mời {who} dùng bàn phím.',
  wrongKey: 'Phím này không có trong danh sách.',
  answerKeys: 'Bấm 1 nghe tiếp, 2 nhận danh sách giấy tờ qua tin nhắn, 9 nghe lại, 0 gặp cán bộ.',
  answerEndKeys: 'Bấm 2 nhận danh sách giấy tờ qua tin nhắn, 9 nghe lại, phím sao về menu chính, 0 gặp cán bộ.',
  answerEndMoreKeys: 'Bấm 1 nghe chi tiết hơn, 2 nhận danh sách giấy tờ qua tin nhắn, 9 nghe lại, phím sao về menu chính, 0 gặp cán bộ.',
  orAsk: 'Hoặc {who} cứ nói câu hỏi khác.',
  choicesKeys: 'Mời {who} bấm số tương ứng, hoặc bấm 0 để gặp cán bộ.',
  smsSent: 'Tôi đã gửi danh sách giấy tờ vào số điện thoại {who} đang gọi. {who} sẽ nhận được tin nhắn trong ít phút.',
  smsNoPhone: 'Xin lỗi, tổng đài không thấy số điện thoại của {who} nên chưa gửi tin nhắn được.',
  smsOff: 'Xin lỗi, tổng đài chưa gửi được tin nhắn lúc này.',
  smsNoList: 'Xin lỗi, tôi chưa có danh sách giấy tờ cho câu hỏi này.',
  smsLimit: 'Tôi đã gửi tin nhắn cho {who} rồi.',
  queued: 'Tôi đang chuyển {who} tới cán bộ tổng đài. {who} đang ở vị trí số {position} trong hàng chờ.',
  hold: 'Xin {who} vui lòng giữ máy, cán bộ sẽ nghe máy ngay khi rảnh.',
  holdPosition: '{who} đang ở vị trí số {position}. Xin {who} vui lòng giữ máy.',
  bridging: 'Xin nối máy tới cán bộ.',
  afterHours: 'Hiện đã ngoài giờ làm việc. Cán bộ sẽ gọi lại cho {who} vào {when}.',
  voicemail: 'Xin mời {who} để lại lời nhắn sau tiếng bíp. Nói xong, {who} bấm phím thăng hoặc gác máy.',
  callbackTaken: 'Tổng đài đã ghi nhận yêu cầu gọi lại. Cán bộ sẽ gọi lại cho {who} vào {when}. Xin cảm ơn {who}, xin chào.',
  callbackNoPhone: 'Tổng đài đã ghi lại lời nhắn, nhưng không thấy số điện thoại của {who} để gọi lại. {who} vui lòng gọi lại trong giờ làm việc. Xin chào.',
  noAgent: 'Hiện chưa nối được tới cán bộ.',
  resume: 'Trung tâm Phục vụ hành chính công xin kính chào {who}. {who} vừa gọi hỏi về: {topic}. Bấm 1 để nghe tiếp phần đó, bấm 2 để hỏi việc khác.',
  goodbye: 'Xin cảm ơn {who} đã gọi. Xin chào.',
  noWaiting: 'Hiện không có cuộc gọi nào đang chờ.',
} as const;

/** Fills `{who}` (capitalised at a sentence start) and other `{name}` slots. */
export function say(template: string, who: string, slots: Record<string, string | number> = {}): string {
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  return template
    .replace(/(^|[.!?]\s+)\{who\}/g, (_m, lead: string) => `${lead}${Who}`)
    .replace(/\{who\}/g, who)
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}
