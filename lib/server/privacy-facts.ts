import type { PrivacyFacts } from '../privacy/retention';
import { loadRetentionSettings } from './config';

let facts: PrivacyFacts | undefined;

/**
 * The privacy notice's facts from this process's configuration (the same variables the custom server or
 * `next start` validated at start-up), read once; nothing else of the configuration is needed to say them.
 */
export function privacyFacts(): PrivacyFacts {
  if (!facts) {
    const config = loadRetentionSettings();
    facts = { sessionTtlSeconds: config.SESSION_TTL_SECONDS, store: config.REDIS_URL ? 'redis' : 'memory' };
  }
  return facts;
}
