/** The phone line's side of the contact centre: callback requests and the console's view of waiting calls. */
export { requestCallback, type NewCallback } from './request-callback.ts';
export { completeCallback } from './complete-callback.ts';
export { listVoiceWork, type WaitingCall, type CallbackView } from './list-voice-work.ts';
export { voiceQueueRouter, PHONE_ROLES } from './routes.ts';
export { takeCall, type TakenCall } from './take-call.ts';
