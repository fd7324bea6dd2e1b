/** Multi-turn citizen tasks (complaint intake, booking, forms, dossier lookup) plug in here. */
export type { CitizenTask, TaskData, TaskStep, TaskTurn } from './task.ts';
export { asksToStop } from './run-task.ts';
export { plainReply as taskReply } from '../compose/compose-simple.ts';
export { pickChoice } from '../understand/pick-choice.ts';
export { citizenLink, NO_PUBLIC_BASE_URL_WARNING, type CitizenLink } from './citizen-link.ts';
