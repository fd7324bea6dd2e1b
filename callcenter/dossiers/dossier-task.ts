import { foldText, pickChoice, taskReply, type CitizenTask, type TaskStep, type TaskTurn } from '../../assistant/index.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { DossiersDeps } from './deps.ts';
import { describeDossier } from './describe-dossier.ts';
import { lastFourDigits, normaliseDossierCode } from './dossier-status-source.ts';
import type { DossierLookup } from './lookup-dossier.ts';
import { watchDossier } from './watch-dossier.ts';

const S = {
  askCode: 'Bạn cho tôi xin mã hồ sơ, in trên giấy tiếp nhận hồ sơ và hẹn trả kết quả (ví dụ H12.34-261120-0001).',
  badCode: 'Mã hồ sơ này chưa đúng dạng. Mã gồm chữ và số, có thể có dấu chấm hoặc gạch ngang, ví dụ H12.34-261120-0001. Bạn nhắn lại giúp tôi.',
  askPhone: 'Để bảo vệ thông tin của bạn, bạn nhắn giúp tôi 4 số cuối của số điện thoại đã khai khi nộp hồ sơ.',
  badPhone: 'Bạn nhắn đúng 4 chữ số cuối của số điện thoại giúp tôi, ví dụ 6789.',
  notFound: 'Tôi không tìm thấy hồ sơ nào khớp với mã và số điện thoại này. Bạn kiểm tra lại mã trên giấy tiếp nhận và số điện thoại đã khai, rồi nhắn "tra cứu hồ sơ" để thử lại.',
  limited: 'Bạn đã tra cứu nhiều lần liên tiếp. Vui lòng thử lại sau ít phút, hoặc nhắn "gặp nhân viên" để được hỗ trợ.',
  unavailable: 'Xin lỗi bạn, hệ thống tra cứu hồ sơ đang tạm gián đoạn. Bạn thử lại sau ít phút nhé.',
  askNotify: 'Bạn có muốn nhận tin nhắn tại đây khi hồ sơ thay đổi trạng thái không?',
  notifyOn: 'Dạ, khi hồ sơ thay đổi trạng thái, tôi sẽ nhắn cho bạn ngay tại cuộc trò chuyện này.',
  notifyOff: 'Dạ vâng. Bạn có thể tra cứu lại bất cứ lúc nào.',
};
const YES_NO = [
  { n: 1, label: 'Có, nhắn cho tôi', value: 'yes' },
  { n: 2, label: 'Không cần', value: 'no' },
];

/** A dossier code written in the message that starts the task ("tra cứu hồ sơ H12.34-261120-0001"). */
function codeIn(text: string): string | null {
  for (const word of text.split(/\s+/)) {
    const code = normaliseDossierCode(word.replace(/[,;:!?]+$/, ''));
    if (code && /\d/.test(code) && /[A-Z]|[-.]/.test(code) && code.length >= 6) return code;
  }
  return null;
}

const say = (intent: string, text: string, data: Record<string, unknown> | null, kind: 'clarify' | 'answer' = 'clarify'): TaskStep => ({ reply: taskReply(kind, intent, text), data });

/** "Where is my dossier": asks the code, then the phone's last 4 digits, answers, and offers to notify changes. */
export function createDossierTask(deps: DossiersDeps, lookup: DossierLookup): CitizenTask {
  async function answer(turn: TaskTurn, code: string, last4: string): Promise<TaskStep> {
    try {
      const d = await lookup(`${turn.channel}:${turn.citizen?.id ?? turn.conversationId}`, code, last4);
      if (!d) return say('dossier_not_found', S.notFound, null, 'answer');
      const text = describeDossier(d, turn.calendar, turn.clock.now());
      const actions = [{ type: 'task_result' as const, task: 'dossier_status', code: d.code }];
      if (d.status === 'returned' || d.status === 'rejected') return { reply: taskReply('answer', 'dossier_found', text, { actions }), data: null };
      return { reply: taskReply('answer', 'dossier_found', `${text}\n\n${S.askNotify}`, { actions, choices: YES_NO }), data: { step: 'notify', code: d.code, last4 } };
    } catch (error) {
      if (error instanceof AppError && error.code === 'rate_limited') return say('dossier_rate_limited', S.limited, null, 'answer');
      deps.logger.warn({ err: error }, 'dossier lookup failed');
      return say('dossier_unavailable', S.unavailable, null, 'answer');
    }
  }

  return {
    name: 'dossier_status',
    startsOn: ['dossier_status'],
    async start(turn) {
      const code = codeIn(turn.text);
      return code ? say('dossier_phone', S.askPhone, { step: 'phone', code }) : say('dossier_code', S.askCode, { step: 'code' });
    },
    async next(turn, data) {
      if (data.step === 'code') {
        const code = normaliseDossierCode(turn.text);
        return code ? say('dossier_phone', S.askPhone, { step: 'phone', code }) : say('dossier_code', S.badCode, data);
      }
      if (data.step === 'phone') {
        const last4 = turn.text.replace(/\D/g, '').length >= 4 ? lastFourDigits(turn.text) : null;
        return last4 ? answer(turn, String(data.code), last4) : say('dossier_phone', S.badPhone, data);
      }
      const wants = pickChoice(turn.text, YES_NO)?.value ?? (/^(co|u|ok|vang|da co)( |$)/.test(foldText(turn.text)) ? 'yes' : 'no');
      if (wants !== 'yes') return say('dossier_notify_off', S.notifyOff, null, 'answer');
      const d = await deps.source.lookup(String(data.code), String(data.last4)).catch(() => null);
      if (d) await watchDossier(deps, d, turn.conversationId, String(data.last4));
      return say('dossier_notify_on', S.notifyOn, null, 'answer');
    },
  };
}
