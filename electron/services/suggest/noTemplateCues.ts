/**
 * Cues of a text no template answers: a closing note (closingNoteCues.ts: a greeting, a thank-you, a
 * matter told settled), which ways to pay there are, an idea for the
 * shop, a visit, one's details on the account, how to reach the shop, the shop's website at fault,
 * its advertising, a supplier's invoice, the shop itself, a mailbox's automatic answer, someone who
 * works there, which discounts a group gets or when there is a sale, a newsletter to join, a new
 * booking, a proposal, mail that is no customer's (a scam sent to the shop, text that tries to instruct
 * the tool or asks for other customers' data, a test of the form). Patterns over the folded text (å→a, ö→o),
 * in Swedish and English; ruleKinds.ts says how surely each counts.
 */
import { ACCOUNT_PATTERNS, type AccountCueId } from './accountCues';
import { CLOSING_NOTE_PATTERNS, type ClosingNoteCueId } from './closingNoteCues';
import { NOT_FROM_CUSTOMER } from './notFromCustomer';
import { WAYS_TO_PAY_PATTERNS } from './waysToPayCues';
import { NOT_THE_CUSTOMER_PATTERNS, type NotTheCustomerCueId } from './notTheCustomerCues';
import { SHOP_SERVICE_PATTERNS, type ShopServiceCueId } from './shopServiceCues';
import { THE_DELIVERY } from './orderCues';

export type NoTemplateCueId =
  | ClosingNoteCueId | AccountCueId | NotTheCustomerCueId | ShopServiceCueId | 'waysToPay' | 'suggestion' | 'visit' | 'shopContact' | 'siteFault' | 'advertising' | 'supplierInvoice'
  | 'aboutShop' | 'autoReply' | 'staffAsked' | 'discountAsked' | 'newsletterAsked' | 'newBooking' | 'proposal' | 'rangeAsked' | 'faultSupposed' | 'notFromCustomer' | 'noticesKept' | 'fewerNotices' | 'codeRefused'
  | 'prizeAsked' | 'loyaltyAsked' | 'notMeantForMe';

/**
 * Whether the premises suit a wheelchair, asked: a visit, not a vulnerable customer ("är butiken
 * tillgänglig för rullstol?"; "min mamma sitter i rullstol" still is one). One pattern for both cues.
 */
export const WHEELCHAIR_ASKED_SV = '(tillganglig|tillgangligt|anpassad|anpassat|anpassade) (for|med) rullstol';
/** What follows "wheelchair" when the premises are asked about ("wheelchair accessible", "a wheelchair ramp"). */
export const WHEELCHAIR_SUITS = '[- ](accessible|access|friendly|ramp)';

/** A login named: what fails there is a password's case, whatever it was to show (loyaltyAsked). */
const LOGIN = '\\b(logga in|loggar in|inloggning\\w*|log in|login|sign in|losenord\\w*|password)\\b';

export const NO_TEMPLATE_PATTERNS: Record<NoTemplateCueId, RegExp[]> = {
  ...CLOSING_NOTE_PATTERNS,
  ...WAYS_TO_PAY_PATTERNS,
  ...NOT_THE_CUSTOMER_PATTERNS,
  ...SHOP_SERVICE_PATTERNS,
  // an idea for the shop, not a case to solve: "ni borde ha fler färger, bara ett tips!" (not
  // "ni borde ha skickat den", which is a complaint)
  suggestion: [
    // ("jag har en idé: kunde ni inte sälja refillpåsar till tvålen?")
    /\bjag har en ide\b/, /\b(kunde|kan|skulle) ni inte (borja )?(salja|ta in|erbjuda|ta hem) (?!(den|det|dem|dom|min|mitt|mina)\b)[a-z]{3,}/,
    /\b(bara|bara som) ett tips\b/, /\b(vill|ville) (bara )?tipsa om att\b/, /\b(ett )?tips till er\b/, /\bni borde (verkligen |kanske |nog |absolut |ocksa )?(ha|salja|ta in|erbjuda|borja med|lagga till) (fler|mer|flera|storre|mindre|ocksa|fler olika|nagon|nagra)\b/,
    // a thing the shop should sell, named ("ni borde sälja barnstorlekar av era regnjackor"; not "ni borde ha skickat")
    /\bni borde (verkligen |kanske |nog |absolut |ocksa )?(salja|ta in|erbjuda|borja salja|lagga till|ta hem) (?!(den|det|dem|dom|min|mitt|mina|pengarna)\b)[a-z]{3,}/,
    /\bjust a (suggestion|thought|tip|friendly suggestion)\b/, /\byou should (really |definitely |maybe |also )?(add|stock|sell|carry|offer|start selling|have more|make more)\b/, /\bit would be (nice|great|lovely|good) if you (had|sold|offered|added|could add)\b/,
  ],
  // a visit to the shop or the salon, not an order: access, parking, bringing a child or a dog,
  // seeing a thing before buying, a thing left behind ("glömt mitt paraply i salongen" is no password)
  visit: [
    // where the shop is ("is your flagship store near the Old Town?", "var ligger er butik?"), a thing
    // found outside it to hand in ("I found a wallet outside your shop")
    /\bwhere (is|are) your (flagship |main |physical )?(store|shop|showroom)s?\b/, /\b(is|are) your (flagship |main |physical )?(store|shop|showroom)s? (near|close to|in|located)\b/, /\bvar ligger (er|ert|era) (butik|butiker|salong|showroom|lager)\b/,
    /\b(found|hittade|hittat) (a|an|someone'?s|en|ett|nagons) (wallet|phone|key|keys|bag|purse|card|planbok|planboken|mobil|nyckel|nycklar|vaska|kort)\b/,
    // a room for a baby asked after ("finns det någonstans att byta blöja i butiken?"): no exchange
    /\b(byta (bloja|blojor|blojan)|skotbord|skotrum|baby ?changing|changing (table|room|facilities) for)\b/,
    /\b(handikappanpassad|handikappanpassat|rullstolsanpassad|rullstolsanpassat)\b/, new RegExp(`\\b${WHEELCHAIR_ASKED_SV}\\b`), new RegExp(`\\bwheelchair${WHEELCHAIR_SUITS}\\b`), /\bstep-free\b/,
    // a visit told as the last word, the answer taken ("ok I'll pop in tomorrow then, thanks")
    /\b(i'?ll|i will|we'?ll|we will) (pop|drop|come|swing|stop|call) (in|by|over|round)( (tomorrow|later|today|then|on \w+))*[,!. ]*(thanks|thank you|cheers|ta)?[!. ]*$/,
    /\b(jag|vi) (kommer|tittar|kikar|svanger|hoppar) (in|forbi)( (imorgon|i morgon|idag|i dag|senare|da|pa \w+|efter (jobbet|skolan|lunch)|i helgen|i kvall|ikvall))*[,!. ]*(tack)?( sa mycket)?[!. ]*$/,
    /^[^?]*\b(kommer|tittar|kikar|svanger) (jag|vi) (in|forbi)( (imorgon|i morgon|idag|i dag|senare|da|pa \w+|efter (jobbet|skolan|lunch)|i helgen|i kvall|ikvall))*[,!. ]*(tack)?[!. ]*$/,
    // a pick-up told as the last word ("Tack, jag hämtar den imorgon efter jobbet", "Great, I'll pick it up Saturday")
    /^[^?]*\b(jag|vi) hamtar (den|det|dem|dom|paketet|grejerna|kostymen) (imorgon|i morgon|idag|i dag|ikvall|i kvall|pa \w+|efter (jobbet|skolan|lunch)|i helgen)( [a-z ]{0,20})?\W*$/,
    /^[^?]*\b(i'?ll|i will|we'?ll|we will) (pick|collect) (it|them|the parcel|the order)( up)? (tomorrow|today|tonight|on \w+|\w+day|this \w+|after work)\W*$/,
    // ("ok kommer strax efter lunch och hämtar")
    /^\W*((ok|okej|bra|toppen|tack|perfekt|super)\W+)*((jag|vi) )?kommer\b[^?]{0,30}\b(och|o) hamta(r)?( (den|det|dem|dom|paketet|grejerna))?\W*$/,
    // a demonstration or an event in the shop ("do you ever do demos of the espresso machines in the store?"), a thing in its window
    /\bdo you (ever |sometimes |also )?(do|have|hold|run|give|offer) (any )?(\w+ )?(demos|demonstrations|tastings|events|workshops|classes|courses|lessons)\b/, /\b(har|brukar|haller) ni (ha |halla )?(nagon |nagra |nan )?(demo|demos|demonstration|demonstrationer|visning|visningar|provning|provningar|provsmakning|provsmakningar)\b/,
    /\b(skyltfonstret|skyltfonster|in the window|window display)\b[^.!?]{0,40}\b(till salu|salu|for sale|dekoration|display|rekvisita)\b/,
    /\bfinns det (parkering|hiss|ramp|toalett|parkeringsplatser)\b/, /\b(is there|do you have) (parking|a toilet|a lift|an elevator|a ramp|a kids'? corner|a children'?s corner|a play area|a play corner|baby changing|a changing table)\b/, /\bparking (at|outside|near|by) (the|your)\b/,
    /\b(komma|kommer) (in |forbi |dit )?(och|o) (titta|kika|prova|kolla|se)\b/, /\bcome (in|by|over) (and|to) (see|look|try)\b/, /\b(see|try) (it|them|the \w+) in (person|the shop|the store)\b/, /\bvisit (your|the) (shop|store|showroom|salon)\b/,
    // a place to see the things before buying ("do you have a showroom where I can see the sofas?")
    /\b(showroom|utstallningslokal|visningsbutik|visningslokal)\b/, /\b(se|titta pa|kolla pa|prova) (dem|den|det|dom|\w+(n|t|na)) (i verkligheten|pa plats|innan jag (koper|bestaller))\b/,
    /\b(see|look at|try) (it|them|the \w+) before (i|we) (buy|order)\b/,
    // the way to the shop and in ("vilken ingång ska man ta?", "the map pin puts you in a car park"), its floor, a pram inside
    /\b(vilken|vilka) (ingang|entre)\b/, /\bvilken (dorr|port) (ska|gar) (man|jag|vi)\b/, /\bwhich (entrance|way in)\b/, /\bwhich door (do|should|can) (i|we) (use|take|go in)\b/, /\bwhere exactly (is|are) (the|your) (shop|store|salon|showroom|studio|workshop|cafe)\b/, /\bmap (pin|marker)\b/, /\b(kartnalen|kartan visar)\b/,
    /\b(shop|store|salon|showroom|studio|cafe|butiken|salongen|affaren)\b[^.!?]{0,15}\b(ground floor|first floor|upstairs|downstairs|bottenvaningen|gatuplan|en trappa (upp|ner))\b/, /\b(do|will|should) (i|we) (need|have) to (take |use )?the (lift|elevator)\b/, /\b(do|will|should) (i|we) need the (lift|elevator)\b/,
    /\b(pushchairs?|prams?|buggies|buggy|strollers?|barnvagn|barnvagnar|barnvagnen)\b[^.!?]{0,20}\b(inside|in the shop|in the store|allowed in|welcome in|i butiken|med in)\b/, /\b(bankomat|uttagsautomat|cash ?machine|cashpoint)\b/, /\b(an|the|a|nearest) atm\b/,
    /\b(ta med|tar med) (mitt barn|min bebis|bebisen|barnen|min son|min dotter|hunden|min hund)\b/, /\b(shop|store|salon|cafe|showroom|you) (is |are )?(dog|pet|child|kid|baby)[- ]friendly\b/, /\bhundvanlig(a|t)?\b/, /\bbring (my|a|our) (baby|child|kid|kids|children|son|daughter|dog)\b/,
    /\b(glomt|glomde|tappat|tappade|lamnade kvar|lamnat kvar) (jag |vi )?(min|mitt|mina) \w+ (i|pa|hos) (butiken|salongen|er|affaren|kassan|provrummet|cafeet)\b/, /\b(left|forgot|lost|dropped) my \w+ (at|in) (your|the) (shop|store|salon|fitting room|cafe|showroom)\b/,
    // a thing put aside to fetch in the shop ("can I reserve a book and pick it up"), not a booking
    /\b(reserve|put aside|hold) (a|an|the|one|it|them)\b.{0,30}\b(pick (it |them )?up|collect)\b/, /\b(reserve|put aside|hold) (a|an|the|one|it|them)\b.{0,30}\b(come|pop) (in |by |over )?(and |to )?(see|look at|try)\b/, /\b(reservera|lagga undan)\b.{0,40}\bhamta(r|s)?\b/,
    /\b(lagga|lagger|lagg) undan (en|ett|den|det|dem|dom|nagon|nagot)\b/, /\b(put|set) (one|it|them|a \w+) aside\b/, /\bhold (it|one|them) for me\b/,
  ],
  ...ACCOUNT_PATTERNS,
  // how to reach the shop itself: "vad har ni för mejladress?" asks for the shop's, not the account's
  shopContact: [
    /\bvad (har|ar) (ni|er|ert|era) (for )?(mejladress|mailadress|e-?postadress|telefonnummer|nummer|adress|postadress)\b/, /\b(vilken|vilket) (mejladress|mailadress|e-?postadress|telefonnummer|nummer) (har|nar) (ni|man er|jag er)\b/,
    /\bwhat('s| is) your (e-?mail|e-?mail address|phone number|number|postal address|address)\b/, /\b(how|where) (can|do) i (reach|contact|write to|call) you\b/,
  ],
  // the shop's own website, chat or checkout at fault, not a thing the customer bought ("er chatt
  // funkar inte i min telefon"; "the app for the smart bulb doesn't connect" is a product's fault)
  siteFault: [
    /\b(er|ert|era|erat) (hemsida|webbshop|webbutik|sida|chatt|kassa|lank|app|webbplats)\b[^.!?]{0,40}\b(funkar|fungerar|laddar|gar) (inte|dalig|daligt)\b/,
    /\b(hemsidan|webbshopen|webbutiken|chatten|kassan|webbplatsen|sajten|er sida)\b (funkar|fungerar|laddar|gar) (inte|dalig|daligt)\b/, /\b(hemsidan|webbshopen|webbutiken|chatten|sajten|appen|bokningsappen|bokningssidan|bokningssystemet) (ar nere|hanger sig|kraschar|buggar|strular)\b/,
    // the booking app or site, crashing or bad ("den här appen för att boka … kraschar hela tiden")
    /\b(appen|bokningsappen|bokningssidan|bokningssystemet)\b[^.!?]{0,40}\b(kraschar|hanger sig|buggar|laddar inte|ar (verkligen |sa |jatte)?dalig)\b/, /\bthe (booking )?app\b[^.!?]{0,30}\b(keeps crashing|crashes|freezes|is (really |so )?bad)\b/,
    /\byour (website|web shop|webshop|site|chat|chat window|checkout|web page)\b[^.!?]{0,30}\b(doesn'?t|does not|won'?t|will not|isn'?t|is not) (work|load|open|show|working|loading)\b/, /\byour (website|site|web shop|checkout|chat) (is|seems|keeps) (down|broken|crashing|buggy)\b/,
    // a link on it that leads nowhere ("the link to your returns policy in the footer goes to a 404 page")
    /\b(link|page|lanken|sidan)\b[^.!?]{0,50}\b(goes to|leads to|gives|shows|returns|gar till|leder till|ger|visar) (a |an |en )?(404|dead|broken|empty|error|felsida|tom sida|trasig)\b/,
  ],
  // the shop's advertising asked about, not a case: "vad heter låten i er reklamfilm?" ("reklam" is
  // no "reklamation"; "inte som i reklamen" about a thing bought stays a complaint)
  advertising: [
    // (not "er reklam lovade 20 % rabatt", which is about the customer's purchase)
    /\b(er|ert|era) (reklamfilm|reklamfilmer|reklamkampanj|kampanjfilm)\b/, /\breklamfilm(en)?\b/, /\breklamen (pa|i) (bussarna|bussen|tv|radio|radion|instagram|tunnelbanan|stan|tidningen)\b/,
    /\b(song|music|actor|actress|dog|voice) in your (ad|advert|advertisement|commercial|video)\b/, /\byour (tv ad|tv advert|commercial|billboard|bus ad)\b/,
  ],
  // a supplier's invoice to the shop, not a customer's ("vi har tryckt era flygblad och ska skicka fakturan")
  supplierInvoice: [
    /\b(vi|jag) (ska )?(skicka|skickar|mejla|mejlar|maila|mailar) (fakturan|var faktura|en faktura)\b(?! till (mig|oss))/, /\b(fakturera|fakturerar) er\b/,
    /\b(vi|jag) (har )?(tryckt|levererat|gjort|byggt|fotograferat|designat) (era|ert|er)\b[^.!?]{0,30}\b(och )?(ska|vill) (skicka|mejla|maila) (fakturan|en faktura)\b/,
    /\b(we|i)('ll| will| are going to)? (send|email|e-mail) (you )?(our|the|an) invoice\b/, /\bwe('ll| will)? invoice you\b/,
    // or the shop set up as a firm's supplier, its papers asked for ("sätta upp er som leverantör … ert F-skattebevis och bankgiro")
    /\b(satta upp|lagga upp|registrera|lagga in) (er|ert foretag|er firma) som (ny )?leverantor\b/, /\bf-?skatte?(bevis|beviset|sedel|sedeln)\b/, /\b(set|add|register) you (up )?as a (new )?supplier\b/,
    // or one the shop never asked for, for an entry in a directory ("faktura för er annons i Företagskatalogen")
    /\bfaktura (for|pa) (er|ert|era) (annons|annonsering|registrering|listning)\b/, /\binvoice for your (listing|ad|advert|registration|directory entry)\b/,
  ],
  // the shop itself asked about, not a product: "vad är skillnaden mellan er och ikea?", "who owns the shop?"
  aboutShop: [
    // the shop's own story ("vilket år grundades butiken?", "how long have you been trading?")
    /\b(grundades|grundade|startades|oppnades|founded|established)\b[^.!?]{0,25}\b(butiken|affaren|foretaget|firman|ni|er|the shop|the store|the business|you)\b/, /\b(butiken|affaren|foretaget|firman|the shop|the store|the business|you)\b[^.!?]{0,20}\b(grundades|startades|was founded|was established|were founded)\b/, /\bhur lange har ni funnits\b/, /\bhow long have you been (around|in business)\b/,
    // who makes the shop's things, where they come from ("who makes your linen?", "var tillverkas era möbler?")
    /\bwho (makes|made|designs|produces|supplies) your \w+/, /\b(where|in which country) (are|is) your \w+ (made|produced|manufactured)\b/, /\bare your \w+ made in\b/,
    /\bvem (tillverkar|gor|designar|syr) era \w+/, /\bvar (tillverkas|gors|syrs) era \w+/,
    // what the shop hands out at its till, not a thing it sells ("are the bags you hand out at the till
    // compostable?", "är påsarna ni har i kassan komposterbara?")
    /\b(bags|carrier bags|paper bags|boxes|receipts|samples)( that)? (you|they) (hand|give|put) (out|away)\b/, /\b(bags|boxes|receipts|samples) (at|by) (the|your) (till|counter|checkout|register)\b/,
    /\b(pasarna|kassarna|kartongerna|kvittona|proverna) (ni (har|ger|delar ut|lamnar ut) )?(i|vid) kassan\b/, /\b(kassapasarna|kassapasar|era kassapasar)\b/,
    /\bskillnaden (mellan|pa) er (och|mot)\b/, /\b(difference|differences) between (you|you guys|y'?all|your shop|your store) and\b/, /\bhow (are|is) (you|you guys|y'?all|your shop|your store) different from\b/,
    /\bhur lange har (ni|butiken|salongen|foretaget) funnits\b/, /\bhow long have you been (around|in business)\b/,
    // the company itself: its staff, its age ("hur många anställda har ni?", "hur gammalt är företaget?")
    /\bhur manga (anstallda|medarbetare|som jobbar) (har ni|ar ni|finns|jobbar)\b/, /\bhow many (employees|staff|people work)\b/, /\bhur gammalt ar (foretaget|butiken|ni)\b/, /\bnar (grundades|startade) (ni|foretaget|butiken)\b/,
    /\bvem (ager|driver|startade|grundade) (er|ni|butiken|foretaget|salongen|affaren)\b/, /\bwho (owns|runs|started|founded) (you|the shop|the store|the company|the salon|your (shop|store|company|salon))\b/,
    // an event near the shop, asked whether it is the shop's ("arrangerar ni loppisen i gallerian på lördag?"): no hours asked
    /\b(arrangerar|anordnar|haller i|star) ni (for |bakom )?(loppisen|loppis|marknaden|julmarknaden|eventet|evenemanget|tavlingen|lotteriet|festen)\b/, /\bare you (the ones )?(organi[sz]ing|running|hosting|behind) the (flea market|market|christmas market|event|fair|raffle|competition)\b/,
    // what the shop belongs to ("is your company a member of any trade association?", "är ni medlemmar i Svensk Handel?")
    /\b(is|are) (your company|your shop|your store|your business|you) (a )?members? of\b/, /\b(whether|if) (your company|your shop|your store|your business|you) (is|are) (a )?members? of\b/, /\bar ni (medlem|medlemmar|anslutna|ansluten) (i|av|till)\b/,
    /\bar ni ett (familjeforetag|svenskt foretag|riktigt foretag|seriost foretag)\b/, /\bar det ni som (hade|var|stod) (en |ett )?(monter|stand|bord|plats|pa|i)\b/, /\bwas (it|that) you (who had|at the)\b/, /\bare you a (family business|family company|swedish company|real company)\b/,
  ],
  // a mailbox's automatic answer, not a customer writing: "Automatic reply: I am out of the office"
  // (not a customer away who asks to be texted meanwhile: "jag är på semester och läser inte mejl. Sms:a om …")
  autoReply: [
    /^(automatic reply|auto-?reply|autosvar|automatiskt svar|out of office|franvaro)\b/, /\b(automatic reply|auto-?reply|autosvar|automatiskt svar|franvaromeddelande)\s*:/,
    // another firm's answer to a mail of the shop's ("Detta är ett automatiskt svar från Elbolaget AB")
    /\b(detta|det har) ar ett automatiskt (svar|meddelande|genererat)\b/, /\bthis is an automatic(ally generated)? (reply|response|message)\b/,
    /\bi am out of (the )?office\b/, /\bi'?m out of (the )?office\b/, /\bwill (respond|reply) (on|upon|after) my return\b/,
    /\b(ar|jag ar) (pa semester|ledig|tjanstledig|franvarande)\b[^.!?]{0,40}\b(laser inte|har inte tillgang till|begransad tillgang till) (mejl|mail|e-?post)\b(?!.*\b(sms:?a|smsa|messa|texta)\b)/,
  ],
  // someone in the shop asked after: "min frisör hos er har slutat, vet ni var hon jobbar nu?" (a
  // person who stopped working is no thing that stopped working)
  staffAsked: [
    // (a person of the shop by what they do: "hon har slutat svara på mina mejl" is no one who left)
    /\b(frisor|frisoren|stylist|stylisten|personal|personalen|anstalld|expedit|expediten|saljare|saljaren)\b[^.!?]{0,30}\bhar slutat\b(?! (fungera|funka|ladda|lysa|virka|ga|att))/,
    /\b(slutat|borjat) (jobba|arbeta) (hos er|dar|pa salongen|i butiken)\b/, /\bis \w+ still (working|employed) (there|at your|in your)\b/, /\bdoes \w+ still work (there|at your|in your)\b/,
    /\b(hairdresser|stylist|barber|assistant)\b[^.!?]{0,30}\b(has left|left|quit|no longer works)\b/,
    // whether a person or a bot answers ("is there an actual human working there or is it all bots", "pratar jag med en robot?")
    /\b(is there|are there|is this|am i (talking|speaking|chatting) (to|with)) (an? |any )?(actual |real )?(human|person|people|bot|robot)\b/, /\b(all|just|only) (a )?bots?\b/, /\b(pratar|chattar|skriver) jag med en (robot|bot|manniska|riktig manniska)\b/, /\bar det en (robot|bot|riktig manniska)\b/, /\b(sitter|finns) det (en |nagon )?(levande|riktig|verklig) (person|manniska)\b/, /\b(a|an) (real|actual|live|living) (person|human)\b[^.!?]{0,30}\b(other end|there|answering|behind)\b/,
  ],
  // a discount code the checkout refuses ("Koden JUL20 fungerar inte i kassan, det står ogiltig kod",
  // "the promo code won't apply"); a code to log in with is a password's, and ruleKinds.ts leaves
  // one paid in full, the difference asked back, to the payment's
  codeRefused: [
    /\b(rabattkod|rabattkoden|kampanjkod|kampanjkoden|presentkortskoden|erbjudandekoden)\b[^.!?]{0,40}\b((fungerar|funkar|gar|gick) inte|godkanns inte|accepteras inte|ar ogiltig|blev ogiltig)\b/, /\bogiltig (rabatt|kampanj)?kod\b/,
    /\bkoden\b[^.!?]{0,40}\b(fungerar|funkar|gar|gick) inte\b[^.!?]{0,30}\b(i|vid) (kassan|varukorgen)\b/, /\b(i|vid) (kassan|varukorgen)\b[^.!?]{0,30}\bkoden\b[^.!?]{0,30}\b(fungerar|funkar|gar|gick) inte\b/,
    /\b(discount|promo|promotional|voucher|coupon|offer) code\b[^.!?]{0,40}\b(doesn'?t|does not|won'?t|will not|isn'?t|is not|didn'?t|did not|wouldn'?t|would not) (work|apply|go through|get accepted|be accepted|valid)\b/, /\binvalid (discount |promo |voucher |coupon )?code\b(?! when i (log|sign))/,
  ],
  // which discounts a group of customers gets, asked before buying (a business volume is a quote)
  discountAsked: [
    /\b(student|pensionars|senior|medlems|personal|militar|familje)rabatt\b/, /\bstudent discount\b/,
    /\bdiscount (for|to) (students|pensioners|seniors|nurses|teachers|members|staff|healthcare workers)\b/,
    /\b(students?|pensioners?|seniors?|nurses?|teachers?|members?) (get|gets|have|has) (any |a )?discount\b/,
    // a sale asked about ("har ni rea på mellandagarna?", "will there be a boxing day sale?"; a sale's
    // returns are a return)
    /\b(har ni|blir det|ar det|kommer det|kommer ni ha|nar (har ni|blir det|ar det|borjar))( nagon| en)? (rea|realisation|mellandagsrea|julrea|black week)\b/, /\b(do you have|is there|will there be|when is|when does) (a |your |the )?((boxing day|black friday|january|christmas|summer|winter) )?sale\b/,
    // what goes on sale asked ("do you have a list of what's going on sale after christmas?")
    /\bwhat'?s (going|gonna go|to go) on sale\b/, /\b(what|which \w+) (will|is going to) (go|be) on sale\b/, /\bvad (som )?(kommer (att )?(ga|bli)|blir|gar) (pa )?rea\b/,
    // told when there is a sale ("kan jag få påminnelse när ni har rea?", "can you let me know when you have a sale?")
    /\b(paminnelse|paminna|pamind|notis|besked|push|meddela|sms:?a|mejla)\w*\b[^.!?]{0,25}\bnar (ni har|det ar|det blir|ni kor) (rea|realisation|kampanj)\b/, /\b(remind|notify|tell|let) (me|us)( know)? when (you have a|there'?s a|there is a|the|your) (\w+ )?sale\b/,
    // a price matched, a discount for two ("will you match a competitor's lower price?", "any chance of a
    // discount for buying two chairs?"; a volume is a quote)
    /\bprice ?match/, /\bmatch (a |the |your )?(competitor'?s?'? |other shops'? )?(lower )?price\b/, /\bprismatch/, /\bmatchar ni (priset|andras pris|lagre pris)\b/,
    /\bdiscount (for|if i|when i|on) (buying |buy |i buy )?(two|2|three|3|a couple of|a pair of)\b/, /\brabatt (om|nar) (man|jag) (koper|tar) (tva|2|tre|3)\b/,
    // a discount code asked for ("har ni någon rabattkod?", "give me a 100% discount code"), not one that failed
    /\b(ge|ge mig|ge oss|fa|skicka|har ni|finns det)( en| nagon| nagra)? rabattkod(er)?\b/, /\b(give|send|get|is there|are there|have you got|do you have|any)( me| us)?( a| an| any)? (\d+ ?% )?(discount|promo|voucher|coupon) codes?\b/,
  ],
  // what the shop sells or does, asked alone ("säljer ni överdrag till utemöbler?", "do you repair phone
  // screens?", "tar ni beställningar på glutenfria tårtor?"): no order or thing of the customer's yet
  // (a thing asked for without something in it, "… utan gelatin?", is a question about the thing)
  rangeAsked: [
    // a gift receipt offered (not one lost: "I lost the gift receipt" is a return's)
    /\b(do you (do|give|offer)|har ni|ger ni)\b[^.!?]{0,20}\b(gift receipts?|presentkvitto|presentkvitton|byteslapp|byteslappar)\b/,
    // or someone else who does it ("could you recommend a good upholsterer near Malmö?")
    /\brecommend (a|an|any|someone|somebody) (good |local |reliable )?(upholsterer|carpenter|tailor|cobbler|electrician|plumber|painter|seamstress|framer|locksmith|repair (shop|person))\b/,
    /\brekommendera (en|nagon) (bra |duktig )?(tapetserare|snickare|skraddare|skomakare|elektriker|rormokare|malare|sommerska|inramare|lasmed|reparator)\b/,
    /^\W*((hej|hi|hello)\W+)?(saljer|forsaljer) ni (?![^?]*\b(utan|storlek|farg|grossist\w*|vidareforsaljning|aterforsalj\w*|andra butiker)\b)[^.!?]{2,60}\??\W*$/,
    /^\W*((hi|hello|hey)\W+)?do you (sell|stock|carry) (?![^?]*\b(without|wholesale|to (other )?(shops|stores|retailers)|for resale)\b)[^.!?]{2,60}\??\W*$/,
    /^\W*((hej|hi|hello)\W+)?(reparerar|lagar|servar|monterar|installerar|ramar( in)?|trycker|graverar|skarper|slipar|klackar|sular|kopierar|digitaliserar|vaxlar) ni (?!(min|mitt|mina|var|vart|vara|den|det|dem|dom|mig|oss)\b)[^.!?]{2,60}\??\W*$/,
    // any job asked the same way ("tvättar ni täcken?", "klipper ni barn?", "byter ni däck på
    // motorcyklar?"), but not the verbs that ask after an order, a delivery, the hours or a return,
    // and not of the customer's own thing ("lagar ni min …" may be a fault)
    /^\W*((hej|hi|hello)\W+)?(?!(har|brukar|kan|klarar|ska|skall|tar|skickar|levererar|oppnar|stanger|bar|kor|hamtar|finns|gar|blir|kommer|vet|behover|maste|borde|vill|svarar|ringer|mejlar|ser|hjalper|pratar|jobbar|betalar|accepterar|godkanner|aterbetalar|returnerar|forlanger|byter|raderar|sparar|skriver|fakturerar|tanker|menar|erbjuder|saljer|rekommenderar|hinner|haller|tycker|foreslar|anvander|garanterar)\b)[a-z]{3,}(ar|er|rer) ni (?!(min|mitt|mina|var|vart|vara|den|det|dem|dom|pengarna|paketet|ordern|bestallningen|mig|oss)\b)[^.!?]{2,50}\??\W*$/,
    /^\W*((hej|hi|hello)\W+)?byter ni (dack|batterier|batteri|skarmar|skarm|glas|sulor|sula|klackar|las|cylindrar|lampor|olja|kedjor|kedja)\b/,
    /^\W*((hi|hello|hey)\W+)?do you (repair|fix|service|install|mount|engrave|alter)\b[^.!?]{0,60}\??\W*$/,
    /\btar ni (emot )?(bestallningar|specialbestallningar|forbestallningar) (pa|av)\b/, /\bdo you take (custom |special )?orders for\b/,
    // a thing the shop stopped selling, asked why ("varför har ni slutat sälja de blå muggarna?", "why did you discontinue the oak shelf?")
    // (the shop the one that stopped: a fridge that "stopped making ice" is a fault)
    /\bni (har )?(slutat|slutar|slutade) (att )?(salja|fora|ta in|ta hem|tillverka)\b/, /\b(har|slutade|slutat) ni (slutat )?(att )?(salja|fora|ta in|ta hem|tillverka)\b/,
    /\b(you|you guys|y'?all) (have |did |ever )?(stopped|stop|quit) (selling|stocking|carrying|making)\b/, /\b(why did you|have you|did you) discontinue\b/,
    // things bought back or taken in part exchange ("do you buy back used sewing machines?", "köper ni in begagnade cyklar?")
    /\bdo you (buy|take)( back| in)? (used|old|second[- ]hand|pre[- ]owned)\b/, /\bdo you (buy|take) (them |it )?back\b[^.!?]{0,30}\b(used|old|second[- ]hand)\b/, /\b(koper|tar) ni (emot |in |tillbaka )?(begagnade|begagnat|anvanda|anvant|gamla|gammalt)\b/, /\b(trade-?in|inbyte)\b/,
    // how long a treatment or a job takes ("hur lång tid tar en fransförlängning?"; not a delivery)
    /^\W*((hej|hi|hello)\W+)?hur (lang tid|lange) (brukar |kan |tar )?(en|ett) (?!(leverans|frakt|retur|aterbetalning|paket|order|bestallning|byte)\w*\b)[a-z]+\b[^.!?]{0,30}\??\W*$/,
  ],
  // a fault only supposed, to learn the terms ("vad händer om man råkar skada något man hyrt?")
  faultSupposed: [/^\W*((hej|hi|hello)\W+)?vad (hander|galler) om (man|jag|vi|nagon) (rakar |skulle )?(skada|skadar|forstora|forstor|tappa bort|tappar bort|glomma|glommer|ha sonder|har sonder)\b/, /^\W*((hi|hello)\W+)?what happens if (i|we|you|someone) (accidentally )?(damage|break|lose|scratch)\b/],
  // a newsletter to join ("hur anmäler man sig till era utskick om nyheter?"): leaving one, or what
  // joining asks of one's data, is a privacy request
  newsletterAsked: [
    // offers or adverts asked to stop, the shop's notices kept ("Sluta skicka reklam men leveransbesked är ok", "Remove me
    // from offers but keep the delivery texts"); not with one's data, address or its source asked about (a privacy request)
    /^(?!.*\b(uppgift\w*|data|details|personal|radera\w*|delete|erase|(min|mitt|my) (adress|address|telefonnummer|phone number)|allt ni|everything you|var fick ni|hur fick ni|where did you get|how did you get|lagrat|sparat|stored|kept on me)\b).*\b(sluta skicka (reklam|erbjudanden|utskick|kampanjer|nyhetsbrev)|inga fler (erbjudanden|utskick|reklamutskick|kampanjer)|avsluta (era |ert |mina )?(erbjudanden|utskick|reklamutskick|nyhetsbrev|nyhetsbrevet|kampanjer|reklam-?sms)|(cancel|end) (your |the |my )?(offers|promotions|promo texts|marketing texts)|stop sending (me )?(offers|promotions|marketing|adverts|deals)|vill inte ha fler (erbjudanden|utskick)|(remove|take) me (off|from) (your )?(offers|marketing|promotions|adverts|mailing list)|no more (offers|promotions|marketing|adverts)|unsubscribe( me)? from (offers|marketing|promotions|reviews|adverts)|avanmal\w*( (jag|man))?( mig| sig)? (fran )?(era |ert )?(sms-?utskick\w*|sms-?reklam\w*|reklam-?sms\w*)|unsubscribe( me)? from (the |your )?(texts|sms|text messages))\b/,
    /^(?!.*\b(personnummer|personuppgift\w*|identity number|personal (data|details|information)|stored|lagras|sparas|gdpr)\b).*\b((anmaler|anmala|anmal|skriver upp|skriva upp|registrerar|registrera) (man sig |jag mig |mig |sig )?(till|for|pa) (era |ert |er )?(utskick|nyhetsbrev|nyhetsbrevet|nyheter)|prenumerera(r)? pa (era |ert |er )?(utskick|nyhetsbrev|nyhetsbrevet)|(sign up|signup|subscribe|join) (for|to) (your |the )?(newsletter|mailing list|emails)|(have|got) (a|any) (newsletter|mailing list)|har ni (ett |nagot |nat )?nyhetsbrev)\b/,
  ],
  // the shop's notices about an order named as kept, beside offers asked to stop ("orderbeskeden vill jag ha kvar",
  // "shipping updates are fine"): no case by itself; it tells newsletterAsked from a privacy request (ruleKinds.ts)
  // fewer notices asked, not none ("sluta skicka sms om varje liten sak, det räcker med ett när paketet
  // kommer", "too many texts"): no template sets how many a customer gets
  fewerNotices: [
    /\b(sluta|slutar) (skicka |sms:?a |smsa |mejla |maila )(sms |mejl |mail |notiser |meddelanden )?(om|for) (varje|allt|alla)\b/, /\bstop (texting|emailing|messaging|notifying|sending) (me )?(texts |emails |messages )?(about|for) (every|each|everything|all)\b/,
    /\b(for|alldeles for|sa) manga (sms|notiser|aviseringar|utskick)\b/, /\b(too|so) many (texts|notifications|messages|updates)\b/,
  ],
  noticesKept: [
    /\b(behaller|behalla) (mejlen|mejlutskicken|e-?posten|nyhetsbrevet)\b/, /\b(keep|keeping) (the )?(emails|newsletter)\b/,
    /\b(leveransbesked\w*|orderbesked\w*|leveransavi\w*|sparningsbesked\w*|leverans-?sms\w*|order-?sms\w*|(delivery|shipping|order|tracking|dispatch) (texts|updates|notices|messages|emails|sms))\b/,
  ],
  // a new time booked ("kan jag boka en tid för färgning nästa vecka?"): no template books one; one
  // moved or cancelled is a rebooking
  newBooking: [
    // (not a delivery's time: "ska jag boka tid för leveransen?" asks how the delivery is set up)
    new RegExp(`^(?!.*\\b(avboka\\w*|boka om|ombokning|flytta|flyttar|andra|andrar|missade|ny tid|min tid|bokade|bokat|cancel|reschedule|move|moving|missed)\\b).*\\b(boka|bokar) (en )?tid (for|till|hos|pa)\\b(?! ${THE_DELIVERY}\\b)`),
    /\b(could|can) (we|i) (reserve|book) the (\w+ ){0,2}(table|room|corner|space)\b/, /\b(boka|reservera) (det stora |ett )?(bordet|rummet|hornan|lokalen)\b/,
    /^(?!.*\b(cancel|reschedule|move|moving|missed|avboka\w*|boka om)\b).*\b(can|could) (i|we) book (an appointment|a time|a slot|a session|(a|an) (\w+ ){1,2}(slot|session|appointment))\b/,
    // a service booked, named by what it is ("kan man boka en cykelservice hos er?", "can I book a bike service?")
    /^(?!.*\b(avboka\w*|boka om|ombokning|flytta|andra|missade|ny tid|min tid|bokade|bokat)\b).*\b(kan|far) (man|jag|vi) boka (en |ett )?\w*(service|klippning|behandling|visning|lektion)\b/, /^(?!.*\b(cancel|reschedule|move|moving|missed)\b).*\b(can|could) (i|we) book (a|an) (\w+ )?(service|lesson|fitting|treatment)\b/,
    // the next time a class or an event is held, asked ("when's the next knitting circle?", "när är nästa kurs?")
    /\bwhen('s| is| are) the next (\w+ )?(class|classes|workshop|course|event|meetup|circle|session|tasting|evening)\b/, /\bnar ar nasta (\w+ )?(kurs|kurstillfalle|workshop|traff|event|provning|kvall|tillfalle)\b/,
  ],
  // mail that is no customer's (notFromCustomer.ts)
  notFromCustomer: NOT_FROM_CUSTOMER,
  // a proposal to the shop, not a customer's case: sponsoring, a collaboration, a job, a study
  proposal: [
    /\b(skanka|skanker|sponsra|sponsrar|sponsrade|sponsring|sponsor|tombola|lotteri|lotteriet|vinst till|pris till|donera|donerar)\b/, /\b(samarbete|samarbeta|soker jobb|praktikplats|uppsats|intervju)\b/,
    /\b(donate|donating|donation|sponsor|sponsoring|sponsorship|raffle|collaborat(e|ion|ions)|partnerships?|internship|hiring|job opening)\b/,
    // the shop to be named in a post or an article ("I'm writing a blog post about good customer service and would like to mention you")
    /\b(blog ?post|article|podcast|blogginlagg|inlagg|artikel)\b[^.!?]{0,80}\b(mention|feature|write about|namna|skriva om|tagga) (you|your shop|er|butiken)\b/,
    // open to an idea, not open for business ("are you open to collaborations?", "är ni öppna för att sälja på kommission?")
    /\b(open|oppna|oppen) (to|for) (\w+ ){0,3}(collaborat\w*|suggestions?|ideas?|proposals?|partnerships?|forslag|samarbete\w*|ideer)\b/, /\b(pa|on) kommission\b/, /\bon commission\b/,
    // a thing of the customer's offered in trade ("are you open to trading? I've got a vintage cabinet")
    /\b(open to trading|trade-?in|part[- ]exchange)\b/,
    // a partnership offered ("put your logo on our website as a recommended partner"; a shop's logo on a team's shirts)
    // something offered for free if the shop wants it ("vår kör sjunger gärna utanför er butik om ni vill. Helt gratis!")
    /\b(vi|jag|var|vart|vara) (\w+ ){0,2}garna\b[^.!?]{0,60}\bom ni vill\b/, /\b(we'?d|we would|i'?d|i would) (be happy|love|be glad) to\b[^.!?]{0,60}\bif you('d| would)? (like|want)\b/,
    /\b(as|become|be|being) (a |an |your |our )?(recommended |official |preferred |trusted |local )?partners?\b/, /\byour logo (on|at|in) (our|the)\b/, /\ber (logga|logotyp) (pa|i) (var|vart|vara|ryggen|trojorna|trojan)\b/, /\bsamarbetspartner\w*\b/,
    // a job asked for, in the words people ask with ("söker ni personal i sommar?", "are you looking for staff?")
    /\b(sommarjobb|extrajobb|lediga jobb|jobb ledig[at]?|jobba (hos|for) er|soker ni (personal|folk|extrapersonal))\b/,
    /\b(looking for (staff|people|workers|help in the shop)|(summer|part[- ]time|weekend|holiday) (job|jobs|work)|work (for|at) your (shop|store|company))\b/,
  ],
  // a prize won, or said to be, in the shop's draw or contest ("enligt ett mejl har jag vunnit en kaffebryggare i er
  // utlottning", "did I win your instagram giveaway?"): no template's; a scam's link followed is still a fraud (voiceCues.ts)
  prizeAsked: [
    // (the draw's name often a compound: "julutlottningen", "instagramtävlingen")
    /\b(vunnit|vann|vinner|vinnare|vinsten)\b[^.!?]{0,60}(tavling|utlottning|lottning|lotteri|dragning|giveaway)/, /(tavling|utlottning|lottning|giveaway)\w*\b[^.!?]{0,60}\b(vunnit|vann|vinsten|vinnare|priset)\b/,
    /\b(won|win|winner|winning|prize)\b[^.!?]{0,60}\b(contest|competition|giveaway|raffle|prize draw|draw|sweepstakes?)\b/, /\b(contest|competition|giveaway|raffle|prize draw|sweepstakes?)\b[^.!?]{0,60}\b(won|winner|prize)\b/,
  ],
  // a loyalty scheme's points or bonus asked about ("hur många poäng behöver jag för en bonuscheck?", "do my reward points expire?");
  // not when the login is what fails ("kan inte logga in för att se mina bonuspoäng" is a password's)
  loyaltyAsked: [
    `\\b(bonuspoang|bonuscheck\\w*|medlemspoang|bonusprogram\\w*|lojalitetsprogram\\w*|stamkundskort\\w*|stamkundsprogram\\w*|poangen|mina poang)\\b`, '\\bpoang (for|till|pa) (en |ett |mitt |min )?(bonus|check|rabatt|kop|medlemskap|konto)\\w*\\b',
    '\\b(loyalty|reward|rewards|bonus|member|membership) (points|program|programme|scheme|card|voucher)\\b', '\\bmy points\\b', '\\bpoints (balance|expire|expiring|on my (account|card))\\b',
  ].map((p) => new RegExp(`(?<!${LOGIN}.*)${p}(?!.*${LOGIN})`)),
  // a message of the shop's that reached someone it was not meant for ("Detta är inte Karins telefon längre", "it's addressed
  // to a Mr Lundqvist", "fel nummer"): the "never ordered" told beside it is no fraud (cues.ts)
  notMeantForMe: [
    // (money sent to the wrong number is a payment's: "jag har swishat till fel nummer")
    /^(?!.*\b(swish\w*|betala\w*|betalt|betalning\w*|overfor\w*|pengar\w*|pengarna)\b).*\b(fel nummer|fel person|fel mottagare|fel adressat)\b/, /\b(inte|ej) (\w+s|hans|hennes) (telefon|nummer|mobil|mejl|e-?post(adress)?) (langre|langer|langre nu)\b/, /\b(har|hade) bytt nummer\b/, /\b(detta|det har) (nummer|numret|mobilnummer) (tillhor|ar) ((numera |nu )?(min|mitt|mina|en annan|nagon annan|hans|hennes)|inte (\w+s |hans |hennes )?langre)\b/, /\bvem (ar|var) (detta|det har|du|ni)\b/,
    /\b(wrong number|wrong person|wrong recipient)\b/, /\b(meant|intended) for (someone|somebody) else\b/, /\b(meant|intended) for (another|a different) (person|customer|recipient)\b/, /\baddressed to (a |an )?(mr|mrs|ms|miss|dr)\b/, /\baddressed to (someone|somebody) else\b/, /\bnot (\w+'s|his|her) (phone|number|email|mobile) (any ?more|any longer)\b/, /\b(this|the) number (is not|isn'?t|is no longer) (\w+'s|his|her)\b/, /\bnumret (ar|tillhor) inte (\w+s|hans|hennes) langre\b/, /\b(this|the) number (no longer|doesn'?t) belongs? to\b/, /\bwho is this\b/,
    // who wrote, asked by one who does not know the number ("Vilket företag är ni? Numret säger mig inget")
    // a message for someone who does not live here ("det bor ingen Nils här", "nobody called Nils lives here")
    /\bbor (ingen|inte nan|inte nagon) (som heter )?\w+ (har|pa (den har|denna) adress(en)?)\b/, /\bno ?(one|body) (called|named|by the name of) \w+ lives here\b/,
    /\b(vilket foretag|vilken butik|vilka) ar (ni|det har|detta)\b/, /\bnumret sager mig (inget|ingenting)\b/, /\bkanner inte igen (numret|avsandaren|er)\b/, /\b(don'?t|do not) (recognise|recognize) (this|the|your) (number|sender|name)\b/,
  ],
};
