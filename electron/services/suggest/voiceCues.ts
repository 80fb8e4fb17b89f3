import { WHEELCHAIR_ASKED_SV, WHEELCHAIR_SUITS } from './noTemplateCues';
import { CALL_NEVER_MADE } from './shopFaultCues';

/**
 * Cues of a case that calls for a voice: a repeat contact stated in words, a vulnerable customer,
 * a product that is dangerous or harms, a fraud. Patterns over the folded text (å→a, ö→o), in
 * Swedish and English; the channel advice calls the customer for each (signals.ts).
 */
export type VoiceCueId = 'repeatStated' | 'vulnerable' | 'safety' | 'fraud';

const ORDINAL = '(andra|tredje|fjarde|femte|sjatte|second|third|fourth|fifth|sixth|2nd|3rd|4th|5th)';

export const VOICE_PATTERNS: Record<VoiceCueId, RegExp[]> = {
  repeatStated: [
    // "the second time I write", not "the second time I used it"
    // (nor a fault met again: "tredje gången den här månaden"; "… den här månaden jag skriver" still is)
    // (nor a thing that broke the second time: "strömbrytaren har gått sönder för andra gången")
    // (the look back is taken after the ordinal, so it runs only where one is found)
    new RegExp(`\\b${ORDINAL}(?<!\\b(sonder|av|trasig|trasigt|broke|broken|failed|happened|hant|skett|lossnat|spruckit) (for )?(den |the |a )?${ORDINAL}) (gangen|mejlet|mailet|meddelandet|sms:?et|smset|time|e-?mail|message|text)\\b(?! (i|jag) (used|use|wore|washed|tried|opened|anvande|hade|tvattade|provade|oppnade))(?! (trying|i try|i'?m trying|i'?ve tried|jag forsoker|att forsoka|jag provar)\\b)(?! (den har|denna|this) (manaden|veckan|month|week)\\b(?! (jag|i) (skriver|write|mejlar|ringer)))`),
    /\b(skrivit|mejlat|mailat|ringt|hort av mig|kontaktat er)\b.{0,20}\b(tva|tre|fyra|fem|flera|manga|[2-9]) ganger\b/,
    // told in the past by the customer: "jag ringde er kundtjänst två gånger förra veckan"
    /\b(jag|vi) (ringde|skrev|mejlade|mailade|horde av mig|horde av oss|kontaktade er)\b.{0,20}\b(tva|tre|fyra|fem|flera|manga|[2-9]) ganger\b/,
    /\b(written|emailed|e-mailed|called|contacted you|messaged|chased|asked|asked you|asked you people)\b.{0,20}\b(twice|(two|three|four|five|several|many|multiple|[2-9]) times)\b/, /\b(fragat|fragade|fragat er|fragade er)\b.{0,20}\b(tva|tre|fyra|fem|flera|manga|[2-9]) ganger\b/, /\bagain and again\b/, /\bigen och igen\b/,
    /\bfor the (second|third|fourth|fifth) time\b/,
    // a call the shop promised that never came ("Ingen ringde tillbaka som utlovat", "nobody called me back"): the customer is at it again
    ...CALL_NEVER_MADE,
    // asked on day after day ("asked about this on monday, wednesday and again today"; "frågade i måndags och igen idag")
    /\b(asked|written|wrote|emailed|messaged|chased|called|rang)\b[^.!?]{0,60}\band again (today|now|this morning|yesterday)\b/, /\b(fragade|skrev|mejlade|mailade|ringde|horde av mig)\b[^.!?]{0,60}\boch (nu )?igen (idag|i dag|nu|i morse|igar)\b/, /\bhar nu skrivit\b/, /\b(har )?tjatat\b/,
    // days of trying, and messages (more than one) that no one answered: "ingen har svarat på mina
    // mejl", "still no reply to my previous emails", "trying to reach you for two weeks"
    /\b(trying|tried) to (reach|contact|get hold of|get through to) you for (days|weeks|a week|\w+ (days|weeks))\b/, /\bforsokt (na|kontakta|fa tag pa|komma fram till) er\b[^.!?]{0,20}\b(dagar|veckor|vecka)\b/,
    /\b(no ?one|nobody|ingen)\b[^.!?]{0,25}\b(my|mina) (e-?mails|messages|mejl|mail|meddelanden|samtal|calls)\b/, /\b(my|mina) (previous|earlier|tidigare) (e-?mails|messages|mejl|mail|meddelanden)\b/,
  ],
  vulnerable: [
    /\b(min|var) (mamma|pappa|mormor|morfar|farmor|farfar|mor|far) som (ar|har)\b/,
    // an old age told ("jag är 84 år"), not any age ("jag är 17 år och söker sommarjobb")
    // (or a parent's, told without "år": "min pappa är 88 och ser dåligt"), and sight that fails a person, not a thing that looks bad
    /\b(pappa|mamma|far|mor|farfar|morfar|farmor|mormor|father|mother|dad|mum|mom|grandma|grandpa|grandmother|grandfather) (ar|har fyllt|is|has turned|turned) ([7-9]\d|1[01]\d)\b/,
    /\b(jag|han|hon|pappa|mamma|min \w+) ser (mycket |valdigt |jatte)?daligt\b(?! ut)/,
    // or in brackets ("mamma (84) har fått ett samtal"); hearing that fails, a stroke
    /\b(pappa|mamma|far|mor|farfar|morfar|farmor|mormor|father|mother|dad|mum|mom|grandma|grandpa|grandmother|grandfather) \(([7-9]\d|1[01]\d)( ar)?\)/,
    // someone "som är 89" (not a thing "som är 80 cm"), a person without the internet
    /\b(som|han|hon) ar ([7-9]\d|1[01]\d)( ar)?\b(?! ?(cm|mm|m|kg|kr|liter|l|procent|grader|kvadrat)\b)(?! ?%)/, /\b(har inte|saknar) (internet|dator|en dator)\b/,
    // an old age told of oneself ("I'm 81 and not good with computers"), computers hard for one
    /\b(i'?m|i am|he'?s|she'?s|he is|she is) ([7-9]\d|1[01]\d)\b(?! ?(kr|sek|cm|mm|m|km|kg|%|percent|minutes|mins|miles|metres|meters|euros?|pounds?|dollars?)\b)/, /\bnot (very |that |too )?good with (computers|technology|tech|the internet|phones|smartphones)\b/, /\binte (sa |sarskilt |sa vidare )?(bra|van) (pa|med|vid) (datorer|dator|teknik|internet|mobiler)\b/,
    /\bhard of hearing\b/, /\bhorselskadad\b/, /\b(had|has had|efter) (a |min |hans |hennes )?stroke\b/, /\bfick en stroke\b/,
    /\b(ar|blivit) (6[5-9]|[7-9]\d|1[01]\d) ar\b/, /\b(6[5-9]|[7-9]\d|1[01]\d) years old\b/, /\b((8|9)\d ar|(ar|blivit|fyllt) (8|9)\d)\b[^.!?]{0,30}\b(klarar inte|kan inte)\b/,
    /\bdemens\b/, /\bdement\b/, /\balzheimers?\b/, /\bminnessjuk/, /\bmemory loss\b/, /\bsynnedsattning\b/, /\bsynskadad\b/, /\bhorselnedsattning\b/, /\bfunktionsnedsattning\b/, /\brullstols(buren|burna|bunden|bundna|anvandare)\b/, /\b(im|i'?m|i am|ar|is|was|hes|he'?s|shes|she'?s|registered|legally|partially|nearly|almost|completely|totally|nastan|helt|blev|blivit|och|and) blind\b/, /\bdov\b/, new RegExp(`\\brullstol\\b(?<!${WHEELCHAIR_ASKED_SV})`),
    /\bsvart att lasa\b/, /\bdyslexi(a)?\b/, /\bpartially sighted\b/, /\b(has|have|har) no (computer|internet|smartphone)\b/, /\b(forstar|kan) inte (mig pa )?(datorer|dator|datorn|internet|teknik|tekniken)\b/,
    // a grave illness told of oneself or one's own ("sjukskriven med cancer", "undergoing chemo")
    /\b(har|fatt|fick|behandlas for|sjukskriven (for|med)|undergoing|have|has|diagnosed with|treatment for) (\w+ )?(cancer|cellgiftsbehandling|cellgifter|cytostatika|chemo|chemotherapy)\b/,
    /\bdementia\b/, /\b(visually|hearing) impaired\b/, /\bdisab(led|ility)\b/, /\bdeaf\b/, /\belderly\b/, /\bcan'?t read\b/, new RegExp(`\\bwheelchair\\b(?!${WHEELCHAIR_SUITS})`),
    /\b(doesn'?t|does not|can'?t|cannot|never) use (a )?(computers?|the internet|internet|smartphones?)\b/, /\b(anvander|kan) inte (dator|datorer|internet|datorn)\b/, /\bhar ingen dator\b/,
  ],
  safety: [
    // (burnt to the taste is no fire: "kaffet smakade bränt")
    /(?<!\bsmak(ade|ar|at) )\bbrant\b(?! fast)/, /\bbrandlukt\b/, /\broker ur\b/, /\bdet roker\b/, /\blivsfarlig/, /\bluktade bra?nt\b/, /\brok\b/, /\bryker\b/, /\bgnistr/, /\bblev (sa |valdigt |jatte|for )?(varm|het)\b/, /\b(got|gets|getting|became|becomes) (so |very |really |too |extremely |incredibly |dangerously )?hot\b/, /\boverhett/, /\bsmalte\b/,
    // live wires bared ("the wires are exposed right by the cot", "ledningarna syns")
    /\b(wires?|wiring|cables?)\b[^.!?]{0,25}\b(exposed|bare|showing|sticking out)\b/, /\bexposed (wires?|wiring|cables?)\b/, /\b(ledningarna|kablarna|tradarna|koppartradarna)\b[^.!?]{0,20}\b(syns|sticker ut|ligger blottade|ar blottade|ar frilagda)\b/,
    /\b(slar|slog|slagit|slogs) ut (sakringen|sakringarna|proppen|propparna|jordfelsbrytaren)\b/, /\belstot\b/, /\bfick en stot\b/, /\bgav (mig|honom|henne|oss|barnet) (en )?(liten |latt )?stot\b/,
    // gas, a battery that swells, a body that reacts, a person hurt
    // (one of the household hurt by the thing: "the stair gate came loose and my toddler fell", "min son ramlade")
    /\b(my|our|her|his) (toddler|baby|son|daughter|child|kid|kids|children|dad|mum|mom|mother|father|grandad|grandma|husband|wife|partner) (fell|tripped|slipped|got hurt|was hurt|cut (himself|herself|themselves)|burnt (himself|herself)|burned (himself|herself))\b(?! (in love|for it|asleep|behind|short))/,
    /\b(min|mitt|var|vart) (son|dotter|barn|bebis|pappa|mamma|man|fru|sambo|sonson|dotterdotter|barnbarn) (ramlade|foll|trillade|snubblade|gjorde sig illa|skar sig|brande sig|bran(n|de) sig)\b/,
    // (in other words: "the power bank has puffed up like a pillow", "batteriet buktar")
    // mould let out on a baby or a child ("the bath toy leaked black gunk into my baby's bath water")
    /\b(mould|mold|mouldy|moldy|gunk|slime|sludge|mogel|mogligt|svart (vatten|gegg|slem))\b[^.!?]{0,40}\b(baby'?s?|babies|toddler'?s?|infant'?s?|child'?s?|kid'?s?|bebis\w*|barnets?|bebisens?)\b/,
    /\b(battery|batteries|power ?bank|powerbank|batteri\w*|laddaren|charger)\b[^.!?]{0,30}\b(puffed|puffing|puffy|bulging|bulged|ballooned|buktar|har svallt|svallt upp|pucklig)\b/,
    // an electric thing that crackles, or smells of plastic when on ("elementet knastrar och det luktar plast när det är på")
    /\b(elementet|elementen|uttaget|kontakten|sladden|laddaren|proppen|stickproppen|elelementet)\b[^.!?]{0,20}\b(knastrar|knastrade|sprakar|sprakade)\b/,
    /\b(luktar|lukt av|smells? of|smelling of) (het |varm |brand |smalt |hot |burning |melting )?plast(ic)?\b[^.!?]{0,30}\b(nar (den|det|man|jag|vi) (ar pa|ar igang|gar|satter pa|slar pa|har den pa)|when (it'?s|it is) (on|running)|when (i|we) (turn|switch) it on)\b/,
    /\btrip(s|ped|ping)? (the |our |my |a )?(fuses?|breakers?|circuit)\b/, /\b(scorch|burn|burnt|black) marks?\b/, /\b(scorched|charred)\b/, /\b(brannmarke|brannmarken|sotig|sotiga)\b/,
    /\bset fire to\b/, /\bon fire\b/, /\b(tog|fattade) eld\b/, /\b(borjade|borjat|borja) brinna\b/, /\b(tagit|ta|tar) eld\b/, /(?<!\b(inte|aldrig|inte sa) )\bblir (sa |valdigt |jatte|for )?(varm|het)\b/, /\btoo hot to (touch|hold)\b/,
    /\b(to|at) (the|an|a) (emergency )?vet'?s?\b/, /\bemergency vet\b/, /\bveterinary\b/, /\b(got|became|was|is|been) (really |very |so )?(sick|ill) after\b/, /\bblev (jatte|valdigt|sa )?sjuk (av|efter)\b/,
    /\bluktar (brant|brand|brandt)\b/, /\bbrand plast\b/, /\b(ar|blir|blev) (jattevarm|jattevarmt|brannhet|brannhett|glodhet|glodhett|skallhet|skallhett)\b/,
    /\bbroms(en|arna)? (slappte|slapper|slapp|funkar inte|fungerar inte|tar inte|har slutat)\b/, /\bbrakes? (failed|fails|doesn'?t work|don'?t work|stopped working|gave way)\b/, /\bbrakes? (doesn'?t|does not|won'?t|will not|no longer) (fully |properly )?(lock|hold|engage)\b/, /\bbromsen (laser|haller|tar) inte\b/,
    /\b(lacker|luktar) gas\b/, /\b(lacker|lackte|lackande|luktar) (\w+ )?(gasol|gasolen|gasen)\b/, /\b(propane|butane|gas bottle|gas cylinder)\b[^.!?]{0,20}\b(leak|leaks|leaking|smell|smells)\b/, /\b(gas|propane|butane) (canister|cartridge|bottle|cylinder|tank|hose|valve|stove|heater)\b[^.!?]{0,60}\b(leak|leaks|leaking|leaked|hiss|hisses|hissing)\b/, /\bgaslukt\b/, /\bgas (leak|smell)\b/, /\b(smells? of|leaking|leaks) gas\b/, /\b(svallt|svallde|svaller) upp\b/, /\b(lappen|lapparna|ogonen|ogat|ogonlocken|ansiktet|halsen|tungan|handen|handerna|fingret|fingrarna|foten|fotterna|armen|huden|munnen|kinden|kinderna|tandkottet|ledet|knat|vristen|magen) (har |hade )?(svallt|svallde)\b/,
    /\bsvart att andas\b/, /\b(trouble|difficulty|hard time) breathing\b/, /\b(difficult|hard|problems?|struggling) (to )?breath(e|ing)?\b/, /\b(red|itchy|raised) (spots|patches|bumps|blotches|welts)\b/, /\broda (prickar|flackar|blemmor)\b/, /\bsvullnade\b/, /\b(jag|han|hon|vi) (skar|slog) (mig|sig|oss)\b/,
    /\b(lacker|lackte|lackt|rinner|rann|runnit|droppar|droppade)\b[^.!?]{0,25}\b(elen|eluttaget|uttaget|kontakten|sladden|elsladden)\b/, /\bleak(ing|s|ed)?\b[^.!?]{0,25}\b(socket|plug|outlet|electrics|wiring)\b/,
    // water run into the electrics ("det har runnit ut vatten över bänken och ner i eluttaget")
    /\bvatten\b[^.!?]{0,40}\b(ner i|in i|i|pa|over) (eluttaget|uttaget|elcentralen|kontakten|elsladden)\b/, /\bwater\b[^.!?]{0,40}\b(into|in|onto|over) (the |a )?(socket|plug|outlet|power strip|electrics|wiring)\b/, /\bsmells? of burning\b/,
    /\b(i|he|she|we) fell\b(?! (in love|for|asleep|behind|short|through|apart))/, /\b(dog|cat|puppy|kitten|hund|hunden|katt|katten|valp|valpen)\w* (got|became|was|is|blev|har blivit|ar) (sick|ill|sjuk)\b(?! (of|av|pa)\b)/, /\bended up (in|at) (a&e|a and e|hospital|the hospital|the er|emergency)\b/, /\bandningsbesvar\b/, /\bbrann(skada|skador|skadade|sar|blasor)\b/, /\b(burns?|burnt|burned) (on|to) (my|his|her|their|our) (hand|hands|finger|fingers|arm|skin|face|leg)\b/, /\b(burnt|burned) (my|his|her|our|their) (\w+'?s )?(hand|hands|fingers?|arm|skin|face)\b/, /\bbreathing (problems|difficulties)\b/,
    // care sought ("vi var på akuten", "har varit på vårdcentralen", "had to take him to A&E"; not "children in hospital")
    /\b(pa|till) (akuten|vardcentralen|akutmottagningen)\b/, /\b(aka|akte|akt|fick aka) (in )?(till|pa) (sjukhus|sjukhuset|lakaren|lakare)\b/, /\b(took|take|taken|went|go|gone|been|rushed|had to go) ((him|her|them|me|us|my \w+) )?(to|at) (the )?(a&e|a and e|emergency room|er|hospital)\b/, /\b(took|taken|rushed|had to take) (him|her|them|me|us|my \w+) (to|at) (the )?(doctor'?s?|gp)\b/,
    // a thing that failed with a baby in it, a wheel come off ("tappade ett hjul … med min bebis i")
    /\bmed (min|mitt|var|vart) (bebis|baby|nyfodda)( \w+)? i\b(?! (butiken|famnen|magen|sjalen)\b)/, /\bwith (my|our) (baby|newborn|toddler|son|daughter|child|kid|little one)( \w+)? in (it|the)\b/, /\b(tappade|tappat|lossnade|lossnat) (ett |ena |det ena )?hjul(et)?\b/, /\bhjulet (lossnade|lossnat|ramlade av|foll av)\b/, /\b(a|the) wheel (came|fell) off\b/, /\b(couldn'?t|could not|can'?t) breathe\b/, /\b(krakts|kraks|krakte|kraktes|krakning)\b/, /\bveterinar(en)?\b/, /\b(vomit(ing|ed)?|threw up)\b/, /\bat the vet'?s?\b/,
    // (not "I fell in love with it", not "cut my hair")
    /\b(i|he|she|we) (fell (off|down|over|and)|got hurt|was injured|were injured)\b/, /\b(my|our) (son|daughter|child|kid|boy|girl|husband|wife|mother|father|mum|mom|dad) fell\b(?! (in love|for|asleep|behind|short|apart))/, /\b(min|mitt|var|vart) (son|dotter|barn|pojke|flicka|man|fru|mamma|pappa)( pa \d+)? (ramlade|foll)\b/, /\b(ligger|hamnade|lades in|blev inlagd) pa sjukhus(et)?\b/, /\bslog i (hoften|huvudet|bakhuvudet|armen|knat|ryggen|ansiktet|pannan)\b/, /\b(hurt|injured) (my|his|her|their|himself|herself|myself)\b/,
    /\bcut (myself|himself|herself|my (finger|hand|thumb|foot|leg|arm))\b/, /\b(got|gets) a (nasty |bad |deep )?cut\b/,
    /\b(jag|han|hon|vi) (ramlade|foll|slog mig|skar mig)\b/, /\bgjorde (mig|sig) illa\b/, /\bskadade (mig|sig)\b/, /(?<!\b(ar|is|am) )\ballergisk\b/, /\butslag\b/, /\bsvullna?d?\b/, /(?<!\binte (sa |sarskilt |direkt )?)\bfarligt?\b/,
    /\bryka\b/, /\bsmall det\b/, /\bsmok(e|ing)\b/, /\bspark(s|ed|ing)?\b/, /\b(socket|outlet|plug|wall socket) (is|was|went|turned|has gone) (all )?black\b/, /\bblackened\b/, /\b(uttaget|kontakten|sladden) (ar|blev) (helt )?svart\b/, /\bburn(ing|t)? smell\b/, /\boverheat/, /\bmelted\b/, /(?<!\b(doors?|drawers?|wood|boards?|panels?|veneer|worktop|shelf|shelves|frame|floor|parquet) (have |has |had )?)\b(swell(ing|ed)?|swollen)\b(?! (edges?|doors?|drawers?|wood|boards?|panels?|veneer|corners?|legs?|top)\b)/,
    /\belectric shock\b/, /\b(gave|got|get|gets|giving) (me|him|her|us|them|my \w+|a) (a )?(small |slight |little |mild |big |nasty )?(electric )?shock\b/, /\bcaught fire\b/, /(?<!\bfor (people|those|someone|anyone|kids|children) (who are )?)\ballergic\b/, /\brash\b/, /\bhives\b/, /\bis it (still )?safe\b(?! (to|for|during|in|with|on|around)\b)/, /\bdangerous\b/,
    // blisters, a rash or a burn got from a thing ("mitt barn fick blåsor av badkrämen"; not the
    // blisters new shoes rub, a plain complaint)
    /\b(fick|har fatt|fatt|far) (blasor|utslag|eksem|brannskador|brannblasor) av (?!(skorna|skon|kangorna|stovlarna|sandalerna|tofflorna)\b)/,
    // a burn given by someone or something ("frisören brände mig i nacken med locktången")
    /\b(brande|har brant) (mig|honom|henne|oss|mitt barn|min \w+|dottern|sonen)\b/,
    // a cut that bled ("mitt barn skar sig på en vass kant, hon blödde"; not colours that "skar sig",
    // nor a dye that bled in the wash)
    /\b(han|hon|barnet|barnen|mitt barn|min (son|dotter|unge|pojke|flicka|man|fru|sambo)|sonen|dottern|vi|de|dom) (skar sig|har skurit sig|skurit sig)\b/, /\bjag har skurit mig\b/,
    /\b(han|hon|jag|barnet|mitt barn|min (son|dotter|unge)|sonen|dottern) (blodde|blodde mycket|borjade blod(a|as))\b/,
    // a pet hurt by the thing, or one hurt before it was seen ("katten hann skära sig i tassen", "the dog cut its paw on it")
    /\b(katten|hunden|valpen|kattungen|kaninen|hasten|fageln|barnet|bebisen|han|hon|jag|vi|sonen|dottern) (hann |har hunnit )?(skara|skar|skurit|branna|brande|brant) sig\b/, /\b(the |my |our )?(cat|dog|puppy|kitten|rabbit|horse) (cut|hurt|burnt|burned|injured) (itself|its (paw|paws|leg|mouth|nose|tongue|foot))\b/,
    /\b(he|she|i|my (son|daughter|child|kid|husband|wife)|our (son|daughter|child)) (cut (himself|herself|myself|his \w+|her \w+|my \w+)|bled|was bleeding|started bleeding)\b/,
    // a stomach made ill by something eaten from the shop ("min unge fick ont i magen av godiset",
    // "blev dålig av fisken"): not a thing that merely tasted wrong
    /\b(fick|har fatt|fatt|far) (ont i magen|magont|magknip|diarre|diarrea|magsjuka) (av|efter)\b/, /\b(blev|har blivit|blir) (jattedaliga?|daliga?|illamaende|magsjuka?|sjuka? i magen) (av|efter)\b/,
    /\b(gave|gives|has given) (me|him|her|us|them|my \w+|our \w+) (a )?(stomach ?ache|tummy ?ache|upset stomach|diarrh?o?ea|food poisoning)\b/, /\b(got|had|have|has) (a )?(stomach ?ache|tummy ?ache|upset stomach|diarrh?o?ea|food poisoning) (from|after)\b/,
    // a child made ill by a thing ("my children have headache", "barnen har fått ont i huvudet av lukten")
    /\b(my|our) (children|kids|son|daughter|baby|child)( \w+)? (have|has|got|get|gets|are getting) (a |bad )?(headaches?|nosebleeds?|sore eyes)\b/, /\b(barnen|barnet|bebisen|min son|min dotter|vart barn) (har fatt|far|fick|har) (ont i huvudet|huvudvark|nasblod|svida i ogonen)\b/,
    // a body that ails after a thing ("fick ont i halsen och hosta efter att ha sovit med kudden", "got a sore throat from the new rug")
    /\b(fick|har fatt|fatt|far)\b[^.!?]{0,20}\b(ont i halsen|hosta|huvudvark|ont i huvudet|nasblod|svida i ogonen|yrsel|illamaende)\b[^.!?]{0,30}\b(efter|av)\b/, /\b(got|gets|have|has|had|getting)\b[^.!?]{0,15}\b(a sore throat|a cough|headaches?|nosebleeds?|dizzy|dizziness|nausea|sore eyes)\b[^.!?]{0,30}\b(after|from|since)\b/,
    // a thing that fell on a child or a pet, one that limps after ("the pet gate fell over on my puppy … she's limping")
    /\b(fell|toppled|tipped|came down)( over)? on(to)? (my|our|the) (puppy|dog|cat|kitten|son|daughter|child|baby|kid|toddler)\b/, /\b(limping|haltar|haltade|linkar)\b/,
    // a tooth broken on a thing, a piece loose in a mouth ("chipped a tooth on the toy's plastic")
    /\b(chipped|broke|cracked) (a|his|her|my|their) tooth\b/, /\b(slog|bet|brot|brot av) (av )?(en|sin|hans|hennes) tand\b/, /\b(broke|came|snapped) off in (his|her|their|my) mouth\b/,
    // plastic that bubbled, a thing the customer no longer dares use ("laddstationen bubblade … vågar inte ladda den mer")
    /\b(plast\w*|kontakt\w*|laddare\w*|laddstation\w*|sladd\w*|holje\w*|batteri\w*)\b[^.!?]{0,20}\b(bubblade|bubblar|bubblat)\b/, /\bvagar inte (ladda|anvanda|ha pa|satta pa|sla pa|lata den|lata det|ha den|ha det)\b/, /\b(don'?t|do not) dare (to )?(use|charge|plug|switch|turn|leave|touch) (it|them)\b/, /\b(daren'?t|dare not) (use|charge|plug|switch|turn|leave|touch) (it|them)\b/,
    // a wound that went bad, a doctor seen ("fick en flisa i handen och det blev infekterat. Vi har varit hos läkaren")
    /\b(blev|har blivit|ar) infekterat?\b/, /\b(got|became|has become|is) infected\b/, /\b(varit|aka|akte|akt) (hos|till) (lakaren|doktorn|vardcentralen|tandlakaren)\b/, /\b(have|has|had|we'?ve|i'?ve|he'?s|she'?s|they'?ve) been to the (doctor|gp|doctor'?s|dentist)\b/, /\b(fick|har fatt) en (flisa|sticka)\b/, /\b(got|has|had) a splinter\b/,
    // a part that came loose at speed, a near miss told ("styret lossnade i en nedförsbacke … det kunde gått illa")
    /\b(lossnade|lossnat|gick av|brast|slappte|came off|came loose|snapped|broke)\b[^.!?]{0,30}\b(i en nedforsbacke|i nedforsbacken|i farten|under farden|medan jag cyklade|while (i was )?(riding|cycling|driving)|at speed|going downhill)\b/, /\b(kunde|hade kunnat) (ha )?(gatt|ga) (riktigt |mycket |val )?illa\b/, /\bskrapsar\b/,
    // a child's seat that tipped with the child ("barnstolen tippade bakåt när vår dotter lutade sig"), a trip to be safe
    /\b(tippade|valte|foll|ramlade) (bakat|omkull|over ande|framat)\b[^.!?]{0,30}\b(dotter|son|barn|barnet|bebis|bebisen|pojke|flicka)\b/, /\b(akte|aka|akt) in for sakerhets skull\b/,
    // wire bared ("en trasig sladd där kopparn syns")
    /\b(koppar(n|en)?|tradarna|tradar|ledningarna) syns\b/, /\b(exposed|bare) (wire|wires|wiring|copper)\b/,
    // a thing swallowed, the poison line called ("fick i sig en pärla … vi har ringt Giftinformationscentralen")
    /\bfick i sig\b/, /\bhar fatt i sig\b/, /\bgiftinformation\w*\b/, /\bpoisons? (control|information|centre|center|line)\b/,
    // stitches needed, a chin or a head struck ("he hit his chin. needed two stitches")
    /\b(needed|got|had to have|required|needing) (\w+ )?stitches\b(?<!\b(loose|dropped|missing|broken|uneven|wonky) stitches)/, /\b(fick|behovde|maste) (sy|sys|\w+ stygn|stygn)\b/, /\b(hit|bumped|banged|split|cut) (his|her|my|their) (chin|head|face|lip|forehead|eyebrow)\b(?! (against|on) (a|the) (brick )?wall)/,
    // a thing that burst while on, a cord gone black, a bang ("the lid shattered … while it was on low", "blev kolsvart … det small")
    /\b(shattered|exploded|burst)\b[^.!?]{0,30}\bwhile (it was )?(on|lit|in use|cooking|heating|running|switched on)\b/, /\b(blev|ar|har blivit) (kolsvart|kolsvarta|svartbrand|svartbrant|svedd)\b/, /\bdet small (till )?(nar|i|fran)\b/,
    // a bruise or a graze a person got ("han fick ett blåmärke", "she got a nasty bruise")
    /\b(fick|har fatt|fatt) (ett |en )?(stort |fult |rejalt )?(blamarke|blamarken|skrubbsar|skrubbsaret)\b/, /\b(got|gets|has|had|have) (a |some )?(nasty |big |bad |huge )?(bruise|bruises|graze)\b/, /\bbruised (my|his|her|their) \w+/,
    // a thing that gave way with someone on it or against it ("sidan rasade när min son lutade sig mot
    // den", "the chair collapsed under me")
    /\b(rasade|rasat|brakade ihop|foll ihop|gav vika|collapsed|gave way)\b[^.!?]{0,40}\b(satt|sitter|stod|lutade|klattrade|la sig|lag|hoppade|sat|sitting|stood|standing|leaned|leaning|climbed|climbing|lying|lay|jumped)\b/,
    /\b(rasade|brakade ihop|foll ihop|gav vika|gav efter|vek sig|collapsed|gave way|buckled|folded) under (mig|honom|henne|oss|barnet|me|him|her|us|the child)\b/,
    // acid a battery leaked, glass that burst in use ("glasskålen sprack med en smäll"; splinters alone are a
    // parcel's too: "glassplitter i förpackningen")
    /\b(leaked|leaking|leaks|lackte|lacker)\b[^.!?]{0,30}\b(acid|syra)\b/, /\bbatterisyra\b/, /\bbattery acid\b/, /\b(sprack|small|exploderade) med en (small|knall)\b/, /\b(exploded|exploderade)\b/,
    // a thing the customer finds unsafe, told ("spännet öppnar sig, det känns inte säkert"; not "jag är osäker på storleken")
    // ("det är inte säkert att den hinner" is no hazard, so only what feels or seems unsafe)
    /\b(kanns|verkar) (det |den |de )?(inte|inte alls) (sakert|saker|sakra)\b/, /\binte (det |den |de )?(kanns|verkar) (sakert|saker|sakra)\b/, /\b(isn'?t|is not|doesn'?t feel|does not feel|not) (\w+ )?safe\b(?! (to|for|during|in|with)\b)/, /\bunsafe\b/,
    // a small child and a thing that can go in the mouth ("she is two and puts everything in her mouth")
    /\b(puts?|putting|chews?|chewing) (everything|things|it|them) in (her|his|their) mouth\b/, /\bchoking( hazard)?\b/, /\bswallow(ed)? (it|a|one|the|part|parts|piece|pieces|some)\b/,
    /\b(baby|toddler|little one|bebis|bebisen|barnet|lillen)\b[^.!?]{0,25}\b(was chewing|chewing on|chewed on|sucking on|tuggade pa|tuggar pa|satt och tuggade)\b/, /\bembers\b/, /\bglod(en|bitar)? (foll|ramlade|kom ut)\b/,
    /\bstoppar (allt|det|saker) i munnen\b/, /\bkvavningsrisk\b/, /\b(svalde|svalja|svaljt)\b/,
    // a thing's contents in a child's mouth ("the gel leaked into my baby's mouth")
    /\b(into|in) (my|our|his|her|the) (baby'?s|child'?s|toddler'?s|son'?s|daughter'?s|kid'?s) mouth\b/,
    // a small part found in a child's mouth ("my 2 year old had the button battery in her mouth"), and plastic that
    // melts ("värmefläkten luktar smält plast")
    /\b(had|got|found|put|stuck)\b[^.!?]{0,40}\bin (her|his|their) mouth\b/, /\b(hade|fick|hittade|stoppade|stoppat)\b[^.!?]{0,40}\bi munnen\b/, /\b(smalt|smaltande|brand|brant) plast\b/, /\bmelting plastic\b/,

    // a reaction a doctor saw, or named as one ("the doctor says it's a reaction", "hon fick en allergisk reaktion")
    /\b(doctor|gp|nurse|pharmacist|dermatologist)\b[^.!?]{0,20}\b(says|said|thinks|thought|confirmed)\b/, /\b(lakaren|doktorn|vardcentralen|sjukskoterskan|apotekaren)\b[^.!?]{0,20}\b(sa|sager|tror|trodde|konstaterade)\b/,
    /\b(had|has|got|gets|having|it'?s|it is|was) (a|an) (allergic |skin |bad |nasty )?reaction\b/, /\b(fick|har fatt|fatt|far) (en )?(allergisk |kraftig |stark )?reaktion\b/,
    // a reaction of the skin or the eyes is a health problem, told in the words people use for it
    // (a thing that itches, "kliar ullen?", "is the wool itchy?", is a question about the thing)
    /\b(gav|ger|har gett) (mig|henne|honom|oss|barnet|min \w+) (\w+ )?(flackar|utslag|eksem|rodnad|blasor|klada|sveda|huvudvark)\b/, /\b(gave|gives|has given) (me|her|him|us|my \w+) (\w+ )?(patches|spots|a rash|rashes|blisters|redness|a headache|headaches)\b/,
    /\bblasor (pa|i|runt|kring) (munnen|ansiktet|huden|lapparna|hander|handerna|halsen)\b/, /\bblisters (on|around) (my |her |his |their )?(mouth|face|lips|skin|hands)\b/,
    /\bklada\b/, /\bkliande\b[^.!?]{0,20}\b(ogon|ogat|hud|huden|utslag)\b/, /\b(kliar|svider|sved) (i|pa) (ogonen|huden|hela|hander|ansiktet)\b/, /(?<!\b(for|nagon|personer|folk|barn) med )\beksem\b/, /(?<!\b(for|someone|people|anyone|kids|children|babies|skin) with )\beczema\b/, /\bitching\b/,
    /\b(made|makes|left) (me|my \w+) (so |really |very )?itch(y|ing)?\b/, /\b(skin|eyes?|scalp) (is|are|was|were|got|went|feels?|has been|have been|had been|became|is now) (so |really |very )?(itchy|irritated|red and)\b/, /\b(skin|eye) irritation\b/, /\b(gave|gives|has given|left) (me|her|him|us|my \w+) (a |an )?(burning|itchy|sore|swollen|blistered) (scalp|skin|eyes|face|hands|lips)\b/, /\bburning scalp\b/, /\bburning (eyes|skin)\b/,
  ],
  fraud: [
    // an order in the customer's history that is not theirs ("det ligger en order på 4000 kr i min orderhistorik som inte är min")
    /\b(order|ordrar|bestallning|bestallningar|kop)\w*\b[^.!?]{0,50}\bsom (inte|aldrig) (ar|var) (min|mitt|mina|vara)\b(?! (fel|stil|smak|sort|storlek|farg|grej|typ|favorit)\b)/, /\b(orders?|purchases?)\b[^.!?]{0,40}\b(that|which) (isn'?t|is not|aren'?t|are not|wasn'?t|weren'?t) (mine|ours)\b/,
    // a link followed and a card or a password given, told over two sentences ("… via en länk. Jag klickade och skrev in mitt kortnummer.")
    /\b(klickade|klickat|tryckte|tryckt|oppnade)\b[^?]{0,60}\b(skrev in|fyllde i|angav|lamnade|uppgav)\b[^.!?]{0,20}\b(bankkort|kortnummer|kortuppgifter|kontonummer|bankuppgifter|cvc)\w*/,
    /\b(clicked|tapped|opened)\b[^?]{0,60}\b(entered|typed in|gave|filled in|put in)\b[^.!?]{0,20}\b(card|card number|card details|bank details)\b/,
    /\bbedrageri\b/, /\bbedragare\b/, /\bidentitetsstold\b/, /\b(kapat|hackat|kapad|hackad)\b/, /\bi mitt namn\b/, /\b(ordered|bought|purchased|opened|made|placed|taken out|applied for|registered)\b[^.!?]{0,30}\bin my name\b/,
    // the shop's bank details said to have changed ('ett mejl om att ert bankgiro har ändrats'; the customer's own changed is no fraud)
    /\b(ert|erat|era|your) (bankgiro|plusgiro|bank details|bank account|kontonummer|bankkonto)\b[^.!?]{0,30}\b(har andrats|andrats|har bytts|changed|have changed|has changed)\b/,
    /\bfraud\b/, /(?<!\byour (instagram|facebook|tiktok|website|site|page|shop|store|email|e-mail)( account| page)? (has been|was|is|got|have been|seems to have been|might have been) )\bhacked\b/, /\bidentity theft\b/, /\b(orders?|purchases?|payments?) (that )?i (never|did not|didn't) (make|made|place|placed)\b/, /\b(didn't|did not|didnt) (buy|order)\b(?! (the|a|an|this|that) (\w+ )?(one|ones|size|colou?r|version|model)\b)/, /\bused my card\b/,
    /\bi (didn'?t|did not|never) (place|make|order|authori[sz]e) (these|those|this|that|the|any)\b(?! (\w+ )?(one|ones|size|colou?r|version|model)\b)/,
    // orders placed on the customer's account by someone else ("someone's placed orders on my account that i didnt make")
    /\bsomeone('s| has)? (placed|made) (orders?|purchases?) (on|with|using|through) my (account|card|details)\b/, /\b(orders?|purchases?)\b[^.!?]{0,30}\bthat i (never|did not|didn'?t|didnt) (make|made|place|placed)\b/, /\b(someone|somebody) (has )?(used|uses|use) my (account|card|details|name)\b/, /\bsomeone('s| has)? been using my (account|card|details|name)\b/,
    // a message that only looks like the shop's, asking for a card: "is that really you?"
    // someone else buying on the customer's card or account ("nu har någon handlat för 3000 kr på mitt kort")
    /\bnagon (har )?(handlat|kopt|bestallt|tagit ut pengar|dragit pengar)\b[^.!?]{0,30}\b(pa|med|fran) (mitt|mina) (kort|bankkort|konto|kortuppgifter)\b/,
    /\b(natfiske|phishing)\b/, /\b(skrev|angav|lamnade|fyllde) (in )?(mina )?kortuppgifter\b/,
    // a password or an address changed on the account by someone else ("fick ett mejl om att mitt lösenord
    // ändrats men det var inte jag", "someone changed my password")
    /\b(losenord|losenordet|mejladressen|e-?postadressen|adressen)\b[^.!?]{0,25}\b(andrats|har andrats|bytts|har bytts|andrades|byttes)\b[^.!?]{0,20}\b(men )?(det var inte jag|inte av mig|utan att jag)\b/, /\b(nagon|nan) (annan )?har (andrat|bytt) (mitt|min) (losenord|mejladress|e-?postadress)\b/,
    /\b(password|email address|e-mail address)\b[^.!?]{0,25}\b(was|has been|got) (changed|reset)\b[^.!?]{0,20}\b(it wasn'?t me|not by me|i didn'?t|i did not|without me)\b/, /\b(someone|somebody) (has )?(changed|reset) my (password|email address|e-mail address)\b/,
    // a mail or a text that asks for a card or a bank's details ("ett mejl där jag ska fylla i mitt bankkort")
    /\b(mejl|mail|sms|meddelande)\b[^.!?]{0,100}\b(fylla i|fyller i|fyllde i|fyllt i|ange|anger|angav|uppge|uppger|uppgav|skriva in|skriver in|skrev in|lamna|lamnar|lamnade)\b[^.!?]{0,20}\b(bankkort|kortnummer|kortuppgifter|kontonummer|bankuppgifter|bank-?id)\b/,
    /\b(e-?mail|text|message)\b[^.!?]{0,40}\b(enter|fill in|give|provide|type in)\b[^.!?]{0,20}\b(card|bank|account) (details|number)\b/, /\b(confirm|enter|update|verify) (my|your) (card|bank|payment) (details|number)\b/,
    /\bis (that|this|it) really (you|from you)\b/,
    // a message in the shop's name ("fick nedanstående mejl i ert namn"), asking to confirm a card
    // ("verifiera dina kortuppgifter här"), or a card given through a link it sent
    /\b(mejl|mail|sms|meddelande|brev|samtal)\w* i ert namn\b/, /\b(bekrafta|verifiera|uppdatera|ange) (dina|era) (kortuppgifter|bankuppgifter|kortnummer)\b/,
    /\b(lanken|en lank)\b[^.!?]{0,40}\b(fyllde|fyllt|skrev|angav) (i |in )?(kortet|kortnumret|mina kortuppgifter|mitt kort|mitt kortnummer)\b/,
    // "någon har använt mitt kort", a mail "som ser ut att vara från er" (as "looks to be from you")
    /\bnagon har (anvant|tagit|stulit|kommit at) (mitt|mina|min) (kort|kontokort|kortuppgifter|konto|kundkonto|uppgifter)\b/,
    // the account taken over: "nån har bytt lösenordet på mitt konto", "someone changed my password"; orders "… inte jag"
    /\b(nagon|nan)( annan)? har (bytt|andrat) (losenordet|losenord|mitt losenord|mejladressen|e-?postadressen) pa mitt (konto|kundkonto)\b/, /\bsomeone (has )?changed (my|the) (password|email|e-mail|email address|e-mail address|address|phone number) (on|of|for) my account\b/,
    /\b(bestallt|bestallde|handlat|handlade|kopt|kopte) [^.!?]{0,30}, inte (jag|av mig)\b/, /\b(ser ut|verkar|utger sig) (att )?(vara |komma )?fran er\b(?! (butik|butiken|lager|lagret|hemsida|webbshop))/,
    // asked of a message about a fee, a payment or a link ("… pay a small fee on a website. Was this you?")
    /\b(fee|pay|link|card|website|verify|click)\b[^?]{0,80}\b(was|is) (this|that|it) (really )?(you|from you)\s*\?/, /\b(avgift|avgiften|betala|lank|lanken|kortuppgifter|verifiera|klicka)\b[^?]{0,80}\b(ar|var) (det|detta|den) (verkligen )?(ni|fran er|akta|pa riktigt)\s*\?/,
    // … or whether it is genuine ("… logga in via en länk, är det äkta?", "… confirm through a link. Is this genuine?")
    /\b(fee|pay|link|card|details|prize)\b[^?]{0,80}\b(is|was) (this|that|it) (really )?(real|genuine|legit|legitimate)\s*\?/, /\b(ar det|kommer (det|sms:et|smset|mejlet|mailet)) verkligen (ni|fran er)\b/, /\bser ut att komma fran er\b/,
    // a mail or a text in the shop's name ("från 'er'") that asks the customer to log in or pay through a link, "stämmer det?"
    /\b(fran|from) ["'“”‘’](er|you|your)( \w+)?["'“”‘’]/, /\b(samtal|ringde|ringt|sms|mejl|brev)\b[^?]{0,120}\b(var|ar) det (verkligen )?ni\s*\?/, /\b(logga in|betala|uppdatera|verifiera|bekrafta)\b[^.!?]{0,30}\b(via|genom|pa) (en|denna|den har) lank\b[^?]{0,40}\b(stammer det|ar det (pa riktigt|akta|sant|ni))\b/,
    /\b(log in|sign in|pay|update|verify|confirm)\b[^.!?]{0,30}\b(via|through|with|using|on) (a|this|the) link\b[^?]{0,40}\b(is (this|that|it) (real|legit|legitimate|genuine|true)|was (this|that|it) you)\b/, /\b(looks|appears) to (be|come) from you\b/,
    // a link in a text or a mail asked about: "betala 29 kr via en länk, är det från er?"; a customs fee by a link
    /\b(lank|lanken)\b[^?]{0,60}\b(ar|var) (det|detta|den|sms:?et|smset|mejlet|mailet|meddelandet) (verkligen )?fran er\b/, /\blink\b[^?]{0,60}\b(is|was) (this|that|it) (really )?from you\b/,
    /\b(tullen|tullavgift|tullavgiften|customs fee|customs charge)\b[^.!?]{0,60}\b(lank|link)\b/,
    // a fee paid through a link a text sent ("… pay 19 kr through a link. I did and now my bank says …"), the bank's alarm
    /\b(text|sms|e-?mail|mejl|mail|message|meddelande)\b[^.!?]{0,60}\b(pay|paid|betala|betalade)\b[^.!?]{0,20}\b(through|via|using|genom) (a|the|en) (link|lank)\b/, /\b(my bank|banken)\b[^.!?]{0,20}\b(says|said|sager|sa)\b[^.!?]{0,30}\b(tried|trying|forsokt|forsokte|fraud|bedrageri|blocked|sparrat|sparrade)\b/,
    // a caller or a sender asking for bank codes or a card ("ville ha hennes bankkoder"), a name used by someone else
    /\b(ville ha|bad om|fragade efter|fragar efter|ber om) (mitt|min|mina|hennes|hans|vara|dina|sina|era) (bankkoder|koder|pinkod|bank-?id|kortnummer|kortuppgifter|bankuppgifter|kontonummer)\b/,
    /\b(asked|asking|asks) (me |her |him |us )?for (my|her|his|our) (card number|card details|bank details|bank codes|pin|pin code|bankid)\b/,
    /\b(anvant|anvande|anvander) (mitt|hennes|hans|vart) (namn|personnummer)\b/, /\bused my (name|identity|personal number)\b/,
    // someone passing for the shop, on the phone or with a website in its name
    // a call that claimed something of the shop ("någon har ringt min mormor och sagt att hon har en skuld hos er")
    /\b(nagon|nan) (har )?(ringt|ringde)\b[^.!?]{0,30}\b(och )?(sagt|sa|pastatt|pastod|hotat|hotade)\b/, /\bsomeone (has )?(called|phoned|rang)\b[^.!?]{0,30}\b(and )?(said|claimed|told|threatened)\b/,
    // a caller who wanted an app installed (remote access), "that wasn't you, was it?"
    /\b(asked|asking|told|wanted|wants) (me|her|him|us|my \w+) to (install|download) (an|a|the|their) (app|program|programme)\b/, /\b(bad|ville att|ber) (mig|henne|honom|oss) (att )?(installera|ladda ner) (en|ett) (app|program)\b/, /\b(wasn'?t|was not) (really )?(you|from you),? was it\b/,
    /\b(pretend(ing|ed|s)?|claim(ing|ed|s)?) to be (from )?(you|your)\b/, /\b(saying|said|claimed|claiming) (he|she|they) (was|were|is|are|came) from (you|your)\b/, /\b(sa|pastod|sager|pastar) (att )?(han|hon|de|dom) (var|ar|kom|kommer) fran er\b/, /\b(utgav|utger|pastod|pastar) sig (for att )?(vara|komma) (fran )?(er|ni)\b/,
    /\b(website|site|page|shop|store) (using|with|that uses|in) your (name|logo|brand)\b/, /\b(sida|hemsida|webbplats|webbsida|butik) (som anvander|med) ert (namn|logga|logo|varumarke)\b/,
    // a card given where a text or a mail in the shop's name asked ("I clicked the link in a text that said it was
    // from you and typed in my card details"), a payment the customer never made, an account someone else logged in to
    /\b(said|says|claimed|claiming) (it was|it's|to be) from you\b/, /\b(typed|entered|put|filled|gave)( in)? my (card|bank|payment) (details|number)\b/, /\b(payment|charge|purchase|debit)s? (of [^.!?]{1,20})?(that )?i (never|did not|didn'?t) (make|made|authori[sz]e|authori[sz]ed)\b/,
    /\b(nagon|nan)( annan)? har (loggat in|tagit sig in|varit inne) (pa|i) mitt (konto|kundkonto)\b/, /\bsomeone (has )?(logged in(to)?|got into|broken into|accessed) my account\b/,
    // an advert in the shop's name paid in advance and nothing come ("en annons på Blocket med era bilder …"); a
    // login through a mail's link, and the password changed since
    /\b(annons|annonser|annonsen)\b[^.!?]{0,40}\b(era bilder|ert namn|er logga|era foton)\b/, /\b(advert|advertisement|ad|listing)\b[^.!?]{0,40}\b(your (photos|pictures|name|logo))\b/, /\b(betalat|betalade|betalt)\b[^.!?]{0,30}\b(och )?(fatt|fick) (inget|ingenting|inga varor)\b/, /\bpaid\b[^.!?]{0,30}\b(and )?(got|received) nothing\b/,
    /\b(nu har|sedan dess har|efter det har|och nu har) (mitt losenord|losenordet|mitt konto)\b[^.!?]{0,20}\b(andrats|bytts|andrat|bytt)\b/, /\b(now|since then|and now) my password (has been|was|got|is) changed\b/,
    // a card used by someone else, purchases not recognised ("mitt kort har använts på er sida av någon annan")
    /\b(mitt kort|mitt bankkort|my card|my bank card)\b[^.!?]{0,15}\b(har anvants|anvants|has been used|was used|been used)\b[^.!?]{0,40}\b(nagon annan|nan annan|someone else|somebody else|by someone)\b/, /\bkop (som )?jag inte (kanner igen|har gjort|gjort)\b/, /\b(purchases|charges|payments|orders|transactions) (that )?i (don'?t|do not) recogni[sz]e\b/,
    // an account opened in one's name or with one's address, and orders on it not made
    /\b(nagon|nan) har (oppnat|skapat|registrerat) (ett )?(kund)?konto\b/, /\bsomeone (has )?(opened|created|registered|set up) an account\b/, /\b(saker|varor|ordrar|bestallningar) (som )?jag (inte|aldrig) (har )?(kopt|bestallt|gjort)\b/,
    // someone ordering in one's name now, a text calling itself the shop ("someone is using my name and address to order")
    /\bsomeone is using my (name|address|details|card|account|identity)\b/, /\b(calling|calls|called) (itself|themselves|himself|herself) (your|you|the shop)\b/, /\b(kallade|kallar|kallat) sig (for )?(er|ert|butiken|er butik)\b/,
    /\bscam(med|mer|mers)?\b/, /\bfake (site|website|shop|web shop)\b/, /\b(bluff|bluffad|bluffsida|blivit lurad)\b/, /(?<!\b(kanner|kande|kant) mig )\blurad\b/, /\bfalsk (sida|hemsida|webbshop|butik)\b/,
  ],
};
