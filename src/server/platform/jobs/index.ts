export { enqueueEvent, type OutboxEventInput } from './outbox.js';
export {
  createJobRunner,
  defaultBackoffMs,
  type JobEvent,
  type JobHandler,
  type JobLog,
  type JobRunner,
  type RunOutcome,
} from './runner.js';
export { describeError } from './safe-error.js';
export { enqueueDuePeriods, periodStartOf, type PeriodicJob, type PeriodicPayload } from './schedule.js';
