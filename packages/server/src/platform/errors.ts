import type { ErrorCode } from '@yorisoi/shared';

export interface AppErrorIssue {
  path: string;
  message: string;
}

/** A domain error with a stable code from the shared catalog; transport-agnostic. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly issues: AppErrorIssue[] | undefined;

  constructor(
    code: ErrorCode,
    options: { issues?: AppErrorIssue[]; cause?: unknown; detail?: string } = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.code = code;
    this.issues = options.issues;
  }
}

/** Whether PostgreSQL reported this SQLSTATE, as both drivers do (possibly as a cause). */
function hasSqlState(error: unknown, code: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (
      typeof current === 'object' &&
      current !== null &&
      'code' in current &&
      current.code === code
    ) {
      return true;
    }
    current =
      typeof current === 'object' && current !== null && 'cause' in current ? current.cause : null;
  }
  return false;
}

/** PostgreSQL's unique_violation, as both drivers report it. */
export const isUniqueViolation = (error: unknown) => hasSqlState(error, '23505');

/** deadlock_detected: the statement was rolled back and may simply be tried again. */
export const isDeadlock = (error: unknown) => hasSqlState(error, '40P01');
