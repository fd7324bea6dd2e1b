import type { CallState } from './call-state.ts';
import { menuKeys, subMenuKeys, type Menu } from './menu.ts';
import type { Step } from './step.ts';
import { S, say } from './strings.ts';

const ANY_KEY = '0123456789*#';

/** The ask step of each waiting node, from the state alone (also what "nghe lại" and retries say). */
export function promptFor(state: CallState, menu: Menu, who: string, lead = ''): Step {
  const ask = (text: string, speech: boolean): Step => ({ kind: 'ask', say: [lead, text].filter(Boolean).join(' '), keys: ANY_KEY, speech: speech && state.speech });
  switch (state.node) {
    case 'resume':
      return ask(say(S.resume, who, { topic: state.lastQuestion ?? '' }), false);
    case 'submenu': {
      const entry = menu.find((m) => m.key === state.menuKey);
      if (entry) return ask(say(S.subMenu, who, { topic: entry.label, keys: subMenuKeys(entry) }), false);
      return ask(menuText(menu, who, state.speech), true);
    }
    case 'keypad':
      return ask(say(S.menuKeys, who, { keys: menuKeys(menu) }), false);
    case 'answer':
      return ask(answerText(state, who), true);
    case 'choices':
      return ask(`${state.parts.join(' ')} ${say(S.choicesKeys, who)}`, true);
    default:
      return ask(menuText(menu, who, state.speech), true);
  }
}

export function menuText(menu: Menu, who: string, speech: boolean): string {
  return say(speech ? S.menuSpeech : S.menuKeys, who, { keys: menuKeys(menu) });
}

function answerText(state: CallState, who: string): string {
  const last = state.part >= state.parts.length - 1;
  const keys = !last ? S.answerKeys : state.more ? S.answerEndMoreKeys : S.answerEndKeys;
  const part = state.parts[state.part] ?? '';
  return [part, keys, state.speech ? say(S.orAsk, who) : ''].filter(Boolean).join(' ');
}
