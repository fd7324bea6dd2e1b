import type { DailyReport } from './daily-report.ts';
import { toCsv } from './csv.ts';

/** The daily report as one long table (section, item, value): it opens as is in a spreadsheet. */
export function dailyReportCsv(report: DailyReport): string {
  const rows: (string | number | null)[][] = [
    ['Ngày', report.date, ''],
    ['Tỷ lệ chuyển cán bộ', '', report.handoffRate],
    ['Thời gian phản hồi đầu (giây)', 'trung bình', report.firstResponseSeconds.avg],
    ['Thời gian phản hồi đầu (giây)', 'trung vị', report.firstResponseSeconds.p50],
    ['Thời gian phản hồi đầu (giây)', 'phân vị 90', report.firstResponseSeconds.p90],
    ['Thời gian xử lý (giây)', 'trung bình', report.handlingSeconds.avg],
    ['Thời gian xử lý (giây)', 'trung vị', report.handlingSeconds.p50],
    ...report.byChannel.flatMap((c) => [
      ['Cuộc trò chuyện theo kênh', c.channel, c.conversations],
      ['Chuyển cán bộ theo kênh', c.channel, c.handoffs],
    ]),
    ...report.byHour.map((h) => ['Chuyển cán bộ theo giờ', `${String(h.hour).padStart(2, '0')}:00`, h.handoffs]),
    ...report.dispositions.map((d) => ['Kết quả xử lý', d.disposition, d.count]),
  ];
  return toCsv(['Chỉ số', 'Mục', 'Giá trị'], rows);
}
