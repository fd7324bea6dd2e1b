import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnswerLlm, type AnswerLlm } from './index.ts';
import { loadRecord, sampleCorpusPresent } from './load-sample-records.test-helper.ts';
import { startOpenAiTestServer, type OpenAiTestServer } from './openai-test-server.test-helper.ts';

describe.skipIf(!sampleCorpusPresent)('createAnswerLlm against a local OpenAI-compatible server', () => {
  let server: OpenAiTestServer;
  let llm: AnswerLlm;
  let impatient: AnswerLlm;
  const logs: { level: string; obj: Record<string, unknown> }[] = [];
  const sources = sampleCorpusPresent ? [loadRecord('1.004222')] : [];
  const deterministicText = 'Đăng ký thường trú: lệ phí 20.000 đồng/lần khi nộp trực tiếp, 10.000 đồng/lần khi nộp trực tuyến. Thời hạn 7 ngày làm việc.';
  const input = { question: 'nhap ho khau mat bao nhieu tien', deterministicText, sources };
  const events = (): unknown[] => logs.map((l) => l.obj.event);

  beforeAll(async () => {
    server = await startOpenAiTestServer();
    const logger = {
      info: (obj: object) => logs.push({ level: 'info', obj: obj as Record<string, unknown> }),
      warn: (obj: object) => logs.push({ level: 'warn', obj: obj as Record<string, unknown> }),
    };
    // A generous timeout for normal calls (the test machine is shared), a short one for the slow-server case.
    llm = createAnswerLlm({ apiKey: 'test-key', baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 10_000, logger });
    impatient = createAnswerLlm({ apiKey: 'test-key', baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 300, logger });
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    logs.length = 0;
    server.reset();
  });

  it('returns a faithful phrasing and sends the prompts, model and key', async () => {
    const text = 'Nếu nộp trực tiếp, bạn trả 20.000 đồng mỗi lần; nộp trực tuyến chỉ 10.000 đồng. Khoảng 7 ngày làm việc là có kết quả.';
    server.script({ content: text });
    await expect(llm.phrase(input)).resolves.toBe(text);
    const [request] = server.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.body.model).toBe('test-model');
    expect(request?.body.messages?.[0]?.content).toContain('không tự thêm con số');
    expect(request?.body.messages?.[1]?.content).toContain(deterministicText);
    expect(request?.body.messages?.[1]?.content).toContain('68/2020/QH14');
  });

  it('rejects a phrasing that invents a fee and logs the violation', async () => {
    server.script({ content: 'Lệ phí là 50.000 đồng, nộp trực tuyến 10.000 đồng, 7 ngày làm việc. Liên hệ 0912345678.' });
    await expect(llm.phrase(input)).resolves.toBeNull();
    const rejected = logs.find((l) => l.obj.event === 'llm.fact_guard_rejected');
    expect(rejected?.level).toBe('warn');
    const violations = rejected?.obj.violations as string[];
    expect(violations).toContainEqual(expect.stringContaining('50.000 đồng'));
    // Personal data in a violation is masked before it is logged.
    expect(violations.join(' ')).not.toContain('0912345678');
  });

  it('rejects a phrasing that drops the fee', async () => {
    server.script({ content: 'Bạn nộp hồ sơ tại Công an cấp xã, khoảng 7 ngày làm việc là xong.' });
    await expect(llm.phrase(input)).resolves.toBeNull();
    expect(events()).toContain('llm.phrase_dropped_facts');
  });

  it('returns null on a 500 response', async () => {
    server.script({ status: 500, body: '{"error":{"message":"boom","type":"server_error"}}' });
    await expect(llm.phrase(input)).resolves.toBeNull();
    expect(events()).toContain('llm.failed');
    expect(server.requests).toHaveLength(1); // no retries
  });

  it('returns null on a malformed response body', async () => {
    server.script({ status: 200, body: '{"choices": [ not json' });
    await expect(llm.phrase(input)).resolves.toBeNull();
    expect(events()).toContain('llm.failed');
  });

  it('returns null on an empty completion', async () => {
    server.script({ content: '   ' });
    await expect(llm.phrase(input)).resolves.toBeNull();
  });

  it('returns null when the server is too slow', async () => {
    server.script({ delayMs: 3000, content: deterministicText });
    const started = Date.now();
    await expect(impatient.phrase(input)).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(2500);
    expect(events()).toContain('llm.failed');
  });

  it('extracts intent, aspect and case from JSON, even in a code fence', async () => {
    server.script({ content: '```json\n{"intent": "đăng ký thường trú", "aspect": "fee", "caseHint": "nhà thuê"}\n```' });
    await expect(llm.extract('nhap ho khau nha thue mat bao nhieu')).resolves.toEqual({ intent: 'đăng ký thường trú', aspect: 'fee', caseHint: 'nhà thuê' });
  });

  it('drops an unknown aspect and missing fields to null', async () => {
    server.script({ content: '{"intent": "cấp hộ chiếu", "aspect": "price"}' });
    await expect(llm.extract('lam ho chieu')).resolves.toEqual({ intent: 'cấp hộ chiếu', aspect: null, caseHint: null });
  });

  it('returns null for an extraction that is not JSON', async () => {
    server.script({ content: 'Tôi nghĩ bạn hỏi về hộ chiếu.' });
    await expect(llm.extract('lam ho chieu')).resolves.toBeNull();
  });

  it('rewrites a follow-up into a standalone question', async () => {
    server.script({ content: '"Đăng ký thường trú mất bao lâu?"' });
    const history = [
      { role: 'citizen' as const, text: 'nhập hộ khẩu cần gì' },
      { role: 'assistant' as const, text: 'Đăng ký thường trú cần tờ khai CT01…' },
    ];
    await expect(llm.rewriteFollowUp(history, 'mất bao lâu')).resolves.toBe('Đăng ký thường trú mất bao lâu?');
    expect(server.requests[0]?.body.messages?.[1]?.content).toContain('nhập hộ khẩu cần gì');
  });

  it('does not call the model for a first message', async () => {
    await expect(llm.rewriteFollowUp([], 'mất bao lâu')).resolves.toBeNull();
    expect(server.requests).toHaveLength(0);
  });
});
