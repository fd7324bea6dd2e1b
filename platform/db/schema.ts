/** Gathers every domain's tables for Drizzle and for migrations. */
export * from '../../knowledge/store/tables.ts';
export * from '../../assistant/conversation/tables.ts';
export * from '../../callcenter/tables.ts';
export * from '../jobs/tables.ts';
export * from '../audit/tables.ts';
export * from '../events/tables.ts';
export * from '../channel-store/tables.ts';
export * from '../../callcenter/complaints/tables.ts';
export * from '../../callcenter/csat/tables.ts';
export * from '../../callcenter/appointments/tables.ts';
export * from '../../callcenter/forms/tables.ts';
export * from '../../callcenter/dossiers/tables.ts';
export * from '../voice-store/tables.ts';
export * from '../../callcenter/voice-queue/tables.ts';
