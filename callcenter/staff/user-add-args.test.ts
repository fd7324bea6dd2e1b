import { describe, expect, it } from 'vitest';
import { parseUserAddArgs } from './user-add-args.ts';

describe('user:add arguments', () => {
  it('reads an account with branch, skills and teams', () => {
    expect(
      parseUserAddArgs(['--email', 'an@motcua.vn', '--name', 'Nguyễn Văn An', '--role', 'agent', '--branch', 'Hà Đông', '--skills', 'web, Hộ tịch,ưu tiên', '--teams', 'Tổng đài', '--password-stdin']),
    ).toEqual({ email: 'an@motcua.vn', name: 'Nguyễn Văn An', role: 'agent', branch: 'Hà Đông', agency: null, skills: ['web', 'Hộ tịch', 'ưu tiên'], teams: ['Tổng đài'], maxChats: 3, passwordStdin: true });
  });

  it('reads the agency of an agency officer', () => {
    expect(parseUserAddArgs(['--email', 'ca@motcua.vn', '--name', 'Lê Ca', '--role', 'agency_officer', '--agency', 'cong-an']).agency).toBe('cong-an');
  });

  it('refuses a missing or unknown role with the usage line', () => {
    expect(() => parseUserAddArgs(['--email', 'an@motcua.vn', '--name', 'An'])).toThrow(/npm run user:add/);
    expect(() => parseUserAddArgs(['--email', 'an@motcua.vn', '--name', 'An', '--role', 'root'])).toThrow(/--role/);
    expect(() => parseUserAddArgs(['--email', 'an@motcua.vn', '--name', 'An', '--role', 'agent', '--password', 'x'])).toThrow();
  });
});
