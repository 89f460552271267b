import { expect, test } from '@playwright/test';
import { TRANSCRIPTION_ERRORS } from '../../lib/server/http/transcription-route';
import { AssistantPage } from './pages/assistant-page';
import { installAnswerGate } from './support/answer-gate';

test.describe('HTTP transport on `next start` (no custom server, no WebSocket)', () => {
  test('the panel goes to HTTP by itself, without waiting on a socket, and says so only in its diagnostic line', async ({
    page,
  }) => {
    const gate = await installAnswerGate(page);
    // The page knows its server has no WebSocket door: no socket is even tried.
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    const assistant = await AssistantPage.opened(page);
    await expect(assistant.status).toHaveAttribute('data-transport', 'http');
    await expect(page.getByTestId('assistant-transport-http')).toHaveText('· vía HTTP');
    await gate.hold();
    const answer = await assistant.ask('¿Cuándo vence mi declaración si mi NIT termina en 07?');
    await expect(answer).toHaveAttribute('data-state', 'streaming');
    await gate.release();
    await assistant.waitForAnswer(answer);
    await expect(answer.locator('a[href^="https://"]').first()).toBeVisible();
    await expect(assistant.announcer).not.toBeEmpty();
    expect(sockets).toEqual([]);
  });

  test('answers over Server-Sent Events from the Next route handler', async ({ page }) => {
    await page.goto('/');
    const outcome = await page.evaluate(async () => {
      const events: Array<Record<string, unknown>> = [];
      const source = new EventSource('/api/assistant');
      const finished = new Promise<void>((resolve) => {
        source.onmessage = (message) => {
          const event = JSON.parse(String(message.data)) as Record<string, unknown>;
          events.push({ ...event, sseId: message.lastEventId });
          if (event.type === 'response') resolve();
        };
      });
      await new Promise((resolve) => source.addEventListener('message', resolve, { once: true }));
      const sent = await fetch('/api/assistant', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'e2e-http', message: '¿Qué es la UVT?' }),
      });
      await finished;
      source.close();
      const socket = await new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://${location.host}/ws/assistant/`, 'dian-assistant.v2');
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('unavailable');
        // Next may leave an unknown upgrade hanging rather than refuse it: that is unavailable too.
        setTimeout(() => resolve('unavailable'), 3_000);
      });
      return { status: sent.status, events, socket };
    });

    expect(outcome.status).toBe(202);
    expect(outcome.events[0]).toMatchObject({ type: 'connection', provider: 'local' });
    const final = outcome.events.at(-1) as Record<string, unknown>;
    expect(final).toMatchObject({ type: 'response', id: 'e2e-http' });
    expect(String(final.message)).toContain('UVT');
    expect(outcome.events.every((event) => event.sseId === String(event.seq))).toBe(true);
    // This is the host the HTTP transport exists for: the WebSocket path is not served at all.
    expect(outcome.socket).toBe('unavailable');
  });

  test('answers liveness and readiness probes from route handlers', async ({ request }) => {
    expect((await request.get('/api/health')).status()).toBe(200);
    const ready = await request.get('/api/ready');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', provider: 'local' });
  });
  test('serves voice transcription from the Next route handler, with the same checks', async ({ page }) => {
    await page.goto('/');
    const outcome = await page.evaluate(async () => {
      const post = () =>
        fetch('/api/voz/transcripcion', {
          method: 'POST',
          headers: { 'content-type': 'audio/webm', 'x-recording-duration-ms': '1200' },
          body: new Blob([new Uint8Array(2_000)], { type: 'audio/webm' }),
        }).then(async (response) => ({ status: response.status, body: (await response.json()) as unknown }));
      const withoutSession = await post();
      // The event stream hands out the session cookie; the recording then reaches the mode check.
      const source = new EventSource('/api/assistant');
      await new Promise((resolve) => source.addEventListener('message', resolve, { once: true }));
      source.close();
      return { withoutSession, withSession: await post() };
    });
    expect(outcome.withoutSession).toEqual({ status: 401, body: { error: TRANSCRIPTION_ERRORS.session } });
    // This `next start` runs offline: transcription needs OpenAI, and the answer says what to do instead.
    expect(outcome.withSession).toEqual({ status: 503, body: { error: TRANSCRIPTION_ERRORS.localMode } });
  });
});
