import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** A process the bench started and owns: stopped by its own pid, never by name. */
export interface OwnedProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Output goes here (appended), so a chatty process never blocks on a full pipe. */
  logFile: string;
  /** Returns what the caller needs (e.g. a port) once a line of output shows the process is ready. */
  ready: (line: string) => string | undefined;
  timeoutMs?: number;
}

/** Starts a process and resolves with it and the value `ready` extracted from its output. */
export function spawnReady(options: SpawnOptions): Promise<{ process: OwnedProcess; value: string }> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(options.command, options.args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const owned: OwnedProcess = {
    pid: child.pid ?? -1,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      log.end();
    },
  };
  return new Promise((resolve, reject) => {
    let pending = '';
    let tail = '';
    const timer = setTimeout(() => {
      void owned.stop();
      reject(new Error(`${options.args.join(' ')} did not become ready; see ${options.logFile}`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      tail = (tail + chunk.toString('utf8')).slice(-2_000);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const value = options.ready(line);
        if (value === undefined) continue;
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.off('exit', onExit);
        resolve({ process: owned, value });
        return;
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${options.args.join(' ')} exited with ${code} before it was ready:\n${tail}`));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

/** `node --import tsx <script>`: the bench's own TypeScript processes, run like the tests run them. */
export function tsxArgs(script: string, args: string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', script, ...args] };
}
