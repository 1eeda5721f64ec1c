import type { z } from 'zod';

/**
 * One API endpoint: its path and the zod schemas of what goes in and comes out.
 * The server registers routes from these; the web client derives its types from them.
 */
export interface EndpointDef {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  /** `public` needs no session; everything else needs one (and staff need their second factor). */
  access: 'public' | 'session';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
}

export type EndpointParams<E extends EndpointDef> = E['params'] extends z.ZodType
  ? z.input<E['params']>
  : undefined;
export type EndpointQuery<E extends EndpointDef> = E['query'] extends z.ZodType
  ? z.input<E['query']>
  : undefined;
export type EndpointBody<E extends EndpointDef> = E['body'] extends z.ZodType
  ? z.input<E['body']>
  : undefined;
export type EndpointResponse<E extends EndpointDef> = z.output<E['response']>;

export function defineEndpoint<const E extends EndpointDef>(endpoint: E): E {
  return endpoint;
}
