import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { ClientChannel } from '../assistant/client-channel';
import { INBOUND_BACKLOG, type ConnectionBudget } from './inbound-budget';

export type InboundAbuse = { kind: 'frame_flood'; retryAfterMs: number } | { kind: 'inbound_backlog' };

/** How long an abusive sender has to read its error and close frame before its socket is destroyed. */
const ABUSER_CLOSE_GRACE_MS = 2_000;

export interface FrameRelay {
  /** The channel handled everything: read the socket again (unless it was cut off). */
  drained(): void;
}

/**
 * Feeds a socket's frames to its channel within the connection's budget: every frame is charged before it
 * is even decoded, reading stops while the channel is behind, and the first abuse is reported once (the
 * caller sends the error and close frame); from then on the socket is never read again: it is half-closed
 * at once, so the client sees the close without the server waiting for its reply, and destroyed shortly after.
 */
export function relayFrames(
  ws: WebSocket,
  socket: Duplex,
  channel: ClientChannel,
  budget: ConnectionBudget,
  onAbuse: (abuse: InboundAbuse) => void,
): FrameRelay {
  let abused = false;
  const refuse = (abuse: InboundAbuse) => {
    abused = true;
    ws.pause();
    onAbuse(abuse);
    // After the frames just queued: the FIN tells the client the server is done without reading its reply.
    socket.end();
    setTimeout(() => ws.terminate(), ABUSER_CLOSE_GRACE_MS).unref();
  };
  ws.on('message', (data, isBinary) => {
    if (abused) return;
    const charge = budget.take();
    if (!charge.allowed) return refuse({ kind: 'frame_flood', retryAfterMs: charge.retryAfterMs });
    // Frames the socket had already read when it was paused: a sender past this is not slowing down.
    if (channel.backlog >= INBOUND_BACKLOG.closeAt) return refuse({ kind: 'inbound_backlog' });
    if (isBinary) channel.receiveBinary();
    else channel.receive(data.toString());
    if (channel.backlog >= INBOUND_BACKLOG.pauseAt) ws.pause();
  });
  return {
    drained: () => {
      if (!abused) ws.resume();
    },
  };
}
