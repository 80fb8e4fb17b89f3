/**
 * What the widget shows, as a pure function of its state: the DOM code in widget.ts only applies it.
 * Kept apart so the rules (one form with a submit button at a time; the chat composer gives way to
 * a form the customer opened) are tested without a browser, whatever the hour the shop is open.
 */
import type { QueueInfo } from '../../shared/contract/relayProtocol';

/** What the customer opened beside the chat: nothing, a form, or a form's confirmation. */
export type WidgetPane = 'none' | 'leave' | 'callback' | 'done';

export interface WidgetState {
  connection: 'connecting' | 'online' | 'offline';
  queue: QueueInfo | null;
  pane: WidgetPane;
  /** Lines are on screen: a conversation has begun and can go on. */
  hasConversation: boolean;
}

export type StatusKey = 'offline' | 'connecting' | 'online' | 'closedNow' | 'noAgents';

export interface WidgetView {
  status: StatusKey;
  /** The green dot on the launcher. */
  agentsAvailable: boolean;
  /** The chat composer (message box, image, send). */
  chatForm: boolean;
  /** The "rather talk? book a call back" button under the composer. */
  offerCallback: boolean;
  /** The part beside the chat: the choices when nobody can answer, an open form, or a confirmation. */
  alternatives: 'none' | 'choices' | 'leave' | 'callback' | 'done';
}

export function widgetView(s: WidgetState): WidgetView {
  const open = s.queue?.open ?? false;
  const status: StatusKey =
    s.connection === 'offline' ? 'offline' : s.connection === 'connecting' || !s.queue ? 'connecting' : open ? 'online' : s.queue.reason === 'closed' ? 'closedNow' : 'noAgents';
  const unavailable = s.connection === 'online' && s.queue !== null && !open;
  // a form the customer opened takes the place of the composer: two "Skicka" at once is one too many
  if (s.pane === 'leave' || s.pane === 'callback') return { status, agentsAvailable: open, chatForm: false, offerCallback: false, alternatives: s.pane };
  const chatForm = !unavailable || s.hasConversation;
  if (s.pane === 'done') return { status, agentsAvailable: open, chatForm, offerCallback: false, alternatives: 'done' };
  return { status, agentsAvailable: open, chatForm, offerCallback: chatForm, alternatives: unavailable ? 'choices' : 'none' };
}

/** How many buttons of the view submit something: at most one, so a label like "Skicka" is never ambiguous. */
export const submitButtons = (v: WidgetView): number => (v.chatForm ? 1 : 0) + (v.alternatives === 'leave' || v.alternatives === 'callback' ? 1 : 0);
