import type { z } from 'zod';
import { errorCatalog, type ErrorCode, type TLocale, type TSocketError } from '@yorisoi/shared';
import { AppError, type AppErrorIssue } from '../platform/errors.ts';

export function socketError(
  code: ErrorCode,
  locale: TLocale,
  issues?: AppErrorIssue[],
): TSocketError {
  return {
    error: { code, message: errorCatalog[code][locale], ...(issues ? { issues } : {}) },
  };
}

export function validationError(error: z.ZodError, locale: TLocale): TSocketError {
  return socketError(
    'VALIDATION_FAILED',
    locale,
    error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

/** A catalog error stays what it is; anything else is INTERNAL and must be logged by the caller. */
export function isExpectedError(error: unknown): error is AppError {
  return error instanceof AppError;
}
