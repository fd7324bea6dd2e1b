import { and, desc, eq, gt } from 'drizzle-orm';
import type { TaskTurn } from '../../assistant/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { identityOf } from './citizen-identity.ts';
import { resolveLink } from './citizen-links.ts';
import type { FormDefinition } from './form-definition.ts';
import { formFiles } from './tables.ts';

/** A generated form another domain may point to (a booking), by the form_files row id. */
export interface AttachedForm {
  id: string;
  name: string;
  template: string;
}

/**
 * Generated PDFs seen from outside the forms domain: the one a citizen just filled in the chat,
 * the one a download token opens, and the file itself for staff. A file erased by retention is
 * simply no longer found, so a booking that pointed to it shows nothing.
 */
export interface FormAttachments {
  /** The newest form this citizen (the identity their channel gives, see identityOf) filled within the download link's life. */
  latestFor(citizen: Pick<TaskTurn, 'channel' | 'citizen' | 'conversationId'>, now: Date): Promise<AttachedForm | null>;
  /** The form a still-valid download token (`/forms/files/<token>`) opens; the token is the proof of possession. */
  byToken(token: string, now: Date): Promise<AttachedForm | null>;
  describe(id: string): Promise<AttachedForm | null>;
  read(id: string): Promise<(AttachedForm & { pdf: Uint8Array }) | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createFormAttachments(deps: { db: Db; forms: readonly FormDefinition[]; linkTtlMinutes: number }): FormAttachments {
  const named = (row: { id: string; formId: string }): AttachedForm => {
    const form = deps.forms.find((f) => f.id === row.formId);
    return { id: row.id, name: form?.name ?? row.formId, template: form?.template ?? row.formId };
  };
  const columns = { id: formFiles.id, formId: formFiles.formId };
  return {
    async latestFor(citizen, now) {
      const identity = identityOf(citizen);
      const since = new Date(now.getTime() - deps.linkTtlMinutes * 60_000);
      const [row] = await deps.db.select(columns).from(formFiles).where(and(eq(formFiles.identity, identity), gt(formFiles.createdAt, since))).orderBy(desc(formFiles.createdAt)).limit(1);
      return row ? named(row) : null;
    },
    async byToken(token, now) {
      const link = await resolveLink(deps.db, 'form_pdf', token, now);
      return link.state === 'valid' && link.fileId ? this.describe(link.fileId) : null;
    },
    async describe(id) {
      if (!UUID.test(id)) return null;
      const [row] = await deps.db.select(columns).from(formFiles).where(eq(formFiles.id, id));
      return row ? named(row) : null;
    },
    async read(id) {
      if (!UUID.test(id)) return null;
      const [row] = await deps.db.select({ ...columns, pdf: formFiles.pdf }).from(formFiles).where(eq(formFiles.id, id));
      return row ? { ...named(row), pdf: row.pdf } : null;
    },
  };
}
