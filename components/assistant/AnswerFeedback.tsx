'use client';

import { feedbackGroupName, feedbackStatus } from '@/lib/client/answer-feedback';
import type { Verdict } from '@/lib/protocol';
import { useAssistant } from './PanelStoreProvider';

const OPTIONS: { verdict: Exclude<Verdict, 'none'>; label: string; icon: string }[] = [
  { verdict: 'helpful', label: 'Me sirvió', icon: '👍' },
  { verdict: 'unhelpful', label: 'No me sirvió', icon: '👎' },
];

/**
 * «Me sirvió» / «No me sirvió» under a complete answer: two toggle buttons showing the verdict the server
 * holds. Pressing the other one changes it; pressing the pressed one takes it back. The status, polite,
 * says when the server recorded it.
 */
export function AnswerFeedback({
  id,
  question,
  verdict,
}: {
  id: string;
  question?: string;
  verdict?: Verdict;
}) {
  const rate = useAssistant((state) => state.rate);
  return (
    <div
      role="group"
      aria-label={feedbackGroupName(question)}
      className="mt-2 flex flex-wrap items-center gap-2"
      data-testid="answer-feedback"
    >
      {OPTIONS.map((option) => (
        <button
          key={option.verdict}
          type="button"
          aria-pressed={verdict === option.verdict}
          onClick={() => rate(id, option.verdict)}
          className="inline-flex min-h-touch items-center gap-1 rounded-md border-2 border-dian-blue bg-surface px-3 text-sm font-semibold text-dian-blue aria-pressed:on-dark aria-pressed:bg-dian-blue aria-pressed:text-white"
        >
          <span aria-hidden="true">{option.icon}</span>
          <span>{option.label}</span>
        </button>
      ))}
      <p role="status" className="text-xs text-ink-muted">
        {feedbackStatus(verdict)}
      </p>
    </div>
  );
}
