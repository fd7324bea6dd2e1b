import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { ConfigError, parseEnv, ENV_KEYS } from './env.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.SEED_SAMPLE_CORPUS).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('names every bad variable and what it expects', () => {
    let error: unknown;
    try {
      parseEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'not a url', EMBEDDING_DIM: '3' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: .*number/m);
    expect(problems).toMatch(/^DATABASE_URL: /m);
    expect(problems).toMatch(/^REDIS_URL: /m);
    expect(problems).toMatch(/^EMBEDDING_DIM: .*64/m);
  });

  it('documents every setting in .env.example', () => {
    const example = readFileSync(`${root}.env.example`, 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...ENV_KEYS].sort());
  });

  it('stops the process with one clear message on bad config', async () => {
    const run = promisify(execFile);
    const result = await run(process.execPath, ['--import', 'tsx', 'platform/app/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'nope', DATABASE_URL: 'mysql://x' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT:');
    expect(result.stderr).toContain('DATABASE_URL:');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
