import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldText } from '../../assistant/index.ts';
import { FormDefinitionSchema, type FormDefinition } from './form-definition.ts';

const DEFINITIONS = fileURLToPath(new URL('./definitions', import.meta.url));

/** Every form in `definitions/`: adding a form is adding a JSON file there. Invalid data fails at start-up. */
export function loadForms(folder = DEFINITIONS): FormDefinition[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = FormDefinitionSchema.safeParse(JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')));
      if (!parsed.success) throw new Error(`Form ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** The form a procedure's dossier uses, or the one the citizen names ("CT01", "tờ khai khai sinh"). */
export function findForm(forms: readonly FormDefinition[], options: { procedureCode?: string | null; text?: string }): FormDefinition | null {
  const folded = ` ${foldText(options.text ?? '')} `;
  const named = forms.find((f) => f.keywords.some((k) => folded.includes(` ${k} `)));
  if (named) return named;
  return (options.procedureCode && forms.find((f) => f.procedures.includes(options.procedureCode!))) || null;
}
