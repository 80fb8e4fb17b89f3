/**
 * A Swedish shop's Norwegian and Danish customers write in their own language, and few of its words
 * are the Swedish ones ("bestilling", "pakken", "åpent", "tilbud"). These are the words of the kinds
 * they were found missing for, each spread into its kind's list in lexicon.ts (nordicWords.test.ts
 * checks that none is left out). Entries are matched as every list's are (folded, by the start of a
 * word); "ø" and "æ" stay as written.
 */
export const NORDIC_WORDS = {
  opening_hours: ['åpent', 'åbent', 'åpningstider', 'åbningstider', 'lukker', 'stenger dere'],
  delivery_time: ['leveringstid', 'sender i til', 'sender dere til', 'forvente at få pakken', 'forvente å få pakken'],
  order_status: ['hvor er min pakke', 'hvor er pakken', 'hvor blir det av', 'har pakken kommet', 'utleveringsstedet', 'pakken min'],
  invoice: ['trukket to gange', 'trukket to ganger', 'trukket dobbelt', 'belastet to ganger', 'belastet to gange'],
  // disappointed, displeased, not all right ("Jeg er virkelig skuffet", "meget utilfreds", "ikke greit")
  complaint: ['skuffet', 'skuffende', 'utilfreds', 'misfornøyd', 'ikke greit', 'ikke i orden', 'dårlig service', 'dårlig kundeservice'],
  // another size, a purchase regretted ("bytte genseren i en større størrelse", "jeg fortryder købet", "angrer på kjøpet")
  returns: ['større størrelse', 'mindre størrelse', 'annen størrelse', 'anden størrelse', 'fortryder', 'fortrudt', 'angrer på', 'angrerett', 'fortrydelsesret', 'sende den tilbake', 'sende den tilbage'],
} as const;
