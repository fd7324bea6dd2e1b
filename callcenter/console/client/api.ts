/** The console's calls to /console/api/v1: the session cookie travels by itself, the CSRF token by header. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: 'agent' | 'supervisor' | 'admin' | 'agency_officer';
  branch: string | null;
  presence: 'available' | 'busy' | 'break' | 'offline';
  teamIds: string[];
}

export interface Item {
  id: string;
  conversationId: string;
  status: string;
  priority: number;
  reason: string;
  channel: string;
  teamId: string | null;
  agentId: string | null;
  agentName: string | null;
  question: string;
  procedureName: string | null;
  createdAt: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const BASE = '/console/api/v1';
let csrf = '';

export function setCsrf(token: string): void {
  csrf = token;
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** A file from the API (CSV exports), with the name the server gave it. */
export async function download(path: string, body: unknown): Promise<{ blob: Blob; name: string }> {
  const res = await send('POST', path, body);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'xuat.csv';
  return { blob: await res.blob(), name };
}

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    credentials: 'same-origin',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    let detail = `Lỗi ${res.status}`;
    try {
      detail = ((await res.json()) as { detail?: string }).detail ?? detail;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, detail);
  }
  return res;
}

export const PRESENCE_LABEL: Record<Me['presence'], string> = { available: 'Sẵn sàng', busy: 'Bận', break: 'Tạm nghỉ', offline: 'Ngoại tuyến' };
export const STATUS_LABEL: Record<string, string> = {
  queued: 'Đang chờ',
  offered: 'Mời nhận',
  assigned: 'Đang hỗ trợ',
  wrapping: 'Đang tổng kết',
  closed: 'Đã đóng',
};
export const PRIORITY_LABEL = ['Ưu tiên', 'Khiếu nại / bức xúc', 'Thường'];
export const ROLE_LABEL: Record<Me['role'], string> = { agent: 'Cán bộ tổng đài', supervisor: 'Giám sát', admin: 'Quản trị', agency_officer: 'Cán bộ cơ quan' };
