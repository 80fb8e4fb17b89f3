/**
 * A note that closes or opens nothing: a greeting and nothing else, an opt-out word answering a notice, a thank-you, someone told glad
 * of what came or of advice that worked, a reminder thanked for, a matter told as settled. Patterns
 * over the folded text (å→a, ö→o), in Swedish and English; part of noTemplateCues.ts, and
 * ruleKinds.ts says how surely each counts (a bare thank-you lightly: it often opens a fault).
 */

export type ClosingNoteCueId = 'ratingGiven' | 'offerDeclined' | 'greetingOnly' | 'optOutWord' | 'praise' | 'pleasedTold' | 'resolvedTold' | 'sentByMistake';

/** Words that make a short note more than a thank-you ("men", "however"): something is still wrong. */
const BUT_WORDS = ['inte', 'not', 'men', 'but', 'dock', 'however'];
const THANKS = '(tack|thanks|thank you|cheers)';
/** Money told come ("pengarna har kommit", "the refund's gone through", "refund's in"). */
const MONEY_CAME = "(pengarna|aterbetalningen|refund|the refund|the money)('s| has| have| is)? (har |ar )?(kommit|kommit in|arrived|come through|gone through|landed|in)";
/**
 * What a thing is told to do well ("pianot låter underbart", "the lamp looks lovely"): praise, no
 * fault (cues.ts thingTold does not read such a thing as told of a fault).
 */
export const DOES_WELL = '(later|funkar|fungerar|ser ut|lyser|sitter|sounds|works|looks|fits) (helt |verkligen |alldeles |sa |jatte |so |really |absolutely |just )?(underbart|fantastiskt|toppen|perfekt|fint|bra|utmarkt|jattefint|jattebra|superbra|som ny|wonderful|amazing|perfect|great|lovely|brilliant|fantastic|fine|like new|good|beautiful|beautifully|perfectly|vackert|harligt)';
/** Besides the "but" words, what tells money only partly come ("only half", "still waiting for the rest"). */
const MONEY_CAME_BUT = ['only', 'bara', 'still', 'fortfarande'];

/**
 * A short note (at most 300 characters, nothing asked, no "but") that says each of `parts` in
 * order, as whole words: someone told glad of a thing, which a long mail only mentions on its way.
 */
function shortNoteWith(parts: string[], alsoBut: string[] = []): RegExp {
  const but = [...BUT_WORDS, ...alsoBut].join('|');
  return new RegExp(`^(?=[\\s\\S]{0,300}$)(?![^?]*\\b(${but})\\b)${parts.map((part) => `[^?]*\\b${part}\\b`).join('')}[^?]*$`);
}

export const CLOSING_NOTE_PATTERNS: Record<ClosingNoteCueId, RegExp[]> = {
  // a thank-you with nothing to solve: no template fits
  // a greeting and nothing else ("god morgon", "hej!"): the case is still to come
  // a good rating, the answer to the shop's "how did we do, 1 to 5?" ("4 av 5, snabb leverans!", "Betyg 5!", "10/10", "5")
  // (a low one is left to the words after it: "Betyg 1. Paketet låg i en vattenpöl" tells what went wrong)
  ratingGiven: [
    /^\W*(betyg|rating|score|omdome)?:? ?([3-5] ?(\/|av|of|out of) ?5|([6-9]|10) ?(\/|av|of|out of) ?10)\b/, /^\W*(betyg|rating|score):? ?([3-9]|10)\b/, /^\W*([3-9]|10)\W*$/,
    // or in words, the answer to a survey by e-mail ("Svar på er enkät: allt var toppen, fem stjärnor från mig!")
    shortNoteWith(['((fem|fyra|[45]) stjarnor|(five|four|[45]) stars)']),
  ],
  // a new time or another offer of the shop's declined ("Nej tack, behöver ingen ny tid just nu", "I'll skip rebooking for now")
  offerDeclined: [/\b(behover|vill ha|onskar) (ingen|inte nagon) ny tid\b/, /\b(nej tack|no thanks|no thank you)\b[^?]{0,30}\b(ny tid|new (time|appointment|date)|boka om|rebook\w*)\b/, /\bskip (the )?rebooking\b/, /\b(don'?t|do not) need (a )?new (time|appointment|date)\b/],
  greetingOnly: [
    /^\W*(hej|hejsan|hallo|halla|halloj|tjena|tja|god ?(morgon|dag|kvall|eftermiddag|middag)|hello|hi|hey|hiya|good (morning|afternoon|evening))( (there|allihopa|alla))?\W*$/,
    // or a pleasantry that ends the text, nothing asked ("vilket väder idag va, hoppas ni har det varmt i butiken")
    /^[^?]*\bhoppas (ni|du) har (det|en) (bra|fin|fint|varmt|skont|mysigt|lugn|lugnt|trevlig|trevligt)( [a-z ]{0,20})?\W*$/, /^[^?]*\bhope (you'?re|you are) (keeping )?(warm|well|dry|cosy|cozy)( [a-z ]{0,20})?\W*$/,
  ],
  // an opt-out word and nothing else, the answer to an SMS notice ("STOPP", "Avsluta"): the notices end; data
  // to erase is asked in more words ("Stop texting me and erase whatever you hold on me")
  optOutWord: [/^\W*(stop|stopp|avsluta|avregistrera|unsubscribe|sluta)( mig| me)?( tack| please| thanks)?\W*$/],
  praise: [
    // a bare thanks for the help, and nothing after it ("tusen tack för hjälpen med returen igår!")
    /^\W*(hej,? )?(tusen |stort |varmt |sa )?tack (sa mycket )?for (hjalpen|svaret|all hjalp)( med [^.!?]{0,30})?( igar| idag| i gar| i dag)?[!. ]*$/,
    /^\W*(thanks|thank you)( so much| very much)? for (the|your|all the) (help|reply|answer)( with [^.!?]{0,30})?( yesterday| today)?[!. ]*$/,
    /\b(ville|vill) bara (saga|tacka|beratta)\b/, /\bjust (wanted|want) to (say|thank|let you know)\b/,
    /\b(vill|ville|skulle vilja) (passa pa att )?tacka\b/, /\b(i|we)( want| wanted| would like|'d like) to (say (a )?(big |huge |special )?)?thank\b/, /\bkeep up the good work\b/, /\bkeep it up\b/, /\bfortsatt (sa|sa har)\b(?![^.!?]*\?)/,
    /\b(i|we)( want| wanted| would like|'d like) to (compliment|praise|commend)\b/,
    // thanks to someone who works there, to be passed on ("a big thank you to Jenny … please pass it on")
    /\b(a )?(big|huge|special|warm|massive) thank you to\b/, /\bplease pass (it|this|that|my thanks|our thanks) on\b/, /\b(ett )?(stort|varmt|sarskilt) tack till\b/, /\b(framfor|frambar) (mitt|vart) tack\b/, /\b(vill|ville|skulle vilja) (ge|rikta) (berom|en eloge|ett stort tack)\b/, /\b(varldens|sveriges) basta\b/,
    // "tack för idag, supernöjd med klippningen!"
    /^\W*tack for idag\b/, /\b(super|jatte|valdigt|sa) ?nojd med\b/,
    // thanks returned for the shop's own, nothing asked ("Tack själva för snabb bekräftelse!")
    /^\W*(hej,? )?tack sjalva\b[^?]*$/,
    // a notice acknowledged and nothing else ("Mottaget, tack!", "noted, thanks")
    /^\W*(mottaget|uppfattat|noterat|received|noted|got it|understood)([,!. ]+(tack|thanks|thank you|cheers)( sa mycket| so much)?)?[!. ]*$/,
    // a good word to be passed to the one who came ("Hälsa chauffören att han var jättetrevlig", "tell the driver she was lovely")
    /^[^?]*\bhalsa (till )?[a-z]+ att (han|hon|hen|de|dom) (var|ar) (jatte|sa |valdigt |super|otroligt )?(trevlig|trevliga|snall|snalla|gullig|hjalpsam|hjalpsamma|proffsig|grym)\b[^?]*$/,
    /^[^?]*\b(tell|let) (the|your) (driver|courier|delivery (driver|guy|man|woman|person)|postman|assistant|staff|team) (that )?(he|she|they) (was|were) (so |very |really |super )?(nice|kind|lovely|helpful|great|friendly|brilliant)\b[^?]*$/,
    /\b(ni ar|you are|you're) (bast|fantastiska|the best|amazing|wonderful)\b/, /\b(alskade|alskar) (den|det|dem|dom)\b/, /\b(loved|loves|love) (it|them)\b/,
    /^[^?]*\b(allt|alla|everything|all)\b[^.!?]{0,10}\b(levererat|levererad|levererade|pa plats|delivered|installed|monterat|monterade)\b[^?]*\b(tack|thanks|thank you)\b[^?]*$/,
    /\btack for (snabb|bra|fin|all) (hjalp|service|leverans)\b/, /^[^?]*\b(allt|everything|it all|all of it) (kom|arrived|came) (fram )?(safe|safely|fine|well|in one piece|intact|helt|bra|fint|i gott skick)\b[^?]*$/, /\btack for (den|det|de|dom) (fina|fantastiska|vackra|harliga|goda|jattefina|underbara|snygga) \w+/, /\bthank(s| you) for the (beautiful|lovely|wonderful|gorgeous|delicious|fantastic) \w+/, /\bthanks? (you )?for (the |your )?(quick|great|fast|kind) (help|service)\b/,
    // "tack så mycket!" and nothing after it ("tack så mycket! när kommer paketet?" has a case)
    // a sign-off with nothing asked ("thanks, that was all for today!", "tack, det var allt för idag")
    /^\W*((hej,? )?(tack|thanks|thank you)( sa mycket| so much)?[,!. ]+)?(det var allt|det var det|that was all|that's all|thats all|that is all|inget mer|nothing more)( for (idag|i dag|nu|den har gangen|now|today|this time))?[!. ]*$/,
    // a closing word in a later turn, the answer taken or the matter left for now ("ja det låter bra,
    // vi gör så", "toppen, då är jag nöjd. ha en fin dag!", "okej, jag tänker på saken och återkommer")
    /^\W*((ja|ok|okej|bra|toppen|perfekt|hm|hmm|ah|aha)\W+)*(det later (bra|toppen|perfekt)|(da )?gor vi sa|vi gor sa|da ar jag nojd|sounds good|let'?s do that)\b[^?]*$/,
    // or a plan agreed, the next step the shop's ("perfekt, då väntar jag på mejlet från er", "Toppen, då väntar jag på paketet", "Super, då ses vi på torsdag",
    // "Yes that time is fine, speak then", "Ok, jag finns tillgänglig då", "kanon, då kommer jag förbi efter lunch på lördag och hämtar",
    // "bra, jag är hemma hela lördagen så det passar fint")
    /^\W*((ja|jo|japp|yes|yep|yeah|ok|okej|okay|bra|toppen|perfekt|super|kanon|utmarkt|great|perfect|lovely)\W+)*(da )?(vantar jag pa (mejlet|svaret|beskedet|samtalet|er|paketet|leveransen|ersattningen|pengarna)|ses vi|hors vi|talas vi vid|i'?ll wait for (your|the) (email|reply|call)|see you (then|on \w+)|(that|the) time (is|works|suits)( fine| great| good)?|speak (to you )?then|talk (to you )?then|jag finns (tillganglig|antraffbar|pa plats)( da)?|(kommer|tittar|svanger|hoppar|akar) jag (forbi|in|dit|over)|i'?ll (come|pop|drop|swing) (by|in|over|round)|i'?ll be (available|around|in|home)( then)?|(jag|vi) ar hemma\b[^?]{0,30}\bsa (det|den tiden|den dagen) passar (fint|bra|perfekt|utmarkt|toppen)|i'?m (home|in)\b[^?]{0,30}\bso (that|it) (works|suits)( fine| great| well)?|vet jag(?! inte)|then i know|good to know)\b[^?]*$/,
    /^[^?]*\b(ha en (fin|bra|trevlig|skon) (dag|kvall|helg)|ha det (sa )?(bra|fint|gott)|trevlig (dag|kvall|helg)|have a (nice|good|great|lovely) (day|evening|weekend|one))\W*$/,
    // a kind thing the shop did, told and thanked for, nothing asked ("Vad trevligt att ni skickade ett vykort med paketet, tack!")
    /^[^?]*\b(vad|sa|sa himla|sa otroligt) (trevligt|fint|gulligt|omtanksamt|snallt) (att ni|av er|med)\b[^?]*$/, /^[^?]*\b(how|so) (nice|lovely|sweet|kind|thoughtful) (of you|that you)\b[^?]*$/,
    /^\W*((nej|ok|okej|bra)\W+)*(det var inget mer|inget mer)\b[^?]*$/, /^[^?]*\b(jag|vi) (tanker pa saken|funderar pa saken|funderar lite)( och aterkommer)?\W*$/,
    // a thanks that ends a text telling a thing works again ("… it worked now after I restarted it,
    // thanks so much!"), or an answer taken ("okej toppen, tack!"); not any text ending in "tack"
    // ("smsa när den lämnat er, tack" asks for a text)
    /^[^?]*\b(works|worked|working|funkar|fungerar|funkade|fungerade)\b[^?]*[,.!] (tack|thanks|thank you)( sa mycket| so much| very much| a lot)?[!. ]*$/,
    // (British "sorted, ta very much", "lovely, cheers": "ta" is thanks only in a line this short)
    /^\W*(ok|okej|okay|aha|toppen|perfekt|super|great|perfect|fint|bra|sorted|lovely|brill|brilliant|grand|sound|cool)([,!. ]+(toppen|perfekt|super|great|perfect|fint|bra|cool))?[,!. ]+(tack|thanks|thank you|cheers|ta)( sa mycket| so much| very much| a lot)?[!. ]*$/,
    /^\W*(hej,? )?tack (sa )?(jatte|valdigt |hemskt |otroligt )?mycket( for [^.!?]{0,40})?[!. ]*$/, /^\W*(thanks|thank you) (so|very) much( for [^.!?]{0,40})?[!. ]*$/,
    // the answer to a price or a plan sent by SMS, taken ("JA, kör på reparationen", "yes please go ahead with the repair")
    /^\W*((ja|jo|yes|ok|okej|okay|sure)\W+)*(please )?(kor pa|kor|go ahead|gor det|do it)( (med|with) [^.!?]{0,40})?[!. ]*$/,
  ],
  // someone told glad of what came, or of advice that worked, and thanked, nothing asked and no "but"
  // (or a reminder thanked for, the booked time kept)
  // ("Blommorna kom fram, mamma blev jätteglad. Tack!"): unlike a bare thank-you, which often opens a
  // fault, the thing told is no fault. Each only in a text of at most 300 characters: such a note is
  // short, and in a long mail the same words are a detail of a case
  pleasedTold: [
    // a call that settled it, thanked ("Tack för samtalet, nu fungerar diskmaskinen", "the call sorted it, thanks")
    shortNoteWith(['(tack for samtalet|thanks for the call|thank you for the call|(the|your) call (sorted|fixed|solved|helped)|samtalet (loste|hjalpte|ordnade))']),
    // money told come, thanked, in either order ("Tack, pengarna har kommit", "Refund's arrived, cheers")
    shortNoteWith([MONEY_CAME, THANKS], MONEY_CAME_BUT), shortNoteWith([THANKS, MONEY_CAME], MONEY_CAME_BUT),
    // the parcel looked forward to, or a paper sent that was just what was needed ("ser fram emot paketet!",
    // "Tack för kvittokopian, precis vad jag behövde till försäkringsbolaget")
    shortNoteWith(['(ser fram emot|looking forward to|look forward to) (paketet|leveransen|att fa (den|det|dem|dom|paketet)|it|the parcel|the delivery|receiving it|getting it)']),
    shortNoteWith([THANKS, '(precis (vad|det) (jag|vi) behovde|just what (i|we) needed|exactly what (i|we) needed)']),
    // a reminder thanked for, with what is already done ("Tack för påminnelsen om servicen, bilen är redan inlämnad")
    // (not one that moves or calls off the time: "Tack för påminnelsen, jag behöver tyvärr flytta min tid")
    shortNoteWith(['(tack|thanks|thank you)( sa mycket| so much)? for (paminnelsen|the reminder)'], ['tyvarr', 'unfortunately', 'flytta', 'boka om', 'avboka', 'move', 'reschedule', 'cancel', 'behover', 'need']),
    // a tip that worked, thanked ("tack för tipset om skötselråden. Det fungerade utmärkt, fläcken gick bort")
    shortNoteWith([THANKS, '(fungerade|funkade|worked) (utmarkt|perfekt|fint|jattebra|bra|great|perfectly|a treat|like a charm)']),
    shortNoteWith(['(blev (jatte|sa |valdigt |sa himla )?(glad|glada|gladd|nojd|nojda)|(was|were) (so |very |really )?(happy|pleased|delighted|thrilled)|loved (it|them))', THANKS]),
    // a thing told to do well after a job or a delivery ("Pianot låter underbart efter stämningen")
    shortNoteWith([DOES_WELL]),
    // a thing told come whole, a replacement most often ("tack, den nya koppen kom hel och fin!", "the new one arrived in one piece")
    shortNoteWith(['(kom (fram )?(hel|helt|hela|oskadd|oskadad|oskadat|oskadade)( och (fin|fint|fina))?|(arrived|came) (safe and sound|in one piece|intact|undamaged|without a scratch))']),
    // a reminder thanked for and nothing else, or the time said kept ("Tack för påminnelsen. Jag kommer", "thanks for the reminder, see you then")
    /^\W*(ok\W+|okej\W+|bra\W+)?(tack|thanks|thank you|cheers)( sa mycket| so much)? for (paminnelsen|paminnelse|the reminder|the reminder text)([,!. ]+((jag|vi) kommer( som planerat| dit)?|(i'?ll|we'?ll|i will|we will) be there|see you (then|there|tomorrow|on \w+)|(vi )?ses (da|dar|imorgon|i morgon|pa \w+)))?[!. ]*$/,
  ],
  // a matter told as settled ("allt löste sig", "it all worked out"): a thank-you beside it closes
  // the case it names ("… när ni ringde om min reklamation. Allt löste sig.")
  resolvedTold: [
    /\b(allt|det|problemet|saken) (har )?(loste|lost|ordnade|ordnat) sig\b(?! inte)/, /\b(allt|det|problemet|saken) (ar|blev) (lost|ordnat|ordnad)\b(?! an)/,
    /\b(it all|everything|it) (worked out|got sorted|was sorted|is sorted)\b/, /\bproblem solved\b/,
    // a thing that works again ("it worked now after I restarted it", "nu funkar den igen")
    /\b(it|that|this) (works|worked|is working) (now|again|fine now)\b/, /\b(det|den|allt) (funkar|fungerar|funkade|fungerade) (nu|igen)\b(?! inte)/, /\bnu (funkar|fungerar) (det|den|allt)\b(?! inte)/,
  ],
  // a message sent by mistake and taken back, nothing else ("Oops, replied to the wrong email, please ignore
  // this one!", "bortse från mitt förra mejl"): a correction with more in it is read for what follows
  sentByMistake: [
    /^[^?]{0,80}\b(please )?(ignore|disregard) (this|this one|this email|this message|that|my (last|previous|earlier) (email|message|mail))\W*$/,
    /^[^?]{0,80}\b(bortse fran|ignorera|strunta i) (detta|det har|det|mitt (forra|senaste|forsta) (mejl|meddelande|mail|sms))\W*$/,
  ],
};
