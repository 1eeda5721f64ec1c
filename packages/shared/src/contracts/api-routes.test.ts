import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiRoutesSource } from '../../scripts/generate-api-routes.ts';
import { api } from './api.ts';
import { routeTableOf } from './api-route-table.ts';
import { apiRoutes } from './api-routes.ts';

describe('the client route table', () => {
  it('is the contract without its schemas', () => {
    expect(apiRoutes).toEqual(routeTableOf(api));
  });

  it('is the file the generator writes (run `npm run generate:api-routes`)', () => {
    const file = readFileSync(new URL('./api-routes.ts', import.meta.url), 'utf8');
    expect(file).toBe(apiRoutesSource());
  });

  it('marks the endpoints whose answer is the session', () => {
    const session = Object.entries(apiRoutes)
      .filter(([, r]) => r.returnsSession)
      .map(([name]) => name);
    expect(session).toContain('getSession');
    expect(session).toContain('signIn');
  });
});
