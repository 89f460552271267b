/** Counts outcomes by name (`202`, `closed_1008`, `ECONNRESET`…) and prints them most frequent first. */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(name: string, by = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  toString(): string {
    if (this.counts.size === 0) return 'none';
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `${name} ${count.toLocaleString('en')}`)
      .join(', ');
  }
}
