import type { AppApi } from '../../shared/contract/api';
import { createApiClient, type ClientTransport } from '../../shared/contract/wire';
import { alwaysUp, type Link } from './linkState';
import { createWebHostClient, takeToken } from './webHostClient';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    vaxel?: ClientTransport;
  }
}

/** Electron's preload transport when present, otherwise the web host that served this page. */
export function connectApi(): { api: AppApi; link: Link } | { error: 'no-token' } {
  if (window.vaxel) return { api: createApiClient(window.vaxel), link: alwaysUp };
  const token = takeToken(window.location, window.sessionStorage, window.history);
  if (!token) return { error: 'no-token' };
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebHostClient(`${scheme}://${window.location.host}/api?token=${encodeURIComponent(token)}`);
}
