/**
 * An order's life told in words the lists miss: a thing on its way or ready (a notice asked for when
 * it is), the day it comes, when a thing can be handed in or fetched, an order cancelled, a fee
 * charged for it, the day it was paid, a time booked that no longer suits. Patterns over the folded text (å→a, ö→o), in Swedish and English; cues.ts reads
 * them with the rest, and ruleKinds.ts says which kind each points to.
 */
import { BOOKED_CALL_MOVED, BOOKED_CALL_OFF, CALL_AT_OTHER_DAY, CALL_AT_OTHER_TIME, CALL_ASKED_MOVED, CALL_PROMISED_MOVED } from './bookedCall';
export type OrderCueId = 'onItsWay' | 'jobAskedAfter' | 'deliveryDay' | 'handInHours' | 'visitAt' | 'orderCancelled' | 'feeCharged' | 'paidWhen' | 'timeNoGood' | 'reminderBefore' | 'sentToShop' | 'returnHandedIn' | 'timeAgreed' | 'slotGone' | 'comeInstead' | 'postponed' | 'callMoved' | 'whereLeft' | 'bookingAnswer' | 'lockerCode' | 'otherSizeInstead';

/** The delivery named, folded ("leveransen", "hemleveransen"): a time booked for it is the delivery's, no new booking (noTemplateCues.ts). */
export const THE_DELIVERY = '(leveransen|leverans|hemleveransen|utkorningen)';

/** Something said not to work or not to suit, in either language (timeNoGood counts them). */
const FAILS = "(doesn'?t|does not|won'?t|will not|don'?t|do not) work|(funkar|fungerar|gar|passar) inte";

/**
 * A visit at an hour made for something other than the hours: a booking, an order fetched, a thing tried on
 * ("can I come in tomorrow for my fitting at 3?", "kan jag komma in på fredag och prova kostymen?").
 */
export const VISIT_FOR = /\b(fitting|appointment|booking|booked|provning|provningen|tid hos|klipptid|bokning|bokad|bokade|min tid|order|ordern|bestallning|bestallningen|paket|paketet|(och|o|and|to) (prova|titta|kika|se|kolla|try|see|look))\b/;

export const ORDER_PATTERNS: Record<OrderCueId, RegExp[]> = {
  // a notice asked for when a thing is on its way ("sms:a mig när bordet är på väg"), or whether it
  // is: an order's status (not "jag är på väg till butiken")
  // a job handed in asked after ("Är cykeln klar snart? Ni sa fredag", "blir klockan färdig till helgen?"): the
  // order's, and no question about the thing ('blir den …?' reads as one)
  jobAskedAfter: [
    // or anything of one's own waiting asked after in a general way ("Hur går det med mina tapeter?
    // Beställde dem för tre veckor sen", "what's happening with my curtains?"): a return, a claim, an
    // invoice, a booking or a case asked so are theirs
    /\bhur gar det med (min|mitt|mina) (?!(retur|returen|reklamation|reklamationen|aterbetalning|aterbetalningen|faktura|fakturan|arende|arendet|bokning|bokningen|tid|ansokan|ansokningan|fraga|fragan|klagomal|klagomalet|konto|kontot|losenord|byte|bytet)\b)[a-z]{3,}/,
    /\b(what'?s|what is) (happening|going on|the news|the latest) with (my|our) (?!(return|refund|complaint|claim|invoice|booking|appointment|case|account|password|application|exchange)\b)[a-z]{3,}/, /\bhow'?s my (?!(return|refund|complaint|claim|case)\b)([a-z]+ )?[a-z]{3,} coming (along|on)\b/,
    /\b(ar|blir) (den|det|min|mitt|mina|\w+(n|en|et|na)) (klar|klart|klara|fardig|fardigt|fardiga) (snart|an|nu|idag|i dag|till (helgen|fredag|lordag|imorgon|i morgon))\b/,
    // a job of the shop's asked after in English ("are the engraved glasses done yet? ordered them two weeks ago")
    /\b(are|is) (my|our) (\w+ ){0,2}(done|ready|finished) yet\b/, /\b(are|is) the (\w+ ){0,2}(done|ready|finished)( yet)?\b[^.!?]{0,5}[.!?]?[^.!?]{0,10}\b(i |we )?(ordered|dropped (it|them) off|left (it|them) (with you|in))\b/,
  ],
  onItsWay: [
    // whether it comes on the day the shop said ("kommer pallen med kakel idag som ni sa?")
    /\bkommer (den|det|de|dom|[a-z]{3,}(n|t|na|en|et|rna))\b[^.!?]{0,25}\b(idag|i dag|imorgon|i morgon|i veckan)\b[^.!?]{0,10}\bsom (ni|du) (sa|lovade|lovat|skrev|sagt)\b/,
    // where it went ("vart har den tagit vägen?", "vart tog paketet vägen?")
    /\bvart (har|tog) (den|det|de|dom|[a-z]{3,}(n|t|na|en|et|rna))( \w+)? (tagit )?vagen\b/,
    // part of the parcels come and the rest asked after ("Fick bara en av två kartonger. Var är den andra?")
    /\b(bara|only|just) (en|ett|one|\d) (av|of) (\d|tva|tre|fyra|two|three|four) (kartonger|kartongerna|paket|paketen|kolli|kollin|lador|ladorna|boxes|parcels|packages)\b/,
    // or is at the pick-up point ("ett sms räcker när den kommit fram till ombudet")
    /\b(kommit|kommer|ar|landat|landar) (fram )?(till|pa|hos) (ombudet|utlamningsstallet|paketboxen)\b/,
    /\b(nar|om|innan) ((?!(chaufforen|budet|foraren|budbilen|montoren|teknikern)\b)\w+(n|t|na)|den|det|dom|de|min \w+|mitt \w+|mina \w+) (ar|har kommit|kommit) pa vag\b/,
    // an order paid and not shown ("ordern syns inte under mina köp")
    /\b(ordern|bestallningen|kopet|min order|min bestallning)\b[^.!?]{0,20}\b(syns inte|finns inte med|dyker inte upp)\b[^.!?]{0,20}\b(under|bland|i|pa) (mina kop|mina ordrar|mina bestallningar|mina sidor|kontot|mitt konto)\b/,
    /\b(the |my )?(order|purchase)\b[^.!?]{0,20}\b(doesn'?t|does not|isn'?t|is not) (show|showing|appear|appearing|listed)\b[^.!?]{0,20}\b(in|on|under) (my )?(account|orders|order history|purchases)\b/,
    // waited on for weeks ("jag har väntat på min rullator i tre veckor", "I've been waiting for my rug for two weeks")
    /\b(har )?(vantat|vantar) pa (min|mitt|mina|var|vart|vara) \w+ i (\d+|en|tva|tre|fyra|fem|sex|flera|manga) (dagar|veckor|manader)\b/, /\b(i'?ve|i have|we'?ve|we have) been waiting (for|on) (my|our) \w+ for (\d+|a|two|three|four|five|six|several|many) (days|weeks|months)\b/, /\bar (paketet|ordern|bestallningen|leveransen|min \w+|mitt \w+|mina \w+) pa vag\b/,
    /\bwhen (it|they|the \w+|my \w+)( is|'s| are|'re) on (its|their|the) way\b/, /\b(is|are) (my|the) \w+( #?\d+)? on (its|their|the) way\b/,
    // or leaves the warehouse ("drop me a text when the parcel leaves the warehouse", "har ordern lämnat lagret?")
    /\b(leaves|left|has left|have left|is out of) (the|your) warehouse\b/, /\b(lamnar|lamnat|lamnade) (ert |erat )?lagret\b/, /\b(lamnar|lamnat|lamnade) (ert|era|ert centrala) lager\b/,
    // (or has had time to: "undrar om ryggsäcken hunnit lämna er än")
    /\b(hunnit|hann) (lamna|ga ivag fran|skickas fran) (er|lagret|ert lager)\b/,
    // or a notice asked for when it is sent ("text me when shipped", "sms när den skickats")
    /\bwhen (it'?s |it is |its |they'?re |they are )?(shipped|dispatched|sent out|out for delivery)\b/, /\bnar (den |det |paketet |ordern |bestallningen )?(ar |har )?(skickats|skickad|skickat|gatt ivag)\b/,
    // ("när vinkylen skickas vill jag gärna ha ett sms"; not a bill's or a code's)
    /\bnar (?!(fakturan|kvittot|koden|lanken|svaret|mejlet|beskedet|offerten|returen|pengarna|aterbetalningen|paminnelsen)\b)\w+(n|t|na|en|et) (skickas|gar ivag|lamnar lagret)\b/,
    // or an order named by its number asked after ("Has order 70411 been sent?", "har order 3321 skickats?")
    /\b(has|have|is|was) (my |our |the )?order (#|no\.? |nr\.? )?\d{3,}\b[^.!?]{0,20}\b(sent|shipped|dispatched|posted|on its way)\b/, /\b(har|ar) (min |var )?(order|ordern|bestallning|bestallningen) (#|nr\.? )?\d{3,} (skickats|skickad|postad|postats|pa vag|levererad)\b/,
    // or posted ("ett sms när skorna är postade"; the customer's own "returen är postad" is a return's)
    /\bnar (\w+(n|na|t) |den |det |de |dom )?(ar |har )?(postad|postade|postat|postats)\b/,
    // or ready from a repair or a making ("är min cykel klar från servicen?", "is my prescription ready?")
    /\b(ar|blir) (min|mitt|mina|var|vart|vara) \w+ (klar|klart|klara|fardig|fardigt|fardiga|lagad|lagat|lagade|reparerad|reparerat|reparerade|fixad|fixat|fixade|servad|servat|servade)\b/, /\b(min|mitt|mina) \w+ (skulle|ska|skall) (vara|bli) (klar|klart|klara|fardig|fardigt|fardiga)\b/, /\b(my|our) \w+ (was|were) (supposed|meant|due) to be (ready|done|finished)\b/,
    // a notice asked for when a job is done, or a job handed in asked after ("sms när mattan är tvättad",
    // "lämnade in min symaskin för service … Hur går det?")
    /\bnar (?!(leveranstiden|leveransdagen|tiden|svaret|beskedet|datumet|beslutet|utredningen|budgeten|budget|styrelsen|avtalet|planen|offerten)\b)(den|det|de|dom|\w+(n|t|na)) ar (levererad|levererat|levererade|framme|klar|klart|klara|fardig|fardigt|fardiga|tvattad|tvattat|tvattade|lagad|lagat|lagade|servad|servat|slipad|slipat|slipade|reparerad|reparerat)\b/,
    /\b(lamnade|lamnat) in (min|mitt|mina|var|vart|vara) \w+\b[^?]{0,80}\b(hur gar det|nar (ar|blir) (den|det|de|dom) klar)\b/, /\bklar (fran|efter) (servicen|reparationen|verkstaden|lagningen)\b/, /\b(is|are) (my|our) \w+ (ready|done|finished)\b/, /\b(back|home) from (the )?(workshop|repair|repairs|repairer|service|servicing|cobbler)\b/, /\btillbaka fran (verkstaden|lagningen|reparationen|servicen|skomakaren)\b/,
    // or in the fewest words ("sms när klar", "sms när den är klar"; not "när ni är klara med …")
    /\bnar (den |det |dom |de )?(ar )?(klar|klart|klara|fardig|fardigt|fardiga)\b(?! med)/,
    // or whether it was delivered ("har blommorna levererats till kontoret än?")
    /\bhar (\w+ ){1,3}levererats\b[^.!?]{0,30}\ban\b/, /\b(has|have) (it|they|the \w+|my \w+) been delivered\b/,
    // and in English, a notice for when it is ("give us a text once the table's been put together")
    /\b(once|when) (it|they|the \w+|my \w+|our \w+)('s| is| are|'re| has| have)( been)? (put together|assembled|built|done|finished|fixed|repaired|mended|serviced|ready)\b/,
    // or a parcel's notice ("två avier för samma paket"; an "avi" alone may be a payment slip)
    /\b(avi|avin|avier|avierna|avisering|aviseringen|aviseringar)\b[^.!?]{0,20}\b(paket|paketet|forsandelse|forsandelsen|leverans|leveransen)\b/, /\b(paket|leverans)(avi|avin|avisering|aviseringen)\b/,
    // or the rest of an order that came in part ("stolarna kom men inte bordet. Kommer bordet separat?")
    /\b(kommer|skickas|levereras|is it|are they|will it|will they|coming|shipped|sent)\b[^.!?]{0,20}\b(separat|separately|for sig)\b/, /\b(fick|fatt|received|got) (bara |only )?(halva|half|en del av|part of) (bestallningen|ordern|leveransen|the order|my order|the delivery)\b/, /\bnar kommer resten\b/,
    // or loaded for delivery ("sms när leveransen lastats på bilen", "when it's loaded onto the van"), or
    // the rest of an order that came in part ("half of our order arrived, where's the rest?")
    /\b(lastats|lastad|lastade|lastat|lastas) (pa|i) (bilen|lastbilen|budbilen)\b/, /\b(loaded|been loaded) (onto|on|into) (the )?(van|truck|lorry)\b/,
    /\bhalf (of )?(our|my|the) order\b[^.!?]{0,30}\b(arrived|came)\b/, /\bwhere'?s the rest\b/, /\bvar (ar|finns) resten\b/,
    // or waiting to be picked up ("paketet är hos ombudet, hur länge ligger det kvar?")
    /\b(ar|ligger|finns|star) (hos|pa) (ombudet|utlamningsstallet)\b/, /\bligger (det|den|paketet) kvar\b/, /\b(at|in) the (pickup|pick-up|collection|parcel) (point|locker|shop)\b/,
  ],
  // the day a thing comes, asked ("skriv när ni vet vilken dag bordet kommer"; not "vilken dag kan jag boka?")
  deliveryDay: [
    // the days delivered on ("do you guys deliver on bank holidays?", "levererar ni på röda dagar?")
    /\b(do|will|can) you( guys)? deliver (on|at|during|over) (the )?(weekends?|saturdays?|sundays?|bank holidays?|public holidays?|holidays|evenings?|christmas|easter)\b/, /\blevererar ni (pa|under|over) (helger|helgen|helgerna|lordagar|sondagar|roda dagar|rod dag|kvallar|kvallstid|julen|pasken)\b/,
    // who books the delivery's time ("Är det jag som ska boka tid för leveransen eller hör ni av er?")
    new RegExp(`\\bboka (en )?(tid|dag|leveranstid) for ${THE_DELIVERY}\\b`), /\b(book|arrange|schedule) (a |the )?(delivery (slot|time|date|day)|time for (the )?delivery)\b/,
    // how long it takes to a far place ("brukar det ta längre tid upp till Jokkmokk?", "does it take longer to the islands?")
    /\b(tar|ta) (det )?(langre|lika lang) tid (upp |ner |ut |over )?(till|hit|dit)\b/, /\b(take|takes) (any )?longer (to get )?(up |out |over |down )?to\b/,
    // how soon a pick-up in the shop is ready ("om jag väljer hämta i butik, hur snabbt är den klar?")
    /\b(hamta i butik(en)?|hamtar i butik(en)?|click (and|&) collect|pick (it )?up in (the )?(store|shop)|collect in (the )?(store|shop))\b[^.!?]{0,40}\b(hur (snabbt|fort|snart|lang tid)|nar|how (quickly|fast|soon|long)|when)\b/,
    /\b(hur (snabbt|fort|snart)|how (quickly|fast|soon))\b[^.!?]{0,30}\b(hamta i butik(en)?|hamtar i butik(en)?|click (and|&) collect|pick (it )?up in (the )?(store|shop)|collect in (the )?(store|shop))\b/,
    // a pick-up's day ("if I pick it up from your warehouse myself, is it ready the same day?")
    /\b(if i|om jag) (pick|collect|hamtar)\b[^.!?]{0,60}\b(ready|redo|klar|klart)\b[^.!?]{0,20}\b(the same day|same day|samma dag|today|idag|i dag|next day|nasta dag)\b/,
    // the driver on the way, the day it comes ("sms:a när chauffören är på väg", "text me when the driver is close")
    /\b(nar|innan) (chaufforen|budet|foraren|budbilen) (ar|kommer|har kommit) (pa vag|nara)\b/, /\bwhen the (driver|courier|van) is (on (the|its|his|her) way|close|nearby|near|5 minutes away)\b/,
    // an order not yet placed, and when it would come ("beställer jag nu på förmiddagen, är den här på lördag?")
    /\b(om jag bestaller|bestaller jag|(om jag lagger|lagger jag) (en |min )?(order|ordern|bestallning|bestallningen)|if i order|if i place (an|my|the) order)( \w+){0,3} (nu|idag|i dag|ikvall|i kvall|pa formiddagen|fore lunch|today|now|tonight|this morning|before (noon|lunch))\b/,
    /\b(vilken dag|vilket datum)\b[^.!?]{0,30}\b(kommer|levereras|levererar ni|skickas|kan levereras|far jag (hem )?(den|dem|dom|det|\w+n|\w+t))\b/,
    /\b(which|what) (day|date)\b[^.!?]{0,30}\b(arrives?|be delivered|(will|would|does|do) (it|they|the \w+|my \w+) (come|arrive|be delivered))\b/, /\b(which|what) (day|date) (the|my|our|it|they|her|his) (\w+ )?(will|would|is going to|is to) (come|arrive|be delivered)\b/,
    // when in the day the delivery comes, or whether it can come at another hour ("Kommer budet på förmiddagen
    // eller eftermiddagen?", "14-18 funkar dåligt, jobbar. Kan den komma efter 18?", "Can it come after 5 instead?")
    /\b(kommer|kan) (den|det|paketet|paket|leveransen|leverans|budet|bud|chaufforen)( komma)? (efter|fore|innan|pa|vid|mellan) ((klockan|kl) ?)?(\d|formiddag|eftermiddag|kvall|morgon|lunch)/,
    /\b(can|could|will|would|does) (it|the parcel|the delivery|the driver|the courier|they) (come|arrive|be delivered|deliver) (after|before|between|around|at|in the) (\d|noon|lunch|morning|afternoon|evening|the morning|the afternoon|the evening)/,
    // whether it still comes before a day ("Will it still come before New Year with the holidays?")
    /\b(will|would|could) (it|they|the \w+|my \w+)( still)? (come|arrive|get here|be here|be delivered) (before|by|in time)\b/,
    // "när ni vet när tvättmaskinen kommer": a thing (not the parcel or the order) that comes (not "kommer ut på
    // leverans", a notice of it on its way)
    /\bnar (?!(paketet|paket|ordern|bestallningen|leveransen|svaret|pengarna|mejlet|koden|lanken)\b)[a-z]{3,}(n|na|en|et|rna) (kommer|levereras|anlander)\b(?! ut (pa|for) leverans)/,
    // whether a thing makes it by a day ("hinner lampan komma till fredag?", "will the rug make it by Friday?")
    /\bhinner (?!(ni|du|jag|vi)\b)[a-z]{3,}(n|t|na|en|et|rna) (komma|fram|levereras|komma fram)\b/,
    // or had by a day ("can we have them before our conference?", "kan vi få dem innan mässan?")
    /\b(can|could|will|would) (we|i) (have|get|receive) (them|it|the \w+) (before|by|in time for)\b/, /\b(kan|hinner) (vi|jag) (fa|ha) (dem|dom|den|det) (innan|fore|till)\b/,
    // or is there before it ("e dom framme innan dess om ja beställer nu?", folded "är dom framme innan")
    /\bar (den|det|de|dom|[a-z]{3,}(n|t|na|en|et|rna)) framme (innan|fore|till|i tid)\b/, /\b(will|would|could) (it|they|the \w+|my \w+) (make it|get here|arrive) (by|before|in time)\b/,
    // how soon a thing can be here ("hur snart kan det vara här?", "how soon could it get here")
    /\b(hur snart|how soon|how quickly)\b[^.!?]{0,25}\b(vara (har|hemma|framme|hos (mig|oss))|komma (hit|hem|fram)|levereras|be here|get here|arrive|be delivered)\b/,
  ],
  // when a thing can be handed in or fetched ("kan man lämna in skridskor efter sju på kvällen?",
  // "när på dagen kan man hämta ut kemtvätt?"): the shop's hours
  handInHours: [
    /\bkan (man|jag|vi) (lamna in|lamna|hamta ut|hamta)\b[^.!?]{0,30}\b(efter|fore|innan|senast) (klockan |kl )?(\d|sju|atta|nio|tio|fem|sex|fyra|lunch|stangning)/, /\bnar pa dagen kan (man|jag|vi) (lamna|hamta)\b/,
    /\bnar kan (man|jag|vi) (lamna in|lamna tillbaka|lamna|hamta ut|hamta)\b[^.!?]{0,30}\b(pa |en )?(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|helg|kvall|morgon)\w*/,
    /\b(can|could) (i|we) (drop off|pick up|collect)\b[^.!?]{0,30}\b(after|before|by) (\d|six|seven|eight|nine|ten|five|lunch|closing)/,
    // how late today, or whether someone is in ("hur sent kan man hämta ut ett paket hos er idag?", "är det
    // nån i butiken mellan tolv och ett?", "how late is someone in the shop this evening?")
    /\bhur sent kan (man|jag|vi) (hamta ut|hamta|lamna in|lamna|komma forbi|komma in|titta in)\b/, /\bhow late (can|could) (i|we) (pick up|collect|drop off|come by|come in|pop in)\b/,
    /\b(ar det|finns det) (nan|nagon|personal|folk) (i butiken|pa plats|i affaren|pa lagret|pa utlamningen|i kassan|dar)\b[^.!?]{0,30}\b(mellan|klockan|kl|vid|efter|fore|innan|ikvall|i kvall|\d|tolv|ett|idag|i dag|(man|tis|ons|tors|fre|lor|son)dag\w*|helg\w*)\b/,
    // before the shop has opened ("kan man komma in innan ni egentligen öppnat?", "before you actually open")
    /\b(innan|fore) ni (egentligen |officiellt |ens )?(har )?(oppnat|oppnar|slagit upp|slar upp)\b(?! (paketet|kartongen|returen|ladan|arendet|den|det|dem|dom)\b)/, /\bbefore you (actually |officially )?open\b(?! (the|it|my|them|this|that)\b)/,
    // someone at the till now, a premises open or shut, the last minutes before closing ("står någon i kassan nu?",
    // "is the workshop open during half-term?", "hinner jag in en kvart före stängning?", "are you trading on sunday?")
    /\b(star|sitter|ar) (det )?(nan|nagon) i (kassan|disken|receptionen)\b/, /\b(is|are) (there )?(someone|anyone|somebody|anybody|staff) (at|on|behind) the (till|counter|desk|reception)\b/,
    /\b(ar|blir|har) (butiken|affaren|verkstaden|utlamningen|kassan|cafeet|salongen|lagret|showroomet|kontoret|ateljen|studion|receptionen|disken|lagerforsaljningen) (\w+ )?(oppen|oppet|stangd|stangt)\b/,
    /\b(is|are|will) (the|your) (shop|store|workshop|showroom|studio|salon|cafe|warehouse|garden cent(re|er)|counter|till|desk|office|branch|outlet|bakery|stall|pick-?up point|collection point)( be)?( still)? (open|closed|shut|staffed)\b/, /\b(cashed|cashing) up\b/,
    // a visit at a time, asked whether it is too late ("svänga förbi vid halv sex, är det för sent?", "can I still make it if I
    // leave work at 5.30?"), the earliest or latest one can come in
    /\b(svanga|svanger|komma|kommer|titta|tittar|kika|hoppa|swing|pop|come|drop) (in|forbi|by|over|down|round)\b[^.!?]{0,40}\b(ar det|is it|is that|would that be|blir det) (for sent|too late)\b/, /\b(can|will|could|would) (i|we) still make it\b/,
    /\b(when'?s|when is|what'?s|what is) the (earliest|latest) (i|we|one|you) can (come|pop|drop|get|swing) (in|by|over|down|round)\b/,
    /\b(fore|innan) (stangning|stangningsdags|ni stanger)\b/, /\bbefore (closing|you close|you shut)\b/, /\b(are|r) (you|u|ya)( guys)? (trading|closed|shut)\b/, /\blast orders\b/,
    /\b(ar ni stangda|har ni stangt (idag|i dag|nu|pa|i helgen|over|under|mellan))\b/,
    // which days it is shut, asked as a learner may ("which day you are closed?", "vilken dag ni har stängt?")
    /\b(which|what) days? (are you|you are|do you|you|is the shop|the shop is) (closed|shut|open)\b/, /\bvilken dag (har ni|ni har|ar ni|ni ar) (stangt|oppet|stangda|oppna)\b/,
    /\b(is|are) (there )?(someone|anyone|somebody|anybody|staff) (in the shop|in the store|at the shop|there)\b[^.!?]{0,20}\b(between|at|after|before|this evening|tonight|\d)/, /\bhow late is (someone|anyone|somebody|anybody|the shop|the store) (in|open|there)\b/,
  ],
  // getting there at an hour, asked ("hinner jag förbi butiken efter jobbet, typ kvart över sex?", "could we pop in
  // around 5 on friday?"): the hours, unless a booking, an order or trying on is named (VISIT_FOR, ruleKinds.ts)
  visitAt: [
    /\b(hinner|hinna|kan) (jag|vi|man) (komma |svanga |titta |kika |hoppa |ta mig )?(in|forbi|dit|till er|till butiken|till affaren|till utlamningen)\b[^.!?]{0,40}\b(idag|i dag|ikvall|i kvall|imorgon|i morgon|(man|tis|ons|tors|fre|lor|son)dag(en|ar)?|kl ?\d|klockan|vid (\d|halv|kvart)|halv \w+|kvart (over|i) \w+|efter (jobbet|skolan|lunch)|pa lunchen|i helgen|pa helgen|\d\d?[.:]\d\d)\b[^.!?]*\?/,
    /\b(can|could) (i|we) (come|pop|drop|swing|get) (in|by|over|down|round|there)\b[^.!?]{0,40}\b(today|tonight|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)days?|at \d|around \d|after (work|school|lunch)|at lunch(time)?|this (evening|weekend|morning|afternoon)|on the weekend|\d\d?[.:]\d\d|\d ?(am|pm))\b[^.!?]*\?/,
  ],
  // the day an order was paid, told to say how long the customer has waited ("var är paketet, ni tog
  // betalt för en vecka sen", "paid a week ago"): the order's question, not a payment's
  paidWhen: [
    // or charged with no word of the order since ("my card got charged but no confirmation email")
    /\b(my card|i) (got|was|have been|has been) charged,? but (no|never|nothing|i (haven'?t|have not|didn'?t|did not) (got|get|gotten|received?))\b/, /\b(pengarna|beloppet) (har )?(dragits|drogs),? men (ingen|inget|jag har inte)\b/,
    // money seen taken, beside an order that does not show ("ser att ni dragit pengarna men ordern syns inte")
    /\b(ser|sag) att ni (har )?(dragit|tagit) (pengarna|betalt)\b/,
    /\b(tog|tagit|dragit|drog) (ju |redan )?(betalt|pengarna)( redan| ju)? (for (en|ett|tva|tre|fyra|fem|\d+) (vecka|veckor|dag|dagar|manad|manader) sen(an)?|i (man|tis|ons|tors|fre|lor|son)dags|igar|i forrgar)\b/,
    /\b(paid|charged( me)?|took (the |my )?(money|payment))( already)? ((a|one|two|three|four|five|\d+) (week|weeks|day|days|month) ago|last (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|yesterday)\b/,
  ],
  // an order the customer wants to cancel ("kan jag avbeställa en bukett?"; a time booked is a rebooking)
  orderCancelled: [/\b(avbestalla|avbestaller|avbestallt|avbestallde)\b(?![^.!?]{0,25}\b(tid|tiden|tider|bokning|bokningen|besok|besoket)\b)/, /\bcancel (my|the|an|this) (order|purchase)\b/,
    // a place on a course given up ("jag vill avanmäla mig från vinterkursen, får jag tillbaka avgiften?")
    /\b(avanmala|avanmaler|avanmal|avboka|avbokar) (mig|min plats|oss|vara platser) (fran|pa|till) \w*(kurs|kursen|workshop|workshopen|lektion|lektionen|lektionerna)\b/, /\bcancel (my|our) (place|places|spot|spots|seat|seats|booking) (on|in|at|for) the (\w+ )?(course|class|workshop)\b/],
  // a time or a day that no longer suits, said of a booking or a delivery ("the 2pm doesn't work after
  // all", "torsdag funkar inte ändå"): a rebooking, no fault of a thing; only where nothing else in the
  // text fails too ("kl 14 går inte, och lampan funkar inte heller" keeps its fault)
  timeNoGood: [
    new RegExp(`^(?!(.*\\b(${FAILS})\\b){2}).*\\b(\\d{1,2} ?(am|pm)|\\d{1,2}[.:]\\d\\d|(mon|tues|wednes|thurs|fri|satur|sun)day'?s?|tomorrow|(that|the|this|your) (new |other |proposed |suggested )?(time|day|date|slot))\\b[^.!?]{0,12}\\b(doesn'?t|does not|won'?t|will not) work\\b`),
    // or the time just offered refused, another asked at once ("Sorry that doesn't work either, anything after 5?",
    // "Nej, det passar inte heller. Har ni något på kvällen?")
    /^\W*((sorry|no|nope|unfortunately|nej|tyvarr|sorry but|forlat|ursakta),? )*(that|this|it|det|den|\d{1,2}([.:]\d\d)?) ((doesn'?t|does not|won'?t) work|(funkar|fungerar|passar|gar) inte)( for me| for mig)?( either| heller)?\W*(anything|any other|what about|how about|do you have|got anything|har ni|nagot|nan|finns det|(gar|funkar|passar) \d{1,2}\b|(would|does|is) \d{1,2}\b)\b/,
    new RegExp(`^(?!(.*\\b(${FAILS})\\b){2}).*\\b(kl(ockan)? ?\\d{1,2}|\\d{1,2}[.:]\\d\\d|(man|tis|ons|tors|fre|lor|son)dag(en)?|den tiden|tiden|den dagen|imorgon|i morgon)\\b[^.!?]{0,12}\\b(funkar|fungerar|gar|passar) inte\\b`),
    // the refusal first, the time after it ("funkar inte kl 14 imorgon längre, har ni nåt senare?")
    /^\W*((det|den tiden|tyvarr|sorry|nej),? )*(funkar|fungerar|passar|gar) inte (for mig |heller )?(kl(ockan)? ?\d{1,2}|\d{1,2}[.:]\d\d|(pa )?(man|tis|ons|tors|fre|lor|son)dag(en)?|imorgon|i morgon)\b/,
  ],
  // a reminder asked before a time booked ("sms:a mig kvällen före när hundtrimningen är bokad", "a text
  // the evening before my appointment"): a booking's, not a delivery's notice
  reminderBefore: [
    /\b(dagen|kvallen|timmen|morgonen|veckan) (fore|innan)\b[^.!?]{0,40}\b(ar bokad|ar bokat|ar bokade|har bokat|bokningen|min tid|var tid|tiden hos)\b/,
    /\b(ar bokad|ar bokat|har bokat|bokningen|min tid|tiden hos)\b[^.!?]{0,40}\b(dagen|kvallen|timmen|morgonen) (fore|innan)\b/,
    /\bthe (day|night|evening|morning) before (my|the|our|his|her) (appointment|booking|session|lesson|slot|fitting|treatment|class|consultation)\b/,
  ],
  // a thing the customer posted to the shop, asked after ("jag postade byxorna till er i måndags men har
  // inte fått någon bekräftelse"): a return on its way back (not a mail or a picture sent, nor a
  // parcel the courier sent back)
  sentToShop: [
    /\b(jag|vi) (har )?(postade|postat|skickade|skickat) (?!(ett |en |mitt |min |mina )?(mejl|mail|mejlet|meddelande|meddelandet|bild|bilden|bilder|bilderna|foto|fotot|foton|kvitto|kvittot|sms|brev|fraga|fragor|uppgifter|uppgifterna|underlag)\b)(\w+ ){1,3}(tillbaka )?till er\b/,
    /\b(i|we) (have |'ve )?(posted|mailed) (it|them|the \w+|my \w+) (back )?to you\b/,
    // "I sent the parcel back on Monday": a thing, not a mail or a picture, sent back
    /\b(i|we) (have |'ve |already )?(sent|posted|mailed|shipped) (?!(an? |the |my )?(e-?mails?|mail|messages?|photos?|pictures?|receipts?|forms?|details|invoices?)\b)(it|them|the \w+|my \w+) back\b/,
  ],
  // a later turn of a return: where to hand the parcel in, or how the customer will know the shop got it
  // ("och var lämnar jag paketet?", "done, it's in the post. how will I know you got it?")
  returnHandedIn: [
    // the return's own parcel asked after ("kom min retur fram till er?", "have you received my return?", "tracking on my return hasn't moved")
    /\b(min|mitt|mina|var|the|my|our) (retur|returen|returpaket|returpaketet|return|return parcel|return package|returned (parcel|package|items?))\b[^.!?]{0,25}\b(fram|kommit|anlant|arrived|got to you|reached you)\b/,
    /\b(har ni|have you|did you) (fatt|mottagit|tagit emot|got|gotten|received) (min|mitt|mina|var|my|our|the) (retur|returen|returpaket|returpaketet|return|returned)\b/, /\b(sparningen|sparnumret|tracking)\b[^.!?]{0,20}\b(pa|for|of|on) (min|mitt|the|my) (retur|returen|returpaket|returpaketet|return)\b/,
    /\bvar (lamnar|lamnar man|kan jag lamna|ska jag lamna) (jag )?(in )?(paketet|kartongen|returen|den|det|dem|dom)\b/, /\bwhere (do|can|should) i (drop|take|leave|hand in|post) (it|them|the parcel|the package|the box|the return)\b/,
    /\bhur (vet|far) jag (veta )?(att|nar) ni (har )?(fatt|tagit emot)\b/, /\bhow (will|do|would) i know (that )?(you('ve| have)? (got|received) (it|them|the parcel)|(it|they|the parcel)('s| has| have)? (arrived|got to you|reached you))\b/,
  ],
  // a time agreed in a later turn ("3pm it is", "kl 14 passar bra"): a booking's (only clock times: "42 passar" is a size)
  timeAgreed: [
    /\b(\d{1,2} ?(am|pm)|\d{1,2}[.:]\d\d|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'?clock) (it is|then|works|suits me|is perfect|is fine|sounds good)\b/,
    /\b(kl(ockan)? ?\d{1,2}([.:]\d\d)?|\d{1,2}[.:]\d\d) (blir bra|funkar( bra| fint)?|passar( mig)?( bra| fint| perfekt)?|gar bra|da)\b/,
  ],
  // the time the customer wanted already taken ("that slot's gone now it says", "tiden var redan tagen"): a booking's
  slotGone: [/\b(that|the|my|this) (slot|time|appointment)('s| is| has| was)( now)? (gone|taken|full|been taken|no longer available)\b/, /\b(tiden|den tiden|min tid) (ar|var|har blivit) (redan )?(tagen|borta|upptagen|bokad av nan annan)\b/],
  // a fitting, a delivery or a visit put off ("vi behöver skjuta på monteringen en vecka", "could we postpone the installation"): a booking's
  postponed: [
    // a booking asked to another date ("Can the delivery and installation booked for the 3rd be moved to the 10th?")
    /\b(be |get )?(moved|pushed|shifted|changed|rebooked) (back |forward )?to (the )?\d{1,2}(st|nd|rd|th)\b/, /\b(flyttas|flyttad|flyttat|bokas om) (fram |bak )?till (den )?\d{1,2}(:?[ea])?\b/,
    /\b(skjuta|skjut) ((pa|upp) )?(\w+ ){0,2}(monteringen|leveransen|besoket|tiden|bokningen|installationen|servicen|motet|hamtningen)\b/, /\b(postpone|push back|put back|delay) (the|our|my) (installation|fitting|delivery|visit|appointment|booking|service|collection)\b/],
  // the visit of a fitter or a delivery asked on another day ("could the installers come on Monday instead",
  // "kan ni komma veckan efter i stället?"), or said to clash with something ("clashes with your fitting date"): a booking's
  comeInstead: [
    // a delivery asked for another day ("Går det att ta leveransen på måndag i stället?", "could you deliver it on Friday instead")
    /\b(ta|fa|leverera|kora ut|skicka|komma med) (leveransen|den|det|dem|dom|paketet|soffan|bestallningen|varorna) (pa|till) (\w+dag|en annan dag|nasta vecka|imorgon|i morgon)\b[^.!?]{0,20}\b(i stallet|istallet)\b/, /\b(deliver|bring|drop off) (it|them|the (parcel|order|delivery|sofa|goods)) (on \w+day|tomorrow|next week)( \w+)? instead\b/,
    /\bkan (inte|ej) vara hemma\b[^?]{0,60}\b(leveransen|den|det|dem|paketet|budet) (pa|till) (\w+dag|en annan dag|annan tid)\b/, /\b(can'?t|cannot|won'?t) be (home|in)\b[^?]{0,60}\b(deliver\w*|bring it|come)\b[^?]{0,20}\b(on \w+day|another day|instead)\b/,/\b(kan ni|kan du|kan de|kan montorerna) komma (\w+ ){1,2}(i stallet|istallet)\b/, /\bclash(es|ed)? with (your|the|our) (fitting|delivery|installation|visit|appointment|booking)( date| day| time)?\b/, /\bkrockar med (er|den|var) (leverans|montering|tid|besok)\w*\b/,/\b(come|deliver|install it|fit it|do it|be here) (on|at) (\w+day|the \d+\w*|\d{1,2}( ?(am|pm))?)\b[^.!?]{0,10}\binstead\b/, /\b(komma|leverera|montera) (pa|pa en) (mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|\w+dagen)\b[^.!?]{0,10}\b(istallet|i stallet)\b/],
  // how the courier should leave the parcel or let the customer know ("Leave it behind the gate please", "ställ
  // paketet bakom grinden", "Could the courier knock loudly"): a delivery's, not a return's ("var lämnar jag …")
  whereLeft: [
    /\b(leave|put|drop) (it|them|the parcel|the package|the box|the delivery)( \w+)? (behind|outside|by|at|in|on|under|next to|round|around) (the |my |our )?(gate|door|front door|back door|porch|garage|shed|back|front|steps|doorstep|bins?|neighbou?rs?|garden|fence|letterbox|mailbox)\b/,
    /\b(stall|lagg|lamna) (det|den|dem|dom|paketet|kartongen|ladan|leveransen)( \w+)? (bakom|utanfor|vid|pa|i|under|hos) (grinden|dorren|ytterdorren|trappan|altanen|altandorren|garaget|forradet|brevladan|grannen|grannarna|baksidan|staketet|entren)\b/,
    /\b(courier|driver|delivery man|budet|chaufforen|budfirman) (\w+ ){0,2}(knock|knocks|knacka|knackar|ring the (door)?bell|ringa pa|ringer pa|call me|ringa mig|text me|sms:?a mig)\b/,
    // in what shape it comes ("will the couch come in one piece or does it need assembly?")
    /\b(will|does|do) (it|they|the \w+) (come|arrive|be delivered) (in one piece|assembled|fully assembled|flat-?packed|flat|in parts|in pieces|in (two|2|several) (boxes|parts))\b/, /\bkommer (den|det|de|dom|[a-z]+(n|en|et|na)) (i ett stycke|monterad|monterat|monterade|platt|plattpackad|i delar|i (tva|flera) (kartonger|delar))\b/,
    // a note for the driver ("is there a way to add a note for the driver to my order?")
    /\b(note|message|instructions?) for the (driver|courier|delivery driver)\b/, /\b(meddelande|instruktion|instruktioner|lapp|notering) till (chaufforen|budet|foraren|budfirman)\b/,
    // how the parcel comes: in the letterbox or to be fetched, by a courier's van or as a parcel
    // ("kommer paketet i brevlådan eller måste jag hämta ut det?", "kör ni med budbil?")
    /\bkommer (paketet|det|den|forsandelsen|leveransen) (i brevladan|hem till dorren|till dorren|till ett ombud|som brev)\b/, /\b(will|does) (it|the parcel|the package|my order) (fit|come|go) (in|through) (the|my) (letterbox|mailbox|postbox)\b/,
    /\bkommer ni med (lastbil|budbil|skapbil|bil)\b/, /\b(kor|skickar|levererar) ni (med|via) (budbil|bud|dhl|postnord|schenker|db schenker|bring|instabox|budbee|early bird|ups|fedex|dsv)\b/, /\b(which|what) (courier|carrier|delivery (company|firm)) do you (use|ship with|send with|deliver with)\b/,
  ],
  // the answer 1 or 2 the shop's booking notice asks for ("Svara 1 för att bekräfta, 2 för att avboka"),
  // alone or before a word of why ("2 – blev sjuk, hör av mig när jag är frisk igen"); not "1. " that
  // opens a numbered list of questions
  bookingAnswer: [/^\W*[12]\s*([:–—-]\s|[.!]?\s*$)/],
  // a parcel locker's code that does not open it ("min kod funkar inte i boxen"): the order's, no fault of a thing
  lockerCode: [
    /\b(kod|koden|code)\b[^.!?]{0,30}\b(paketboxen|boxen|paketskapet|skapet|lockern|the locker|parcel locker|parcel box)\b/,
    /\b(paketboxen|paketskapet|parcel locker|the locker)\b[^.!?]{0,40}\b(kod|koden|code)\b/,
  ],
  // the call the customer booked asked at another time, or called off: a booking's (bookedCall.ts)
  callMoved: [BOOKED_CALL_MOVED, CALL_AT_OTHER_TIME, CALL_AT_OTHER_DAY, CALL_ASKED_MOVED, CALL_PROMISED_MOVED, ...BOOKED_CALL_OFF],
  // customs, import VAT, a currency fee or a damage the customer was made to pay: a payment matter ("I had to
  // pay 38 euros in customs", "ni har fakturerat mig för en skada"; "will I pay import duties?",
  // asked before buying, is a delivery's)
  feeCharged: [
    /\b(fakturerat|fakturerade|debiterat|debiterade|tagit betalt|charged|billed|invoiced)\b[^.!?]{0,25}\b(for|me for) (en |a |the )?(skada|skadan|damage)\b/,
    /\b(had to pay|paid|was charged|were charged|have been charged|got charged|fick betala|betalade|har betalat|debiterades)\b[^.!?]{0,30}\b(customs|duties|duty|import vat|import tax|currency fee|tull|tullavgift|importmoms|vaxlingsavgift|valutaavgift)\b/,
    /\b(customs|duties|import vat|currency fee|tull|tullavgift|importmoms)\b[^.!?]{0,30}\b(refund|back|tillbaka|aterbetal)/,
    // a subscription or membership charged after it was ended ("ni har dragit 649 kr för ett abonnemang jag sa upp",
    // "I cancelled my membership in May but you charged me again")
    /\b(dragit|drog|dragits|debiterat|debiterade|debiterats|tagit betalt|charged|billed|taken)\b[^.!?]{0,40}\b(abonnemang|abonnemanget|prenumeration|prenumerationen|medlemskap|medlemskapet|medlemsavgift|subscription|membership)\b[^.!?]{0,30}\b(sa upp|sagt upp|avslutade|avslutat|cancelled|canceled|ended)\b/,
    /\b(sa upp|sagt upp|avslutade|avslutat|cancelled|canceled|ended)\b[^.!?]{0,40}\b(abonnemang|abonnemanget|prenumeration|prenumerationen|medlemskap|medlemskapet|subscription|membership)\b[^.!?]{0,40}\b(dragit|drog|dragits|debiterat|debiterade|debiterats|tagit betalt|charged|billed|taken)\b/,
  ],
  // another size asked instead of the one that did not fit ("koftan var för trång, kan jag få en L i stället?", "could I have the
  // 42 instead?"): an exchange, asked without the returns list's words
  otherSizeInstead: [
    /\b(kan|far) (jag|vi) (fa|byta till|ha) (en|ett|ett par|den|dem|dom|dem i|den i)? ?(storlek )?(xxs|xs|s|m|l|xl|xxl|\d{2}|en storlek (storre|mindre)|storre|mindre|nasta storlek)( storlek)? (i stallet|istallet)\b/,
    /\b(can|could|may) (i|we) (have|get|swap (it|them) for|change (it|them) (for|to)) (a|an|the|it in|them in|it in a|them in a)? ?(size )?(xxs|xs|s|m|l|xl|xxl|\d{1,2}|larger|smaller|bigger|the next size( up| down)?)( size| one)? instead\b/,
  ],
};

