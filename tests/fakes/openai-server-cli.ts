import { startFakeOpenAI, type FakeOpenAIOptions } from './openai/server';

/**
 * Runs the fake OpenAI server as its own process for Playwright's `webServer`:
 *   npx tsx tests/fakes/openai-server-cli.ts --port 4010 [--api-key sk-…] [--host 127.0.0.1]
 *     [--pace <deltas>x<intervalMs>] [--record-requests false]
 * `--pace 10x100` answers every question with 10 stamped deltas, one every 100 ms (benchmarks);
 * `--record-requests false` keeps no request log, so a long benchmark does not grow the fake's memory.
 * Prints one `fake-openai listening on <baseURL>` line once it accepts connections (Playwright can wait on
 * the URL or on that line) and exits 0 on SIGTERM/SIGINT.
 */

const USAGE =
  'usage: tsx tests/fakes/openai-server-cli.ts --port <n> [--api-key <key>] [--host <address>] ' +
  '[--pace <deltas>x<intervalMs>] [--record-requests true|false]';

function parseArgs(argv: string[]): FakeOpenAIOptions {
  const options: FakeOpenAIOptions = {};
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const [name, inline] =
      flag?.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = inline ?? argv[++index];
    if (value === undefined || value === '') throw new Error(`missing value for ${name ?? 'argument'}`);
    switch (name) {
      case '--port': {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65_535)
          throw new Error(`invalid --port "${value}"`);
        options.port = port;
        break;
      }
      case '--api-key':
        options.apiKey = value;
        break;
      case '--host':
        options.host = value;
        break;
      case '--pace': {
        const match = /^(\d+)x(\d+)$/.exec(value);
        const deltas = Number(match?.[1]);
        const intervalMs = Number(match?.[2]);
        if (!match || deltas < 1 || deltas > 10_000 || intervalMs > 60_000)
          throw new Error(`invalid --pace "${value}": use <deltas>x<intervalMs>, e.g. 10x100`);
        options.defaultBehavior = { kind: 'paced', deltas, intervalMs };
        break;
      }
      case '--record-requests':
        if (value !== 'true' && value !== 'false')
          throw new Error(`invalid --record-requests "${value}": use true or false`);
        options.recordRequests = value === 'true';
        break;
      default:
        throw new Error(`unknown argument "${name ?? ''}"`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  let options: FakeOpenAIOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }

  const fake = await startFakeOpenAI(options);
  process.stdout.write(`fake-openai listening on ${fake.baseURL}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    fake.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `fake-openai failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
