/** Satisfaction (CSAT) after every conversation: three levels, sent once, skippable, never on an automatic close. */
export { sendSurvey, skipSurvey, answerSurvey, type CsatDeps, type SurveyOccasion } from './survey.ts';
export { csatRoutes } from './routes.ts';
export { surveyQuietConversations } from './survey-quiet-conversations.ts';
