import { createAccountsRepo } from './accountsRepo';
import { createCaseEventsRepo } from './caseEventsRepo';
import { createCallbacksRepo } from './callbacksRepo';
import { createCasesRepo } from './casesRepo';
import { createChatRepo } from './chatRepo';
import { createCustomersRepo } from './customersRepo';
import type { Db } from './database';
import { createMailRepo } from './mailRepo';
import { createMessagesRepo } from './messagesRepo';
import { createOutboxRepo } from './outboxRepo';
import { createSearchRepo } from './searchRepo';
import { createSettingsRepo } from './settingsRepo';
import { createSmsRepo } from './smsRepo';
import { createSuggestRepo } from './suggestRepo';
import { createTemplatesRepo } from './templatesRepo';
import { createTeamRepo } from './teamRepo';

/** Every repository over one open database, statements prepared once. */
export function createRepositories(db: Db) {
  return {
    accounts: createAccountsRepo(db),
    caseEvents: createCaseEventsRepo(db),
    callbacks: createCallbacksRepo(db),
    cases: createCasesRepo(db),
    chat: createChatRepo(db),
    customers: createCustomersRepo(db),
    mail: createMailRepo(db),
    messages: createMessagesRepo(db),
    outbox: createOutboxRepo(db),
    search: createSearchRepo(db),
    settings: createSettingsRepo(db),
    sms: createSmsRepo(db),
    suggest: createSuggestRepo(db),
    templates: createTemplatesRepo(db),
    team: createTeamRepo(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
