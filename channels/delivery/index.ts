/** Public face of the background delivery shared by Zalo and SMS: ports, jobs, the agent relay. */
export * from './ports.ts';
export type { Confirmation, ProviderSender, SendResult } from './sender.ts';
export { UNCERTAIN_ERROR } from './sender.ts';
export { createInboundHandler, messageFromReply, type InboundHandlerDeps } from './handle-inbound.ts';
export { createOutboxSender, RetryLater, type SendDeps } from './send-outbox.ts';
export { createAgentReplyRelay } from './relay-agent-reply.ts';
export { recordInbound } from './record-inbound.ts';
export { applyDeliveryReport, type DeliveryReport, type ReportDeps } from './apply-report.ts';
export { buildWebhooksOpenApi, type OpenApiFragment } from './openapi.ts';
