import { AppError } from '../../../shared/contract/errors';
import { withStoreErrors } from './storeErrors';
import { createStatusAggregator } from './statusAggregator';
import type { ImageFetchOptions } from '../mail/remoteImages';
import path from 'node:path';
import type { AppInfo } from '../../../shared/contract/api';
import type { ServiceEndpoint } from '../../../shared/contract/wire';
import { systemClock, type Clock } from '../../../shared/domain/clock';
import { createEventHub, type EventHub } from '../events/eventHub';
import { pushFirstToAnswer, windowEvents } from './changeRecords';
import { createReadPool } from '../store/readPool';
import { silentLogger, type Logger } from '../logger';
import { createKeyFileSecretBox } from '../secrets/keyFileSecretBox';
import type { SecretBox } from '../secrets/secretBox';
import { openDatabase, prepareDataDir, type Db } from '../store/database';
import { createRepositories, type Repositories } from '../store/repositories';
import { watchSlowQueries } from '../store/slowQueries';
import { createAttachmentStore, type AttachmentStore } from '../mail/attachmentStore';
import { createMailService, type MailService, type MailServiceDeps } from '../mail/mailService';
import { createAppApi } from './appApi';
import { createMailApi } from './mailApi';
import { createChatApi, shopConfigOf } from './chatApi';
import { createCallbackApi } from './callbackApi';
import { createSuggestApi } from './suggestApi';
import { createSuggestService, type SuggestService } from '../suggest/suggestService';
import { createKindSorter, type KindSorter } from '../suggest/kindSorter';
import { ensureDefaultTemplates } from '../templates/defaultTemplates';
import { createCallbackScheduler, type CallbackScheduler, type SchedulerDeps } from '../callbacks/callbackScheduler';
import { createSmsService, type SmsService } from '../sms/smsService';
import { answerCustomerReply } from '../callbacks/callbackAnswers';
import { notifyCustomer } from '../callbacks/customerNotices';
import { postbackLabel } from '../callbacks/callbackNotices';
import { createChatService, type ChatService, type ChatServiceDeps } from '../chat/chatService';
import { createTeamService, type TeamService, type TeamServiceDeps } from '../team/teamService';
import { createTeamPresence } from '../team/teamPresence';
import { takeOnFirstReply } from '../cases/caseCommands';
import pkg from '../../../package.json';
import { nextTurn } from '../suggest/inSlices';
import { warmSuggestions } from '../suggest/warmUp';

export interface ServiceOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  clock?: Clock;
  logger?: Logger;
  /** Electron passes safeStorage; elsewhere the key file in the data directory is used. */
  secrets?: SecretBox;
  osLocale?: string;
  /** Watch the mailboxes and run the outbox (the app and the host do; tests choose). */
  startMail?: boolean;
  mailTuning?: Pick<MailServiceDeps, 'tuning' | 'pollMs' | 'backoffMs'>;
  /** Connect to the chat relay, when one is set up (the app and the host do; tests choose). */
  startChat?: boolean;
  chatTuning?: ChatServiceDeps['tuning'];
  /** Run the callback reminders and the SMS outbox (the app and the host do; tests drive them). */
  startCallbacks?: boolean;
  /** Sort cases into their kind in the background as they arrive (the app and the host do; tests choose). */
  sortKinds?: boolean;
  /** Make the suggestions' first-use work ahead, in small pieces, right after the start (the app and the host do). */
  warmSuggestions?: boolean;
  /** Tests drive the reminder timers by hand. */
  timers?: SchedulerDeps['timers'];
  smsPollMs?: number;
  /** The shared case log in the mailbox (runs with the mail; tests call syncOnce). */
  teamTuning?: Pick<TeamServiceDeps, 'pollMs' | 'compactAfter' | 'tuning'>;
  /** How allowed senders' remote images are fetched (tests let their loopback server through). */
  remoteImages?: ImageFetchOptions;
}

export interface Services {
  db: Db;
  repos: Repositories;
  events: EventHub;
  clock: Clock;
  endpoint: ServiceEndpoint;
  info: AppInfo;
  attachments: AttachmentStore;
  secrets: SecretBox;
  mail: MailService;
  chat: ChatService;
  sms: SmsService;
  scheduler: CallbackScheduler;
  suggest: SuggestService;
  /** Sorts cases into their kind in the background (started with `sortKinds`). */
  kinds: KindSorter;
  team: TeamService;
  /** Stops the channels, then closes the store. */
  close(): Promise<void>;
}

export const DATABASE_FILE = 'vaxel.db';

/** The locale of the OS session, as the environment tells it (LC_ALL, LC_MESSAGES, LANG). */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return raw.split('.')[0]!.replace('_', '-');
}

/** Open the store in the data directory and wire every service to it. */
export function createServices(o: ServiceOptions): Services {
  prepareDataDir(o.dataDir);
  const db = openDatabase(path.join(o.dataDir, DATABASE_FILE));
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? silentLogger;
  // every statement the repositories prepare is timed: one slower than 40 ms is logged by name
  watchSlowQueries(db, (name, ms) => logger.warn('slow query', { name, ms: Math.round(ms) }));
  const repos = createRepositories(db);
  const events = createEventHub((e) => logger.error('event listener failed', { error: String(e) }));
  const secrets = o.secrets ?? createKeyFileSecretBox(o.dataDir);
  const info: AppInfo = {
    version: pkg.version,
    mode: o.mode,
    dataDir: path.resolve(o.dataDir),
    osLocale: o.osLocale ?? systemLocale(),
    secretStorage: secrets.kind,
  };
  const attachments = createAttachmentStore(o.dataDir);
  // the first answer takes a case when it goes out, after the thread was checked (not when queued)
  const mail = createMailService({ db, repos, clock, events, secrets, attachments, logger, ...o.mailTuning, onSent: (id) => takeOnFirstReply(deps, id) });
  const chat = createChatService({
    db,
    repos,
    clock,
    events,
    secrets,
    attachments,
    logger,
    tuning: o.chatTuning,
    onActivity: (entries) => presence.received(entries),
    onProviderEvent: (body) => sms.handleSinchEvent(body),
    onWidgetBooking: (id) => {
      const row = repos.callbacks.get(id);
      if (row) void notifyCustomer(notices, row, 'confirm', { claim: true }).then(kickOut, (e: unknown) => logger.warn('a widget booking could not be confirmed', { error: String(e) }));
    },
  });
  const team = createTeamService({ db, repos, clock, events, secrets, logger, ...o.teamTuning });
  const presence = createTeamPresence({ repos, events, chat, keyOf: team.keyOf });
  const isOnline = () => mail.online() && chat.online();
  const status = createStatusAggregator({ events, repos, online: isOnline });
  const deps = { db, repos, clock, events, secrets, info, team, presence, chat, isOnline, status };
  ensureDefaultTemplates(repos.templates, clock.now());
  const reads = createReadPool({ db, file: path.join(o.dataDir, DATABASE_FILE), logger });
  const suggest = createSuggestService({ db, repos, clock, events, logger, readSolved: reads.solvedCases });
  const kinds = createKindSorter({ db, repos, events, reads, logger });
  // the customer's answers to callback notices, and the notices no single agent sends
  const notices = { ...deps, attachments, chat, osLocale: info.osLocale };
  const kickOut = () => {
    mail.kickOutbox();
    sms.kick();
  };
  const sms = createSmsService({
    db,
    repos,
    clock,
    events,
    secrets,
    logger,
    ...(o.smsPollMs ? { pollMs: o.smsPollMs } : {}),
    onReply: async (r) => void (await answerCustomerReply(notices, r)),
    postbackLabel: (postback) => postbackLabel(notices, postback),
  });
  const scheduler = createCallbackScheduler({
    repos,
    clock,
    events,
    logger,
    ...(o.timers ? { timers: o.timers } : {}),
    remindCustomer: (row) =>
      void notifyCustomer(notices, row, 'reminder', { claim: true }).then(kickOut, (e: unknown) => {
        // offline: the scheduler gives it again at its next look, when the relay may answer
        if (e instanceof AppError && e.code === 'RELAY_OFFLINE') repos.callbacks.clearCustomerReminded(row.id);
        else logger.warn('a customer reminder could not be sent', { error: String(e) });
      }),
  });
  const handlers = withStoreErrors(createAppApi(
    deps,
    createMailApi({ ...deps, attachments, mail, ...(o.remoteImages ? { remoteImages: o.remoteImages } : {}) }),
    createChatApi({ ...deps, attachments, chat, mail }),
    createCallbackApi({ ...deps, attachments, chat, mail, sms, scheduler }),
    createSuggestApi({ ...deps, suggest, reads }),
  ), path.join(o.dataDir, DATABASE_FILE));
  // the shop's hours and invitations live in Settings; the relay tells the site
  events.subscribe((name, payload) => {
    if (name !== 'settingsChanged') return;
    const settings = payload as Parameters<typeof shopConfigOf>[0] & { agentName: string };
    chat.pushShop(shopConfigOf(settings));
    // one name everywhere: the relay shows customers and colleagues the name chosen in Settings
    const relay = repos.chat.relay();
    if (relay && settings.agentName.trim() && settings.agentName.trim() !== relay.agent_name) chat.setPresence(relay.presence, relay.capacity);
  });
  // a case that arrived or changed here shows what the shop's log says of it (owner, status, notes)
  let projecting = false;
  events.subscribe((name, payload) => {
    if (name !== 'casesChanged' || projecting) return;
    projecting = true;
    try {
      for (const id of (payload as { ids: string[] }).ids) team.caseSeen(id);
    } finally {
      projecting = false;
    }
  });
  if (o.startMail) {
    mail.start();
    team.start();
  }
  if (o.startChat) chat.start();
  if (o.sortKinds) kinds.start();
  // made ahead in pieces, so the first case opened does not hold up every call for a second (warmUp.ts)
  let warming = o.warmSuggestions === true;
  if (warming) {
    const turn = () => (warming ? nextTurn() : Promise.reject(new Error('the services closed')));
    // (then the shop's own priors, read from the store)
    void warmSuggestions(turn).then(() => suggest.prepare(turn)).catch((e: Error) => {
      if (warming) logger.warn('the suggestions could not be made ready ahead', { error: e.message });
    });
  }
  if (o.startCallbacks) {
    scheduler.start();
    sms.start();
  }
  // a callback booked or moved on another laptop changes when the next reminder is due
  events.subscribe((name) => {
    if (name === 'casesChanged') scheduler.kick();
  });
  const firstToAnswer = pushFirstToAnswer({ events, suggest });
  return {
    db,
    repos,
    events,
    clock,
    info,
    endpoint: { handlers, events: windowEvents(events, repos) },
    attachments,
    secrets,
    mail,
    chat,
    sms,
    scheduler,
    suggest,
    kinds,
    team,
    async close() {
      warming = false;
      firstToAnswer.stop();
      kinds.stop();
      presence.stop();
      await team.stop();
      scheduler.stop();
      await sms.stop();
      await chat.stop();
      await mail.stop();
      await reads.close();
      db.close();
    },
  };
}
