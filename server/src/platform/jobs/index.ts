// Jobs: background work kept in PostgreSQL (reminders, escalations, email). Invariants: a job is enqueued in the
// transaction of the change that causes it, so both commit or neither; one process runs a job at a time; handlers
// are idempotent, because a job whose process died runs again once its lease ends.
export { jobs } from './tables.js';
export { enqueue, cancelJobs, purgeFinishedJobs, createJobRunner, isPermanent, type JobHandler, type JobInfo, type JobRunner, type NewJob } from './queue.js';
export { scheduleClock, cancelClock, type ClockQueues, type ClockJobData } from './clock.js';
