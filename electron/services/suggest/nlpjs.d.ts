// The Snowball stemmers and stop-word lists of nlp.js used by the decision support (the packages ship no types).
declare module '@nlpjs/lang-sv' {
  export class StemmerSv {
    stem(word: string): string;
  }
  export class StopwordsSv {
    isStopword(word: string): boolean;
  }
}
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stem(word: string): string;
  }
  export class StopwordsEn {
    isStopword(word: string): boolean;
  }
}
