import { formatDateVi, isWorkingDay, type WorkingCalendar } from '../../assistant/index.ts';
import type { DossierRecord } from './dossier-status-source.ts';
import type { DossierStatusCode } from './tables.ts';

const STATUS_WORDS: Record<DossierStatusCode, string> = {
  received: 'đã được tiếp nhận, đang chờ chuyển đến cán bộ giải quyết',
  processing: 'đang được giải quyết',
  needs_supplement: 'cần bổ sung, hoàn thiện thêm giấy tờ',
  ready: 'đã có kết quả, đang chờ bạn đến nhận',
  returned: 'đã trả kết quả',
  rejected: 'không đủ điều kiện giải quyết',
};

const FINAL = new Set<DossierStatusCode>(['ready', 'returned', 'rejected']);
const DAY = 86_400_000;

/** Today in Hanoi as YYYY-MM-DD. */
export const hanoiDate = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let t = Date.parse(`${from}T00:00:00Z`) + DAY; t <= Date.parse(`${to}T00:00:00Z`); t += DAY) if (isWorkingDay(calendar, new Date(t).toISOString().slice(0, 10))) n++;
  return n;
}

/** What the citizen should do next, in plain words. */
function nextStep(d: DossierRecord): string | null {
  if (d.status === 'needs_supplement') return `Bạn cần bổ sung hồ sơ${d.note ? `: ${d.note}` : ''}. Bạn mang giấy tờ bổ sung đến nơi đã nộp hồ sơ (hoặc nộp trực tuyến nếu đã nộp trực tuyến).`;
  if (d.status === 'ready') return 'Bạn mang giấy tiếp nhận hồ sơ và hẹn trả kết quả cùng thẻ căn cước đến nơi đã nộp hồ sơ để nhận kết quả.';
  if (d.status === 'rejected') return `${d.note ? `Lý do: ${d.note}. ` : ''}Bạn có thể nhắn "gặp nhân viên" để được hướng dẫn.`;
  return null;
}

/**
 * The answer to "where is my dossier": status in plain words, the expected date in working days,
 * what to do, and for a late dossier the apology with the new date ("Phiếu xin lỗi và hẹn lại
 * ngày trả kết quả").
 */
export function describeDossier(d: DossierRecord, calendar: WorkingCalendar, now: Date): string {
  const today = hanoiDate(now);
  const lines = [`Hồ sơ ${d.code}${d.procedureName ? ` (${d.procedureName})` : ''} ${STATUS_WORDS[d.status]}.`];
  if (!FINAL.has(d.status)) {
    if (d.newDueOn) {
      lines.push(
        `Chúng tôi thành thật xin lỗi vì hồ sơ không trả được đúng hẹn ngày ${formatDateVi(d.dueOn)}${d.lateReason ? ` (lý do: ${d.lateReason})` : ''}. ` +
          `Ngày hẹn trả kết quả mới là ${formatDateVi(d.newDueOn)}; phiếu xin lỗi và hẹn lại ngày trả kết quả đã được lập cho hồ sơ của bạn.`,
      );
    } else if (d.dueOn < today) {
      lines.push(`Hồ sơ đã quá ngày hẹn ${formatDateVi(d.dueOn)}. Chúng tôi thành thật xin lỗi; bộ phận một cửa sẽ gửi bạn phiếu xin lỗi và hẹn lại ngày trả kết quả.`);
    } else {
      const due = d.dueOn;
      const left = workingDaysBetween(calendar, today, due);
      lines.push(`Ngày hẹn trả kết quả: ${formatDateVi(due)}${due === today ? ' (hôm nay)' : `, còn ${left} ngày làm việc`}.`);
    }
  }
  const step = nextStep(d);
  if (step) lines.push(step);
  return lines.join(' ');
}

/** What a watcher last heard; a change of it is worth a message. */
export const seenKey = (d: Pick<DossierRecord, 'status' | 'newDueOn'>) => `${d.status}|${d.newDueOn ?? ''}`;
