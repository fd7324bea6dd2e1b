import { useEffect, useState } from 'preact/hooks';
import { BookForCaller } from './book-for-caller.tsx';
import { STATUS_LABEL, timeOf, todayVn, type Call, type DayBooking, type Places } from './console-types.ts';
import { PlacesView } from './places-view.tsx';

/** The console's appointments page: the day's bookings with check-in and calling, booking for a caller, and (supervisors, admins) places. */
export function AppointmentsView({ call, canManage }: { call: Call; canManage: boolean }) {
  const [places, setPlaces] = useState<Places | null>(null);
  const [branchId, setBranchId] = useState('');
  const [day, setDay] = useState(todayVn());
  const [bookings, setBookings] = useState<DayBooking[]>([]);
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    void call<Places>('GET', '/appointments/places').then((p) => {
      setPlaces(p);
      setBranchId((id) => id || p.branches[0]?.id || '');
    }, (e: Error) => setStatus(e.message));
  }, [version]);
  useEffect(() => {
    if (branchId) void call<{ bookings: DayBooking[] }>('GET', `/appointments/bookings?branchId=${branchId}&day=${day}`).then((r) => setBookings(r.bookings), (e: Error) => setStatus(e.message));
  }, [branchId, day, version]);

  const checkIn = async (code: string) => {
    try {
      const r = await call<{ booking: { queueNumber: string } }>('POST', `/appointments/bookings/${code}/check-in`);
      setStatus(`Đã tiếp nhận ${code}: số thứ tự ${r.booking.queueNumber}.`);
      reload();
    } catch (e) {
      setStatus((e as Error).message);
    }
  };
  const callNext = async () => {
    const r = await call<{ next: { queueNumber: string; citizenName: string } | null }>('POST', `/appointments/branches/${branchId}/call-next`);
    setStatus(r.next ? `Mời số ${r.next.queueNumber} (${r.next.citizenName}).` : 'Không còn người chờ.');
    reload();
  };

  if (!places) return <p role="status">{status || 'Đang tải…'}</p>;
  return (
    <section aria-labelledby="appointments-heading">
      <h2 id="appointments-heading">Lịch hẹn</h2>
      <div class="filters">
        <label>
          Điểm tiếp nhận
          <select value={branchId} onChange={(e) => setBranchId(e.currentTarget.value)}>
            {places.branches.map((b) => <option value={b.id}>{b.name}</option>)}
          </select>
        </label>
        <label>
          Ngày
          <input type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => void callNext()}>
          Gọi số tiếp theo
        </button>
      </div>
      <p role="status" aria-live="polite">{status}</p>
      <table>
        <caption>Lịch hẹn trong ngày</caption>
        <thead>
          <tr><th scope="col">Giờ</th><th scope="col">Mã</th><th scope="col">Họ tên</th><th scope="col">Điện thoại</th><th scope="col">Ưu tiên</th><th scope="col">Trạng thái</th><th scope="col">Số thứ tự</th><th scope="col">Tờ khai</th><th scope="col">Thao tác</th></tr>
        </thead>
        <tbody>
          {bookings.map((b) => (
            <tr key={b.code}>
              <td>{timeOf(b.startsAt)}</td>
              <td>{b.code}</td>
              <td>{b.citizenName}</td>
              <td>{b.phone}</td>
              <td>{b.priorityGroup ? 'Có' : ''}</td>
              <td>{STATUS_LABEL[b.status] ?? b.status}</td>
              <td>{b.queueNumber ?? ''}</td>
              <td>{b.hasForm && <a href={`/console/api/v1/appointments/bookings/${b.code}/form.pdf`} target="_blank" rel="noopener">Xem tờ khai {b.code}</a>}</td>
              <td>{b.status === 'confirmed' && <button type="button" onClick={() => void checkIn(b.code)}>Tiếp nhận {b.code}</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BookForCaller call={call} places={places} onBooked={reload} />
      {canManage && <PlacesView call={call} places={places} onChange={reload} />}
    </section>
  );
}
