/** Life events: what happened to a citizen, and the procedures it leads to. */
export { createLifeEvents, getLifeEvents, matchLifeEvents, LifeEventSchema, type LifeEvent, type LifeEventMatch, type LifeEvents } from './life-events.ts';
