/** Polite Vietnamese replies for messages the assistant cannot take as a question. */
export const SAFETY_MESSAGES = {
  empty: 'Dạ, tôi chưa nhận được câu hỏi của bạn. Bạn cần hỏi về thủ tục hành chính nào ạ? Ví dụ: "làm căn cước cần giấy tờ gì".',
  symbolsOnly: 'Cảm ơn bạn! Bạn vui lòng gõ câu hỏi bằng chữ giúp tôi nhé, ví dụ: "đăng ký thường trú mất bao lâu".',
  tooLong: (limit: string): string =>
    `Dạ, tin nhắn hơi dài (quá ${limit} ký tự). Bạn vui lòng tóm tắt câu hỏi chính trong vài câu ngắn để tôi trả lời chính xác hơn nhé.`,
  notVietnamese:
    'Xin lỗi, hiện tôi chỉ trả lời bằng tiếng Việt. Bạn vui lòng đặt câu hỏi bằng tiếng Việt (có dấu hoặc không dấu đều được) nhé. ' +
    'Nếu cần hỗ trợ bằng ngôn ngữ khác, bạn có thể đề nghị gặp cán bộ hỗ trợ.',
  unsafe: 'Dạ, tin nhắn có chứa mã hoặc ký tự mà tôi không đọc được. Bạn vui lòng gõ lại câu hỏi bằng chữ thường nhé.',
} as const;
