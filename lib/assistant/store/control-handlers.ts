import type { ControlAction } from './session-store';

type ControlHandler = (id: string, action: ControlAction) => void;

/** Who in this process acts on a stop or reset (the service aborts the running answer), for either store. */
export class ControlHandlers {
  private readonly handlers: ControlHandler[] = [];

  add(handler: ControlHandler): void {
    this.handlers.push(handler);
  }

  dispatch(id: string, action: ControlAction): void {
    for (const handler of this.handlers) handler(id, action);
  }
}
