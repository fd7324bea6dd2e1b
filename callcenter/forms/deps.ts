import { citizenLink, type CitizenLink } from '../../assistant/index.ts';
import type { AuditLog } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { FormDefinition } from './form-definition.ts';

/** What the forms use cases work with; built once by the composition root. */
export interface FormsDeps {
  db: Db;
  forms: readonly FormDefinition[];
  /** How long a download or profile link works. */
  linkTtlMinutes: number;
  /** The public origin for links in messages (SMS, Zalo); the web widget also takes relative links. */
  publicBaseUrl: string | undefined;
  audit: AuditLog;
  now: () => Date;
  logger: Logger;
}

/** The link a citizen on this channel can open, or null (SMS, Zalo without PUBLIC_BASE_URL). */
export const linkUrl = (deps: Pick<FormsDeps, 'publicBaseUrl'>, channel: Parameters<CitizenLink>[0], path: string) => citizenLink(deps.publicBaseUrl)(channel, path);
