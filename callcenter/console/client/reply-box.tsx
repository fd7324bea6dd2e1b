import { useRef, useState } from 'preact/hooks';
import { CANNED_VARIABLES, type CannedVariable } from '../../canned-replies/canned-variables.ts';
import { AssistPanel } from './assist-panel.tsx';
import { CannedPicker } from './canned-picker.tsx';

/**
 * The agent's reply box: the text, "Gửi", and the tools that fill it (canned replies, agent assist). Text a
 * tool inserts lands at the cursor, and focus returns to the box.
 */
/** The citizen sees "Cán bộ đang nhập…"; one report every few seconds is enough. */
const TYPING_REPORT_MS = 2_500;

export function ReplyBox({ values, question, onSend, onTyping }: {
  values: Partial<Record<CannedVariable, string | null>>;
  /** What agent assist searches for first: the citizen's question. */
  question: string;
  onSend: (text: string) => Promise<boolean>;
  onTyping: () => void;
}) {
  const lastReport = useRef(0);
  const [text, setText] = useState('');
  const [picker, setPicker] = useState(false);
  const [warning, setWarning] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  const insert = (snippet: string) => {
    const el = box.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + snippet + text.slice(end);
    setText(next);
    setPicker(false);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    // A variable the console could not fill ({thu_tuc} before the procedure is known) must not reach the citizen.
    const unfilled = [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!).filter((name) => name in CANNED_VARIABLES);
    if (unfilled.length) {
      setWarning(`Còn chỗ chưa điền: ${[...new Set(unfilled)].map((n) => `{${n}}`).join(', ')}. Vui lòng sửa trước khi gửi.`);
      box.current?.focus();
      return;
    }
    setWarning('');
    if (await onSend(text)) setText('');
  };

  return (
    <>
      <form class="card" onSubmit={(e) => void submit(e)}>
        <label for="reply">Trả lời</label>
        <textarea
          id="reply"
          name="reply"
          rows={4}
          required
          ref={box}
          value={text}
          aria-keyshortcuts="Control+/"
          onInput={(e) => {
            setText((e.currentTarget as HTMLTextAreaElement).value);
            if (Date.now() - lastReport.current >= TYPING_REPORT_MS) {
              lastReport.current = Date.now();
              onTyping();
            }
          }}
          onKeyDown={(e) => {
            if (e.ctrlKey && e.key === '/') {
              e.preventDefault();
              setPicker(true);
            }
          }}
        />
        {warning && (
          <p role="alert" class="error">
            {warning}
          </p>
        )}
        <div class="reply-tools">
          <button type="submit">Gửi</button>
          <CannedPicker
            open={picker}
            values={values}
            onOpen={() => setPicker(true)}
            onClose={() => {
              setPicker(false);
              box.current?.focus();
            }}
            onInsert={insert}
          />
        </div>
      </form>
      <AssistPanel initialQuery={question} onInsert={insert} />
    </>
  );
}
