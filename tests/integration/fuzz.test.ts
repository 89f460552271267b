import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { INBOUND_BACKLOG } from '../../lib/server/inbound-budget';
import {
  CLIENT_ERRORS,
  MAX_FRAME_BYTES,
  MAX_MESSAGE_CHARS,
  MAX_SESSION_TOKEN_CHARS,
  TEXTS,
  type ProtocolVersion,
} from '../../lib/protocol';
import { chaosSeed, randomInt, seededRandom, type Random } from '../helpers/chaos-proxy';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

const SEED = chaosSeed();
const REPLAY = `replay with CHAOS_SEED=${SEED}`;
const LANES: ProtocolVersion[] = [1, 1, 2, 2];
const FRAMES_PER_LANE = 5_000;
/**
 * Frames in flight before waiting for their replies: enough to keep the server busy, few enough to
 * pinpoint, and well under the backlog at which the server closes a connection that does not wait.
 */
const WINDOW = INBOUND_BACKLOG.closeAt / 2;
const HEAP_SLACK_BYTES = 30 * 1024 * 1024;

/** What the server must do with a frame: answer it with one error event, or close the connection. */
type Outcome = { reply: 'bad_request' | 'session_expired' } | { close: 1007 | 1009 };

interface Frame {
  family: string;
  data: string | Buffer;
  binary: boolean;
  outcome: Outcome;
}

const badRequest: Outcome = { reply: 'bad_request' };

const VALID_TYPES: Record<ProtocolVersion, string[]> = {
  1: ['message', 'reset'],
  2: ['message', 'reset', 'stop', 'resume', 'ping'],
};

/** JSON values that are not strings, as raw text so that `1e400` and `-0` reach the server verbatim. */
const NON_STRINGS = [
  'null',
  'true',
  'false',
  '0',
  '-0',
  '-1',
  '1.5',
  '1e308',
  '1e400',
  '-1e400',
  '9007199254740993',
  '123456789012345678901234567890',
  '[]',
  '{}',
  '[1,"a",null]',
  '{"a":1}',
  '[[["message"]]]',
  '{"toString":1}',
  '{"valueOf":null,"toString":null}',
  '{"__proto__":{"type":"reset"}}',
];
/** Numbers `after` must refuse: negative, fractional, infinite or beyond the safe integers. */
const BAD_AFTER = [
  '-1',
  '1.5',
  '1e308',
  '1e400',
  '-1e400',
  '9007199254740993',
  '123456789012345678901234567890',
];
const UNICODE_EDGES = [
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '\u202e',
  '\u200f',
  '\u200e',
  '\u0000',
  '\ufeff',
  '\u200b',
  '\uffff',
  '\ufffe',
  'e\u0301',
  '👍🏽',
  '𝔇𝔌𝔄𝔑',
  'ñandú',
  '\u2028\u2029',
  '\u0085',
];
const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
];

/** Every text the server may answer a bad frame with; anything else (e.g. a library's English) is a bug. */
const SPANISH = new Set<string>([...Object.values(CLIENT_ERRORS), USER_ERRORS.sessionExpired]);
const UNKNOWN_TYPE: Record<ProtocolVersion, RegExp> = {
  1: /^Tipo de mensaje desconocido: "[\s\S]*"\. Los tipos válidos son "message" o "reset"\.$/,
  2: /^Tipo de mensaje desconocido: "[\s\S]*"\. Los tipos válidos son "message", "reset", "erase", "stop", "resume", "ping" o "feedback"\.$/,
};
const isSpanish = (message: unknown, version: ProtocolVersion) =>
  typeof message === 'string' && (SPANISH.has(message) || UNKNOWN_TYPE[version].test(message));

const VALID_ID = /^[A-Za-z0-9_-]{1,64}$/;

const isJsonObject = (text: string) => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};

/** Draws malformed frames for one protocol version; each knows what the server must do with it. */
class FrameFuzzer {
  constructor(
    private readonly random: Random,
    private readonly version: ProtocolVersion,
  ) {}

  next(): Frame {
    const roll = this.random();
    if (roll < 0.002) return this.overLimit();
    if (roll < 0.004) return this.invalidUtf8();
    const families = [
      () => this.binary(),
      () => this.garbage(),
      () => this.truncated(),
      () => this.brokenSyntax(),
      () => this.deep(),
      () => this.wrongType(),
      () => this.wrongMessage(),
      () => this.wrongId(),
      () => this.wrongResume(),
      () => this.pollution(),
      () => this.unicode(),
      () => this.atLimit(),
    ];
    return (families[this.int(0, families.length - 1)] as () => Frame)();
  }

  private int(min: number, max: number): number {
    return randomInt(this.random, min, max);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  private text(family: string, data: string, outcome: Outcome = badRequest): Frame {
    return { family, data, binary: false, outcome };
  }

  /** Any UTF-16 code unit, lone surrogates and control characters included. */
  private codeUnits(length: number): string {
    return String.fromCharCode(...Array.from({ length }, () => this.int(0, 0xffff)));
  }

  private unicodeJunk(): string {
    return Array.from({ length: this.int(1, 6) }, () =>
      this.random() < 0.7 ? this.pick(UNICODE_EDGES) : this.codeUnits(this.int(1, 4)),
    ).join('');
  }

  private invalidType(): string {
    const options = [
      () => this.pick(NON_STRINGS),
      () => JSON.stringify(this.pick(PROTOTYPE_NAMES)),
      () => JSON.stringify(this.pick(['MESSAGE', 'Message', ' message', 'message ', 'reset\u0000', 'rese'])),
      () => JSON.stringify(`${this.pick(VALID_TYPES[this.version])}${this.unicodeJunk()}`),
      () => JSON.stringify(this.codeUnits(this.int(0, 80))),
    ];
    let type = this.pick(options)();
    // A fuzzed string that happens to name a real type would be a valid frame.
    while (VALID_TYPES[this.version].includes(JSON.parse(type) as string)) type = JSON.stringify('x');
    return type;
  }

  /** A `message` value the schema refuses: not a string, blank, or too long. */
  private invalidMessageText(): string {
    return this.pick([
      () => this.pick(NON_STRINGS),
      () => JSON.stringify(this.pick(['', ' ', '\t\n', '\u00a0\u3000', '\u2028'])),
      () => JSON.stringify('a'.repeat(MAX_MESSAGE_CHARS + this.int(1, 500))),
      () => JSON.stringify('😀'.repeat(MAX_MESSAGE_CHARS + 1)),
    ])();
  }

  private binary(): Frame {
    return { family: 'binary', data: this.bytes(this.int(0, 2_048)), binary: true, outcome: badRequest };
  }

  private garbage(): Frame {
    const junk = this.random() < 0.5 ? this.codeUnits(this.int(0, 300)) : this.unicodeJunk();
    return this.text('garbage', isJsonObject(junk) ? `x${junk}` : junk);
  }

  private truncated(): Frame {
    const whole = JSON.stringify({
      type: this.pick(VALID_TYPES[this.version]),
      message: '¿Cómo declaro mis ingresos?',
      id: 'abc',
      session: 'token',
      after: 3,
    });
    // No proper prefix of an object's JSON is valid JSON: the closing brace is always missing.
    return this.text('truncated', whole.slice(0, this.int(0, whole.length - 1)));
  }

  private brokenSyntax(): Frame {
    return this.text(
      'broken-syntax',
      this.pick([
        "{'type':'reset'}",
        '{"type":"reset",}',
        '{type:"reset"}',
        '{"type":"reset"} // comentario',
        '{"type":"message","message":NaN}',
        '{"type":"message","message":Infinity}',
        '{"type":"message","message":undefined}',
        '{"type":"message","message":0x10}',
        '\ufeff{"type":"reset"}',
        '{"type":"reset"}{"type":"reset"}',
        '{"type":"message","message":"raw\u0000nul"}',
        '{"type":"message","message":"raw\nnewline"}',
        '{"type":"message","message":"\\ud800\\u"}',
        '{"type":"reset"',
        '',
        ' ',
      ]),
    );
  }

  private nested(maxBytes: number): string {
    const shape = this.pick(['array', 'object', 'mixed']);
    const unit = shape === 'array' ? 2 : shape === 'object' ? 6 : 8;
    const depth = this.int(1, Math.floor(maxBytes / unit));
    if (shape === 'array') return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    if (shape === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    return `${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`;
  }

  private deep(): Frame {
    const where = this.pick(['frame', 'type', 'message', 'id', 'session', 'after']);
    // v1 ignores ids, so there the message has to be wrong too, and both nestings must fit in one frame.
    const twice = where === 'id' && this.version === 1;
    const value = this.nested((MAX_FRAME_BYTES - 64) / (twice ? 2 : 1));
    const frames: Record<string, string> = {
      frame: value,
      type: `{"type":${value}}`,
      message: `{"type":"message","message":${value}}`,
      id: `{"type":"message","message":${twice ? value : '"hola"'},"id":${value}}`,
      session: `{"type":"resume","session":${value},"after":0}`,
      after: `{"type":"resume","session":"x","after":${value}}`,
    };
    return this.text('deep', frames[where] as string);
  }

  private wrongType(): Frame {
    const extras = this.random() < 0.5 ? ',"message":"hola"' : '';
    return this.text('wrong-type', `{"type":${this.invalidType()}${extras}}`);
  }

  private wrongMessage(): Frame {
    const field = this.random() < 0.2 ? '' : `"message":${this.invalidMessageText()},`;
    return this.text('wrong-message', `{${field}"type":"message"}`);
  }

  private wrongId(): Frame {
    const drawn = this.pick([
      () => this.pick(NON_STRINGS),
      () => JSON.stringify(this.pick(['', 'a b', 'ñ', '../x', 'x'.repeat(65), 'id\u0000', '<script>'])),
      () => JSON.stringify(this.unicodeJunk()),
    ])();
    // Random code units are, once in a long while, a perfectly good id.
    const value: unknown = JSON.parse(drawn);
    const id = typeof value === 'string' && VALID_ID.test(value) ? JSON.stringify(` ${value}`) : drawn;
    // v1 ignores ids, so there the message itself has to be wrong too.
    const message = this.version === 2 ? JSON.stringify('hola') : this.invalidMessageText();
    return this.text('wrong-id', `{"type":"message","id":${id},"message":${message}}`);
  }

  private bytes(length: number): Buffer {
    return Buffer.from(Array.from({ length }, () => this.int(0, 255)));
  }

  /** Never a real token: those carry an HMAC the fuzzer cannot produce. */
  private forgedToken(): string {
    return this.pick([
      () => `${this.bytes(16).toString('base64url')}.${this.bytes(32).toString('base64url')}`,
      () => this.bytes(48).toString('base64url'),
      () => this.unicodeJunk(),
      () => this.pick(PROTOTYPE_NAMES),
    ])();
  }

  private wrongResume(): Frame {
    const tokenText = this.forgedToken();
    const session = this.pick([
      () => ({
        json: JSON.stringify(tokenText),
        valid: tokenText.length >= 1 && tokenText.length <= MAX_SESSION_TOKEN_CHARS,
      }),
      () => ({ json: this.pick(NON_STRINGS), valid: false }),
      () => ({ json: '""', valid: false }),
      () => ({ json: JSON.stringify('t'.repeat(MAX_SESSION_TOKEN_CHARS + 1)), valid: false }),
    ])();
    const after = this.pick([
      () => ({ json: this.pick(['0', '-0', '7', '9007199254740991']), valid: true }),
      () => ({ json: this.pick(BAD_AFTER), valid: false }),
      () => ({
        json: this.pick(NON_STRINGS.filter((value) => value !== '0' && value !== '-0')),
        valid: false,
      }),
      () => ({ json: JSON.stringify(String(this.int(0, 100))), valid: false }),
    ])();
    const fields = [`"session":${session.json}`, `"after":${after.json}`].filter(() => this.random() < 0.9);
    const complete = fields.length === 2;
    const outcome: Outcome =
      this.version === 2 && complete && session.valid && after.valid
        ? { reply: 'session_expired' }
        : badRequest;
    return this.text('wrong-resume', `{"type":"resume",${[...fields, '"x":1'].join(',')}}`, outcome);
  }

  private pollution(): Frame {
    const forged = JSON.stringify(this.forgedToken());
    const templates: Array<[string, Outcome]> = [
      ['{"__proto__":{"type":"reset"}}', badRequest],
      ['{"constructor":{"prototype":{"type":"message","message":"hola"}}}', badRequest],
      ['{"type":"message","__proto__":{"message":"hola","id":"x"}}', badRequest],
      ['{"type":"message","message":{"__proto__":{"toString":"hola"}}}', badRequest],
      ['{"type":{"toString":1}}', badRequest],
      ['{"type":{"toString":null,"valueOf":null}}', badRequest],
      ['{"type":[{"toString":1}]}', badRequest],
      ['{"type":{"__proto__":null}}', badRequest],
      [`{"type":${JSON.stringify(this.pick(PROTOTYPE_NAMES))},"__proto__":{"polluted":true}}`, badRequest],
      [
        `{"type":"resume","session":${forged},"after":0,"__proto__":{"polluted":true},` +
          '"constructor":{"prototype":{"polluted":true}}}',
        this.version === 2 ? { reply: 'session_expired' } : badRequest,
      ],
    ];
    const [data, outcome] = this.pick(templates);
    return this.text('pollution', data, outcome);
  }

  private unicode(): Frame {
    const junk = this.unicodeJunk();
    // Raw, lone surrogates reach the server as U+FFFD; escaped, they reach it as themselves.
    const encoded =
      this.random() < 0.5 ? `"${junk.replace(/["\\\u0000-\u001f]/g, '')}"` : JSON.stringify(junk);
    const decoded = JSON.parse(encoded) as string;
    const where = this.pick(['type', 'id', 'message', 'frame']);
    if (where === 'type' && !VALID_TYPES[this.version].includes(decoded)) {
      return this.text('unicode', `{"type":${encoded}}`);
    }
    if (where === 'id' && this.version === 2 && !VALID_ID.test(decoded)) {
      return this.text('unicode', `{"type":"message","message":"hola","id":${encoded}}`);
    }
    if (where === 'frame' && !isJsonObject(junk)) return this.text('unicode', junk);
    // Any text is a fine question, so the junk rides along with a type no version knows.
    return this.text('unicode', `{"type":"mensaje","message":${encoded},"id":${encoded}}`);
  }

  /** A frame of exactly `bytes` UTF-8 bytes, padded with characters of every width. */
  private sized(bytes: number, prefix: string, suffix: string): string {
    let room = bytes - Buffer.byteLength(prefix + suffix);
    let pad = '';
    while (room >= 4) {
      const char = this.pick(['a', 'ñ', '€', '😀']);
      pad += char;
      room -= Buffer.byteLength(char);
    }
    return prefix + pad + 'a'.repeat(room) + suffix;
  }

  private atLimit(): Frame {
    const bytes = MAX_FRAME_BYTES - this.int(0, 3);
    if (this.random() < 0.25) {
      return {
        family: 'at-limit',
        data: Buffer.alloc(bytes, this.int(0, 255)),
        binary: true,
        outcome: badRequest,
      };
    }
    const data = this.pick([
      () => this.sized(bytes, '{"type":"message","message":"', '"}'),
      () => this.sized(bytes, '{"type":"x', '"}'),
      () => this.sized(bytes, '{"type":"resume","session":"', '","after":0}'),
    ])();
    return this.text('at-limit', data);
  }

  private overLimit(): Frame {
    const bytes = MAX_FRAME_BYTES + (this.random() < 0.5 ? this.int(1, 4) : this.int(5, 200_000));
    const binary = this.random() < 0.3;
    const data = binary ? Buffer.alloc(bytes, 7) : this.sized(bytes, '{"type":"message","message":"', '"}');
    return { family: 'over-limit', data, binary, outcome: { close: 1009 } };
  }

  private invalidUtf8(): Frame {
    const sequences = [
      [0xff],
      [0xc3, 0x28],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
    ];
    const bytes = Buffer.concat([
      Buffer.from('{"type":"message","message":"'),
      Buffer.from(this.pick(sequences)),
      Buffer.from('"}'),
    ]);
    return { family: 'invalid-utf8', data: bytes, binary: false, outcome: { close: 1007 } };
  }
}

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  // As Jest does for --logHeapUsage: the flag applies to contexts created after it is set.
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const collectGarbage = exposeGc();

async function settledHeapUsed(): Promise<number> {
  for (let round = 0; round < 3; round += 1) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

const provider = new ScriptedProvider((input) => ({ deltas: ['Para ', 'declarar: ', input], delayMs: 2 }));
let server: TestServer;
let baselineHeap = 0;
let sessionsBefore = new Set<string>();
let reports: LaneReport[] = [];

interface LaneReport {
  version: ProtocolVersion;
  frames: number;
  connections: number;
  families: Record<string, number>;
  closes: Record<number, number>;
  problems: Array<{ what: string; frame: string }>;
}

const show = (frame: Frame) =>
  `${frame.family} ${frame.binary ? `<${frame.data.length} binary bytes>` : JSON.stringify(String(frame.data).slice(0, 100))}`;

/** Why `reply` is not the error event `frame` deserves, or undefined when it is. */
function checkReply(
  frame: Frame,
  reply: WireEvent,
  version: ProtocolVersion,
  lastSeq: number,
): string | undefined {
  const expected = 'reply' in frame.outcome ? frame.outcome.reply : 'close';
  if (reply.type !== 'error') return `expected an error, got ${JSON.stringify(reply).slice(0, 200)}`;
  if (!isSpanish(reply.message, version))
    return `message is not one of the Spanish texts: ${JSON.stringify(reply.message)}`;
  if (version === 1) {
    return Object.keys(reply).join() === 'type,message'
      ? undefined
      : `v1 error with v2 fields: ${JSON.stringify(reply)}`;
  }
  if (reply.code !== expected) return `code ${reply.code}, expected ${expected}`;
  if (expected === 'session_expired' && reply.message !== USER_ERRORS.sessionExpired)
    return 'wrong session_expired text';
  if (typeof reply.seq !== 'number' || reply.seq <= lastSeq) return `seq ${reply.seq} after ${lastSeq}`;
  if (reply.id !== undefined) return `a refused frame has no id, got ${JSON.stringify(reply.id)}`;
  return undefined;
}

async function greeted(version: ProtocolVersion): Promise<{ client: TestClient; seq: number }> {
  const client = await TestClient.connect(server.wsUrl, { v2: version === 2 });
  const hello = await client.next();
  if (hello.type !== 'connection') throw new Error(`expected a greeting, got ${JSON.stringify(hello)}`);
  return { client, seq: hello.seq ?? 0 };
}

/** One connection's worth of abuse: frames pipelined in windows, each reply checked against its frame. */
async function runLane(version: ProtocolVersion, random: Random, frames: number): Promise<LaneReport> {
  const fuzzer = new FrameFuzzer(random, version);
  const report: LaneReport = { version, frames: 0, connections: 0, families: {}, closes: {}, problems: [] };
  let { client, seq } = await greeted(version);
  report.connections += 1;
  let inFlight: Frame[] = [];
  const drain = async () => {
    for (const frame of inFlight) {
      const reply = await client.next(3_000).catch((error: unknown) => {
        throw new Error(`v${version}: no reply to ${show(frame)} (${String(error)})`);
      });
      const problem = checkReply(frame, reply, version, seq);
      if (problem) report.problems.push({ what: `v${version}: ${problem}`, frame: show(frame) });
      if (typeof reply.seq === 'number') seq = reply.seq;
    }
    inFlight = [];
  };
  try {
    for (let index = 0; index < frames; index += 1) {
      const frame = fuzzer.next();
      report.frames += 1;
      report.families[frame.family] = (report.families[frame.family] ?? 0) + 1;
      if ('reply' in frame.outcome) {
        client.sendRaw(frame.data, { binary: frame.binary });
        inFlight.push(frame);
        if (inFlight.length >= WINDOW) await drain();
        continue;
      }
      // The connection dies with this frame, so everything before it is settled first.
      await drain();
      client.sendRaw(frame.data, { binary: frame.binary });
      const { code } = await client.closed;
      report.closes[code] = (report.closes[code] ?? 0) + 1;
      if (code !== frame.outcome.close) {
        report.problems.push({ what: `v${version}: closed with ${code}`, frame: show(frame) });
      }
      ({ client, seq } = await greeted(version));
      report.connections += 1;
    }
    await drain();
    if (!(await client.quiet(100))) report.problems.push({ what: `v${version}: unasked frames`, frame: '' });
    client.close();
  } catch (error) {
    report.problems.push({ what: String(error), frame: '' });
    // A connection the server stopped answering would hold a polite close open for half a minute.
    client.socket.terminate();
  }
  await client.closed;
  return report;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  server = await startTestServer(
    {
      RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '100000',
      RATE_LIMIT_FRAMES_PER_MINUTE: '100000',
      RATE_LIMIT_FRAMES_IP_PER_MINUTE: '100000',
    },
    provider,
  );
  // Warm the parser, zod and ws buffers on both versions so the baseline is not the cold heap.
  for (const version of [1, 2] as const) {
    const { client } = await greeted(version);
    for (const bad of ['{"type":"x"}', 'no es JSON', '[]', '{"type":"message"}']) {
      client.sendRaw(bad);
      await client.next();
    }
    client.sendRaw(Buffer.from([0, 1, 2]), { binary: true });
    await client.next();
    client.send({ type: 'message', message: 'calentamiento' });
    await client.until((event) => event.type === 'response');
    client.close();
  }
  await waitFor(() => server.webSocketDoor.connectionCount === 0, 'warm-up connections to close');
  sessionsBefore = new Set(server.runtime.store.localSessions());
  baselineHeap = await settledHeapUsed();
});

afterAll(async () => {
  await server?.close();
});

describe(`malformed frames (CHAOS_SEED=${SEED})`, () => {
  it('answers every one with a single Spanish error, or closes as documented, and never falls over', async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    reports = await Promise.all(
      LANES.map((version, lane) => runLane(version, seededRandom(SEED + lane), FRAMES_PER_LANE)),
    );
    // One line per kind of problem, with a count and an example frame, rather than thousands of lines.
    const kinds = new Map<string, { count: number; example: string }>();
    for (const { what, frame } of reports.flatMap((report) => report.problems)) {
      const kind = kinds.get(what) ?? { count: 0, example: frame };
      kind.count += 1;
      kinds.set(what, kind);
    }
    const summary = `${REPLAY}; ${JSON.stringify(
      reports.map(({ version, frames, connections, closes }) => ({ version, frames, connections, closes })),
    )}`;
    expect(
      [...kinds].map(
        ([what, { count, example }]) => `${count}× ${what}${example ? ` — e.g. ${example}` : ''}`,
      ),
      summary,
    ).toEqual([]);
    expect(reports.reduce((total, report) => total + report.frames, 0)).toBe(LANES.length * FRAMES_PER_LANE);
    const families = new Set(reports.flatMap((report) => Object.keys(report.families)));
    expect([...families].sort(), summary).toEqual(
      [
        'binary',
        'garbage',
        'truncated',
        'broken-syntax',
        'deep',
        'wrong-type',
        'wrong-message',
        'wrong-id',
        'wrong-resume',
        'pollution',
        'unicode',
        'at-limit',
        'over-limit',
        'invalid-utf8',
      ].sort(),
    );
    // Both ways to kill a connection really happened, and every connection after them was served.
    const closes = (code: number) => reports.reduce((total, report) => total + (report.closes[code] ?? 0), 0);
    expect(closes(1009), summary).toBeGreaterThan(0);
    expect(closes(1007), summary).toBeGreaterThan(0);
    // `__proto__` and `constructor` keys stayed data: nothing reached the shared prototypes.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves no junk behind: no stray sessions, listeners or replay log, and the heap is back near its baseline', async () => {
    await waitFor(() => server.webSocketDoor.connectionCount === 0, 'fuzz connections to close');
    const opened = reports.reduce((total, report) => total + report.connections, 0);
    const { store } = server.runtime;
    const created = store.localSessions().filter((id) => !sessionsBefore.has(id));
    // One session per connection at most (no cookies, so none is shared), and none kept anything.
    expect(created.length).toBeGreaterThan(0);
    expect(created.length).toBeLessThanOrEqual(opened);
    for (const id of created) {
      expect(store.subscriberCount(id)).toBe(0);
      expect(await store.due(Number.POSITIVE_INFINITY)).not.toContain(id);
      expect(await store.eventsAfter(id, 0)).toEqual([]);
      expect((await store.open(id))?.transcript ?? []).toEqual([]);
    }
    const heapUsed = await settledHeapUsed();
    expect(heapUsed, `baseline ${baselineHeap}, now ${heapUsed}`).toBeLessThan(
      baselineHeap + HEAP_SLACK_BYTES,
    );
  });

  it('still serves the seed conversation (v1) and streamed answers (v2) afterwards', async () => {
    const seed = await TestClient.connect(server.wsUrl);
    expect(await seed.next()).toEqual({ type: 'connection', message: TEXTS.connected });
    seed.send({ type: 'message', message: '¿Cómo lleno el formulario 210?' });
    expect(await seed.next()).toEqual({
      type: 'response',
      message: 'Para declarar: ¿Cómo lleno el formulario 210?',
    });
    seed.send({ type: 'reset' });
    expect(await seed.next()).toEqual({ type: 'reset', message: TEXTS.reset });
    seed.close();

    const streamed = await TestClient.connect(server.wsUrl, { v2: true });
    const hello = await streamed.next();
    let lastSeq = hello.seq as number;
    // Ids named like prototype members are plain ids, answered like any other.
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty']) {
      streamed.send({ type: 'message', id, message: `pregunta ${id}` });
      const events = await streamed.until((event) => event.type === 'response' || event.type === 'error');
      const final = events.at(-1) as WireEvent;
      expect(final).toEqual({
        type: 'response',
        id,
        message: `Para declarar: pregunta ${id}`,
        seq: final.seq,
      });
      const deltas = events.filter((event) => event.type === 'delta');
      expect(deltas.map((event) => event.delta).join('')).toBe(final.message);
      for (const event of events) {
        expect(event.id).toBe(id);
        expect(event.seq).toBeGreaterThan(lastSeq);
        lastSeq = event.seq as number;
      }
    }
    streamed.close();
  });
});
