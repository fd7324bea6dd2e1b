import { z } from 'zod';
import { eraseExpiredPersonalData, surveyQuietConversations, type Complaints, type CsatDeps } from '../../callcenter/index.ts';
import { eraseOldBookings } from '../../callcenter/appointments/index.ts';
import { eraseExpiredForms } from '../../callcenter/forms/index.ts';
import type { JobQueue } from '../jobs/index.ts';
import type { AppServices } from './services.ts';

/** Every background job of the app, registered in one place for the web process and the worker. */
export function registerJobs(queue: JobQueue, services: AppServices): void {
  queue.register({
    name: 'knowledge.reembed',
    schema: z.object({ embedder: z.string() }),
    attempts: 3,
    backoffMs: 5_000,
    // Idempotent: it only touches chunks whose stored embedder differs from the configured one.
    handler: async () => {
      const { reembedded } = await services.store.reembedIfNeeded();
      if (reembedded > 0) services.logger.info({ reembedded, embedder: services.embedder.id }, 'chunks re-embedded');
    },
  });
  queue.register({
    name: 'callcenter.retention',
    schema: z.object({ day: z.iso.date() }),
    attempts: 3,
    backoffMs: 60_000,
    // Idempotent: erased conversations are skipped. Schedules the next day's run (one job per day id).
    handler: async ({ day }) => {
      const { conversations } = await eraseExpiredPersonalData(services.database.db, services.env.RETENTION_DAYS);
      if (conversations > 0) services.logger.info({ conversations, days: services.env.RETENTION_DAYS }, 'personal data erased');
      const bookings = await eraseOldBookings(services.database.db, services.env.RETENTION_DAYS);
      if (bookings > 0) services.logger.info({ bookings, days: services.env.RETENTION_DAYS }, 'booking personal data erased');
      const forms = await eraseExpiredForms(services.database.db, services.env.RETENTION_DAYS);
      if (forms.profiles + forms.files > 0) services.logger.info({ ...forms, days: services.env.RETENTION_DAYS }, 'citizen profiles and forms erased');
      const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      await queue.enqueue('callcenter.retention', { day: next }, { jobId: `callcenter.retention.${next}`, delayMs: 86_400_000 });
    },
  });
  queue.register({
    name: 'dossiers.watch',
    schema: z.object({ slot: z.string().regex(/^\d+$/) }),
    attempts: 3,
    backoffMs: 30_000,
    // Watchers compare states, so a rerun sends nothing twice. Schedules the next sweep (one job per slot).
    handler: async ({ slot }) => {
      const { sent } = await services.citizen.dossiers.notify();
      if (sent > 0) services.logger.info({ sent }, 'dossier notices sent');
      const next = String(Number(slot) + 1);
      await queue.enqueue('dossiers.watch', { slot: next }, { jobId: `dossiers.watch.${next}`, delayMs: services.env.DOSSIER_WATCH_MINUTES * 60_000 });
    },
  });
}

/** The watch sweep's slot for a time: one job id per period, so restarts do not multiply sweeps. */
const watchSlot = (services: AppServices, at = Date.now()) => String(Math.floor(at / (services.env.DOSSIER_WATCH_MINUTES * 60_000)));

/** After a switch of embedder, re-embedding runs once per embedder id, in the background. */
export async function enqueueStartupJobs(queue: JobQueue, services: AppServices): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  await queue.enqueue('callcenter.retention', { day: today }, { jobId: `callcenter.retention.${today}` });
  await queue.enqueue('dossiers.watch', { slot: watchSlot(services) }, { jobId: `dossiers.watch.${watchSlot(services)}` });
  await queue.enqueue('knowledge.reembed', { embedder: services.embedder.id }, { jobId: `knowledge.reembed.${services.embedder.id.replace(/[^\w.-]/g, '_')}` });
}

/**
 * The complaint deadline sweep (reminders at 75%, escalation and apology when late, closing
 * unrated tickets): one job per time slot, each scheduling the next; sending is idempotent in
 * the database (complaint_alerts), so a rerun or a second process sends nothing twice.
 */
export function registerComplaintJobs(queue: JobQueue, intervalMs: number, complaints: Complaints, logger: AppServices['logger']): void {
  queue.register({
    name: 'complaints.deadlines',
    schema: z.object({ slot: z.number().int() }),
    attempts: 3,
    backoffMs: 10_000,
    handler: async ({ slot }) => {
      const result = await complaints.checkDeadlines();
      if (result.reminded + result.escalated + result.closed > 0) logger.info(result, 'complaint deadlines');
      const next = slot + 1;
      await queue.enqueue('complaints.deadlines', { slot: next }, { jobId: `complaints.deadlines.${next}`, delayMs: Math.max(0, next * intervalMs - Date.now()) });
    },
  });
}

export async function enqueueComplaintJobs(queue: JobQueue, intervalMs: number): Promise<void> {
  const slot = Math.floor(Date.now() / intervalMs);
  await queue.enqueue('complaints.deadlines', { slot }, { jobId: `complaints.deadlines.${slot}` });
}

/** Surveys bot-only conversations that went quiet (CSAT_QUIET_MINUTES), every few minutes; sent once per conversation. */
export function registerCsatJobs(queue: JobQueue, deps: CsatDeps, quietMinutes: number, intervalMs: number): void {
  queue.register({
    name: 'csat.quiet',
    schema: z.object({ slot: z.number().int() }),
    attempts: 3,
    backoffMs: 10_000,
    handler: async ({ slot }) => {
      await surveyQuietConversations(deps, quietMinutes, new Date());
      const next = slot + 1;
      await queue.enqueue('csat.quiet', { slot: next }, { jobId: `csat.quiet.${next}`, delayMs: Math.max(0, next * intervalMs - Date.now()) });
    },
  });
}

export async function enqueueCsatJobs(queue: JobQueue, intervalMs: number): Promise<void> {
  const slot = Math.floor(Date.now() / intervalMs);
  await queue.enqueue('csat.quiet', { slot }, { jobId: `csat.quiet.${slot}` });
}
