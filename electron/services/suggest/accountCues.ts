/**
 * The customer's account as a thing to use, not a way in and not data to erase: details changed
 * on it, a second contact or address saved, two accounts merged or one shared, where the order
 * history or the customer number is, what it remembers, whether one is needed at all. No template
 * answers these; a login that fails is a password's, data erased or asked about a privacy request.
 * Patterns over the folded text (å→a, ö→o), in Swedish and English; part of noTemplateCues.ts.
 */

/** Where on the site a detail is kept: the account, the profile, "mina sidor" (folded). */
const ON_THE_ACCOUNT = '(konto|kontot|kundkonto|kundkontot|profil|profilen|mina sidor)';

export type AccountCueId = 'accountDetails' | 'accountUse';

export const ACCOUNT_PATTERNS: Record<AccountCueId, RegExp[]> = {
  // the customer's own details on the account, not a way in: "byta adress på mitt kundkonto" (the
  // e-mail address they log in with is an account matter, so it stays with the password template)
  accountDetails: [
    new RegExp(String.raw`\b(byta|andra|uppdatera) (min |mitt |mina )?(adress|adressen|hemadress|postadress|leveransadress|leveransadressen|namn|namnet|efternamn|efternamnet|telefonnummer|telefonnumret|mobilnummer|mobilnumret)\b.{0,30}\b${ON_THE_ACCOUNT}\b`),
    /\b(change|update) (my|the) (address|home address|delivery address|billing address|invoice address|name|surname|phone number|mobile number)\b.{0,30}\b(account|profile|customer profile)\b/,
    // or a new one told, to be put there ("jag har ny adress nu, kan ni ändra i mitt konto?", "I have a new address, please update my account")
    new RegExp(String.raw`\b(ny|nytt|nya) (adress|hemadress|postadress|leveransadress|efternamn|namn|telefonnummer|mobilnummer|nummer)\b.{0,40}\b(andra|byta|uppdatera|lagga in|skriva in)\b.{0,15}\b(i|pa) (mitt |min )?${ON_THE_ACCOUNT}\b`),
    /\bnew (address|surname|name|phone number|mobile number|number)\b.{0,40}\b(change|update|put)\b.{0,15}\b(in|on) (my|the) (account|profile)\b/,
    // or said to be wrong there ("ni har stavat mitt namn fel på kundkontot", "my surname is misspelt on my account")
    new RegExp(String.raw`\b(stavat|stavats|skrivit|skrivits|stavas) (mitt |min )?(namn|namnet|efternamn|efternamnet|fornamn|fornamnet|adress|adressen)( \w+)? fel\b.{0,30}\b${ON_THE_ACCOUNT}\b`),
    /\b(name|surname|address) is (spelt|spelled|misspelt|misspelled|wrong)\b.{0,30}\b(account|profile)\b/,
    new RegExp(String.raw`\b(byta|andra|uppdatera) (min |mitt )?(fakturaadress|fakturaadressen)\b.{0,30}\b${ON_THE_ACCOUNT}\b`),
    // or for the orders to come ("hur ändrar jag leveransadressen för kommande beställningar?")
    /\b(byta|andra|uppdatera|byter|andrar|uppdaterar) (jag |man )?(min |mitt )?(adress|adressen|leveransadress|leveransadressen|fakturaadress|fakturaadressen)\b.{0,20}\b(for|pa|till) (kommande|framtida|nasta|alla) (bestallningar|ordrar|kop)\b/,
    /\b(change|update) (my|the) (address|delivery address|billing address)\b.{0,20}\b(for|on) (future|upcoming|later|all) orders\b/,
  ],
  // what the account, the site and its settings do, asked (round of lines 10086–10133)
  accountUse: [
    // a name changed on it, a second contact or address saved ("hur byter jag efternamn i min profil?", "can i add my partner as a
    // second contact on my customer account?", "kan man ha två leveransadresser sparade i profilen?")
    new RegExp(String.raw`\b(byter|andrar|uppdaterar) (jag|man) (mitt |min )?(efternamn|fornamn|namn|adress|leveransadress|telefonnummer)\b.{0,30}\b${ON_THE_ACCOUNT}\b`),
    /\b(tva|flera|extra|fler|en till|ytterligare) (leveransadress\w*|adress\w*|kontaktpersoner|kontakter)\b.{0,40}\b(sparad\w*|profil|profilen|konto|kontot|kundkonto|kundkontot)\b/, /\b(lagga till|spara)\b.{0,40}\b(leveransadress\w*|adress|kontaktperson)\b.{0,30}\b(konto|kontot|kundkonto|kundkontot|profil|profilen)\b/,
    /\b(add|save)\b.{0,30}\b(second|another|extra|additional) (contact|address|delivery address|email address|phone number|user)\b/, /\b(second|another|extra|additional) (contact|user|name)\b.{0,30}\b(account|profile)\b/,
    // two accounts merged, or one shared ("slå ihop mina två konton", "går det att ha två namn på samma konto?")
    /\b(merge|combine|link) (my |the |our )?(two |2 )?(customer )?accounts\b/, /\b(sla ihop|sla samman|sammanfoga|koppla ihop) (mina |vara |de )?(tva |2 )?(kund)?konton\b/,
    /\b(dela pa|dela) (ett|samma) (kund)?konto\b/, /\b(tva|flera) namn pa (samma|ett) konto\b/, /\bshare (an|one|the same|a) (customer )?account\b/,
    // where the order history or the customer number is ("var ser jag mina gamla köp på kontot?", "var hittar jag mitt kundnummer?")
    /\b(var|hur) (ser|hittar|kollar) (jag|man) (mina |sina )?(gamla |tidigare )?(kop|ordrar|bestallningar|orderhistorik\w*)\b/, /\b(where|how) (can|do) i (see|find|view|check) (my )?(past|previous|old) (orders|purchases)\b/,
    /\b(var|hur) (hittar|ser|far) (jag|man) (mitt|sitt) kundnummer\b/, /\bwhere (can|do) i find my (customer|account) number\b/,
    // what it remembers, its kinds, whether one is needed ("does my account remember my shoe size?", "måste jag registrera mig?")
    /\b(does|will|can) (my|the) account (remember|save|store|keep)\b/, /\bskillnaden (pa|mellan) (ett )?(foretagskonto|privatkonto|kundkonto)\b/, /\b(business|company) account and (a |an )?(normal|regular|personal|private) (one|account)\b/,
    /\b(maste|behover) (jag|man) (registrera|skapa (ett )?konto|bli medlem)\b/, /\bhandla som gast\b/, /\b(do i|do you) (have|need) to (register|create an account|sign up|make an account)\b/, /\b(check ?out|order|buy|shop) as (a )?guest\b/,
    // the site's own settings ("vad gör jag om jag vill byta språk på hemsidan?", "how do i turn on dark mode?", a wish list)
    /\bbyta sprak\b/, /\bchange (the )?language\b/, /\bdark mode\b/, /\b(wishlist|wish list|onskelista\w*|favoritlista\w*)\b/,
    /\b(orderbekraftelse\w*|kvitto\w*|hemsidan|mejlen|utskicken|order confirmations?|receipts|the site|the website) (pa|in) (engelska|svenska|english|swedish)\b/,
    // an old membership or store card joined to the web account, an app asked after ("kan jag koppla mitt gamla medlemsnummer
    // till webbkontot?", "har ni någon app? vill slippa logga in på datorn")
    /\b(koppla|lanka|fora over|flytta over|lagga in) (mitt|min|mina) (gamla )?(medlemsnummer|kundnummer|medlemskort|bonuskort|kundkort|poang|bonuspoang)\b/, /\b(link|connect|add|transfer|move|merge) (my )?(old |existing |paper )?(membership|loyalty|member|store|club|bonus|customer) (card|number|points)\b/,
    /\b(har ni|finns det) (en |nagon |ngn |er )?(egen )?app\b/, /\b(do you have|is there) (an|a|your own) (app|mobile app)\b/,
    // a new number or contact told for the account ("Hej, jag har fått nytt nummer, detta är det nya")
    /\b(jag har|har) (fatt|bytt till) (ett )?nytt (nummer|mobilnummer|telefonnummer)\b/, /\b(my new number is|this is my new number|i have a new number|i'?ve got a new number)\b/,
  ],
};
