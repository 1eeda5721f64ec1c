import { describe, expect, it } from 'vitest';
import { api, endpointGroups } from './api.ts';

describe('api', () => {
  it('names every endpoint once across the features (a spread would silently drop one)', () => {
    const names = Object.values(endpointGroups).flatMap((group) => Object.keys(group));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(api).length).toBe(names.length);
  });

  it('gives every endpoint its own method and path', () => {
    const routes = Object.values(api).map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });
});
