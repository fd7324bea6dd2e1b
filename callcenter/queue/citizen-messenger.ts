/**
 * How the call centre reaches a citizen: a message stored in the conversation (role `agent`, or
 * `system` for notices) and announced as `message.created`, which every channel delivers.
 * platform/app/wire.ts implements it with the assistant's conversation store.
 */
export interface CitizenMessenger {
  send(conversationId: string, role: 'agent' | 'system', text: string, author: string | null): Promise<{ id: number; createdAt: string }>;
}

export const ENDED_NOTICE = 'Cán bộ đã kết thúc cuộc trò chuyện. Cảm ơn bạn! Nếu cần hỏi thêm, bạn cứ nhắn, trợ lý ảo sẽ tiếp tục hỗ trợ.';
export const JOINED_NOTICE = (name: string) => `Cán bộ ${name} đã tham gia cuộc trò chuyện.`;
export const BACK_TO_BOT_NOTICE = 'Cuộc trò chuyện đã được chuyển lại cho trợ lý ảo.';
