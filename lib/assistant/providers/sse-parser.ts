const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
const DATA = Buffer.from('data');
const EMPTY = Buffer.alloc(0);
const NEWLINE = Buffer.from('\n');

/**
 * Server-Sent Events, as the HTML standard parses them: lines end with CRLF, LF or CR; `data` lines of one
 * event are joined with LF; comments and other fields are skipped; an empty line ends the event. Only the
 * data is returned: the Responses API names each event again in its JSON `type`.
 *
 * It works on the bytes as they arrive: CR and LF never occur inside a multibyte UTF-8 character, so lines
 * split on bytes are whole, and each event's data is handed over undecoded (usually a view of the network
 * chunk, no copy): the caller decodes only the events it reads. TCP does not respect lines, so a partial
 * line waits for the next push.
 */
export class SseDataParser {
  private carry: Buffer = EMPTY;
  private data: Buffer[] = [];
  /** A CR at the very end of a piece may be the first half of a CRLF split across two pieces. */
  private pendingCR = false;

  /** Feeds bytes; returns the data of every event it completed, in order. */
  push(chunk: Buffer): Buffer[] {
    const completed: Buffer[] = [];
    let start = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (chunk[0] === LF) start = 1;
    }
    let cr = chunk.indexOf(CR, start);
    let lf = chunk.indexOf(LF, start);
    while (cr !== -1 || lf !== -1) {
      const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      if (this.carry.length === 0) this.line(chunk, start, end, completed);
      else {
        const whole = Buffer.concat([this.carry, chunk.subarray(start, end)]);
        this.line(whole, 0, whole.length, completed);
        this.carry = EMPTY;
      }
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) this.pendingCR = true;
        else if (chunk[start] === LF) start += 1;
        cr = chunk.indexOf(CR, start);
      }
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.carry = this.carry.length === 0 ? rest : Buffer.concat([this.carry, rest]);
    }
    return completed;
  }

  /**
   * The stream ended: a last event whose closing empty line never came is still returned, as the SDK does
   * since 7.x (servers sometimes omit it); the HTML standard would drop it.
   */
  end(): Buffer | undefined {
    const completed: Buffer[] = [];
    if (this.carry.length > 0) this.line(this.carry, 0, this.carry.length, completed);
    this.line(EMPTY, 0, 0, completed);
    this.carry = EMPTY;
    this.pendingCR = false;
    return completed[0];
  }

  /** One line, `source[from, to)`: looked at in place, so only a data value becomes a Buffer of its own. */
  private line(source: Buffer, from: number, to: number, completed: Buffer[]): void {
    const length = to - from;
    if (length === 0) {
      const { data } = this;
      if (data.length === 1) completed.push(data[0] as Buffer);
      else if (data.length > 1)
        completed.push(Buffer.concat(data.flatMap((part) => [NEWLINE, part]).slice(1)));
      if (data.length > 0) this.data = [];
      return;
    }
    if (
      length >= 4 &&
      source[from] === DATA[0] &&
      source[from + 1] === DATA[1] &&
      source[from + 2] === DATA[2] &&
      source[from + 3] === DATA[3]
    ) {
      if (length === 4) this.data.push(EMPTY);
      else if (source[from + 4] === COLON) {
        this.data.push(source.subarray(from + (source[from + 5] === SPACE && length > 5 ? 6 : 5), to));
      }
    }
    // `event`, `id`, `retry`, comments (`:`) and unknown fields carry nothing this client uses.
  }
}
