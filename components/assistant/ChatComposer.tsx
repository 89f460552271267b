'use client';

import { useId, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { isGenerating } from '@/lib/client/panel-store';
import { MAX_MESSAGE_CHARS } from '@/lib/protocol';
import { useAssistant } from './PanelStoreProvider';
import { PrivacyNoticeButton } from './PrivacyNotice';
import { PrivacyReview } from './PrivacyReview';

const COUNTER_FROM = MAX_MESSAGE_CHARS - 500;

export function ChatComposer({ autoFocus = false }: { autoFocus?: boolean }) {
  const inputId = useId();
  const hintId = useId();
  const text = useAssistant((state) => state.draft);
  const setText = useAssistant((state) => state.setDraft);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const submitQuestion = useAssistant((state) => state.submit);
  const stop = useAssistant((state) => state.stop);
  const generating = useAssistant((state) => isGenerating(state.messages));
  const notice = useAssistant((state) => state.notice);
  const length = [...text].length;
  const tooLong = length > MAX_MESSAGE_CHARS;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || tooLong) return;
    // Sent at once, or held for review when it carries personal data (the review then takes focus).
    submitQuestion(text);
    // The Send button turns disabled once the box is empty; keep focus where the next question goes.
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing a character.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };

  return (
    <form
      onSubmit={submit}
      className="border-t border-line bg-surface px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))]"
      data-testid="assistant-composer"
    >
      {notice && (
        <p role="alert" className="mb-2 text-sm font-semibold text-danger" data-testid="assistant-notice">
          {notice}
        </p>
      )}
      <PrivacyReview onEdit={() => inputRef.current?.focus()} />
      <label htmlFor={inputId} className="sr-only">
        Escribe tu pregunta
      </label>
      <div className="flex items-end gap-2">
        <textarea
          ref={inputRef}
          id={inputId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          rows={2}
          autoFocus={autoFocus}
          placeholder="Escribe tu pregunta…"
          aria-describedby={hintId}
          aria-invalid={tooLong}
          data-testid="assistant-input"
          className="min-h-touch flex-1 resize-none rounded-md border border-line-strong px-3 py-2 text-base"
        />
        {generating && (
          <button
            type="button"
            onClick={() => {
              stop();
              // The button disappears with the answer it stops; focus must not fall back to the page.
              inputRef.current?.focus();
            }}
            data-testid="assistant-stop"
            className="min-h-touch rounded-md border-2 border-dian-blue px-4 font-semibold text-dian-blue"
          >
            Detener
          </button>
        )}
        <button
          type="submit"
          disabled={!text.trim() || tooLong}
          data-testid="assistant-send"
          className="on-dark min-h-touch rounded-md bg-dian-blue px-4 font-semibold text-white disabled:bg-line-strong"
        >
          Enviar
        </button>
      </div>
      <div className="flex items-center justify-between gap-2">
        <p
          id={hintId}
          data-testid="assistant-composer-hint"
          className={`mt-1 text-xs ${tooLong ? 'font-semibold text-danger' : 'text-ink-muted'}`}
        >
          {length >= COUNTER_FROM ? (
            `${length.toLocaleString('es-CO')} de ${MAX_MESSAGE_CHARS.toLocaleString('es-CO')} caracteres`
          ) : (
            <>
              {/* A touch keyboard has no Shift+Enter habit to teach; `display: none` also drops it from the description. */}
              <span className="touch:hidden">Enter envía; Shift+Enter agrega una línea. </span>
              No compartas contraseñas ni números de documento.
            </>
          )}
        </p>
        <PrivacyNoticeButton />
      </div>
    </form>
  );
}
