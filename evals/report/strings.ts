import type { Problem } from '../metrics/failures.ts';

/**
 * Words of the report, in Vietnamese for the product owner of a public-service centre; the
 * technical key stays beside each figure so that developers find it in the JSON.
 */
export const REPORT = {
  title: 'Báo cáo đánh giá trợ lý Một Cửa',
  dataset: 'Bộ câu hỏi',
  corpus: 'Dữ liệu thủ tục',
  createdAt: 'Thời điểm chạy',
  headline: 'Kết quả chính',
  byTag: 'Theo nhóm câu hỏi (tag)',
  confusion: 'Trợ lý đã xử lý thế nào so với mong đợi',
  confusionNote: 'Hàng: cách xử lý mong đợi; cột: cách trợ lý đã xử lý. Các ô trên đường chéo là đúng.',
  latency: 'Thời gian trả lời mỗi lượt',
  peers: 'So sánh tìm kiếm với công cụ khác (cùng bộ câu hỏi)',
  baseline: 'So với lần chạy trước',
  regressions: 'Chỉ số bị giảm',
  noRegression: 'Không có chỉ số nào bị giảm.',
  failures: 'Các lỗi nặng nhất',
  invalidLines: 'Dòng dữ liệu không hợp lệ (đã bỏ qua)',
  question: 'Câu hỏi',
  expected: 'Mong đợi',
  said: 'Trợ lý đã trả lời',
  problems: 'Vấn đề',
  metric: 'Chỉ số',
  value: 'Giá trị',
  before: 'Trước',
  after: 'Sau',
  change: 'Thay đổi',
  tag: 'Nhóm',
  count: 'Số câu',
  turns: 'Số lượt',
  notMeasured: 'không đo',
  milliseconds: 'mili giây',
  system: 'Trợ lý Một Cửa',
  calibration: 'Độ tin cậy theo mức tự tin của trợ lý',
  calibrationNote: 'Các câu trả lời được nhóm theo độ tự tin (confidence) trợ lý đưa ra; “Đúng” là tỉ lệ dẫn đúng thủ tục. Trợ lý hiệu chỉnh tốt khi hai cột gần nhau.',
  confidenceBin: 'Độ tự tin',
  meanConfidence: 'Tự tin trung bình',
  right: 'Đúng',
  byAuthor: 'Theo người soạn câu hỏi (dùng để phát triển)',
  heldOut: 'Người soạn để riêng (held-out): không dùng để tinh chỉnh, báo cáo riêng',
  heldOutNote: 'Kết quả chính ở trên gồm cả câu của người soạn để riêng; các bảng dưới đây tách riêng từng người.',
  author: 'Người soạn',
  noItems: 'không có câu nào trong bộ này',
} as const;

/** What each headline figure means, in one line. */
export const METRICS: Record<string, string> = {
  n: 'Số câu hỏi được chấm',
  top1: 'Tìm đúng thủ tục ngay ở vị trí đầu',
  recall5: 'Thủ tục đúng nằm trong 5 thủ tục được nêu',
  mrr: 'Thứ hạng trung bình của thủ tục đúng (MRR, 1 là tốt nhất)',
  aspect: 'Trả lời đúng khía cạnh được hỏi (hồ sơ, lệ phí, thời hạn…)',
  facts: 'Nêu đúng các thông tin then chốt (số tiền, thời hạn, mẫu đơn)',
  facts_when_right: 'Nêu đúng thông tin then chốt khi đã tìm đúng thủ tục',
  action: 'Xử lý đúng cách (trả lời, hỏi lại, chuyển cán bộ, ngoài phạm vi)',
  answered_right: 'Trả lời đúng thủ tục khi cần trả lời',
  wrong_answer_rate: 'Câu trả lời dẫn sai thủ tục (càng thấp càng tốt)',
  abstain_rate: 'Không trả lời: ngoài dữ liệu hoặc chuyển cán bộ',
  choices_hit: 'Khi hỏi lại, các lựa chọn có thủ tục đúng',
  grounding_violations: 'Con số trong câu trả lời không có trong hồ sơ thủ tục được dẫn',
  'latency_ms.p50': 'Thời gian trả lời trung vị (mili giây)',
  'latency_ms.p95': 'Thời gian trả lời của 95 % lượt (mili giây)',
};

export const ACTION_LABELS: Record<string, string> = {
  answer: 'Trả lời',
  clarify: 'Hỏi lại',
  handoff: 'Chuyển cán bộ',
  out_of_scope: 'Ngoài phạm vi',
};

/** A failed turn's problem in words. */
export function describeProblem(problem: Problem): string {
  switch (problem.kind) {
    case 'action':
      return `Xử lý: mong đợi “${ACTION_LABELS[problem.expected] ?? problem.expected}”, trợ lý đã “${ACTION_LABELS[problem.actual] ?? problem.actual}”`;
    case 'procedure':
      return `Thủ tục: mong đợi ${problem.expected.join(' hoặc ')}, trợ lý dẫn ${problem.actual ?? 'không thủ tục nào'}`;
    case 'aspect':
      return `Khía cạnh: mong đợi ${problem.expected ?? 'không có'}, trợ lý trả lời ${problem.actual ?? 'không có'}`;
    case 'facts':
      return `Thiếu thông tin: ${problem.missing.join('; ')}`;
    case 'grounding':
      return `Con số không có trong hồ sơ được dẫn: ${problem.numbers.join(', ')}`;
    case 'reason':
      return `Lý do chuyển cán bộ: mong đợi ${problem.expected}, thực tế ${problem.actual ?? 'không chuyển'}`;
    case 'choices':
      return `Lựa chọn đưa ra: cần ít nhất ${problem.expected}, có ${problem.actual}`;
    case 'unwanted':
      return `Câu trả lời không nên có: ${problem.present.join('; ')}`;
  }
}
