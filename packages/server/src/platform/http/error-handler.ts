import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { errorCatalog, type ErrorCode, type TErrorResponse } from '@yorisoi/shared';
import { AppError, type AppErrorIssue } from '../errors.ts';
import { requestLocale } from './locale.ts';

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return status >= 400 && status < 500 ? 'MALFORMED_REQUEST' : 'INTERNAL';
  }
}

function classify(error: unknown): { code: ErrorCode; issues?: AppErrorIssue[] } {
  if (error instanceof AppError)
    return error.issues ? { code: error.code, issues: error.issues } : { code: error.code };
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: 'VALIDATION_FAILED',
      issues: error.validation.map((v) => ({
        path: [
          error.validationContext ?? '',
          v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        ]
          .filter(Boolean)
          .join('.'),
        message: v.message ?? 'invalid',
      })),
    };
  }
  if (isResponseSerializationError(error)) return { code: 'INTERNAL' };
  const status = (error as FastifyError).statusCode;
  return { code: typeof status === 'number' ? codeForStatus(status) : 'INTERNAL' };
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  issues?: AppErrorIssue[],
) {
  const entry = errorCatalog[code];
  const body: TErrorResponse = {
    error: {
      code,
      message: entry[requestLocale(request)],
      requestId: String(request.id),
      ...(issues ? { issues } : {}),
    },
  };
  return reply.status(entry.status).type('application/json').send(JSON.stringify(body));
}

/** Maps every error once to its catalog code; only unexpected ones are logged as errors. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const { code, issues } = classify(error);
    if (code === 'INTERNAL') {
      request.log.error({ err: error }, 'unhandled error');
    } else {
      request.log.info({ code }, 'request refused');
    }
    return sendError(request, reply, code, issues);
  });
}
