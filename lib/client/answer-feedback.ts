import type { Verdict } from '../protocol';

/** What the rating group says once the server holds the citizen's verdict, or after taking it back. */
export const FEEDBACK_THANKS = 'Gracias, lo tendremos en cuenta.';
export const FEEDBACK_WITHDRAWN = 'Quitaste tu calificación.';

const QUESTION_IN_NAME_CHARS = 60;

/**
 * The rating group's accessible name: it names the question, so a screen-reader user moving between the
 * groups of a conversation hears which answer each one rates.
 */
export function feedbackGroupName(question: string | undefined): string {
  if (!question) return '¿Te sirvió esta respuesta?';
  const chars = [...question];
  const shown =
    chars.length > QUESTION_IN_NAME_CHARS ? `${chars.slice(0, QUESTION_IN_NAME_CHARS).join('')}…` : question;
  return `¿Te sirvió la respuesta a «${shown}»?`;
}

export function feedbackStatus(verdict: Verdict | undefined): string {
  if (verdict === undefined) return '';
  return verdict === 'none' ? FEEDBACK_WITHDRAWN : FEEDBACK_THANKS;
}
