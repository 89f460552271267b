import { describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import {
  CLIENT_ERRORS,
  MAX_MESSAGE_CHARS,
  parseClientEvent,
  serverEventSchema,
  toWire,
  unknownTypeError,
  type ServerEvent,
} from '../../lib/protocol';

describe('parseClientEvent', () => {
  it('accepts the seed messages exactly as documented', () => {
    expect(parseClientEvent('{"type":"message","message":"¿Cómo lleno el formulario 210?"}', 1)).toEqual({
      ok: true,
      event: { type: 'message', message: '¿Cómo lleno el formulario 210?' },
    });
    expect(parseClientEvent('{"type":"reset"}', 1)).toEqual({ ok: true, event: { type: 'reset' } });
  });

  it('keeps v2 message ids and accepts stop only in v2', () => {
    expect(parseClientEvent('{"type":"message","id":"abc-1","message":"hola"}', 2)).toEqual({
      ok: true,
      event: { type: 'message', id: 'abc-1', message: 'hola' },
    });
    expect(parseClientEvent('{"type":"message","id":"abc-1","message":"hola"}', 1)).toEqual({
      ok: true,
      event: { type: 'message', message: 'hola' },
    });
    expect(parseClientEvent('{"type":"stop"}', 2)).toEqual({ ok: true, event: { type: 'stop' } });
    expect(parseClientEvent('{"type":"stop"}', 1)).toEqual({ ok: false, error: unknownTypeError('stop', 1) });
  });

  it('accepts ping only in v2, and never sends pong to v1', () => {
    expect(parseClientEvent('{"type":"ping"}', 2)).toEqual({ ok: true, event: { type: 'ping' } });
    expect(parseClientEvent('{"type":"ping"}', 1)).toEqual({ ok: false, error: unknownTypeError('ping', 1) });
    expect(toWire({ type: 'pong', seq: 0 }, 2)).toBe('{"type":"pong","seq":0}');
    expect(toWire({ type: 'pong', seq: 0 }, 1)).toBeUndefined();
  });

  it('accepts feedback only in v2, with a verdict, and never sends its echo to v1', () => {
    const feedback = { type: 'feedback', id: 'm-1', verdict: 'helpful' } as const;
    expect(parseClientEvent(JSON.stringify(feedback), 2)).toEqual({ ok: true, event: feedback });
    expect(parseClientEvent(JSON.stringify({ ...feedback, verdict: 'none' }), 2)).toMatchObject({ ok: true });
    expect(parseClientEvent(JSON.stringify(feedback), 1)).toEqual({
      ok: false,
      error: unknownTypeError('feedback', 1),
    });
    expect(parseClientEvent(JSON.stringify({ ...feedback, verdict: 'genial' }), 2)).toEqual({
      ok: false,
      error: CLIENT_ERRORS.badVerdict,
    });
    expect(parseClientEvent('{"type":"feedback","verdict":"helpful"}', 2)).toEqual({
      ok: false,
      error: CLIENT_ERRORS.badId,
    });
    expect(toWire({ ...feedback, seq: 9 }, 1)).toBeUndefined();
    expect(toWire({ ...feedback, seq: 9 }, 2)).toBe(
      '{"type":"feedback","id":"m-1","verdict":"helpful","seq":9}',
    );
  });

  it.each([
    ['not JSON', '{type: message}', CLIENT_ERRORS.notJson],
    ['a JSON string', '"hola"', CLIENT_ERRORS.notObject],
    ['a JSON array', '[1,2]', CLIENT_ERRORS.notObject],
    ['null', 'null', CLIENT_ERRORS.notObject],
    ['no type', '{"message":"hola"}', CLIENT_ERRORS.missingType],
    ['no message', '{"type":"message"}', CLIENT_ERRORS.missingMessage],
    ['a numeric message', '{"type":"message","message":42}', CLIENT_ERRORS.messageNotText],
    ['an empty message', '{"type":"message","message":""}', CLIENT_ERRORS.emptyMessage],
    ['a blank message', '{"type":"message","message":"  \\n\\t "}', CLIENT_ERRORS.emptyMessage],
    ['a bad id', '{"type":"message","id":"no spaces!","message":"hola"}', CLIENT_ERRORS.badId],
    ['an id that is not text', '{"type":"message","id":42,"message":"hola"}', CLIENT_ERRORS.badId],
    ['a type that cannot be turned into text', '{"type":{"toString":1}}', unknownTypeError('object', 2)],
  ])('rejects %s with a Spanish explanation', (_label, raw, error) => {
    expect(parseClientEvent(raw, 2)).toEqual({ ok: false, error });
  });

  it('names the unknown type and the valid ones', () => {
    const result = parseClientEvent('{"type":"hack"}', 2);
    expect(result).toEqual({ ok: false, error: unknownTypeError('hack', 2) });
    expect(unknownTypeError('hack', 2)).toContain('"hack"');
    expect(unknownTypeError('hack', 2)).toContain('"stop"');
    expect(unknownTypeError('x'.repeat(500), 1).length).toBeLessThan(140);
  });

  it('does not treat inherited object keys as message types', () => {
    expect(parseClientEvent('{"type":"constructor"}', 2).ok).toBe(false);
    expect(parseClientEvent('{"type":"__proto__"}', 2).ok).toBe(false);
  });

  it('counts the limit in characters, not UTF-16 units', () => {
    const emoji = '😀'.repeat(MAX_MESSAGE_CHARS);
    expect(parseClientEvent(JSON.stringify({ type: 'message', message: emoji }), 1).ok).toBe(true);
    const tooLong = 'a'.repeat(MAX_MESSAGE_CHARS + 1);
    expect(parseClientEvent(JSON.stringify({ type: 'message', message: tooLong }), 1)).toEqual({
      ok: false,
      error: CLIENT_ERRORS.tooLong,
    });
    expect(CLIENT_ERRORS.tooLong).toContain('4.000');
  });
});

describe('toWire', () => {
  const response: ServerEvent = { type: 'response', id: 'm1', message: 'Hola', seq: 7 };

  it('gives v1 clients exactly the seed shape', () => {
    expect(toWire(response, 1)).toBe('{"type":"response","message":"Hola"}');
    expect(
      toWire(
        { type: 'connection', message: 'Conectado al asistente virtual DIAN', seq: 1, provider: 'local' },
        1,
      ),
    ).toBe('{"type":"connection","message":"Conectado al asistente virtual DIAN"}');
    expect(toWire({ type: 'error', code: 'bad_request', message: 'x', seq: 2 }, 1)).toBe(
      '{"type":"error","message":"x"}',
    );
  });

  it('never sends deltas to v1 clients', () => {
    expect(toWire({ type: 'delta', id: 'm1', delta: 'Ho', seq: 3 }, 1)).toBeUndefined();
  });

  it('sends v2 events whole, and they validate against the schema', () => {
    const wire = toWire(response, 2) as string;
    expect(serverEventSchema.parse(JSON.parse(wire))).toEqual(response);
  });
});

describe('spent daily budget', () => {
  it('reaches the page as a known error, so the panel shows its Spanish message instead of dropping it', () => {
    const event = {
      type: 'error',
      id: 'q1',
      code: 'budget_exhausted',
      message: USER_ERRORS.budgetExhausted,
      seq: 4,
    };
    expect(serverEventSchema.safeParse(event)).toMatchObject({ success: true, data: event });
  });
});
