/** The channels a case can arrive on or be moved to. */
export const CHANNELS = ['email', 'chat', 'phone', 'sms', 'walkin'] as const;
export type Channel = (typeof CHANNELS)[number];

/** First-response targets in seconds, per channel; a shop may override them in settings. */
export type SlaTargets = Record<Channel, number>;

export const DEFAULT_SLA_TARGETS: SlaTargets = {
  chat: 60,
  email: 4 * 60 * 60,
  phone: 2 * 60 * 60,
  sms: 4 * 60 * 60,
  walkin: 24 * 60 * 60,
};
