import { describe, expect, it } from 'vitest';
import { esmsMoSign, verifyEsmsMoSign, verifyTwilioSignature } from './signature.ts';

describe('eSMS inbound sign', () => {
  // The documented parameters and formula MD5(cpid + smsid + content + receiveTime + PrivateKey);
  // eSMS publishes no worked hash, so the expected value was computed outside Node with md5sum.
  const fields = { cpid: '1234', smsid: '96d3cdf3af150460909', content: 'lam lai can cuoc mat bao nhieu tien', receiveTime: '20261202113000' };
  const key = 'esms-private-key-example';

  it('is MD5 of cpid + smsid + content + receiveTime + private key', () => {
    expect(esmsMoSign(fields, key)).toBe('4d531c31e341e71bfc90114e26514395');
  });

  it('accepts it in either case and refuses any change', () => {
    expect(verifyEsmsMoSign('4D531C31E341E71BFC90114E26514395', fields, key)).toBe(true);
    expect(verifyEsmsMoSign('4d531c31e341e71bfc90114e26514395', { ...fields, content: 'lam lai can cuoc' }, key)).toBe(false);
    expect(verifyEsmsMoSign('4d531c31e341e71bfc90114e26514395', fields, 'other')).toBe(false);
    expect(verifyEsmsMoSign('', fields, key)).toBe(false);
  });
});

describe('Twilio request signature', () => {
  // Twilio's documented example (twilio-node's validation tests and the security docs).
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };

  it('matches the documented signature', () => {
    expect(verifyTwilioSignature('12345', 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', url, params)).toBe(true);
  });

  it('refuses another token, URL or parameter', () => {
    expect(verifyTwilioSignature('54321', 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', url, params)).toBe(false);
    expect(verifyTwilioSignature('12345', 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', 'https://mycompany.com/myapp.php', params)).toBe(false);
    expect(verifyTwilioSignature('12345', 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', url, { ...params, Digits: '1235' })).toBe(false);
    expect(verifyTwilioSignature('12345', undefined, url, params)).toBe(false);
  });
});
