import type { EndpointDef } from './endpoint.ts';
import { ZSessionResponse } from './session.ts';

/**
 * What the web client needs of an endpoint at run time: where to send it and whether its
 * answer is the session. The schemas stay on the server (which checks every request and
 * every response) and in the client's types, so that no validation library reaches a
 * phone's first page.
 */
export interface ApiRoute {
  method: EndpointDef['method'];
  path: string;
  access: EndpointDef['access'];
  /** The answer is the session (sign-in, sign-out, the session itself): the client keeps it. */
  returnsSession: boolean;
}

/** The route table of an endpoint map, in its order (what api-routes.ts must hold). */
export function routeTableOf(endpoints: Record<string, EndpointDef>): Record<string, ApiRoute> {
  return Object.fromEntries(
    Object.entries(endpoints).map(([name, e]) => [
      name,
      {
        method: e.method,
        path: e.path,
        access: e.access,
        returnsSession: e.response === ZSessionResponse,
      },
    ]),
  );
}
