// The error the core throws for what the user should see, and the codes every
// shell carries across its boundary (ApiError in the service's contract).

export type ErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'file_refused'
  | 'conflict'
  | 'unknown_method'
  | 'unauthorized'
  | 'database_too_new'
  /** The database file cannot be used: not a database, read-only, a full disk, busy. */
  | 'database_unusable'
  /** Another process held the database's write lock longer than a write waits: try again. */
  | 'busy'
  | 'backup_failed'
  /** A heavy call was cancelled (by the user, or because the Werkbank stops); nothing was changed. */
  | 'cancelled'
  | 'internal';

/** Thrown inside the core for an error the user should see; the dispatcher turns it into an envelope. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Why, for a caller that acts on it without reading the Dutch: 'other-kind' is our uitvraag of the other kind. */
    readonly reason?: 'other-kind',
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
