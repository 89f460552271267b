'use client';

import { useState } from 'react';
import type { ConnectionStatus } from '@/lib/client/transport';
import { useAssistant } from './PanelStoreProvider';

const STATUS_TEXT: Record<ConnectionStatus, string> = {
  idle: 'Sin conectar',
  connecting: 'Conectando…',
  open: 'Conectado',
  reconnecting: 'Sin conexión, reintentando…',
  closed: 'Desconectado',
};

/**
 * Connection state and, in offline mode, an honest label that answers come from the local knowledge base.
 * On a phone it takes one line (the dot and the state first, the rest cut short) and opens on a tap, so the
 * conversation keeps its room when the keyboard is up; wider screens show it all.
 */
export function ConnectionBadge() {
  const status = useAssistant((state) => state.status);
  const provider = useAssistant((state) => state.provider);
  const transport = useAssistant((state) => state.transport);
  const [expanded, setExpanded] = useState(false);
  const hasDetails = provider === 'local' || transport === 'http';
  return (
    <div
      className="flex min-w-0 items-center gap-1 text-xs text-dian-mist"
      data-testid="assistant-status"
      data-status={status}
      data-transport={transport}
    >
      <p className={`min-w-0 ${expanded ? '' : 'max-sm:truncate'}`}>
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
      {hasDetails && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          aria-label="Detalles de la conexión"
          data-testid="assistant-status-details"
          className="min-h-6 shrink-0 rounded-sm px-1 font-semibold underline underline-offset-2 sm:hidden"
        >
          Detalles <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
        </button>
      )}
    </div>
  );
}
