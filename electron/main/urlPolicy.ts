/** Pure URL rules for the Electron shell, kept apart from 'electron' so they are tested in Node. */

export const APP_SCHEME = 'app';
export const APP_HOST = 'vaxel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Only pages the app itself serves may call the API or be navigated to. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Links the agent may open outside the app: web pages over https, mail and phone links. Never
 * file:, javascript:, custom schemes, or credentials in the URL.
 */
export function isSafeExternalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:') return !u.username && !u.password && u.hostname.length > 0;
  if (u.protocol === 'mailto:' || u.protocol === 'tel:') return url.length < 2048;
  return false;
}

/** The mailto: fields passed on; attach=, bcc= and the like never are. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc']);

/**
 * The URL to hand to the system, rebuilt from its parts, or null when it must not be opened:
 * https pages (no credentials), mailto: with subject, body and cc only, tel: with a number only.
 */
export function externalUrl(url: string): string | null {
  if (!isSafeExternalUrl(url)) return null;
  const u = new URL(url);
  if (u.protocol === 'https:') return u.href;
  if (u.protocol === 'tel:') {
    const number = decodeURIComponent(u.pathname).replace(/[^\d+]/g, '');
    return /^\+?\d{3,20}$/.test(number) ? `tel:${number}` : null;
  }
  const to = decodeURIComponent(u.pathname);
  if (!/^[^\s@,;<>]+@[^\s@,;<>]+$/.test(to)) return null;
  const kept = new URLSearchParams();
  for (const [k, v] of u.searchParams) if (MAILTO_FIELDS.has(k.toLowerCase())) kept.append(k.toLowerCase(), v);
  const q = kept.toString().replace(/\+/g, '%20');
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}${q ? `?${q}` : ''}`;
}

/** Links that leave the app for the web: the agent is asked first (they may come from a customer's e-mail). */
export const asksBeforeOpening = (url: string): boolean => url.startsWith('https:');

/** The CSP the app protocol sends with every page. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Map app://vaxel/some/path to a file below root; null for anything that escapes it. */
export function resolveAppPath(root: string, url: string, join: (...p: string[]) => string, normalize: (p: string) => string): string | null {
  if (!isAppUrl(url)) return null;
  const pathname = decodeURIComponent(new URL(url).pathname);
  const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const full = normalize(join(root, rel));
  const base = normalize(join(root, '/'));
  return full.startsWith(base) ? full : null;
}
