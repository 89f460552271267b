import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * A harness process (the citizen, an attacker) forked with tsx and spoken to over IPC. Each runs on its own
 * so its CPU is never counted as the server's; it is stopped by its own pid, never by name.
 */
export class HarnessChild<ToChild, FromChild extends { type: string }> {
  private readonly child: ChildProcess;
  private readonly listeners = new Set<(message: FromChild) => void>();
  private readonly exited: Promise<number | null>;

  constructor(script: string, args: string[] = []) {
    this.child = fork(path.join(__dirname, script), args, {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: FromChild) => {
      for (const listener of this.listeners) listener(message);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  send(message: ToChild): void {
    if (this.child.connected) this.child.send(message as object);
  }

  on(listener: (message: FromChild) => void): void {
    this.listeners.add(listener);
  }

  /** The first message of `type`; rejects when the process dies or `timeoutMs` passes first. */
  expect<T extends FromChild['type']>(type: T, timeoutMs: number): Promise<Extract<FromChild, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`${type} did not come within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (message: FromChild) => {
        if (message.type === 'fatal') {
          clearTimeout(timer);
          this.listeners.delete(listener);
          reject(new Error(`harness process failed: ${JSON.stringify(message)}`));
        } else if (message.type === type) {
          clearTimeout(timer);
          this.listeners.delete(listener);
          resolve(message as Extract<FromChild, { type: T }>);
        }
      };
      this.listeners.add(listener);
      void this.exited.then((code) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        reject(new Error(`harness process exited (${code}) before ${type}`));
      });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}
