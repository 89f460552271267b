/** The launcher's element id: the skip link's target when scripts have not run yet. */
export const LAUNCHER_ID = 'asistente-virtual-lanzador';

/**
 * Dispatched on `window` by the skip link: the assistant opens, or takes focus back if already open. An
 * event rather than shared state because the link lives in the layout, before the page that renders the
 * assistant.
 */
export const OPEN_ASSISTANT_EVENT = 'asistente-virtual:abrir';
