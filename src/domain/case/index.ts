export { decide, decideRegistration } from './decide.js';
export { evolve, replay } from './evolve.js';
export { missingDocuments } from './commands/check-documents.js';
export { COMMAND_STEP, guardTurn } from './steps.js';
export type * from './commands/types.js';
export type * from './events.js';
export type * from './types.js';
