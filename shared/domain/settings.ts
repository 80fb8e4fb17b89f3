import { DEFAULT_SLA_TARGETS, type SlaTargets } from './channels';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = Language | 'auto';

/** Opening hours for one weekday, local to the shop's time zone, e.g. { open: '09:00', close: '17:00' }. */
export interface DayHours {
  open: string;
  close: string;
}

/** Index 0 is Monday … 6 Sunday; null means closed that day. */
export type OpeningHours = Array<DayHours | null>;

export interface Settings {
  agentName: string;
  signature: string;
  markSeenOnOpen: boolean;
  firstReplyTakesCase: boolean;
  remoteImagesFrom: string[];
  language: LanguageSetting;
  timeZone: string;
  openingHours: OpeningHours;
  holidays: string[];
  chatInvitations: InvitationRule[];
  slaTargets: SlaTargets;
  /** Booked callbacks: slot length, agents on callback duty (places per slot), minimum notice. */
  callbackSlotMinutes: number;
  callbackCapacity: number;
  callbackLeadMinutes: number;
  /** The first reminder comes this many minutes before a callback; the second at its time. */
  reminderMinutesBefore: number;
}

/** A proactive chat invitation: on pages matching `pattern` (* = anything), after `seconds`. */
export interface InvitationRule {
  pattern: string;
  seconds: number;
  text: { sv: string; en: string };
}

export const DEFAULT_OPENING_HOURS: OpeningHours = [
  { open: '09:00', close: '17:00' },
  { open: '09:00', close: '17:00' },
  { open: '09:00', close: '17:00' },
  { open: '09:00', close: '17:00' },
  { open: '09:00', close: '17:00' },
  { open: '10:00', close: '14:00' },
  null,
];

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  signature: '',
  markSeenOnOpen: false,
  firstReplyTakesCase: true,
  remoteImagesFrom: [],
  language: 'auto',
  timeZone: 'Europe/Stockholm',
  openingHours: DEFAULT_OPENING_HOURS,
  holidays: [],
  chatInvitations: [],
  slaTargets: DEFAULT_SLA_TARGETS,
  callbackSlotMinutes: 15,
  callbackCapacity: 1,
  callbackLeadMinutes: 30,
  reminderMinutesBefore: 5,
};

/** Swedish when the OS locale is Swedish, English otherwise, unless the agent chose. */
export function resolveLanguage(setting: LanguageSetting, osLocale: string): Language {
  if (setting !== 'auto') return setting;
  return /^sv\b|^sv[-_]/i.test(osLocale) ? 'sv' : 'en';
}
