/**
 * Writes src/contracts/api-routes.ts from the contract (`npm run generate:api-routes`).
 * A test fails when the file and the contract disagree, so a new endpoint cannot be
 * forgotten.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { api } from '../src/contracts/api.ts';
import { routeTableOf } from '../src/contracts/api-route-table.ts';

export function apiRoutesSource(): string {
  const lines = Object.entries(routeTableOf(api)).map(
    ([name, r]) =>
      `  ${name}: { method: '${r.method}', path: '${r.path}', access: '${r.access}', returnsSession: ${r.returnsSession} },`,
  );
  return [
    '// Generated from the contract by `npm run generate:api-routes`; do not edit by hand.',
    "import type { ApiRoute } from './api-route-table.ts';",
    "import type { EndpointName } from './api.ts';",
    '',
    '/** Method, path and access of every endpoint, without its schemas (see api-route-table.ts). */',
    'export const apiRoutes: { readonly [N in EndpointName]: ApiRoute } = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../src/contracts/api-routes.ts', import.meta.url));
  writeFileSync(target, apiRoutesSource());
  console.log(`wrote ${target}`);
}
