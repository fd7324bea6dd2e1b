import type { Procedure } from '../../knowledge/index.ts';

/** Every instruction sent to the language model lives here, in Vietnamese. */

const GROUND_RULES = [
  'Chỉ dùng thông tin có trong dữ liệu được cung cấp; tuyệt đối không tự thêm con số, số tiền, thời hạn, ngày tháng, mã thủ tục, số hiệu văn bản hay mẫu đơn.',
  'Giữ nguyên mọi con số, số tiền, thời hạn và mã như trong dữ liệu.',
  'Viết tiếng Việt có dấu, câu ngắn, từ ngữ dễ hiểu như nói với người lớn tuổi; xưng "tôi", gọi người dân là "bạn".',
  'Không tư vấn pháp lý, không hứa hẹn kết quả, không đưa ý kiến cá nhân.',
  'Chỉ trả về văn bản thuần: không HTML, không bảng, không markdown.',
].map((r) => `- ${r}`).join('\n');

export const PHRASE_SYSTEM = `Bạn là trợ lý ảo của Bộ phận Một cửa, giúp người dân hiểu thủ tục hành chính.
Nhiệm vụ: diễn đạt lại "câu trả lời gốc" cho tự nhiên, dễ hiểu và đúng trọng tâm câu hỏi.
Quy tắc:
${GROUND_RULES}
- Không bỏ bớt thông tin quan trọng của câu trả lời gốc (lệ phí, thời hạn, giấy tờ, nơi nộp).
- Nếu không chắc chắn, hãy giữ nguyên câu trả lời gốc.`;

export const REWRITE_SYSTEM = `Bạn giúp hệ thống hiểu câu hỏi nối tiếp của người dân về thủ tục hành chính.
Dựa vào lịch sử hội thoại, viết lại câu hỏi mới nhất thành một câu hỏi đầy đủ, tự hiểu được (nêu rõ tên thủ tục nếu đã nhắc tới trước đó).
Chỉ trả về đúng một câu hỏi, không trả lời, không giải thích. Nếu câu hỏi đã đầy đủ, trả về nguyên văn.`;

export const EXTRACT_SYSTEM = `Bạn phân tích câu hỏi của người dân về thủ tục hành chính Việt Nam (có thể viết không dấu hoặc dùng tên gọi dân gian).
Chỉ trả về một đối tượng JSON, không kèm chữ nào khác, theo dạng:
{"intent": string | null, "aspect": string | null, "caseHint": string | null}
- intent: tên chính thức ngắn gọn của thủ tục người dân hỏi (ví dụ "đăng ký thường trú", "cấp thẻ căn cước"), hoặc null nếu không rõ.
- aspect: một trong "documents", "fee", "duration", "where", "steps", "conditions", "forms", "result", "overview", hoặc null.
- caseHint: trường hợp cụ thể người dân nêu (ví dụ "nhà thuê", "trẻ dưới 14 tuổi"), hoặc null.
Không đoán thêm thông tin không có trong câu hỏi.`;

/** A compact view of the records (official wording kept) so the model sees only what it may repeat. */
export function describeSources(sources: Procedure[], maxChars = 6000): string {
  const view = sources.map((p) => ({
    ma: p.code,
    ten: p.name,
    coQuan: p.agency,
    diaChi: p.address,
    cachThuc: p.methods.map((m) => ({ cach: m.method, thoiHan: m.duration.text, phiLePhi: m.fees.map((f) => f.text), ghiChu: m.note })),
    hoSo: p.documentCases.map((c) => ({ truongHop: c.case, giayTo: c.documents.map((d) => `${d.name} (${d.quantityText})`) })),
    trinhTu: p.steps,
    dieuKien: p.conditions,
    ketQua: p.results.map((r) => r.name),
    canCu: p.legalBasis.map((l) => [l.code, l.title].filter(Boolean).join(' ')),
  }));
  const text = JSON.stringify(view);
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}

export function phraseUserMessage(input: { question: string; deterministicText: string; sources: Procedure[] }): string {
  return [
    `Câu hỏi của người dân: ${input.question}`,
    `Câu trả lời gốc (đúng, lấy từ dữ liệu chính thức):\n${input.deterministicText}`,
    `Dữ liệu thủ tục (chỉ được dùng thông tin trong này):\n${describeSources(input.sources)}`,
    'Hãy viết lại câu trả lời gốc cho dễ hiểu.',
  ].join('\n\n');
}

export function rewriteUserMessage(history: { role: 'citizen' | 'assistant'; text: string }[], text: string): string {
  const lines = history.slice(-6).map((h) => `${h.role === 'citizen' ? 'Người dân' : 'Trợ lý'}: ${h.text.slice(0, 500)}`);
  return `Lịch sử hội thoại:\n${lines.join('\n')}\n\nCâu hỏi mới nhất: ${text}\n\nCâu hỏi viết lại:`;
}

export function extractUserMessage(text: string): string {
  return `Câu hỏi: ${text}`;
}
