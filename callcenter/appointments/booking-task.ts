import { foldText, pickChoice, taskReply, type Choice, type CitizenLink, type CitizenTask, type TaskData, type TaskStep, type TaskTurn } from '../../assistant/index.ts';
import { bookSlot, SlotFullError } from './book-slot.ts';
import { summariseBooking, summaryText } from './booking-summary.ts';
import { listFreeSlots, listOpenDays } from './list-free-slots.ts';
import { dayLabel, hhmm, localMinutes } from './local-time.ts';
import { nearestBranches } from './nearest-branch.ts';
import { normalisePhone } from './phone.ts';
import { PRIORITY_GROUPS, PRIORITY_LABELS, type PriorityGroup } from './priority-groups.ts';
import { activeServices, branchesFor } from './read-places.ts';
import type { AppointmentDeps } from './settings.ts';
import { rescheduleSteps, wantsReschedule, type RescheduleData, type RescheduleStep } from './reschedule-task.ts';
import { ask, numbered, PROMPTS, spread } from './task-prompts.ts';

type Step = 'service' | 'district' | 'branch' | 'priority' | 'day' | 'time' | 'consent' | 'name' | 'phone';
interface Data extends TaskData {
  step: Step;
  choices: Choice[];
  serviceId?: string;
  procedureCode?: string | null;
  branchId?: string;
  priority?: PriorityGroup | null;
  day?: string;
  startsAt?: string;
  name?: string;
}

const MAX_TIMES = 6;

/** "không đồng ý", "ko", "từ chối" → no; "đồng ý", "có", "ok", "vâng" → yes; else the numbered pick decides. */
function consentWords(text: string): 'yes' | 'no' | null {
  const t = ` ${foldText(text)} `;
  if (/ (khong|ko|k|tu choi|chua) /.test(t)) return 'no';
  if (/ (dong y|co|ok|oke|vang|u|uh|da|duoc) /.test(t)) return 'yes';
  return null;
}
const step = (reply: TaskStep['reply'], data: Data | null): TaskStep => ({ reply, data });
const choose = (intent: string, question: string, choices: Choice[], data: Omit<Data, 'choices'>): TaskStep => step(ask(intent, question, choices), { ...data, choices } as Data);


/**
 * Booking in the chat (or moving a booking, when the citizen asks to "đổi lịch hẹn"), one question at a time with numbered choices: service (skipped when the
 * conversation is about a procedure a service covers), district, nearest branch, priority, day,
 * time, then consent, name and phone. Ends with the code, the summary and the calendar file.
 */
export function createBookingTask(deps: AppointmentDeps, options: { link: CitizenLink }): CitizenTask {
  const moving = rescheduleSteps(deps, options.link);
  const askDistrict = (data: Omit<Data, 'choices' | 'step'>) => step(taskReply('clarify', 'booking_district', PROMPTS.district), { ...data, step: 'district', choices: [] });

  const askDay = async (data: Data): Promise<TaskStep> => {
    const days = await listOpenDays(deps, { branchId: data.branchId!, serviceId: data.serviceId!, priority: Boolean(data.priority) }, 5);
    if (days.length === 0) return askDistrict({ serviceId: data.serviceId, procedureCode: data.procedureCode, priority: data.priority });
    return choose('booking_day', PROMPTS.day, numbered(days.map((d) => ({ label: dayLabel(d.day), value: d.day }))), { ...data, step: 'day' });
  };

  const askTime = async (data: Data, question?: string, slots?: { startsAt: string }[]): Promise<TaskStep> => {
    const free = slots ?? (await listFreeSlots(deps, { branchId: data.branchId!, serviceId: data.serviceId!, priority: Boolean(data.priority), day: data.day! }));
    if (free.length === 0) return askDay(data);
    const label = (iso: string) => (slots ? `${hhmm(localMinutes(new Date(iso)))} ${dayLabel(new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10))}` : hhmm(localMinutes(new Date(iso))));
    const choices = numbered(spread(free, MAX_TIMES).map((s) => ({ label: label(s.startsAt), value: s.startsAt })));
    return choose('booking_time', question ?? PROMPTS.time(dayLabel(data.day!)), choices, { ...data, step: 'time' });
  };

  const finish = async (turn: TaskTurn, data: Data, phone: string): Promise<TaskStep> => {
    try {
      const { booking } = await bookSlot(deps, {
        branchId: data.branchId!,
        serviceId: data.serviceId!,
        startsAt: new Date(data.startsAt!),
        name: data.name!,
        phone,
        priorityGroup: data.priority ?? null,
        channel: turn.channel,
        conversationId: turn.conversationId,
        procedureCode: data.procedureCode ?? null,
        // A form this citizen just filled in the chat goes with the booking.
        formId: (await deps.forms?.latestFor(turn, deps.now()))?.id ?? null,
      });
      const summary = await summariseBooking(deps, booking);
      const url = options.link(turn.channel, summary.icsPath);
      const text = [PROMPTS.done, summaryText(summary), url ? PROMPTS.calendar(url) : PROMPTS.calendarElsewhere].join('\n');
      const speech = `${PROMPTS.done} Mã lịch hẹn của bạn là ${booking.code.slice(2).split('').join(' ')}. Thời gian ${summary.when}, tại ${summary.branch.name}.`;
      return step(taskReply('answer', 'booking_done', text, { speech, actions: [{ type: 'task_result', task: 'booking', code: booking.code, url }] }), null);
    } catch (error) {
      if (!(error instanceof SlotFullError)) throw error;
      if (error.alternatives.length === 0) return askDay(data);
      return askTime(data, PROMPTS.full, error.alternatives);
    }
  };

  const afterService = async (data: Omit<Data, 'choices' | 'step'>): Promise<TaskStep> => askDistrict(data);

  const handlers: Record<Step, (turn: TaskTurn, data: Data, picked: Choice | null) => Promise<TaskStep>> = {
    service: async (_turn, data, picked) => (picked ? afterService({ serviceId: picked.value, procedureCode: null }) : again(data)),
    district: async (turn, data) => {
      const branches = await branchesFor(deps.db, data.serviceId!);
      if (branches.length === 0) return step(taskReply('answer', 'booking_unavailable', PROMPTS.noPlaces), null);
      const near = nearestBranches(branches, turn.text);
      const choices = numbered(near.branches.slice(0, 4).map((b) => ({ label: b.name, value: b.id })));
      return choose('booking_branch', near.district ? PROMPTS.branchNear(near.district) : PROMPTS.branchAny, choices, { ...data, step: 'branch' });
    },
    branch: async (_turn, data, picked) => {
      if (!picked) return again(data);
      const choices = numbered([{ label: 'Không', value: '' }, ...PRIORITY_GROUPS.map((g) => ({ label: PRIORITY_LABELS[g], value: g }))]);
      return choose('booking_priority', PROMPTS.priority, choices, { ...data, branchId: picked.value, step: 'priority' });
    },
    priority: async (turn, data, picked) => {
      const none = !picked && consentWords(turn.text) === 'no'; // "không", "không ạ"
      return picked || none ? askDay({ ...data, priority: ((picked?.value ?? '') || null) as PriorityGroup | null }) : again(data);
    },
    day: async (_turn, data, picked) => (picked ? askTime({ ...data, day: picked.value }) : again(data)),
    time: async (_turn, data, picked) =>
      picked
        ? choose('booking_consent', PROMPTS.consent, numbered([{ label: 'Đồng ý', value: 'yes' }, { label: 'Không đồng ý', value: 'no' }]), { ...data, startsAt: picked.value, step: 'consent' })
        : again(data),
    consent: async (turn, data, picked) => {
      const answer = consentWords(turn.text) ?? picked?.value;
      if (!answer) return again(data);
      if (answer !== 'yes') return step(taskReply('answer', 'booking_declined', PROMPTS.declined), null);
      return step(taskReply('clarify', 'booking_name', PROMPTS.name), { ...data, step: 'name', choices: [] });
    },
    name: async (turn, data) => {
      const name = turn.text.replace(/\s+/g, ' ').trim();
      if (!/^[\p{L}][\p{L} .'-]{1,79}$/u.test(name)) return step(taskReply('clarify', 'booking_name', PROMPTS.badName), data);
      return step(taskReply('clarify', 'booking_phone', PROMPTS.phone), { ...data, name, step: 'phone' });
    },
    phone: async (turn, data) => {
      const phone = normalisePhone(turn.text);
      return phone ? finish(turn, data, phone) : step(taskReply('clarify', 'booking_phone', PROMPTS.badPhone), data);
    },
  };

  function again(data: Data): Promise<TaskStep> {
    return Promise.resolve(step(ask(`booking_${data.step}`, PROMPTS.again, data.choices), data));
  }

  return {
    name: 'booking',
    startsOn: ['book_appointment'],
    async start(turn) {
      if (wantsReschedule(turn.text)) return moving.start();
      const services = await activeServices(deps.db);
      if (services.length === 0) return step(taskReply('answer', 'booking_unavailable', PROMPTS.noPlaces), null);
      const topic = await turn.topic();
      const covering = topic ? services.find((s) => s.procedureCodes.includes(topic.code)) : undefined;
      if (covering) return afterService({ serviceId: covering.id, procedureCode: topic!.code });
      return choose('booking_service', PROMPTS.service, numbered(services.map((s) => ({ label: s.name, value: s.id }))), { step: 'service' });
    },
    async next(turn, raw) {
      if ((raw.step as string) in moving.handlers) {
        const data = raw as RescheduleData;
        const picked = data.choices.length > 0 ? pickChoice(turn.text, data.choices) : null;
        return moving.handlers[data.step as RescheduleStep](turn, data, picked);
      }
      const data = raw as Data;
      const handler = handlers[data.step];
      if (!handler) return step(taskReply('answer', 'booking_unavailable', PROMPTS.noPlaces), null);
      const picked = data.choices.length > 0 ? pickChoice(turn.text, data.choices) : null;
      return handler(turn, data, picked);
    },
  };
}
