import { randomUUID } from 'node:crypto';
import type { Reply, Turn } from '../../../assistant/index.ts';
import type { EventBus } from '../../../platform/events/bus.ts';
import type { HistoryMessage } from '../../types.ts';
import type { WebAssistant } from '../index.ts';

/** TEMPORARY dev aid until assistant/index.ts lands: stores messages in memory and answers with a fixed reply. */
export function createTemporaryAssistant(bus: EventBus): WebAssistant & { answer: (text: string) => Reply } {
  const byExternal = new Map<string, string>();
  const messages = new Map<string, HistoryMessage[]>();
  const answered = new Map<string, Reply>();
  let nextId = 1;
  const answer = (text: string): Reply => ({
    kind: 'answer', intent: 'procedure', aspect: 'fee', text: `Thủ tục cấp thẻ căn cước (trả lời cho: ${text})`, speech: text, sms: { text, ascii: text },
    choices: [{ n: 1, label: 'Cấp mới', value: '1.000001' }, { n: 2, label: 'Cấp lại', value: '1.000002' }],
    citations: [{ code: '1.000001', name: 'Thủ tục', url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000001', legalBasis: [] }],
    sections: { fees: [{ method: 'in_person', fees: [{ kind: 'lệ phí', amountVnd: 30000, text: '30.000 đồng' }] }], durations: [{ method: 'in_person', duration: { value: 7, unit: 'working_days', text: '7 ngày làm việc' } }] },
    actions: [], confidence: 0.9,
  });
  function store(conversationId: string, role: HistoryMessage['role'], text: string, reply: Reply | null): void {
    const message = { id: nextId++, role, text, reply, createdAt: new Date().toISOString() };
    messages.get(conversationId)?.push(message);
    bus.emit('message.created', { conversationId, message });
  }
  return {
    answer,
    async handleTurn(turn: Turn) {
      const key = `${turn.conversationId}:${turn.clientMessageId}`;
      const known = answered.get(key);
      if (known) return known;
      store(turn.conversationId, 'citizen', turn.text, null);
      const reply = answer(turn.text);
      answered.set(key, reply);
      store(turn.conversationId, 'assistant', reply.text, reply);
      return reply;
    },
    conversations: {
      async start(_channel, externalId) {
        const id = randomUUID();
        messages.set(id, []);
        if (externalId) byExternal.set(externalId, id);
        return id;
      },
      async findByExternalId(_channel, externalId) {
        return byExternal.get(externalId) ?? null;
      },
      async history(conversationId, after) {
        return (messages.get(conversationId) ?? []).filter((m) => after === undefined || m.id > after);
      },
    },
  };
}
