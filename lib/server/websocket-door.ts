import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { ClientChannel } from '../assistant/client-channel';
import { tooManyFramesMessage, USER_ERRORS } from '../assistant/errors';
import { errorEvent, openRefusal, unnumbered } from '../assistant/error-events';
import { relayFrames, type FrameRelay } from './ws-inbound';
import { MAX_FRAME_BYTES, toWire, type ErrorCode, type ProtocolVersion } from '../protocol';
import { clientIp } from './client-ip';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import { isOriginAllowed } from './origin';
import type { AssistantRuntime } from './runtime';
import { identifySession, type SessionIdentity } from './session-identity';
import { CLOSE_GOING_AWAY, CLOSE_POLICY_VIOLATION, CLOSE_TRY_AGAIN_LATER, PROTOCOL_V2 } from '../wire';
import { sessionLogTag } from '../assistant/session-log-tag';

export const SHUTDOWN_CLOSE_REASON = 'El servidor se está reiniciando';

type GatewayConfig = Pick<
  AppConfig,
  | 'ALLOWED_ORIGINS'
  | 'SESSION_SECRET'
  | 'COOKIE_SECURE'
  | 'WS_HEARTBEAT_MS'
  | 'WS_MAX_BUFFERED_BYTES'
  | 'MAX_CONNECTIONS_PER_IP'
  | 'TRUST_PROXY'
  | 'CLIENT_IP_HEADER'
>;

/**
 * The WebSocket door into the assistant: Origin check, session cookie, protocol version, heartbeat and
 * shutdown. Everything the assistant does lives behind `ClientChannel`.
 */
export class WebSocketDoor {
  private readonly wss: WebSocketServer;
  private readonly handshakes = new WeakMap<IncomingMessage, SessionIdentity>();
  private readonly alive = new WeakSet<WebSocket>();
  private readonly heartbeat: NodeJS.Timeout;
  private closing = false;

  constructor(
    private readonly config: GatewayConfig,
    private readonly runtime: AssistantRuntime,
    private readonly logger: Logger,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: MAX_FRAME_BYTES,
      perMessageDeflate: false,
      handleProtocols: (protocols) => (protocols.has(PROTOCOL_V2) ? PROTOCOL_V2 : false),
    });
    this.wss.on('headers', (headers, request) => {
      const setCookie = this.handshakes.get(request)?.setCookie;
      if (setCookie) headers.push(`Set-Cookie: ${setCookie}`);
    });
    this.heartbeat = setInterval(() => this.checkHeartbeats(), config.WS_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get connectionCount(): number {
    return this.wss.clients.size;
  }

  /** Connections whose socket is not being read because their frames are still being handled. */
  get pausedCount(): number {
    let paused = 0;
    for (const ws of this.wss.clients) if (ws.isPaused) paused += 1;
    return paused;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closing) return rejectUpgrade(socket, 503, 'Service Unavailable');
    if (!isOriginAllowed(request.headers.origin, request.headers.host, this.config.ALLOWED_ORIGINS)) {
      this.logger.warn('ws.origin_refused', { origin: request.headers.origin });
      return rejectUpgrade(socket, 403, 'Forbidden');
    }
    this.handshakes.set(request, identifySession(request.headers.cookie, this.config));
    this.wss.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws, request));
  }

  /** New connections are refused from now on (503), while running answers drain in the core. */
  stopAccepting(): void {
    this.closing = true;
  }

  /** Closes every socket with 1001; the runtime drained the core before, so what was said has been sent. */
  async close(): Promise<void> {
    this.stopAccepting();
    clearInterval(this.heartbeat);
    const closed = [...this.wss.clients].map(
      (ws) =>
        new Promise<void>((resolve) => {
          if (ws.readyState === WebSocket.CLOSED) return resolve();
          ws.once('close', () => resolve());
          // Already sent its close frame (refused, or cut off and no longer read): nothing left to tell it.
          if (ws.readyState === WebSocket.CLOSING) return ws.terminate();
          ws.close(CLOSE_GOING_AWAY, SHUTDOWN_CLOSE_REASON);
          // A peer that never answers the close handshake must not hold the process open.
          setTimeout(() => ws.terminate(), 2_000).unref();
        }),
    );
    await Promise.all(closed);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(ws: WebSocket, request: IncomingMessage): void {
    const version = ws.protocol === PROTOCOL_V2 ? 2 : 1;
    const handshake = this.handshakes.get(request) as SessionIdentity;
    const ip = clientIp(request, this.config);
    // Opening a connection costs like a frame, so a client that reconnects to start afresh pays for it.
    const opening = this.runtime.inbound.takeForAddress(ip);
    if (!opening.allowed) {
      this.runtime.refusals.count('frame_flood');
      refuseConnection(ws, version, {
        code: 'rate_limited',
        message: tooManyFramesMessage(opening.retryAfterMs),
        closeCode: CLOSE_POLICY_VIOLATION,
        closeReason: 'Demasiados mensajes',
      });
      return;
    }
    if (!this.runtime.connectionsPerIp.acquire(ip)) {
      this.logger.warn('ws.too_many_connections');
      this.runtime.refusals.count('connections_per_address');
      refuseConnection(ws, version, {
        code: 'rate_limited',
        message: USER_ERRORS.tooManyConnections,
        closeCode: CLOSE_POLICY_VIOLATION,
        closeReason: 'Demasiadas conexiones',
      });
      return;
    }
    this.runtime.metrics.connections.opened('websocket');
    ws.once('close', () => {
      this.runtime.connectionsPerIp.release(ip);
      this.runtime.metrics.connections.closed('websocket');
    });
    const session = sessionLogTag(handshake.sessionId);
    const channel = new ClientChannel({
      service: this.runtime.service,
      sessionId: handshake.sessionId,
      version,
      clientKey: ip,
      resumeWindow: true,
      deliver: (frame) => {
        if (ws.readyState !== WebSocket.OPEN) return;
        // A reader that stopped reading must not make the server hold its answers in memory forever:
        // cut it; the client resumes from its last seq when it reads again.
        if (ws.bufferedAmount > this.config.WS_MAX_BUFFERED_BYTES) {
          this.logger.warn('ws.slow_reader', { session });
          this.runtime.refusals.count('slow_reader');
          ws.terminate();
          return;
        }
        ws.send(frame);
      },
      onFailure: (error) => this.logger.warn('ws.frame_failed', { session, error: (error as Error)?.name }),
      // Only after `frames` exists: the channel handles nothing before it is opened below.
      onDrained: () => frames.drained(),
    });
    this.alive.add(ws);
    ws.on('pong', () => this.alive.add(ws));
    const frames: FrameRelay = relayFrames(
      ws,
      request.socket,
      channel,
      this.runtime.inbound.forConnection(ip),
      (abuse) => {
        // One line per closed connection, never per frame: a flood must not become a log flood.
        this.logger.warn('ws.inbound_abuse', { session, kind: abuse.kind });
        this.runtime.refusals.count(abuse.kind);
        refuseConnection(ws, version, {
          code: 'rate_limited',
          message:
            abuse.kind === 'frame_flood'
              ? tooManyFramesMessage(abuse.retryAfterMs)
              : USER_ERRORS.inboundBacklog,
          closeCode: CLOSE_POLICY_VIOLATION,
          closeReason: abuse.kind === 'frame_flood' ? 'Demasiados mensajes' : 'Mensajes sin atender',
        });
      },
    );
    ws.on('error', (error: Error & { code?: string }) => {
      // ws closes the socket itself (1009 for frames over maxPayload); only record why.
      this.logger.warn('ws.error', { session, code: error.code ?? error.name });
    });
    ws.on('close', (code) => {
      channel.close();
      this.logger.info('ws.closed', { session, code });
    });
    channel.open().then(
      () => this.logger.info('ws.connected', { session, version }),
      (error: unknown) => {
        channel.close();
        if (ws.readyState !== WebSocket.OPEN) return;
        const refusal = openRefusal(error);
        if (refusal.limit) this.runtime.refusals.count(refusal.limit);
        this.logger.warn('ws.open_refused', { session, code: refusal.code, error: (error as Error)?.name });
        refuseConnection(ws, version, { ...refusal, closeCode: CLOSE_TRY_AGAIN_LATER });
      },
    );
  }

  private checkHeartbeats(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.delete(ws);
      ws.ping();
    }
  }
}

/**
 * Explains in Spanish why an opened socket is turned away, then closes it. No session numbers the event,
 * hence seq 0; close reasons must stay short (123 bytes), so they only name the cause.
 */
function refuseConnection(
  ws: WebSocket,
  version: ProtocolVersion,
  refusal: { code: ErrorCode; message: string; closeCode: number; closeReason: string },
): void {
  ws.send(toWire(unnumbered(errorEvent(refusal.code, refusal.message)), version) as string);
  ws.close(refusal.closeCode, refusal.closeReason);
}

export function rejectUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n`,
    );
  }
  socket.destroy();
}
