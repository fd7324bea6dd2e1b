export { createQueueHandoffSink } from './enqueue-handoff.ts';
export { createConversationOwnership } from './ownership.ts';
export { createOpeningHours, type OpeningHours } from './opening-hours.ts';
export { createRoutingLoop, type RoutingLoop } from './routing-loop.ts';
export type { QueueDeps } from './deps.ts';
export type { CitizenMessenger } from './citizen-messenger.ts';
