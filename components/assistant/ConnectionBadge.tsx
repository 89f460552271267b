'use client';

import type { ConnectionStatus } from '@/lib/client/transport';
import { useAssistant } from './AssistantStoreProvider';

const STATUS_TEXT: Record<ConnectionStatus, string> = {
  idle: 'Sin conectar',
  connecting: 'Conectando…',
  open: 'Conectado',
  reconnecting: 'Sin conexión, reintentando…',
  closed: 'Desconectado',
};

/** Connection state and, in offline mode, an honest label that answers come from the local knowledge base. */
export function ConnectionBadge() {
  const status = useAssistant((state) => state.status);
  const provider = useAssistant((state) => state.provider);
  const transport = useAssistant((state) => state.transport);
  return (
    <p
      className="text-xs text-dian-mist"
      data-testid="assistant-status"
      data-status={status}
      data-transport={transport}
    >
      <span
        aria-hidden="true"
        className={`mr-1 inline-block size-2 rounded-full ${status === 'open' ? 'bg-dian-yellow' : 'bg-dian-mist'}`}
      />
      {STATUS_TEXT[status]}
      {provider === 'local' && (
        <span data-testid="assistant-offline-mode">
          {' '}
          · Respuestas ya escritas de esta guía, sin inteligencia artificial
        </span>
      )}
      {/* Diagnostic only: answers are the same either way. */}
      {transport === 'http' && <span data-testid="assistant-transport-http"> · vía HTTP</span>}
    </p>
  );
}
