/**
 * Where clear text may go: only to this computer. Passwords, tokens and customers' words travel
 * encrypted (https, wss, TLS) to anything else; plain http/ws is for a relay or gateway on loopback
 * (tests, a reverse proxy on the same machine).
 */
import { parseUrl, type UrlParts } from './urlParts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export const isLoopbackHost = (host: string): boolean => LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** https/wss anywhere; http/ws only to loopback. Anything else (or not a URL) is refused. */
export function isSecureOrLoopbackUrl(raw: string): boolean {
  let url: UrlParts;
  try {
    url = parseUrl(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'https:' || url.protocol === 'wss:') return true;
  return (url.protocol === 'http:' || url.protocol === 'ws:') && isLoopbackHost(url.hostname);
}
