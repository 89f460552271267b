/** Why a store operation failed, as the doors and the core tell clients apart from bugs. */

export class SessionCapacityError extends Error {
  constructor() {
    super('session capacity reached');
    this.name = 'SessionCapacityError';
  }
}

/** The store could not be reached (Redis down or too slow): the request fails, the process lives on. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('session store unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}
