import { request, type ClientRequest } from 'node:http';
import type { Attack } from '../attacker-protocol';
import { Tally } from '../counter';
import { connectWebSocket, CookieJar, failureName, originOf, sleep } from '../wire';

const TRANSCRIPTION_PATH = '/api/voz/transcripcion';
const DECLARED_BYTES = 4 * 1024 * 1024;
const TRICKLE_BYTES = 4;
const TRICKLE_EVERY_MS = 1_000;

interface Upload {
  request: ClientRequest;
  /** Set once the server answered or dropped the upload. */
  outcome?: string;
}

/** A session cookie, as a browser gets one: from the Set-Cookie of a WebSocket handshake. */
async function sessionCookie(context: Parameters<Attack>[0]): Promise<CookieJar> {
  const jar = new CookieJar();
  const socket = await connectWebSocket(context.target, { localAddress: context.localAddress, jar });
  socket.close();
  if (jar.empty) throw new Error('the handshake set no cookie');
  return jar;
}

function startUpload(context: Parameters<Attack>[0], jar: CookieJar): Upload {
  const upload: Upload = {
    request: request({
      host: context.target.host,
      port: context.target.port,
      path: TRANSCRIPTION_PATH,
      method: 'POST',
      localAddress: context.localAddress,
      agent: false,
      headers: {
        'content-type': 'audio/webm',
        'content-length': DECLARED_BYTES,
        origin: originOf(context.target),
        ...jar.header(),
      },
    }),
  };
  upload.request.on('response', (response) => {
    upload.outcome ??= String(response.statusCode);
    response.resume();
  });
  upload.request.on('error', (error) => (upload.outcome ??= failureName(error)));
  upload.request.on('close', () => (upload.outcome ??= 'closed by server'));
  upload.request.write(Buffer.alloc(TRICKLE_BYTES));
  return upload;
}

/**
 * Attack 5: voice uploads declaring 4 MiB, each from its own session, sending a few bytes a second. A
 * per-address cap must keep fewer of them open at once than the per-minute clip budget alone would.
 */
export const slowUploads: Attack = async (context) => {
  const uploads: Upload[] = [];
  const cookies = new Tally();
  while (uploads.length < context.count && !context.over()) {
    try {
      uploads.push(startUpload(context, await sessionCookie(context)));
    } catch (error) {
      cookies.add(failureName(error));
    }
  }
  let peakHeld = 0;
  do {
    // Counted a trickle after the last upload started, so refusals have had time to arrive.
    await sleep(TRICKLE_EVERY_MS);
    const held = uploads.filter((upload) => upload.outcome === undefined);
    peakHeld = Math.max(peakHeld, held.length);
    for (const upload of held) upload.request.write(Buffer.alloc(TRICKLE_BYTES));
  } while (!context.over());
  const outcomes = new Tally();
  for (const upload of uploads) {
    outcomes.add(upload.outcome ?? 'still uploading');
    upload.request.destroy();
  }
  const budget = context.limits.ratePerAddressPerMinute;
  return {
    did: `${uploads.length} slow uploads (${DECLARED_BYTES / 1024 / 1024} MiB declared, ${TRICKLE_BYTES} B/s): ${outcomes}${cookies.total() > 0 ? `; cookie failures: ${cookies}` : ''}`,
    checks: [
      {
        name: 'concurrent uploads per address capped',
        // Below the budget whatever refused them: a cap on uploads, or on the sessions that carry them.
        passed: peakHeld < budget,
        detail: `${peakHeld} uploads held open at once from one address (the per-minute clip budget alone allows ${budget})`,
      },
    ],
  };
};
