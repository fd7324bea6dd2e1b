import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { foldText, pickChoice, taskReply, type CitizenTask, type Reply, type TaskData, type TaskStep, type TaskTurn } from '../../assistant/index.ts';
import type { ComplaintDeps, ProcedureFieldLookup } from './deps.ts';
import { fileComplaint, TO_CAO_GUIDANCE } from './file-complaint.ts';
import { trackingUrl, whereToTrack } from './notify-citizen.ts';
import type { ComplaintType } from './tables.ts';
import { INTAKE_TEXT as T } from './intake-text.ts';

type Step = 'choose' | 'consent' | 'type' | 'content' | 'place' | 'name' | 'phone' | 'confirm';
const choices = (labels: string[]) => labels.map((label, i) => ({ n: i + 1, label, value: String(i + 1) }));
const ask = (step: Step, text: string, data: TaskData, options: string[] = []): TaskStep => ({
  reply: taskReply('clarify', `complaint_${step}`, text, { choices: choices(options) }),
  data: { ...data, step },
});
const done = (intent: string, text: string, extra: Partial<Pick<Reply, 'actions'>> = {}): TaskStep => ({ reply: taskReply('answer', intent, text, extra), data: null });
const TYPES: ComplaintType[] = ['phan_anh', 'khieu_nai', 'gop_y', 'to_cao'];

function picked(turn: TaskTurn, options: string[]): number | null {
  const choice = pickChoice(turn.text, choices(options));
  return choice ? choice.n : null;
}

/** "Đồng ý", "có", "vâng" → 1; "không", "không đồng ý" → 2 (both labels share "đồng ý", so numbers alone do not do). */
function yesNo(turn: TaskTurn, options: string[]): number | null {
  const words = foldText(turn.text).split(' ');
  if (['khong', 'ko', 'k', 'chua', 'thoi'].includes(words[0] ?? '')) return 2;
  if (['dong', 'co', 'vang', 'ok', 'oke', 'u', 'da', 'yes'].includes(words[0] ?? '')) return 1;
  return picked(turn, options);
}

const mentionsDenunciation = (text: string) => / to cao /.test(` ${foldText(text)} `);

/** "Gửi kiến nghị", "phản ánh": a request to send something, with no story to be sorry about yet. */
const barelyAsks = (text: string) => foldText(text).split(' ').filter(Boolean).length <= 3;

/**
 * Complaint intake in the chat, one question at a time: an offer (file a ticket, or talk to a
 * person), the personal-data notice and consent, the type, the content, the place, the name and
 * a phone number, a summary to confirm; then the ticket is filed with the conversation attached
 * and the citizen gets the code, the lookup code and the tracking link.
 */
export function createComplaintIntakeTask(deps: ComplaintDeps & { procedureField: ProcedureFieldLookup }): CitizenTask {
  async function file(turn: TaskTurn, data: TaskData): Promise<TaskStep> {
    const topic = data.procedureCode ? String(data.procedureCode) : null;
    const { ticket } = await fileComplaint(
      deps,
      {
        clientId: String(data.clientId),
        channel: turn.channel === 'cli' || turn.channel === 'eval' ? 'web' : turn.channel,
        type: data.type as ComplaintType,
        content: String(data.content),
        place: data.place ? String(data.place) : undefined,
        procedureCode: topic,
        conversationId: turn.conversationId,
        citizen: { name: String(data.name), phone: String(data.phone) },
        consent: true,
      },
      { id: null, name: 'Trợ lý ảo (tiếp nhận qua chat)' },
    );
    const url = trackingUrl(deps, ticket);
    return done('complaint_filed', T.filed(ticket.code, ticket.lookupCode, ticket.dueAt, whereToTrack(deps, ticket, turn.channel)), {
      actions: [{ type: 'task_result', task: 'complaint', code: ticket.code, url }],
    });
  }

  return {
    name: 'complaint',
    startsOn: ['complaint'],
    async start(turn) {
      if (mentionsDenunciation(turn.text)) return done('complaint_denunciation', TO_CAO_GUIDANCE);
      const topic = await turn.topic();
      const data = { clientId: `chat-${turn.conversationId}-${turn.clock.now().getTime().toString(36)}`, procedureCode: topic?.code ?? null, first: turn.text };
      return ask('choose', barelyAsks(turn.text) ? T.offerPlain : T.offer, data, T.offerChoices);
    },
    async next(turn, data) {
      const step = data.step as Step;
      switch (step) {
        case 'choose': {
          const n = picked(turn, T.offerChoices);
          if (n === 2) return { ...done('complaint_handoff', T.toPerson), handOff: 'complaint' };
          if (n === 1) return ask('consent', T.notice, data, T.consentChoices);
          return ask('choose', T.pickOne, data, T.offerChoices);
        }
        case 'consent': {
          const n = yesNo(turn, T.consentChoices);
          if (n === 2) return done('complaint_no_consent', T.noConsent);
          if (n === 1) return ask('type', T.whichType, data, T.typeChoices);
          return ask('consent', T.pickOne, data, T.consentChoices);
        }
        case 'type': {
          const n = picked(turn, T.typeChoices);
          if (n === null) return ask('type', T.pickOne, data, T.typeChoices);
          const type = TYPES[n - 1]!;
          if (type === 'to_cao') return done('complaint_denunciation', TO_CAO_GUIDANCE);
          return ask('content', T.content, { ...data, type });
        }
        case 'content':
          if (turn.text.length < 10) return ask('content', T.contentMore, data);
          return ask('place', T.place, { ...data, content: turn.text.slice(0, 5000) });
        case 'place': {
          const unknown = ['khong ro', 'khong biet', 'khong', 'bo qua'].includes(foldText(turn.text));
          return ask('name', T.name, { ...data, place: unknown ? null : turn.text.slice(0, 300) });
        }
        case 'name':
          if (turn.text.trim().length < 2) return ask('name', T.name, data);
          return ask('phone', T.phone, { ...data, name: turn.text.trim().slice(0, 120) });
        case 'phone': {
          const phone = parsePhoneNumberFromString(turn.text.replace(/[^\d+]/g, ''), 'VN');
          if (!phone?.isValid()) return ask('phone', T.phoneAgain, data);
          const next = { ...data, phone: phone.formatNational().replace(/\s/g, '') };
          return ask('confirm', T.summary(next), next, T.confirmChoices);
        }
        case 'confirm': {
          const n = picked(turn, T.confirmChoices);
          if (n === 1) return file(turn, data);
          if (n === 2) return ask('content', T.content, data);
          if (n === 3) return done('complaint_cancelled', T.cancelled);
          return ask('confirm', T.pickOne, data, T.confirmChoices);
        }
        default:
          return done('complaint_cancelled', T.cancelled);
      }
    },
  };
}
