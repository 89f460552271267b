import type { APIRequestContext, TestInfo } from '@playwright/test';
import { E2E_PORTS } from './ports';

export interface HeldQuestion {
  /** The question as typed, with the marker that makes the fake model wait. */
  question: string;
  release(): Promise<void>;
}

/**
 * Questions whose answer the fake model holds mid-stream until the test releases it (see
 * tests/fakes/held-answers.ts). A test sees "streaming", stops, reloads or locks the screen mid-answer for
 * as long as it needs, on however loaded a machine, instead of hoping that a slow pace is slow enough.
 */
export class HeldAnswers {
  private readonly names: string[] = [];
  private readonly released = new Set<string>();

  constructor(
    private readonly request: APIRequestContext,
    private readonly testInfo: TestInfo,
  ) {}

  /** Two words of the answer, then nothing until `release`. */
  hold(text: string): HeldQuestion {
    return this.mark('hold', text);
  }

  /** Two words, then a word every few milliseconds until `release`: for a test that acts on arriving deltas. */
  trickle(text: string): HeldQuestion {
    return this.mark('trickle', text);
  }

  /** Lets every answer this test held and did not release go, so a failed test leaves nothing waiting. */
  async releaseAll(): Promise<void> {
    await Promise.all(
      this.names.filter((name) => !this.released.has(name)).map((name) => this.release(name)),
    );
  }

  private mark(kind: 'hold' | 'trickle', text: string): HeldQuestion {
    // Every project and worker shares one fake: the name must be unique across them.
    const name = `${this.testInfo.project.name}-${this.testInfo.testId}-${this.names.length + 1}`
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-');
    this.names.push(name);
    return { question: `${text} [[${kind}:${name}]]`, release: () => this.release(name) };
  }

  private async release(name: string): Promise<void> {
    this.released.add(name);
    const response = await this.request.post(
      `http://127.0.0.1:${E2E_PORTS.fake}/_fake/holds/${name}/release`,
      { headers: { connection: 'close' } },
    );
    if (response.status() !== 204)
      throw new Error(`the fake refused to release ${name}: ${response.status()}`);
  }
}
