import { createHash } from 'node:crypto';
import type { ServerEvent, TranscriptEntry, UnsequencedEvent } from '../protocol';

export type EventListener = (event: ServerEvent) => void;

export interface QueuedMessage {
  id: string;
  input: string;
}

/** Final answers remembered per message id, so a re-sent id is answered from memory, not twice. */
const MAX_REMEMBERED_OUTCOMES = 200;
/** Finished answers kept in the replay log; their deltas are dropped once the final response exists. */
const MAX_LOGGED_EVENTS = 400;
/** Lines of conversation kept for a reloaded page; older ones remain only upstream. */
const MAX_TRANSCRIPT_ENTRIES = 200;

/**
 * One browser's conversation: its event sequence, the replay log, the transcript and the FIFO of
 * questions waiting for the provider. Holds no I/O; `AssistantService` drives it.
 */
export class Session {
  lastActiveAt = Date.now();
  conversationId: string | undefined;
  /** Bumped by reset so that work started before it cannot touch the new conversation. */
  epoch = 0;
  running: { id: string; controller: AbortController } | undefined;
  readonly queue: QueuedMessage[] = [];

  private readonly transcript: TranscriptEntry[] = [];
  /** Text so far of answers still being written, rebuilt from their deltas. */
  private readonly partials = new Map<string, string>();

  private seq = 0;
  private readonly log: ServerEvent[] = [];
  private readonly listeners = new Set<EventListener>();
  private readonly outcomes = new Map<string, ServerEvent | 'pending'>();

  /** A one-way tag for logs: correlates a session's lines without exposing the id its cookie carries. */
  readonly logTag: string;

  constructor(readonly id: string) {
    this.logTag = createHash('sha256').update(id).digest('hex').slice(0, 12);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** The last seq handed out; a resuming client that claims a later one knows a session that is gone. */
  get lastSeq(): number {
    return this.seq;
  }

  get busy(): boolean {
    return this.running !== undefined || this.queue.length > 0;
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stamps the next seq, records the event for replay and delivers it to every connection. */
  emit(event: UnsequencedEvent): ServerEvent {
    const sequenced = this.stamp(event);
    this.record(sequenced);
    for (const listener of this.listeners) listener(sequenced);
    return sequenced;
  }

  /**
   * Stamps a seq for an event meant for one connection only (e.g. a malformed frame). It is not replayed,
   * so seq is strictly increasing per session but not necessarily contiguous.
   */
  stamp(event: UnsequencedEvent): ServerEvent {
    this.seq += 1;
    return { ...event, seq: this.seq } as ServerEvent;
  }

  addToTranscript(entry: TranscriptEntry): void {
    this.transcript.push(entry);
    if (this.transcript.length > MAX_TRANSCRIPT_ENTRIES) {
      this.transcript.splice(0, this.transcript.length - MAX_TRANSCRIPT_ENTRIES);
    }
  }

  /** The conversation as a newly opened page should show it: finished lines, the answer in progress, the queue. */
  snapshot(): TranscriptEntry[] {
    const inProgress = [...this.partials].map(([id, text]): TranscriptEntry => ({
      id,
      role: 'assistant',
      text,
      status: 'streaming',
    }));
    const waiting = this.queue.map(({ id, input }): TranscriptEntry => ({
      id,
      role: 'user',
      text: input,
      status: 'queued',
    }));
    return [...this.transcript, ...inProgress, ...waiting];
  }

  /** Events after `seq`, in order, as far back as the log reaches. */
  eventsAfter(seq: number): ServerEvent[] {
    return this.log.filter((event) => event.seq > seq);
  }

  outcomeOf(messageId: string): ServerEvent | 'pending' | undefined {
    return this.outcomes.get(messageId);
  }

  markPending(messageId: string): void {
    this.outcomes.set(messageId, 'pending');
    while (this.outcomes.size > MAX_REMEMBERED_OUTCOMES) {
      const oldest = this.outcomes.keys().next().value as string;
      this.outcomes.delete(oldest);
    }
  }

  forgetOutcome(messageId: string): void {
    this.outcomes.delete(messageId);
  }

  /** Forgets the conversation: transcript, queue, log and outcomes. The seq keeps increasing. */
  clear(): void {
    this.epoch += 1;
    this.conversationId = undefined;
    this.queue.length = 0;
    this.transcript.length = 0;
    this.log.length = 0;
    this.partials.clear();
    this.outcomes.clear();
  }

  touch(now = Date.now()): void {
    this.lastActiveAt = now;
  }

  private record(event: ServerEvent): void {
    if (event.type === 'delta')
      this.partials.set(event.id, (this.partials.get(event.id) ?? '') + event.delta);
    const isFinal = (event.type === 'response' || event.type === 'error') && event.id !== undefined;
    if (isFinal) {
      this.partials.delete(event.id as string);
      this.outcomes.set(event.id as string, event);
      // The final response carries the full text, so the deltas that built it are no longer needed to replay.
      for (let index = this.log.length - 1; index >= 0; index -= 1) {
        const logged = this.log[index];
        if (logged?.type === 'delta' && logged.id === event.id) this.log.splice(index, 1);
      }
    }
    this.log.push(event);
    if (this.log.length > MAX_LOGGED_EVENTS) this.log.splice(0, this.log.length - MAX_LOGGED_EVENTS);
  }
}
