import { describe, expect, it } from 'vitest';
import { SseDataParser } from '../../lib/assistant/providers/sse-parser';

/** The parser fed and read as text, for readable cases; it works on bytes. */
class TextParser {
  private readonly parser = new SseDataParser();
  push(text: string | Buffer): string[] {
    return this.parser.push(typeof text === 'string' ? Buffer.from(text) : text).map(String);
  }
  end(): string | undefined {
    return this.parser.end()?.toString();
  }
}

function parseInPieces(pieces: Array<string | Buffer>): string[] {
  const parser = new TextParser();
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
    // Cut on bytes, as TCP cuts: inside «ñ» and «í» (two bytes each) too.
    const stream = Buffer.from(STREAM.replaceAll('\n', eol));
    for (let cut = 0; cut <= stream.length; cut += 1) {
      expect(parseInPieces([stream.subarray(0, cut), stream.subarray(cut)]), `cut at ${cut}`).toEqual(
        EXPECTED,
      );
    }
    expect(parseInPieces([...stream].map((byte) => Buffer.from([byte])))).toEqual(EXPECTED);
  });

  it('keeps an unfinished event until its empty line arrives', () => {
    const parser = new TextParser();
    expect(parser.push('data: {"a":1}\n')).toEqual([]);
    expect(parser.push('data: {"b":2}')).toEqual([]);
    expect(parser.push('\n\n')).toEqual(['{"a":1}\n{"b":2}']);
  });

  it('returns at the end of the stream a last event whose empty line never came, as the SDK 7 does', () => {
    const parser = new TextParser();
    expect(parser.push('data: {"a":1}\n\ndata: {"b":2}')).toEqual(['{"a":1}']);
    expect(parser.end()).toBe('{"b":2}');
    const closed = new TextParser();
    expect(closed.push('data: {"a":1}\r\n\r\n')).toEqual(['{"a":1}']);
    expect(closed.end()).toBeUndefined();
  });

  it('keeps a multibyte character split between two pieces whole, whichever byte the cut falls after', () => {
    const text = 'Año gravable: 2025 🇨🇴 — «señor»';
    const stream = Buffer.from(`data: {"delta":"${text}"}\n\n`);
    for (let cut = 0; cut <= stream.length; cut += 1) {
      for (const second of [cut, Math.min(stream.length, cut + 1), Math.min(stream.length, cut + 3)]) {
        const pieces = [stream.subarray(0, cut), stream.subarray(cut, second), stream.subarray(second)];
        expect(parseInPieces(pieces), `cut at ${cut} and ${second}`).toEqual([`{"delta":"${text}"}`]);
      }
    }
  });

  it('ends an event whose blank line is split between two pieces, LF or CRLF', () => {
    for (const [first, second] of [
      ['data: uno\n', '\ndata: dos\n\n'],
      ['data: uno\r\n', '\r\ndata: dos\r\n\r\n'],
      ['data: uno\r\n\r', '\ndata: dos\r\n\r\n'],
      ['data: uno\r', '\n\r\ndata: dos\r\n\r\n'],
    ]) {
      const parser = new TextParser();
      expect([...parser.push(first as string), ...parser.push(second as string)]).toEqual(['uno', 'dos']);
    }
  });

  it('hands over the data as a view of the chunk, without copying it, when the line arrived whole', () => {
    const parser = new SseDataParser();
    const chunk = Buffer.from('data: {"a":1}\n\n');
    const [data] = parser.push(chunk);
    expect(data?.buffer).toBe(chunk.buffer);
  });

  it('does not count a CRLF split between two pieces as two line ends', () => {
    const parser = new TextParser();
    expect(parser.push('data: uno\r')).toEqual([]);
    expect(parser.push('\ndata: dos\r\n\r\n')).toEqual(['uno\ndos']);
  });
});
