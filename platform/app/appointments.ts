import type { Router } from 'express';
import { createPgConversationStore } from '../../assistant/index.ts';
import { JOB_SEND } from '../../channels/delivery/index.ts';
import { createFormAttachments, loadForms } from '../../callcenter/forms/index.ts';
import { createAppointments, settingsFromEnv, type Appointments, type ReminderNotifier, type StaffGuard } from '../../callcenter/appointments/index.ts';
import type { KnowledgeRetriever } from '../../knowledge/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { Env } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import type { JobQueue } from '../jobs/index.ts';
import type { Mount } from '../http/server.ts';
import { smsProviderOf, type ChannelRuntime } from './channels.ts';
import type { AppServices } from './services.ts';

/** Appointments from the environment; the procedure record (documents to bring) comes through the knowledge retriever. */
export function buildAppointments(env: Env, database: Database, retriever: Pick<KnowledgeRetriever, 'getByCode'>): Appointments {
  return createAppointments({
    db: database.db,
    settings: settingsFromEnv(env),
    procedure: (code) => retriever.getByCode(code),
    publicBaseUrl: env.PUBLIC_BASE_URL,
    // A booking may carry a form pre-filled in the chat; its file stays in the forms domain.
    forms: createFormAttachments({ db: database.db, forms: loadForms(), linkTtlMinutes: env.FORM_LINK_TTL_MINUTES }),
  });
}

/**
 * Reminders reach the citizen where they booked: a Zalo or SMS conversation through the channel
 * outbox (SMS opt-outs honoured), a web conversation as a message in it, a booking from the page
 * or the phone by SMS to the number given, when an SMS provider is on.
 */
export function createReminderNotifier(env: Env, services: AppServices, runtime: ChannelRuntime, queue: JobQueue): ReminderNotifier {
  const { contacts, outbox, optOuts } = runtime.stores;
  const conversations = createPgConversationStore(services.database.db, services.bus);
  const send = async (row: Parameters<typeof outbox.add>[0]) => {
    const { id } = await outbox.add(row);
    await queue.enqueue(JOB_SEND, { outboxId: id }, { jobId: `channels.send.${id}` });
  };
  return {
    async notify(booking, message, dedupeKey) {
      const outbound = { text: message.text, sms: message };
      if (booking.conversationId) {
        const route = await contacts.route(booking.conversationId);
        if (route?.channel === 'sms' && (await optOuts.isOptedOut('sms', route.address))) return 'opted_out';
        if (route) await send({ dedupeKey, conversationId: booking.conversationId, channel: route.channel, provider: route.provider, address: route.address, message: outbound });
        // Kept in the conversation too: the web widget shows it, agents see it in the history. Once per
        // key, like the outbox row: a job retried after this insert adds no second reminder.
        await conversations.appendOnce(booking.conversationId, 'assistant', message.text, dedupeKey);
        return 'sent';
      }
      const provider = smsProviderOf(env, runtime.senders);
      if (!provider) return 'no_route';
      if (await optOuts.isOptedOut('sms', booking.phone)) return 'opted_out';
      await send({ dedupeKey, conversationId: null, channel: 'sms', provider, address: booking.phone, message: outbound });
      return 'sent';
    },
  };
}

/** Binds the queue and the reminder channel, registers the jobs, and returns the routes to mount. */
export function wireAppointments(env: Env, services: AppServices, runtime: ChannelRuntime, queue: JobQueue, staff: { guard: StaffGuard; audit: AuditLog }): Mount[] {
  const { appointments } = services;
  appointments.bind({ enqueue: (name, payload, options) => queue.enqueue(name, payload, options), notifier: createReminderNotifier(env, services, runtime, queue) });
  for (const job of appointments.jobs()) queue.register(job as never);
  return [
    { path: '/appointments', router: appointments.publicRouter({ ratePerMinute: env.APPOINTMENT_RATE_LIMIT_PER_MINUTE }) as Router },
    { path: '/console/api/v1/appointments', router: appointments.staffRouter(staff.guard, staff.audit) },
  ];
}
