import { DEFAULT_CHUNK_DELAY_MS, MARKER_DELTAS_BEFORE_FAULT, type Behavior } from './behaviors';
import type { Exchange } from './exchange';
import { serverErrorMessage } from './http-replies';
import { splitText, type ResponseStreamWriter } from './response-stream';

// Function calls are streamed by the request handler, which must remember their ids for the next turn.
type StreamBehavior = Exclude<Behavior, { kind: 'http-error' } | { kind: 'function-call' }>;

/** Plays a behaviour as one Responses API event stream, or as silence for `hang`. */
export async function runBehavior(
  writer: ResponseStreamWriter,
  exchange: Exchange,
  behavior: StreamBehavior,
  fallbackText: string,
): Promise<void> {
  switch (behavior.kind) {
    case 'hang':
      // Keep the request open without headers until the client gives up or the fake closes.
      return;
    case 'text': {
      writer.open();
      await writer.begin();
      await writer.openMessage();
      const chunks = splitText(behavior.text, behavior.chunkSize ?? 'word');
      if (!(await writer.streamChunks(chunks, behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS))) return;
      await writer.complete();
      return;
    }
    case 'paced': {
      writer.open();
      await writer.begin();
      await writer.openMessage();
      if (!(await writer.streamPaced(behavior.deltas, behavior.intervalMs))) return;
      await writer.complete();
      return;
    }
    case 'held': {
      writer.open();
      await writer.begin();
      await writer.openMessage();
      const chunks = splitText(behavior.text ?? fallbackText);
      const delayMs = behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS;
      const before = Math.min(behavior.afterDeltas ?? MARKER_DELTAS_BEFORE_FAULT, chunks.length);
      if (!(await writer.streamChunks(chunks, delayMs, before))) return;
      if (behavior.trickleMs === undefined) {
        if (!(await exchange.until(behavior.release))) return;
      } else if (!(await writer.trickleUntil(behavior.release, behavior.trickleMs))) {
        return;
      }
      if (!(await writer.streamChunks(chunks.slice(before), delayMs))) return;
      await writer.complete();
      return;
    }
    case 'stall':
    case 'cut': {
      writer.open();
      await writer.begin();
      const chunks = splitText(behavior.text ?? fallbackText);
      const limit = Math.max(0, Math.min(behavior.afterDeltas, chunks.length));
      if (limit > 0) {
        await writer.openMessage();
        if (!(await writer.streamChunks(chunks, behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS, limit)))
          return;
      }
      // A stall leaves the socket open and silent; a cut drops it before any terminal event.
      if (behavior.kind === 'cut') exchange.destroy();
      return;
    }
    case 'failed':
    case 'error-event': {
      writer.open();
      await writer.begin();
      const chunks = splitText(behavior.text ?? fallbackText);
      const limit = Math.max(0, Math.min(behavior.afterDeltas ?? 0, chunks.length));
      if (limit > 0) {
        await writer.openMessage();
        if (!(await writer.streamChunks(chunks, behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS, limit)))
          return;
      }
      const message = behavior.message ?? serverErrorMessage(writer.requestId);
      if (behavior.kind === 'failed') await writer.fail(message);
      else await writer.errorEvent(behavior.shape ?? 'nested', behavior.code ?? 'server_error', message);
      return;
    }
  }
}
