/**
 * Words as people type them in a hurry, spelled out, so the word lists, the cues and the kind model
 * read "ring mej", "e dom här …?", "can u txt me" as they read "ring mig", "är de här …?", "can you
 * text me", and a few of a shop's words as they are most often misspelled. Only words that mean
 * nothing else on their own in a shop's messages: not "ur" (Swedish "out of"), "hav" (the sea), "ja"
 * (yes), "de" (they), "va" (vad or var), "nan" (an English grandmother), "w" (watts). Keys are
 * folded (lower case, no diacritics).
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  // Swedish
  e: 'ar',
  o: 'och',
  mej: 'mig',
  dej: 'dig',
  ngn: 'nagon',
  ngt: 'nagot',
  ggr: 'ganger',
  ringmig: 'ring mig',
  kmr: 'kommer',
  elr: 'eller',
  imorn: 'imorgon',
  int: 'inte',
  ist: 'istallet',
  mkt: 'mycket',
  // English
  u: 'you',
  r: 'are',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  abt: 'about',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  msg: 'message',
  txt: 'text',
  n: 'and',
  ppl: 'people',
  wanna: 'want to',
  pw: 'password',
  pwd: 'password',
  b4: 'before',
  '2day': 'today',
  wat: 'what',
  wud: 'would',
  cud: 'could',
  insted: 'instead',
  enuf: 'enough',
  sum1: 'someone',
  sortd: 'sorted',
  // the misspellings of a shop's words typed most often ("i bougth a lamp", "can i retrun it")
  bougth: 'bought',
  retrun: 'return',
  pasword: 'password',
  acount: 'account',
  recieve: 'receive',
  recieved: 'received',
  reciept: 'receipt',
};

// not beside a letter, a digit, a hyphen, an apostrophe or an ampersand ("e-post", "don't", "A&E"),
// nor a letter of an abbreviation ("e.g.", "o.s.v."), nor the "e" of "a and e"
const WORD = new RegExp(`(?<![\\p{L}\\p{N}'&-]|\\p{L}\\.|\\band )(${Object.keys(SPELLED_OUT).join('|')})(?![\\p{L}\\p{N}'&-]|\\.\\p{L})`, 'gu');

/** A folded text with its hurried words spelled out. */
export const spelledOut = (folded: string): string => folded.replace(WORD, (w) => SPELLED_OUT[w]!);
