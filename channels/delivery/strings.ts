/** What the background channels say on their own (Vietnamese first). */
export const deliveryStrings = {
  welcome:
    'Xin chào! Tôi là trợ lý thủ tục hành chính của Trung tâm Phục vụ hành chính công. Bạn có thể hỏi tôi về giấy tờ cần chuẩn bị, lệ phí, thời gian giải quyết và nơi nộp hồ sơ.',
  starters: ['Làm lại căn cước mất bao nhiêu tiền?', 'Đăng ký khai sinh cần giấy tờ gì?', 'Đăng ký thường trú nộp ở đâu?'],
  startersIntro: 'Ví dụ, bạn có thể hỏi:',
  textOnly: 'Xin lỗi, tôi chỉ đọc được tin nhắn chữ. Bạn vui lòng gõ câu hỏi của mình nhé.',
} as const;

export function welcomeText(): string {
  return [deliveryStrings.welcome, deliveryStrings.startersIntro, ...deliveryStrings.starters.map((s) => `• ${s}`)].join('\n');
}
