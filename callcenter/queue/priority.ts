import type { HandoffReason } from '../../assistant/index.ts';
import { normaliseSkill } from '../staff/roles.ts';

/** Priority 0: priority citizens; 1: complaints and frustration; 2: everyone else. Lower goes first. */
export function priorityOf(reason: HandoffReason | string, priorityCitizen: boolean): number {
  if (priorityCitizen) return 0;
  if (reason === 'complaint' || reason === 'frustration') return 1;
  return 2;
}

export const PRIORITY_SKILL = normaliseSkill('ưu tiên');

/** The skills an agent needs: the procedure's field, the channel, and "ưu tiên" for priority citizens. */
export function requiredSkills(field: string | null | undefined, channel: string, priorityCitizen: boolean): string[] {
  const skills = [normaliseSkill(channel)];
  if (field) skills.push(normaliseSkill(field));
  if (priorityCitizen) skills.push(PRIORITY_SKILL);
  return skills;
}

export function hasSkills(agentSkills: readonly string[], required: readonly string[]): boolean {
  return required.every((s) => agentSkills.includes(s));
}
