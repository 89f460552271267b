import { INCOME_AND_DEDUCTIONS_TOPIC } from './income-and-deductions';
import type { KnowledgeTopic } from './topic';

/** Every subject area beyond the base's core entries (see `topic.ts`). */
export const KNOWLEDGE_TOPICS: readonly KnowledgeTopic[] = [INCOME_AND_DEDUCTIONS_TOPIC];
