import { eq } from 'drizzle-orm';
import type { Router } from 'express';
import { createComplaints, csatRoutes, sendSurvey, type CitizenMessenger, type Complaints, type CsatDeps } from '../../callcenter/index.ts';
import { staffUsers } from '../db/schema.ts';
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

/**
 * Satisfaction surveys: one when an agent closes a conversation (`conversation.closed` is the
 * wrap-up; returning to the bot is an automatic close and gets none), recording that agent.
 */
export function startCsat(services: AppServices, messenger: CitizenMessenger, complaints: Complaints): { router: Router; deps: CsatDeps; stop: () => void } {
  const deps: CsatDeps = { db: services.database.db, messenger, publicUrl: (services.env.PUBLIC_BASE_URL ?? '').replace(/\/$/, ''), fileDraft: (c, comment) => complaints.fileDraftFromSurvey(c, comment) };
  const stop = services.bus.on('conversation.closed', async (item) => {
    const [agent] = item.agentId ? await services.database.db.select({ name: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, item.agentId)) : [];
    await sendSurvey(deps, { conversationId: item.conversationId, occasion: `handoff:${item.handoffId}`, trigger: 'agent_close', agentId: item.agentId, agentName: agent?.name ?? null });
  });
  return { router: csatRoutes(deps), deps, stop };
}
