import { taskReply, type Choice, type ReplyAction, type TaskStep, type TaskTurn } from '../../assistant/index.ts';
import { issueLink } from './citizen-links.ts';
import { identityOf } from './citizen-identity.ts';
import { linkUrl, type FormsDeps } from './deps.ts';
import type { FormDefinition } from './form-definition.ts';
import { generateForm } from './generate-form.ts';
import { PREFILL, PROFILE_LABELS } from './prefill-strings.ts';
import { saveProfile, type Profile } from './profile-store.ts';

/** Consent choices; with a saved profile the citizen can also see or delete it. */
export function consentChoices(hasProfile: boolean): Choice[] {
  const values = hasProfile ? [['agree', PREFILL.agreeWithProfile], ['see', PREFILL.seeProfile], ['delete', PREFILL.deleteProfile], ['refuse', PREFILL.refuse]] : [['agree', PREFILL.agree], ['keep', PREFILL.agreeAndKeep], ['refuse', PREFILL.refuse]];
  return values.map(([value, label], i) => ({ n: i + 1, label: label!, value: value! }));
}

/** The profile as the citizen reads it back; the identification numbers show only their last 4 digits on a shared screen. */
export function profileLines(profile: Profile): string[] {
  return Object.entries(profile).map(([key, value]) => `- ${PROFILE_LABELS[key] ?? key}: ${/personalId$/i.test(key) ? `********${value.slice(-4)}` : value}`);
}

/** Generates the PDF, keeps the profile when the citizen agreed, and answers with the download link. */
export async function finishForm(deps: FormsDeps, turn: TaskTurn, form: FormDefinition, data: { keep: boolean; answers: Record<string, string>; agency: string | null }): Promise<TaskStep> {
  const identity = identityOf(turn);
  const now = turn.clock.now();
  try {
    const generated = await generateForm(deps, { form, identity, answers: data.answers, agency: data.agency, now });
    const url = linkUrl(deps, turn.channel, generated.path);
    const actions: ReplyAction[] = [{ type: 'task_result', task: 'prefill_form', code: form.template, url }];
    let text = PREFILL.done(form.name, generated.expiresAt, url);
    if (data.keep) {
      const shared = Object.fromEntries(form.fields.filter((f) => f.profile && data.answers[f.key] !== undefined).map((f) => [f.profile!, data.answers[f.key]!]));
      await saveProfile(deps.db, identity, shared, now);
      const token = await issueLink(deps.db, { kind: 'profile', identity, expiresAt: generated.expiresAt });
      actions.push({ type: 'task_result', task: 'citizen_profile', code: 'profile', url: linkUrl(deps, turn.channel, `/forms/profile/${token}`) });
      text += PREFILL.kept;
    }
    return { reply: taskReply('answer', 'prefill_done', text, { actions }), data: null };
  } catch (error) {
    deps.logger.error({ err: error, form: form.id }, 'form generation failed');
    return { reply: taskReply('answer', 'prefill_failed', PREFILL.failed), data: null };
  }
}
