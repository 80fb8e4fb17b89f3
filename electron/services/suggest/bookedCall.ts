/**
 * The call a customer booked ("Ring upp mig"), in the folded text (å→a, ö→o) the wishes and the
 * order cues read: asked at another time, it is a wish for a call (wishes.ts) and a booking moved
 * (orderCues.ts); called off, a refusal of the call and a booking cancelled.
 */

/** A call the customer booked ("telefontid", "mitt bokade samtal", "the call I booked", "callback"). */
export const BOOKED_CALL = '(telefontid|samtalstid|bokade (ett )?samtal|bokat (ett )?samtal|(ett )?samtal bokat|bokade tid for samtal|(en )?tid for (ett )?(telefon)?samtal|uppringning|callback|call-back|phone appointment|phone slot|the call i booked|booked a call|call booked)';

/** Another time asked for it ("kan ni ta mig vid halv tolv?", "could you make it 4.15?", "push it to the week after"). */
export const OTHER_TIME = '(istallet|i stallet|tidigare|senare|halv (ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)|kl ?\\d{1,2}|innan \\d{1,2}|efter \\d{1,2}|make it|instead|push it|move it|earlier|later|the week after|veckan efter|\\d{1,2}[.:]\\d{2})';

/** The booked call named, another time asked after it (only the booked call is matched: what it is about stays the case's). */
export const BOOKED_CALL_MOVED = new RegExp(`\\b${BOOKED_CALL}\\b(?=[\\s\\S]{0,120}?\\b${OTHER_TIME}\\b)`);

/**
 * A call asked at another time than one the shop named, without naming the booking: the answer to
 * a booked call's confirmation ("kan ni ringa vid 13 istället?", "can you call at 4 instead of 3?"); not
 * a call instead of another channel ("ring mig kl 15 istället för att mejla", "instead of emailing").
 */
/**
 * A call asked for another day or part of the day than the one booked, that one named ("can you call me
 * tomorrow instead of today", "Får förhinder vid 10-samtalet, kan er tekniker ringa efter lunch
 * istället?"); a bare "call me this afternoon instead" more often means instead of writing.
 */
export const CALL_AT_OTHER_DAY = /\b(ring|ringa|ringer|call|phone)\b( me| mig| oss| us)?[^.!?]{0,15}\b(imorgon|i morgon|efter lunch|pa eftermiddagen|pa formiddagen|ikvall|i kvall|nasta vecka|pa \w+dag|tomorrow|after lunch|this afternoon|this evening|in the afternoon|in the morning|next week|on \w+day)\b[^.!?]{0,20}\b(instead of (today|tomorrow|this morning|this afternoon|the morning|\w+day|\d)|(istallet|i stallet) for (idag|i dag|imorgon|i morgon|\w+dag|kl|klockan|\d))\b|\b\d{1,2}-samtalet\b[^?]{0,60}\b(ring|ringa)\b[^.!?]{0,30}\b(istallet|i stallet)\b/;

export const CALL_AT_OTHER_TIME = /\b(ring|ringa|ringer|call|phone)\b[^.!?]{0,15}\b(at|kl|klockan|vid|around|runt) ?\d{1,2}([.:]\d\d)?( ?(am|pm))?\b[^.!?]{0,20}\b(instead|istallet|i stallet)\b(?! (for att|of (e-?mail|mail|writ|text|chat|messag)))/;

/**
 * The call itself asked to move, not named as booked: the answer to a booked call's reminder
 * ("Kan samtalet flyttas till efter lunch?", "could the call be moved to the afternoon?").
 */
export const CALL_ASKED_MOVED = /\b(kan|kunde|gar det att|skulle) (samtalet|uppringningen) (flyttas|skjutas upp|tas (senare|tidigare|efter|innan))\b|\b(flytta|skjuta upp|skjut upp) (samtalet|uppringningen)\b|\b(can|could) (the|our|my) call be (moved|pushed|rescheduled)\b|\b(move|push|reschedule) (the|our|my) call\b/;

/**
 * A call the shop promised, asked for later ("Ni skulle ringa kl 11 men jag sitter i möte till 12. Ring
 * efter lunch istället", "you were going to call at 2, could you call later?"): a booked call moved. Only
 * a later time or "instead" moves it, not the promised time (a call that never came is no booking).
 */
export const CALL_PROMISED_MOVED = /\b((ni|du) skulle ringa|you (were going to|were supposed to|were meant to|said you would|said you'd) (call|ring|phone))\b(?=[^]{0,120}?\b(istallet|i stallet|senare|efter lunch|later|instead|after lunch)\b)/;

/** A booked call called off ("stryk mitt bokade samtal", "please cancel the call I booked", "samtalet på fredag behövs inte"). */
export const BOOKED_CALL_OFF = [
  /\b(stryk|avboka|avbokar|cancel|cancelling|canceling)\b[^.!?]{0,30}\b(samtal|samtalet|uppringning|uppringningen|call|callback|phone appointment)\b/,
  /\bsamtalet\b[^.!?]{0,25}\bbehovs inte\b/,
  /\bno need for the (call|phone appointment|callback)\b/,
];
