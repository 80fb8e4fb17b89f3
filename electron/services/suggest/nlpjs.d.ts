// The two Snowball stemmers of nlp.js used by the decision support (the packages ship no types).
declare module '@nlpjs/lang-sv' {
  export class StemmerSv {
    stem(word: string): string;
  }
}
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stem(word: string): string;
  }
}
