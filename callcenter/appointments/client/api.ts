/** Calls to /appointments/api/v1; problem+json details become the message shown to the citizen. */
export interface Problem {
  status: number;
  detail: string;
  alternatives?: { startsAt: string; label: string }[];
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/appointments/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as T & Partial<Problem>;
  if (!res.ok) throw new ApiProblem({ status: res.status, detail: data.detail ?? `Lỗi ${res.status}. Vui lòng thử lại.`, alternatives: data.alternatives });
  return data;
}

export interface Summary {
  code: string;
  status: string;
  when: string;
  branch: { name: string; address: string };
  service: string;
  documents: string[];
  icsPath: string;
  form: { name: string } | null;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
export function dayText(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${day.slice(8, 10)}/${day.slice(5, 7)}`;
}
export const timeText = (iso: string): string => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(11, 16);
