/**
 * Requests that are their own kind of case, whatever else the text mentions: a privacy request
 * (GDPR erasure or access, details sent to a stranger, adverts asked to stop) and a business quote
 * (an offer, a volume, a company's order). Patterns over the folded text (å→a, ö→o), in Swedish
 * and English; cues.ts reads them with the rest.
 */
export type RequestCueId = 'privacy' | 'quote';

/**
 * Not a text that asks only when so many can come: a volume is an offer's when a price is asked of
 * it, not when only the delivery time is ("vill beställa 40 rosenbuskar … hur lång leveranstid har
 * ni?", "if we order 60 hoodies this week, can we have them before our conference?").
 */
const NOT_ONLY_WHEN = String.raw`^(?!(?!.*\b(pris|priset|priser|kosta|kostar|kostnad|offert|rabatt|price|prices|pricing|cost|quote|discount)).*\b(leveranstid|leveranstiden|leveranstider|delivery time|lead time|(have|get|receive) (them|it) (before|by|in time)|hinner (ni|de|dom|den|det)|(framme|levererade?) (innan|fore|till))\b)`;

export const REQUEST_PATTERNS: Record<RequestCueId, RegExp[]> = {
  privacy: [
    // another customer's details sent to this one ("came with someone else's packing slip and their address")
    /\b(someone|somebody) else'?s (packing slip|address|details|name and address|order confirmation|receipt|invoice|personal)\b/, /\b(nagon|nan) annans (adress|foljesedel|kvitto|faktura|uppgifter|orderbekraftelse|namn och adress)\b/,
    // what the shop's cameras keep ("hur länge sparas filmerna?", "how long do you keep the CCTV footage?")
    /\b(kamera|kameror|kamerorna|overvakning\w*|cctv|camera footage|security cameras?)\b[^?]{0,60}\b(sparas|sparar|lagras|kept|stored|keep|store)\b/,
    /\b(keep|store|save|sparar ni|lagrar ni)\b[^?]{0,30}\b(cctv|camera footage|footage|recordings|filmerna|inspelningarna)\b/,
    /\bgdpr\b/, /\bpersonuppgift/, /\bregisterutdrag\b/,
    // one's number or address asked to be, or not yet, taken away ("ni har fortfarande inte tagit bort mitt nummer")
    // (not "ta bort mitt nummer från er säljlista" said to a seller calling: that asks the calls to stop)
    /\b(radera|raderar|raderat|raderade)\b[^.!?]{0,10}\b(mitt (mobil|telefon)?nummer|min (mejl|e-?post|hem)?adress)\b/, /\b(inte|aldrig|annu inte)\b[^.!?]{0,15}\b(tagit bort|strukit)\b[^.!?]{0,10}\b(mitt (mobil|telefon)?nummer|min (mejl|e-?post|hem)?adress)\b/, /\b(radera|raderar|ta bort|tar bort)\b(?! (en |min |mitt |den )?(gammal|gamla|gammalt)\b).{0,30}\b(konto|uppgifter|data|personuppgift|kundkonto|personnummer|e-?postadress|mejladress)/,
    /\b(how did you get|where did you get) (my|hold of my)\b/, /\b(got|had|bought|received|obtained) my (personal )?(details|data|information|info|number|phone number|email|e-mail|address) from you\b/, /\bwhat (did|have) you (shared|passed on|given out|sold)\b/, /\bfatt (tag pa )?mina (person)?uppgifter (fran|av) er\b/, /\bvad har ni (delat|lamnat ut|salt)\b/, /\bwhy do you have my (phone number|number|address|email|e-mail|details|data)\b/, /\bvarfor har ni (mitt|min|mina) (nummer|telefonnummer|mobilnummer|adress|mejladress|uppgifter)\b/, /\bnever signed up\b/, /\b(var|hur) (fick ni|har ni fatt) (tag pa )?(min|mitt|mina)\b/, /\baldrig (anmalt|registrerat) mig\b/,
    // who in the shop can see what the customer bought or gave ("vem hos er kan se vad jag har handlat?",
    // "who at your company can see my orders?")
    /\bvem (hos er |av er |i personalen )?(kan|far) se (vad jag|mina|min|mitt)\b/, /\bwho (at your (company|shop|store) |on your staff |there )?(can|gets to) see (my|what i)\b/,
    // how long what the customer left is kept, and by whom ("when I leave my measurements, who keeps them and for how long?")
    /\bwho keeps (them|it|my \w+|that|those)\b[^.!?]{0,20}\bhow long\b/, /\bhow long (do|will) you keep (my|the customer'?s) (measurements|details|data|information|personal \w+|records|address|phone number|card details|photos)\b/,
    /\bhur lange (sparar|behaller|lagrar) ni (mina|mitt|min) (matt|uppgifter|data|adress|nummer|telefonnummer|bilder|kortuppgifter)\b/, /\bvem (sparar|behaller|lagrar) (dem|dom|det|mina \w+)\b[^.!?]{0,20}\bhur lange\b/,
    // in Norwegian or Danish ("kan dere slette alle opplysninger dere har om meg?")
    /\bslet(te|ter|tes|tet|t)? (alle|mine|alt) (opplysninger|oplysninger|personopplysninger|personoplysninger|data)\b/,
    // a card kept after a purchase ("sparar ni kortnumret när man handlat en gång?", "do you store my card details?")
    /\b(sparar|lagrar|sparas|lagras|behaller) (ni |mitt |det )?(kortnummer|kortnumret|kortuppgifter|kortuppgifterna|kortet|personnumret)\b/, /\b(do|will) you (store|save|keep|retain) (my|the|our) (card|card details|card number|payment details)\b/,
    // why a detail was asked for ("why did you need my date of birth?", "varför behövde ni mitt personnummer?")
    /\bwhy (do|did|would) you (need|want|ask for|asked for|collect|keep|store) my (date of birth|birthday|personal number|id number|national insurance number|phone number|address)\b/,
    /\bvarfor (behover|behovde|vill|ville|fragar|fragade|sparar|samlar) ni (in )?(mitt|min|mina) (personnummer|fodelsedatum|fodelsedag|telefonnummer|adress|uppgifter)\b/,
    // how they got hold of one ("har aldrig handlat hos er, hur fick ni tag på mig"), or a detail not to be kept
    // ("min födelsedag ska ni inte ha sparad, stryk den")
    /\b(hur|var|varifran) (fick|har) ni (fatt )?(tag pa mig|tag i mig|mitt (mobil|telefon)?nummer|min (mejl|e-?post)?adress|mina uppgifter)\b/,
    /\b(min|mitt|mina) (fodelsedag|fodelsedatum|personnummer|kophistorik|uppgifter)\b[^.!?]{0,20}\b(ska|far) ni inte ha (sparad|sparat|sparade|kvar)\b/,
    /\bvilka uppgifter (har ni|ni har)\b/, /\bvad ni (har )?(sparat|lagrat|registrerat) om mig\b/, /\b(utdrag|kopia) (pa|av|over|med) (vad|allt|det|mina)\b(?! (kvitto|faktura|order|bestallning))/, /\b(bild|bilder|bilden|bilderna|foto|foton|fotona|fotot|film|filmen) (pa|av) mig\b/, /\b(inte|aldrig) (gett|gav|lamnat|lamnade) (mitt|nagot) samtycke\b/, /\bwithout my (consent|permission)\b/, /\b(never|did not|didn'?t) (give|gave|given) (my )?(consent|permission)\b/, /\butan (mitt|mina|vart) (lov|tillstand|samtycke|godkannande)\b/,
    // pictures of the customer the shop put up: "ta bort mina bilder som ni lagt upp på Instagram"
    /\b(ta bort|radera|tar bort|raderar)\b[^.!?]{0,20}\b(mina|min|mitt) (bilder|bild|foton|foto|film)\b/, /\b(remove|delete|take down)\b[^.!?]{0,20}\b(my|the) (photos?|pictures?|images?|video)\b[^.!?]{0,20}\b(of me|you posted|you put up)\b/,
    /\b(photos?|pictures?|images?|video) of (me|my (son|daughter|child|children|kids))\b/, /\bwithout my (consent|permission)\b/, /\bsluta skicka (reklam|nyhetsbrev|utskick)\b/, /\bpersonal data\b/,
    /\b(delete|remove|erase)\b.{0,25}\b(my|all my) (account|data|details|email address|information)\b/, /\btake (my|all my) (details|data|information|name|email address)\b[^.!?]{0,10}\b(off|out of)\b/, /\bstop sending me\b/,
    // taken out of the shop's system, or no longer to be used ("plockar bort mitt namn och min adress ur ert system", "jag vill inte längre att
    // ni använder min e-post för något alls", "I don't want you using my email address anymore")
    /\b(ta|tar|plocka|plockar|stryk|stryka|stryker|radera|raderar) bort\b[^.!?]{0,50}\b(ur|fran) (ert|era|er) (system|systemet|register|registret|kundregister\w*|databas\w*|kunddatabas\w*)\b/,
    /\b(remove|delete|erase|wipe|take) (me|my \w+( \w+)?|all my \w+|everything about me)\b[^.!?]{0,40}\b(from|out of|off) your (system|systems|records|database|register|customer files)\b/,
    /\b(vill|onskar) (inte|inte langre) att ni (langre )?(anvander|sparar|har kvar|lagrar|behaller) (min|mitt|mina) (e-?post\w*|mejl\w*|adress|telefonnummer|nummer|uppgifter|namn)\b/,
    /\b(don'?t|do not) want you (to )?(use|using|keep|keeping|store|storing|hold|holding) my (email|e-mail|email address|address|number|phone number|details|data|name)\b/,
    // an account named first, then erased ("jag vill inte ha kvar något konto hos er, radera det")
    /\b(konto|kontot|kundkonto|kundkontot|profil|profilen)\b[^.!?]{0,30}\b(radera|ta bort) (det|den)\b/, /\bvill inte ha (kvar )?(nagot|mitt|ett) (konto|kundkonto)\b/, /\b(account|profile)\b[^.!?]{0,30}\b(delete|remove|erase) it\b/,
    // everything the shop has on the customer ("radera allt ni har om mig", "delete everything you have on me")
    /\b(radera|raderar|ta bort|tar bort|rensa|rensar)\b[^.!?]{0,15}\ballt (ni har |ni sparat |ni vet |som finns )?(om|pa) mig\b/, /\b(delete|erase|remove)\b[^.!?]{0,15}\beverything you (have|hold|keep|store)( on| about)? me\b/,
    /\b(what|which) (personal )?data you (hold|store|have|keep)\b/, /\bcustomer database\b/,
    // another customer's details sent to this one ("ett mejl adresserat till en annan kund med dennes namn och adress")
    /\b(adresserat|adresserad|avsett|avsedd|riktat|menat) (for|till) en annan kund\b/, /\ben annan kunds (namn|uppgifter|adress|order|kvitto|faktura|personnummer)\b/, /\banother customer'?s (name|details|address|order|receipt|invoice|data)\b/,
    // how long it is kept, leave to keep it never given, the rights named ("right to be forgotten")
    /\bhow long (do|will) you (keep|store|hold|save|retain) (my|our|customers'?) (data|details|information|personal)/, /\bhow long you (keep|store|hold|save|retain) (that|the|this|my|our) (data|information|details|list)\b/, /\b(share|pass on|give out|sell) (our |my |the )?(customers'?|clients'?|personal|staff'?s?) (names|details|data|information|addresses|emails)\b/, /\bhow you (handle|store|keep|use|process) (our|my) (donors'?|customers'?|clients'?|patients'?|members'?|students'?|staff'?s?|employees'?) (addresses|details|data|names|information)\b/, /\b(lagrar|sparar|behaller|hanterar) (ni )?(nagra av )?(vara|mina) (patienters|kunders|medlemmars|elevers|anstalldas|givares) (namn|uppgifter|adresser)\b/, /\b(delar|lamnar ut|saljer) ni (vara |mina )?(kunders |kundernas )?(namn|uppgifter|adresser)\b/, /\bhur lange (sparar|lagrar|behaller) ni (mina |vara )?(uppgifter|personuppgifter|data)\b/,
    // a name taken off what the customer wrote ("ta bort mitt namn från recensionen, jag vill vara anonym")
    /\bvill (vara|forbli) anonym\b/, /\b(want|wish|would like|prefer) to (be|stay|remain) anonymous\b/, /\bta bort mitt namn (fran|pa|ur)\b/, /\bremove my name (from|on|off)\b/,
    // the customer's own data shared with others, asked ("which of my details do you share with the delivery company?")
    /\b(which|what) (of )?(my )?(details|data|information|personal data|personal details)\b[^.!?]{0,20}\b(do|did|will) you (share|pass on|give|sell|send)\b/, /\b(do|did|will) you (share|pass on|sell|give out) my (details|data|information|personal data|address|email|number)\b/,
    // a relative's details sent to the customer ("ni skickade min mammas adress till mig av misstag", "you sent me my neighbour's receipt")
    /\b(skickade|skickat|mejlade|mejlat) (min \w+s|mitt \w+s|hennes|hans|deras) (adress|uppgifter|personnummer|telefonnummer|kvitto|orderbekraftelse)\b[^.!?]{0,15}\btill mig\b/, /\bsent me (my \w+'?s|her|his|their) (address|details|receipt|invoice|order confirmation)\b/,
    // where the shop got the customer's details, asked as who gave them ("Vem har gett er mitt nummer?", "who gave you my number?")
    /\bvem (har )?(gav|gett|givit|lamnade|lamnat|salde|salt) (er|dig) (mitt|min|mina) (nummer|telefonnummer|mobilnummer|adress|mejladress|e-?postadress|uppgifter|namn)\b/, /\bwho (gave|sold|passed on|handed) you my (number|phone number|mobile number|address|email|e-mail|email address|details|name)\b/,
    // one's details shared, asked after it was done ("har ni delat min mejladress med någon annan firma?", "have you sold my email to anyone?")
    /\b(har|hade) ni (delat|salt|lamnat ut|lamnat vidare|gett bort|gett ut) (min|mitt|mina) (mejladress|e-?postadress|adress|nummer|telefonnummer|mobilnummer|uppgifter|personuppgifter|namn|kophistorik)\b/, /\bhave you (shared|sold|passed on|given out|handed over) my (email|e-mail|email address|address|number|phone number|details|data|name|information|purchase history)\b/,
    // one's details corrected in what the shop keeps ("Kan ni ändra min mejl i ert register?", "please update my name in your records")
    /\b(andra|andrar|uppdatera|uppdaterar|ratta|rattar|byt|byta|byter|update|correct|change|fix) (min|mitt|mina|my) (\w+ )?(mejl|mejladress|e-?post|e-?postadress|adress|namn|efternamn|nummer|telefonnummer|mobilnummer|uppgifter|email|e-mail|email address|address|name|surname|number|phone number|details)\b[^.!?]{0,20}\b(i (ert|era) (register|registret|kundregister\w*|system|systemet|databas\w*)|in your (records|register|system|systems|database|customer records|files))\b/,
    // nothing of the customer to be kept after the order ("ni behöver inte ha kvar något om mig", "please don't keep anything about me")
    /\b(ha kvar|spara|behalla|lagra|sparar|behaller|lagrar|har kvar)\b[^.!?]{0,15}\b(nagot|nagonting|nat|allt|inget|ingenting) (om|pa) mig\b/, /\b(keep|keeping|hold|holding|store|storing|retain|retaining)\b[^.!?]{0,15}\b(anything|everything|nothing) (about|on) me\b/,
    // an erasure asked before and not done ("I closed my account … but I can still log in", "I asked for it to be removed")
    /\b(closed|deleted|removed) my (customer )?(account|profile)\b[^.!?]{0,60}\bstill\b/, /\basked (for |you for |you to have )?(it|them|my (account|data|details|profile)) (to be )?(removed|deleted|erased|closed)\b/,
    /\b(avslutade|avslutat|raderade|raderat|tog bort|tagit bort) mitt (kund)?konto\b[^.!?]{0,60}\bfortfarande\b/, /\b(bad|begarde) (er |om )?att (det|den|kontot|mitt konto|mina uppgifter) (skulle )?(tas bort|raderas|avslutas)\b/,
    // how the shop handles the data it holds, asked plainly ("hur hanterar ni de uppgifterna?", "how do you handle my data?")
    /\bhur (hanterar|behandlar|lagrar|skyddar) ni (mina |vara |de |dessa |alla )?(uppgifter|uppgifterna|personuppgifter|personuppgifterna)\b/, /\bhow do you (handle|store|process|protect) (my |our |the |this |that |customers'? )?(personal )?(data|details|information)\b/,
    /\b(gett|gav|givit) (er|dig) (lov|tillstand|samtycke)\b/, /\bright to be forgotten\b/, /\bsubject access request\b/, /\bratten att bli (glomd|bortglomd)\b/,
    // who else sees what the shop holds on the customer ("tell me who else sees this data")
    /\bwho (else )?(sees|can see|has access to|gets to see|sees) (this|my|our|that) (data|information|details|personal information)\b/, /\bwho had access\b/, /\b(looked|look|looking|went) (at|through) my (files|photos|pictures|data|documents|emails)\b/, /\bvem (som )?hade tillgang\b/, /\b(tittat|tittade|kollat|kollade|gick igenom) (pa |i )?mina (filer|bilder|foton|dokument|mejl)\b/,
    // a copy of an identity document kept ("varför sparar ni en kopia av mitt körkort?")
    /\b(kopia|kopian|kopior|bild|bilden|bilder|foto|fotot) (av|pa) (mitt|min|mina) (korkort|pass|id-kort|legitimation|id-handling)\b/, /\bcop(y|ies) of my (driving licen[cs]e|driver'?s licen[cs]e|passport|id card|id)\b/,
    // what was on a device the shop takes in ("raderar ni allt på hårddisken innan ni återvinner den?")
    /\b(radera|raderar|rensa|rensar|tommer|tomma|wipe|wipes|erase|erases)\b[^.!?]{0,15}\b(harddisken|disken|datorn|telefonen|mobilen|the hard drive|the disk|the drive|my data)\b/, /\bvem (mer |annars )?(ser|kan se|har tillgang till|far se) (mina|vara|de har|dessa) uppgifter\b/,
    /\b(skickat|skickade|mejlat|mejlade) (mitt|mina|min) (kvitto|kvittot|faktura|fakturan|uppgifter|personnummer|orderbekraftelse|adress|telefonnummer|mejladress|namn)\b[^.!?]{0,10}\btill (fel person|fel mottagare|nagon annan)\b/,
    /\bsent my (receipt|invoice|details|data|information|address|phone number|email address|confirmation) to (the wrong person|someone else)\b/,
    // with words between ("skickade min orderbekräftelse med mitt personnummer till en främmande person")
    // (the customer's details, not a parcel: "skickade min beställning till någon annan" is a delivery)
    /\b(skickat|skickade|mejlat|mejlade|visat|visade|lamnat|lamnade)\b[^.!?]{0,50}\b(personnummer|uppgifter|kontaktuppgifter|orderbekraftelse|kvitto|faktura|telefonnummer|mejladress)\w*\b[^.!?]{0,30}\btill (fel person|fel mottagare|nagon annan|en framling|en frammande|obehoriga|en annan kund|andra kunder)\b/,
    /\b(sent|emailed|e-mailed|shown|showed|gave|given)\b[^.!?]{0,50}\b(details|data|information|receipt|invoice|confirmation|email address|phone number)\b[^.!?]{0,30}\bto (the wrong person|the wrong customer|someone else|a stranger|a complete stranger|another customer|other customers)\b/,
    // catalogues or adverts asked to stop ("era kataloger kommer fortfarande … kan ni stoppa dem?")
    /\b(kataloger|katalogen|reklamen|utskicken|nyhetsbreven)\b[^.!?]{0,60}[.!?]? ?[^.!?]{0,20}\b(stoppa|sluta skicka|avsluta|avbeställa)\b/, /\b(stoppa|sluta skicka|avbestall\w*)\b[^.!?]{0,20}\b(kataloger|katalogen|reklam|reklamen|utskick|utskicken)\b/,
    /\b(kopia|utdrag)\b.{0,25}\b(data|uppgifter)/, /\b(sluta|slutar) (anvanda|spara) mina (uppgifter|data)\b/,
    // one's purchases or data asked not to be passed on ("sluta skicka mina köp till Klarna för kreditkoll")
    /\b(sluta|slutar|sluta att) (skicka|dela|lamna ut|lamna vidare|salja) (mina|min|mitt) (kop|uppgifter|data|personuppgifter|adress|kopinformation|kophistorik)\b/, /\bstop (sending|sharing|passing on|selling) my (purchases|data|details|information|address)\b/,
    // what the shop does with what it records ("vad gör ni med bilderna från övervakningskameran?")
    /\bvad (gor|hander) (ni |det )?med (bilderna|filmerna|inspelningarna|mina uppgifter|min data|mina bilder)\b/, /\bwhat (do you do|happens|is done) with (the |my )?(footage|recordings|cctv|camera footage|data|details|photos)\b/,
    // the third parties one's data goes to ("which third parties get my data when I order?")
    /\b(third part(y|ies)|tredje ?part\w*)\b[^.!?]{0,30}\b(data|details|information|uppgifter|personuppgifter)\b/, /\b(data|details|information|uppgifter|personuppgifter)\b[^.!?]{0,30}\b(third part(y|ies)|tredje ?part\w*)\b/,
    // all one's data taken out ("how do I download everything you've stored about me?")
    /\b(download|get|see|export)\b[^.!?]{0,15}\b(everything|all|all the data|all the information) (you'?ve|you have|you'?ve got|you hold|you store|ni har) (stored|saved|kept|got|collected|sparat|lagrat)? ?(about|on|om) (me|mig)\b/, /\bdownload (all )?(of )?my (data|personal data|information)\b/,
    /\b(stop|stopped) (using|storing|keeping) my (details|data|information|address)\b/, /\b(copy|export) of (all )?(my|the) (data|information|details)\b/,
    // taken off a list the shop sends to ("ta bort mig från er sms-lista", "unsubscribe me")
    /\bta bort mig (fran|ur) (er |era |ert )?[\w-]*(lista|listan|listor|utskick|utskicken|nyhetsbrev|nyhetsbrevet|register|registret)\b/, /\b(avregistrera|avanmal|avanmala) mig\b(?! (fran|till|pa) \w*(kurs|kursen|passet|workshop|workshopen|eventet|traffen|lektion|lektionen|lektionerna|tavlingen|loppet|resan)\b)/,
    /\b(remove|take) me (from|off) (your |the )?[\w-]*(list|mailing list|newsletter|database)\b/,
    // (the word alone answers a notice: closingNoteCues.ts optOutWord)
    /\bunsubscribe\b(?<!^\W*unsubscribe(?=\W*$))/,
  ],
  quote: [
    /\bofferte?n?\b/, /\bprisforslag\b/, /\b(mangd|volym)rabatt\b/, /\bgrossist(?!lager)/, /(?<!\bhos (nagon|en|era|nagra|er|nan) )(?<!\bbli (en )?)\baterforsaljar/, /\brabatt om vi koper\b/, /\bblir det billigare\b/, /\b(om|if) (vi|we) (tar|koper|bestaller|take|buy|order) [1-9]\d* ?(st|stycken|ex|pieces|units)\b/, /\bcheaper if (we|i) (buy|order|take)\b/,
    /\b(ge|ge oss|lamna|lamna oss) (ett )?(pris|prisforslag|prisuppgift)\b/, /\b(gi|give) (oss|os|meg|mig) (et )?(pris)?tilbud\b/, /\b(a|your|best) price (for|on) [1-9]\d+/,
    // gift cards by the score, for a company's staff ("20 cards of 500 kr")
    /\b[1-9]\d+ (gift cards|cards|presentkort|vouchers|gift vouchers)\b/,
    // so many of a thing, the price asked after ("it'd be 35 of them for the whole team, does that change the price?")
    /\b[1-9]\d{1,3} (of them|of those|of these|av dem|av dom|av de har|stycken av)\b[^.!?]{0,50}\b(price|pris|priset|cost|kostar|discount|rabatt|cheaper|billigare)\b/,
    // what it would cost for all of so many ("vad skulle det kosta att sy om alla sex klänningarna?")
    /\b(vad skulle det kosta|vad kostar det|what would it cost|how much would it (be|cost))\b[^.!?]{0,40}\b(alla|all|samtliga) (\d{1,3}|tva|tre|fyra|fem|sex|sju|atta|nio|tio|tolv|femton|tjugo|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b/,
    // or a service's price for ten things or more ("vad kostar det att trycka vår logga på 150 tygkassar?")
    /\b(vad kostar det|vad skulle det kosta|hur mycket kostar det|what does it cost|what would it cost|how much (is it|would it be|does it cost)) (att|to)\b[^.!?]{0,40}\b[1-9]\d{1,3} (?!(kr|sek|kronor|cm|mm|m|meter|kvm|km|mil|ar|dagar|veckor|minuter|timmar|days|weeks|hours|minutes|years)\b)[a-z]/,
    // or for so many for a company, or at once ("vad skulle det kosta att serva 8 cyklar åt vårt företag på en gång?")
    /\b(vad skulle det kosta|vad kostar det|vad blir priset|what would it cost|how much would it (be|cost))\b[^.!?]{0,40}\b([2-9]|[1-9]\d{1,3}) [a-z]+\b[^.!?]{0,30}\b((at|till|for) (vart|var|vara) (foretag|firma|forening|skola|kontor|klubb|personal)|pa en gang|(for|at) (our|the) (company|business|office|club|school|staff)|all at once)\b/,
    // a better rate asked for a standing order ("if the office took a box of each every month, is there a better rate?")
    /^(?=.*\b(every|each|per|a) (month|week)\b|.*\b(varje|per|i) (manad|manaden|vecka|veckan)\b)(?=.*\b(better|lower|special) (rate|price|deal)\b|.*\b(battre|lagre) pris\b)/,
    // a pro forma invoice is an offer to pay against ("kan ni skicka en proformafaktura på 8 lampor?")
    /\bpro[- ]?forma(faktura|fakturan|n)?\b/,
    // a price per unit asked for so many ("what if we took 40 instead of 25, would the price per unit come down?")
    /\b(price|cost) per (unit|piece|item|pack|box)\b/, /\b(styckpris|styckpriset|pris per (styck|st|enhet))\b/, new RegExp(`${NOT_ONLY_WHEN}.*\\b(if we|om vi) (took|take|ordered|order|bought|buy|tog|tar|bestallde|bestaller|kopte|koper) [1-9]\\d+\\b(?! ?(kr|sek|kronor|euros?|pounds?|dollars?|days|dagar|minutes|minuter|%))`),
    /\bquote\b/, /\bprice offer\b/, /\b(formal|written|official|proper) (offer|quotation)\b/, /\bsend (us|me) (an|a) offer\b/, /\bvolume discount/, /\bbulk\b/, /\bwholesale\b/, /(?<!\b(become|becoming|be|being|listed as|sign up as|join as) an? )\breseller\b/,
    // a discount for buying much ("rabatt vid större köp", "kvantitetsrabatt", "a discount for large
    // orders"), a trade account, a company's order (a group's discount is no quote: discountAsked)
    /\brabatt (vid|for|pa) (storre|stora) (kop|inkop|bestallningar|ordrar|order|volymer)\b/, /\bkvantitetsrabatt/, /\bdiscount (for|on) (large|larger|big|bulk) (orders?|purchases?|quantities)\b/,
    /\b(pris|priset|rabatt) (vid|for) (den|den har|en sadan|en storre|storre) (mangden|mangd|volymen|volym)\b/, /\b(komma med|ta fram|skicka|ge oss) (ett )?(forslag och (ett )?pris|prisforslag)\b/,
    // a price asked for a count of things ("how much for 200 units?", "vad kostar 200 st?")
    /\b(how much|what would|price for|pris for|vad kostar|vad blir (det|priset))\b[^.!?]{0,15}\b[1-9]\d{1,3} ?(units|pieces|pcs|st|stycken|ex|exemplar)\b/,
    // about so many things ("ca 35 armaturer", "around 60 units"; not "ca 20 minuter", "about 30 days")
    /\b(ca|cirka|omkring|ungefar|about|around|approximately|roughly) [1-9]\d{1,3} (?!(dagar|dag|veckor|vecka|kr|sek|kronor|minuter|min|timmar|ar|cm|mm|m|meter|kg|gram|procent|grader|sekunder|days|weeks|minutes|mins|hours|years|dollars|euros?|pounds?|km|miles|seconds|am|pm|percent|degrees)\b)[a-z]/, /\btrade (account|accounts|pricing|prices|terms|price)\b(?! (login|log-in|log in|password|details))/, /\bcorporate (order|orders|pricing|account)\b/, /^(?!.*\bkontaktperson).*\bforetagsbestallning/,
    // a big order for a school, an office or a club ("en större beställning till vår förskola", "a
    // large order for our office"), or one to be placed ("vill lägga en större order")
    /\b(storre|stor) (bestallning|order|inkop)\b[^.!?]{0,25}\b(till|for|at) (var|vart|vara|ett|en|hela|(min|mitt|mina) (firma|foretag|butik|kafe|restaurang|klubb|forening|arbetsplats|jobb))\b/, /\b(gora|lagga|gor|lagger) en (storre|stor) (bestallning|order)\b/,
    /\b(large|larger|big|bigger) order (for|from) (our|my|the|a) (\w+ )?(school|office|company|team|club|staff|restaurant|hotel|preschool|nursery|business|firm|department)\b/, /\b(place|make|placing|making) a (large|larger|big|bigger|sizeable) order\b/,
    // a group of so many asked a price for ("vi är ett kör med 30 medlemmar … Vad skulle det kosta?")
    /\b(vi ar|vi har|we are|we have|we're)\b[^.!?]{0,25}\b[1-9]\d{1,3} (medlemmar|anstallda|medarbetare|elever|deltagare|spelare|members|employees|staff|students|pupils|players)\b/,
    // a business volume: "behöver 40 kontorsstolar", "need about 60 t-shirts" (not "20 dagar", not an order number)
    // a price if they take them all at once ("vad blir priset om vi tar alla på en gång?")
    /\b(pris|priset|price|kostar|cost)\b[^.!?]{0,25}\b(om|if) (vi|we) (tar|koper|bestaller|take|buy|order) (alla|allihop|them all|all of them)\b/,
    // (not when only the delivery time is asked of it: NOT_ONLY_WHEN)
    new RegExp(`${NOT_ONLY_WHEN}.*\\b(behover|behovde|kopa|koper|bestalla|need|needs|needed|buy|want|wants)\\b( in)?( about| ca| cirka| omkring)? [1-9]\\d{1,3}\\b(?! ?(dagar|veckor|kr|sek|kronor|minuter|timmar|days|weeks|minutes|hours|dollars|euros?)\\b)`),
  ],
};
