'use client';

import { LAUNCHER_ID, OPEN_ASSISTANT_EVENT } from './launcher-events';

/**
 * The page's first Tab stop: the launcher floats at the end of the Tab order, behind every link of the
 * page. Before the page's scripts run, the link's target alone moves focus to the launcher.
 */
export function AssistantSkipLink({ className }: { className: string }) {
  return (
    <a
      href={`#${LAUNCHER_ID}`}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        window.dispatchEvent(new Event(OPEN_ASSISTANT_EVENT));
      }}
    >
      Ir al asistente virtual
    </a>
  );
}
