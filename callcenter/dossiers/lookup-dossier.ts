import { AppError } from '../../platform/http/errors.ts';
import { createAttemptLimiter } from '../../platform/http/session.ts';
import type { DossiersDeps } from './deps.ts';
import { lastFourDigits, normaliseDossierCode, type DossierRecord } from './dossier-status-source.ts';

export type DossierLookup = (who: string, codeText: string, phoneText: string) => Promise<DossierRecord | null>;

function within(limiter: ReturnType<typeof createAttemptLimiter>, key: string): void {
  try {
    limiter.hit(key);
  } catch (error) {
    const retry = error instanceof AppError ? error.extra.retryAfterSeconds : undefined;
    throw new AppError('rate_limited', 'Bạn đã tra cứu nhiều lần liên tiếp. Vui lòng thử lại sau ít phút.', { retryAfterSeconds: retry ?? 60 });
  }
}

/**
 * Looks a dossier up by its code and the phone's last 4 digits, limited per asker and per code
 * (so 10,000 suffixes cannot be tried from many addresses). A wrong suffix and an unknown code
 * give the same null.
 */
export function createDossierLookup(deps: Pick<DossiersDeps, 'source' | 'lookupsPerHour'>): DossierLookup {
  const perAsker = createAttemptLimiter(deps.lookupsPerHour, 3_600_000);
  const perCode = createAttemptLimiter(deps.lookupsPerHour, 3_600_000);
  return async (who, codeText, phoneText) => {
    within(perAsker, who);
    const code = normaliseDossierCode(codeText);
    const last4 = lastFourDigits(phoneText);
    if (!code || !last4) return null;
    within(perCode, code);
    return deps.source.lookup(code, last4);
  };
}
