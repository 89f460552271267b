import { ASSETS_AND_CHANNELS_TOPIC } from './assets-and-channels';
import type { KnowledgeTopic } from './topic';

/** Every subject area beyond the base's core entries (see `topic.ts`). */
export const KNOWLEDGE_TOPICS: readonly KnowledgeTopic[] = [ASSETS_AND_CHANNELS_TOPIC];
