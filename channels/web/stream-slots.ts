/**
 * Caps on concurrent event streams: each holds a socket and a feed listener for as long as it
 * stays open, so one address or one conversation must not open them without end.
 */
export interface StreamCaps {
  perIp: number;
  perConversation: number;
}

export const DEFAULT_STREAM_CAPS: StreamCaps = { perIp: 40, perConversation: 5 };

export function createStreamSlots(caps: StreamCaps) {
  const byIp = new Map<string, number>();
  const byConversation = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by: number) => {
    const next = (map.get(key) ?? 0) + by;
    if (next <= 0) map.delete(key);
    else map.set(key, next);
  };
  return {
    /** A release function, or null when a cap is reached. */
    take(ip: string, conversationId: string): (() => void) | null {
      if ((byIp.get(ip) ?? 0) >= caps.perIp || (byConversation.get(conversationId) ?? 0) >= caps.perConversation) return null;
      bump(byIp, ip, 1);
      bump(byConversation, conversationId, 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        bump(byIp, ip, -1);
        bump(byConversation, conversationId, -1);
      };
    },
  };
}
