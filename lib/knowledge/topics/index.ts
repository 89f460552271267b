import { ADVANCE_PAYMENT_TOPIC } from './advance-payment';
import { ASSETS_AND_CHANNELS_TOPIC } from './assets-and-channels';
import { COMPLIANCE_TOPIC } from './compliance';
import { DEPENDANTS_SUMMONS_AND_PAYROLL_TOPIC } from './dependants-summons-and-payroll';
import { EVERYDAY_SITUATIONS_TOPIC } from './everyday-situations';
import { INCOME_AND_DEDUCTIONS_TOPIC } from './income-and-deductions';
import { MORE_FOLLOW_UPS_TOPIC } from './more-follow-ups';
import { PAPERWORK_AND_FOLLOW_UPS_TOPIC } from './paperwork-and-follow-ups';
import { SIMPLE_REGIME_TOPIC } from './simple-regime';
import { SUSPENDED_RUT_AND_LAWSUIT_MONEY_TOPIC } from './suspended-rut-and-lawsuit-money';
import type { KnowledgeTopic } from './topic';

/** Every subject area beyond the base's core entries (see `topic.ts`), sorted by file name. */
export const KNOWLEDGE_TOPICS: readonly KnowledgeTopic[] = [
  ADVANCE_PAYMENT_TOPIC,
  ASSETS_AND_CHANNELS_TOPIC,
  COMPLIANCE_TOPIC,
  DEPENDANTS_SUMMONS_AND_PAYROLL_TOPIC,
  EVERYDAY_SITUATIONS_TOPIC,
  INCOME_AND_DEDUCTIONS_TOPIC,
  MORE_FOLLOW_UPS_TOPIC,
  PAPERWORK_AND_FOLLOW_UPS_TOPIC,
  SIMPLE_REGIME_TOPIC,
  SUSPENDED_RUT_AND_LAWSUIT_MONEY_TOPIC,
];
