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
  ];
  for (const name of names) source.addEventListener(name, (e) => onChange(name, JSON.parse((e as MessageEvent<string>).data)));
  return () => source.close();
}
