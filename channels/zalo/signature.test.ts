import { describe, expect, it } from 'vitest';
import { verifyZaloSignature, zaloSignature } from './signature.ts';

// The documented payload shape (user_send_text) and formula: sha256(app_id + raw body + timestamp + OA secret key).
// Zalo publishes no worked hash; the expected value was computed outside Node with
// `printf '%s' "<app_id><body><timestamp><key>" | sha256sum`.
const body =
  '{"app_id":"4254459426318046321","sender":{"id":"7441396433364522371"},"user_id_by_app":"2512523625412515","recipient":{"id":"579745863508352884"},"event_name":"user_send_text","message":{"text":"làm lại căn cước mất bao nhiêu tiền","msg_id":"96d3cdf3af150460909"},"timestamp":"1717986430256"}';
const key = 'oa-secret-key-example';
const expected = '257d79fc2ebac16679dbc4a716bcb3d2a40564f68f1a4506beaa8e589fec1d87';

describe('Zalo webhook signature', () => {
  it('is plain SHA-256 of app_id + raw body + timestamp + OA secret key', () => {
    expect(zaloSignature('4254459426318046321', body, '1717986430256', key)).toBe(expected);
  });

  it('accepts the header with or without mac=, and refuses anything else', () => {
    expect(verifyZaloSignature(`mac=${expected}`, body, key)).toBe(true);
    expect(verifyZaloSignature(expected.toUpperCase(), body, key)).toBe(true);
    expect(verifyZaloSignature(`mac=${expected}`, body, 'other key')).toBe(false);
    expect(verifyZaloSignature(`mac=${expected}`, body.replace('tiền', 'tien'), key)).toBe(false);
    expect(verifyZaloSignature(`mac=${expected.slice(1)}`, body, key)).toBe(false);
    expect(verifyZaloSignature(undefined, body, key)).toBe(false);
    expect(verifyZaloSignature(`mac=${expected}`, 'not json', key)).toBe(false);
  });
});
