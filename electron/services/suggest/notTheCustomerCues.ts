/**
 * Messages from someone who is not the shop's customer in this matter: a firm or an office writing
 * to the shop as a business (a seller, a supplier's invoice, the carrier's pick-up time, the
 * landlord, the municipality's survey, a courier at the door, a job applicant), and an answer that
 * says the message was meant for someone else in the household. No template answers them, whatever
 * order, invoice or time they name. Patterns over the folded text (å→a, ö→o), in Swedish and English;
 * part of noTemplateCues.ts.
 */
export type NotTheCustomerCueId = 'toTheShop' | 'otherBuyerMeant';

/** Who in a household the message may have been meant for. */
const HOUSEHOLD_SV = '(fru|man|sambo|dotter|son|mamma|pappa|mor|far|granne|syster|bror|partner)';
const HOUSEHOLD_EN = '(wife|husband|partner|son|daughter|mum|mom|dad|mother|father|neighbou?r|sister|brother)';

export const NOT_THE_CUSTOMER_PATTERNS: Record<NotTheCustomerCueId, RegExp[]> = {
  toTheShop: [
    // a seller of wares or services to the shop ("would you be interested in stocking our range?",
    // "I represent a company offering SEO services", "vill ni ta in vårt sortiment?")
    /\b(stocking|stock|carry|carrying|sell|selling) our (range|products|brand|line|collection|candles|goods)\b/, /\b(i|we) represent (a|an) (company|agency|firm|business)\b/,
    /\b(salja|ta in|ta hem|salufora) (vart|vara|mitt|mina) (sortiment|produkter|varumarke|varor)\b/, /\b(jag|vi) representerar (ett|en) (foretag|byra|firma)\b/,
    /\baffarside(er|n)?\b/, /\bbusiness (idea|proposal|opportunity)\b/,
    // a firm's invoice to the shop, come back or sent to the wrong door ("our invoice was returned",
    // "vi har fått en faktura adresserad till er av misstag")
    /\bour invoice (was|has been|got|came) (returned|sent back|bounced)\b/, /\b(var|vart) faktura (till er )?(kom|har kommit|kommit) (tillbaka|i retur)\b/,
    /\bfaktura (adresserad|stalld|skickad) till er\b/, /\binvoice (addressed|made out|sent) to (you|your shop|your company|your store)\b/,
    // the carrier's own times at the shop ("från och med januari ändras hämtningstiden hos er")
    /\b(hamtningstiden|upphamtningen|hamtningen|tomningen) (hos er |for er |vid er butik )?(andras|flyttas|blir)\b/, /\b(pick-?up|collection) (time|times|schedule) (at|for) your (shop|store|premises)\b/, /\b(andras|flyttas) (hamtningstiden|upphamtningen|hamtningen|tomningen) (hos|for|vid) er\b/,
    // whoever writes as the shop's landlord, an office or a courier at its door
    /\b(i'?m|i am|this is|we are) (the |your )?(landlord|landlord'?s \w+|property manager|building manager|caretaker)\b/, /\b(jag ar|vi ar|har ar|detta ar) (er |din )?(hyresvard|fastighetsvard|fastighetsskotare|forvaltare|fastighetsagare)\b/,
    /\b(writing|calling|emailing) (to you )?from the (municipality|council|city council|county|tax agency|police|municipality'?s \w+( \w+)?)\b/, /\b(skriver|ringer|mejlar) (till er )?fran (kommunen|skatteverket|polisen|lansstyrelsen|miljoforvaltningen|kommunens \w+)\b/,
    /\b(short |quick |brief )?(survey|questionnaire) (to|for|of|among) (local |small )?(shops|stores|businesses|retailers)\b/, /\b(would|could|will) you (like to )?(take part|participate) in (a|our) (short |quick )?(survey|study|questionnaire)\b/,
    /\b(enkat|undersokning) (till|bland|for) (lokala |sma )?(butiker|handlare|foretag)\b/, /\bvill ni (vara med och )?(delta|svara) (i|pa) (var|en) (kort )?(enkat|undersokning)\b/,
    /\b(i'?m|i am|this is) (a |the |your )?(courier|delivery driver|driver) (with|from|for)\b/, /\bjag ar (bud|budet|chauffor|chauffoeren|budbilen) (med|fran|for)\b/,
    // a job applied for, followed up ("I recently applied for the weekend sales assistant job")
    /\bapplied for the (\w+ ){0,4}(job|position|role|post)\b/, /\bmy (job )?application\b(?! (for|of) (a |an )?(refund|return|account|card))/, /\b(sokte|har sokt|min ansokan (om|till)) (tjansten|jobbet|platsen)\b/,
  ],
  // the message meant for another in the household ("det är nog min fru ni menar?", "you must mean my
  // husband", "detta är min sons nummer"): no fraud, and no case of this one's
  otherBuyerMeant: [
    new RegExp(`\\b(det ar nog|det maste vara|det ar kanske|kanske det ar) (min|mitt) ${HOUSEHOLD_SV} (ni menar|som (har )?(bestallt|handlat|kopt))\\b`),
    new RegExp(`\\byou (must|probably|might) mean my ${HOUSEHOLD_EN}\\b`), new RegExp(`\\b(maybe|perhaps|probably) (it'?s|it is|it was) my ${HOUSEHOLD_EN} who (ordered|bought|booked)\\b`),
    new RegExp(`\\b(detta|det har) ar (min|mitt) ${HOUSEHOLD_SV}s (nummer|telefon|mobil|mobilnummer)\\b`), new RegExp(`\\bthis is my ${HOUSEHOLD_EN}'?s (number|phone|mobile)\\b`),
  ],
};
