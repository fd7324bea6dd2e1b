/** Public face of the call centre: agents take over conversations the assistant hands off. */
export { createHandoffSink } from './handoff/pg-handoff-sink.ts';
