import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, call, PRESENCE_LABEL, ROLE_LABEL, setCsrf, type Me } from './api.ts';
import { AuditView } from './audit-view.tsx';
import { CannedAdminView } from './canned-admin-view.tsx';
import { ComplaintAlerts, type ComplaintAlert } from './complaint-alerts.tsx';
import { HoursView } from './hours-view.tsx';
import { DossierView } from './dossier-view.tsx';
import { openLiveEvents } from './live-events.ts';
import { LoginView } from './login-view.tsx';
import { ReportView } from './report-view.tsx';
import { SupervisorView } from './supervisor-view.tsx';
import { WorkView } from './work-view.tsx';
import { ComplaintReportView, ComplaintsView } from '../../complaints/client/complaints-view.tsx';
import { AppointmentsView } from '../../appointments/client/console-view.tsx';
import { VoiceView } from '../../voice-queue/client/voice-view.tsx';

type Page = 'work' | 'supervisor' | 'report' | 'audit' | 'canned' | 'hours' | 'complaints' | 'complaint-report' | 'appointments' | 'dossiers' | 'voice';
const PAGES: { page: Page; label: string; minimum: Me['role'][] }[] = [
  { page: 'work', label: 'Hộp thư', minimum: ['agent', 'supervisor', 'admin'] },
  { page: 'supervisor', label: 'Giám sát', minimum: ['supervisor', 'admin'] },
  { page: 'report', label: 'Báo cáo ngày', minimum: ['supervisor', 'admin'] },
  { page: 'audit', label: 'Nhật ký truy cập', minimum: ['admin'] },
  { page: 'canned', label: 'Mẫu trả lời', minimum: ['supervisor', 'admin'] },
  { page: 'hours', label: 'Giờ làm việc', minimum: ['supervisor', 'admin'] },
  { page: 'complaints', label: 'Phản ánh, kiến nghị', minimum: ['supervisor', 'admin', 'agency_officer'] },
  { page: 'complaint-report', label: 'Báo cáo phản ánh', minimum: ['supervisor', 'admin'] },
  { page: 'appointments', label: 'Lịch hẹn', minimum: ['agent', 'supervisor', 'admin'] },
  { page: 'dossiers', label: 'Hồ sơ', minimum: ['agent', 'supervisor', 'admin'] },
  { page: 'voice', label: 'Cuộc gọi', minimum: ['agent', 'supervisor', 'admin'] },
];

function Shell({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const [page, setPage] = useState<Page>(me.role === 'agent' ? 'work' : me.role === 'agency_officer' ? 'complaints' : 'supervisor');
  const [presence, setPresence] = useState(me.presence);
  const [version, setVersion] = useState(0);
  const [live, setLive] = useState('');
  const [alerts, setAlerts] = useState<ComplaintAlert[]>([]);
  const [ticket, setTicket] = useState<{ id: string } | null>(null);
  useEffect(
    () =>
      openLiveEvents((name, data) => {
        setVersion((v) => v + 1);
        if (name === 'conversation.offered') setLive('Có cuộc trò chuyện mới được mời nhận.');
        if (name === 'message.created') setLive('Có tin nhắn mới.');
        if (name === 'complaint.alert') {
          const alert = data as ComplaintAlert;
          setAlerts((list) => [alert, ...list.filter((a) => a.id !== alert.id || a.kind !== alert.kind)]);
        }
      }),
    [],
  );
  // "Mở phiếu" in a notification (#phieu/<id>) opens the ticket on the complaints page.
  useEffect(() => {
    const follow = () => {
      const match = /^#phieu\/([0-9a-f-]{36})$/.exec(window.location.hash);
      if (!match || me.role === 'agent') return;
      setPage('complaints');
      setTicket({ id: match[1]! });
      history.replaceState(null, '', window.location.pathname + window.location.search);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const changePresence = async (value: Me['presence']) => {
    await call('PUT', '/me/presence', { presence: value });
    setPresence(value);
  };
  const logout = async () => {
    await call('POST', '/auth/logout').catch(() => undefined);
    onLogout();
  };
  return (
    <>
      <header class="top">
        <p class="brand">Một Cửa – Tổng đài</p>
        <nav aria-label="Trang">
          <ul>
            {PAGES.filter((p) => p.minimum.includes(me.role)).map((p) => (
              <li key={p.page}>
                <button type="button" class={page === p.page ? 'tab current' : 'tab'} aria-current={page === p.page ? 'page' : undefined} onClick={() => setPage(p.page)}>
                  {p.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {me.displayName} ({ROLE_LABEL[me.role]})
        </p>
        <label for="presence">Trạng thái</label>
        <select id="presence" value={presence} onChange={(e) => void changePresence((e.currentTarget as HTMLSelectElement).value as Me['presence'])}>
          {(['available', 'busy', 'break', 'offline'] as const).map((p) => (
            <option key={p} value={p}>
              {PRESENCE_LABEL[p]}
            </option>
          ))}
        </select>
        <button type="button" class="secondary" onClick={() => void logout()}>
          Đăng xuất
        </button>
      </header>
      <main>
        <h1 class="visually-hidden">{PAGES.find((p) => p.page === page)?.label}</h1>
        <p class="visually-hidden" aria-live="polite">
          {live}
        </p>
        <ComplaintAlerts alerts={alerts} onDismiss={(a) => setAlerts((list) => list.filter((x) => x !== a))} />
        {page === 'work' && <WorkView me={me} version={version} />}
        {page === 'supervisor' && <SupervisorView version={version} />}
        {page === 'report' && <ReportView />}
        {page === 'audit' && <AuditView />}
        {page === 'canned' && <CannedAdminView />}
        {page === 'hours' && <HoursView />}
        {page === 'complaints' && <ComplaintsView role={me.role} openTicket={ticket} />}
        {page === 'complaint-report' && <ComplaintReportView />}
        {page === 'appointments' && <AppointmentsView call={call} canManage={me.role !== 'agent'} />}
        {page === 'dossiers' && <DossierView canImport={me.role !== 'agent'} />}
        {page === 'voice' && <VoiceView version={version} />}
      </main>
    </>
  );
}

function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    call<{ user: Me; csrfToken: string }>('GET', '/me').then(
      ({ user, csrfToken }) => {
        setCsrf(csrfToken);
        setMe(user);
      },
      (e: unknown) => setMe(e instanceof ApiError && e.status === 401 ? null : null),
    );
  }, []);
  if (me === undefined) return <main><p>Đang tải…</p></main>;
  if (me === null) return <LoginView onLogin={setMe} />;
  return <Shell me={me} onLogout={() => setMe(null)} />;
}

render(<App />, document.getElementById('app')!);
