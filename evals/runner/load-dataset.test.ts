import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, parseDatasetLine } from './load-dataset.ts';

const lines = [
  JSON.stringify({ id: 'fee', question: 'Lệ phí đăng ký thường trú?', expect: { procedures: ['1.004222'], aspect: 'fee', facts: ['20.000'], action: 'answer' }, tags: ['fee'] }),
  '',
  '{"question": "thiếu ngoặc"',
  JSON.stringify({ question: 'a', turns: ['b'] }),
  JSON.stringify({ question: 'Mất bao lâu?', expect: { action: 'maybe' } }),
  JSON.stringify({ turns: ['Làm hộ chiếu', { text: 'còn lệ phí?', expect: { aspect: 'fee' } }, 'cảm ơn'], extra: 'ignored', elderly: true }),
  JSON.stringify({ turns: ['Làm hộ chiếu', 'còn lệ phí?'], expect: { facts: ['200.000'] } }),
];

describe('loadDataset', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eval-dataset-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('runs the good lines and rejects each malformed one with its line number', async () => {
    const path = join(dir, 'mixed.jsonl');
    await writeFile(path, lines.join('\n'));
    const { cases, errors } = await loadDataset(path);
    expect(cases.map((c) => c.line)).toEqual([1, 6, 7]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(errors[0]?.message).toMatch(/^not valid JSON/);
    expect(errors[1]?.message).toMatch(/exactly one of "question" or "turns"/);
    expect(errors[2]?.message).toMatch(/^expect\.action: /);
  });

  it('reads gzipped datasets too', async () => {
    const path = join(dir, 'one.jsonl.gz');
    await writeFile(path, gzipSync(`${lines[0]}\n`));
    expect((await loadDataset(path)).cases).toHaveLength(1);
  });
});

describe('parseDatasetLine', () => {
  it('turns a question into one expected turn with an id and tags', () => {
    expect(parseDatasetLine(lines[0] as string, 1)).toEqual({
      id: 'fee', line: 1, tags: ['fee'],
      turns: [{ text: 'Lệ phí đăng ký thường trú?', elderly: false, expect: { procedures: ['1.004222'], aspect: 'fee', facts: ['20.000'], action: 'answer' } }],
    });
  });

  it('keeps per-turn expectations, and applies the line expectation to the last turn', () => {
    const scripted = parseDatasetLine(lines[5] as string, 6);
    expect(scripted).toMatchObject({ id: 'line-6', tags: [] });
    expect(scripted && 'turns' in scripted ? scripted.turns.map((t) => [t.elderly, t.expect]) : null).toEqual([[true, null], [true, { aspect: 'fee' }], [true, null]]);
    const inherited = parseDatasetLine(lines[6] as string, 7);
    expect(inherited && 'turns' in inherited ? inherited.turns.map((t) => t.expect) : null).toEqual([null, { facts: ['200.000'] }]);
  });

  it('keeps the author the item names', () => {
    const authored = parseDatasetLine(JSON.stringify({ id: 'a', question: 'Xin chào', author: 'lan' }), 3);
    expect(authored).toMatchObject({ id: 'a', author: 'lan' });
  });

  it('counts a line that expects nothing once, on its last turn', () => {
    const bare = parseDatasetLine(JSON.stringify({ question: 'Xin chào' }), 9);
    expect(bare && 'turns' in bare ? bare.turns[0]?.expect : undefined).toEqual({});
  });

  it('skips blank lines', () => {
    expect(parseDatasetLine('   ', 2)).toBeNull();
  });
});
