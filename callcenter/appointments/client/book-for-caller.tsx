import { useEffect, useState } from 'preact/hooks';
import { timeOf, type Call, type Places } from './console-types.ts';

/** An agent books for a caller: service, branch, day, time, name, phone, priority. */
export function BookForCaller({ call, places, onBooked }: { call: Call; places: Places; onBooked: () => void }) {
  const [serviceId, setServiceId] = useState(places.services[0]?.id ?? '');
  const [branchId, setBranchId] = useState('');
  const [days, setDays] = useState<{ day: string }[]>([]);
  const [day, setDay] = useState('');
  const [slots, setSlots] = useState<{ startsAt: string }[]>([]);
  const [startsAt, setStartsAt] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [priorityGroup, setPriority] = useState('');
  const [status, setStatus] = useState('');
  const branches = places.branches.filter((b) => places.counters.some((c) => c.branchId === b.id && c.serviceIds.includes(serviceId)));

  useEffect(() => {
    if (branchId && serviceId) void call<{ days: { day: string }[] }>('GET', `/appointments/slots?branchId=${branchId}&serviceId=${serviceId}`).then((r) => setDays(r.days));
  }, [branchId, serviceId]);
  useEffect(() => {
    if (day) void call<{ slots: { startsAt: string }[] }>('GET', `/appointments/slots?branchId=${branchId}&serviceId=${serviceId}&day=${day}`).then((r) => setSlots(r.slots));
  }, [day]);

  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await call<{ booking: { code: string; when: string } }>('POST', '/appointments/bookings', { branchId, serviceId, startsAt, name, phone, priorityGroup: priorityGroup || null });
      setStatus(`Đã đặt lịch ${r.booking.code} lúc ${r.booking.when}. Đọc mã này cho người gọi.`);
      onBooked();
    } catch (error) {
      setStatus((error as Error).message);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="caller-heading">
      <h3 id="caller-heading">Đặt lịch cho người gọi</h3>
      <label>
        Dịch vụ
        <select value={serviceId} onChange={(e) => (setServiceId(e.currentTarget.value), setBranchId(''))}>
          {places.services.map((s) => <option value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <label>
        Điểm tiếp nhận
        <select value={branchId} onChange={(e) => (setBranchId(e.currentTarget.value), setDay(''))} required>
          <option value="">— Chọn —</option>
          {branches.map((b) => <option value={b.id}>{b.name}</option>)}
        </select>
      </label>
      <label>
        Ngày
        <select value={day} onChange={(e) => (setDay(e.currentTarget.value), setStartsAt(''))} required>
          <option value="">— Chọn —</option>
          {days.map((d) => <option value={d.day}>{d.day}</option>)}
        </select>
      </label>
      <label>
        Giờ
        <select value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} required>
          <option value="">— Chọn —</option>
          {slots.map((s) => <option value={s.startsAt}>{timeOf(s.startsAt)}</option>)}
        </select>
      </label>
      <label>
        Họ tên người gọi
        <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} required />
      </label>
      <label>
        Số điện thoại
        <input type="tel" value={phone} onInput={(e) => setPhone(e.currentTarget.value)} required />
      </label>
      <label>
        Diện ưu tiên
        <select value={priorityGroup} onChange={(e) => setPriority(e.currentTarget.value)}>
          <option value="">Không</option>
          <option value="elderly">Người cao tuổi</option>
          <option value="disability">Người khuyết tật</option>
          <option value="pregnant">Phụ nữ mang thai</option>
          <option value="merit">Người có công</option>
        </select>
      </label>
      <button type="submit">Đặt lịch</button>
      <p role="status" aria-live="polite">{status}</p>
    </form>
  );
}
