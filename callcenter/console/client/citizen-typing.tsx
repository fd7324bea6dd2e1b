import { useEffect, useState } from 'preact/hooks';
import { TYPING_EVENT, type CitizenTyping } from './live-events.ts';

const SHOWN_MS = 6_000;

/** "Người dân đang nhập…" under the history while the citizen's widget reports typing. */
export function CitizenTypingNote({ handoffId, version }: { handoffId: string; version: number }) {
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const on = (e: Event) => {
      if ((e as CustomEvent<CitizenTyping>).detail.handoffId !== handoffId) return;
      setTyping(true);
      clearTimeout(timer);
      timer = setTimeout(() => setTyping(false), SHOWN_MS);
    };
    window.addEventListener(TYPING_EVENT, on);
    return () => {
      window.removeEventListener(TYPING_EVENT, on);
      clearTimeout(timer);
    };
  }, [handoffId]);
  // A new message from the citizen ends the typing.
  useEffect(() => setTyping(false), [version]);
  return (
    <p class="typing" role="status">
      {typing ? 'Người dân đang nhập…' : ''}
    </p>
  );
}
