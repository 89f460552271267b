import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

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
  /** Output goes here (appended), written by the process itself. */
  logFile: string;
  /** Returns what the caller needs (e.g. a port) once a line of output shows the process is ready. */
  ready: (line: string) => string | undefined;
  timeoutMs?: number;
}

/** How often a starting process's log is read for the line that says it is ready. */
const READY_POLL_MS = 50;

/**
 * Starts a process and resolves with it and the value `ready` extracted from its output. The process writes
 * straight into its log file: through a pipe, its synchronous stdout writes (Node's on Linux) would wait
 * whenever this busy process fell behind reading, and the assistant logs a line per answer.
 */
export function spawnReady(options: SpawnOptions): Promise<{ process: OwnedProcess; value: string }> {
  const fd = openSync(options.logFile, 'a');
  let offset = fstatSync(fd).size;
  const child = spawn(options.command, options.args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
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
    },
  };
  return new Promise((resolve, reject) => {
    let pending = '';
    let tail = '';
    const readNew = (): string => {
      const size = statSync(options.logFile).size;
      if (size <= offset) return '';
      const chunk = Buffer.alloc(size - offset);
      const reader = openSync(options.logFile, 'r');
      try {
        readSync(reader, chunk, 0, chunk.length, offset);
      } finally {
        closeSync(reader);
      }
      offset = size;
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-2_000);
      return text;
    };
    const settle = () => {
      clearInterval(poll);
      clearTimeout(timer);
      child.off('exit', onExit);
    };
    const timer = setTimeout(() => {
      settle();
      void owned.stop();
      reject(new Error(`${options.args.join(' ')} did not become ready; see ${options.logFile}`));
    }, options.timeoutMs ?? 120_000);
    const poll = setInterval(() => {
      pending += readNew();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const value = options.ready(line);
        if (value === undefined) continue;
        settle();
        resolve({ process: owned, value });
        return;
      }
    }, READY_POLL_MS);
    const onExit = (code: number | null) => {
      settle();
      readNew();
      reject(new Error(`${options.args.join(' ')} exited with ${code} before it was ready:\n${tail}`));
    };
    child.once('exit', onExit);
  });
}

/** `node --import tsx <script>`: the bench's own TypeScript processes, run like the tests run them. */
export function tsxArgs(script: string, args: string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', script, ...args] };
}
