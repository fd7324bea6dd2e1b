import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createEventBus, type EventBus, type EventName } from './bus.ts';

/** NOTIFY payloads must stay under 8000 bytes; larger events travel through `bus_events`. */
const MAX_NOTIFY_BYTES = 7000;
const CHANNEL = 'motcua_events';
const KEEP_STORED_MS = 10 * 60_000;

interface Envelope {
  o: string;
  n: EventName;
  p?: unknown;
  ref?: number;
}

export interface ClosableEventBus extends EventBus {
  close(): Promise<void>;
}

/**
 * The event bus across processes: every event is delivered to this process's listeners at once
 * and published with PostgreSQL NOTIFY; the other processes LISTEN and deliver it to theirs.
 * One publishing connection keeps events in the order they were emitted.
 */
export async function createPgEventBus(options: {
  url: string;
  onListenerError: (name: EventName, error: unknown) => void;
  onConnectionError?: (error: unknown) => void;
}): Promise<ClosableEventBus> {
  const local = createEventBus(options.onListenerError);
  const origin = randomUUID();
  const ownPrefix = JSON.stringify({ o: origin }).slice(0, -1);
  const publisher = new pg.Client({ connectionString: options.url });
  let listener: pg.Client | null = null;
  let closed = false;
  let chain: Promise<unknown> = Promise.resolve();
  let lastCleanup = 0;
  publisher.on('error', (error) => options.onConnectionError?.(error));
  await publisher.connect();
  // A client runs one query at a time (pg warns, and pg 9 will refuse, when asked for two): publishing
  // and reading another process's stored payload take turns on the publisher.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task);
    chain = run.catch(() => undefined);
    return run;
  };

  const deliver = async (message: string | undefined) => {
    // This process's own events were delivered when emitted: skip them before parsing (replies can be large).
    if (!message || message.startsWith(ownPrefix)) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      return;
    }
    if (envelope.o === origin) return;
    let payload = envelope.p;
    if (envelope.ref !== undefined) {
      const ref = envelope.ref;
      const result = await serial(() => publisher.query<{ payload: unknown }>('select payload from bus_events where id = $1', [ref]));
      payload = result.rows[0]?.payload;
      if (payload === undefined) return;
    }
    local.emit(envelope.n, payload as never);
  };

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: options.url });
    client.on('notification', (n) => {
      deliver(n.payload).catch((error: unknown) => options.onConnectionError?.(error));
    });
    client.on('error', (error) => {
      options.onConnectionError?.(error);
      if (closed) return;
      listener = null;
      setTimeout(() => void listen().catch((e: unknown) => options.onConnectionError?.(e)), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  }
  await listen();

  async function publish(name: EventName, payload: unknown): Promise<void> {
    let text = JSON.stringify({ o: origin, n: name, p: payload } satisfies Envelope);
    if (Buffer.byteLength(text) > MAX_NOTIFY_BYTES) {
      const stored = await publisher.query<{ id: string }>('insert into bus_events (payload) values ($1) returning id', [JSON.stringify(payload)]);
      text = JSON.stringify({ o: origin, n: name, ref: Number(stored.rows[0]!.id) } satisfies Envelope);
      if (Date.now() - lastCleanup > KEEP_STORED_MS) {
        lastCleanup = Date.now();
        await publisher.query(`delete from bus_events where created_at < now() - interval '10 minutes'`);
      }
    }
    await publisher.query('select pg_notify($1, $2)', [CHANNEL, text]);
  }

  return {
    emit(name, payload) {
      local.emit(name, payload);
      if (closed) return;
      serial(() => publish(name, payload)).catch((error: unknown) => options.onConnectionError?.(error));
    },
    on: local.on,
    async close() {
      closed = true;
      await chain;
      await Promise.allSettled([listener?.end(), publisher.end()]);
    },
  };
}
