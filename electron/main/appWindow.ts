import path from 'node:path';
import { BrowserWindow, dialog, shell } from 'electron';
import { APP_ORIGIN, asksBeforeOpening, externalUrl, isAppUrl } from './urlPolicy';

/** The agent window, locked down as the Electron security checklist asks. */
export function createAppWindow(preloadFile: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Växel',
    show: false,
    icon: path.join(__dirname, 'resources', 'icon.png'),
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());

  // only the normalised URL goes to the system, and a web link is shown to the agent first
  const openOutside = async (url: string) => {
    const safe = externalUrl(url);
    if (!safe) return;
    if (asksBeforeOpening(safe)) {
      const { response } = await dialog.showMessageBox(win, { type: 'question', buttons: ['Öppna', 'Avbryt'], defaultId: 1, cancelId: 1, message: 'Öppna länken i webbläsaren?', detail: safe });
      if (response !== 0) return;
    }
    await shell.openExternal(safe);
  };
  win.webContents.on('will-navigate', (e, url) => {
    if (!isAppUrl(url)) {
      e.preventDefault();
      void openOutside(url);
    }
  });
  win.webContents.on('will-redirect', (e, url) => {
    if (!isAppUrl(url)) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    void openOutside(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
