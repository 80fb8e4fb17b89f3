/**
 * The page a customer chats from, as agents see it: origin and path only. A query string or a
 * fragment can hold a session, an order token or a password-reset link, and is none of the
 * agents' business, so the widget never sends it and the relay drops it if an old widget does.
 */
import { parseUrl } from './urlParts';

export function pageAddress(raw: string): string | null {
  try {
    const u = parseUrl(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.origin}${u.pathname}`.slice(0, 2000);
  } catch {
    return null;
  }
}
