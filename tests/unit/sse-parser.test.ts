import { describe, expect, it } from 'vitest';
import { SseDataParser } from '../../lib/assistant/providers/sse-parser';

function parseInPieces(pieces: string[]): string[] {
  const parser = new SseDataParser();
  return pieces.flatMap((piece) => parser.push(piece));
}

const STREAM =
  'event: response.created\ndata: {"type":"response.created"}\n\n' +
  ': keep-alive comment\n\n' +
  'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"Hola, señor"}\n\n' +
  'data:sin espacio\n\n' +
  'data: línea uno\ndata: línea dos\nid: 7\nretry: 1000\n\n' +
  'data\n\n' +
  'dataX: no es un campo data\n\n';

const EXPECTED = [
  '{"type":"response.created"}',
  '{"type":"response.output_text.delta","delta":"Hola, señor"}',
  'sin espacio',
  'línea uno\nlínea dos',
  '',
];

describe('SseDataParser', () => {
  it('returns the data of each event, joining data lines and skipping comments and other fields', () => {
    expect(parseInPieces([STREAM])).toEqual(EXPECTED);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('accepts %s line ends, whatever way the text is cut into pieces', (_name, eol) => {
    const stream = STREAM.replaceAll('\n', eol);
    for (let cut = 0; cut <= stream.length; cut += 1) {
      expect(parseInPieces([stream.slice(0, cut), stream.slice(cut)]), `cut at ${cut}`).toEqual(EXPECTED);
    }
    expect(parseInPieces([...stream])).toEqual(EXPECTED);
  });

  it('keeps an unfinished event until its empty line arrives', () => {
    const parser = new SseDataParser();
    expect(parser.push('data: {"a":1}\n')).toEqual([]);
    expect(parser.push('data: {"b":2}')).toEqual([]);
    expect(parser.push('\n\n')).toEqual(['{"a":1}\n{"b":2}']);
  });

  it('returns at the end of the stream a last event whose empty line never came, as the SDK 7 does', () => {
    const parser = new SseDataParser();
    expect(parser.push('data: {"a":1}\n\ndata: {"b":2}')).toEqual(['{"a":1}']);
    expect(parser.end()).toBe('{"b":2}');
    const closed = new SseDataParser();
    expect(closed.push('data: {"a":1}\r\n\r\n')).toEqual(['{"a":1}']);
    expect(closed.end()).toBeUndefined();
  });

  it('does not count a CRLF split between two pieces as two line ends', () => {
    const parser = new SseDataParser();
    expect(parser.push('data: uno\r')).toEqual([]);
    expect(parser.push('\ndata: dos\r\n\r\n')).toEqual(['uno\ndos']);
  });
});
