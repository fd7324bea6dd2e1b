/** What the console's appointments view reads from /console/api/v1/appointments. */
export type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

export interface Branch {
  id: string;
  name: string;
  kind: 'branch' | 'reception_point';
  address: string;
  district: string;
  hours: string | null;
  active: boolean;
}
export interface Service {
  id: string;
  name: string;
  procedureCodes: string[];
  slotMinutes: number;
  active: boolean;
}
export interface Counter {
  id: string;
  branchId: string;
  name: string;
  capacity: number;
  serviceIds: string[];
  active: boolean;
}
export interface Places {
  branches: Branch[];
  services: Service[];
  counters: Counter[];
}
export interface DayBooking {
  code: string;
  startsAt: string;
  status: string;
  citizenName: string;
  phone: string;
  priorityGroup: string | null;
  queueNumber: string | null;
  /** A pre-filled form is attached (opened through an audited route). */
  hasForm: boolean;
}

export const STATUS_LABEL: Record<string, string> = {
  confirmed: 'Đã đặt',
  checked_in: 'Đã đến',
  served: 'Đã gọi',
  cancelled: 'Đã hủy',
  no_show: 'Không đến',
};
export const timeOf = (iso: string): string => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(11, 16);
export const todayVn = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
