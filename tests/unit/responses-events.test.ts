import { describe, expect, it } from 'vitest';
import {
  MalformedEventError,
  parseResponsesStreamEvent,
} from '../../lib/assistant/providers/responses-events';

const parse = (text: string) => parseResponsesStreamEvent(Buffer.from(text));
const usage = { input_tokens: 120, input_tokens_details: { cached_tokens: 0 }, output_tokens: 7 };
/** The shape the API writes: the echoed request first, `usage` near the end. */
const completed = (response: Record<string, unknown>) =>
  JSON.stringify({ type: 'response.completed', sequence_number: 9, response });

describe('parseResponsesStreamEvent', () => {
  it('skips the events it never reads on their leading bytes, even when the rest is not JSON', () => {
    expect(parse('{"type":"response.created","response":{ no es json')).toEqual({ kind: 'other' });
    expect(parse('{"type":"response.function_call_arguments.delta", …')).toEqual({ kind: 'other' });
    // Another spelling is parsed and checked as usual.
    expect(() => parse('{ "type": "response.created", roto')).toThrow(MalformedEventError);
  });

  it('reads a delta with multibyte text, and refuses one whose delta is not text', () => {
    expect(parse('{"type":"response.output_text.delta","delta":"Año 🇨🇴 «sí»"}')).toEqual({
      kind: 'text',
      delta: 'Año 🇨🇴 «sí»',
    });
    expect(() => parse('{"type":"response.output_text.delta","delta":42}')).toThrow(MalformedEventError);
    expect(() => parse('{"type":"response.output_text.delta"}')).toThrow(MalformedEventError);
  });

  it('reads the text of a delta as the API writes it off the bytes, and anything less plain by parsing it', () => {
    const event = (members: string) => parse(`{"type":"response.output_text.delta",${members}}`);
    const plain =
      '"sequence_number":4,"item_id":"msg_0a1","output_index":0,"content_index":0,"delta":"Año 🇨🇴 «sí»","logprobs":[],"obfuscation":"Xy3"';
    expect(event(plain)).toEqual({ kind: 'text', delta: 'Año 🇨🇴 «sí»' });
    expect(event('"delta":""')).toEqual({ kind: 'text', delta: '' });
    // Escapes in the text: unescaped by the full parse.
    expect(event('"item_id":"m","delta":"dijo \\"sí\\"\\n\\\\"')).toEqual({
      kind: 'text',
      delta: 'dijo "sí"\n\\',
    });
    // A "delta" inside a nested member or a string before the event's own is not the text.
    expect(event('"meta":{"delta":"no"},"delta":"sí"')).toEqual({ kind: 'text', delta: 'sí' });
    expect(event('"logprobs":[{"delta":"no"}],"delta":"sí"')).toEqual({ kind: 'text', delta: 'sí' });
    expect(event('"item_id":"a\\"delta\\":\\"no","delta":"sí"')).toEqual({ kind: 'text', delta: 'sí' });
    // A repeated key: the last one, as JSON.parse reads it.
    expect(event('"delta":"no","delta":"sí"')).toEqual({ kind: 'text', delta: 'sí' });
    // Only the text and what precedes it are looked at: members after it are not read, broken or not.
    expect(event('"delta":"sí","logprobs":[ roto')).toEqual({ kind: 'text', delta: 'sí' });
    // Not JSON up to the text: still a malformed event.
    expect(() => event('"delta":"sí" roto')).toThrow(MalformedEventError);
    expect(() => event('"delta":"sí')).toThrow(MalformedEventError);
  });

  it("reads response.completed's usage without parsing the echoed response", () => {
    const event = completed({
      instructions: 'Nunca escribas "usage":{"input_tokens":1} ni llaves { sueltas',
      tools: [{ name: 'x', parameters: { properties: { usage: { type: 'object' } } } }],
      output: [{ type: 'message', content: [{ text: 'texto con } y {' }] }],
      usage,
      user: null,
      metadata: { usage: 'una etiqueta' },
    });
    expect(parse(event)).toEqual({ kind: 'completed', inputTokens: 120, outputTokens: 7 });
    // Only the usage object and the leading type are looked at: a broken echo before it goes unnoticed.
    const broken = event.replace('"output":[', '"output":[ roto');
    expect(parse(broken)).toEqual({ kind: 'completed', inputTokens: 120, outputTokens: 7 });
  });

  it('parses the whole completed event when its usage cannot be read on its own', () => {
    // No usage, or null: nothing spent (an OpenAI-compatible endpoint that does not count).
    expect(parse(completed({ usage: null }))).toEqual({ kind: 'completed', inputTokens: 0, outputTokens: 0 });
    expect(parse('{"type":"response.completed"}')).toEqual({
      kind: 'completed',
      inputTokens: 0,
      outputTokens: 0,
    });
    // The last "usage":{ is a tool's, the response's own is null: the full parse finds the truth.
    expect(parse(completed({ usage: null, tools: [{ parameters: { usage: { type: 'object' } } }] }))).toEqual(
      { kind: 'completed', inputTokens: 0, outputTokens: 0 },
    );
    // A wrong usage is still a malformed event.
    expect(() => parse(completed({ usage: { input_tokens: -1, output_tokens: 2 } }))).toThrow(
      MalformedEventError,
    );
    // Whitespace the API does not write: parsed whole, same result.
    expect(
      parse(
        '{ "type": "response.completed", "response": { "usage": { "input_tokens": 3, "output_tokens": 4 } } }',
      ),
    ).toEqual({ kind: 'completed', inputTokens: 3, outputTokens: 4 });
  });
});
