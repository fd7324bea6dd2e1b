import { useRef, useState } from 'preact/hooks';
import { api, ApiProblem, dayText, timeText, type Summary } from './api.ts';
import { Choices } from './choices.tsx';

interface Slot {
  startsAt: string;
  label: string;
}

/**
 * Move a booking: find it by code and the phone's last 4 digits, pick a new day and time among the
 * free ones at the same place. The server moves it in the booking transaction: a time taken
 * meanwhile comes back as the nearest free ones.
 */
export function RescheduleForm() {
  const [code, setCode] = useState('');
  const [last4, setLast4] = useState('');
  const [booking, setBooking] = useState<Summary | null>(null);
  const [days, setDays] = useState<{ day: string }[]>([]);
  const [day, setDay] = useState('');
  const [slots, setSlots] = useState<Slot[]>([]);
  const [startsAt, setStartsAt] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });
  const statusRef = useRef<HTMLParagraphElement>(null);
  const proof = () => ({ code: code.trim(), phoneLast4: last4.trim() });
  const say = (text: string, error = false) => {
    setStatus({ text, error });
    statusRef.current?.focus();
  };
  const fail = (e: unknown) => say(e instanceof Error ? e.message : 'Có lỗi, vui lòng thử lại.', true);

  const find = async (e: Event) => {
    e.preventDefault();
    setBooking(null);
    setDay('');
    setStartsAt('');
    try {
      const found = (await api<{ booking: Summary }>('/bookings/lookup', proof())).booking;
      if (found.status !== 'confirmed') return say(`Lịch hẹn ${found.code} (${found.when}) đã được tiếp nhận, đã qua hoặc đã bị hủy nên không đổi được.`, true);
      setDays((await api<{ days: { day: string }[] }>('/bookings/slots', proof())).days);
      setBooking(found);
      setStatus({ text: '' });
    } catch (error) {
      fail(error);
    }
  };
  const pickDay = async (picked: string) => {
    setDay(picked);
    setStartsAt('');
    try {
      setSlots((await api<{ slots: Slot[] }>('/bookings/slots', { ...proof(), day: picked })).slots);
    } catch (error) {
      fail(error);
    }
  };
  const move = async (e: Event) => {
    e.preventDefault();
    try {
      const moved = (await api<{ booking: Summary }>('/bookings/reschedule', { ...proof(), startsAt })).booking;
      setBooking(null);
      say(`Đã đổi lịch hẹn ${moved.code} sang ${moved.when}, tại ${moved.branch.name}.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.problem.alternatives?.length) {
        setSlots(error.problem.alternatives);
        setStartsAt('');
      }
      fail(error);
    }
  };

  return (
    <>
      <form onSubmit={find}>
        <label>
          Mã lịch hẹn cần đổi
          <input type="text" required value={code} onInput={(e) => setCode(e.currentTarget.value)} placeholder="LH12345678" />
        </label>
        <label>
          4 số cuối điện thoại đã dùng khi đặt
          <input type="tel" required inputMode="numeric" maxLength={4} value={last4} onInput={(e) => setLast4(e.currentTarget.value)} />
        </label>
        <button type="submit">Tìm lịch hẹn</button>
      </form>
      {booking && (
        <form onSubmit={move}>
          <p>
            Lịch hẹn hiện tại: {booking.when}, tại {booking.branch.name}.
          </p>
          <fieldset>
            <legend>Chọn ngày mới</legend>
            {days.length === 0 ? <p>Nơi này đã kín lịch trong những ngày tới.</p> : <Choices items={days} label={(d) => dayText(d.day)} chosen={(d) => d.day === day} pick={(d) => void pickDay(d.day)} />}
          </fieldset>
          {day && (
            <fieldset>
              <legend>Chọn giờ mới</legend>
              {slots.length === 0 ? <p>Ngày này đã kín chỗ. Mời bạn chọn ngày khác.</p> : <Choices items={slots} label={(s) => (s.startsAt.slice(0, 10) === day ? timeText(s.startsAt) : s.label)} chosen={(s) => s.startsAt === startsAt} pick={(s) => setStartsAt(s.startsAt)} />}
            </fieldset>
          )}
          {startsAt && (
            <button class="primary" type="submit">
              Đổi sang {timeText(startsAt)} {dayText(new Date(Date.parse(startsAt) + 7 * 3_600_000).toISOString().slice(0, 10))}
            </button>
          )}
        </form>
      )}
      <p class={`status${status.error ? ' error' : ''}`} role="status" aria-live="polite" tabIndex={-1} ref={statusRef}>
        {status.text}
      </p>
    </>
  );
}
