import { isRepeatedMethod, methodsInScope, shorten, type Block, type ComposeContext } from './block.ts';
import { methodList } from './format.ts';
import { sentence, speakable } from './speakable.ts';
import { METHOD_LABEL, METHOD_SHORT, T } from './strings.ts';

/** Where and how to apply: the receiving office, the agency, its level and each method's own note. */
export function whereBlock(ctx: ComposeContext): Block {
  const { procedure, elderly } = ctx;
  const { methods, missing } = methodsInScope(ctx);
  const lines: string[] = [T.whereTitle];
  if (missing && ctx.method) lines.push(T.methodMissing(METHOD_SHORT[ctx.method], methodList(methods)));
  const facts: string[] = [];
  if (procedure.address) facts.push(T.address(procedure.address));
  if (procedure.agency && procedure.agency !== procedure.address) facts.push(T.agency(procedure.agency));
  if (procedure.levelsText) facts.push(T.level(procedure.levelsText));
  if (methods.length > 0) facts.push(T.methods(methodList(methods)));
  lines.push(...facts.map((f) => `• ${f}`));
  if (!elderly) {
    for (const method of methods) {
      if (method.note) lines.push(`• ${METHOD_LABEL[method.method]}: ${shorten(method.note, 260)}`);
      else if (method.method === 'online' && !isRepeatedMethod(methods, method)) lines.push(`• ${T.onlineHint}`);
    }
  }
  const place = procedure.address ?? procedure.agency;
  return {
    lines,
    speech: [...(place ? [sentence(speakable(T.address(place)))] : []), sentence(speakable(T.methods(methodList(methods))))],
    sms: [[place, methodList(methods)].filter(Boolean).join('; ')],
    sections: {
      where: { agency: procedure.agency, address: procedure.address, levels: procedure.levelsText, methods: [...new Set(methods.map((m) => m.method))] },
    },
  };
}
