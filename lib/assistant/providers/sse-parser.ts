/**
 * Server-Sent Events, as the HTML standard parses them: lines end with CRLF, LF or CR; `data` lines of one
 * event are joined with LF; comments and other fields are skipped; an empty line ends the event. Only the
 * data is returned: the Responses API names each event again in its JSON `type`.
 *
 * Text arrives in arbitrary pieces (TCP does not respect lines), so a partial line waits for the next push.
 */
export class SseDataParser {
  private carry = '';
  private data: string[] = [];
  /** A CR at the very end of a piece may be the first half of a CRLF split across two pieces. */
  private pendingCR = false;

  /** Feeds decoded text; returns the data of every event it completed, in order. */
  push(text: string): string[] {
    const completed: string[] = [];
    let start = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (text.startsWith('\n')) start = 1;
    }
    let cr = text.indexOf('\r', start);
    let lf = text.indexOf('\n', start);
    while (cr !== -1 || lf !== -1) {
      const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      this.line(this.carry + text.slice(start, end), completed);
      this.carry = '';
      start = end + 1;
      if (end === cr) {
        if (start === text.length) this.pendingCR = true;
        else if (text.charCodeAt(start) === 10) start += 1;
        cr = text.indexOf('\r', start);
      }
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    }
    this.carry += text.slice(start);
    return completed;
  }

  /**
   * The stream ended: a last event whose closing empty line never came is still returned, as the SDK does
   * since 7.x (servers sometimes omit it); the HTML standard would drop it.
   */
  end(): string | undefined {
    const completed: string[] = [];
    if (this.carry !== '') this.line(this.carry, completed);
    this.line('', completed);
    this.carry = '';
    this.pendingCR = false;
    return completed[0];
  }

  private line(line: string, completed: string[]): void {
    if (line === '') {
      if (this.data.length > 0) completed.push(this.data.join('\n'));
      this.data = [];
      return;
    }
    if (line.startsWith('data')) {
      if (line.length === 4) this.data.push('');
      else if (line.charCodeAt(4) === 58 /* ':' */) {
        this.data.push(line.charCodeAt(5) === 32 /* ' ' */ ? line.slice(6) : line.slice(5));
      }
    }
    // `event`, `id`, `retry`, comments (`:`) and unknown fields carry nothing this client uses.
  }
}
