export { createMiniSearchPeer } from './minisearch-peer.ts';
export { createOramaPeer } from './orama-peer.ts';
export type { PeerSearch } from './peer-documents.ts';
