import { useState } from 'preact/hooks';
import { call } from './api.ts';

interface AssistResult {
  code: string;
  name: string;
  url: string | null;
  confidence: number;
  answer: string;
}

/**
 * Agent assist: searches the procedure knowledge and offers each match's official text with its
 * citation, to insert into the reply box (the agent reads and edits before sending).
 */
export function AssistPanel({ initialQuery, onInsert }: { initialQuery: string; onInsert: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<AssistResult[] | null>(null);
  const [status, setStatus] = useState('');

  const search = async (event: Event) => {
    event.preventDefault();
    if (!query.trim()) return;
    setStatus('Đang tra cứu…');
    try {
      const found = await call<{ results: AssistResult[] }>('GET', `/assist?q=${encodeURIComponent(query.trim())}`);
      setResults(found.results);
      setStatus(found.results.length ? `Tìm thấy ${found.results.length} thủ tục.` : 'Không tìm thấy thủ tục phù hợp.');
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="card assist" aria-labelledby="assist-title">
      <div class="row">
        <h3 id="assist-title">Tra cứu thủ tục</h3>
        <button type="button" class="secondary" aria-expanded={open} aria-controls="assist-body" onClick={() => setOpen(!open)}>
          {open ? 'Ẩn tra cứu' : 'Mở tra cứu'}
        </button>
      </div>
      {open && (
        <div id="assist-body">
          <form role="search" class="row" onSubmit={(e) => void search(e)}>
            <label for="assist-query">Câu hỏi tra cứu</label>
            <input id="assist-query" type="search" value={query} maxLength={300} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit">Tra cứu</button>
          </form>
          <p aria-live="polite">{status}</p>
          {results && (
            <ul class="items">
              {results.map((r) => (
                <li key={r.code} class="item">
                  <h4>
                    {r.name} ({r.code})
                  </h4>
                  {r.url && (
                    <p>
                      <a href={r.url} target="_blank" rel="noreferrer">
                        Xem trên Cổng Dịch vụ công (mở thẻ mới)
                      </a>
                    </p>
                  )}
                  <p class="preview">{r.answer}</p>
                  <button type="button" aria-label={`Chèn đoạn này: ${r.name}`} onClick={() => onInsert(r.answer)}>
                    Chèn đoạn này
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
