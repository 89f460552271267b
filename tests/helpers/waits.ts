/**
 * How long a test waits for something the server is expected to do, in one place. Sized for a 2-core
 * machine with one core busy (`bash .ci/run-busy`): a wait that runs out means it never happened, not that
 * the machine was slow. A test proving that something does NOT happen picks its own short wait.
 */
export const EVENT_WAIT_MS = 15_000;
/** For a run of events, such as a whole answer. */
export const SEQUENCE_WAIT_MS = 30_000;
