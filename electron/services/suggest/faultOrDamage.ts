import type { CueId } from './cues';
import type { IntentFound } from './kindModel';
import { WILTED, type Intent } from './lexicon';
import { LEANING_SCORE } from './ruleScores';

/** What ruleKinds.ts lends a part of its reading: the kinds found so far and the ways to change them. */
export interface KindsAtHand {
  cues: ReadonlyMap<CueId, string>;
  out: IntentFound[];
  drop: (intent: Intent) => void;
  found: (...intents: Intent[]) => boolean;
  /** Whether a fault or damage is found (and not dropped). */
  faultFound: () => boolean;
  onlyFrom: (intent: Intent, isIt: (word: string) => boolean) => boolean;
  onlyWithin: (intent: Intent, matched: string) => boolean;
}

/**
 * Damage in transport told apart from a fault of the thing: the customer's home harmed by the
 * delivery, water let in by a thing in use, a seal broken by opening, a box crushed with all inside
 * fine, a parcel left in the rain, a thing broken when it came against one worn out by use.
 */
export function sortFaultFromDamage({ cues, out, drop, found, faultFound, onlyFrom, onlyWithin }: KindsAtHand): void {
  // the customer's home harmed by the delivery is a complaint about it, not goods damaged
  if (cues.has('homeDamaged')) {
    drop('damaged');
    out.push({ intent: 'complaint', score: 4, words: [cues.get('homeDamaged')!] });
  }
  // water let in by a thing in use is its fault, not a parcel soaked on its way ("the boots let in water
  // … my socks were soaked")
  if (cues.has('waterInUse')) {
    drop('damaged');
    out.push({ intent: 'complaint', score: 3, words: [cues.get('waterInUse')!] });
  }
  // a seal broken by opening is no damage ("om plastfilmen är bruten")
  const seal = cues.get('sealBroken');
  if (seal && onlyWithin('damaged', seal)) drop('damaged');
  // and a box soaked or crushed with everything inside fine is no damage: how it was delivered is the complaint
  if (cues.has('nothingDamaged')) {
    drop('damaged');
    out.push({ intent: 'complaint', score: LEANING_SCORE, words: [cues.get('nothingDamaged')!] });
  }
  // a parcel left in the rain by the courier is no question about rain; its contents ruined by it are
  // damage, and with no damage told it is how it was delivered that is the complaint
  if (cues.has('leftInRain')) {
    drop('product_advice');
    if (cues.has('contentsRuined')) out.push({ intent: 'damaged', score: 4, words: [cues.get('contentsRuined')!] });
    else if (!found('damaged')) out.push({ intent: 'complaint', score: LEANING_SCORE, words: [cues.get('leftInRain')!] });
  }
  // broken by use is a complaint; broken on arrival is damage in transport, but flowers wilted
  // when they came are the goods' fault, not the carrier's
  const fault = faultFound() && !(onlyFrom('complaint', (w) => WILTED.includes(w)) && !found('damaged'));
  if (fault && cues.has('onArrival') && !cues.has('fineOnArrival')) out.push({ intent: 'damaged', score: 4, words: [cues.get('onArrival')!] });
  else if (fault && (cues.has('wornOut') || cues.has('fineOnArrival'))) {
    // (whole when it came: its damage words tell a fault that came with use)
    if (cues.has('fineOnArrival')) drop('damaged');
    out.push({ intent: 'complaint', score: 4, words: [(cues.get('wornOut') ?? cues.get('fineOnArrival'))!] });
  } else if (fault && cues.has('brokenThingNamed') && !cues.has('onArrival')) {
    // (32 of the development part's 36 texts naming "den trasiga …" were complaints: the thing is known
    // broken, most often in use, and its damage words alone read it as damage in transport)
    out.push({ intent: 'complaint', score: 3, words: [cues.get('brokenThingNamed')!] });
  }
}
