import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from './create-embedder.ts';
import { LocalHashEmbedder } from './local-hash-embedder.ts';
import { OpenAIEmbedder } from './openai-embedder.ts';

/** A real OpenAI-compatible HTTP endpoint on loopback that records what it was sent. */
interface EmbeddingRequest {
  authorization: string | undefined;
  body: { model: string; input: string | string[]; dimensions?: number; encoding_format?: string };
}

const requests: EmbeddingRequest[] = [];
let server: Server;
let baseURL: string;
/** The stub answers with vectors of this length; a test changes it to simulate a wrong server. */
let answerDimension: number | undefined;

async function readJson(request: IncomingMessage): Promise<EmbeddingRequest['body']> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8')) as EmbeddingRequest['body'];
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/embeddings') {
      response.writeHead(404).end();
      return;
    }
    const body = await readJson(request);
    requests.push({ authorization: request.headers.authorization, body });
    const inputs = Array.isArray(body.input) ? body.input : [body.input];
    const length = answerDimension ?? body.dimensions ?? 8;
    const data = inputs.map((text, index) => ({
      object: 'embedding',
      index,
      // Deterministic and distinct per text, so the test can check the order of results.
      embedding: Array.from({ length }, (_, k) => (k === 0 ? text.length : k / length)),
    }));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('OpenAIEmbedder over loopback HTTP', () => {
  it('sends model, input and dimensions, and returns vectors in order', async () => {
    requests.length = 0;
    const embedder = new OpenAIEmbedder({ apiKey: 'sk-test', model: 'text-embedding-3-small', baseURL, dimensions: 16, maxRetries: 0 });
    expect(embedder.id).toBe('openai:text-embedding-3-small:16');
    expect(embedder.dimension).toBe(16);

    const vectors = await embedder.embedDocuments(['Đăng ký khai sinh', 'Cấp lại thẻ căn cước']);
    expect(vectors.map((v) => v.length)).toEqual([16, 16]);
    expect(vectors.map((v) => v[0])).toEqual(['Đăng ký khai sinh'.length, 'Cấp lại thẻ căn cước'.length]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.authorization).toBe('Bearer sk-test');
    expect(requests[0]!.body).toMatchObject({
      model: 'text-embedding-3-small',
      input: ['Đăng ký khai sinh', 'Cấp lại thẻ căn cước'],
      dimensions: 16,
      encoding_format: 'float',
    });

    const query = await embedder.embedQuery('sổ đỏ');
    expect(query).toHaveLength(16);
    expect(requests[1]!.body).toMatchObject({ model: 'text-embedding-3-small', input: 'sổ đỏ', dimensions: 16 });
  });

  it('splits large inputs into batches', async () => {
    requests.length = 0;
    const embedder = new OpenAIEmbedder({ apiKey: 'k', model: 'bge-m3', baseURL, dimensions: 4, batchSize: 2, maxRetries: 0 });
    const vectors = await embedder.embedDocuments(['a', 'bb', 'ccc', 'dddd', 'eeeee']);
    expect(vectors.map((v) => v[0])).toEqual([1, 2, 3, 4, 5]);
    expect(requests.map((r) => r.body.input)).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['eeeee']]);
    expect(await embedder.embedDocuments([])).toEqual([]);
  });

  it('refuses vectors of the wrong length', async () => {
    answerDimension = 3;
    try {
      const embedder = new OpenAIEmbedder({ apiKey: 'k', model: 'text-embedding-3-small', baseURL, dimensions: 16, maxRetries: 0 });
      await expect(embedder.embedQuery('hộ chiếu')).rejects.toThrow(/3 dimensions, expected 16/);
    } finally {
      answerDimension = undefined;
    }
  });

  it('needs a known length for models it does not know', () => {
    expect(() => new OpenAIEmbedder({ apiKey: 'k', model: 'my-model', baseURL })).toThrow(/dimensions/);
    expect(new OpenAIEmbedder({ apiKey: 'k', model: 'text-embedding-3-large', baseURL }).dimension).toBe(3072);
  });
});

describe('createEmbedder', () => {
  it('is local without an API key', () => {
    const embedder = createEmbedder({ embeddingModel: 'text-embedding-3-small', dimension: 256 });
    expect(embedder).toBeInstanceOf(LocalHashEmbedder);
    expect(embedder.id).toBe('local-hash-v1:256');
  });

  it('uses the OpenAI-compatible server when a key is set', async () => {
    requests.length = 0;
    const embedder = createEmbedder({ openaiApiKey: 'sk-x', openaiBaseUrl: baseURL, embeddingModel: 'text-embedding-3-small', dimension: 32 });
    expect(embedder).toBeInstanceOf(OpenAIEmbedder);
    expect(embedder.id).toBe('openai:text-embedding-3-small:32');
    expect(await embedder.embedQuery('tạm trú')).toHaveLength(32);
    expect(requests[0]!.body.dimensions).toBe(32);
  });
});
