import type { ComplaintStatus } from './tables.ts';

/**
 * The ticket's state machine: received → classified → assigned → in progress → answered →
 * citizen notified → rated → closed; reopened (back to assigned) when the citizen is not
 * satisfied; withdrawn or rejected from any open state. Each action lists where it may start.
 */
export const ACTIONS = {
  file: { from: [], to: 'received' },
  file_draft: { from: [], to: 'draft' },
  confirm_draft: { from: ['draft'], to: 'received' },
  classify: { from: ['received', 'classified'], to: 'classified' },
  transfer_out: { from: ['received', 'classified'], to: 'transferred' },
  assign: { from: ['classified', 'assigned', 'in_progress'], to: 'assigned' },
  start: { from: ['assigned'], to: 'in_progress' },
  return: { from: ['assigned', 'in_progress'], to: 'classified' },
  answer: { from: ['assigned', 'in_progress'], to: 'answered' },
  notify: { from: ['answered'], to: 'notified' },
  rate: { from: ['notified', 'answered'], to: 'rated' },
  reopen: { from: ['rated'], to: 'assigned' },
  close: { from: ['rated', 'notified'], to: 'closed' },
  withdraw: { from: ['draft', 'received', 'classified', 'assigned', 'in_progress', 'answered', 'notified'], to: 'withdrawn' },
  reject: { from: ['draft', 'received', 'classified', 'assigned', 'in_progress'], to: 'rejected' },
} as const satisfies Record<string, { from: readonly ComplaintStatus[]; to: ComplaintStatus }>;

export type WorkflowAction = keyof typeof ACTIONS;

export const OPEN_STATUSES: readonly ComplaintStatus[] = ['draft', 'received', 'classified', 'assigned', 'in_progress', 'answered', 'notified'];

export function canApply(action: WorkflowAction, status: ComplaintStatus): boolean {
  return (ACTIONS[action].from as readonly ComplaintStatus[]).includes(status);
}

/** Vietnamese labels, for the console, the tracking page and notifications. */
export const STATUS_LABEL: Record<ComplaintStatus, string> = {
  draft: 'Bản nháp chờ duyệt',
  received: 'Đã tiếp nhận',
  classified: 'Đã phân loại',
  assigned: 'Đã giao xử lý',
  in_progress: 'Đang xử lý',
  answered: 'Đã có trả lời',
  notified: 'Đã thông báo kết quả',
  rated: 'Đã đánh giá',
  closed: 'Đã đóng',
  withdrawn: 'Đã rút',
  rejected: 'Không thụ lý',
  transferred: 'Đã chuyển cơ quan có thẩm quyền',
};

export const ACTION_LABEL: Record<string, string> = {
  file: 'Tiếp nhận',
  file_draft: 'Tạo bản nháp từ đánh giá',
  confirm_draft: 'Duyệt bản nháp',
  classify: 'Phân loại',
  transfer_out: 'Chuyển cơ quan có thẩm quyền',
  assign: 'Giao xử lý',
  start: 'Bắt đầu xử lý',
  return: 'Trả lại do giao nhầm',
  answer: 'Trả lời',
  notify: 'Thông báo cho người gửi',
  rate: 'Người gửi đánh giá',
  reopen: 'Mở lại',
  close: 'Đóng',
  withdraw: 'Rút phản ánh',
  reject: 'Không thụ lý',
  deadline: 'Đổi hạn xử lý',
  remind: 'Nhắc hạn',
  escalate: 'Quá hạn, báo giám sát',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
};
