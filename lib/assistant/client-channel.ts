import {
  CLIENT_ERRORS,
  parseClientEvent,
  TEXTS,
  toWire,
  type ProtocolVersion,
  type ServerEvent,
  type UnsequencedEvent,
} from '../protocol';
import type { AssistantService } from './service';
import type { Session } from './session';

/**
 * One client connection's view of a session, independent of the transport: it parses frames, forwards
 * valid ones to the service and serialises session events for the connection's protocol version.
 */
export class ClientChannel {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly service: AssistantService,
    readonly session: Session,
    readonly version: ProtocolVersion,
    private readonly deliver: (frame: string) => void,
  ) {}

  /** Greets the client and starts relaying the session's events to it. */
  open(): void {
    this.sendLocal({ type: 'connection', message: TEXTS.connected, provider: this.service.providerKind });
    this.unsubscribe = this.session.subscribe((event) => this.send(event));
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  receiveBinary(): void {
    this.sendLocal({ type: 'error', code: 'bad_request', message: CLIENT_ERRORS.binary });
  }

  receive(raw: string): void {
    const parsed = parseClientEvent(raw, this.version);
    if (!parsed.ok) {
      this.sendLocal({ type: 'error', code: 'bad_request', message: parsed.error });
      return;
    }
    const { event } = parsed;
    switch (event.type) {
      case 'reset':
        this.service.reset(this.session);
        return;
      case 'stop':
        this.service.stop(this.session);
        return;
      case 'message': {
        const outcome = this.service.submit(this.session, { id: event.id, input: event.message });
        if (outcome.kind === 'answered') this.send(outcome.event);
        if (outcome.kind === 'rejected') {
          this.sendLocal({
            type: 'error',
            id: event.id,
            code: outcome.error.code,
            message: outcome.error.userMessage,
          });
        }
        return;
      }
    }
  }

  private sendLocal(event: UnsequencedEvent): void {
    this.send(this.session.stamp(event));
  }

  private send(event: ServerEvent): void {
    const frame = toWire(event, this.version);
    if (frame !== undefined) this.deliver(frame);
  }
}
