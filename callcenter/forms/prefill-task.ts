import { foldText, pickChoice, taskReply, type CitizenTask, type TaskData, type TaskStep, type TaskTurn } from '../../assistant/index.ts';
import { identityOf } from './citizen-identity.ts';
import { isSkipped } from './complete-values.ts';
import type { FormsDeps } from './deps.ts';
import type { FormDefinition, FormField } from './form-definition.ts';
import { findForm } from './load-forms.ts';
import { PREFILL } from './prefill-strings.ts';
import { deleteProfile, readProfile } from './profile-store.ts';
import { consentChoices, finishForm, profileLines } from './prefill-finish.ts';
import { checkField, fieldChoices, wantsToSkip } from './validate-field.ts';

/** Kept between turns (in the conversation state, erased with it by the retention job). */
interface PrefillData extends TaskData {
  step: 'pick_form' | 'consent' | 'field';
  formId: string | null;
  /** The procedure the conversation is about, whose agency fills "Kính gửi" when the form belongs to it. */
  topic: { code: string; agency: string | null } | null;
  agency: string | null;
  keep: boolean;
  answers: Record<string, string>;
  asking: string | null;
  tries: number;
}

const NAME = 'prefill_form';

/** The fields still to ask, in the form's order: not filled otherwise, not skipped, not yet answered. */
function missing(form: FormDefinition, data: PrefillData): FormField[] {
  return form.fields.filter((f) => data.answers[f.key] === undefined && !isSkipped(f, data.answers) && (!f.fill || (f.fill.from === 'agency' && !data.agency)) && f.question);
}

function askable(form: FormDefinition, data: PrefillData): number {
  return form.fields.filter((f) => !isSkipped(f, data.answers) && (!f.fill || (f.fill.from === 'agency' && !data.agency)) && f.question).length;
}

function ask(form: FormDefinition, field: FormField, data: PrefillData, problem = ''): TaskStep {
  const total = askable(form, data);
  const n = total - missing(form, data).length + 1;
  const question = `${problem ? `${problem} ` : PREFILL.progress(n, total)}${field.question ?? field.label}${field.required ? '' : PREFILL.optional}${data.tries >= 2 ? PREFILL.stillWrong : ''}`;
  return { reply: taskReply('clarify', 'prefill_field', question, { choices: fieldChoices(field) }), data: { ...data, step: 'field', asking: field.key } };
}

async function consent(deps: FormsDeps, turn: TaskTurn, data: PrefillData, form: FormDefinition, lead = ''): Promise<TaskStep> {
  const hasProfile = (await readProfile(deps.db, identityOf(turn))) !== null;
  const hours = Math.max(1, Math.round(deps.linkTtlMinutes / 60));
  const text = `${lead}${hasProfile ? PREFILL.noticeWithProfile(form.name, hours) : PREFILL.notice(form.name, hours)}`;
  const agency = data.topic && form.procedures.includes(data.topic.code) ? data.topic.agency : null;
  return { reply: taskReply('clarify', 'prefill_consent', text, { choices: consentChoices(hasProfile) }), data: { ...data, step: 'consent', formId: form.id, agency } };
}

/** After consent: the profile's values come first (once-only), then the first missing field. */
async function begin(deps: FormsDeps, turn: TaskTurn, data: PrefillData, form: FormDefinition, keep: boolean): Promise<TaskStep> {
  const profile = (await readProfile(deps.db, identityOf(turn))) ?? {};
  const answers: Record<string, string> = {};
  for (const f of form.fields) if (f.profile && profile[f.profile] !== undefined) answers[f.key] = profile[f.profile]!;
  const next: PrefillData = { ...data, keep, answers, tries: 0 };
  const field = missing(form, next)[0];
  return field ? ask(form, field, next) : finishForm(deps, turn, form, next);
}

/** "không", "không đồng ý" refuse; "đồng ý và lưu" keeps; "có", "đồng ý", "ok" agree. */
function saidConsent(folded: string): string | null {
  if (/^(khong|ko|k)( |$)/.test(folded)) return 'refuse';
  if (/^(co|dong y|ok|vang|da|u|uh)( |$)/.test(folded)) return /\bluu\b/.test(folded) ? 'keep' : 'agree';
  return null;
}

async function onConsent(deps: FormsDeps, turn: TaskTurn, data: PrefillData, form: FormDefinition): Promise<TaskStep> {
  const identity = identityOf(turn);
  const hasProfile = (await readProfile(deps.db, identity)) !== null;
  const picked = saidConsent(foldText(turn.text)) ?? pickChoice(turn.text, consentChoices(hasProfile))?.value ?? null;
  if (picked === 'refuse') return { reply: taskReply('answer', 'prefill_refused', PREFILL.refused), data: null };
  if (picked === 'see') {
    const lines = profileLines((await readProfile(deps.db, identity)) ?? {});
    return consent(deps, turn, data, form, `${lines.length ? PREFILL.profileShown(lines) : PREFILL.noProfile}\n\n`);
  }
  if (picked === 'delete') {
    await deleteProfile(deps.db, identity);
    return consent(deps, turn, data, form, `${PREFILL.profileDeleted}\n\n`);
  }
  if (picked === 'agree' || picked === 'keep') return begin(deps, turn, data, form, picked === 'keep' || hasProfile);
  return consent(deps, turn, data, form, `${PREFILL.pickConsent}\n`);
}

async function onField(deps: FormsDeps, turn: TaskTurn, data: PrefillData, form: FormDefinition): Promise<TaskStep> {
  const field = form.fields.find((f) => f.key === data.asking);
  if (!field) return begin(deps, turn, data, form, data.keep);
  let next: PrefillData;
  if (!field.required && wantsToSkip(turn.text)) next = { ...data, answers: { ...data.answers, [field.key]: '' }, tries: 0 };
  else {
    const checked = checkField(field, turn.text, turn.clock.now());
    if (!checked.ok) return ask(form, field, { ...data, tries: data.tries + 1 }, checked.problem);
    next = { ...data, answers: { ...data.answers, [field.key]: checked.value }, tries: 0 };
  }
  const following = missing(form, next)[0];
  return following ? ask(form, following, next) : finishForm(deps, turn, form, next);
}

/** Fills an official form in the chat: notice and consent, one question at a time, then a download link. */
export function createPrefillTask(deps: FormsDeps): CitizenTask {
  const formOf = (data: PrefillData) => deps.forms.find((f) => f.id === data.formId);
  const pickForm = (data: PrefillData): TaskStep => ({
    reply: taskReply('clarify', 'prefill_pick_form', PREFILL.whichForm, { choices: deps.forms.map((f, i) => ({ n: i + 1, label: `${f.name} (${f.template})`, value: f.id })) }),
    data: { ...data, step: 'pick_form' },
  });
  return {
    name: NAME,
    startsOn: ['prefill_form'],
    async start(turn) {
      const topic = await turn.topic();
      const form = findForm(deps.forms, { procedureCode: topic?.code ?? null, text: turn.text });
      const data: PrefillData = { step: 'pick_form', formId: null, topic: topic ? { code: topic.code, agency: topic.agency } : null, agency: null, keep: false, answers: {}, asking: null, tries: 0 };
      return form ? consent(deps, turn, data, form) : pickForm(data);
    },
    async next(turn, raw) {
      const data = raw as PrefillData;
      const form = formOf(data);
      if (data.step === 'pick_form' || !form) {
        const picked = pickChoice(turn.text, deps.forms.map((f, i) => ({ n: i + 1, label: f.name, value: f.id })))?.value;
        const chosen = deps.forms.find((f) => f.id === picked) ?? findForm(deps.forms, { text: turn.text });
        return chosen ? consent(deps, turn, { ...data, formId: chosen.id }, chosen) : pickForm(data);
      }
      return data.step === 'consent' ? onConsent(deps, turn, data, form) : onField(deps, turn, data, form);
    },
  };
}
