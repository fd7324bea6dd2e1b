import type { Procedure } from '../../knowledge/index.ts';
import type { Citation } from '../reply.ts';

/** What a reply cites: the procedure code, its official name, the portal page and the legal basis. */
export function citationOf(procedure: Procedure): Citation {
  return { code: procedure.code, name: procedure.name, url: procedure.sourceUrl, legalBasis: procedure.legalBasis };
}
