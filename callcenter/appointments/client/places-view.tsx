import { useState } from 'preact/hooks';
import type { Call, Places } from './console-types.ts';

/** Supervisors and admins: branches, services (slot length) and counters (capacity, services served). */
export function PlacesView({ call, places, onChange }: { call: Call; places: Places; onChange: () => void }) {
  const [status, setStatus] = useState('');
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setStatus(done);
      onChange();
    } catch (error) {
      setStatus((error as Error).message);
    }
  };
  const form = (e: Event) => Object.fromEntries(new FormData(e.currentTarget as HTMLFormElement)) as Record<string, string>;

  return (
    <section aria-labelledby="places-heading">
      <h3 id="places-heading">Điểm tiếp nhận, quầy và dịch vụ</h3>
      <p role="status" aria-live="polite">{status}</p>
      <table>
        <caption>Quầy</caption>
        <thead><tr><th scope="col">Điểm tiếp nhận</th><th scope="col">Quầy</th><th scope="col">Chỗ mỗi khung giờ</th><th scope="col">Dịch vụ</th></tr></thead>
        <tbody>
          {places.counters.map((c) => (
            <tr key={c.id}>
              <td>{places.branches.find((b) => b.id === c.branchId)?.name}</td>
              <td>{c.name}</td>
              <td>
                <label>
                  <span class="visually-hidden">Số chỗ của {c.name}</span>
                  <input type="number" min={1} max={100} value={c.capacity} onChange={(e) => void run(() => call('PUT', `/appointments/counters/${c.id}`, { branchId: c.branchId, name: c.name, capacity: Number(e.currentTarget.value), serviceIds: c.serviceIds, active: c.active }), `Đã đổi số chỗ của ${c.name}.`)} />
                </label>
              </td>
              <td>{c.serviceIds.map((id) => places.services.find((s) => s.id === id)?.name).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={(e) => (e.preventDefault(), void run(() => { const f = form(e); return call('POST', '/appointments/branches', { name: f.name, address: f.address, district: f.district, kind: f.kind }); }, 'Đã thêm điểm tiếp nhận.'))}>
        <h4>Thêm điểm tiếp nhận</h4>
        <label>Tên<input name="name" required /></label>
        <label>Địa chỉ<input name="address" required /></label>
        <label>Quận, huyện<input name="district" required /></label>
        <label>Loại<select name="kind"><option value="branch">Chi nhánh</option><option value="reception_point">Điểm tiếp nhận</option></select></label>
        <button type="submit">Thêm</button>
      </form>
      <form onSubmit={(e) => (e.preventDefault(), void run(() => { const f = form(e); return call('POST', '/appointments/services', { name: f.name, procedureCodes: (f.codes ?? '').split(/[\s,]+/).filter(Boolean), slotMinutes: Number(f.slot) }); }, 'Đã thêm dịch vụ.'))}>
        <h4>Thêm dịch vụ</h4>
        <label>Tên<input name="name" required /></label>
        <label>Mã thủ tục (cách nhau bởi dấu phẩy)<input name="codes" /></label>
        <label>Độ dài khung giờ (phút)<input name="slot" type="number" min={5} max={240} value={15} /></label>
        <button type="submit">Thêm</button>
      </form>
      <form onSubmit={(e) => (e.preventDefault(), void run(() => { const f = form(e); const ids = new FormData(e.currentTarget as HTMLFormElement).getAll('serviceIds').map(String); return call('POST', '/appointments/counters', { branchId: f.branchId, name: f.name, capacity: Number(f.capacity), serviceIds: ids }); }, 'Đã thêm quầy.'))}>
        <h4>Thêm quầy</h4>
        <label>Điểm tiếp nhận<select name="branchId">{places.branches.map((b) => <option value={b.id}>{b.name}</option>)}</select></label>
        <label>Tên quầy<input name="name" required /></label>
        <label>Số chỗ mỗi khung giờ<input name="capacity" type="number" min={1} max={100} value={2} /></label>
        <fieldset>
          <legend>Dịch vụ của quầy</legend>
          {places.services.map((s) => <label><input type="checkbox" name="serviceIds" value={s.id} /> {s.name}</label>)}
        </fieldset>
        <button type="submit">Thêm</button>
      </form>
    </section>
  );
}
