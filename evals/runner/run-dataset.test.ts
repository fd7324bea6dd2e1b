import { describe, expect, it } from 'vitest';
import type { Reply, Turn } from '../../assistant/index.ts';
import type { Procedure } from '../../knowledge/index.ts';
import { summarise } from '../metrics/aggregate.ts';
import type { EvalTarget } from './eval-target.ts';
import { parseDatasetLine, type DatasetCase } from './load-dataset.ts';
import { runDataset } from './run-dataset.ts';
import { runPeers } from './run-peers.ts';

const record = { code: '1.004222', name: 'Đăng ký thường trú', methodsText: 'Trực tiếp 7 Ngày làm việc Lệ phí 20.000 đồng' } as unknown as Procedure;

function reply(overrides: Partial<Reply>): Reply {
  return { kind: 'answer', intent: 'ask', aspect: null, text: '', speech: '', sms: { text: '', ascii: '' }, choices: [], citations: [], sections: {}, actions: [], confidence: 0.9, ...overrides };
}

/** A scripted assistant: remembers the topic per conversation, so follow-ups work. */
function fakeTarget(): EvalTarget & { seen: Turn[] } {
  const topics = new Map<string, boolean>();
  const seen: Turn[] = [];
  let next = 0;
  const cite = [{ code: '1.004222', name: record.name, url: null, legalBasis: [] }];
  return {
    seen,
    async startConversation() {
      return `c${++next}`;
    },
    async handleTurn(turn) {
      seen.push(turn);
      if (/thường trú/i.test(turn.text)) topics.set(turn.conversationId, true);
      if (/cán bộ/i.test(turn.text)) return reply({ kind: 'handoff', text: 'Gọi 1022.', actions: [{ type: 'handoff', handoffId: 'h1', reason: 'asked_for_human' }] });
      if (!topics.get(turn.conversationId)) return reply({ kind: 'clarify', text: 'Bạn hỏi thủ tục nào? 1. Đăng ký thường trú', choices: [{ n: 1, label: record.name, value: '1.004222' }] });
      if (/lệ phí/i.test(turn.text)) return reply({ aspect: 'fee', text: 'Lệ phí 20.000 đồng, nộp trong 30 ngày.', citations: cite });
      return reply({ aspect: 'overview', text: 'Thủ tục đăng ký thường trú mất 7 ngày làm việc.', citations: cite });
    },
    async getProcedure(code) {
      return code === record.code ? record : null;
    },
  };
}

const dataset = [
  { id: 'direct', question: 'Lệ phí đăng ký thường trú?', expect: { procedures: ['1.004222'], aspect: 'fee', facts: ['20.000 đồng'], action: 'answer' }, tags: ['fee'] },
  { id: 'followup', turns: ['Đăng ký thường trú', { text: 'còn lệ phí?', expect: { aspect: 'fee', facts: ['20000'] } }], tags: ['followup'] },
  { id: 'vague', question: 'làm giấy tờ', expect: { procedures: ['1.004222'], action: 'clarify', minChoices: 1 }, elderly: true, author: 'lan' },
  { id: 'human', question: 'cho tôi gặp cán bộ', expect: { action: 'handoff', reason: 'asked_for_human' } },
  { id: 'pick', turns: [{ text: 'làm giấy tờ', expect: { action: 'clarify' } }, { text: 'thường trú, số 1', expect: { choice: 1 } }, { text: 'số 2', expect: { choice: 2 } }] },
].map((line, i) => parseDatasetLine(JSON.stringify(line), i + 1) as DatasetCase);

describe('runDataset', () => {
  it('plays each line as its own conversation through handleTurn and scores every turn', async () => {
    const target = fakeTarget();
    const progress: number[] = [];
    const turns = await runDataset(dataset, target, { onCase: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(turns).toHaveLength(8);
    expect(new Set(target.seen.map((t) => t.conversationId)).size).toBe(5);
    expect(target.seen.every((t) => t.channel === 'eval')).toBe(true);
    expect(target.seen.find((t) => t.text === 'làm giấy tờ')?.elderly).toBe(true);
    expect(turns.find((t) => t.caseId === 'vague')?.reply).toMatchObject({ action: 'clarify', ranked: ['1.004222'], offered: ['1.004222'], choices: ['Đăng ký thường trú'] });
    expect(turns.find((t) => t.caseId === 'vague')?.author).toBe('lan');
    expect(turns.find((t) => t.caseId === 'direct')).not.toHaveProperty('author');
    expect(turns.find((t) => t.caseId === 'human')?.reply.handoffReason).toBe('asked_for_human');
    expect(turns.every((t) => t.latencyMs >= 0)).toBe(true);
  });

  it('counts numbers the cited record does not hold, and not the fixed wording of a handoff', async () => {
    const turns = await runDataset(dataset.slice(0, 4), fakeTarget());
    expect(turns.find((t) => t.caseId === 'direct')?.ungroundedNumbers).toEqual(['30']);
    expect(turns.find((t) => t.caseId === 'human')?.ungroundedNumbers).toEqual([]);
    const summary = summarise(turns);
    expect(summary).toMatchObject({ n: 4, top1: 1, recall5: 1, mrr: 1, aspect: 1, facts: 1, action: 1, grounding_violations: 2 });
    expect(summary.by_tag.followup).toEqual({ n: 1, top1: null, facts: 1, action: null });
  });

  it('resolves "choice n" to the procedure the previous reply offered as n', async () => {
    const turns = await runDataset(dataset.slice(4), fakeTarget());
    expect(turns.map((t) => t.expect?.procedures)).toEqual([undefined, ['1.004222'], ['(no choice 2 was offered)']]);
  });
});

describe('runPeers', () => {
  it('scores each peer on the turns that expect procedures, with that turn’s text only', async () => {
    const queries: string[] = [];
    const peers = await runPeers(dataset, {
      echo: { search: (query) => (queries.push(query), query.includes('thường trú') ? ['1.004222'] : ['9.999999', '1.004222']) },
    });
    expect(queries).toEqual(['Lệ phí đăng ký thường trú?', 'làm giấy tờ']);
    expect(peers.echo).toEqual({ top1: 0.5, recall5: 1, mrr: 0.75 });
  });
});
