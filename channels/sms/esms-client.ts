import type { SendResult } from '../delivery/index.ts';
import { resultFromStatus, transientFromError } from '../delivery/sender.ts';

export interface EsmsSettings {
  apiKey: string;
  secretKey: string;
  brandname?: string | undefined;
  /** 2: customer care by brandname; 8: fixed number. */
  smsType: number;
  sandbox: boolean;
  apiBaseUrl: string;
  /** Where eSMS reports delivery (an unguessable URL), when the public base URL is known. */
  callbackUrl?: string | undefined;
  timeoutMs: number;
}

/** eSMS wants Vietnamese numbers in the national form (0…), others without the plus sign. */
export function esmsPhone(e164: string): string {
  return e164.startsWith('+84') ? `0${e164.slice(3)}` : e164.replace(/^\+/, '');
}

/** CodeResult values that mean "accepted": 100, and 124 (this RequestId was accepted before). */
const ACCEPTED = new Set(['100', '124']);
/** Codes that another try cannot fix: bad keys, balance, brandname, IP allow-list, template. */
const PERMANENT = new Set(['101', '102', '103', '104', '118', '119', '131', '132', '140', '146', '177']);

/** eSMS.vn SendMultipleMessage_V4_post_json, with our stable part key as RequestId (eSMS deduplicates on it). */
export function createEsmsClient(settings: EsmsSettings) {
  const url = new URL('/MainService.svc/json/SendMultipleMessage_V4_post_json/', settings.apiBaseUrl);
  return {
    async send(phone: string, content: string, requestId: string, unicode: boolean): Promise<SendResult> {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            ApiKey: settings.apiKey,
            SecretKey: settings.secretKey,
            Phone: esmsPhone(phone),
            Content: content,
            ...(settings.brandname ? { Brandname: settings.brandname } : {}),
            SmsType: String(settings.smsType),
            IsUnicode: unicode ? '1' : '0',
            Sandbox: settings.sandbox ? '1' : '0',
            RequestId: requestId,
            ...(settings.callbackUrl ? { CallbackUrl: settings.callbackUrl } : {}),
          }),
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
        const body = (await response.json().catch(() => ({}))) as { CodeResult?: string | number; SMSID?: string; ErrorMessage?: string };
        if (!response.ok) return resultFromStatus(response.status, String(body.ErrorMessage ?? ''));
        const code = String(body.CodeResult ?? '');
        if (ACCEPTED.has(code)) return { ok: true, providerMessageId: body.SMSID ? String(body.SMSID) : null };
        const error = `esms ${code}: ${String(body.ErrorMessage ?? '').slice(0, 200)}`;
        return { ok: false, retry: !PERMANENT.has(code), error };
      } catch (error) {
        return transientFromError(error);
      }
    },
  };
}
