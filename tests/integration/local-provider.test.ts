import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

let server: TestServer;
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

beforeAll(async () => {
  server = await startTestServer({ LOCAL_STREAM_DELAY_MS: '1' });
});

afterAll(async () => {
  await server.close();
});

describe('offline mode (no OPENAI_API_KEY)', () => {
  it('says it is the local provider and streams a sourced answer in Spanish', async () => {
    const client = await TestClient.connect(server.wsUrl, { v2: true });
    expect(await client.next()).toMatchObject({ type: 'connection', provider: 'local' });
    client.send({ type: 'message', id: 'f210', message: '¿Quién usa el formulario 210?' });
    const events = await client.until(isFinal);
    const final = events.at(-1) as WireEvent;
    expect(final.type).toBe('response');
    expect(events.filter((event) => event.type === 'delta').length).toBeGreaterThan(3);
    expect(final.message).toMatch(/210/);
    expect(final.message).toMatch(/\]\(https:\/\/[a-z.]*dian\.gov\.co/);
    expect(final.message).toMatch(/20\d\d/);
    client.close();
  });

  it('says honestly when it does not know, pointing to DIAN channels', async () => {
    const client = await TestClient.connect(server.wsUrl);
    await client.next();
    client.send({ type: 'message', message: 'Dame una receta de ajiaco santafereño' });
    const final = await client.next();
    expect(final.type).toBe('response');
    expect(final.message).toMatch(/dian\.gov\.co/);
    expect(final.message).not.toMatch(/ajiaco.*(papa|pollo)/i);
    client.close();
  });
});
