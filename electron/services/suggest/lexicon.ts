import shippedShopWords from '../../../resources/suggest/shop-words.json';
import realWords from '../../../resources/suggest/real-words.json';
import { spelledOut } from './shorthand';
import { countWords, mendTransposed } from './transposedLetters';
import { NORDIC_WORDS } from './nordicWords';
import { inSlices, type Steps } from './inSlices';
import { buildingPrefilter, prefilterOf, type Prefilter } from './regexPrefilter';

/** The complaint entries for flowers or food gone off: the goods' fault, no damage in transport, though told on arrival (ruleKinds.ts). */
export const WILTED = ['var vissen', 'var vissna', 'är vissen', 'är vissna', 'vissnat', 'vissnade', 'wilted'];

/** The documents list's words for pictures: no attachment when the customer means to take them (signals.ts). */
export const PHOTO_WORDS = ['bild', 'bilder', 'foto ', 'foton', 'fotot', 'fotona', 'fotografier', 'photo ', 'photos', 'photograph ', 'photographs', 'picture'];
/**
 * The words the suggestions listen for, Swedish and English. Matching is on lower-case text with
 * diacritics kept and also folded (so "aterbetalning" still finds "återbetalning"); an entry
 * matches at the start of a word, so "reklamation" also finds "reklamationen". An entry that ends in
 * a space is a whole word, where its start is the start of other words: 'arg ' (not "arganolja"),
 * 'arn ' (the board, not "Arne"), 'repor ' (not "report"), 'scratch ' (not "scratchy", wool that
 * itches), 'bent ' (not "bentonitsand"), 'wet ' (not "wetsuit"), 'foto '
 * (not "fotografera"), 'photo ' (not "photographer").
 */
export const LEXICON = {
  complaint: [...NORDIC_WORDS.complaint, 'reklamation', 'same fault', 'same defect', 'same problem as', 'samma fel som', 'samma problem som', 'samma defekt', 'passed between', 'passed around', 'bollats runt', 'bollad runt', 'bollad mellan', 'vilseledande', 'misleading', 'falsk marknadsföring', 'false advertising', ...WILTED, 'släpper igenom vatten', 'släppte igenom vatten', 'let water through', 'lets water through', 'letting water through', 'reklamera', 'defekt', 'fungerar inte', 'funkar inte', 'garanti', 'felaktig', 'complaint', 'faulty', 'defect', 'not working', "doesn't work", 'does not work', 'warranty', 'wrong item', 'wrong measurements', 'wrong dimensions', 'felaktiga mått', 'fel mått på', 'fel mått i', 'fel vara', 'fel storlek skickad', 'klaga', 'complain', 'vinglig', 'wobbly', 'fel färg', 'annan färg', 'wrong colour', 'wrong color', 'different from the', 'släpper', 'släppt', 'släppte', 'släppa ', 'släppa från', 'släppt från', 'läcker ', 'läckte ', 'läckage', 'läcka ', 'läckt ', 'läckande ', 'läckor ', 'leak', 'nopp', 'pilling', 'pilled', 'blekt', 'bleknat', 'faded', 'slutade fungera', 'slutat fungera', 'slutade ladda', 'stopped working', 'stopped charging', 'quit working', 'brus ', 'brusar', 'brusig', 'brusande', 'knarr', 'gulnat', 'missfärgad', 'lossnat', 'came off', 'fell off', 'has come off', 'have come off', 'has fallen off', 'have fallen off', 'gått upp i sömmen', 'skramlar', 'glappar', 'flagnar', 'flagar', 'chipping', 'chipping off', 'flaking', 'flakes off', 'rostar', 'krympt', 'luktar plast', 'came apart', 'come apart', 'coming apart', 'fell apart', 'snapped', 'peeling', 'sheds everywhere', 'shedding', 'fäller överallt', 'fäller ludd', 'rusting', 'shrunk', 'shrank', 'rattles', 'buzzing', 'smells like', 'stained', 'slutar fungera', 'slutar lysa', 'slutar ladda', 'slutat lysa', 'svartnat', 'missfärg', 'blött ut', 'färgat av', 'mögel', 'mögl', 'flugor', 'insekter', 'unken', 'halvfull', 'mould', 'mold', 'flies', 'insects', 'bugs', 'stale', 'half full', 'discolo', 'stopped lighting', 'keeps breaking', 'broke after', 'broke the', 'startar inte', 'won\'t start', 'does not start', 'rubbed off', 'falling off', 'faller av', 'ramlar av', 'slitna', 'sliten', 'slitet', 'worn out', 'worn through', 'klagomål', 'tappar sugkraft', 'reva', 'revor', 'tear in', 'annan nyans', 'olika nyans', 'different shade', 'stains', 'staining', 'fläck', 'håller inte', 'smells of', 'smells so', 'luktar kemikalier', 'kemikalielukt', 'jammed', 'jams', 'felmonterad', 'felmonterade', 'fel monterad', 'monterad fel', 'sitter snett', 'sits crooked', 'hangs crooked', 'hangs at an angle', 'hänger snett', 'is crooked', 'kärvar', 'kärvade', 'låste sig', 'hakar upp sig', 'flimrar', 'flimmrar', 'flimrade', 'flimmer', 'flicker ', 'flickers', 'flickering', 'flickered', 'går inte att montera', 'går inte att stänga', 'inte går att stänga', 'går inte att skruva ihop', 'går inte att sätta ihop', 'går inte att dra ut', 'går inte att fälla ut', 'går inte att fälla ihop', "won't pull out", "won't slide out", "doesn't pull out", "won't fit together", "don't line up", 'do not line up'],
  damaged: ['skadad', 'skadat', 'trasig', 'sönder', 'krossad', 'spräckt', 'transportskada', 'damaged', 'broken', 'smashed', 'cracked', 'dented', 'knäckt', 'brutet', 'bruten', 'repa ', 'repan', 'repor ', 'reporna', 'repad', 'repat', 'repade', 'repats', 'repig', 'spricka', 'sprucken', 'buckla', 'scratch ', 'scratches', 'scratched', 'dent ', 'dents', 'crack', 'avbrut', 'blött', 'blöt ', 'blöta', 'blötte', 'blötts', 'vattenskad', 'soaked', 'wet ', 'skärvor', 'i bitar', 'in pieces', 'split in two', 'split in half', 'in bits', 'shattered', 'spruck', 'mosad', 'mosat', 'tillplattad', 'hål i', 'sönderriven', 'sönderrivet', 'trasigt', 'trasiga', 'hole in', 'torn', 'crushed', 'squashed', 'snapped off', 'chipped', 'kantstött', 'skadade', 'bent ', 'böjd', 'böjt', 'bucklig', 'into pieces', 'to pieces', 'i två bitar', 'i tre bitar', 'i flera bitar', 'i småbitar', 'i fyra bitar', 'i fem bitar', 'i tusen bitar', 'i många bitar', 'i två delar', 'skadan ', 'skadorna', 'the damage', 'scrape ', 'scraped', 'scrapes', 'gouge', 'skråma', 'skrapmärke', 'flisa', 'flisor'],
  sensitive: ['faktura', 'fakturan', 'betalning', 'dubbeldebiter', 'debiterad', 'kortnummer', 'kontonummer', 'personnummer', 'personuppgift', 'gdpr', 'radera mina', 'klarna', 'invoice', 'billing', 'charged twice', 'double charged', 'card number', 'personal data', 'delete my data', 'social security', 'bank account', 'my card', 'mitt kort', 'a different card', 'another card', 'ett annat kort', 'annat kort', 'dragit pengar', 'taken twice', 'was i charged', 'i was charged', 'charged me', 'tog betalt', 'tagit betalt'],
  documents: ['kvitto', ...PHOTO_WORDS, 'pdf', 'bifoga', 'intyg', 'dokument', 'underlag ', 'underlaget', 'underlagen', 'kopia', 'receipt', 'attach', 'document', 'certificate', 'screenshot', 'copy of', 'datablad', 'produktblad', 'certifikat', 'anvisning', 'manual', 'instruktion', 'declaration', 'data sheet', 'pdf'],
  anger: ['arg ', 'arga ', 'argt ', 'argare', 'förbannad', 'besviken', 'oacceptabel', 'skandal', 'skämt', 'bedrövlig', 'värdelös', 'sämsta', 'aldrig mer', 'anmäla er', 'anmäla butiken', 'anmäla företaget', 'anmäla detta', 'polisanmäl', 'arn ', 'konsumentverket', 'inkasso', 'advokat', 'angry', 'furious', 'disappointed', 'unacceptable', 'ridiculous', 'worst', 'useless', 'never again', 'scam', 'lawyer', 'report you', 'joke', 'losing patience', 'lost patience', 'lost my patience', 'fed up', 'tappar tålamodet', 'tappat tålamodet', 'börjar tröttna'],
  urgency: ['akut', 'bråttom', 'omgående', 'snarast', 'i dag', 'idag', 'i morgon', 'imorgon', 'nu direkt', 'urgent', 'asap', 'immediately', 'right now', 'today', 'tomorrow', 'deadline', 'bröllop', 'födelsedag', 'wedding', 'birthday'],
} as const;

/** Words that mark Swedish text (for choosing a template's language). */
export const SWEDISH_MARKERS = ['och', 'att', 'jag', 'det', 'inte', 'är', 'har', 'min', 'mitt', 'på', 'för', 'med', 'hej', 'tack', 'kan', 'ni', 'vad', 'när', 'varför', 'beställning'];
export const ENGLISH_MARKERS = ['the', 'and', 'i', 'is', 'my', 'not', 'have', 'for', 'with', 'hi', 'hello', 'thanks', 'can', 'you', 'what', 'when', 'why', 'order'];

/** Intents (kinds of case): the words that point to each. Template categories use the same names. */
/**
 * What did not arrive, told: an order's status, unless it is a mail or a code that did not ("the
 * reset email never arrived" is a password case: ruleKinds.ts reads it so).
 */
/** The complaint list's words that an exchange asks for too ("byta tröjan mot en annan färg"). */
export const ANOTHER_ONE = ['annan färg', 'annan nyans', 'different shade'];

/**
 * The complaint entries that say only that something does not work: of a reset link or a code, no
 * fault of a thing bought. Each is a complaint entry (a test holds it so), as only those are found.
 */
export const DOES_NOT_WORK = ['fungerar inte', 'funkar inte', 'not working', "doesn't work", 'does not work', 'stopped working'];
/** The invoice list's words for money taken, which alone name no payment matter when they only date an order (ruleKinds.ts). */
/** The sensitive list's words for a card, which name no payment where a visit is asked about ("my cards are all from abroad"). */
export const CARD_WORDS = ['my card', 'mitt kort', 'a different card', 'another card', 'ett annat kort', 'annat kort'];
export const PAID_WORDS = ['tog betalt', 'tagit betalt', 'dragit pengar', 'payment was taken', 'charged me', 'i was charged', 'payment'];
export const NOT_ARRIVED = ['har inte kommit', 'inte har kommit', 'inte kommit', 'aldrig kommit', 'aldrig har kommit', 'kom aldrig', 'not arrived', "hasn't arrived", 'never came', 'never arrived', "didn't arrive", 'did not arrive', 'never received', 'not received', 'inte fått den än', 'inte fått det än', 'inte fått paketet', 'inte fått min beställning', 'inte fått mitt paket', 'inte fått leveransen', "haven't received it", "hasn't received it", 'not received it', 'supposed to arrive', 'supposed to be delivered', 'supposed to come yesterday', 'supposed to come today', 'supposed to come on', 'should have arrived', 'fortfarande inte här', 'inte här än', 'inte här ännu', 'still not here', 'not here yet', "isn't here yet", "still isn't here", 'skulle ha levererats', 'skulle ha kommit igår', 'skulle ha kommit i'];

export const INTENTS = {
  order_status: [...NORDIC_WORDS.order_status, ...NOT_ARRIVED, 'vilket ombud', 'vilket utlämningsställe', 'which locker', 'is it in the locker', 'is it at the locker', 'vilken paketbox', 'vilket paketskåp', 'ligger den i paketboxen', 'ligger det i paketboxen', 'which pick-up point', 'which pickup point', 'which collection point', 'which parcel shop', 'delivery updates', 'shipping updates', 'tracking updates', "don't know where it is", 'do not know where it is', 'vet inte var den är', 'vet inte var det är', 'vet inte var paketet är', 'när kommer resten', 'halva leveransen', 'halva beställningen', 'resten av ordern', 'resten av beställningen', 'resten av leveransen', 'awaiting stock', 'still shows', 'när den blir klar', 'när blir den klar', 'när blir de klara', 'reparationen pågår', 'when will it be ready', 'is it lost', 'has it been lost', 'has it got lost', 'lost in the post', 'kommit bort', 'har det kommit bort', 'försenad', 'försenat', 'försenade', 'updates about order', 'updates about my order', 'dispatch updates', 'dispatch update', 'shipping updates', 'tracking updates', 'var är min', 'var är mitt', 'var är budet', 'var är chauffören', 'where is the courier', "where's the courier", 'where is the driver', "where's the driver", 'var mitt paket är', 'var min beställning är', 'var min order är', 'where my parcel is', 'where my package is', 'where my order is', 'var är paketet', 'var paketet är', 'var ordern är', 'vart är paketet', 'var är ordern', 'var är beställningen', 'var är leveransen', "where's the parcel", 'where is the parcel', "where's the package", 'where is the package', 'where is it now', 'order has been sent', 'order has been dispatched', 'order has been posted', 'var är den nu', 'har den åkt', 'har det åkt', 'har de åkt', 'har dom åkt', 'redirect the parcel', 'redirect my parcel', 'redirect the package', 'redirect my package', 'redirect the delivery', 'redirect my order', 'it be redirected', 'reroute the parcel', 'reroute my parcel', 'omdirigera paketet', 'omdirigera leveransen', 'omdirigera försändelsen', 'var är det nu', 'avsändas', 'se var den är', 'kolla var den är', 'se var paketet är', 'orderstatus', 'status på', 'har ni skickat', 'spåra ', 'följer min beställning', 'följa min beställning', 'följer mitt paket', 'följa mitt paket', 'följa paketet', 'follow my order', 'follow my parcel', 'spårar ', 'spåras ', 'spårat ', 'spårade ', 'spårbar', 'spårningen', 'spårning', 'ordern ', 'beställningen', 'adress på order', 'change the delivery address', 'ändra leveransadress', 'byta leveransadress', 'adressen på order', 'min order', 'skickats', 'när skickas', 'is it shipped', "where is my", 'order status', 'tracking', 'has it shipped', 'shipped yet', 'track my', 'my order', 'when its shipped', "when it's shipped", 'when it ships', 'once it ships', 'when it has shipped', 'när den är skickad', 'när den skickats', 'levererats men', 'står att paketet', 'says delivered', 'marked as delivered', 'har inte fått något', 'returned to sender', 'returnerad till avsändaren', 'returnerades till', 'tracking number', 'tracking link', 'spårningslänk', 'spårningsnummer', 'kollinummer', 'leveransavisering', 'fastnat', 'stuck', 'står still', 'any update on', 'any news on', 'any news about', 'update on my order', 'heard nothing', 'inte hört något', 'gått iväg', 'går iväg', 'out for delivery', 'ute för leverans', 'ute på leverans', 'ut på leverans', 'ut för leverans', 'klar att hämta', 'dags att hämta', 'klara att hämta', 'klart att hämta', 'redo att hämtas', 'ready for pickup', 'ready for pick-up', 'ready to pick up', 'ready for collection', 'ready to collect', 'finns att hämta', 'går att hämta', 'kan hämtas'],
  delivery_time: [...NORDIC_WORDS.delivery_time, 'få varor skickade till', 'få varorna skickade till', 'få grejer skickade till', 'få saker skickade till', 'få paket skickade till', 'leveranstid', 'räknas helgdagar', 'räknas helger', 'räknas helgen', 'arbetsdagar eller', 'vardagar eller', 'working days or', 'business days or', 'including weekends', 'inklusive helger', 'when can i expect it', 'when should i expect it', 'brukar budet', 'brukar era bud', 'brukar ni leverera', 'brukar ni köra ut', 'does the courier usually', 'do your couriers usually', 'do you usually deliver', 'date of delivery', 'expected delivery', 'leveransdatum', 'ringa på dörren', 'ring on the door', 'ring the doorbell', 'knacka på dörren', 'knock on the door', 'kan budet', 'kan inte budet', 'budet kommer', 'can the courier', 'could the courier', 'when the courier', 'förmiddag eller eftermiddag', 'morning or afternoon', 'am or pm', 'beställningsvara', 'i tid räknat', 'går det fortare', 'går det snabbare', 'faster delivery', 'faster shipping', 'quicker delivery', 'quicker shipping', 'named-day', 'named day', 'går den iväg samma dag', 'skickas samma dag', 'ships the same day', 'same day dispatch', 'när är den framme', 'när är det framme', 'när är de framme', 'när är paketet framme', 'express', 'eta ', 'kör ni ut', 'skickar ni utomlands', 'levererar ni utomlands', 'ship internationally', 'ship abroad', 'deliver abroad', 'international shipping', 'international delivery', 'när kommer', 'när paketet kommer', 'när mitt paket kommer', 'när leveransen kommer', 'hur lång tid', 'hur många dagar brukar', 'hur många dagar tar', 'how many days does it take', 'how many days will it take', 'leverans', 'levereras', 'frakt', 'ombud', 'skickar ni till', 'delivery time', 'have it sent to', 'send it to my', 'when will', 'how long', 'shipping', 'ship to', 'can you post to', 'do you post to', 'will you post to', 'arrive', 'delivered by', 'när får jag', 'hemleverans', 'chauffören', 'driver', 'delivery', 'räkna med att få', 'få hem', 'hinner ni', 'hinner de ', 'hinner den ', 'hinner dom ', 'in time for', 'i tid till', 'too late to order', 'för sent att beställa', 'last order date', 'last day to order', 'last date to order', 'sista dag att beställa', 'sista beställningsdag', 'budfirma', 'fraktbolag', 'dhl', 'budbee', 'instabox', 'paketbox', 'courier', 'bär ni in', 'köra ut', 'lasta av', 'lastar av', 'lasta ur', 'unload', 'bära in', 'inbärning', 'bärhjälp', 'white-glove', 'white glove', 'delivery with assembly', 'leverans med montering', 'vid dörren', 'carry it in', 'carry them in', 'innan ni kommer', 'innan ni levererar', 'dagen innan leverans', 'dagen innan budet', 'innan budet kommer', 'before you deliver', 'before delivery', 'day before you come', 'time window', 'delivery window', 'tidsfönster', 'leveransfönster', 'with a neighbour', 'with my neighbour', 'with the neighbour', 'hos grannen',
    // a house without a lift to deliver to ('klarar ni att bära pianot tre trappor upp, huset saknar hiss')
    'utan hiss', 'saknar hiss', 'ingen hiss', 'no lift', 'no elevator', 'without a lift', 'without an elevator'],
  returns: [...NORDIC_WORDS.returns, 'retur', 'presentkort i stället', 'presentkort istället', 'presentkort på summan', 'presentkort på beloppet', 'gift card instead', 'gift voucher instead', 'returfönstret', 'returfönster', 'return window', 'returperioden', 'returperiod', 'return period', 'can it go back', 'can they go back', 'can it come back', 'can they come back', 'göra om köpet', 'vill inte ha kvar', 'kan den gå tillbaka', 'kan de gå tillbaka', 'returnera', 'skicka tillbaka', 'skicka åter', 'skicka dem åter', 'skicka den åter', 'skicka det åter', 'byta', 'byte', 'i utbyte', 'byta ut', 'öppet köp', 'ångerrätt', 'ångerfrist', 'ångertid', 'ångertiden', 'print the label', 'print the return label', 'can they be collected', 'can it be collected', 'could they be collected', 'could it be collected', 'the label you sent', 'the label you emailed', 'etiketten ni skickade', 'etiketten ni mejlade', 'print a label', 'skriva ut etiketten', 'skriva ut returetiketten', 'instead of posting it', 'istället för att posta den', 'i stället för att posta den', 'ångra', 'pengarna tillbaka', 'pengarna', 'return', 'send back', 'exchange', 'swap', 'money back', 'skickat tillbaka', 'skickade tillbaka', 'sent back', 'returned', 'refund', 'inte fått pengarna', 'fått några pengar', 'no refund', 'ångra köpet', 'see the money', 'get my money', 'the money back', 'lämna tillbaka', 'lämnar tillbaka', 'store credit', 'tillgodokvitto', 'give back', 'give them back', 'give it back', 'take back', 'take them back', 'take it back', 'send them back', 'send it back', 'skicka den tillbaka', 'skicka dem tillbaka', 'avbeställa', 'avbeställning', 'häva köpet', 'cancel my order', 'cancel the order', 'cancel this order', 'cancel her order', 'cancel his order', 'cancel the purchase', 'tillbaka för kredit', 'tillbaka mot kredit', 'return for credit', 'returned for credit', 'back for credit', 'drop it at any post office', 'drop it at the post office', 'drop it off at the post office'],
  complaint: LEXICON.complaint,
  damaged: LEXICON.damaged,
  password: ['lösenord', 'authenticator', 'how do i get in', 'how do i get into', 'mina sidor', 'konto hos er', 'kontot hos er', 'main login', 'tillgång till kontot', 'tillgång till vårt konto', 'tillgång till företagets konto', 'tillgång till företagskontot', 'access to the account', 'access to our account', 'access to my account', 'access to the company account', "won't let me in", 'wont let me in', 'släpper inte in mig', 'asking me for a code', 'asks me for a code', 'asks for a code', 'ber om en kod', 'frågar efter en kod', 'logga in', 'inloggning', 'kommer inte in', 'mitt konto', 'password', 'log in', 'login', 'sign in', 'locked out', 'my account', 'lösenordet', 'reset password', 'reset link', 'password reset', 'reset email', 'återställ', 'kontot', 'e-postadress på', 'loggar in', 'kundkonto', 'kommer inte åt', 'kommer inte längre åt', 'komma åt', 'är låst', 'blev låst', 'blivit låst', 'låst ute', 'utelåst', 'kontot låst', 'locked', 'too many attempts', 'too many tries', 'verifieringskod', 'engångskod', 'lösen ', 'loggar ut mig', 'logs me out', 'verification code', 'two-factor', 'cannot sign in', "can't sign in", "can't log in", 'cannot log in', 'unable to log in', 'bankid', 'återställningslänk', 'återställningsmejl', 'reset link', 'reset email', 'reset code', 'användarnamn', 'username', 'inloggad', 'logga ut', 'sign-in', 'signed out', 'two factor', '2fa', 'engångslösen', 'felaktig kod', 'fel kod', 'koden fungerar inte', 'koden funkar inte', 'koden gick ut', 'koden har gått ut', 'gick ut innan jag hann', 'invalid code', 'wrong code', 'code expired', 'code has expired', 'fick ingen kod', 'får ingen kod', 'kommer ingen kod', 'kom ingen kod', 'no code came', 'no code arrived', 'never got the code', "didn't get the code", "didn't get a code"],
  rebooking: ['boka om', 'bokar om ', 'bokar vi om', 'ombokning', 'ändra tid', 'byta tid ', 'byta min tid', 'byta tiden', 'ändra min tid', 'flytta min', 'flytta hämtningen', 'flytta upphämtningen', 'move the pickup', 'move the collection', 'avboka', 'ny tid', 'rebook', 'reschedule', 'change my appointment', 'förlänga hyran', 'förlänga bokningen', 'extend my booking', 'extend the rental', 'change my delivery date', 'change the delivery date', 'move my delivery date', 'move my', 'cancel my booking', 'another time', 'appointment', 'min tid', 'påminnelse ', 'påminnelsen ', 'påminnelser ', 'påminnelsemejl', 'påminnelsesms', 'bokning', 'klipptid', 'nya tid', 'tid hos', 'behöver flytta', 'flytta den', 'flytta tiden', 'change my booking', 'my booking', "can't make it", 'cannot make it', "won't make it", 'kan inte komma på min', 'fått förhinder', 'fick förhinder', 'har förhinder', 'tidigare tid', 'senare tid', 'earlier slot', 'later slot', 'earlier appointment', 'later appointment', 'new time', 'new appointment', 'push it to', 'move it by', 'flytta hemleveransen', 'flytta leveransen', 'kan leveransen flyttas', 'kan tiden flyttas', 'kan min tid flyttas', 'original time', 'original appointment', 'original slot', 'ursprungliga tiden', 'den ursprungliga tiden', 'push it by', 'push it back to', 'push the booking', 'push my booking', 'move the delivery', 'move our delivery', 'shift the delivery', 'push the delivery', 'text reminder', 'sms reminder', 'reminder text', 'reminder the day before', 'move the appointment', 'move the booking', 'move the session', 'move the trial', 'move the fitting', 'move the consultation'],
  opening_hours: [...NORDIC_WORDS.opening_hours, 'öppettider', 'sitter det någon i butiken', 'är det någon i butiken', 'slår ni upp dörrarna', 'slår upp dörrarna', 'öppnar ni dörrarna', 'öppnas dörrarna', 'time do the doors open', 'when do the doors open', 'when do doors open', 'manning the', 'anyone manning', 'someone manning', 'will someone be there', 'will anyone be there', 'will anyone be in', 'will someone be in', 'is anyone there', 'är ni kvar då', 'är ni öppna', 'är ni kvar till', 'är ni kvar efter', 'will you still be there', 'are you still there at', 'hur sent är ni', 'how late are you', 'be shut', 'are you shut', 'you shut on', 'öppet', 'stänger ni', 'öppnar ni', 'har ni öppet', 'opening hours', 'open on', 'are you open', 'what time do you', 'closing time', 'be open', 'öppet mellan', 'när öppnar', 'när stänger', 'what time do you open', 'open tomorrow', 'stängt', 'lunchstängt', 'har ni jour', 'jourtid', 'jouröppet', 'on call', 'closed on', 'öppet i morgon', 'öppet imorgon', 'öppnar butiken', 'stänger butiken', 'shop open', 'store open', 'salon open', 'open late', 'late opening', 'tar ni emot kunder', 'hur sent tar ni', 'how late are you', 'how late do you', 'samma tider', 'same hours', 'usual hours', 'normal hours', 'regular hours', 'vanliga tider', 'till vilken tid kan man komma', 'hur sent kan man komma', 'till vilken tid kan man hämta', 'till vilken tid kan jag hämta', 'hur sent kan man hämta', 'hur sent kan jag hämta', 'how late can i collect', 'how late can i pick up', 'until what time can i collect', 'until what time can i pick up',
    // ('are you guys open right now?', 'när kan man tidigast komma in på lördag?', 'staffed on the holiday or closed?')
    'you guys open', 'you still open', 'open right now', 'tidigast komma in', 'tidigast komma förbi', 'how early can i come', 'how early can we come', 'be staffed', 'staffed on', 'or closed', 'or shut',
    // ('What are your Sunday hours?')
    'your hours', 'reduced hours', 'shorter hours', 'changed hours', 'different hours', 'special hours', 'ändrade tider', 'ändrade öppettider', 'any late evenings', 'do late evenings', 'late night opening', 'late-night opening', 'until what time are you', 'till what time are you', 'what time are you there', 'sunday hours', 'saturday hours', 'weekend hours', 'holiday hours', 'christmas hours', 'easter hours', 'summer hours', 'evening hours',
    // a learner's words for them ('Until what clock it is open?', 'what time you close today?')
    'what clock', 'what time you open', 'what time you close', 'what time you are open', 'what time you are closing', 'when you are open'],
  invoice: [...NORDIC_WORDS.invoice, 'billed me', 'billed us', 'billed for', 'billed twice', 'the difference back', 'refund the difference', 'refund me the difference', 'mellanskillnaden', 'swishat till fel', 'swishade till fel', 'betalat till fel', 'betalade till fel', 'paid to the wrong', 'paid into the wrong', 'dela upp betalningen', 'delbetala', 'delbetalning', 'inkassobrev', 'inkassokrav', 'debt collection', 'debt collector', 'betala resten', 'betala senare', 'betala nästa månad', 'betala om en månad', 'pay the rest', 'pay the remainder', 'pay later', 'pay next month', 'faktura', 'fakturan', 'kreditnota', 'kreditfaktura', 'credit note', 'a bill from you', 'got a bill', 'received a bill', 'already paid', 'direct debit', 'autogiro', 'understand the invoice', 'förstår inte fakturan', 'already payed', 'kvitto på mejl', 'kvitto på mail', 'kvitto via mejl', 'e-kvitto', 'digitalt kvitto', 'ocr', 'bankgiro', 'plusgiro', 'ett kvitto', 'skicka kvittot', 'mejla kvittot', 'kvittot på köpet', 'kvittot på mitt köp', 'kvittot står på', 'send the receipt', 'send me the receipt', 'nytt kvitto', 'kvittokopia', 'kopia på kvittot', 'a receipt', 'copy of the receipt', 'vat receipt', 'betalning', 'dubbeldebiter', 'debiterad', 'kreditera', 'klarna', 'invoice', 'billing', 'charged twice', 'double charged', 'payment', 'påminnelseavgift', 'avgift', 'i owe', 'jag är skyldig', 'skuld hos er', 'har en skuld', 'says i owe', 'dragit pengar', 'payment was taken', 'taken twice', 'dragen två gånger', 'dragit två gånger', 'dragits två gånger', 'dragit dubbelt', 'debited twice', 'was i charged', 'i was charged', 'charged me', 'charged for', 'charged shipping', 'tog betalt', 'tagit betalt', 'vat number', 'moms', 'accountant', 'revisor', 'bokföring', 'obetald', 'obetalt', 'unpaid',
    // receipts asked in another form ('kan jag få alla framtida kvitton digitalt?')
    'kvitton digitalt', 'kvittot digitalt', 'kvitto digitalt', 'digitala kvitton', 'receipts by email', 'receipt by email', 'email receipts', 'digital receipt', 'digital receipts'],
  product_advice: ['passar', 'advice on a ', 'advice on an ', 'advice on which', 'help choosing', 'help to choose', 'help picking', 'hjälp att välja', 'råd om vilken', 'råd om vilket', 'råd om en ', 'råd om ett ', 'spare parts', 'spare part', 'välja mellan', 'choose between', 'få den i', 'få dem i', 'does it come in', 'får inte ihop', 'få ihop den', 'hur monterar', 'montera själv', 'put it together', 'how to assemble', 'made without', 'går den att spola', 'går den att tvätta', 'går den att diska', 'går den att frysa', 'går den att torktumla', 'går den att ta av', 'går den att ta isär', 'go in the washing machine', 'go in the dishwasher', 'go in the tumble dryer', 'tål maskintvätt', 'tål diskmaskin', 'tygprov', 'tygprover', 'färgprov', 'fabric sample', 'swatch', 'vilken storlek', 'vilken modell', 'rekommendera', 'skillnaden', 'finns den', 'i lager', 'material', 'måtten ', 'måttet ', 'vilka mått', 'mått på', 'måttbeskrivning', 'which size', 'välja rätt storlek', 'välja storlek', 'choose the right size', 'pick the right size', 'recommend', 'difference between', 'in stock', 'does it fit', 'compatible', 'made of', 'utomhus', 'outdoors', 'datablad', 'produktblad', 'certifikat', 'anvisning', 'manual', 'instruktion', 'declaration of conformity', 'safety sheet', 'säkerhetsdatablad', 'certificate of conformity', 'rated for', 'weight limit', 'max weight', 'maxvikt', 'safety standard', 'säkerhetsstandard', 'ce-märk', 'ce mark', 'funkar den', 'fungerar den', 'fungerar de för', 'funkar de för', 'fungerar dom för', 'funkar dom för', 'work for someone', 'works for someone', 'funkar till', 'funkar med', 'fungerar till', 'fungerar med', 'passar till', 'vilken av', 'vilken är bäst', 'vilken ska jag välja', 'vad jag ska välja', 'vad ska jag välja', 'what should i choose', 'what to choose', 'när den kommer in igen', 'när de kommer in igen', 'när dom kommer in igen', 'hur många personer räcker', 'räcker den till', 'how many people does it', 'how many does it serve', 'håller den temperaturen', 'håller den värmen', 'does it keep', 'vilken ska jag ta', 'vilket ska jag välja', 'vilka ska jag välja', 'which should i get', 'which should i choose', 'which should i pick', 'which one should i', 'varmast', 'bäst för', 'bättre för', 'tål diskmaskin', 'tål regn', 'tål vatten', 'tål tvätt', 'diskmaskin', 'maskintvätt', 'hur stor blir', 'hur stor är', 'storleksguide', 'massiv', 'vattentät', 'which one', 'which of yours', 'which of your', 'which is better', 'better with', 'better for', 'solid wood', 'veneer', 'waterproof', 'dishwasher', 'machine wash', 'how big', 'can i use', 'suitable', 'torn between', 'would you go for', 'would you pick', 'would you suggest', 'in the rain', 'i regn', 'frostsäker', 'frost', 'varm nog', 'warm enough', 'tystare', 'quieter', 'rymmer', 'får plats', 'fits', 'fit three', 'fit two', 'fit four', 'tvätta', 'tvättas', 'washable', 'wash it', 'care instructions', 'skötselråd', 'skötsel', 'hur sköter', 'passa för', 'present till', 'gift for', 'storlek ska', 'size should', 'size to', 'vilken färg', 'which colour', 'which color', 'allergivänlig', 'giftfri', 'non-toxic', 'battery life', 'batteritid', 'size guide', 'size chart', 'sizing chart', 'real leather', 'genuine leather', 'äkta läder', 'tål mikro', 'mikrosäker', 'mikrovågssäker', 'microwave safe', 'microwave-safe', 'microwaveable', 'microwavable', 'ugnssäker', 'tål ugn', 'oven safe', 'oven-safe', 'ovenproof', 'freezer safe', 'räcker batteriet', 'how long does the battery',
    'brinntid', 'burn time', 'köpa till extra', 'köpa till fler', 'buy spare', 'buy extra',
    // how to care for it or get a mark out ("any tips to get it out?", "hur får jag bort fläcken?")
    'any tips', 'tips to get', 'how do i get it out', 'how to get it out', 'hur får jag bort', 'hur får man bort',
    // what comes with the thing ("batteri ingår?", "are batteries included?")
    'batteri ingår', 'batterier ingår', 'batteriet ingår', 'ingår batteri', 'laddare ingår', 'laddaren ingår', 'ingår laddare', 'batteries included', 'battery included', 'charger included', 'comes with batteries', 'come with batteries', 'comes with a charger',
    // a thing made to a size: "går det att beställa gardinerna i en längd på 280 cm?"
    'i en längd på', 'i annan längd', 'måttbeställ', 'made to measure', 'custom length', 'custom size', 'väger', 'weigh', 'true to size', 'runs small', 'run small', 'runs large', 'cope with', 'can i put'],
} as const;

export type Intent = keyof typeof INTENTS | 'privacy' | 'quote' | 'callback_confirmation' | 'tried_to_reach' | 'general';

/**
 * One suggestion folds the same two or three texts about nine times (each word list and cue set
 * asks): the last few are kept, so each is folded once.
 */
const FOLDED_KEPT = 4;
const folded: Array<[string, string]> = [];

/** Lower case, no diacritics, plain apostrophes, hurried words spelled out: fold without mending. */
export const foldSpelling = (s: string): string => spelledOut(s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'"));

/**
 * The words of the shop's example messages (the kind model's), counted: what two letters typed the
 * wrong way round are mended to. The word lists' own words are known too, however rare: a word a
 * list waits for is never mended away, nor a list's word into another. Counted when the examples
 * change (scripts/shop-words.mjs), not at each start: counting 11,861 messages took 100 ms.
 */
export function countShopWords(exampleTexts: Iterable<string>): Map<string, number> {
  const counts = countWords([...exampleTexts].map(foldSpelling));
  for (const list of Object.values(LEXICON)) for (const [w] of countWords(list.map(foldSpelling))) if (!counts.has(w)) counts.set(w, 0);
  return counts;
}
let shopWords: ReadonlyMap<string, number> | null = null;
/** The shop's words as shipped (resources/suggest/shop-words.json, `countShopWords` of the kind model's examples). */
export function shopWordCounts(): ReadonlyMap<string, number> {
  shopWords ??= new Map(shippedShopWords.words as Array<[string, number]>);
  return shopWords;
}
/** Real words a swap would turn into a shop word, never mended (scripts/real-words.mjs). */
const REAL_WORDS: ReadonlySet<string> = new Set(realWords.words);

/**
 * Lower case, no diacritics (å→a, ö→o), a phone's curly apostrophe as the plain one ("don’t", "I’m":
 * the patterns write "'"), words typed in a hurry spelled out (shorthand.ts), and two letters
 * typed the wrong way round set right ("rigna" → "ringa", transposedLetters.ts).
 */
export function fold(s: string): string {
  for (const [text, f] of folded) if (text === s) return f;
  const f = mendTransposed(foldSpelling(s), shopWordCounts(), REAL_WORDS);
  if (folded.unshift([s, f]) > FOLDED_KEPT) folded.pop();
  return f;
}

/**
 * For each id, the words of the first of its patterns that matches the folded text ("å"→"a"),
 * at most 40 characters: the evidence a reason quotes. Ids with no match are absent.
 */
export function firstMatches<Id extends string>(text: string, patterns: Record<Id, RegExp[]>): Map<Id, string> {
  const t = fold(text).replace(/\s+/g, ' ');
  const { ids, filter } = indexed(patterns);
  // the patterns that cannot match (a literal of theirs is not in the text) are not run
  const can = filter.candidates(t);
  const out = new Map<Id, string>();
  let at = 0;
  for (const id of ids) {
    const res = patterns[id];
    // the first pattern that matches, in order; the rest are not run
    for (let i = 0; i < res.length; i++) {
      if (!can[at + i]) continue;
      const m = res[i]!.exec(t);
      if (m) {
        out.set(id, m[0].trim().slice(0, 40));
        break;
      }
    }
    at += res.length;
  }
  return out;
}

/** Each pattern's copy that replaces every match (withoutMatches), made once. */
const globalCopies = new WeakMap<RegExp, RegExp>();
function everyMatchOf(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, `${re.flags.replace('g', '')}g`)));
  return g;
}

/**
 * The folded text with every match of the table's patterns (but those of `except`) replaced by a
 * space, pattern by pattern in the table's order: the same as running each, but only those that
 * can match (firstMatches's filter) are run. Running all 300 of the wishes' on each text that
 * held a wish cost a quarter of a millisecond a suggestion.
 */
export function withoutMatches<Id extends string>(folded: string, patterns: Record<Id, RegExp[]>, except: ReadonlySet<Id> = new Set()): string {
  const { ids, filter } = indexed(patterns);
  let t = folded;
  let can = filter.candidates(t);
  let at = 0;
  for (const id of ids) {
    const res = patterns[id];
    if (!except.has(id)) {
      for (let i = 0; i < res.length; i++) {
        if (!can[at + i]) continue;
        const next = t.replace(everyMatchOf(res[i]!), ' ');
        // a text changed may let a pattern match that could not before: the filter reads it again
        if (next !== t) can = filter.candidates((t = next));
      }
    }
    at += res.length;
  }
  return t;
}

/** Each table of patterns, its ids in order and the prefilter of its patterns in that order, made on first use or ahead. */
const indexes = new WeakMap<object, { ids: string[]; filter: Prefilter }>();
function indexed<Id extends string>(patterns: Record<Id, RegExp[]>): { ids: Id[]; filter: Prefilter } {
  let x = indexes.get(patterns);
  if (!x) {
    const ids = Object.keys(patterns) as Id[];
    x = { ids, filter: prefilterOf(ids.flatMap((id) => patterns[id])) };
    indexes.set(patterns, x);
  }
  return x as { ids: Id[]; filter: Prefilter };
}

/** A table's index (firstMatches) made ahead of its first use, in slices (warmUp.ts). */
export async function warmIndex(patterns: Record<string, RegExp[]>, yieldNow: () => Promise<void>): Promise<void> {
  if (indexes.has(patterns)) return;
  const ids = Object.keys(patterns);
  const all = ids.flatMap((id) => patterns[id]!);
  const filter = await inSlices(buildingPrefilter(all), yieldNow);
  // (a suggestion between two slices made it on first use: that one stays)
  if (!indexes.has(patterns)) indexes.set(patterns, { ids, filter });
  // and each pattern compiled: V8 compiles a pattern on its first run, and the first suggestion's
  // hundred or so first runs took most of its 75-90 ms (a run on "" compiles it and matches
  // nothing). Once only: run twice ahead (V8 tiers a pattern up to machine code on its second
  // run, tuned to 128 letters of that text), the 1,585 cue patterns ran slower on every text
  // afterwards: 4.4 times after two runs on "" (all of them on 200 texts), and after two on a
  // customer's words 594-858 ms over 3,000 development lines against 307-527 once on "" (three
  // runs each; none ahead 457-526, machine code always 474-536, bytecode always 629-865)
  await inSlices(compiling(all), yieldNow);
}

function* compiling(patterns: readonly RegExp[]): Steps<void> {
  for (const re of patterns) {
    re.test('');
    yield;
  }
}
