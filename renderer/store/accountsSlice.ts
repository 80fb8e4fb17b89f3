import type { Account, MethodInput } from '../../shared/contract/api';
import type { SliceCreator } from './appState';
import { guards } from './guard';

export interface AccountsSlice {
  accounts: Account[];
  loadAccounts(): Promise<void>;
  saveAccount(input: MethodInput<'saveAccount'>): Promise<boolean>;
  removeAccount(id: string): Promise<void>;
}

export const createAccountsSlice: SliceCreator<AccountsSlice> = (set, get, { api }) => {
  const { guarded } = guards(get);
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
