/**
 * A question about a thing itself, before it is bought or without a fault told of it ("är soffan
 * tvättbar?", "will it crack in the oven?", its size, how long it lasts, its warranty, its papers, a
 * part of it changed, or whether what it does is normal). Patterns over the folded text (å→a,
 * ö→o), in Swedish and English; cues.ts reads them with the rest, and ruleKinds.ts says which kind
 * each points to.
 */
export type ProductCueId = 'productQuestion' | 'faultAsked' | 'fitAsked' | 'isItNormal' | 'howLongItLasts' | 'documentAsked' | 'partSwap' | 'resistAsked' | 'faultIf' | 'fakeAsked' | 'restockAsked' | 'giftAsked';

/**
 * Things a customer asks about or tells of that are not a product: "är paketet skickat?" asks about
 * an order, "är kurserna på engelska?" about a service, "sonen har fått feber" (NOT_A_PRODUCT_EN:
 * "my dad has had a stroke") tells of a person.
 */
export const NOT_A_PRODUCT = '(mannen|frun|sambon|sonen|dottern|barnen|pappan|mamman|grannen|chefen|kollegan|paketet|ordern|bestallningen|leveransen|forsandelsen|budet|budbilen|chaufforen|montoren|montorerna|hantverkaren|butiken|affaren|kontot|fakturan|returen|betalningen|sidan|hemsidan|appen|kundtjansten|priset|rean|erbjudandet|koden|rabattkoden|kursen|kurserna|klassen|klasserna|lektionen|lektionerna|behandlingen|behandlingarna|workshopen)';
/** Words ending like a Swedish noun's definite form ("sadeln", "bordet") that are not one. */
export const PRONOUNS = '(min|mitt|din|ditt|sin|sitt|vart|ert|han|hon|man|den|det|ett|allt|helt|inget|ingen|nagon|nagot|snart|just|fortfarande|gratis|idag|igen|nyss|sen|varfor|hur|vad|kan|men|what|when|that|want|dont|cant|can)';
export const NOT_A_PRODUCT_EN = '(dad|mum|mom|mother|father|husband|wife|partner|grandad|granddad|grandma|grandpa|nan|gran|sister|brother|boss|colleague|friend|neighbour|neighbor|order|parcel|package|delivery|shipment|shop|store|site|website|app|account|invoice|payment|refund|return|sale|offer|code|price|prices)';

export const PRODUCT_PATTERNS: Record<ProductCueId, RegExp[]> = {
  // a yes-or-no or measure question about a thing by its name, asked before buying: "är ringen
  // justerbar?", "is the leather real?", "hur högt är bordet?" (not about the order or the shop)
  productQuestion: [
    // (also "är den gröna fåtöljen …?": an article and a definite adjective before the thing; "e dom här
    // skorna …?", typed in a hurry: "e" for "är", and "här" folded to "har")
    new RegExp(`(^|[.!?,:] ?|hej )(ar|e|blir|har|tal|passar|funkar|fungerar|haller|racker|rostar|krymper|noppar|luddar|kan|gar|kommer|finns) ((den|det|de|dom) ((har|dar) |([a-z]+[ae] ){1,2}))?(?!(${NOT_A_PRODUCT}|${PRONOUNS})\\b)[a-z]{2,}(n|t|na)\\b[^.!]{0,80}\\?`),
    // whether things named in the plural stand a use ("går era glasburkar att frysa?", "går skålarna att diska?")
    /\bgar (de|dom|dessa|era \w+|\w+(arna|orna|erna)) att (frysa|diska|maskindiska|tvatta|maskintvatta|torktumla|mikra|micra|stryka)\b/,
    // whether it comes in a size or a measure ("finns samma matta i 200x300?", "finns den i 42?"), or is left in one ("har ni 38 kvar?")
    /\bhar ni (den |dem |dom |nagon |nagra |fler )?(i )?(storlek |strl )?\d{2}(\.\d)? kvar\b/, /\b(do you have|have you got|got) (any |a )?(size )?\d{2}(\.\d)? left\b/,
    /\bfinns (samma |den |det |de |dom )?([a-z]+ )?i (storlek |strl |storleken )?(\d+ ?(x|×) ?\d+|\d{2,3}( ?cm)?|xxs|xs|xl|xxl)\b/,
    // whether it comes in another make of itself ("har den en variant utan armstöd?", "does it come in a version with a lid?")
    /\b(har|finns) (den|det|de|dom) (ocksa |aven )?(i )?(en |ett )?(variant|version|modell|utforande)\b/, /\b(does|do|is|are) (it|they|this|these)( also)? (come|available) in (a|an|another|other) (version|variant|model)\b/,
    // whether the shop has it in store ("så ni har inte den i butik alls?", "do you have it in the shop?")
    /\b(har ni|finns|ni har) (inte )?(den|det|dem|dom)( inte)? (i|pa) (butik|butiken|affaren|varuhuset)\b/, /\b(do you have|have you got|is|are|you have|you don'?t have) (it|this|them|they|that)( not)? (in|at) (the |your )?(store|shop)\b/,
    // what it is made of, asked of "den" ("är den i ull", "e dom av läder?")
    /^\W*(ar|e) (den|det|de|dom) (i|av|gjord av|gjorda av) (ull|bomull|lin|lader|skinn|silke|siden|tra|metall|plast|mocka|kashmir|polyester|bambu|keramik|glas|massivt tra)\b/,
    /\bhur (lang|langt|langa) (ar|blir) (?!(det|tiden|leveranstiden)\b)/, /\bhur (hog|hogt|hoga|stor|stort|stora|bred|brett|breda|djup|djupt|tung|tungt|tunga|tjock|tjockt|varm|varmt|mjuk|mjukt|mycket rymmer|manga (rymmer|far plats))\b/,
    // (a measure may come before the name: "is the 1.75mm PETG okay for …?"; not an era: "the 70s jacket")
    new RegExp(`(^|[.!?,:] ?|hi |hello )(is|are|does|do|will|can) (the|these|this|those) ([0-9][0-9.,]* ?(mm|cm|m|l|ml|kg|g|w|v|mah|inch|in) )?(?!(a|an|${NOT_A_PRODUCT_EN})\\b)[a-z]+[^.!]{0,80}(\\?|$)`),
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
    // and in Swedish, the same thing in another make ("har ni samma tröja med lång ärm?", "finns denna i ek?")
    /^(?!.*\b(min|mitt|mina|order|ordern|bestallning\w*|paket\w*|faktura\w*|kvitto\w*)\b).*\b(har ni|finns) (samma|denna|detta|dessa|den har|det har|de har) ([a-z]+ )?(i|med|utan) (en |ett )?[a-z]/,
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
  // what a thing may do, asked before it has happened: "krymper bomullströjorna i tvätten?", "does the
  // veneer fade in sunlight?" (a fault's words in a question about the thing, not a fault)
  faultAsked: [
    // a fault asked of another make, held against one had before ("is the navy version more fade resistant?")
    /\b(more|less|mer|mindre|better|battre) (fade|fading|scratch|stain|water|wear|pill|pilling|shrink|rust|frost|uv|blek|rep|flack|vatten|slit)[- ]?(resistant|proof|resistent|talig|fast|bestandig)\b/,
    /(^|[.!?,:] ?|hej,? |hi,? |hello,? )(rostar|bleknar|krymper|noppar|missfargas|spricker|flagnar|gulnar|luddar|blir) (?!(det|den|de|dom|ni|jag|vi|man|du|han|hon)\b)[^.!?]{0,80}\?/,
    // a thing's fault asked after "och", with the case it would happen in: "och rostar den om man inte torkar den?"
    /\b(rostar|bleknar|krymper|noppar|spricker|flagnar|missfargas|luddar|gulnar) (den|de|dom) (om|nar|i|av)\b[^.!?]{0,60}\?/,
    /\bbrukar (den|de|dom|det|[a-z]+(n|na|en|et)) (rosta|blekna|krympa|noppa|spricka|flagna|gulna|ludda|missfargas)\b/,
    // what a thing withstands, asked ("tål jackan blöt snö eller blir den genomblöt?")
    /(^|[.!?,:] ?|hej,? )tal (den|det|de|dom|[a-z]+(n|en|et|na|rna)) [^.!?]{0,50}\?/,
    /\b(does|do|will|would) (it|they|the \w+|this \w+|these \w+)( \w+)? (fade|shrink|rust|pill|stain|crack|leak|scratch|discolou?r|bleed|peel|warp|wobble|yellow)\w*\b/,
  ],
  // whether a thing resists something, asked ("are the cushions mould resistant? our patio gets damp",
  // "är dynorna mögelresistenta?"): a question about the thing, whatever the customer has
  resistAsked: [
    /\b(is|are) (it|they|the \w+|these|this \w+|these \w+)( \w+){0,3} (mould|mold|water|rust|fade|stain|scratch|uv|frost|weather|damp)[- ]?(resistant|resistent|proof|repellent)\b[^.!?]{0,40}\?/,
    /\b(ar|blir) (den|de|dom|[a-z]+(n|na|rna)) (mogel|vatten|rost|flack|rep|frost|uv|fukt)(resistent|resistenta|tat|tata|bestandig|bestandiga|talig|taliga|avvisande)\b[^.!?]{0,40}\?/,
  ],
  // a fault supposed, not told ("a new bowl if mine cracks one day", "om den skulle gå sönder"): no fault yet
  faultIf: [
    // or a thing that switches itself off asked after as a feature ("stänger kaffebryggaren av sig själv om man glömmer den?")
    /\b(stanger|slar) (den|det|[a-z]+(n|en|et)) av (sig )?(sjalv |automatiskt )?(om|ifall|nar) (man|jag|vi|den|det)\b[^.!?]{0,40}\?/,
    /\bdoes (it|the \w+) (switch|turn|shut) (itself )?off( by itself| automatically| on its own)? (if|when) (you|i|we|it)\b[^.!?]{0,40}\?/,
    /\b(if|in case|should) (it|mine|one|they|the \w+)( \w+)? (cracks|breaks|snaps|tears|stops working|gets damaged|goes wrong|fails)\b/,
    /\b(om|ifall) (den|det|min|mitt|nagon|nagot|[a-z]+(n|en|et)) (skulle )?(spricker|spricka|gar sonder|ga sonder|slutar fungera|sluta fungera|skadas|gar av|ga av)\b/,
  ],
  // how a thing's sizes run, asked before choosing one ("är storlekarna små i byxorna, ska jag ta en
  // större?", "do they run small?")
  fitAsked: [
    /\b(ar|e|blir) (den|det|de|dom|storlekarna|storleken|\w+(n|na|rna|arna)) (lite |valdigt |ganska )?(sma|liten|litet|stora|stor|stort|snava|trang|trangt|trange) i (storleken|storlekarna|storlek|passformen)\b/,
    /\b(ska|bor|borde) jag (ta|valja|bestalla|kopa) (en |ett )?(storlek )?(storre|mindre|storlek upp|storlek ner)\b/,
    // or a colour asked for in as few words ("got it in black?")
    /^\W*(got|have you got|do you have|you have|any)( it| this| these| them| that| one| those)? in (black|white|grey|gray|red|blue|green|navy|beige|pink|brown|yellow|orange|purple)\W*\??\W*$/,
    // or of another size, before choosing it ("om jag tar storlek 38 istället, är den då för lång i ärmarna?")
    /\b(ar|e|blir) (den|det|de|dom) (da |i sa fall )?(lite |for |lite for |inte for )(lang|langa|kort|korta|stor|stora|liten|sma|trang|trange|vid|vida|tight|pasig)( i \w+)?\b[^.!?]{0,20}\?/,
    // or asked in as few words as can be ("för stor i storleken?")
    /^\W*(for |lite |valdigt )?(sma|liten|litet|stora|stor|stort|snav|trang) i (storleken|storlekarna|passformen)\W*\?/,
    /\b(do|does) (they|it|the \w+|these|those) (run|runs|come up|comes up|fit|fits) (small|large|big|narrow|true to size)\b/, /\bshould i (size|go) (up|down)\b/,
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
    // or how long a part of it measures ("how long are the sleeves on the XXL", "hur långa är ärmarna";
    // not a wait: "how long is the delivery time", "how long is the sofa going to take", "hur långa är leveranstiderna")
    /\bhow long (is|are) (?![^.!?]*\btak(e|es|ing)\b)(the|its|their) (?!(delivery|deliveries|wait|waiting|shipping|postage|queue|lead|turnaround|process|processing|return|returns|refund|refunds|opening|trip|journey|drive|holiday|break|warranty|guarantee|order|orders|parcel|parcels|package|packages|courier|driver|repair|repairs|replacement|exchange|transit|dispatch)\b)[a-z]+\b/,
    /\bhur (lang|langa) (ar|blir) (?!\w*tid)(\w+(arna|orna|erna)|sladden|kabeln|remmen|slangen|kedjan|armen|benen|armarna)\b/,
    // or how long its warranty runs, asked before a fault ("what's the warranty on the espresso machine?")
    /\b(what'?s|what is|how long is) the (warranty|guarantee) (on|for)\b/, /\b(hur lang|vilken) (ar )?(garanti|garantin|garantitid|garantitiden) (har|ar det pa|pa|galler for)\b/,
    // or what it covers ("gäller garantin även för batteriet?", "is the battery covered by the warranty too?"), no fault told
    /^(?!.*\b(trasig\w*|sonder|slutat|slutade|fel pa|broken|broke|stopped|faulty|defect\w*|not working|doesn'?t work)\b).*\b((galler|omfattar|tacker) (garantin|garantitiden)|(is|are) (the |my |its )?\w+ covered by (the|your|its) (warranty|guarantee)|does (the|your|its) (warranty|guarantee) (also )?cover)\b/,
    // or how much of it a piece of work takes ("how many balls of the merino for a scarf?", "hur mycket färg går det åt till ett rum?")
    /\bhow (many|much) (\w+ ){1,5}(for an?|to make an?|to cover an?|to knit an?|would i need|do i need)\b/, /\bhur (manga|mycket) (\w+ ){1,4}(gar det at|behovs|racker till|till ett|till en|for ett|for en)\b/, /\bhow long (does|do|will|would) (it|they|the \w+( \w+)?|this \w+|these \w+) (last|burn|stay (lit|warm|cold|hot|charged)|keep (warm|cold|hot|fresh))\b/,
  ],
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
  // whether a thing, or a seller, is the genuine one ("är det ni som säljer på tradera eller är det en kopia?", "is this a fake?"):
  // its "copy" is an imitation, no document to send (signals.ts)
  fakeAsked: [
    // (a copy named beside the genuine one, or asked after "eller": "är det en kopia av kvittot ni vill ha?" is a document)
    /\b(ar|var) (det|den|de|dom|detta|den har|det har) (en |ett )?(piratkopia|forfalskning|fejk|fake|akta)\b/, /\b(en|ett) kopia (eller|av er)\b/, /\beller (ar det|ar den|ar de|ar dom) (en |ett )?kopia\b/, /\b(akta|original) eller (en )?kopia\b/,
    /\b(is|are) (it|this|that|these|those|they) (a |an )?(fake|fakes|knock-?offs?|counterfeit|genuine|the real thing|authentic)\b/, /\b(knock-?offs?|counterfeits?)\b/, /\b(a|an) (copy|imitation|replica) or (the )?(real|genuine|original)\b/, /\b(real|genuine|original) or (a )?(copy|fake|knock-?off|replica)\b/,
  ],
  // the shop's own stock asked after, not the customer's order ("har ni fått in de nya trädgårdsmöblerna eller är de
  // försenade från leverantören?", "when do you get the new linen in?"): a thing's question (ruleKinds.ts)
  // what to give asked ("vad brukar folk över 70 gilla hos er?", "any ideas for a gift for a keen gardener?")
  giftAsked: [
    /\b(tips|forslag|ideer|ide|hjalp) (pa|till|for|med) (en |nagon )?(present|presenter|julklapp|julklappar|doppresent|brollopspresent|fodelsedagspresent)\b/,
    /\bvad (brukar|skulle|kan|ska) (folk|man|hon|han|de|dom|barn|tonaringar|aldre|en \w+) (\w+ ){0,3}(gilla|tycka om|uppskatta|vilja ha|bli glad for|bli glada for)\b/,
    /\b(ideas?|suggestions?|tips|help) (for|with|on) (a |choosing a |picking a )?(gift|present|christmas present|birthday present)\b/, /\bwhat (do|would|might|will) (people|someone|he|she|they|kids|teenagers|a \w+) (\w+ ){0,3}(like|love|enjoy|appreciate|want)\b/,
  ],
  restockAsked: [
    // or whether a thing is still there or in ("har ni den blå i M kvar eller e den slut", "har ni den nya deckaren
    // inne?", "is the green one sold out?"; not
    // "finns det platser kvar", "vilka tider som finns kvar", "har ni kvar delar till …")
    /^(?!.*\b(min|mitt|mina|order|ordern|bestallning\w*|paket\w*|retur\w*|platser|plats|tider|tid|tiden|tiderna)\b).*\b(har ni|finns) (den|det|de|dom|[a-z]{3,}(n|na|en|rna))\b[^.!?]{0,40}\b(kvar|inne|hemma)\b/, /\beller ar (den|det|de|dom) (slut|slutsald|slutsalda|slutsalt)\b/, /\bar (den|det|de|dom) slutsald(a)?\b/,
    /\b(is|are) (it|they|the \w+( one)?) sold out\b/,
    /^(?!.*\b(min|mitt|mina|order|ordern|bestallning\w*|paket\w*|forbestall\w*|reklamer\w*|betalning\w*|retur\w*)\b).*\b(har ni fatt (in|hem)|nar far ni (in|hem)|far ni (in|hem)|kommer ni att fa (in|hem)|kommer ni fa (in|hem))\b/,
    /^(?!.*\b(my|mine|order|package|parcel|pre-?order\w*|return\w*|payment)\b).*\b(have you (got|had) (the|any) (new|more)|when (will|do) you get (the|more|any) (new )?[a-z]+( [a-z]+)? (in|back)|back in stock|restock|restocked)\b/,
  ],
};
