import type { Procedure } from '../../knowledge/index.ts';
import type { Block, ComposeContext } from './block.ts';
import { sentence, speakableName } from './speakable.ts';
import { T } from './strings.ts';

/** Form files of the record, each once, with the document it belongs to. */
export function formsOf(procedure: Procedure): { form: string; document: string }[] {
  const seen = new Map<string, string>();
  for (const c of procedure.documentCases) {
    for (const doc of c.documents) for (const form of doc.forms) if (!seen.has(form)) seen.set(form, doc.name);
  }
  return [...seen].map(([form, document]) => ({ form, document }));
}

export function formsBlock(ctx: ComposeContext): Block {
  const forms = formsOf(ctx.procedure);
  if (forms.length === 0) return { lines: [T.noForms], speech: [T.noForms], sms: [T.noForms] };
  const lines = [T.formsTitle, ...forms.map((f) => `• ${f.form}: ${f.document}`)];
  if (!ctx.elderly) lines.push(T.prefillOffer);
  return {
    lines,
    speech: forms.slice(0, 4).map((f) => sentence(speakableName(f.document))),
    sms: [`${T.formsTitle} ${forms.map((f) => f.form).join(', ')}`],
    actions: [{ type: 'prefill_form', procedureCode: ctx.procedure.code, forms: forms.map((f) => f.form) }],
  };
}
