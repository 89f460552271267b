'use client';

// First: the provider module configures zod for the CSP before any other module of this chunk runs.
import { AssistantStoreProvider } from './AssistantStoreProvider';
import AssistantPanel from './AssistantPanel';

/**
 * Everything the assistant runs in the browser (store, transports, protocol schemas, panel, markdown,
 * voice), loaded as one chunk on the first open. It stays mounted afterwards, so reopening the panel
 * downloads nothing and reuses the same store.
 */
export default function AssistantSession({
  id,
  open,
  webSocket,
  onClose,
}: {
  id: string;
  open: boolean;
  webSocket: boolean;
  onClose: () => void;
}) {
  return (
    <AssistantStoreProvider webSocket={webSocket}>
      {open && <AssistantPanel id={id} onClose={onClose} />}
    </AssistantStoreProvider>
  );
}
