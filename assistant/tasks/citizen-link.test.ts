import { describe, expect, it } from 'vitest';
import { citizenLink } from './citizen-link.ts';

describe('citizenLink', () => {
  it('is absolute on every channel when the public origin is known, keeping its path prefix', () => {
    const link = citizenLink('https://motcua.example.vn/hn/');
    expect(link('sms', '/forms/files/abc')).toBe('https://motcua.example.vn/hn/forms/files/abc');
    expect(link('zalo', '/appointments/x.ics')).toBe('https://motcua.example.vn/hn/appointments/x.ics');
    expect(link('web', '/appointments/x.ics')).toBe('https://motcua.example.vn/hn/appointments/x.ics');
  });

  it('without it, stays relative on our own pages and is omitted on SMS, Zalo and voice', () => {
    const link = citizenLink(undefined);
    expect(link('web', '/forms/files/abc')).toBe('/forms/files/abc');
    expect(link('agents', '/forms/files/abc')).toBe('/forms/files/abc');
    expect(['sms', 'zalo', 'voice'].map((c) => link(c as 'sms', '/forms/files/abc'))).toEqual([null, null, null]);
  });
});
