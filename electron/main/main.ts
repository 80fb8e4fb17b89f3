import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, net, protocol, session } from 'electron';
import { AppError } from '../../shared/contract/errors';
import { loadOrCreateSealedDataKey } from '../services/secrets/sealedDataKey';
import { consoleLogger } from '../services/logger';
import { createAppWindow } from './appWindow';
import { forwardEvents, serveIpc } from './ipcServer';
import { createSafeStorageSecretBox } from './safeStorageSecretBox';
import { startServicesProcess } from './startServicesProcess';
import { APP_CSP, APP_ORIGIN, APP_SCHEME, isAppUrl, resolveAppPath } from './urlPolicy';

/** Electron main: windows, IPC and the OS keychain; the services run in a utilityProcess of their own. */
const logger = consoleLogger('main');
const argv = process.argv.slice(1);
const argValue = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) app.quit();

let services: Awaited<ReturnType<typeof startServicesProcess>> | null = null;

app.whenReady().then(async () => {
  const rendererDir = path.join(__dirname, 'renderer');
  protocol.handle(APP_SCHEME, async (req) => {
    const file = resolveAppPath(rendererDir, req.url, path.join, path.normalize);
    if (!file || !fs.existsSync(file)) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', APP_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
  // only the app's own pages may show notifications; nothing else, from anywhere, is granted
  session.defaultSession.setPermissionRequestHandler((_wc, permission, cb, details) => cb(permission === 'notifications' && isAppUrl(details.requestingUrl)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) => permission === 'notifications' && requestingOrigin === APP_ORIGIN);

  // the services run in a utilityProcess, which cannot reach the OS keychain: this process opens
  // the data key with it and hands the key over (see sealedDataKey.ts)
  const dataDir = argValue('--data-dir') ?? app.getPath('userData');
  try {
    const keychain = createSafeStorageSecretBox();
    const dataKey = keychain ? loadOrCreateSealedDataKey(dataDir, keychain) : undefined;
    services = await startServicesProcess(__dirname, { dataDir, mode: 'electron', demo: argv.includes('--demo'), osLocale: app.getLocale(), ...(dataKey ? { dataKey } : {}) });
  } catch (e) {
    dialog.showErrorBox('Växel', e instanceof AppError ? e.message : String(e));
    app.exit(1);
    return;
  }
  services.onGone((code) => {
    logger.error('the services stopped', { code });
    dialog.showErrorBox('Växel', `Växel's services stopped unexpectedly (exit ${code}). Nothing saved is lost; start Växel again.`);
    app.exit(1);
  });
  serveIpc(services.endpoint, logger);
  const win = createAppWindow(path.join(__dirname, 'preload.cjs'));
  forwardEvents(services.endpoint, win.webContents);
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
});

app.on('window-all-closed', () => {
  const stopping = services?.stop();
  services = null;
  void Promise.resolve(stopping).finally(() => app.quit());
});
