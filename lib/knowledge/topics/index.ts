import { COMPLIANCE_TOPIC } from './compliance';
import type { KnowledgeTopic } from './topic';

/** Every subject area beyond the base's core entries (see `topic.ts`). */
export const KNOWLEDGE_TOPICS: readonly KnowledgeTopic[] = [COMPLIANCE_TOPIC];
