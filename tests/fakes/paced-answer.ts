/**
 * The stamped answer the fake streams for benchmarks: every delta carries when the fake accepted the
 * request and when it wrote that delta, so a client can tell the relay's own delay from the model's.
 *
 * Stamps are CLOCK_MONOTONIC microseconds (`process.hrtime`), one clock for every process on a Linux
 * host: a stamp taken in the fake and an arrival time taken in another process subtract exactly, with no
 * wall-clock offset or NTP step between them.
 */

export function clockMicros(): number {
  return Number(process.hrtime.bigint() / 1_000n);
}

/** A few words after the stamp, so each delta is about the size of a real streamed piece of text. */
const FILLER = 'declaración de renta';

export function pacedDelta(index: number, receivedAtUs: number): string {
  return `[rx=${receivedAtUs} tx=${clockMicros()} n=${index}] ${FILLER} `;
}

export interface DeltaStamp {
  /** When the fake accepted the request. */
  receivedAtUs: number;
  /** When the fake wrote this delta. */
  sentAtUs: number;
  /** 0 for an answer's first delta. */
  index: number;
}

const STAMP = /\[rx=(\d+) tx=(\d+) n=(\d+)\]/g;

/** Every stamp in a piece of text (a relay may join several deltas into one frame). */
export function readStamps(text: string): DeltaStamp[] {
  return Array.from(text.matchAll(STAMP), (match) => ({
    receivedAtUs: Number(match[1]),
    sentAtUs: Number(match[2]),
    index: Number(match[3]),
  }));
}
