import { useState } from 'preact/hooks';
import { call, type Item } from './api.ts';

export interface HandoffSummary {
  why?: string;
  question?: string;
  procedureCode?: string | null;
  procedureName?: string | null;
  answered?: string | null;
  citizenSaid?: string[];
}

const DISPOSITIONS: [string, string][] = [
  ['resolved', 'Đã giải đáp xong'],
  ['info_given', 'Đã cung cấp thông tin'],
  ['follow_up', 'Cần theo dõi thêm'],
  ['complaint', 'Chuyển thành phản ánh'],
  ['no_response', 'Người dân không phản hồi'],
  ['wrong_channel', 'Không đúng kênh'],
  ['other', 'Khác'],
];
// Tố cáo do not go through this workflow (Luật Tố cáo 2018): the agent guides the citizen instead.
const TYPES: [string, string][] = [
  ['phan_anh', 'Phản ánh, kiến nghị'],
  ['khieu_nai', 'Khiếu nại'],
  ['gop_y', 'Góp ý'],
];

/** What the citizen raised, from the handoff summary: the agent edits it before filing. */
function prefill(summary: HandoffSummary): string {
  const said = (summary.citizenSaid ?? []).filter((s) => s && s !== summary.question);
  const about = summary.procedureName ? `Thủ tục: ${summary.procedureName}. ` : '';
  return `${about}${[summary.question, ...said].filter(Boolean).join(' ')}`.trim();
}

/**
 * The wrap-up: disposition and note, "Không gửi khảo sát", and "Tạo phản ánh", which files a
 * ticket for the citizen from this conversation (it is attached; channel and branch are its own)
 * before the conversation is closed. `onDone` gets the ticket code when one was filed.
 */
export function WrapUpForm({ item, summary, onDone }: { item: Item; summary: HandoffSummary; onDone: (code: string | null) => void }) {
  const [disposition, setDisposition] = useState('resolved');
  const [file, setFile] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // One client id per form: sending twice (a double click, a retry) files one ticket.
  const [clientId] = useState(() => `console-${crypto.randomUUID()}`);

  const submit = async (event: Event) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    setBusy(true);
    setError('');
    try {
      let code: string | null = null;
      if (file) {
        const phone = text('complaintPhone');
        const { ticket } = await call<{ ticket: { code: string } }>('POST', '/complaints', {
          clientId,
          conversationId: item.conversationId,
          type: text('complaintType'),
          content: text('complaintContent'),
          ...(text('complaintPlace') ? { place: text('complaintPlace') } : {}),
          ...(summary.procedureCode ? { procedureCode: summary.procedureCode } : {}),
          citizen: { name: text('complaintName'), ...(phone ? { phone } : {}) },
          consent: f.get('complaintConsent') === 'yes',
        });
        code = ticket.code;
      }
      if (f.get('skipSurvey') === 'yes') await call('POST', `/conversations/${item.id}/skip-survey`, {});
      const note = [text('wrapNote'), code ? `Đã tạo phiếu phản ánh ${code}.` : ''].filter(Boolean).join(' ');
      await call('POST', `/conversations/${item.id}/wrap-up`, { disposition, note });
      onDone(code);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" aria-labelledby="wrap-up-title" onSubmit={(e) => void submit(e)}>
      <h3 id="wrap-up-title">Kết thúc và tổng kết</h3>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <label for="disposition">Kết quả xử lý</label>
      <select id="disposition" name="disposition" value={disposition} onChange={(e) => setDisposition((e.currentTarget as HTMLSelectElement).value)}>
        {DISPOSITIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label for="wrapNote">Ghi chú tổng kết</label>
      <textarea id="wrapNote" name="wrapNote" rows={2} />
      <label class="check">
        <input type="checkbox" name="skipSurvey" value="yes" /> Không gửi khảo sát
      </label>
      <label class="check">
        <input
          type="checkbox"
          aria-controls={file ? 'wrap-complaint' : undefined}
          checked={file}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            setFile(on);
            if (on) setDisposition('complaint');
          }}
        />{' '}
        Tạo phản ánh
      </label>
      {file && (
        <fieldset id="wrap-complaint" class="wrap-complaint">
          <legend>Phiếu phản ánh, kiến nghị thay cho người dân</legend>
          <label for="complaintType">Loại</label>
          <select id="complaintType" name="complaintType">
            {TYPES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <label for="complaintContent">Nội dung (đã lấy từ tóm tắt bàn giao, sửa nếu cần)</label>
          <textarea id="complaintContent" name="complaintContent" rows={4} required minLength={10} defaultValue={prefill(summary)} />
          <label for="complaintPlace">Địa điểm, cơ quan liên quan (không bắt buộc)</label>
          <input id="complaintPlace" name="complaintPlace" />
          <label for="complaintName">Họ tên người gửi</label>
          <input id="complaintName" name="complaintName" required minLength={2} autocomplete="off" />
          <label for="complaintPhone">Số điện thoại người gửi (không bắt buộc)</label>
          <input id="complaintPhone" name="complaintPhone" type="tel" autocomplete="off" aria-describedby="complaintPhoneHint" />
          <p id="complaintPhoneHint" class="hint">
            Để trống thì cơ quan trả lời qua chính cuộc trò chuyện này. Người dân nhận mã phiếu và đường dẫn tra cứu ngay.
          </p>
          <label class="check">
            <input type="checkbox" name="complaintConsent" value="yes" required /> Người dân đã đồng ý cho xử lý dữ liệu cá nhân để gửi phản ánh
          </label>
        </fieldset>
      )}
      <button type="submit" disabled={busy}>
        {file ? 'Tạo phản ánh, kết thúc và lưu' : 'Kết thúc và lưu'}
      </button>
    </form>
  );
}
