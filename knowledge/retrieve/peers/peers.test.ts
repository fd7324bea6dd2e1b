import { beforeAll, describe, expect, it } from 'vitest';
import { readProcedures } from '../../importers/index.ts';
import type { Procedure } from '../../model/procedure.ts';
import { SAMPLE_CORPUS_DIR } from '../../store/index.ts';
import { createMiniSearchPeer } from './minisearch-peer.ts';
import { createOramaPeer } from './orama-peer.ts';
import type { PeerSearch } from './peer-documents.ts';

describe('peer baselines over the sample corpus', () => {
  const peers: PeerSearch[] = [];
  beforeAll(async () => {
    const procedures: Procedure[] = [];
    for await (const item of readProcedures(SAMPLE_CORPUS_DIR)) if (item.ok) procedures.push(item.procedure);
    peers.push(createMiniSearchPeer(procedures), await createOramaPeer(procedures));
  });

  it('find a procedure by its folded name, accented or not, and respect the limit', async () => {
    for (const peer of peers) {
      expect(await peer.search('đăng ký tạm trú', 3), peer.name).toHaveLength(3);
      expect((await peer.search('dang ky tam tru', 3))[0], peer.name).toBe('1.004194');
      expect((await peer.search('Đăng ký khai sinh', 1))[0], peer.name).toBe('1.001193');
    }
  });

  it('get the lexicon expansion, like the hybrid retriever', async () => {
    for (const peer of peers) expect(await peer.search('nhập hộ khẩu', 5), peer.name).toContain('1.004222');
  });

  it('return nothing for a question with no content words', async () => {
    for (const peer of peers) expect(await peer.search('ạ', 5), peer.name).toEqual([]);
  });
});
