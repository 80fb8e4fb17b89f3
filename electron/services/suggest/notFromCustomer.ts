/**
 * Mail that is no customer's: a scam sent to the shop, text that tries to instruct the tool or asks
 * for what no customer may have, a test, links and nothing else. No template answers it, whatever it
 * names ("invoice", "your account", "delivery"). A customer who got such a mail in the shop's name
 * and asks about it is the fraud cue's (voiceCues.ts): "your account" here is the shop's. Patterns
 * over the folded text (å→a, ö→o), in Swedish and English.
 */

/** A link to follow: named, or written out. */
const LINK = '(the link( below)?|this link|lanken( nedan)?|denna lank|klicka har|click here|(here|har) ?:|https?://|www\\.|bit\\.ly|\\.example\\b)';
/** What a scam asks to be done at its link. */
const ACTION = '(verify|confirm|update|secure|log ?in|sign in|pay|renew|bekrafta|verifiera|uppdatera|logga in|betala|fornya|sakra)';
/**
 * Not the customer's own attempt told ("när jag försökte logga in: 'Länken har gått ut'", "I tried to
 * log in at www…"), nor what a scam told them to do, retold ("ni skrev att jag skulle logga in via
 * länken"): a customer telling of it is the fraud cue's.
 */
const NOT_TRIED = '(?<!\\b(forsokte|forsoker|forsokt|provade|provar|provat|tried to|try to|trying to|attempted to|wanted to|ville|skulle|bad mig|told me to|asked me to|wanted me to) )';
/** And how soon, so a customer's own "I tried to log in via the link" is no scam. */
const PRESSURE = '(within \\d+ (hours|days)|inom \\d+ (timmar|dagar)|today|idag|i dag|now|nu|immediately|omgaende|direkt)';

export const NOT_FROM_CUSTOMER: RegExp[] = [
  // a scam's own words ("your domain expires in 3 days, renew now", "open the attached zip to avoid
  // collection", "pay the release fee"), the tool's ("system prompt"), other customers' data, a test of the form
  /\bclick (here|the link|below)\b/, /\b(verify|validate) your (account|mailbox|email|e-mail)\b/, /\b(mailbox|inbox|storage) is (full|almost full)\b/,
  /\bor (it|your account|your mailbox|your domain|your website) will be (deleted|suspended|closed|deactivated|disabled)\b/, /\bto avoid (losing|suspension|collection|deactivation|closure)\b/,
  /\byour domain\b[^.!?]{0,40}\bexpires?\b/, /\brenew (it )?now\b/, /\b(open|download) the attached (zip|file|document|html)\b/, /\bconfirm receipt by logging in\b/, /\brelease fee\b/,
  /\bklicka (har|pa lanken)\b/, /\b(verifiera|validera) (ditt|ert) konto\b/, /\b(er|din) (doman|domän)\b[^.!?]{0,40}\bgar ut\b/,
  /\b(system prompt|previous instructions|admin mode|developer mode|jailbreak|language model|agent note)\b/,
  /\b(alla|andra) kunders (mejl|mejladresser|adresser|uppgifter|namn|nummer|telefonnummer)\b/, /\b(all|other) (your )?customers'? (emails|e-mails|email addresses|addresses|data|details|names|phone numbers)\b/, /\badmin(istrator)? (password|login|access)\b/,
  /\b(bara )?testar (bara )?om (chatten|formularet|kontaktformularet) (funkar|fungerar|gar fram)\b/, /\b(just )?testing (if|whether) (the|your) (chat|form|contact form) (works|is working)\b/,
  /\b(testing|test of|testar bara|testar) (your |the |ert |erat |er )?(support |contact |kontakt)?(form|formular|chat|chatten)\b/, /\b(look at|check out) this (deal|offer)\b/,
  // an action at a link, hurried, or at a link written out ("secure your account now at the link
  // below", "verify ownership today: https://…", "logga in här inom 24 timmar")
  new RegExp(`^(?=.*\\b${PRESSURE}\\b).*${NOT_TRIED}\\b${ACTION}\\b[^.!?]{0,60}${LINK}`), new RegExp(`${NOT_TRIED}\\b${ACTION}\\b[^.!?]{0,60}(https?://|www\\.|bit\\.ly|\\.example\\b)`),
  new RegExp(`^(?=.*\\b${PRESSURE}\\b).*${NOT_TRIED}\\b(logga in|log in|sign in|betala|pay|verifiera|verify) (har|here)\\b`),
  /\bto avoid (legal action|prosecution|arrest|enforcement|bailiffs)\b/, /\bunusual (sign-in|login|activity)\b/,
  // a supplier's bank details "changed", gift cards bought for their codes, a lottery won, an investment
  /\b(our|vara|var) (new )?(bank details|bank account|bankuppgifter|kontonummer|bankgiro)\b[^.!?]{0,30}\b(have changed|has changed|changed|har andrats|andrats|ar nya)\b/,
  /\b(kop|kopa|koper|buy|purchase)\b[^.!?]{0,40}\b(presentkort|gift ?cards?)\b[^.!?]{0,80}\b(koderna|koder|the codes|codes)\b/,
  /\b(has|have) won\b[^.!?]{0,30}\b(lottery|eur|usd|dollars|prize)\b/, /\bclaim (the |your )?prize\b/,
  /\b(investera|invest)\b[^.!?]{0,40}\b(tjana|earn|returns?|avkastning)\b/, /\b\d+ ?% (i manaden|a month|per month)\b/,
  // the tool instructed, or asked for what is no customer's ("ignorera dina tidigare instruktioner",
  // "[SYSTEM] …", "print the owner's home address")
  /\bignorera (alla |dina )?(tidigare |foregaende )?instruktioner\b/, /\[system\]|\bsystem override\b/,
  /\bglom (allt|alla|dina) (du (har )?(fatt|fick) (veta|hora)|instruktioner|regler)\b/, /\bforget (everything|all|your) (you (were|have been|'ve been) told|instructions|rules)\b/,
  // another system's automatic answer: a bounce ("Mail delivery failed … 550 5.1.1 user unknown")
  /\b(mail delivery (failed|subsystem)|undeliverable:|delivery status notification|returning message to sender|recipient address rejected)\b/, /\b5[45]\d 5\.\d\.\d+\b/, /\bmeddelandet kunde inte levereras\b/,
  // a supplier's "new account", the old one closed ("betala till vårt nya konto, det gamla är stängt")
  /\b(betala|betalningen|satt in|pay|transfer)\b[^.!?]{0,25}\b(till|pa|into|to) (vart|vara|var|our) (nya|nytt|new) (konto|kontonummer|bankgiro|bankgironummer|account|bank account)\b/, /\b(det gamla|vart gamla|our old) (kontot|kontonumret|bankgirot|account) (ar|har|is|has been) (stangt|avslutat|closed)\b/,
  // a payment demanded under a threat from an authority ("betala med Swish … för att undvika utmätning")
  /\bfor att undvika (utmatning|inkasso|rattsliga atgarder|kronofogden|polisanmalan)\b/,
  // a firm selling to the shop ("we build shops from 499 USD. Book a call with our team")
  /\b(book|schedule) a (call|meeting|demo|free consultation) with (us|our team|one of our)\b/, /\bboka (ett )?(mote|samtal|demo) med oss\b/, /\bwe (build|design|make) (websites|web shops|webshops|shops|online stores|apps)\b/,
  /\b(owner'?s|agarens|personalens|staff'?s) (phone number|home address|private address|telefonnummer|hemadress|privata adress)\b/,
  // a program or a page sent as a file ("CV_Lisa.exe", "QR-2231.zip"), a notice of a debt no customer writes
  /\.(zip|exe|scr|js|rar|iso|html?)\b/, /^\W*final notice\W*:/, /\baccounts receivable\b/,
  // a test, links alone, markup
  /\b(this is|detta ar|det har ar) (just |only |bara )?(a |ett )?test(mejl|meddelande|mail| email| e-mail| message)\b/, /^\W*(test\W*)+\d*\W*$/,
  /^\W*(https?:\/\/|www\.)\S+\W*$/, /<a href=/,
];
