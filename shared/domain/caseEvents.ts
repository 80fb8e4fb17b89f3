/**
 * Every kind of entry in a case's event log. The services may log only these (the repository's
 * append takes a CaseEventKind), and the window has words for each in both languages
 * (renderer/i18n: event.<kind>), so no raw key ever shows in the timeline.
 */
export const CASE_EVENT_KINDS = [
  'created', 'status', 'priority', 'assigned', 'subject', 'note', 'note_edited', 'note_deleted',
  'email_queued', 'email_undone', 'email_sent', 'email_failed', 'email_held', 'email_sent_anyway',
  'merged', 'merged_into', 'split', 'split_from', 'moved_channel', 'chat_ended', 'identity_confirmed',
  'callback_booked', 'callback_moved', 'callback_cancelled', 'callback_missed', 'callback_outcome', 'callback_confirmed',
  'sms_opt_out',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
