import { firstMatches } from './lexicon';
import { NO_TEMPLATE_PATTERNS, type NoTemplateCueId } from './noTemplateCues';
import { ORDER_PATTERNS, type OrderCueId } from './orderCues';
import { REQUEST_PATTERNS, type RequestCueId } from './requestCues';
import { SHOP_FAULT_PATTERNS, type ShopFaultCueId } from './shopFaultCues';
import { VOICE_PATTERNS, type VoiceCueId } from './voiceCues';

/**
 * What a text says that word lists miss: how a fault or a question is told; the requests that are
 * their own kind (requestCues.ts: a privacy request, a business quote); an order's life told in
 * words (orderCues.ts: on its way, the day it comes, cancelled, a fee charged); the shop's own
 * faults (shopFaultCues.ts: a wrong thing sent, the customer badly treated); what calls for a
 * voice (voiceCues.ts: a repeat contact stated in words, a vulnerable customer, a product that is
 * dangerous, a fraud) and what no template answers (noTemplateCues.ts). Each is a pattern over the
 * folded text (å→a, ö→o), in Swedish and English.
 */
export type CueId =
  | 'confused' | 'wornOut' | 'onArrival' | 'changedWithUse' | 'statedComplaint'
  | 'productQuestion' | 'swapFor' | 'noReceipt' | 'faultAsked' | 'ownThing' | 'thingTold' | 'isItNormal' | 'howLongItLasts' | 'neverBought' | 'documentAsked'
  | 'linkExpired' | 'fitAsked' | 'manyOrdered' | 'photosTaken' | 'openPurchase' | 'sentBack' | 'boughtByMistake' | 'nothingDamaged' | 'homeDamaged' | 'fineOnArrival' | 'leftInRain' | 'contentsRuined' | 'partSwap' | 'question' | 'contrast' | 'purchaseTold' | 'hearsayAsked' | OrderCueId | RequestCueId | ShopFaultCueId | VoiceCueId | NoTemplateCueId;

/**
 * Things a customer asks about or tells of that are not a product: "är paketet skickat?" asks about
 * an order, "är kurserna på engelska?" about a service, "sonen har fått feber" (NOT_A_PRODUCT_EN:
 * "my dad has had a stroke") tells of a person.
 */
const NOT_A_PRODUCT = '(mannen|frun|sambon|sonen|dottern|barnen|pappan|mamman|grannen|chefen|kollegan|paketet|ordern|bestallningen|leveransen|forsandelsen|butiken|affaren|kontot|fakturan|returen|betalningen|sidan|hemsidan|appen|kundtjansten|priset|rean|erbjudandet|koden|rabattkoden|kursen|kurserna|klassen|klasserna|lektionen|lektionerna|behandlingen|behandlingarna|workshopen)';
/** Words ending like a Swedish noun's definite form ("sadeln", "bordet") that are not one. */
const PRONOUNS = '(min|mitt|din|ditt|sin|sitt|vart|ert|han|hon|man|den|det|ett|allt|helt|inget|ingen|nagon|nagot|snart|just|fortfarande|gratis|idag|igen|nyss|sen|varfor|hur|vad|kan|men|what|when|that|want|dont|cant|can)';
const NOT_A_PRODUCT_EN = '(dad|mum|mom|mother|father|husband|wife|partner|grandad|granddad|grandma|grandpa|nan|gran|sister|brother|boss|colleague|friend|neighbour|neighbor|order|parcel|package|delivery|shipment|shop|store|site|website|app|account|invoice|payment|refund|return|sale|offer|code|price|prices)';

/** A thing, then "back" or "tillbaka" a few words on: "the L back", "jackan tillbaka", how many ("send three back"). */
const THING_BACK_EN = "(it|them|this|that|the|my|one|both|these|those|two|three|four|five|all|some|half)( [\\w-]+){0,2} back\\b";
const THING_BACK_SV = '(?!(paketet|ordern|forsandelsen)\\b)(den|det|dem|dom|min|mitt|mina|ena|bada|tva|tre|fyra|fem|alla|nagra|\\w+(n|en|et|na|orna|arna))( \\w+){0,2} tillbaka\\b';

const PATTERNS: Record<CueId, RegExp[]> = {
  ...NO_TEMPLATE_PATTERNS,
  ...VOICE_PATTERNS,
  ...REQUEST_PATTERNS,
  ...ORDER_PATTERNS,
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
  // whether what a thing does is as it should be, asked: "the strip flickers below 50 %, is that how
  // it should be?" tells a fault, as a question
  isItNormal: [
    /\b(is|was) (that|this|it) (normal|how it should be|how it's supposed to be|supposed to happen|meant to happen|to be expected)\b/, /\bis that normal\b/,
    /\bar (det|detta) (normalt|meningen|sa det ska vara)\b/, /\bska (det|den|dom|de) (vara|bli|lata|lukta) (sa|sa har)\b/,
  ],
  // how long a thing lasts, burns or keeps, how much of it a work takes: a question about the thing, not its delivery
  // ("hur länge brinner blockljusen?", "how long do the tea lights burn?"; not "hur länge håller ni öppet")
  howLongItLasts: [
    /\bhur lange (brinner|racker|haller|varar|lyser|laddar) (?!ni\b)/,
    // or how long its warranty runs, asked before a fault ("what's the warranty on the espresso machine?")
    /\b(what'?s|what is|how long is) the (warranty|guarantee) (on|for)\b/, /\b(hur lang|vilken) (ar )?(garanti|garantin|garantitid|garantitiden) (har|ar det pa|pa|galler for)\b/,
    // or how much of it a piece of work takes ("how many balls of the merino for a scarf?", "hur mycket färg går det åt till ett rum?")
    /\bhow (many|much) (\w+ ){1,5}(for an?|to make an?|to cover an?|to knit an?|would i need|do i need)\b/, /\bhur (manga|mycket) (\w+ ){1,4}(gar det at|behovs|racker till|till ett|till en|for ett|for en)\b/, /\bhow long (does|do|will|would) (it|they|the \w+( \w+)?|this \w+|these \w+) (last|burn|stay (lit|warm|cold|hot|charged)|keep (warm|cold|hot|fresh))\b/,
  ],
  // "jag har aldrig handlat": a fraud, unless it is said beside a privacy request ("ni skickar
  // reklam fast jag aldrig handlat, var fick ni min adress?" asks where the address came from)
  // (said of a person: "det har det inte gjort" tells of a colour that did not lighten)
  neverBought: [/\b(jag|vi|han|hon|de|dom) (har )?(aldrig|inte) (har )?(bestallt|gjort|handlat)\b/],
  // a thing's papers asked for ("kan ni skicka monteringsanvisningen som pdf?"): about the thing
  documentAsked: [
    /\b(skicka|mejla|maila)\b[^.!?]{0,40}\b(manualen|manual|bruksanvisning\w*|monteringsanvisning\w*|anvisning\w*|produktblad\w*|datablad\w*|skotselrad\w*)\b/,
    /\b(send|email|e-mail|mail)\b[^.!?]{0,30}\b(manual|user guide|instructions|assembly instructions|data sheet|product sheet|care instructions)\b/,
    // a thing's declaration or certificate ("do you have the CE declaration for the LED strip?")
    /\bce[- ]?(declaration|marking|mark|certificate|intyg\w*|certifikat\w*|markning\w*|markt|market)\b/, /\b(declaration of conformity|forsakran om overensstammelse|safety data sheet|sakerhetsdatablad\w*|prestandadeklaration\w*|declaration of performance)\b/,
  ],
  // a part of a thing changed, asked about: the thing's, no exchange of a purchase ("går det att byta klädsel på soffan?";
  // "byta ut lampan mot en annan modell" is one)
  partSwap: [
    /\bbyta (ut )?(kladsel|kladseln|overdrag|overdraget|overdragen|batteri|batteriet|batterier|glodlampa|glodlampan|ljuskalla|ljuskallan|sits|sitsen|hjul|hjulen|sula|sulor|sulan|dragkedja|dragkedjan|tyg|tyget|ben|benen|filter|filtret|dynor|dynorna|fotter|fottema|skarm|skarmen|sladd|sladden|remmen|band|bandet|armband|armbandet)\b(?![^.!?]{0,30}\bmot\b)/,
    // or told the other way round ("can the legs on the sofa be swapped for taller ones?")
    /\b(covers?|legs|feet|cushions|shade|handles|knobs|wheels|straps?) (on|of) (the|my|a|this) \w+ (be )?(swapped|changed|replaced)\b/,
    /\b(change|replace|swap) (the |its |a )?(covers?|upholstery|fabric|battery|batteries|bulb|bulbs|legs|feet|filter|cushions|shade|strap|band|cable|cord|wheels|soles?|zip)\b(?![^.!?]{0,30}\bfor (a|an|another)\b)/,
  ],
  // what someone else said of a thing, asked whether it is so ("min frisör sa att det här schampot inte
  // funkar på färgat hår, stämmer det?"): a question before using it, its "funkar inte" no fault told
  hearsayAsked: [/\b(sager|sa|sade|menar|tycker|pastar|says|said|told me|reckons|thinks|claims)\b( att| that)? [^.!?]{5,100}\b(stammer det|ar det sant|ar det sa|is that (right|true|correct|so)|is it true|is that the case)\b/],
  // a parcel left in the rain by whoever delivered it: a delivery told, no question whether a thing
  // stands rain ("can the cushions stay out in the rain?"; "I left them out in the rain" is the customer's)
  leftInRain: [
    /\b(courier|couriers|driver|drivers|postman|postie|delivery (man|men|guy|guys|driver|drivers|team|people)|they|you|he|she)\b[^.!?]{0,15}\b(left|put|dumped|dropped)\b[^.!?]{0,40}\b(out )?in the rain\b/, /\b(was|were|got|been) (left|dumped) (out )?in the rain\b/,
    /\b(kuriren|budet|budfirman|chauffor(en)?|brevbararen|de|dom|ni|han|hon)\b[^.!?]{0,15}\b(stallde|lamnade|la|lade|slangde)\b[^.!?]{0,40}\bi regnet\b/, /\b(stod|lag|lamnades|stalldes|slangdes)( slangt| slangd| kvar| ute)? (ute )?i regnet\b/,
  ],
  // and what was inside spoiled by it ("the book inside is ruined"): damage in transport
  contentsRuined: [/\b(is|are|was|were|got|been) (all )?([a-z]+ and )?(ruined|destroyed)\b/, /\b(ar|blev|var) (helt )?([a-z]+ och )?(forstord|forstort|forstorda)\b/],
  // a thing whole when it came, that broke since ("the bowl was fine when it came but cracked …"):
  // its "when it came" is no damage in transport
  fineOnArrival: [/\b(was|were) (fine|ok|okay|perfect|intact|whole) when (it|they|we got it|i got it) (came|arrived)\b/, /\bvar (hel|hela|fin|fint|ok|okej) nar (den|det|de|dom) kom\b/],
  // nothing came to harm, said outright ("the box was soaked through though everything inside is fine")
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
  boughtByMistake: [/\b(bestallt|bestallde|kopt|kopte|ordered|bought|purchased)\b[^.!?]{0,40}\b(av misstag|av bara farten|by mistake|by accident|accidentally)\b/, /\b(accidentally|mistakenly) (ordered|bought|purchased)\b/],
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
    // or as a sentence of its own: "… när jag köpte det. Inte okej."
    /(^|[.!?] )(inte|absolut inte) (okej|ok)( alls)?[.!]/,
    /\b(det var|det ar|detta ar|detta var) (inte|inte alls) (okej|ok|acceptabelt|rimligt)\b/, /\b(that|this|it) (is|was|'s) (not|totally un|completely un)(acceptable|ok|okay)\b/, /\bnot good enough\b/, /\b(inte|inte alls) (bra|okej) nog\b/,
    // the customer lays the fault on the shop
    /\b(your|your \w+'s) (error|mistake|fault)\b/, /\b(ert|erat) (fel|misstag|slarv)\b/,
    // a thing the shop recommended that does not do: "the bulb you recommended doesn't fit"
    /\b(you|your staff|your colleague) (recommended|suggested|said would (fit|work))\b[^.!?]{0,40}\b(doesn'?t|does not|didn'?t|did not|won'?t|will not|isn'?t|is not)\b/,
    /\b(ni|er personal|expediten|saljaren) (rekommenderade|tipsade om|sa skulle passa)\b[^.!?]{0,40}\b((passar|funkar|fungerar|racker|haller) inte|flimrar|flimmrar|gick sonder|har gatt sonder|slutade|har slutat|sprack|lossnade|lacker)\b/,
    /\b(you|your staff|your colleague) (recommended|suggested)\b[^.!?]{0,40}\b(flickers|keeps flickering|broke|stopped working|has stopped|cracked|leaks|came loose)\b/,
  ],
  // a yes-or-no or measure question about a thing by its name, asked before buying: "är ringen
  // justerbar?", "is the leather real?", "hur högt är bordet?" (not about the order or the shop)
  productQuestion: [
    // (also "är den gröna fåtöljen …?": an article and a definite adjective before the thing; "e dom här
    // skorna …?", typed in a hurry: "e" for "är", and "här" folded to "har")
    new RegExp(`(^|[.!?,:] ?|hej )(ar|e|blir|har|tal|passar|funkar|fungerar|haller|racker|rostar|krymper|noppar|luddar|kan|gar|kommer|finns) ((den|det|de|dom) ((har|dar) |([a-z]+[ae] ){1,2}))?(?!(${NOT_A_PRODUCT}|${PRONOUNS})\\b)[a-z]{2,}(n|t|na)\\b[^.!]{0,80}\\?`),
    // whether it comes in another make of itself ("har den en variant utan armstöd?", "does it come in a version with a lid?")
    /\b(har|finns) (den|det|de|dom) (ocksa |aven )?(i )?(en |ett )?(variant|version|modell|utforande)\b/, /\b(does|do|is|are) (it|they|this|these)( also)? (come|available) in (a|an|another|other) (version|variant|model)\b/,
    // whether the shop has it in store ("så ni har inte den i butik alls?", "do you have it in the shop?")
    /\b(har ni|finns|ni har) (inte )?(den|det|dem|dom)( inte)? (i|pa) (butik|butiken|affaren|varuhuset)\b/, /\b(do you have|have you got|is|are|you have|you don'?t have) (it|this|them|they|that)( not)? (in|at) (the |your )?(store|shop)\b/,
    // what it is made of, asked of "den" ("är den i ull", "e dom av läder?")
    /^\W*(ar|e) (den|det|de|dom) (i|av|gjord av|gjorda av) (ull|bomull|lin|lader|skinn|silke|siden|tra|metall|plast|mocka|kashmir|polyester|bambu|keramik|glas|massivt tra)\b/,
    /\bhur (lang|langt|langa) (ar|blir) (?!(det|tiden|leveranstiden)\b)/, /\bhur (hog|hogt|hoga|stor|stort|stora|bred|brett|breda|djup|djupt|tung|tungt|tunga|tjock|tjockt|varm|varmt|mjuk|mjukt|mycket rymmer|manga (rymmer|far plats))\b/,
    new RegExp(`(^|[.!?,:] ?|hi |hello )(is|are|does|do|will|can) (the|these|this|those) (?!(a|an|${NOT_A_PRODUCT_EN})\\b)[a-z]+[^.!]{0,80}(\\?|$)`),
    /\b(tell me|know|wondering|wonder)( by e-?mail| in writing| here)? (if|whether) (the|these|those) ([0-9]+\S* )?(?!(order|parcel|package|delivery|shop|store)\b)[a-z]+/,
    /\b(gar det|kan man) (att )?\w+ (den|det|de|dom) (har|dar)( \w+)?\?/, /\bhow (tall|high|big|large|wide|deep|heavy|thick|warm|soft)\b/, /\bhow long (is|are) (it|they|the|these)\b/, /\bhow many \w+ (does|do|can|will) (it|the|they|this)\b/,
    // one thing measured against another ("är den i ek lika hög som den vita?", "is the grey one
    // bigger than the blue?"): asked before choosing
    /\b(ar|e|blir) (den|det|de|dom)( \w+){0,3} (lika|lite|mycket|nagot) (hog|hogt|hoga|bred|brett|breda|stor|stort|stora|lang|langt|langa|tung|tungt|tunga|djup|djupt|mork|morkt|ljus|ljust|varm|varmt|mjuk|mjukt|tjock|tjockt|smal|smalt) som\b/,
    /\b(ar|e|blir) (den|det|de|dom)( \w+){0,3} (hogre|bredare|storre|langre|tyngre|djupare|morkare|ljusare|varmare|mjukare|tjockare|smalare|mindre|lattare|tystare|starkare) an\b/,
    /\b(is|are) (it|they|the \w+( one)?) (as (tall|high|big|large|wide|long|heavy|deep|dark|light|warm|soft|thick) as|(taller|higher|bigger|larger|wider|longer|heavier|deeper|darker|lighter|warmer|softer|thicker|smaller|quieter) than)\b/,
    // what a thing has in it, asked for an allergy ("har halsbandet nickel i sig, jag är allergisk",
    // "is the shampoo free from fragrance?"); a reaction it gave is a health problem (voiceCues.ts)
    /\b(har|innehaller) (den|det|de|dom|\w+(n|t|na|et|en)) (nickel|gluten|laktos|notter|jordnotter|palmolja|latex|parfym|bly|ftalater|soja|mjolk)\b/, /\b(fri|fritt|fria) fran (nickel|gluten|laktos|notter|jordnotter|palmolja|latex|parfym|bly|ftalater|soja|mjolk|kyckling|vete|spannmal)\b/,
    /\b(contain|contains|have|has|made with|free (of|from)) (any )?(nickel|gluten|lactose|nuts|peanuts|latex|palm oil|fragrance|perfume|lead|soy|dairy|wheat|grain|chicken)\b(?![^.!?]*\b(reaction|rash|hives|swoll|itch))/,
    // a thing asked for in another colour, size or material: "do you have this sweater in green"
    new RegExp(`\\b(do you have|have you got|do you sell|do you stock) (this|these|that|those|the|it|them) (?!(${NOT_A_PRODUCT_EN})\\b)([a-z]+ ){0,2}in (a |an )?[a-z]`),
    // what a thing can be used for: "går den att använda på induktionshäll?"
    /\bgar (den|det|de|dom) att (anvanda|ha|tvatta|diska|stalla|anvandas|tvattas|diskas|kombinera|ladda|montera|forlanga|hanga|kora|frysa|varma)\b/,
    // how the shop's thing is to be used ("kan man blanda er kalkfärg med pigment?", "kan jag frysa bullarna?")
    /\b(kan|far) (man|jag|vi) (blanda|spada|tvatta|torktumla|stryka|diska|frysa|kombinera|lacka|olja|impregnera) (er|ert|era|den|det|dem|dom|[a-z]{3,}(n|t|na|en|et|rna))\b[^.!]{0,60}\?/,
    // what a thing holds ("vad innehåller korgen med ost och chark?", "what's in the hamper?")
    /^\W*((hej|hi|hello)\W+)?vad (innehaller|ingar i|finns i|ar det i) (den|det|dom|de|\w+(n|t|na|en|et))\b/, /^\W*((hi|hello)\W+)?what('s| is| comes) in (the|this|that) \w+/,
    // whether there is a thing that does so ("finns det nycklar som inte går att kopiera?")
    /^\W*((hej|hi|hello)\W+)?finns det [a-z]{3,} som (inte )?(gar att|kan|ar|tal|passar|haller|funkar|fungerar)\b/,
    // a sold-out thing asked for again ("får ni in de svarta skorna i 38 igen?", "kommer lampan tillbaka
    // igen?", "will you restock the linen shirts?"): a question before buying, not an order's state
    /\b(far|tar) ni (in|hem) ([a-z0-9]+ ){0,5}igen\b/, /\bkommer (den|det|de|dom|[a-z]{3,}(n|t|na|en|et|rna)) (in |tillbaka )(i lager )?igen\b/, /\brestock(ing)?\b/,
    // a thing asked for without something in it ("har ni vitaminer utan gelatin?", "do you sell shampoo without perfume")
    /\b(har ni|finns det|saljer ni|do you (have|sell|stock)|is there) (nagon |nagot |nagra |any |a |an )?[a-z]{3,}( [a-z]{3,})? (utan|without) (?!(kostnad|extra kostnad|avgift|kvitto|charge|cost|a receipt|receipt)\b)[a-z]{3,}/,
    // a colour or a size asked in a word or two ("finns i svart?", "is it real leather?")
    /^\W*(finns|fins) (den |det |de |dom |den har |dom har )?(i|med) (svart|vitt|vit|gratt|gra|blatt|bla|gront|gron|rott|rod|rosa|beige|brunt|brun|gult|gul|marinblatt|ek|bjork|lader|ull|storlek|\w+farg|xs|s|m|l|xl|xxl|\d+)\b/,
    /^\W*(is|are) (it|they|this|these) (real|genuine|solid|pure|100 ?%|made of|made from|waterproof|washable|vegan|organic|handmade)\b/,
    // the shop's things asked about in the plural: "tål era muggar mikro?", "krymper era lakan?"
    /(^|[.!?,:] ?|hej )(tal|krymper|noppar|luddar|rostar|passar|funkar|fungerar|haller|bleknar) (era|ert|er) [a-z]{3,}[^.!]{0,60}\?/,
    // which of them is the most or the least so: "vilket proteinpulver smakar minst sött?"
    /\b(vilken|vilket|vilka) (\w+ ){1,2}(ar|blir|smakar|luktar|haller|passar|racker|varmer|kanns|sitter) (minst|mest|bast|langst|battre|varmast|mjukast|tystast|starkast|mildast)\b/,
    /\bwhich (\w+ ){1,3}(is|are|tastes?|smells?|lasts?|works?|fits?|feels?|keeps?|holds?|sounds?) (the )?(least|most|best|longest|warmest|softest|quietest|strongest|mildest)\b/,
    // how many fit in a thing: "hur många guppys kan man ha i ett 60-litersakvarium?"
    /\bhur manga \w+ (kan|far|ryms|rymmer|behover) (man|jag|vi) (ha|halla|fa plats med|plats med|stoppa|hanga|satta) (i|pa)\b/, /\bhow many \w+ (can|could|should) (i|we|you) (keep|put|fit|hang|grow|have) (in|on)\b/,
    // how a thing is used, not known: "han vet inte hur man tänder den", "I can't work out how to assemble it"
    /\b(vet|forstar|begriper) inte hur (man|jag|vi|han|hon|de|dom) (tander|slacker|startar|anvander|monterar|staller in|laddar|kopplar in|kopplar|satter ihop|satter pa|stanger av|justerar|installerar)\b/,
    /\b(don'?t|doesn'?t|do not|does not|can'?t|cannot|can not) (know|figure out|work out|understand|see) how to (turn on|switch on|turn off|switch off|use|assemble|set up|charge|connect|install|adjust|light|start|put together)\b/,
  ],
  // an exchange for another ("byta tröjan mot en annan färg"): a wish, not a wrong colour sent
  swapFor: [/\b(byta|byter|exchange|swap)\b[^.!?]{0,30}\b(mot|for|till) (en|ett|a|an) (annan|annat|andra|other|different|varmare|tunnare|storre|mindre|langre|kortare|warmer|thinner|bigger|smaller|longer|shorter)\b/],
  // a receipt the customer lacks is no document to send ("kan jag lämna tillbaka en present utan kvitto?")
  noReceipt: [/\b(utan|inget|ingen|no|without( a)?) (kvitto|kvittot|receipt)\b/, /\b(inte har|har inte|inte har kvar|har inte kvar|don'?t have|do not have|no longer have|haven'?t got)( nagot| ett| the| a| my)? (kvitto|kvittot|receipt)\b/, /\b(tappat|tappade|slangt|slangde|kastat|kastade|lost|threw away|thrown away)( bort)? (kvittot|mitt kvitto|the receipt|my receipt)\b/],
  // what a thing may do, asked before it has happened: "krymper bomullströjorna i tvätten?", "does the
  // veneer fade in sunlight?" (a fault's words in a question about the thing, not a fault)
  faultAsked: [
    /(^|[.!?,:] ?|hej,? |hi,? |hello,? )(rostar|bleknar|krymper|noppar|missfargas|spricker|flagnar|gulnar|luddar|blir) (?!(det|den|de|dom|ni|jag|vi|man|du|han|hon)\b)[^.!?]{0,80}\?/,
    // a thing's fault asked after "och", with the case it would happen in: "och rostar den om man inte torkar den?"
    /\b(rostar|bleknar|krymper|noppar|spricker|flagnar|missfargas|luddar|gulnar) (den|de|dom) (om|nar|i|av)\b[^.!?]{0,60}\?/,
    /\bbrukar (den|de|dom|det|[a-z]+(n|na|en|et)) (rosta|blekna|krympa|noppa|spricka|flagna|gulna|ludda|missfargas)\b/,
    /\b(does|do|will|would) (it|they|the \w+|this \w+|these \w+)( \w+)? (fade|shrink|rust|pill|stain|crack|leak|scratch|discolou?r|bleed|peel|warp|wobble|yellow)\w*\b/,
  ],
  // a thing the customer says is theirs ("min", "my"): what it does has happened
  ownThing: [/\b(min|mitt|mina|my|our|mine)\b/],
  // what a thing the customer has does, told and not asked: "hörlurarna hörs bara i ena örat",
  // "the kettle leaves white flakes" (a text with no question in it)
  thingTold: [
    new RegExp(
      // the thing may be a part of another ("sömmen på jackan", "the handle of the pan")
      `^(?!.*\\?)(hej,? |hi,? |hello,? )?((my|the|our) (?!(${NOT_A_PRODUCT_EN}|tracking)\\b)[a-z]+( (on|of|in) (my|the|our) [a-z]+)?|(?!(${NOT_A_PRODUCT}|personalen|${PRONOUNS})\\b)[a-z]{2,}(n|t|na|ns|ts)( (pa|i) [a-z]{2,}(n|t|na|ns|ts))?) ` +
        // or an English adverb and any verb ("the earbuds only charge if …")
        `((only|still|just|never|always|sometimes|barely|hardly|suddenly|often|constantly) [a-z']+|` +
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
    // or was used already ("now it says the link has already been used")
    /\blink\b[^.!?]{0,30}\b(has |was )?already (been )?used\b/, /\blanken\b[^.!?]{0,20}\b(redan (ar|har) (anvand|anvants)|ar redan anvand)\b/,
  ],
  // how a thing's sizes run, asked before choosing one ("är storlekarna små i byxorna, ska jag ta en
  // större?", "do they run small?")
  fitAsked: [
    /\b(ar|e|blir) (den|det|de|dom|storlekarna|storleken|\w+(n|na|rna|arna)) (lite |valdigt |ganska )?(sma|liten|litet|stora|stor|stort|snava|trang|trangt|trange) i (storleken|storlekarna|storlek|passformen)\b/,
    /\b(ska|bor|borde) jag (ta|valja|bestalla|kopa) (en |ett )?(storlek )?(storre|mindre|storlek upp|storlek ner)\b/,
    // or a colour asked for in as few words ("got it in black?")
    /^\W*(got|have you got|do you have|you have|any)( it| this| these| them| that| one| those)? in (black|white|grey|gray|red|blue|green|navy|beige|pink|brown|yellow|orange|purple)\W*\??\W*$/,
    // or asked in as few words as can be ("för stor i storleken?")
    /^\W*(for |lite |valdigt )?(sma|liten|litet|stora|stor|stort|snav|trang) i (storleken|storlekarna|passformen)\W*\?/,
    /\b(do|does) (they|it|the \w+|these|those) (run|runs|come up|comes up|fit|fits) (small|large|big|narrow|true to size)\b/, /\bshould i (size|go) (up|down)\b/,
  ],
  // the same thing ordered again and again ("har köpt tre likadana soffor", "has ordered the same
  // headphones four times"): told of a vulnerable customer, a matter to sort out by voice (ruleKinds.ts)
  manyOrdered: [/\b(bestallt|kopt|bestallde|kopte|ordered|bought)\b[^.!?]{0,15}\b(samma|likadana|tre|fyra|fem|flera|the same|three|four|five|several)\b/],
  // photos the customer means to take, not to send ("vill ta bilder till min blogg", "can I take photos in the shop?")
  photosTaken: [/\b(ta|tar|fota|fotografera|take|taking|shoot) (nagra |lite |a few |some )?(bilder|foton|photos|pictures)\b/, /\b(far|kan) (man|jag|vi) (fota|fotografera)\b/],
  openPurchase: [/\boppet kop\b/],
  // more than a thank-you or an advert seen: a question, or a "but" ("vi älskar den, men finns den …?")
  question: [/\?/],
  contrast: [/\b(men|but|however|dock)\b/],
  // a purchase told ("såg reklamen och beställde en lampa"): a case may follow
  purchaseTold: [/\b(bestallde|kopte|ordered|bought)\b/],
  // damage seen when the parcel came: the delivery's fault
  onArrival: [
    /\b(kom(?! tillbaka fran)|levererades|anlande|fick|fatt)\b.{0,40}\b(trasig|sonder|skadad|krossad|spruck|knackt|avbrut|repa)/, /\bnar (jag|vi) (packade upp|oppnade|tog upp)\b/, /\bnar (det|den|paketet) kom( fram)?\b/,
    /\b(arrived|came(?! back from)|delivered|received)\b.{0,40}\b(broken|damaged|cracked|smashed|crack|dent|scratch|hole|tear|torn|ripped|gouge|splinter|snapped|bent|split)/, /\bwhen (i|we) (opened|unpacked)\b/, /\bwhen (it|the parcel|the package) (arrived|came)\b/, /\b(arrived|came) in (\w+ )?pieces\b/, /\bon arrival\b/,
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
    if (never !== undefined && !cues.has('fraud') && !cues.has('privacy')) cues.set('fraud', never);
    last = { text, cues };
  }
  return last.cues;
}
