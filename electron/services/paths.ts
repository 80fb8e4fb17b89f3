import os from 'node:os';
import path from 'node:path';

/** The OS's folder for application data, as Electron's app.getPath('userData') would choose it. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Vaxel');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Vaxel');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'vaxel');
}
