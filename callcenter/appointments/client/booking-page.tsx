import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiProblem, dayText, timeText, type Summary } from './api.ts';
import { CancelForm } from './cancel-form.tsx';
import { Choices } from './choices.tsx';
import { RescheduleForm } from './reschedule-form.tsx';

interface Option {
  id: string;
  name: string;
}
const PRIORITY = [
  ['', 'Không thuộc diện ưu tiên'],
  ['elderly', 'Người cao tuổi'],
  ['disability', 'Người khuyết tật'],
  ['pregnant', 'Phụ nữ mang thai'],
  ['merit', 'Người có công với cách mạng'],
] as const;

function BookingForm() {
  const [services, setServices] = useState<Option[]>([]);
  const [serviceId, setServiceId] = useState('');
  const [district, setDistrict] = useState('');
  const [branches, setBranches] = useState<(Option & { address: string })[]>([]);
  const [branchId, setBranchId] = useState('');
  const [priority, setPriority] = useState('');
  const [days, setDays] = useState<{ day: string; free: number }[]>([]);
  const [day, setDay] = useState('');
  const [slots, setSlots] = useState<{ startsAt: string; label: string }[]>([]);
  const [startsAt, setStartsAt] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });
  const [result, setResult] = useState<Summary | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fail = (e: unknown) => setStatus({ text: e instanceof Error ? e.message : 'Có lỗi, vui lòng thử lại.', error: true });

  useEffect(() => void api<{ services: Option[] }>('/services').then((r) => setServices(r.services), fail), []);
  const findBranches = (service = serviceId) =>
    service && api<{ branches: (Option & { address: string })[] }>(`/branches?serviceId=${service}${district ? `&district=${encodeURIComponent(district)}` : ''}`).then((r) => setBranches(r.branches), fail);
  useEffect(() => {
    if (branchId) void api<{ days: { day: string; free: number }[] }>(`/slots?branchId=${branchId}&serviceId=${serviceId}&priority=${Boolean(priority)}`).then((r) => setDays(r.days), fail);
  }, [branchId, priority]);
  useEffect(() => {
    if (day) void api<{ slots: { startsAt: string; label: string }[] }>(`/slots?branchId=${branchId}&serviceId=${serviceId}&day=${day}&priority=${Boolean(priority)}`).then((r) => setSlots(r.slots), fail);
  }, [day]);
  useEffect(() => resultRef.current?.focus(), [result]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus({ text: 'Đang đặt lịch…' });
    try {
      const r = await api<{ booking: Summary }>('/bookings', { branchId, serviceId, startsAt, name, phone, priorityGroup: priority || null, consent });
      setResult(r.booking);
      setStatus({ text: '' });
    } catch (error) {
      if (error instanceof ApiProblem && error.problem.alternatives?.length) {
        setSlots(error.problem.alternatives);
        setStartsAt('');
      }
      fail(error);
    }
  };

  if (result) {
    return (
      <div class="result" tabIndex={-1} ref={resultRef} aria-live="polite">
        <h2>Đã đặt lịch hẹn</h2>
        <p>
          Mã lịch hẹn: <span class="code">{result.code}</span>
        </p>
        <p>Thời gian: {result.when}</p>
        <p>
          Địa điểm: {result.branch.name}, {result.branch.address}
        </p>
        {result.form && <p>Tờ khai kèm theo: {result.form.name}</p>}
        {result.documents.length > 0 && (
          <>
            <h3>Giấy tờ cần mang</h3>
            <ul>{result.documents.map((d) => <li>{d}</li>)}</ul>
          </>
        )}
        <p>
          <a href={result.icsPath}>Tải lịch hẹn về điện thoại (.ics)</a>
        </p>
        <p>Hãy giữ mã lịch hẹn. Khi hủy hoặc đổi lịch, bạn cần mã này và 4 số cuối điện thoại.</p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} aria-describedby="booking-status">
      <fieldset>
        <legend>1. Bạn cần làm thủ tục gì?</legend>
        <Choices items={services} label={(s) => s.name} chosen={(s) => s.id === serviceId} pick={(s) => (setServiceId(s.id), setBranchId(''), void findBranches(s.id))} />
      </fieldset>
      {serviceId && (
        <fieldset>
          <legend>2. Chọn nơi đến</legend>
          <label>
            Quận, huyện bạn ở (để gợi ý nơi gần nhất)
            <input type="text" value={district} onInput={(e) => setDistrict(e.currentTarget.value)} onBlur={() => void findBranches()} autocomplete="address-level2" />
          </label>
          <Choices items={branches} label={(b) => `${b.name} – ${b.address}`} chosen={(b) => b.id === branchId} pick={(b) => (setBranchId(b.id), setDay(''))} />
        </fieldset>
      )}
      {branchId && (
        <fieldset>
          <legend>3. Ngày và giờ</legend>
          <label>
            Diện ưu tiên
            <select value={priority} onChange={(e) => (setPriority(e.currentTarget.value), setDay(''))}>
              {PRIORITY.map(([value, label]) => <option value={value}>{label}</option>)}
            </select>
          </label>
          <p>Ngày:</p>
          <Choices items={days} label={(d) => dayText(d.day)} chosen={(d) => d.day === day} pick={(d) => (setDay(d.day), setStartsAt(''))} />
          {day && <p>Giờ còn trống:</p>}
          {day && <Choices items={slots} label={(s) => (s.startsAt.slice(0, 10) === day ? timeText(s.startsAt) : s.label)} chosen={(s) => s.startsAt === startsAt} pick={(s) => setStartsAt(s.startsAt)} />}
        </fieldset>
      )}
      {startsAt && (
        <fieldset>
          <legend>4. Thông tin người đến</legend>
          <label>
            Họ và tên
            <input type="text" required value={name} onInput={(e) => setName(e.currentTarget.value)} autocomplete="name" />
          </label>
          <label>
            Số điện thoại di động
            <input type="tel" required value={phone} onInput={(e) => setPhone(e.currentTarget.value)} autocomplete="tel" />
          </label>
          <label>
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} /> Tôi đồng ý cho Trung tâm dùng họ tên và số điện thoại cho lịch hẹn này và để nhắc lịch. Thông tin được xóa khi hết thời hạn lưu trữ.
          </label>
          <button class="primary" type="submit" disabled={!consent}>
            Đặt lịch {timeText(startsAt)}
          </button>
        </fieldset>
      )}
      <p id="booking-status" class={`status${status.error ? ' error' : ''}`} role="status" aria-live="polite">
        {status.text}
      </p>
    </form>
  );
}

function App() {
  return (
    <>
      <section aria-labelledby="book-heading">
        <h2 id="book-heading">Đặt lịch mới</h2>
        <BookingForm />
      </section>
      <section aria-labelledby="reschedule-heading">
        <h2 id="reschedule-heading">Đổi lịch hẹn</h2>
        <RescheduleForm />
      </section>
      <section aria-labelledby="cancel-heading">
        <h2 id="cancel-heading">Hủy lịch hẹn</h2>
        <CancelForm />
      </section>
    </>
  );
}

render(<App />, document.getElementById('app')!);
