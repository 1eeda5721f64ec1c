import { isIP } from 'node:net';

/**
 * Whether the server may POST to this push endpoint. Browsers' push services are public
 * HTTPS hosts; an address literal or localhost would let anyone make the server reach its
 * own network, so those are refused. Only the tests' local push service (config
 * `allowLoopbackHttp`) may listen on http://127.0.0.1.
 */
export function isAcceptablePushEndpoint(
  endpoint: string,
  { allowLoopbackHttp }: { allowLoopbackHttp: boolean },
): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'http:') return allowLoopbackHttp && url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) return false;
  return host !== 'localhost' && !host.endsWith('.localhost') && host.includes('.');
}
