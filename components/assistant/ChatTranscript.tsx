'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type { ChatMessage } from '@/lib/client/chat-message';
import { useAssistant } from './PanelStoreProvider';
import { AnswerFeedback } from './AnswerFeedback';
import { CalendarButtons } from './CalendarButtons';
import { MarkdownMessage } from './MarkdownMessage';

const WELCOME =
  'Hola. Soy el asistente virtual para tu declaración de renta. Pregúntame, por ejemplo, si debes declarar, cuándo vence tu plazo o cómo pagar.';
// Said once at the top of each conversation rather than under every answer.
const DISCLAIMER =
  'Mis respuestas son informativas: no son un concepto oficial ni una decisión vinculante de la DIAN.';

function AnswerBody({ message, question }: { message: ChatMessage; question?: string }) {
  if (message.state === 'error') {
    return <p className="font-semibold text-danger">{message.text}</p>;
  }
  if (message.state === 'sending') return <p className="text-ink-muted">Escribiendo…</p>;
  return (
    <>
      <div data-testid="answer-text">
        <MarkdownMessage text={message.text} />
      </div>
      {message.state === 'done' && (
        <>
          <CalendarButtons answer={message.text} question={question} />
          <AnswerFeedback id={message.id} question={question} verdict={message.verdict} />
        </>
      )}
      {message.state === 'stopped' && (
        <p className="mt-1 text-xs text-ink-muted italic">Respuesta detenida.</p>
      )}
    </>
  );
}

/** Within this many pixels of the end, the reader counts as following the conversation. */
const FOLLOW_THRESHOLD_PX = 48;
/** Room left above a long answer's first line where the view stops following it. */
const ANSWER_TOP_MARGIN_PX = 12;

const isNearEnd = (element: HTMLElement) =>
  element.scrollHeight - element.scrollTop - element.clientHeight <= FOLLOW_THRESHOLD_PX;

export function ChatTranscript() {
  const messages = useAssistant((state) => state.messages);
  // A question and its answer share an id; the answer's actions may need what was asked.
  const questions = new Map(
    messages.filter((message) => message.role === 'user').map((message) => [message.id, message.text]),
  );
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  const lastItemRef = useRef<HTMLLIElement>(null);
  // The answer whose first line the view stopped at: it is not followed past that again.
  const pinnedAnswerId = useRef<string | undefined>(undefined);
  // Where that stop put the view: the scroll it causes is ours, not the reader coming back to the end.
  const pinnedTop = useRef<number | undefined>(undefined);
  const seenCount = useRef(messages.length);
  // What the reader last saw at the end of the transcript; anything newer while scrolled up is "unseen".
  // The state counts too: a finished answer can grow by its actions (e.g. "Agregar a mi calendario").
  const last = messages.at(-1);
  const signature = `${messages.length}:${last?.text.length ?? 0}:${last?.state ?? ''}`;
  const [seenSignature, setSeenSignature] = useState(signature);
  const hasUnseen = !following && signature !== seenSignature;

  // Where the transcript last rested, by our own jump or a reported scroll. The browser reports a scroll
  // only at the next frame, so a reader who has just scrolled up shows here before `following` turns false.
  const restingTop = useRef(0);

  const jumpTo = (scroller: HTMLElement, top: number) => {
    scroller.scrollTop = top;
    restingTop.current = scroller.scrollTop;
  };

  const scrollToEnd = () => {
    const scroller = scrollerRef.current;
    if (scroller) jumpTo(scroller, scroller.scrollHeight);
  };

  /**
   * Follows a streaming answer until its first line reaches the top, then stays there: the citizen reads
   * an answer from its start (where the date or the yes/no is), as in the best chat interfaces, and the
   * "Nuevos mensajes" button offers the rest.
   */
  const follow = () => {
    const scroller = scrollerRef.current;
    const answer = last?.role === 'assistant' ? last : undefined;
    const item = lastItemRef.current;
    // Hidden (another tab is shown): nothing can be measured; it catches up when shown.
    if (!scroller || scroller.clientHeight === 0) return;
    if (!answer || !item || pinnedAnswerId.current === answer.id) return scrollToEnd();
    const answerTop =
      scroller.scrollTop +
      item.getBoundingClientRect().top -
      scroller.getBoundingClientRect().top -
      ANSWER_TOP_MARGIN_PX;
    if (answerTop >= scroller.scrollHeight - scroller.clientHeight) return scrollToEnd();
    pinnedAnswerId.current = answer.id;
    jumpTo(scroller, answerTop);
    pinnedTop.current = scroller.scrollTop;
    setFollowing(false);
  };

  // Layout effect: the jump happens before paint, so a following reader never sees the text shift.
  useLayoutEffect(() => {
    const asked = messages.slice(seenCount.current).some((message) => message.role === 'user');
    seenCount.current = messages.length;
    const scroller = scrollerRef.current;
    const leftTheEnd = !!scroller && scroller.scrollTop < restingTop.current - FOLLOW_THRESHOLD_PX;
    if (asked) scrollToEnd();
    else if (following && !leftTheEnd) follow();
  }, [signature]); // eslint-disable-line react-hooks/exhaustive-deps

  // What the visibility observer below, which outlives renders, acts on.
  const catchUpRef = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    catchUpRef.current = () => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      if (following) follow();
      else scroller.scrollTop = restingTop.current;
    };
  });

  // A transcript in a hidden tab has no layout, so the jumps made while it was hidden did nothing: when it
  // is shown again, it catches up (to where it follows, or where the reader left it) before it is painted.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let shown = scroller.clientHeight > 0;
    const observer = new ResizeObserver(() => {
      const nowShown = scroller.clientHeight > 0;
      if (nowShown && !shown) catchUpRef.current();
      shown = nowShown;
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <div
        ref={scrollerRef}
        onScroll={(event) => {
          const { scrollTop } = event.currentTarget;
          restingTop.current = scrollTop;
          if (pinnedTop.current !== undefined && Math.abs(scrollTop - pinnedTop.current) < 1) return;
          pinnedTop.current = undefined;
          const nearEnd = isNearEnd(event.currentTarget);
          setFollowing(nearEnd);
          if (nearEnd) setSeenSignature(signature);
        }}
        // Focusable so keyboard users can scroll a long conversation; not a live region (tokens stay silent).
        tabIndex={0}
        role="region"
        aria-label="Conversación"
        className="flex-1 overflow-y-auto overscroll-contain px-3 py-3"
        data-testid="assistant-transcript"
      >
        <div className="mb-3 rounded-card bg-dian-sky p-3 text-sm">
          <p>{WELCOME}</p>
          <p className="mt-1 text-ink-muted" data-testid="assistant-disclaimer">
            {DISCLAIMER}
          </p>
        </div>
        <ol className="flex flex-col gap-3">
          {messages.map((message, index) => (
            <li
              key={`${message.role}-${message.id}`}
              ref={index === messages.length - 1 ? lastItemRef : undefined}
              data-testid={message.role === 'user' ? 'message-user' : 'message-assistant'}
              data-state={message.state}
              aria-busy={message.state === 'streaming' || message.state === 'sending'}
              className={
                message.role === 'user'
                  ? 'ml-8 self-end rounded-card bg-dian-blue px-3 py-2 whitespace-pre-wrap text-white'
                  : 'mr-4 rounded-card border border-line bg-surface-muted px-3 py-2 text-sm'
              }
            >
              <span className="sr-only">
                {message.role === 'user' ? 'Tú dijiste: ' : 'El asistente respondió: '}
              </span>
              {message.role === 'user' ? (
                message.text
              ) : (
                <AnswerBody message={message} question={questions.get(message.id)} />
              )}
            </li>
          ))}
        </ol>
      </div>
      {hasUnseen && (
        <button
          type="button"
          onClick={scrollToEnd}
          data-testid="assistant-new-messages"
          className="on-dark absolute bottom-2 left-1/2 min-h-touch -translate-x-1/2 rounded-full bg-dian-blue px-4 text-sm font-semibold text-white shadow-card"
        >
          Nuevos mensajes <span aria-hidden="true">↓</span>
        </button>
      )}
    </div>
  );
}
