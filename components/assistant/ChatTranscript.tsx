'use client';

import { useEffect, useRef } from 'react';
import type { ChatMessage } from '@/lib/client/assistant-store';
import { useAssistant } from './AssistantStoreProvider';
import { MarkdownMessage } from './MarkdownMessage';

const WELCOME =
  'Hola. Soy el asistente virtual para tu declaración de renta. Pregúntame, por ejemplo, si debes declarar, cuándo vence tu plazo o cómo pagar.';

function AnswerBody({ message }: { message: ChatMessage }) {
  if (message.state === 'error') {
    return <p className="font-semibold text-danger">{message.text}</p>;
  }
  if (message.state === 'sending') return <p className="text-ink-muted">Escribiendo…</p>;
  return (
    <>
      <MarkdownMessage text={message.text} />
      {message.state === 'stopped' && (
        <p className="mt-1 text-xs text-ink-muted italic">Respuesta detenida.</p>
      )}
    </>
  );
}

export function ChatTranscript() {
  const messages = useAssistant((state) => state.messages);
  const endRef = useRef<HTMLDivElement>(null);
  const lastText = messages.at(-1)?.text;

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [messages.length, lastText]);

  return (
    <div className="flex-1 overflow-y-auto px-3 py-3" data-testid="assistant-transcript">
      <p className="mb-3 rounded-card bg-dian-sky p-3 text-sm">{WELCOME}</p>
      <ol className="flex flex-col gap-3" aria-label="Conversación">
        {messages.map((message) => (
          <li
            key={`${message.role}-${message.id}`}
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
            {message.role === 'user' ? message.text : <AnswerBody message={message} />}
          </li>
        ))}
      </ol>
      <div ref={endRef} />
    </div>
  );
}
