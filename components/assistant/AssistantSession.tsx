'use client';

// First: the provider module configures zod for the CSP before any other module of this chunk runs.
import { PanelStoreProvider, useAssistant } from './PanelStoreProvider';
import AssistantPanel from './AssistantPanel';
import { useEffect } from 'react';
import { hasConversation } from '@/lib/client/panel-store';
import type { PrivacyFacts } from '@/lib/privacy/retention';

/**
 * Everything the assistant runs in the browser (store, transports, protocol schemas, panel, markdown,
 * voice), loaded as one chunk on the first open. It stays mounted afterwards, so reopening the panel
 * downloads nothing and reuses the same store, conversation and half-typed question included.
 */
export default function AssistantSession({
  id,
  open,
  webSocket,
  privacy,
  onClose,
  onKeptChange,
  onErased,
}: {
  id: string;
  open: boolean;
  webSocket: boolean;
  privacy: PrivacyFacts;
  /** Minimise: the panel goes, the conversation stays. */
  onClose: () => void;
  /** Whether a closed panel would keep something to come back to. */
  onKeptChange: (kept: boolean) => void;
  /** After «Cerrar y borrar» (minimised) or «Borrar mi conversación» (privacy notice). */
  onErased: () => void;
}) {
  return (
    <PanelStoreProvider webSocket={webSocket}>
      <KeptReporter onKeptChange={onKeptChange} />
      {open ? (
        <ErasablePanel id={id} privacy={privacy} onClose={onClose} onErased={onErased} />
      ) : (
        <CloseAndErase onErased={onErased} />
      )}
    </PanelStoreProvider>
  );
}

function ErasablePanel({
  onErased,
  ...panel
}: {
  id: string;
  privacy: PrivacyFacts;
  onClose: () => void;
  onErased: () => void;
}) {
  const close = useAssistant((state) => state.close);
  return (
    <AssistantPanel
      {...panel}
      onErase={() => {
        close();
        onErased();
      }}
    />
  );
}

function KeptReporter({ onKeptChange }: { onKeptChange: (kept: boolean) => void }) {
  const kept = useAssistant(hasConversation);
  useEffect(() => onKeptChange(kept), [kept, onKeptChange]);
  return null;
}

/**
 * The deliberate close, shown above the launcher while a minimised panel keeps a conversation: it erases
 * the conversation here and on the server (the seed's rule for closing), e.g. on a shared computer.
 */
function CloseAndErase({ onErased }: { onErased: () => void }) {
  const kept = useAssistant(hasConversation);
  const close = useAssistant((state) => state.close);
  if (!kept) return null;
  return (
    <button
      type="button"
      aria-label="Cerrar y borrar la conversación"
      data-testid="assistant-close-and-erase"
      onClick={() => {
        close();
        onErased();
      }}
      className="focus-halo min-h-touch rounded-full border-2 border-dian-blue-dark bg-surface px-4 text-sm font-semibold text-dian-blue-dark shadow-card hover:bg-dian-sky"
    >
      Cerrar y borrar
    </button>
  );
}
