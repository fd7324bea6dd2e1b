import { foldText, taskReply, type Choice, type CitizenLink, type TaskData, type TaskStep, type TaskTurn } from '../../assistant/index.ts';
import { AppError } from '../../platform/http/errors.ts';
import { readBookingCode } from './booking-code.ts';
import { SlotFullError } from './book-slot.ts';
import { summariseBooking, summaryText } from './booking-summary.ts';
import { findBooking } from './find-booking.ts';
import { listFreeSlots, listOpenDays, type FreeSlot } from './list-free-slots.ts';
import { dayLabel, hhmm, localDay, localMinutes, slotLabel } from './local-time.ts';
import { rescheduleBooking } from './reschedule-booking.ts';
import type { AppointmentDeps } from './settings.ts';
import { ask, numbered, PROMPTS, spread } from './task-prompts.ts';

export type RescheduleStep = 'moveCode' | 'moveLast4' | 'moveDay' | 'moveTime';
export interface RescheduleData extends TaskData {
  step: RescheduleStep;
  choices: Choice[];
  code?: string;
  last4?: string;
  day?: string;
}

/** "đổi lịch hẹn", "dời lịch", "đổi giờ hẹn": the booking task moves an existing booking instead of making one. */
export function wantsReschedule(text: string): boolean {
  return / (doi|doi lai|chuyen|hoan) (lich|gio hen|ngay hen)/.test(` ${foldText(text)} `);
}

/** "mã LH 4821 3907", "48213907" → "LH48213907". */
export function codeIn(text: string): string | null {
  const m = /(?:lh)?[\s.-]*\d(?:[\s.-]*\d){7}/i.exec(text);
  return readBookingCode(text) ?? (m ? readBookingCode(m[0]) : null);
}

const MAX_TIMES = 6;
const step = (reply: TaskStep['reply'], data: RescheduleData | null): TaskStep => ({ reply, data });
const end = (intent: string, text: string): TaskStep => step(taskReply('answer', intent, text), null);

/**
 * Moving a booking in the chat, one question at a time: the code, the phone's last 4 digits, a day,
 * a time. The move is rescheduleBooking, the same transaction as the page and the API, so a slot
 * taken meanwhile is offered again with the nearest free ones and never double booked.
 */
export function rescheduleSteps(deps: AppointmentDeps, link: CitizenLink) {
  const booking = (data: RescheduleData) => findBooking(deps.db, data.code!, data.last4!);
  const query = async (data: RescheduleData) => {
    const row = await booking(data);
    return { branchId: row.branchId, serviceId: row.serviceId, priority: Boolean(row.priorityGroup) };
  };

  const askDay = async (data: RescheduleData, row: Awaited<ReturnType<typeof booking>>): Promise<TaskStep> => {
    const days = await listOpenDays(deps, { branchId: row.branchId, serviceId: row.serviceId, priority: Boolean(row.priorityGroup) }, 5);
    if (days.length === 0) return end('reschedule_full', PROMPTS.moveNoDays);
    const choices = numbered(days.map((d) => ({ label: dayLabel(d.day), value: d.day })));
    return step(ask('reschedule_day', PROMPTS.moveDay(slotLabel(row.startsAt)), choices), { ...data, step: 'moveDay', choices });
  };

  const askTime = (data: RescheduleData, free: FreeSlot[], question: string): TaskStep => {
    const label = (iso: string) => (localDay(new Date(iso)) === data.day ? hhmm(localMinutes(new Date(iso))) : slotLabel(new Date(iso)));
    const choices = numbered(spread(free, MAX_TIMES).map((s) => ({ label: label(s.startsAt), value: s.startsAt })));
    return step(ask('reschedule_time', question, choices), { ...data, step: 'moveTime', choices });
  };

  const move = async (turn: TaskTurn, data: RescheduleData, startsAt: string): Promise<TaskStep> => {
    try {
      const moved = await rescheduleBooking(deps, data.code!, data.last4!, new Date(startsAt));
      const summary = await summariseBooking(deps, moved);
      const url = link(turn.channel, summary.icsPath);
      const text = [PROMPTS.moved, summaryText(summary), url ? PROMPTS.calendar(url) : PROMPTS.calendarElsewhere].join('\n');
      const speech = `${PROMPTS.moved} Lịch hẹn mới vào ${summary.when}, tại ${summary.branch.name}.`;
      return step(taskReply('answer', 'reschedule_done', text, { speech, actions: [{ type: 'task_result', task: 'booking', code: moved.code, url }] }), null);
    } catch (error) {
      if (error instanceof SlotFullError) {
        return error.alternatives.length > 0 ? askTime(data, error.alternatives, PROMPTS.full) : askDay(data, await booking(data));
      }
      if (error instanceof AppError && (error.code === 'conflict' || error.code === 'validation_failed')) return end('reschedule_refused', error.message);
      throw error;
    }
  };

  const handlers: Record<RescheduleStep, (turn: TaskTurn, data: RescheduleData, picked: Choice | null) => Promise<TaskStep>> = {
    moveCode: async (turn, data) => {
      const code = codeIn(turn.text);
      return code ? step(taskReply('clarify', 'reschedule_last4', PROMPTS.moveLast4), { ...data, code, step: 'moveLast4', choices: [] }) : step(taskReply('clarify', 'reschedule_code', PROMPTS.moveBadCode), data);
    },
    moveLast4: async (turn, data) => {
      const digits = /(?:^|\D)(\d{4})(?:\D|$)/.exec(turn.text.trim())?.[1];
      if (!digits) return step(taskReply('clarify', 'reschedule_last4', PROMPTS.moveBadLast4), data);
      const next = { ...data, last4: digits };
      try {
        const row = await booking(next);
        if (row.status !== 'confirmed') return end('reschedule_refused', PROMPTS.moveNotConfirmed);
        return await askDay(next, row);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') return end('reschedule_not_found', error.message);
        throw error;
      }
    },
    moveDay: async (_turn, data, picked) => {
      if (!picked) return again(data);
      const next = { ...data, day: picked.value };
      const free = await listFreeSlots(deps, { ...(await query(next)), day: picked.value });
      return free.length > 0 ? askTime(next, free, PROMPTS.time(dayLabel(picked.value))) : askDay(next, await booking(next));
    },
    moveTime: async (turn, data, picked) => (picked ? move(turn, data, picked.value) : again(data)),
  };

  function again(data: RescheduleData): Promise<TaskStep> {
    return Promise.resolve(step(ask(`reschedule_${data.step === 'moveDay' ? 'day' : 'time'}`, PROMPTS.again, data.choices), data));
  }

  return {
    start: (): TaskStep => step(taskReply('clarify', 'reschedule_code', PROMPTS.moveCode), { step: 'moveCode', choices: [] }),
    handlers,
  };
}
