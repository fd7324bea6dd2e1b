import { createComplaints, type CitizenMessenger, type Complaints } from '../../callcenter/index.ts';
import type { AppServices } from './services.ts';

/** Callcenter reaches citizens through the conversation store: every channel delivers `message.created`. */
export function conversationMessenger(services: AppServices): CitizenMessenger {
  return {
    send: async (conversationId, role, text, author) => {
      const row = await services.assistant.conversations.appendMessage(conversationId, role, text, null, author);
      return { id: row.id, createdAt: row.createdAt };
    },
  };
}

/** The complaint module for the web process and the worker (the worker runs its deadline job). */
export async function buildComplaints(services: AppServices, messenger: CitizenMessenger): Promise<Complaints> {
  const { env, database, bus, retriever } = services;
  const complaints = createComplaints({
    db: database.db,
    bus,
    messenger,
    procedureField: async (code) => (await retriever.getByCode(code))?.field ?? null,
    policyJson: env.COMPLAINTS_POLICY,
    publicUrl: env.PUBLIC_BASE_URL,
    form: { secret: env.COMPLAINTS_FORM_SECRET, minSeconds: env.COMPLAINTS_FORM_MIN_SECONDS, perIpPerHour: env.COMPLAINTS_PER_IP_PER_HOUR },
  });
  await complaints.ready();
  return complaints;
}
