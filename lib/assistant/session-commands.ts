import type { ClientEvent, ServerEvent } from '../protocol';
import { errorEvent, type ErrorEvent } from './error-events';
import type { AssistantService } from './service';

/** What a client asks of its session; `ping` and `resume` concern the link, and each door answers them. */
export type SessionCommand = Extract<
  ClientEvent,
  { type: 'message' | 'reset' | 'stop' | 'erase' | 'feedback' }
>;

export type CommandOutcome =
  /** A reset, stop or feedback was carried out; its events reach the session's subscribers. */
  | { kind: 'done' }
  /** The session is gone everywhere (this process, the store, the upstream conversation) already. */
  | { kind: 'erased' }
  /** The question is queued or already being answered; its events reach the session's subscribers. */
  | { kind: 'queued'; id: string }
  /** The question's id was answered before: the asking client gets this final event again. */
  | { kind: 'answered'; event: ServerEvent }
  /** Turned away (rate limit, full queue, shutting down…): told to the asking client only. */
  | { kind: 'refused'; event: ErrorEvent; retryAfterSeconds?: number };

/**
 * The one path from any door to the core: every transport hands a parsed client event for a known session
 * here, and translates the outcome into its own bytes. Store failures reject (`StoreUnavailableError`);
 * the door reports them with `failureEvent`.
 */
export async function runSessionCommand(
  service: AssistantService,
  sessionId: string,
  command: SessionCommand,
  clientKey?: string,
): Promise<CommandOutcome> {
  await service.touch(sessionId);
  switch (command.type) {
    case 'reset':
      await service.reset(sessionId);
      return { kind: 'done' };
    case 'stop':
      await service.stop(sessionId);
      return { kind: 'done' };
    case 'erase':
      await service.erase(sessionId);
      return { kind: 'erased' };
    case 'feedback': {
      const outcome = await service.rate(sessionId, command.id, command.verdict);
      if (outcome.kind === 'recorded') return { kind: 'done' };
      // Without the answer's id: the refusal concerns the verdict, and the answer stays as it was.
      const { code, userMessage } = outcome.error;
      return { kind: 'refused', event: errorEvent(code, userMessage) };
    }
    case 'message': {
      const outcome = await service.submit(sessionId, { id: command.id, input: command.message }, clientKey);
      switch (outcome.kind) {
        case 'answered':
          return outcome;
        case 'rejected': {
          const { code, userMessage, retryAfterSeconds } = outcome.error;
          return {
            kind: 'refused',
            event: errorEvent(code, userMessage, command.id),
            ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
          };
        }
        default:
          return { kind: 'queued', id: outcome.id };
      }
    }
  }
}
