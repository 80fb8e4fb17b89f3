import type { Account, MethodInput } from '../../shared/contract/api';
import type { SliceCreator } from './appState';

export interface AccountsSlice {
  accounts: Account[];
  loadAccounts(): Promise<void>;
  saveAccount(input: MethodInput<'saveAccount'>): Promise<boolean>;
  removeAccount(id: string): Promise<void>;
}

export const createAccountsSlice: SliceCreator<AccountsSlice> = (set, get, { api }) => {
  const guarded = async (fn: () => Promise<void>) => {
    try {
      await fn();
      return true;
    } catch (e) {
      get().showError(e);
      return false;
    }
  };
  return {
    accounts: [],
    loadAccounts: async () => void (await guarded(async () => set({ accounts: await api.listAccounts() }))),
    saveAccount: (input) =>
      guarded(async () => {
        await api.saveAccount(input);
        set({ accounts: await api.listAccounts() });
      }),
    removeAccount: async (id) =>
      void (await guarded(async () => {
        await api.removeAccount({ id });
        set({ accounts: await api.listAccounts() });
      })),
  };
};
