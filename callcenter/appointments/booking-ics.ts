import ical from 'ical-generator';
import type { BookingSummary } from './booking-summary.ts';

/** The booking as a calendar file (times in UTC, so every calendar shows local time correctly). */
export function bookingIcs(summary: BookingSummary, publicBaseUrl?: string): string {
  const calendar = ical({ name: 'Lịch hẹn Một Cửa', prodId: { company: 'Mot Cua', product: 'appointments', language: 'VI' } });
  calendar.createEvent({
    id: `${summary.code}@motcua`,
    start: new Date(summary.startsAt),
    end: new Date(summary.endsAt),
    summary: `Lịch hẹn ${summary.service} (${summary.code})`,
    location: `${summary.branch.name}, ${summary.branch.address}`,
    description: [
      `Mã lịch hẹn: ${summary.code}`,
      ...(summary.documents.length ? ['Giấy tờ cần mang:', ...summary.documents.map((d) => `- ${d}`)] : []),
      'Đọc mã lịch hẹn tại quầy để lấy số thứ tự.',
    ].join('\n'),
    url: publicBaseUrl ? new URL('/appointments/', publicBaseUrl).toString() : null,
    alarms: [{ type: 'display' as never, trigger: 7200 }],
  });
  return calendar.toString();
}
