import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { json, listenPeer } from './http-peer.ts';

export interface EsmsSent {
  phone: string;
  content: string;
  requestId: string;
  isUnicode: string;
  smsId: string;
  callbackUrl: string | undefined;
  at: number;
}

/**
 * A loopback eSMS.vn peer as developers.esms.vn documents it: SendMultipleMessage_V4_post_json
 * answers CodeResult 100 with an SMSID, 101 for wrong keys and 124 for a RequestId seen before;
 * it builds inbound (MO) GET requests signed with MD5(cpid + smsid + content + receiveTime + key).
 */
export async function startEsmsPeer() {
  const apiKey = 'esms-api-' + randomBytes(4).toString('hex');
  const secretKey = 'esms-secret-' + randomBytes(4).toString('hex');
  const privateKey = 'esms-private-' + randomBytes(4).toString('hex');
  const cpid = '1234';
  const sent: EsmsSent[] = [];
  const requestIds = new Set<string>();
  const stats = { requests: 0, duplicates: 0 };
  let failures: number[] = [];

  const peer = await listenPeer((req, body, res) => {
    stats.requests++;
    if (req.method !== 'POST' || req.url !== '/MainService.svc/json/SendMultipleMessage_V4_post_json/') return json(res, 404, {});
    const failure = failures.shift();
    if (failure) return json(res, failure, { CodeResult: '99', ErrorMessage: 'Loi he thong' });
    let p: Record<string, string>;
    try {
      p = JSON.parse(body) as Record<string, string>;
    } catch {
      return json(res, 200, { CodeResult: '99', ErrorMessage: 'Invalid JSON' });
    }
    if (p.ApiKey !== apiKey || p.SecretKey !== secretKey) return json(res, 200, { CodeResult: '101', ErrorMessage: 'Sai ApiKey hoac SecretKey' });
    if (!p.Phone || !p.Content) return json(res, 200, { CodeResult: '99', ErrorMessage: 'Thieu tham so' });
    if (p.RequestId && requestIds.has(p.RequestId)) {
      stats.duplicates++;
      return json(res, 200, { CodeResult: '124', ErrorMessage: 'Trung RequestId' });
    }
    if (p.RequestId) requestIds.add(p.RequestId);
    const smsId = randomUUID();
    sent.push({ phone: p.Phone, content: p.Content, requestId: p.RequestId ?? '', isUnicode: p.IsUnicode ?? '0', smsId, callbackUrl: p.CallbackUrl, at: Date.now() });
    json(res, 200, { CodeResult: '100', CountRegenerate: 0, SMSID: smsId });
  });

  return {
    ...peer,
    apiKey,
    secretKey,
    privateKey,
    sent,
    stats,
    failNext: (...statuses: number[]) => {
      failures = statuses;
    },
    /** The query of an inbound SMS as eSMS calls the partner URL, signed independently here. */
    moQuery(sender: string, content: string, smsid = randomBytes(8).toString('hex')): string {
      const receiverTime = '20261202113000';
      const sign = createHash('md5').update(`${cpid}${smsid}${content}${receiverTime}${privateKey}`).digest('hex');
      return new URLSearchParams({ sender, content, serviceNumber: '8079', keyword: 'TTHC', smsid, cpid, receiverTime, sign }).toString();
    },
  };
}

export type EsmsPeer = Awaited<ReturnType<typeof startEsmsPeer>>;
