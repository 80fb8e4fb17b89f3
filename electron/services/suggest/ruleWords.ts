/**
 * The word lists and the table of cues to kinds that the kind rules (ruleKinds.ts) read, kept
 * apart so that file holds the rules alone.
 */
import type { Intent } from './lexicon';
import type { OrderCueId } from './orderCues';

/** Return words that ask for money, not for the thing to go back. */
export const MONEY_BACK = ['refund', 'money back', 'the money back', 'get my money', 'pengarna tillbaka', 'pengarna', 'återbetalning'];

/**
 * Order cues that each point to one kind: a thing on its way, a notice asked for when it is, or a job
 * handed in asked after (an order's status); a reminder asked before a time booked (a booking's); a
 * thing posted back to the shop, and in a later turn where a return is handed in (a return's); a time
 * agreed, a slot already taken, a visit put off, a booked call asked at another time or called off,
 * the answer 1 or 2 to a booking's notice (a booking's); where the courier leaves the parcel or how he
 * lets the customer know (a delivery's); a parcel locker's code that does not open it (an order's);
 * another size asked instead of the one that did not fit (a return's: an exchange).
 */
export const ORDER_CUE_KINDS: ReadonlyArray<readonly [OrderCueId, Intent]> = [
  ['onItsWay', 'order_status'],
  ['jobAskedAfter', 'order_status'],
  ['reminderBefore', 'rebooking'],
  ['sentToShop', 'returns'],
  ['returnHandedIn', 'returns'],
  ['timeAgreed', 'rebooking'],
  ['slotGone', 'rebooking'],
  ['postponed', 'rebooking'],
  ['callMoved', 'rebooking'],
  ['whereLeft', 'delivery_time'],
  ['bookingAnswer', 'rebooking'],
  ['lockerCode', 'order_status'],
  ['otherSizeInstead', 'returns'],
];

/** Words of a sum paid or to be paid back. */
export const PAID_IN_FULL = /\b(paid|charged|refund|refunded|betalade|betalat|betalt|drogs|dragits|aterbetala\w*|aterbetalning)\b/;

/** The returns list's words for an exchange, which a part changed ("byta klädsel") says too. */
export const SWAP_WORDS = ['byta', 'byte', 'swap', 'exchange'];
