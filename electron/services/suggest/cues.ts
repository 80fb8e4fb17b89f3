import { firstMatches } from './lexicon';
import { DOES_WELL } from './closingNoteCues';
import { NO_TEMPLATE_PATTERNS, type NoTemplateCueId } from './noTemplateCues';
import { ORDER_PATTERNS, type OrderCueId } from './orderCues';
import { NOT_A_PRODUCT, NOT_A_PRODUCT_EN, PRODUCT_PATTERNS, PRONOUNS, type ProductCueId } from './productCues';
import { REQUEST_PATTERNS, type RequestCueId } from './requestCues';
import { SHOP_FAULT_PATTERNS, type ShopFaultCueId } from './shopFaultCues';
import { VOICE_PATTERNS, type VoiceCueId } from './voiceCues';

/**
 * What a text says that word lists miss: how a fault or a question is told (productCues.ts: a
 * question about a thing before it is bought, its warranty and papers); the requests that are
 * their own kind (requestCues.ts: a privacy request, a business quote); an order's life told in
 * words (orderCues.ts: on its way, the day it comes, cancelled, a fee charged); the shop's own
 * faults (shopFaultCues.ts: a wrong thing sent, the customer badly treated); what calls for a
 * voice (voiceCues.ts: a repeat contact stated in words, a vulnerable customer, a product that is
 * dangerous, a fraud) and what no template answers (noTemplateCues.ts). Each is a pattern over the
 * folded text (å→a, ö→o), in Swedish and English.
 */
export type CueId =
  | 'confused' | 'wornOut' | 'onArrival' | 'changedWithUse' | 'statedComplaint'
  | 'swapFor' | 'noReceipt' | 'labelFault' | 'ownThing' | 'thingTold' | 'neverBought'
  | 'linkExpired' | 'manyOrdered' | 'photosTaken' | 'pictureSeen' | 'openPurchase' | 'closesThing' | 'daySuits' | 'sentBack' | 'boughtByMistake' | 'sealBroken' | 'waterInUse' | 'missedCall' | 'nothingDamaged' | 'homeDamaged' | 'fineOnArrival' | 'brokenThingNamed' | 'leftInRain' | 'contentsRuined' | 'question' | 'contrast' | 'purchaseTold' | 'hearsayAsked' | 'noComplaintMeant' | 'nothingWrongTold' | 'alreadyOwned' | 'detailsOnFile' | ProductCueId | OrderCueId | RequestCueId | ShopFaultCueId | VoiceCueId | NoTemplateCueId;


/** A thing, then "back" or "tillbaka" a few words on: "the L back", "jackan tillbaka", how many ("send three back"). */
const THING_BACK_EN = "(it|them|this|that|the|my|one|both|these|those|two|three|four|five|all|some|half)( [\\w-]+){0,2} back\\b";
const THING_BACK_SV = '(?!(paketet|ordern|forsandelsen)\\b)(den|det|dem|dom|min|mitt|mina|ena|bada|tva|tre|fyra|fem|alla|nagra|\\w+(n|en|et|na|orna|arna))( \\w+){0,2} tillbaka\\b';

/** Every cue's patterns, in the order they are tried (exported for the prefilter's test). */
export const PATTERNS: Record<CueId, RegExp[]> = {
  ...NO_TEMPLATE_PATTERNS,
  ...VOICE_PATTERNS,
  ...REQUEST_PATTERNS,
  ...ORDER_PATTERNS,
  ...PRODUCT_PATTERNS,
  confused: [
    /\b(forstar|fattar) (fortfarande )?inte\b/, /\bpratar forbi varandra\b/, /\bolika saker\b/, /\b(still )?(don't|do not|dont) understand\b/, /\bconfus(ed|ing)\b/,
    /\byou keep saying different\b/, /\bmakes no sense\b/,
  ],
  // a fault that came with use (a complaint), not with the delivery
  wornOut: [
    /\befter (en|ett|tva|tre|fyra|fem|sex|nagra|\d+) (dag|dagar|dagars|vecka|veckor|veckors|manad|manader|manaders|ar|tvatt|tvattar|gangers?)\b/, /\banvandning\b/,
    /\bkopte (den|dem|det|dom) (for|i) /, /\b(har )?anvant (den|dem|det)\b/,
    /\bafter (a|one|two|three|four|five|six|a few|\d+) (day|days|week|weeks|month|months|year|years|wash|washes|uses)\b/,
    // at its first use ("two spokes broke … on the first use", "första gången jag använde den")
    /\bon (the |its |my )?first (use|flight|ride|trip|outing|wash|wear|charge)\b/, /\bthe first time (i|we) (used|put|wore|washed|opened|turned)\b/, /\bforsta gangen (jag|vi) (anvande|tvattade|satte pa|provade)\b/,
    // broken again: a fault that came back, not damage in transport ("soffan är sönder igen")
    /\b(sonder|trasig|trasigt|trasiga|broken|broke) (igen|again)\b/,
    /\b(first|second|third) time i (used|wore|washed)\b/, /\bbought (it|them) (a|in|last|\d)/, /\bhave used (it|them)\b/,
    /\bpa (en|ett|tva|tre|nagra) (dag|dagar|vecka|veckor|manad|manader)\b/, /\b(sedan|sen) (forsta|den forsta) (natten|dagen|gangen|veckan)\b/, /\bvarje gang\b/,
    /\b(within|in) (a|one|two|three) (day|days|week|weeks|month|months)\b/, /\bevery time i\b/, /\bnormal use\b/,
    // and one that broke while in use ("sprack när jag tog den ur ugnen"), not while it was unpacked
    /\b(sprack|sprang|gick sonder|brast|lossnade|gick av)( med en (small|knall))? (nar|medan|da) (jag|vi|man|han|hon) (?!(packade|oppnade|tog upp|fick|hamtade)\b)/,
    // or while it was in use ("sprack när den hade varit tänd en kväll")
    /\b(sprack|sprang|gick sonder|brast|lossnade|gick av) (nar|medan|da|efter att) (den|det|de|dom) (hade |har )?(varit|stod|statt|stått|var|anvants|anvandes) (tand|pa|igang|i bruk|pa spisen|i ugnen|ute)\b/,
    /\b(cracked|broke|shattered|snapped|split|came apart) (when|while|as) (i|we|he|she) (?!(opened|unpacked|received|took it out of the box)\b)/, /\b(cracked|broke|shattered|snapped|split|came apart|burst)\b[^.!?]{0,25}\b(when|while) (lit|in use|burning|running|switched on|cooking|it was on|it was lit|it was in use|it was cooking)\b/,
    // a thing that "has broken" broke with use ("stolen som gått sönder"); on arrival the words say so ("kom sönder")
    /\b(som|har|hade) (nu )?(gatt|gick) sonder\b/,
    /\bhar (spruckit|gatt sonder|gatt av|brustit|lossnat|slitits)\b/, /\b(has|have) (cracked|split|come apart|worn through)\b/,
    // a material that aged ("has gone brittle and cracked", "tyget har blivit skört")
    /\b(has|have) (gone|become|turned) (brittle|hard|stiff|crumbly)\b/, /\b(har )?blivit (skor|skort|skora|sprod|sprott|sproda|hard och)\b/,
  ],
  // a product the customer has, that changed or stopped: "har börjat luta", "doesn't connect anymore"
  // (a question before buying asks how a thing is; a complaint tells what it has become)
  changedWithUse: [
    /\bhar (borjat|slutat)\b/, /\bslutat (fungera|funka|ladda|lysa|virka|ga)\b/, /\binte (langre|langer)\b/, /\b(tappar|lossnar|klumpar|flagnar|slapper|blor) .{0,30}\bhela tiden\b/,
    /\b(stopped|stops) (working|charging|connecting|heating)\b/, /\b(anymore|any more|no longer)\b/, /\bkeeps? (getting|falling|coming|breaking|turning|dropping|losing)\b/,
    /\b(has|have) (gone|turned|started|begun)\b/, /\bturned my\b/, /\balready (broken|flat|worn|faded|loose)\b/, /\bgone flat\b/,
    // marks a thing got with use: "soffbordet har fått vita ringar", "the table has got scratches"
    /\bhar fatt (\w+ )?(flackar|ringar|repor|sprickor|rostflackar|rost|mogel|marken|hal|blasor|bubblor|missfargningar)\b/,
    /\b(has|have) (got|developed) (\w+ )?(stains|marks|rings|scratches|cracks|rust|mould|mold|holes|bubbles|blisters)\b/,
  ],
  // "jag har aldrig handlat", "I never ordered": a fraud, unless it is said beside a privacy request ("ni skickar
  // reklam fast jag aldrig handlat, var fick ni min adress?" asks where the address came from)
  // (said of a person: "det har det inte gjort" tells of a colour that did not lighten)
  // (not a purchase still to come: "jag har inte beställt något än men undrar …")
  neverBought: [/\b(jag|vi|han|hon|de|dom) (har )?(aldrig|inte) (har )?(bestallt|gjort|handlat)\b(?! (nagot |nagonting |nat )?(an|annu|hittills)\b)/, /\bnever (ordered|placed)\b/],
  // what someone else said of a thing, asked whether it is so ("min frisör sa att det här schampot inte
  // funkar på färgat hår, stämmer det?"): a question before using it, its "funkar inte" no fault told
  // where the customer's number or details are kept, told ("my number is on my account", "numret finns på
  // mitt konto"): a way to reach them, no login to mend (ruleKinds.ts)
  detailsOnFile: [
    /\b(my|our|her|his) (phone )?(number|details|contact details)('s| is| are)? (on|in|under) (my|our|her|his|the) (account|order|profile|booking)\b/,
    /\b(mitt|min|mina|hennes|hans|numret|telefonnumret|uppgifterna) ((telefon)?(nummer|uppgifter) )?(finns|star|ligger) (pa|i|under) (mitt|min|ert|er|hennes|hans) (konto|kontot|kundkonto|order|ordern|bestallning|bestallningen|profil)\b/,
  ],
  // a complaint's word said not to be one ("not complaining, just curious: why did the price go up?")
  noComplaintMeant: [/\b(not|i'?m not|i am not|this is not|this isn'?t|it'?s not|it is not) (complaining|a complaint|meant as a complaint)\b/, /\bno complaints?,? (just|but|only)\b/, /\b(inte for att klaga|jag klagar inte|det ar inget klagomal|det ar inte ett klagomal|(inget klagomal|ingen reklamation|inte en reklamation),? (bara|men|utan))\b/],
  // an order, a delivery or an account told to be fine before another matter ("no issue with my order at
  // all, I only wondered …", "min beställning kom i fredags och allt var perfekt")
  nothingWrongTold: [
    /\bno (issue|issues|problem|problems|complaints?) (at all )?with (my|the) (order|delivery|account|purchase|parcel)( at all)?\b/, /\b(my|the) (order|account|delivery|parcel) (is|was) (fine|perfect|all good)\b/,
    /\b(inga|inget) (problem|fel) med (min|mitt) (order|bestallning|konto|leverans|paket)\b/, /\b(min|mitt) (order|bestallning|konto|leverans|paket) (kom|ar|var) [^.!?]{0,25}\b(allt|det) (var|ar) (perfekt|bra|fint|toppen)\b/,
  ],
  // a thing bought or given that the one it was for already has ("bought a gift for my mother-in-law and she already has it")
  alreadyOwned: [
    /\b(already|allready) (has|have|had|owns|owned|got) (it|one|that|this|them|those|these|the same)\b/, /\b(has|have|had|owns|owned|got) (it|one|that|them|the same one) already\b/,
    /\b(har|hade) (redan )?(den|det|dem|dom|en sadan|ett sadant|en likadan|ett likadant|samma)( \w+)? redan\b/, /\b(har|hade) redan (den|det|dem|dom|en sadan|ett sadant|en likadan|ett likadant|samma)\b/,
  ],
  hearsayAsked: [/\b(sager|sa|sade|menar|tycker|pastar|says|said|told me|reckons|thinks|claims)\b( att| that)? [^.!?]{5,100}\b(stammer det|ar det sant|ar det sa|is that (right|true|correct|so)|is it true|is that the case)\b/],
  // a parcel left in the rain by whoever delivered it: a delivery told, no question whether a thing
  // stands rain ("can the cushions stay out in the rain?"; "I left them out in the rain" is the customer's)
  leftInRain: [
    /\b(courier|couriers|driver|drivers|postman|postie|delivery (man|men|guy|guys|driver|drivers|team|people)|they|you|he|she)\b[^.!?]{0,15}\b(left|put|dumped|dropped)\b[^.!?]{0,40}\b(out )?in the rain\b/, /\b(was|were|got|been) (left|dumped) (out )?in the rain\b/,
    /\b(kuriren|budet|budfirman|chauffor(en)?|brevbararen|de|dom|ni|han|hon)\b[^.!?]{0,15}\b(stallde|lamnade|la|lade|slangde)\b[^.!?]{0,40}\bi regnet\b/, /\b(stod|lag|lamnades|stalldes|slangdes)( slangt| slangd| kvar| ute)? (ute )?i regnet\b/,
    // the parcel told to have stood in rain, no one named ("lådan hade stått i regn, pärmarna inuti är vågiga")
    /\b(hade|har) (statt|legat)( ute)? i (regnet|regn|regnvader|blotan)\b/, /\b(had|has) (been )?(sat|sitting|stood|standing|left|lain|lying)( out)? in the rain\b/,
  ],
  // and what was inside spoiled by it ("the book inside is ruined"): damage in transport
  // (or marked by the water: "pärmarna inuti är vågiga och fläckiga", "the books are warped")
  contentsRuined: [/\b(is|are|was|were|got|been) (all )?([a-z]+ and )?(ruined|destroyed|warped|wrinkled|crumpled|swollen|soggy|water[- ]damaged|water[- ]stained)\b/, /\b(ar|blev|var) (helt )?(vagig|vagiga|vagigt|vattenskadad\w*|fuktskadad\w*)\b/, /\b(ar|blev|var) (helt )?([a-z]+ och )?(forstord|forstort|forstorda)\b/],
  // a thing whole when it came, that broke since ("the bowl was fine when it came but cracked …"):
  // its "when it came" is no damage in transport
  fineOnArrival: [/\b(was|were) (fine|ok|okay|perfect|intact|whole) when (it|they|we got it|i got it) (came|arrived)\b/, /\bvar (hel|hela|fin|fint|ok|okej) nar (den|det|de|dom) kom\b/],
  // a thing called "the broken one" ("om den trasiga spisen", "the faulty kettle"): a fault already known, not damage found in a parcel
  brokenThingNamed: [/\b(den|det|de|dom) (trasiga|sondriga)\b/, /\bthe (broken|faulty|defective) \w+/],
  // nothing came to harm, said outright ("the box was soaked through though everything inside is fine")
  // a call from the shop the customer missed ("såg att ni ringde, men jag hann inte svara"): with no
  // matter named, no template's (the wish to be called again says the channel)
  missedCall: [
    /\b(sag|ser|markte|marker) att ni (har )?(ringt|ringde|sokt mig|forsokt ringa)\b/, /\b(missade|missat) (ert|ditt|era|erat) (samtal|samtalet)\b/,
    /\bi (just )?missed (your|a|the) call\b/, /\byou (rang|called|tried to call|tried calling|tried to ring) (me )?(earlier|this morning|today|yesterday|just now)\b/,
  ],
  // water let in by a thing in use ("the 'waterproof' boots let in water on the first walk"): its fault,
  // not a parcel soaked on its way
  waterInUse: [/\b(let|lets|letting) in water\b|\blet water in\b/, /\b(slapper|slappte|slappt) in (vatten|vattnet|fukt)\b/, /\b(tar|tog) in (vatten|vattnet)\b/],
  // a seal or a wrapping broken by opening it ("kan jag returnera noterna om plastfilmen är bruten?",
  // "can I return it if the seal is broken?"): opened, not damaged
  sealBroken: [
    /\b(plastfilmen|plasten|forseglingen|plomberingen|sigillet|krympplasten|cellofanet) (ar |har )?(bruten|brutits|brutit|bruten|oppnad|oppnats|borttagen|tagits bort|borta)\b/, /\bbrutit (plastfilmen|forseglingen|plomberingen|sigillet)\b/,
    /\b(the )?(seal|shrink ?wrap|cellophane|plastic wrap|wrapping)( has been| is| was| 's)? (broken|opened|removed|off)\b/, /\b(broke|broken|opened) the (seal|shrink ?wrap|cellophane|plastic wrap)\b/,
  ],
  nothingDamaged: [
    // (inside the parcel, or against a "but": "everything is fine" alone says nothing of a parcel)
    /\b(everything|all|it|the \w+) inside (is|are|was|were|seems|seem|looks|look|seemed|looked) (to be )?(fine|ok|okay|intact|undamaged|unharmed|alright|all right)\b/, /\bthe (contents|items|goods) (are|were|is|was|seem|seemed|look|looked) (to be )?(fine|ok|okay|intact|undamaged|unharmed)\b/, /\b(but|though) (everything|it) (is|was) (fine|intact|undamaged|unharmed)\b/,
    /\b(innehallet|varorna|sakerna|allt (i|inuti) (kartongen|paketet|ladan)) (var|ar|verkar vara|verkade vara|sag ut att vara) (helt|hela|okej|ok|i sin ordning|oskadat|oskadda)\b/, /\bmen (allt|inget|ingenting) (var|ar|verkar vara|blev) (helt|hela|trasigt|skadat|sonder|oskadat)\b/,
  ],
  // the customer's home harmed by the delivery, not the goods ("your delivery team scratched our hallway wall")
  homeDamaged: [
    // (the customer's own door or wall; "damaged the door of the wardrobe" is the goods')
    /\b(scratched|damaged|dented|marked|scuffed|chipped|gouged|cracked)\b (our|my) (hallway |hall |stair |kitchen |living room |bedroom |front |new )?(wall|walls|floor|floors|door|doors|doorframe|door frame|stairs|staircase|parquet|banister|skirting|skirting boards?|ceiling)\b/,
    /\b(scratched|damaged|dented|marked|scuffed|chipped|gouged|cracked)\b the (hallway |hall |stair |kitchen |living room |bedroom )?(wall|walls|floor|floors|doorframe|door frame|stairs|staircase|parquet|banister|skirting|skirting boards?|ceiling)\b/,
    /\b(repade|reppade|skadade|skrapade|gjorde marken i|gjorde hal i|slog sonder) (var|min|mitt|vart|vara|hela) ?(vagg|vaggen|golv|golvet|dorr|dorren|dorrkarmen|trappa|trappan|parkett|parketten|hallen|tak|taket)\b/, /\b(repade|reppade|skadade|skrapade) (vaggen|golvet|dorrkarmen|trappan|parketten|hallgolvet|taket)\b/,
  ],
  // a thing bought or ordered by mistake ("har beställt 5 tv-apparater av misstag"): to undo, a return
  boughtByMistake: [
    /\b(bestallt|bestallde|kopt|kopte|ordered|bought|purchased)\b[^.!?]{0,40}\b(av misstag|av bara farten|by mistake|by accident|accidentally)\b/, /\b(accidentally|mistakenly) (ordered|bought|purchased)\b/,
    // or the wrong one chosen by the customer ("jag beställde fel färg på garnet", "I ordered the wrong size"): not one sent wrong
    /\b(jag|vi) (har )?(bestallde|bestallt|valde|valt|kopte|kopt|tog) (tyvarr |visst |nog |rakt )?fel (farg|storlek|modell|langd|variant|nyans|sort|matt|antal)\b/,
    /\b(i|we) (have |'ve )?(ordered|chose|chosen|picked|bought|selected) the wrong (size|colou?r|model|length|variant|shade|one|type)\b/,
    // or owned as the customer's own mistake beside it ("blev fel färg när jag beställde, mitt fel", "wrong size, my bad")
    /\bfel (farg|storlek|modell|langd|variant|nyans|sort)\b[^.!?]{0,40}\b(mitt fel|mitt misstag|min miss)\b/, /\bwrong (size|colou?r|model|length|variant|shade|one|type)\b[^.!?]{0,40}\b(my (fault|mistake|bad|error))\b/,
  ],
  // a thing the customer sends back, with words between ("I'm sending the L back", "lämnar jackan tillbaka")
  sentBack: [
    // by the customer ("I'm sending", "kan jag skicka"), not a courier's parcel sent back to the shop
    new RegExp(`\\b(i|we)('m|'d|'ll|'ve| am| are| will| have| had| want to| would like to| need to| can| could| should)? (send|sending|sent|post|posting|return|returning|bring|bringing) (?!(the|my) (parcel|package|order|delivery)\\b)${THING_BACK_EN}`),
    new RegExp(`\\b(jag|vi) (vill |ska |kan |maste |tanker |behover )?(skicka|skickar|skickat|skickade|lamna|lamnar|lamnat|lamnade) ${THING_BACK_SV}`),
    new RegExp(`\\b(skicka|skickar|lamnar) (jag|vi) ${THING_BACK_SV}`),
    // asked how ("please tell me how to send one back")
    new RegExp(`\\bhow (do i|do we|to|can i|can we|should i|should we) (send|return|post) ${THING_BACK_EN}`),
  ],
  // the customer says it is a complaint: that is the case, whatever it is about ("a formal
  // complaint about your delivery driver" is not a question about delivery times)
  statedComplaint: [
    /\b(vill|ska|maste|tanker) (klaga|reklamera|gora en reklamation|lamna (ett )?klagomal)\b/, /\bklagomal\b/, /\b(formell|officiell) reklamation\b/,
    /\b(lodge|make|file|submit|raise) (a |an )?(formal |official )?complaint\b/, /\b(want|wish|would like) to complain\b/, /\bi('m| am) complaining\b/,
    // a service paid for and not given: "sa att bärhjälp inte ingick, fast det står på vårt kvitto"
    /\b(fast|trots att|men) det (star|stod) (pa|i) (vart|mitt|kvittot|ordern|orderbekraftelsen|bekraftelsen|bokningen)\b/, /\b(even though|although|but) it (says|said|is) (on|in) (my|our|the) (receipt|order|confirmation|booking)\b/,
    // what the label or the description said, and the thing did not: "ran in the wash even though the label said machine washable"
    /\b(even though|although|though|but|when) the (label|tag|care label|description|listing|website|box|packaging) (said|says|stated|claimed|promised)\b/, /\b(fast|trots att|men) (det stod|det star|etiketten|lappen|tvattrade?n|beskrivningen|forpackningen) (sa|sager|stod|star|lovade|lovar|pa)\b/,
    // a repair or a service that did not help ("servicen ni gjorde hjälpte inte")
    /\b(servicen|reparationen|lagningen|justeringen|bytet|repair|service|fix|adjustment)( (ni|you) (gjorde|did|made))? (hjalpte inte|har inte hjalpt|gjorde ingen skillnad|didn'?t help|did not help|hasn'?t helped|didn'?t work|did not work|didn'?t fix|did not fix|made no difference)\b/,
    // said plainly: "det var inte okej", "that's not acceptable"
    // a customer who will go elsewhere: "jag funderar på att handla någon annanstans"
    /\b(funderar pa|overvager|tanker|kommer) att (handla|kopa|ga) (nagon annanstans|nan annanstans|hos nagon annan|pa annat hall|till en konkurrent)\b/, /\b(take|taking) (my|our) (business|custom|money) elsewhere\b/, /\b(shop|buy|go) elsewhere\b/,
    // or as a sentence of its own: "… när jag köpte det. Inte okej.", "… Helt oacceptabelt.", "… Totally unacceptable."
    /(^|[.!?] )((inte|absolut inte) (okej|ok)( alls)?|(helt |totalt |fullstandigt )?oacceptabelt|(totally |completely |simply )?(unacceptable|not acceptable))[.!]/,
    /\b(det var|det ar|detta ar|detta var) (inte|inte alls) (okej|ok|acceptabelt|rimligt)\b/, /\b(that|this|it) (is|was|'s) (not|totally un|completely un)(acceptable|ok|okay)\b/, /\bnot good enough\b/, /\b(inte|inte alls) (bra|okej) nog\b/,
    // the customer lays the fault on the shop
    /\b(your|your \w+'s) (error|mistake|fault)\b/, /\b(ert|erat) (fel|misstag|slarv)\b/,
    // a thing the shop recommended that does not do: "the bulb you recommended doesn't fit"
    /\b(you|your staff|your colleague) (recommended|suggested|said would (fit|work))\b[^.!?]{0,40}\b(doesn'?t|does not|didn'?t|did not|won'?t|will not|isn'?t|is not)\b/,
    /\b(ni|er personal|expediten|saljaren) (rekommenderade|tipsade om|sa skulle passa)\b[^.!?]{0,40}\b((passar|funkar|fungerar|racker|haller) inte|flimrar|flimmrar|gick sonder|har gatt sonder|slutade|har slutat|sprack|lossnade|lacker)\b/,
    /\b(you|your staff|your colleague) (recommended|suggested)\b[^.!?]{0,40}\b(flickers|keeps flickering|broke|stopped working|has stopped|cracked|leaks|came loose)\b/,
  ],
  // an exchange for another ("byta tröjan mot en annan färg", as a learner may write it "mot annan färg"): a
  // wish, not a wrong colour sent
  swapFor: [/\b(fa|ha) en (mindre|storre|langre|kortare|smalare|bredare) (av samma|i samma|i stallet|istallet)\b/, /\b(get|have) a (smaller|bigger|larger|longer|shorter) one (of the same|in the same|instead)\b/, /\b(byta|byter|exchange|swap)\b[^.!?]{0,30}\b(mot|for|till) ((ett par|a pair) (i|in) )?((en|ett|a|an) )?(annan|annat|andra|other|different|varmare|tunnare|storre|mindre|langre|kortare|warmer|thinner|bigger|smaller|longer|shorter)\b/],
  // a return's label or code that will not scan is no fault of a thing bought ("returfraktsedeln ni
  // mejlade funkar inte i automaten", "the QR code for the return doesn't work")
  labelFault: [
    /\b(returfraktsedeln|fraktsedeln|returetiketten|etiketten|fraktetiketten|returkoden|qr-koden|qr koden|streckkoden|returlanken)\b[^.!?]{0,30}\b(funkar|fungerar|gar) inte\b/,
    /\b(return label|shipping label|label|qr code|barcode|return code)\b[^.!?]{0,30}\b(doesn'?t|does not|won'?t|will not) (work|scan)\b/,
  ],
  // a receipt the customer lacks is no document to send ("kan jag lämna tillbaka en present utan kvitto?"), nor
  // one they have at hand to bring ("jag har kvitto, kan jag byta tröjan i er affär?", "I'll bring the receipt")
  noReceipt: [/\b(utan|inget|ingen|no|without( a| the| my| any)?) (kvitto|kvittot|receipt)\b/, /\b(inte har|har inte|inte har kvar|har inte kvar|don'?t have|do not have|no longer have|haven'?t got)( nagot| ett| the| a| my)? (kvitto|kvittot|receipt)\b/, /\b(tappat|tappade|slangt|slangde|kastat|kastade|lost|threw away|thrown away)( bort)? (kvittot|mitt kvitto|the receipt|my receipt)\b/,
    // or gone ("kvittot slängdes tyvärr", "the receipt got thrown out")
    /\b(kvittot|mitt kvitto|the receipt|my receipt) (slangdes|kastades|ar borta|kom bort|forsvann|har forsvunnit|har kommit bort|got (lost|thrown (out|away))|is gone|went missing)\b/,
    // or whether one is needed, asked ("behöver jag kvittot?", "do I need the receipt?")
    /\b(behover|maste) (jag|man|vi) (ha )?(med )?(kvitto|kvittot|ett kvitto)\b/, /\b(do|will) (i|we) need (the|a|my) receipt\b/,
    // or whether one is given where a return is handed in ("returen är inlämnad hos ombudet, får jag något kvitto på det?")
    /\bfar (jag|man|vi) (nagot|nan|nat|nagon) (kvitto|kvittens)\b/, /\b(do|will) (i|we) get (a|any) receipt (for it|for that|when)\b/,
    /\b(tar|tog|har) med (mig |mej |oss )?(kvitto|kvittot|mitt kvitto)\b/, /\b(hittade|hittat|har hittat) (kvittot|mitt kvitto)\b/, /\bfound (the|my) receipt\b/, /\b(bring|brought|take|have) (the|my) receipt (with me|along)\b/, /\b(i'?ll|i will|i can) bring (the|my) receipt\b/,
    /\b(jag|vi) har (kvar )?(kvitto|kvittot)\b(?![^.!?]{0,60}\b(skicka|skickar|mejla|mejlar|maila|bifoga|bifogar|fota|fotar|send|attach|email|photo))/, /\bi (still )?have (the|my) receipt\b(?![^.!?]{0,60}\b(send|attach|email|photo|scan))/],
  // a thing the customer says is theirs ("min", "my"): what it does has happened
  ownThing: [/\b(min|mitt|mina|my|our|mine)\b/],
  // what a thing the customer has does, told and not asked: "hörlurarna hörs bara i ena örat",
  // "the kettle leaves white flakes" (a text with no question in it)
  thingTold: [
    new RegExp(
      // the thing may be a part of another ("sömmen på jackan", "the handle of the pan")
      `^(?!.*\\?)(hej,? |hi,? |hello,? )?((my|the|our) (?!(${NOT_A_PRODUCT_EN}|tracking)\\b)[a-z]+( (on|of|in) (my|the|our) [a-z]+)?|(?!(${NOT_A_PRODUCT}|personalen|${PRONOUNS})\\b)[a-z]{2,}(n|t|na|ns|ts)( (pa|i) [a-z]{2,}(n|t|na|ns|ts))?) ` +
        // or an English adverb and any verb ("the earbuds only charge if …"), but not what it does
        // well ("pianot låter underbart", "the lamp looks lovely": praise, closingNoteCues.ts)
        `(?!${DOES_WELL}\\b)((only|still|just|never|always|sometimes|barely|hardly|suddenly|often|constantly) [a-z']+|` +
        `(?!(sager|says)\\b)(har|hade|ar|var|blir|blev|gick|gar|kom|slutade|borjar|borjade|\\w+ar|\\w+er|\\w+de|has|had|is|was|keeps?|leaves?|smells?|won'?t|doesn'?t|does not|stopped|broke|\\w+s|\\w+ed))\\b`,
    ),
  ],
  ...SHOP_FAULT_PATTERNS,
  // "öppet köp" is a right to return, no opening ("har ni öppet köp på skor?")
  // a link that has run out ("jag har provat länken men den säger att den gått ut", "the link has
  // expired"): a login or reset link, unless it is named as a payment's
  linkExpired: [
    /\blanken\b(?! (till|for) (betal|faktur|swish|klarna))[^.!?]{0,50}\b(gatt ut|slutat galla|ar ogiltig|inte (ar )?giltig)\b/,
    /\blink\b(?! (to|for) (pay|the invoice|swish|klarna))[^.!?]{0,40}\b(expired|is invalid|no longer valid|not valid)\b/,
    // or does not work ("nu kom mejlet, men länken fungerar inte"; a tracking or payment link names its order)
    /\blanken (fungerar|funkar) inte\b/, /\bthe link (doesn'?t|does not|won'?t) work\b/,
    // and so a code the shop sent ("Koden ni skickade funkar inte, den säger att den gått ut"), not a discount's
    /\b(koden|engangskoden|verifieringskoden|sms-koden) (ni|du) (skickade|skickat|smsade|sms:ade)\b(?![^.!?]*\b(rabatt\w*|nyhetsbrev\w*|kampanj\w*|erbjudande\w*|kassan)\b)[^.!?]{0,40}\b(gatt ut|har gatt ut|funkar inte|fungerar inte|ar ogiltig|inte (ar )?giltig)\b/,
    /\bthe code you (sent|texted|emailed)\b(?![^.!?]*\b(discount|promo|voucher|newsletter|checkout|coupon)\b)[^.!?]{0,40}\b(expired|has expired|doesn'?t work|does not work|won'?t work|is invalid|isn'?t valid)\b/,
    // or was used already ("now it says the link has already been used")
    /\blink\b[^.!?]{0,30}\b(has |was )?already (been )?used\b/, /\blanken\b[^.!?]{0,20}\b(redan (ar|har) (anvand|anvants)|ar redan anvand)\b/,
  ],
  // the same thing ordered again and again ("har köpt tre likadana soffor", "has ordered the same
  // headphones four times"): told of a vulnerable customer, a matter to sort out by voice (ruleKinds.ts)
  manyOrdered: [/\b(bestallt|kopt|bestallde|kopte|ordered|bought)\b[^.!?]{0,15}\b(samma|likadana|tre|fyra|fem|flera|the same|three|four|five|several)\b/],
  // photos the customer means to take, not to send ("vill ta bilder till min blogg", "can I take photos in the shop?")
  photosTaken: [/\b(ta|tar|fota|fotografera|take|taking|shoot) (nagra |lite |a few |some )?(bilder|foton|photos|pictures)\b/,
    // or posted where others see them ("om man lägger upp bilder på sina köp")
    /\b(lagger upp|lagga upp|la upp|postar|posta|post|posting|posted) (nagra |lite |a few |some |en |ett |a )?(bilder|bild|foton|foto|photos?|pictures?|pics?)\b/, /\b(far|kan) (man|jag|vi) (fota|fotografera)\b/],
  // a picture of the shop's own pointed at ("den gröna vasen på bilden", "the lamp in the photo on your site"), not one
  // the customer sends ("som ni ser på bilden", "as you can see in the attached photo")
  pictureSeen: [
    /(?<!\b(se|ser|syns|synas|framgar|bifogade?|skickade|min|mina)\b[^.!?]{0,20})\b(pa|i) (bilden|bilderna|fotot|produktbilden)\b/,
    /(?<!\b(see|seen|shown|visible|attached|sent|sending|my)\b[^.!?]{0,20})\b(in|on) the (picture|photo|image|pic|product photo)\b/,
    // a picture the customer saw somewhere ("såg en bild från 80-talet på er insta", "I saw a photo of the shop online")
    /\b(sag|har sett|hade sett) (en|ett|nagra|er|era|den|det) (gammal |gamla |fin |fina )?(bild|bilder|foto|foton)\b/, /\b(saw|have seen|'ve seen|had seen) (a|an|some|your|the) (old |nice |lovely )?(photo|photos|picture|pictures|pic|pics)\b/,
    // or the shop's pictures themselves ("vem tar era produktbilder?", "who does your product photos?")
    /\b(era|ert|your) (produktbilder|produktfoton|bilder|foton|photos|pictures|product photos|product pictures|images)\b/,
  ],
  openPurchase: [/\boppet kop\b/],
  // a day or a time said to suit ("Passar bra med torsdag", "fredag funkar fint"): its "passar" fits no thing
  daySuits: [/\b(passar|funkar|fungerar|gar) (bra|fint|utmarkt|perfekt)? ?(med )?(pa )?(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|imorgon|i morgon|idag|i dag|den \d+)\w*\b/, /\b(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag)\w* (passar|funkar|fungerar|gar) (bra|fint|utmarkt|perfekt)\b/],
  // "stänger ni returfönstret …?" closes a thing, not the shop (a day's name is the shop's: "stänger ni på påskdagen"),
  // and a thing that switches off ("kaffebryggaren stänger av sig själv") is no shop closing either
  closesThing: [/\b(stanger|stangde|stangs|stangdes|stangt|stanga) av\b/, /\b(stanger|stangde) (den|det|[a-z]+(n|en|et)) av\b/,
    /\bstanger ni (av |ner |ned )?(?!(butiken|affaren|salongen|verkstaden|kassan|cafeet|lagret|utlamningen|showroomet|idag|i dag|ikvall|i kvall|imorgon|pa|under|over|tidigare|tidigt|for|kl|klockan|vid|innan|efter|nu|sjalv|helt|mellan|om|runt|halv|kvart|redan|alltid|ofta|aldrig|sen|sedan|fortfarande|annars|vanligtvis|vanligen)\b)(?!\w*(dagen|afton|helgen|veckan|kvallen|morgonen|natten|ligen)\b)[a-z]+(et|en|na)\b/],
  // more than a thank-you or an advert seen: a question, or a "but" ("vi älskar den, men finns den …?")
  question: [/\?/],
  contrast: [/\b(men|but|however|dock)\b/],
  // a purchase told ("såg reklamen och beställde en lampa"): a case may follow
  purchaseTold: [/\b(bestallde|kopte|ordered|bought)\b/],
  // damage seen when the parcel came: the delivery's fault
  onArrival: [
    /\b(kom(?! tillbaka fran)|levererades|anlande|fick|fatt)\b.{0,40}\b(trasig|sonder|skadad|krossad|spruck|knackt|avbrut|repa)/, /\bnar (jag|vi) (packade upp|oppnade|tog upp)\b/, /\bnar (det|den|paketet) kom( fram)?\b/,
    /\b(arrived|came(?! back from)|delivered|received)\b.{0,40}\b(broken|damaged|cracked|smashed|crack|dent|scratch|hole|tear|torn|ripped|gouge|splinter|snapped|bent|split|slit|gash|punctured)/, /\bwhen (i|we) (opened|unpacked|unwrapped|unboxed)\b/, /\bwhen (it|the parcel|the package) (arrived|came)\b/, /\b(arrived|came) in (\w+ )?pieces\b/, /\bon arrival\b/,
    /\bunder (frakten|transporten|leveransen)\b/, /\bi (frakten|transporten)\b/, /\b(in transit|during (shipping|delivery|transport))\b/,
  ],
};

// a suggestion asks twice about the same text (its kind, then its signals)
let last: { text: string; cues: Map<CueId, string> } | null = null;

/** The cues in a text, each with the words that showed it. The map is shared: do not change it. */
export function cuesIn(text: string): ReadonlyMap<CueId, string> {
  if (last?.text !== text) {
    const cues = firstMatches(text, PATTERNS);
    const never = cues.get('neverBought');
    // (nor beside a message the customer says reached the wrong one: "fel nummer, jag har inte handlat något")
    if (never !== undefined && !cues.has('fraud') && !cues.has('privacy') && !cues.has('notMeantForMe')) cues.set('fraud', never);
    last = { text, cues };
  }
  return last.cues;
}
