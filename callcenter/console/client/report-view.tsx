import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { call } from './api.ts';
import { ExportForm } from './export-form.tsx';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Report {
  date: string;
  byChannel: { channel: string; conversations: number; handoffs: number }[];
  handoffRate: number | null;
  firstResponseSeconds: { avg: number | null; p50: number | null; p90: number | null };
  handlingSeconds: { avg: number | null; p50: number | null };
  byHour: { hour: number; handoffs: number }[];
  dispositions: { disposition: string; count: number }[];
  csat: null;
}

function BarChart({ label, labels, datasets }: { label: string; labels: string[]; datasets: { label: string; data: number[]; color: string }[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: datasets.map((d) => ({ label: d.label, data: d.data, backgroundColor: d.color })) },
      options: { animation: false, responsive: true, maintainAspectRatio: false },
    });
    return () => chart.destroy();
  }, [JSON.stringify({ labels, datasets })]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

const sec = (v: number | null) => (v === null ? '—' : `${v} giây`);

/** The daily report (00:00–24:00 giờ Việt Nam) with Chart.js charts. */
export function ReportView() {
  const [report, setReport] = useState<Report | null>(null);
  const [date, setDate] = useState('');
  useEffect(() => {
    void call<Report>('GET', `/reports/daily${date ? `?date=${date}` : ''}`).then(setReport, () => undefined);
  }, [date]);
  if (!report) return <p>Đang tải…</p>;
  return (
    <div class="report">
      <div class="row">
        <h2>Báo cáo ngày {report.date}</h2>
        <label for="report-date">Chọn ngày</label>
        <input id="report-date" type="date" value={report.date} onChange={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <section class="card figures" aria-label="Chỉ số chính">
        <p>Tỉ lệ chuyển cán bộ: {report.handoffRate === null ? '—' : `${Math.round(report.handoffRate * 100)}%`}</p>
        <p>Thời gian phản hồi đầu tiên: trung bình {sec(report.firstResponseSeconds.avg)}, trung vị {sec(report.firstResponseSeconds.p50)}</p>
        <p>Thời gian xử lý: trung bình {sec(report.handlingSeconds.avg)}</p>
        <p>Mức hài lòng (CSAT): chưa có dữ liệu</p>
      </section>
      <section class="card" aria-labelledby="by-channel">
        <h3 id="by-channel">Cuộc trò chuyện theo kênh</h3>
        <BarChart
          label="Biểu đồ số cuộc trò chuyện và số lần chuyển cán bộ theo kênh"
          labels={report.byChannel.map((c) => c.channel)}
          datasets={[
            { label: 'Cuộc trò chuyện', data: report.byChannel.map((c) => c.conversations), color: '#1f5fa8' },
            { label: 'Chuyển cán bộ', data: report.byChannel.map((c) => c.handoffs), color: '#b3541e' },
          ]}
        />
      </section>
      <section class="card" aria-labelledby="by-hour">
        <h3 id="by-hour">Chuyển cán bộ theo giờ</h3>
        <BarChart
          label="Biểu đồ số lần chuyển cán bộ theo giờ trong ngày"
          labels={report.byHour.map((h) => `${h.hour}h`)}
          datasets={[{ label: 'Chuyển cán bộ', data: report.byHour.map((h) => h.handoffs), color: '#1f5fa8' }]}
        />
      </section>
      <ExportForm key={report.date} date={report.date} />
    </div>
  );
}
