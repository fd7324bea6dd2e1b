/** The event-stream test reader, shared by every domain's tests (it lives with the web channel's). */
export { openSse, type SseEvent, type SseReader } from '../../channels/web/testing/sse-reader.ts';
