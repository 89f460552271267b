import { WebSocket } from 'ws';
import { clockMicros } from '../../tests/fakes/paced-answer';
import type { Endpoint } from '../load-protocol';
import {
  ASSISTANT_WS_PATH,
  CONNECT_TIMEOUT_MS,
  PROTOCOL_V2,
  type EventHandler,
  type LoadConnection,
  type WireEvent,
} from './wire';

/** A protocol v2 WebSocket client; resolves once the `connection` event arrived. */
export function openWsConnection(
  endpoint: Endpoint,
  localAddress: string,
  onEvent: EventHandler,
): Promise<LoadConnection> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${endpoint.host}:${endpoint.port}${ASSISTANT_WS_PATH}`, PROTOCOL_V2, {
      localAddress,
      perMessageDeflate: false,
      handshakeTimeout: CONNECT_TIMEOUT_MS,
    });
    const connection: LoadConnection = {
      ask: (id, question) => ws.send(JSON.stringify({ type: 'message', id, message: question })),
      close: () => ws.terminate(),
    };
    let opened = false;
    ws.on('message', (data) => {
      const arrivalUs = clockMicros();
      const event = JSON.parse(data.toString()) as WireEvent;
      if (!opened && event.type === 'connection') {
        opened = true;
        resolve(connection);
        return;
      }
      onEvent(event, arrivalUs);
    });
    ws.on('error', (error) => {
      if (!opened) reject(error);
    });
    ws.on('close', (code) => {
      if (!opened) reject(new Error(`closed before the connection event (${code})`));
      else onEvent({ type: 'closed', code: String(code) }, clockMicros());
    });
  });
}
