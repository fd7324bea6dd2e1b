import { completeValues } from './complete-values.ts';
import { issueLink } from './citizen-links.ts';
import type { FormsDeps } from './deps.ts';
import type { FormDefinition } from './form-definition.ts';
import { renderFormPdf } from './render-form-pdf.ts';
import { formFiles } from './tables.ts';

export interface GeneratedForm {
  /** The download path; the caller makes it the link its channel can open. */
  path: string;
  expiresAt: Date;
  fileId: string;
}

/** Fills the form, stores the PDF for the citizen and gives an expiring download link to it. */
export async function generateForm(
  deps: FormsDeps,
  request: { form: FormDefinition; identity: string; answers: Record<string, string>; agency: string | null; now: Date },
): Promise<GeneratedForm> {
  const values = completeValues(request.form, request.answers, { today: request.now, agency: request.agency });
  const pdf = await renderFormPdf(request.form, values);
  const expiresAt = new Date(request.now.getTime() + deps.linkTtlMinutes * 60_000);
  return deps.db.transaction(async (tx) => {
    const [file] = await tx.insert(formFiles).values({ identity: request.identity, formId: request.form.id, pdf }).returning({ id: formFiles.id });
    const token = await issueLink(tx, { kind: 'form_pdf', identity: request.identity, fileId: file!.id, expiresAt });
    return { path: `/forms/files/${token}`, expiresAt, fileId: file!.id };
  });
}
