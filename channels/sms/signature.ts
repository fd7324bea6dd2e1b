import { createHash, timingSafeEqual } from 'node:crypto';
import twilio from 'twilio';

/**
 * The SMS providers' request signatures, the one place they are written.
 *
 * eSMS.vn, inbound SMS on a short code (developers.esms.vn, "kết nối đầu số ngắn"):
 * `sign = MD5(cpid + smsid + content + receiveTime + PrivateKey)`, lower-case hex.
 */
export function esmsMoSign(fields: { cpid: string; smsid: string; content: string; receiveTime: string }, privateKey: string): string {
  return createHash('md5').update(fields.cpid + fields.smsid + fields.content + fields.receiveTime + privateKey, 'utf8').digest('hex');
}

export function verifyEsmsMoSign(sign: string, fields: Parameters<typeof esmsMoSign>[0], privateKey: string): boolean {
  const given = Buffer.from(sign.trim().toLowerCase(), 'utf8');
  const expected = Buffer.from(esmsMoSign(fields, privateKey), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Twilio: `X-Twilio-Signature` = base64(HMAC-SHA1(auth token, full public URL + each POST parameter
 * name and value, sorted by name)); checked by the twilio library against the URL Twilio called.
 */
export function verifyTwilioSignature(authToken: string, signature: string | undefined, publicUrl: string, params: Record<string, string>): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, publicUrl, params);
}
