'use client';

import { useEffect, useId, useRef } from 'react';
import { hiddenKindsInSpanish, placeholderSegments } from '@/lib/privacy/personal-data';
import { useAssistant } from './PanelStoreProvider';

/**
 * Before a question with personal data goes: what will be hidden (the masked text, placeholders marked),
 * and the choice to send it so or to edit it. The store announces it; focus moves to the first choice, so
 * a keyboard user decides without hunting for it. `onEdit` runs after the text is back in the draft.
 */
export function PrivacyReview({ onEdit }: { onEdit: () => void }) {
  const titleId = useId();
  const review = useAssistant((state) => state.review);
  const sendMasked = useAssistant((state) => state.sendMasked);
  const editReview = useAssistant((state) => state.editReview);
  const sendRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (review) sendRef.current?.focus();
  }, [review]);

  if (!review) return null;
  const edit = () => {
    editReview();
    onEdit();
  };
  return (
    <section
      aria-labelledby={titleId}
      data-testid="privacy-review"
      onKeyDown={(event) => {
        // Escape goes back to the text instead of minimising the panel with the question undecided.
        if (event.key === 'Escape') {
          event.stopPropagation();
          edit();
        }
      }}
      className="mb-2 rounded-md border-2 border-dian-blue bg-dian-sky p-2 text-sm text-ink"
    >
      <h3 id={titleId} className="font-bold">
        Antes de enviar: ocultaremos {hiddenKindsInSpanish(review.hidden)}
      </h3>
      <p className="mt-1">No lo necesitamos para responderte. Tu pregunta se enviará así:</p>
      <p
        className="mt-1 max-h-24 overflow-y-auto rounded bg-surface p-2 break-words"
        data-testid="privacy-review-text"
      >
        {placeholderSegments(review.masked).map((segment, index) =>
          segment.hidden ? (
            <mark key={index} className="rounded bg-dian-yellow px-0.5 font-semibold text-ink">
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          ref={sendRef}
          type="button"
          onClick={sendMasked}
          data-testid="privacy-review-send"
          className="on-dark min-h-touch rounded-md bg-dian-blue px-3 font-semibold text-white"
        >
          Enviar con datos ocultos
        </button>
        <button
          type="button"
          onClick={edit}
          data-testid="privacy-review-edit"
          className="min-h-touch rounded-md border-2 border-dian-blue bg-surface px-3 font-semibold text-dian-blue"
        >
          Editar mi pregunta
        </button>
      </div>
    </section>
  );
}
