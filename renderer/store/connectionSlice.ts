import type { AppInfo, AppStatus } from '../../shared/contract/api';
import type { LinkState } from '../api/linkState';
import type { SliceCreator } from './appState';

export interface ConnectionSlice {
  link: LinkState;
  browserOnline: boolean;
  info: AppInfo | null;
  status: AppStatus;
  setBrowserOnline(online: boolean): void;
  refreshStatus(): Promise<void>;
  /** After the link comes back: everything shown may be stale. */
  refreshAfterReconnect(): Promise<void>;
}

/** Online means: the window reaches the services, the machine has a network, and the services report none down. */
export function isOnline(s: Pick<ConnectionSlice, 'link' | 'browserOnline' | 'status'>): boolean {
  return s.link === 'up' && s.browserOnline && s.status.online;
}

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (set, get, { api, link }) => {
  link.onChange((state) => {
    set({ link: state });
    if (state === 'up') void get().refreshAfterReconnect();
  });
  api.on('statusChanged', (status) => set({ status }));
  return {
    link: link.state(),
    browserOnline: true,
    info: null,
    status: { outboxPending: 0, online: true },
    setBrowserOnline: (browserOnline) => set({ browserOnline }),
    refreshStatus: async () => {
      try {
        const [info, status] = await Promise.all([api.getInfo(), api.getStatus()]);
        set({ info, status });
      } catch (e) {
        get().showError(e);
      }
    },
    refreshAfterReconnect: async () => {
      const s = get();
      // what the services pushed while the link was down is lost: ask again, "Svara först" included
      await Promise.all([s.refreshStatus(), s.loadSettings(), s.invalidateQueue(), s.reloadCase(), s.loadFirstToAnswer()]);
    },
  };
};
