import type fc from 'fast-check';

/**
 * A public endpoint as the hostile-input suite sees it: how to make one valid request, and what
 * valid input looks like. Each module registers its own; the harness derives the hostile variants.
 */
export interface HostileEndpoint {
  /** "POST /api/v1/conversations/:conversationId/messages" */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  /** A valid request: the concrete path (params filled), its headers and the path params it used. */
  prepare(base: string): Promise<ValidRequest>;
  /** Valid bodies, for endpoints that take one (JSON unless `contentType` says otherwise). */
  body?: fc.Arbitrary<Record<string, unknown>>;
  contentType?: string;
  /** Valid query parameters. */
  query?: fc.Arbitrary<Record<string, string>>;
  /** A server-sent events stream: the harness reads the headers, then hangs up. */
  stream?: boolean;
}

export interface ValidRequest {
  path: string;
  headers: Record<string, string>;
  /** Path segments that are parameters (e.g. the conversation id), so they can be replaced. */
  params?: Record<string, string>;
}

/** One request the harness sends. */
export interface HostileCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface CaseOutcome {
  status: number;
  violations: string[];
}
