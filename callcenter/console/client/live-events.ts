/** The console's event stream: every change refreshes what is on screen (the server already filtered it). */
export function openLiveEvents(onChange: (event: string, data: unknown) => void): () => void {
  const source = new EventSource('/console/api/v1/events');
  const names = [
    'message.created',
    'conversation.queued',
    'conversation.offered',
    'conversation.assigned',
    'conversation.transferred',
    'conversation.wrapping',
    'conversation.closed',
    'conversation.returned_to_bot',
    'handoff.note_created',
    'staff.presence_changed',
    'complaint.alert',
  ];
  for (const name of names) source.addEventListener(name, (e) => onChange(name, JSON.parse((e as MessageEvent<string>).data)));
  // Typing changes nothing stored: it goes to the conversation on screen, without a reload.
  source.addEventListener('conversation.typing', (e) => {
    window.dispatchEvent(new CustomEvent(TYPING_EVENT, { detail: JSON.parse((e as MessageEvent<string>).data) as CitizenTyping }));
  });
  return () => source.close();
}

export const TYPING_EVENT = 'console:citizen-typing';
export interface CitizenTyping {
  conversationId: string;
  handoffId: string;
}
