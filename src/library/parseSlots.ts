/**
 * Slots of the Int32Array a parse worker shares with its pool: the step running and the job's index + 1.
 * Kept apart from the worker module, whose top level warms the engine up and must run in workers only.
 */
export const PROGRESS_STEP = 0;
export const PROGRESS_JOB = 1;
