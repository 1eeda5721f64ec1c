import { isErrorCode, type ErrorCode } from '@yorisoi/shared';

export interface FieldIssue {
  path: string;
  message: string;
}

/** An error answered by the API (or found by the client's own validation of a request). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: FieldIssue[];
  readonly requestId: string | null;

  constructor(
    code: ErrorCode,
    status: number,
    message: string,
    issues: FieldIssue[] = [],
    requestId: string | null = null,
  ) {
    super(message);
    this.code = code;
    this.status = status;
    this.issues = issues;
    this.requestId = requestId;
  }
}

/** The request never reached the server (no network, server down, request aborted). */
export class OfflineError extends Error {
  override readonly name = 'OfflineError';
}

export type UiError = ApiError | OfflineError;

export function toUiError(error: unknown): UiError {
  if (error instanceof ApiError || error instanceof OfflineError) return error;
  return new ApiError('INTERNAL', 0, error instanceof Error ? error.message : String(error));
}

/** Reads the `{ error: { code, message, requestId, issues } }` body; anything else is INTERNAL. */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = error && isErrorCode(error.code) ? error.code : 'INTERNAL';
  const message = error && typeof error.message === 'string' ? error.message : `HTTP ${status}`;
  const requestId = error && typeof error.requestId === 'string' ? error.requestId : null;
  const issues =
    error && Array.isArray(error.issues)
      ? error.issues.filter(isRecord).map((issue) => ({
          path: String(issue.path ?? ''),
          message: String(issue.message ?? ''),
        }))
      : [];
  return new ApiError(code, status, message, issues, requestId);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The issue for a form field, matched on the dotted path (the server may prefix `body.`). */
export function issueFor(issues: readonly FieldIssue[], field: string): FieldIssue | undefined {
  return issues.find(
    (issue) =>
      issue.path === field || issue.path === `body.${field}` || issue.path.endsWith(`.${field}`),
  );
}

/** The catalog code of an error, or null for offline errors and no error. */
export function errorCode(error: UiError | null | undefined): ErrorCode | null {
  return error instanceof ApiError ? error.code : null;
}
