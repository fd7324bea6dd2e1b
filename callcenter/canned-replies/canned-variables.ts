/**
 * The variables a canned reply may use. The console fills them from the conversation and the
 * signed-in agent; a value it does not know falls back to a polite form of address or stays for
 * the agent to complete. Shared by the server (validation) and the browser (filling).
 */
export const CANNED_VARIABLES = {
  ten_cong_dan: 'Tên người dân (mặc định "anh/chị")',
  ten_can_bo: 'Tên cán bộ đang trả lời',
  thu_tuc: 'Tên thủ tục của cuộc trò chuyện',
  ngay: 'Ngày hôm nay',
} as const;

export type CannedVariable = keyof typeof CANNED_VARIABLES;

const PATTERN = /\{([a-z_]+)\}/g;

/** The `{names}` a body uses that the console cannot fill. */
export function unknownVariables(body: string): string[] {
  const names = [...body.matchAll(PATTERN)].map((m) => m[1]!);
  return [...new Set(names.filter((n) => !(n in CANNED_VARIABLES)))];
}

/** Replaces known variables that have a value; the others are left as written. */
export function fillVariables(body: string, values: Partial<Record<CannedVariable, string | null | undefined>>): string {
  return body.replace(PATTERN, (whole, name: string) => {
    const value = values[name as CannedVariable];
    return value ? value : whole;
  });
}
