import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { maskPersonalData } from '../../platform/logging/redact.ts';
import { rowsOf } from '../queue/deps.ts';
import { voiceCallbacks as cb } from './tables.ts';

export interface WaitingCall {
  handoffId: string;
  conversationId: string;
  position: number;
  priority: number;
  reason: string;
  status: string;
  waitingSince: string;
  /** The assistant's summary for the agent (already masked by the assistant). */
  summary: unknown;
}

export interface CallbackView {
  id: string;
  /** Masked unless revealed. */
  phone: string | null;
  summary: string;
  reason: 'after_hours' | 'abandoned';
  status: 'open' | 'done';
  recordingUrl: string | null;
  dueAt: string;
  createdAt: string;
}

/** The phone line's work for agents: callers waiting for a person (in queue order) and callbacks to make. */
export async function listVoiceWork(db: Db): Promise<{ waiting: WaitingCall[]; callbacks: CallbackView[] }> {
  const waiting = await rowsOf<{ id: string; conversation_id: string; priority: number; reason: string; status: string; created_at: string | Date; summary: unknown }>(
    db.execute(sql`select id, conversation_id, priority, reason, status, created_at, summary from handoffs
      where channel = 'voice' and status in ('queued', 'offered') order by priority, created_at limit 100`),
  );
  const callbacks = await db.select().from(cb).orderBy(asc(cb.status), desc(cb.createdAt)).limit(100);
  return {
    waiting: waiting.map((w, i) => ({
      handoffId: w.id,
      conversationId: w.conversation_id,
      position: i + 1,
      priority: Number(w.priority),
      reason: w.reason,
      status: w.status,
      waitingSince: new Date(w.created_at).toISOString(),
      summary: w.summary,
    })),
    callbacks: callbacks.map((c) => ({
      id: c.id,
      phone: c.phone ? maskPersonalData(c.phone) : null,
      summary: maskPersonalData(c.summary),
      reason: c.reason,
      status: c.status,
      recordingUrl: c.recordingUrl,
      dueAt: c.dueAt.toISOString(),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

/** The full number of one callback (the caller asked to be rung back); the route audits it. */
export async function callbackPhone(db: Db, id: string): Promise<string | null | undefined> {
  const [row] = await db.select({ phone: cb.phone }).from(cb).where(eq(cb.id, id));
  return row ? row.phone : undefined;
}
