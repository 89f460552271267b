/**
 * The attacks of issue #11, each against the production build: where it runs (the custom server or plain
 * `next start`), on which session stores, with which server settings, for how long and how many actions.
 */

export const ATTACK_IDS = [
  'ws-flood',
  'reset-flood',
  'next-upgrades',
  'anonymous-sessions',
  'slow-uploads',
  'sse-setup-resets',
  'forged-forwarded',
  'old-token',
] as const;
export type AttackId = (typeof ATTACK_IDS)[number];

export type Store = 'memory' | 'redis';

export interface AttackSpec {
  id: AttackId;
  title: string;
  /** The custom server (`node dist/server.js`) or Next alone (`next start`, no WebSocket). */
  host: 'custom' | 'next';
  stores: readonly Store[];
  /** `openai` runs the server against the fake OpenAI upstream (voice needs it); `local` is offline mode. */
  provider: 'local' | 'openai';
  durationMs: number;
  count: number;
  /** Duration not scaled by ATTACK_DURATION_SCALE: it is set by a server setting (a TTL to outlive). */
  fixedDuration?: boolean;
  /** Server settings this attack needs on top of the production defaults. */
  env: Readonly<Record<string, string>>;
  /** The harness keeps a citizen's session open through the attack and checks it survived. */
  victim?: boolean;
}

const SESSION_TTL_SECONDS = 10;
/** The header a platform in front of `next start` overwrites with the client's address (attack 7 plays it). */
export const PLATFORM_CLIENT_IP_HEADER = 'x-real-ip';

export const CATALOGUE: readonly AttackSpec[] = [
  {
    id: 'ws-flood',
    title: '1. WebSocket flood of tiny frames',
    host: 'custom',
    stores: ['memory', 'redis'],
    provider: 'local',
    durationMs: 20_000,
    count: 5_000_000,
    env: {},
  },
  {
    id: 'reset-flood',
    title: '2. `reset` POSTs, 10 unread SSE streams',
    host: 'custom',
    stores: ['memory', 'redis'],
    provider: 'local',
    durationMs: 20_000,
    count: 200_000,
    env: {},
  },
  {
    id: 'next-upgrades',
    title: '3. upgrades to `/_next/x` left open',
    host: 'custom',
    stores: ['memory'],
    provider: 'local',
    durationMs: 20_000,
    count: 20_000,
    env: {},
  },
  {
    id: 'anonymous-sessions',
    title: '4. anonymous connect/close cycles, `SESSION_MAX=500`',
    host: 'custom',
    stores: ['memory', 'redis'],
    provider: 'local',
    durationMs: 20_000,
    count: 3_000,
    env: { SESSION_MAX: '500' },
    victim: true,
  },
  {
    id: 'slow-uploads',
    title: '5. slow voice uploads (4 MiB declared)',
    host: 'custom',
    stores: ['memory'],
    provider: 'openai',
    durationMs: 20_000,
    count: 61,
    env: {},
  },
  {
    id: 'sse-setup-resets',
    title: '6. SSE requests reset during setup',
    host: 'custom',
    stores: ['redis'],
    provider: 'local',
    durationMs: 20_000,
    count: 400,
    env: {},
  },
  {
    id: 'forged-forwarded',
    title: '7. forged `X-Forwarded-For` under `next start`',
    host: 'next',
    stores: ['memory'],
    provider: 'local',
    durationMs: 20_000,
    count: 80,
    // Only the per-address budget may refuse these questions: the session's own limits are out of the way.
    // The documented deployment names the platform's client-address header (docs/deployment.md, Client address).
    env: {
      RATE_LIMIT_SESSION_PER_MINUTE: '10000',
      SESSION_QUEUE_MAX: '100',
      CLIENT_IP_HEADER: PLATFORM_CLIENT_IP_HEADER,
    },
  },
  {
    id: 'old-token',
    title: '8. old resume token after its session expired',
    host: 'custom',
    stores: ['memory', 'redis'],
    provider: 'local',
    durationMs: (SESSION_TTL_SECONDS + 25) * 1000,
    count: 1,
    fixedDuration: true,
    env: { SESSION_TTL_SECONDS: String(SESSION_TTL_SECONDS) },
  },
];

export interface AttackRow {
  spec: AttackSpec;
  store: Store;
  durationMs: number;
  count: number;
}

/** The runs selected: each chosen attack on each chosen store it applies to, bounds scaled. */
export function selectRows(ids: readonly AttackId[], stores: readonly Store[], scale: number): AttackRow[] {
  return CATALOGUE.filter((spec) => ids.includes(spec.id)).flatMap((spec) =>
    spec.stores
      .filter((store) => stores.includes(store))
      .map((store) => ({
        spec,
        store,
        durationMs: spec.fixedDuration ? spec.durationMs : Math.round(spec.durationMs * scale),
        count: spec.fixedDuration ? spec.count : Math.max(1, Math.round(spec.count * Math.max(1, scale))),
      })),
  );
}
