/**
 * Cues of a fault of the shop's own making, not of a thing's: the customer badly treated, kept
 * waiting or let down on a promise (`badService`), and a thing sent that is not what was ordered,
 * not all of it, or not as described (`wrongItem`). Both make a complaint. Patterns over the folded
 * text (å→a, ö→o), in Swedish and English; read by cues.ts.
 */
/** Colours, folded, in the forms a thing ordered or come has ("svarta gardiner", "en grå", "vita"). */
const COLOURS_SV = '(ljus|mork)?(vit|vita|vitt|svart|svarta|gra|gratt|bla|blatt|gron|grona|gront|rod|roda|rott|gul|gula|gult|brun|bruna|brunt|rosa|lila|beige|orange|turkos|silver|guld|vinrod|marinbla)';

export type ShopFaultCueId = 'badService' | 'wrongItem';

/** Parts a thing comes with, and a part's being missing: "det saknas två skruvar", "a leg is missing". */
const PARTS_SV = '(skruv|skruvar|del|delar|ben|rem|remmar|knapp|knappar|lock|sladd|laddare|nyckel|handtag|hylla|hyllor|bit|bitar|dyna|dynor)';
const PARTS_EN = '(screw|part|piece|strap|leg|bolt|button|lid|cable|charger|key|handle|shelf|cushion)';
const MISSING_SV = '(saknas|fattas|fattades|saknades)';

/** A call the shop promised that never came ("Ingen ringde tillbaka som utlovat", "nobody called me back"): a fault of the shop's, and a contact again (voiceCues.ts). */
export const CALL_NEVER_MADE: RegExp[] = [/\bingen (ringde|har ringt) (mig |oss )?(tillbaka|upp)\b/, /\bni (ringde|har ringt|ringer) (aldrig|inte) (tillbaka|upp)\b/, /\bni har (aldrig|inte) ringt (tillbaka|upp)\b/, /\b(nobody|no one|no-one|you never|you didn'?t|you did not) (called|rang|phoned|rung|call|ring|phone) (me |us )?back\b/,
  // a Norwegian or Danish customer's ('ingen ringede', 'dere ringte aldri tilbake')
  /\bingen (ringede|ringte|har ringet)\b/, /\b(i|dere|de) (ringede|ringte|har ringet) (aldrig|aldri|ikke)\b/];

export const SHOP_FAULT_PATTERNS: Record<ShopFaultCueId, RegExp[]> = {
  // how the customer was treated: a complaint about the shop, not about a thing
  badService: [
    /\b(otrevlig|otrevliga|otrevligt|oforskamd|oforskamda|oforskamt|nonchalant|nonchalanta|arrogant|arroganta|ohovlig|ohovliga|oproffsig|oproffsigt)\b/, /\bdaligt bemotande\b/, /\b(bemotandet|servicen|personalen|kundtjansten|behandlingen)\b[^.!?]{0,40}\b(under all kritik|under isen|uselt|bedrovligt|bedrovlig|katastrofalt|skandalost)\b/, /\bbemottes (otrevligt|oforskamt|nonchalant|illa|daligt)\b/,
    // the welcome found wanting, staff who ignored the customer, a promise not kept ("som ni lovade i oktober")
    /\b(inte nojd|missnojd|besviken) (med|pa) (bemotandet|servicen|personalen|kundtjansten)\b/, /\b(personalen|expediten|saljaren|kassoren|staff|the assistant|the cashier)\b[^.!?]{0,40}\b(ignorerade|struntade i|ignored)\b/, /\b(som )?ni (lovade|lovat|har lovat)\b/, /\byou (promised|had promised)\b/, /\b(lovede|har lovet|hadde lovet)\b/,
    /\b(the assistant|the staff|staff|the cashier|personalen|expediten|saljaren|kassoren)\b[^.!?]{0,20}\b(refused|vagrade|nekade)\b/,
    // the same thing told to one after another ("nu har jag förklarat det här för tre olika personer",
    // "I've explained this to four different people")
    /\b(forklarat|berattat|skrivit|tjatat om) (det har|detta|samma sak|allt)( igen)? (for|till) (tva|tre|fyra|fem|flera|olika|\d+) (olika )?(personer|handlaggare|av er)\b/, /\b(explained|told|repeated) (this|it|the same thing|my story)( again)? to (two|three|four|five|several|\d+) (different )?(people|agents|staff|of you)\b/,
    // a call cut off by the shop ("personen lade på mitt i samtalet", "she hung up on me")
    /\b(lade|la|har lagt) (\w+ )?pa (luren )?(mitt i|i orat pa)\b/, /\bhung up on (me|us)\b/,
    // contempt shown rather than said ("tjejen i kassan himlade med ögonen och suckade åt mig", "she rolled her eyes at me")
    /\b(himlade|himlar) med (ogonen|ogon)\b/, /\b(suckade|fnos|fnyste|skrattade|flinade) (hogt )?at (mig|oss|min \w+|mina \w+|mitt \w+)\b/, /\brolled (her|his|their) eyes\b/, /\b(was|were|got) (really |so |very )?(short|curt|snappy|dismissive) with (me|us|my \w+)\b/, /\b(snasig|snasiga|snaste at (mig|oss)|kort i tonen|avfardande)\b/, /\b(sighed|scoffed|sneered|smirked|laughed) at (me|us|my \w+)\b/,
    /\b(rude|rudeness|unfriendly|impolite|unprofessional|condescending)\b/, /\btreated (me|us) (badly|rudely|like (a |an )?(idiots?|criminals?|thief|thieves|child|children|fools?))\b/,
    // a visit or a delivery the customer waited in for, and no one came
    /\bingen (kom|dok upp)\b/, ...CALL_NEVER_MADE, /\bno ?one (came|showed up|turned up)\b/,
    // staff who did not see the customer at all, the way the customer was treated ("not one member of staff even
    // looked at me", "efter hur ni behandlade mig i kassan")
    /\b(not (one|a single) (member of staff|staff member|assistant|person)|no ?one|nobody)( \w+){0,2} (even )?(looked at|acknowledged|greeted|came over to|offered to help|helped) (me|us)\b/,
    /\b(ingen|inte en enda) (i personalen|av personalen|expedit|av er)\b[^.!?]{0,20}\b(tittade|halsade|brydde sig|hjalpte|fragade)\b/, /\bingen (hjalpte|ville hjalpa) (henne|honom|mig|oss|min \w+|mitt \w+) (att )?(bara|lyfta|fa) (in|upp|den|det|dem)\b/, /\b(nobody|no ?one) (helped|would help|offered to help) (her|him|me|us|my \w+) (to )?(carry|lift|bring|get) (it|them|the \w+)? ?(in|inside|up)\b/, /\b(hur|sattet) ni (behandlade|behandlar|bemotte|bemoter) (mig|oss|min \w+|kunder)\b/, /\bthe way you (treated|treat|spoke to) (me|us|my \w+|customers)\b/,
    // hours given and not kept ("på hemsidan stod det öppet till 19 men dörren var låst 17.30", "the sign says open till 6 but no one was there")
    /\b(oppet|open)\b[^.!?]{0,40}\b(men|but)\b[^.!?]{0,30}\b(last|lasta|lastes|stangt|stangd|stangde|morkt|ingen var (dar|pa plats|i butiken)|closed|locked|shut|dark|no ?one (was )?(there|in))\b/,
    // a long wait in the shop or on the phone ("I waited 25 minutes in the queue", "parkerad i kö i 40 minuter")
    // or weeks for a thing ("har väntat sex veckor på en reservdel", "we've waited five weeks for the sofa")
    /\b(har|hade|have|had|'ve|been) (nu )?(vantat|waited|waiting) (i |for )?(over |nastan |snart |almost |nearly |over )?(tre|fyra|fem|sex|sju|atta|flera|manga|[3-9]|1\d|three|four|five|six|seven|eight|several|many) (veckor|manader|weeks|months)\b/,
    /\b(waited|queued|stood in (the |a )?(queue|line)|on hold) (for )?(over |almost |nearly )?([1-9]\d|an hour|half an hour)( minutes?)?\b/, /\b(vantade|stod i ko|stod i kon|parkerad i ko|i telefonko) (i )?(over |nastan )?([1-9]\d (minuter|min)|en timme|en halvtimme)\b/,
    /\b(only|just) one (till|checkout|cashier|register) (was )?open\b/, /\b(bara|endast) en kassa (var )?oppen\b/,
    // a sum counted or keyed wrong at the till ("räknade fel och tog betalt för två lampor fast jag bara
    // köpte en", "slog in fel pris"; not "det slog fel", which is only something that failed)
    /\b(raknade|raknat|slog in|slagit in) fel\b/, /\b(tog|tagit|tar) betalt for (tva|tre|fyra|\d+)\b[^.!?]{0,40}\b(fast|men|trots att) (jag|vi) (bara|endast)\b/, /\bcharged (me )?for (two|three|\d+)\b[^.!?]{0,40}\b(but|when|though) (i|we) only\b/,
  ],
  // not what was ordered, or not all of it, or not as the shop described it: the shop's mistake, a
  // complaint (not a wish to exchange)
  wrongItem: [
    // "ni skrev ekologisk bomull på sidan men tvättlappen säger polyester", "it says non-slip in the description"
    // "ni lovade att soffan skulle vara i ull men tvättlappen säger polyester"
    /\b(ni lovade|you promised|(we were|i was|vi blev|jag blev) (promised|lovade|lovad))\b[^.!?]{0,50}\b(skulle vara|skulle bli|would be)\b[^.!?]{0,30}\b(men|fast|but)\b/,
    /\b(ni skrev|det stod|det star|ni lovade)\b[^.!?]{0,40}\b(pa sidan|pa hemsidan|pa er sida|i beskrivningen|i annonsen|pa bilden|pa forpackningen)\b[^.!?]{0,10}\b(men|fast)\b/,
    /\b(i beskrivningen|i produktbeskrivningen|pa sidan|pa hemsidan|i annonsen) (star|stod|star det|stod det)\b[^.!?]{0,40}\b(men|fast)\b/, /\binte (som|alls som) (det )?(beskrivet|beskrivs|beskrevs|utlovat|pa bilden|pa bilderna)\b/,
    /\b(it says|says|said)\b[^.!?]{0,30}\b(in the description|in the listing|on your (site|website|page))\b/, /\byour (website|site|page|listing|description|ad|advert) (said|says|stated|claimed)\b[^.!?]{0,60}\b(but|however)\b/, /\bnot (as|what was|what you) (described|advertised|pictured|shown|promised)\b/,
    /\b(described|advertised|sold|listed) as\b[^.!?]{0,40}\bbut\b/, /\b(described|advertised|sold|listed) as\b[^.!?]{0,40}\b(is|are|was|were) (too|not)\b/, 
    // only what it lacks against the listing ("no tactile buttons like the description said"), not
    // a listing's word confirmed ("could you confirm you'll be open until 4 as the website says?")
    /\b(no|not|isn'?t|wasn'?t|aren'?t|weren'?t|doesn'?t|didn'?t|don'?t|nothing|never|without)\b[^.!?]{0,60}\b(like|as) the (description|listing|website|site|ad|advert) (said|says|promised|showed)\b/,
    // "much darker than on your website", "mycket mörkare än på bilden"
    /\b(darker|lighter|smaller|bigger|thinner|shorter|longer|narrower|wider|brighter|duller|more \w+) than (on|in) (your|the) (website|site|photos?|pictures?|listing)\b/, /\b(darker|lighter|smaller|bigger|thinner|shorter|longer|narrower|wider) than (the )?(\w+ )?(stated|advertised|described|listed|given)\b/, /\b(morkare|ljusare|mindre|storre|tunnare|kortare) an pa (bilden|bilderna|sidan|hemsidan|er sida)\b/, /\bsom (beskrivningen|annonsen|sidan) (sa|sager|lovade|visade)\b/,
    // another thing sent than the one ordered ("you sent me the 140 cm table instead of the 160 cm I ordered")
    /\b(sent|gave|delivered) (me|us) (the |a |an )?[^.!?]{0,30}\binstead of\b/, /\byou (sent|delivered|shipped)\b[^.!?]{0,30}\binstead of (the|our|my)\b/, /\bskickade (\w+ ){1,6}(fast|men) (vi|jag) (bestallde|hade bestallt|valde)\b/, /\b(arrived|came|were delivered|was delivered) without (the|its|their|our) (\w+ ){1,2}(we|i) (paid|ordered|asked) (extra )?for\b/, /\bkom utan (\w+ ){1,2}som (vi|jag) (betalade|betalat|bestallde|bestallt)\b/, /\bskickade (mig |oss )?[^.!?]{0,30}\b(istallet for|i stallet for)\b/,
    /\bfel (storlek|farg|vara|varor|modell|produkt|artikel|sak|saker|bok|storlekar|sorts|sort)\b/, /\bthe wrong (kind|type|flavou?r) of\b/,
    // a thing paid for and not handed over ("the cashier … forgot to give me one of the two candles I paid for")
    /\b(forgot|forgotten|failed) to (give|pack|include|send|put in) (me |us )?(one|the|my|a|an|both|all)\b/, /\bglomde (att |bort att )?(ge mig|packa|skicka med|lagga i|lagga ner)\b/,
    // things missing from the box named ("i matkassen saknades mjölken och köttfärsen")
    /\b(saknades|fattades) (det )?[a-z]{3,}(en|et|na|orna|arna)\b/,
    // a thing past its date when it came ("en vara som gått ut i datum", "past its best before")
    /\b(gatt ut|gick ut) (i|pa) datum\b/, /\b(passerat|over) bast fore\b/, /\bpast (the |its )?(best before|use by|expiry)( date)?\b/, /\b(was|were|came|arrived) (already )?(expired|out of date)\b/,
    // nothing like the picture, or things swapped for cheaper ones
    /\b(sag|ser|sag inte) (inte|ingenting|inte alls|inget) ut som (pa bilden|pa bilderna|pa sidan|pa hemsidan|i annonsen)\b/, /\blooked nothing like (the|your) (picture|photo|pictures|photos|website|listing)\b/, /\b(utbytt|utbytta|utbytte|bytts ut) mot (en |ett )?(billigare|samre|andra|annan|annat)\b/, /\b(swapped|replaced|substituted) (for|with) (cheaper|worse|other)\b/,
    // printed or engraved wrong ("visitkorten är tryckta med fel telefonnummer", "the name was engraved misspelled")
    /\b(tryckt|tryckta|tryckte|graverad|graverat|graverade|broderad|broderat|printed|engraved|embroidered)\b[^.!?]{0,25}\b(fel|felstavat|felstavad|wrong|misspelled|misspelt)\b/, /\bbestallde (en |ett )?\w+,? (men )?(fick|kom) (en |ett )?\w+\b(?<!fick veta)/, /\binte (det|vad|den|de) (jag|vi) bestallde\b/,
    // a size ordered and another sent ("beställde ett par kängor i 39 men fick 37")
    /\bbestallde\b[^.!?]{0,40}\b\d{2,3}\b[^.!?]{0,10}\b(men|och) (fick|kom)( en| ett| storlek)? \d{2,3}\b/,
    // or so many and fewer come ("beställde ett paket med 50 blomlökar men fick bara 30", "ordered 12 but only got 9")
    /\bbestallde\b[^.!?]{0,40}\b\d{1,3}\b[^.!?]{0,25}\b(men|och) (fick|kom)( bara| endast| enbart| bara| inte mer an)? \d{1,3}\b/, /\bordered\b[^.!?]{0,30}\b\d{1,3}\b[^.!?]{0,25}\b(but|and) (only )?(got|received|came)( only)? \d{1,3}\b/,
    // a colour ordered and another come ("beställde svarta gardiner men fick vita")
    new RegExp(`\\bbestallde\\b[^.!?]{0,30}\\b${COLOURS_SV}\\b[^.!?]{0,25}\\b(men|och) (fick|kom|det kom)( en| ett)? ${COLOURS_SV}\\b`),
    // one thing ordered and another come ("beställde en blå soffa men det kom en grå"), not none
    /\bbestallde (en |ett |tva |\d+ )?(\w+ ){1,3}men det kom (en|ett) (\w+ )?\w+/,
    // the same in letter sizes ("beställde skjortan i M och fick XXL", "ordered it in a small and got a large")
    /\bbestallde\b[^.!?]{0,40}\bi (storlek )?(xxs|xs|s|m|l|xl|xxl|xxxl)\b[^.!?]{0,10}\b(men|och) (fick|kom)( en| ett| storlek| i)? (xxs|xs|s|m|l|xl|xxl|xxxl)\b/, /\bordered\b[^.!?]{0,40}\bin (a |an |size )?(xxs|xs|s|m|l|xl|xxl|xxxl|small|medium|large)\b[^.!?]{0,10}\b(and|but) (got|received|was sent)( a| an| size)? (xxs|xs|s|m|l|xl|xxl|xxxl|small|medium|large)\b/,
    /\bskicka(de|t)? (ratt|fel)\b/, /\b(ni )?(skickade|skickat|fick)\b[^.!?]{0,30}\bmen (jag|vi) (hade )?(bestallde|bestallt|valde|valt)\b/, /\byou sent\b[^.!?]{0,30}\bbut (i|we) (had )?(ordered|chose|picked)\b/, /\bwrong (size|colou?r|item|items|product|model|book|one|thing|socket|fitting|plug|connector|part|parts|length)\b/, /\bnot (what|the one) (i|we) ordered\b/, /\bordered (a |an |the )?(\w+ ){1,3}but (got|received) (?!no\b)/,
    // "ordered a grey cover and got a beige one", "beställde en grå och fick en beige" (not "and got an e-mail")
    /\bordered (a |an |the )?(\w+ ){1,3}and (got|received|was sent) (a|an|the) (\w+ )?(one|ones|instead)\b/, /\bbestallde (en |ett )?(\w+ ){1,3}(och|men) fick (en|ett) (?!(mejl|mail|sms|kvitto|bekraftelse|besked|svar|faktura|orderbekraftelse)\b)\w+\b/,
    // a part that did not come with the thing: "one of the straps is missing", "en av skruvarna saknas"
    /\b(one|two|some|a few) of the \w+ (is|are|was|were) missing\b/, new RegExp(`\\b(a|one|the) ${PARTS_EN}s? (is|are|was|were) missing\\b`), new RegExp(`\\bmissing (a|one|two|the) ${PARTS_EN}s?\\b`),
    new RegExp(`\\b(en|ett|tva|tre|nagra) ${PARTS_SV} ${MISSING_SV}\\b`), new RegExp(`\\b(en|ett|tva|tre|nagra) av \\w+(na|en) ${MISSING_SV}\\b`),
    new RegExp(`\\bdet ${MISSING_SV} (en|ett|tva|tre|nagra) ${PARTS_SV}\\b`),
    // fewer than were ordered: "det låg bara två i paketet", "only three came"
    /\b(bara|endast) (en|ett|tva|tre|fyra|fem|sex|\d+) (i paketet|i kartongen|i ladan|i leveransen|kom|kom fram|var med|lag i)\b/, /\bdet (lag|kom) (bara|endast) (en|ett|tva|tre|fyra|fem|sex|\d+)\b/,
    /\bonly (one|two|three|four|five|six|\d+) (came|arrived|were in|was in|in the (box|parcel|package))\b/,
    // a thing sent that does not fit what it was for: "batterierna ni skickade passar inte" (a password,
    // a code or a link sent that does not work is a login's: "lösenordet ni skickade funkar inte")
    /\b(?!(losenordet|losenord|koden|lanken|inloggningen|engangskoden)\b)\w+ (ni|du) (skickade|skickat|salde|levererade) (passar|funkar|fungerar) inte\b/, /\b\w+ you (sent|sold me) (doesn'?t|don'?t|do not|does not|won'?t) (fit|work with)\b/,
    // a thing sent used that was bought new ("varför skickade ni en begagnad bok?"), not a shop that sells second hand
    /\b(skickade|skickat|levererade|fick) (ni |jag |vi )?(en |ett )?(begagnad|begagnat|begagnade|anvand|anvant|anvanda)\b/, /\b(verkar|ser|sag|var) (redan )?(begagnad|begagnat|begagnade|anvand|anvant|anvanda)\b/,
    /\b(sent|sold|received|got) (me |us )?(a |an )?(used|second[- ]hand|pre[- ]owned)\b(?! to\b)/, /\b(looks|looked|seems|seemed) (already |to have been )?(used|worn)\b(?! to\b)/,
  ],
};
