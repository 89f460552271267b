import type { PrivacyFacts } from '../privacy/retention';
import { loadConfig } from './config';

let facts: PrivacyFacts | undefined;

/**
 * The privacy notice's facts from this process's configuration (the same the custom server or
 * `next start` validated at start-up), read once.
 */
export function privacyFacts(): PrivacyFacts {
  if (!facts) {
    const config = loadConfig();
    facts = { sessionTtlSeconds: config.SESSION_TTL_SECONDS, store: config.REDIS_URL ? 'redis' : 'memory' };
  }
  return facts;
}
