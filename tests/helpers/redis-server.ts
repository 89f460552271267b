import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './process';

export interface RunningRedis {
  url: string;
  port: number;
  /** Kills the server (as an outage would); `start` brings it back on the same port, empty. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * A real `redis-server` on a free loopback port, without persistence (REDIS_SERVER overrides the binary).
 * Tests that need Redis use this, so they never depend on, or disturb, a Redis already on the machine.
 */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const spawned = spawn(
      process.env.REDIS_SERVER ?? 'redis-server',
      // DEBUG SLEEP lets a test make Redis slow on purpose (Redis 7 refuses DEBUG unless enabled).
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--enable-debug-command',
        'local',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = spawned;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      spawned.once('error', reject);
      spawned.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
