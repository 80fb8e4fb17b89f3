/**
 * Which ways to pay there are, asked before buying: a card, an app, cash, a currency, a payment split
 * at the till. No template answers these; an invoice's trouble is another matter. Patterns over the
 * folded text (å→a, ö→o), in Swedish and English; part of noTemplateCues.ts.
 */

/** The ways to pay a customer names, a Danish or Norwegian app and a learner's "kontant" among them. */
const WAYS_TO_PAY_SV = '(swish|klarna|kort|bankkort|kontokort|kreditkort|amex|paypal|visa|mastercard|apple pay|google pay|kontanter|kontant|mobilepay|vipps)';
const WAYS_TO_PAY_EN = '(swish|klarna|cards?|credit cards?|debit cards?|amex|paypal|visa|mastercard|apple pay|google pay|cash|mobilepay|vipps)';

export const WAYS_TO_PAY_PATTERNS: { waysToPay: RegExp[] } = {
  waysToPay: [
    // a way to pay named and nothing else ("swish?"), or a card asked about ("do you accept american express?")
    /^\W*(swish|klarna|paypal|apple pay|google pay|amex|american express)( ok| okay| funkar| fine)?\W*\?\W*$/, /\b(take|accept) (american express|amex)\b/,
    new RegExp(`\\b(kan|far) (man|jag|vi) betala (med|via|genom) ${WAYS_TO_PAY_SV}\\b`), /\bvilka betal(satt|alternativ|metoder)\b/,
    new RegExp(`\\btar ni (emot )?(betalning (med|via|genom|i) )?${WAYS_TO_PAY_SV}\\b`), /\bhar ni (swish|klarna|paypal)\b/,
    new RegExp(`\\b(can|could) (i|we) pay (with|by|via|using) ${WAYS_TO_PAY_EN}\\b`), new RegExp(`\\bdo you (take|accept) ${WAYS_TO_PAY_EN}\\b`),
    /\b(which|what) payment (methods|options)\b/,
    // a payment split up, asked before buying ("is there a fee if I split the payment into three?"; the set reads
    // "kan jag dela upp betalningen?" as an invoice matter, by e-mail)
    /\bsplit (the |my )?payment\b/,
    // the old ways, by post ("may I still order by post and pay with a cheque?")
    /\bpay (with|by) (a )?(cheque|postal order)\b/, /\bbetala (med|via) (en )?(check|postanvisning)\b/,
    /\b(take|accept) (phone|card|contactless|mobile|tap) (payments?|pay)\b/,
    // cash or a card at the till, asked in other words ("går det att betala kontant hos er fortfarande?", "do you still take cash?")
    new RegExp(`\\b(gar det att|kan (man|jag|vi)|far (man|jag|vi)) (fortfarande |annu )?betala (med )?${WAYS_TO_PAY_SV}\\b`), /\btar ni (fortfarande |annu )?(kontant|kontanter|cash)\b/,
    /\bdo you (still |also )?(take|accept) (cash|cards?|card payments|swish|klarna|amex)\b/, /\bis (cash|card|paying by card|paying cash) (ok|okay|fine|accepted)\b/,
    // a payment split at the till ("går det att dela betalningen mellan två kort?")
    /\bdela (upp )?(betalningen|notan|summan|beloppet) (mellan|pa) (tva|flera|olika|2) (kort|betalsatt)\b/, /\bsplit (the |my )?(payment|bill) (between|across|over|on) (two|2|several|multiple) cards\b/,
    // in which currency: "is it possible to pay in euros?", "kan man betala i euro?"
    /\bpay (in|with) (euros?|dollars?|pounds|us dollars|norwegian kroner|danish kroner|another currency|a different currency|foreign currency)\b/, /\bbetala (i|med) (euro|euros|dollar|norska kronor|danska kronor|en annan valuta|annan valuta|utlandsk valuta)\b/,
    /\b(can|could) (i|we) use (swish|klarna|paypal|amex|apple pay|google pay|a credit card|my credit card)\b/, /\b(kan|far) (man|jag|vi) anvanda (swish|klarna|paypal|amex|apple pay|google pay)\b/,
  ],
};
