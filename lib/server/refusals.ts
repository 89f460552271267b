/**
 * How often each protective limit turned something away in this process (abusive frames, slow readers,
 * sockets nobody owns, overload, …). Operators read it on `/api/ready`; kinds are a fixed vocabulary
 * chosen by the code, never anything a client sent, so the set stays small.
 */
export class RefusalCounter {
  private readonly counts = new Map<string, number>();

  count(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  get(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}
