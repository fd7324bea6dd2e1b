import { useState } from 'preact/hooks';
import { call } from './api.ts';

interface Dossier {
  code: string;
  procedureName: string;
  status: string;
  receivedOn: string;
  dueOn: string;
  newDueOn: string | null;
  lateReason: string | null;
  note: string | null;
  updatedBy: string | null;
}

const STATUS: Record<string, string> = {
  received: 'Đã tiếp nhận',
  processing: 'Đang giải quyết',
  needs_supplement: 'Cần bổ sung hồ sơ',
  ready: 'Đã có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  rejected: 'Không đủ điều kiện giải quyết',
};

const field = (form: HTMLFormElement, name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();

/** Dossiers: find one by code and record its new status (citizens who asked are told); supervisors import CSV. */
export function DossierView({ canImport }: { canImport: boolean }) {
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [message, setMessage] = useState('');
  const run = (work: () => Promise<void>) => void work().catch((e: Error) => setMessage(e.message));

  const find = (form: HTMLFormElement) => run(async () => {
    setDossier((await call<{ dossier: Dossier }>('GET', `/dossiers/${encodeURIComponent(field(form, 'code'))}`)).dossier);
    setMessage('');
  });
  const save = (form: HTMLFormElement) => run(async () => {
    const body = { status: field(form, 'status'), newDueOn: field(form, 'newDueOn') || null, lateReason: field(form, 'lateReason') || null, note: field(form, 'note') || null };
    setDossier((await call<{ dossier: Dossier }>('PUT', `/dossiers/${encodeURIComponent(dossier!.code)}`, body)).dossier);
    setMessage('Đã lưu. Công dân đăng ký nhận tin sẽ được báo.');
  });
  const importCsv = (form: HTMLFormElement) => run(async () => {
    const file = (form.elements.namedItem('csv') as HTMLInputElement).files?.[0];
    if (!file) return setMessage('Bạn chọn tệp CSV trước.');
    const { saved } = await call<{ saved: number }>('POST', '/dossiers/import', { csv: await file.text() });
    setMessage(`Đã nhập ${saved} hồ sơ.`);
  });
  const submit = (handler: (form: HTMLFormElement) => void) => (e: Event) => {
    e.preventDefault();
    handler(e.currentTarget as HTMLFormElement);
  };

  return (
    <section class="card" aria-labelledby="dossier-title">
      <h2 id="dossier-title">Hồ sơ</h2>
      <p role="status">{message}</p>
      <form onSubmit={submit(find)}>
        <label for="dossier-code">Mã hồ sơ</label>
        <input id="dossier-code" name="code" required autocomplete="off" />
        <button type="submit">Tìm</button>
      </form>
      {dossier && (
        <form onSubmit={submit(save)} aria-labelledby="dossier-found">
          <h3 id="dossier-found">
            {dossier.code}: {dossier.procedureName}
          </h3>
          <p>
            Tiếp nhận {dossier.receivedOn}, hẹn trả {dossier.dueOn}. Trạng thái: {STATUS[dossier.status] ?? dossier.status}
            {dossier.updatedBy ? ` (cập nhật bởi ${dossier.updatedBy})` : ''}.
          </p>
          <label for="dossier-status">Trạng thái mới</label>
          <select id="dossier-status" name="status" value={dossier.status}>
            {Object.entries(STATUS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <label for="dossier-new-due">Ngày hẹn mới (khi trễ hẹn)</label>
          <input id="dossier-new-due" name="newDueOn" type="date" value={dossier.newDueOn ?? ''} />
          <label for="dossier-reason">Lý do trễ hẹn</label>
          <input id="dossier-reason" name="lateReason" value={dossier.lateReason ?? ''} maxLength={500} />
          <label for="dossier-note">Giấy tờ cần bổ sung hoặc ghi chú cho công dân</label>
          <input id="dossier-note" name="note" value={dossier.note ?? ''} maxLength={500} />
          <button type="submit">Lưu và báo công dân</button>
        </form>
      )}
      {canImport && (
        <form onSubmit={submit(importCsv)}>
          <h3>Nhập từ tệp CSV</h3>
          <label for="dossier-csv">Tệp CSV (ma_ho_so, ten_thu_tuc, so_dien_thoai, trang_thai, ngay_tiep_nhan, ngay_hen_tra…)</label>
          <input id="dossier-csv" name="csv" type="file" accept=".csv,text/csv" />
          <button type="submit">Nhập</button>
        </form>
      )}
    </section>
  );
}
