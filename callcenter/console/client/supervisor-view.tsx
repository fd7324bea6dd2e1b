import { useEffect, useState } from 'preact/hooks';
import { call, PRESENCE_LABEL, STATUS_LABEL, type Item, type Me } from './api.ts';

interface Overview {
  teams: { teamId: string | null; name: string; waiting: number; longestWaitSeconds: number; active: number; agentsAvailable: number; serviceLevel: number | null; abandoned: number }[];
  agents: { id: string; displayName: string; presence: Me['presence']; load: number; maxChats: number }[];
}

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** Live figures per team, agents' state and load, and reassigning any open conversation. */
export function SupervisorView({ version }: { version: number }) {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    void call<Overview>('GET', '/supervisor/overview').then(setOverview, (e: Error) => setError(e.message));
    void call<{ open?: Item[] }>('GET', '/work').then((w) => setItems(w.open ?? []), () => undefined);
  }, [version]);
  const assign = async (event: Event, id: string) => {
    event.preventDefault();
    const agentId = new FormData(event.currentTarget as HTMLFormElement).get('agent');
    try {
      await call('POST', `/conversations/${id}/assign`, { agentId });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (!overview) return <section>{error ? <p role="alert">{error}</p> : <p>Đang tải…</p>}</section>;
  return (
    <div class="supervisor">
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <section class="card" aria-labelledby="teams-title">
        <h2 id="teams-title">Hàng chờ theo nhóm</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Nhóm</th>
              <th scope="col">Đang chờ</th>
              <th scope="col">Chờ lâu nhất</th>
              <th scope="col">Đang hỗ trợ</th>
              <th scope="col">Cán bộ sẵn sàng</th>
              <th scope="col">Mức phục vụ hôm nay</th>
              <th scope="col">Bỏ dở</th>
            </tr>
          </thead>
          <tbody>
            {overview.teams.map((t) => (
              <tr key={t.teamId ?? 'none'}>
                <th scope="row">{t.name}</th>
                <td data-testid="waiting">{t.waiting}</td>
                <td>{t.longestWaitSeconds} giây</td>
                <td>{t.active}</td>
                <td>{t.agentsAvailable}</td>
                <td>{pct(t.serviceLevel)}</td>
                <td>{t.abandoned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="agents-title">
        <h2 id="agents-title">Cán bộ</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Họ tên</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Đang xử lý</th>
            </tr>
          </thead>
          <tbody>
            {overview.agents.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.displayName}</th>
                <td>{PRESENCE_LABEL[a.presence]}</td>
                <td>
                  {a.load}/{a.maxChats}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="assign-title">
        <h2 id="assign-title">Giao việc</h2>
        {items.length === 0 ? (
          <p>Không có cuộc trò chuyện nào đang mở.</p>
        ) : (
          <ul class="items">
            {items.map((i) => (
              <li key={i.id}>
                <p>
                  {STATUS_LABEL[i.status] ?? i.status}
                  {i.agentName ? ` (${i.agentName})` : ''}: {i.question}
                </p>
                <form onSubmit={(e) => void assign(e, i.id)} class="row">
                  <label for={`agent-${i.id}`}>Giao cho</label>
                  <select id={`agent-${i.id}`} name="agent">
                    {overview.agents.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.displayName}
                      </option>
                    ))}
                  </select>
                  <button type="submit">Giao</button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
