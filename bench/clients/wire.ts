/** The few fields of a protocol v2 server event the load generator reads. */
export interface WireEvent {
  type: string;
  id?: string;
  delta?: string;
  message?: string;
  code?: string;
  session?: string;
}

/** Called with each event and its arrival time (CLOCK_MONOTONIC µs, taken before parsing). */
export type EventHandler = (event: WireEvent, arrivalUs: number) => void;

/** One connected client, WebSocket or HTTP/SSE. */
export interface LoadConnection {
  ask(id: string, question: string): void;
  close(): void;
}

export {
  ASSISTANT_HTTP_PATH,
  ASSISTANT_WS_PATH,
  PROTOCOL_V2,
  SESSION_TOKEN_HEADER as SESSION_HEADER,
} from '../../lib/wire';
/** Connecting must not take forever when the target is saturated; this bounds one attempt. */
export const CONNECT_TIMEOUT_MS = 30_000;
