/**
 * A service of the shop's own hands asked about, not a thing it sold: a mending or an alteration,
 * a thing made from the customer's own material, a reminder asked again before a booked time. No
 * template answers these; a mending's fault words are the job, no fault of a thing the shop sold
 * (ruleKinds.ts). Patterns over the folded text (å→a, ö→o), in Swedish and English; part of
 * noTemplateCues.ts.
 */
export type ShopServiceCueId = 'mendingAsked' | 'serviceAsked';

export const SHOP_SERVICE_PATTERNS: Record<ShopServiceCueId, RegExp[]> = {
  // a mending or an alteration asked of a tailor's or a repair shop, for a thing named with "a"
  // ("kan ni korta ett par jeans?", "kan ni laga ett hål i en jacka?"), or whether they collect
  // worn things: its fault's words are the job, no fault of a thing the shop sold (ruleKinds.ts)
  mendingAsked: [
    /^\W*((hej|hi|hello)\W+)?(kan ni|gar det att|gor ni|can you|do you) (laga|korta|forlanga|sy (in|om|i|upp)|lagga upp|ta in|byta (ett |en )?(blixtlas|dragkedja|foder|skarm|skarmen|batteri|batteriet|glas|glaset|sula|klack|las)|repair|fix|shorten|hem|take in|let out|alter|mend|patch|service|clean|sharpen|wash|tune|replace (the |a )?(screen|battery|glass|sole|zip|lock))\b[^.!?]{0,40}\b(ett|en|ett par|nagra|a|an|some|a pair of)\b[^.!]{0,60}\??\W*$/,
    // what a mending costs ("hur mycket kostar det att byta sula på vandringskängor?")
    /^\W*((hej|hi|hello)\W+)?(hur mycket|vad) kostar det att (?!(skicka|frakta|leverera|returnera|byta (storlek|till))\b)[a-z]+( (in|om|upp))? (en|ett|ett par|nagra|tva|tre)\b/, /^\W*((hej|hi|hello)\W+)?vad tar ni (betalt )?for (att|en|ett)\b/,
    // (for ten things or more, an offer: "vad kostar det att trycka vår logga på 150 tygkassar?", requestCues.ts)
    /^(?![^.!?]*\b[1-9]\d{1,3} (?!(kr|sek|kronor|cm|mm|m|meter|kvm|km|mil|ar|dagar|veckor|minuter|timmar)\b)[a-z])\W*((hej|hi|hello)\W+)?(hur mycket|vad) kostar det att (byta|laga|sula om|klacka om|korta|serva|rama in|slipa|skarpa|kopiera|gravera|trycka)\b/, /^\W*((hi|hello)\W+)?(how much|what) (does it|would it|do you charge to) (cost to )?(replace|repair|fix|resole|shorten|service|frame|sharpen|copy|engrave|print)\b/,
    /^\W*((hej|hi|hello)\W+)?(har ni|finns det|tar ni emot) (en |ett |nagon |nagot )?(insamling|atervinning|inlamning)\w*\b/,
    // or packaging taken back for reuse ("shops that accept returns of packaging", "tar ni emot tomma burkar?")
    /\b(returns?|take ?back|accept|recycl\w*|reuse) (of )?(the |your |empty |used |old )?(packaging|boxes|jars|bottles|hangers|cartons)\b/, /\b(tar ni emot|ta emot|tar emot) (tomma |gamla |begagnade |era )?(forpackningar|kartonger|burkar|flaskor|galgar)\b/,
    // packaging brought back to be recycled ("can I bring back the packaging for you to recycle?"; no return of a thing)
    /\b(bring|take|hand) (back )?(the |your |my )?(packaging|boxes|cardboard|pallets|hangers)\b[^.!?]{0,25}\brecycl/,
    // a service of the shop's hands asked anywhere in the text ("… Do you do conservation framing?")
    /\bdo you (do|offer) (\w+ )?(framing|alterations|repairs|engraving|upholstery|resoling|key cutting|restoration)\b/, /\b(gor|erbjuder) ni (\w+ )?(inramning|omkladsel|omkladslar|lagningar|gravyr|gravering|renovering)\b/,
  ],
  // a service asked of the shop that no mending is: clothes altered when bought there ("kan ni sy upp
  // byxor om man köper dom hos er?"), a thing made from the customer's own material ("can I send you
  // my own fabric and have you make cushion covers?"), a reminder asked again before a booked time
  serviceAsked: [
    /\b(kan ni|gor ni|can you|do you) (sy upp|korta|lagga upp|take up|shorten|hem|alter) (\w+ ){0,2}(byxor|byxorna|kjolar|kjolen|klanningar|klanningen|jeans|jeansen|armar|armarna|armarna pa \w+|trousers|pants|dresses|skirts|sleeves)\b/,
    /\b(my|our) own (fabric|material|wool|leather|yarn)\b[^.!?]{0,60}\b(make|sew|use|upholster|cover)\b/, /\b(make|sew|upholster)\b[^.!?]{0,40}\b(from|with|out of|in) (my|our) own (fabric|material|wool|leather|yarn)\b/,
    /\b(mitt|vart) eget (tyg|material|garn|lader)\b/, /\b(mina|vara) egna (tyger|material)\b/,
    /\b(kan ni|could you|can you|please) (skicka (en )?(ny )?paminnelse|paminna mig|remind me)( igen| again)? (dagen innan|kvallen innan|the day before|the night before|a day before)\b/,
  ],
};
