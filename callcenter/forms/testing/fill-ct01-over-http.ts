/** The citizen's side of filling CT01 through the web channel's HTTP API; returns the links the assistant gave. */
export const CT01_ANSWERS = ['Nguyễn Văn Thử', '01/01/1990', '1', '001090000001', '0912345678', 'bỏ qua', '1', 'Đăng ký tạm trú tại số 1 phố Thử, Hà Nội'];

interface TaskAction {
  type: string;
  task?: string;
  url?: string | null;
}

export async function fillCt01OverHttp(base: string): Promise<{ file: string; profile: string }> {
  const started = (await (await fetch(`${base}/api/v1/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { conversationId: string; token: string };
  let actions: TaskAction[] = [];
  let n = 0;
  for (const text of ['đăng ký tạm trú cần giấy tờ gì', 'điền giúp tôi tờ khai', '2', ...CT01_ANSWERS]) {
    const res = await fetch(`${base}/api/v1/conversations/${started.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${started.token}` },
      body: JSON.stringify({ text, clientMessageId: `fill-ct01-${n++}-${Date.now()}` }),
    });
    if (!res.ok) throw new Error(`message "${text}" → ${res.status}`);
    actions = ((await res.json()) as { reply: { actions: TaskAction[] } }).reply.actions;
  }
  const url = (task: string) => actions.find((a) => a.type === 'task_result' && a.task === task)?.url ?? '';
  if (!url('prefill_form')) throw new Error('the chat gave no download link');
  return { file: url('prefill_form').replace(/^https?:\/\/[^/]+/, ''), profile: url('citizen_profile').replace(/^https?:\/\/[^/]+/, '') };
}
