import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { atOnce, type Steps } from './inSlices';

/**
 * Which of many regular expressions can match a text at all, found without running them: a
 * suggestion asks about 1,150 cue patterns of each message, and running every one, each in its own
 * compiled code, cost a third of a suggestion. Each pattern's literal words are read from its
 * parsed form (regexpp, the parser ESLint uses): a set of strings one of which every match must
 * hold ("deaf", "dov" … in /\bi am (deaf|dov)\b/). The text's three-letter pieces then name the
 * patterns worth running, as a code search's trigram index does (Russ Cox, "Regular Expression
 * Matching with a Trigram Index"). A pattern with no such strings is always run. The filter never
 * leaves out a pattern that matches: a literal is left out only where it is not in the text.
 */

/** Strings one of which every match holds, or null when none can be said. */
type Literals = Set<string> | null;

/** What a part of a pattern matches, as far as is known: all of it, or strings it must hold. */
interface Known {
  /** Every string the part can match (small sets only), or null. */
  exact: Set<string> | null;
  /** Strings one of which its every match holds, or null. */
  required: Literals;
}

/** More strings than this are not followed as one part's exact matches. */
const MAX_EXACT = 24;
/** A character class of at most this many characters is a set of one-letter strings ("[.:]"). */
const MAX_CLASS = 6;
const NOTHING: Known = { exact: null, required: null };
/** An assertion (\b, ^, a lookaround) consumes nothing: what it holds is not required here. */
const EMPTY: Known = { exact: new Set(['']), required: null };

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The set that says most: its shortest string longest, then the fewest strings. */
function better(a: Literals, b: Literals): Literals {
  if (!a || a.has('')) return b;
  if (!b || b.has('')) return a;
  const [shortA, shortB] = [shortest(a), shortest(b)];
  if (shortA !== shortB) return shortA > shortB ? a : b;
  return a.size <= b.size ? a : b;
}

function shortest(strings: Set<string>): number {
  let n = Infinity;
  for (const s of strings) n = Math.min(n, s.length);
  return n;
}

const requiredOf = (k: Known): Literals => better(k.required, k.exact);

function ofAlternatives(alternatives: AST.Alternative[]): Known {
  // each alternative's strings gathered into sets of this part's own (a part's sets are shared, never changed)
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const alt of alternatives) {
    const p = ofSequence(alt);
    if (exact && p.exact && exact.size + p.exact.size <= MAX_EXACT) for (const x of p.exact) exact.add(x);
    else exact = null;
    const r = requiredOf(p);
    if (required && r) for (const x of r) required.add(x);
    else required = null;
    if (!exact && !required) break;
  }
  return { exact, required };
}

function ofSequence(alt: AST.Alternative): Known {
  let required: Literals = null;
  // the exact strings of the elements in a row so far, joined: "i am " + "deaf"
  let run: Set<string> | null = new Set(['']);
  let whole: Set<string> | null = new Set(['']);
  for (const el of alt.elements) {
    const k = ofElement(el);
    required = better(required, requiredOf(k));
    whole = whole && k.exact ? product(whole, k.exact) : null;
    const joined: Set<string> | null = run && k.exact ? product(run, k.exact) : null;
    if (joined) run = joined;
    else {
      required = better(required, run);
      run = k.exact;
    }
  }
  return { exact: whole, required: better(required, run) };
}

function ofElement(el: AST.Element): Known {
  switch (el.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(el.value)]), required: null };
    case 'CharacterClass': {
      if (el.negate || el.unicodeSets) return NOTHING;
      const chars = new Set<string>();
      for (const e of el.elements) {
        if (e.type === 'Character') chars.add(String.fromCodePoint(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS) {
          for (let c = e.min.value; c <= e.max.value; c++) chars.add(String.fromCodePoint(c));
        } else return NOTHING;
      }
      return chars.size <= MAX_CLASS ? { exact: chars, required: null } : NOTHING;
    }
    case 'Group':
    case 'CapturingGroup':
      return el.type === 'Group' && el.modifiers ? NOTHING : ofAlternatives(el.alternatives);
    case 'Quantifier': {
      const inner = ofElement(el.element);
      if (el.min === 0) return el.max === 1 && inner.exact ? { exact: new Set(['', ...inner.exact]), required: null } : NOTHING;
      const exact = el.min === 1 && el.max === 1 ? inner.exact : null;
      return { exact, required: requiredOf(inner) };
    }
    case 'Assertion':
      return EMPTY;
    default:
      // \w, \d, ., a back-reference: anything
      return NOTHING;
  }
}

/** Each pattern's literals, read once (a pattern may be in more than one table). */
const literalsRead = new WeakMap<RegExp, string[] | null>();

/** Strings one of which every match of `re` holds, or null. Patterns with flags are not read. */
export function literalsOf(re: RegExp): string[] | null {
  let found = literalsRead.get(re);
  if (found === undefined) literalsRead.set(re, (found = readLiterals(re)));
  // a copy: the one kept is never changed by a caller
  return found && [...found];
}

function readLiterals(re: RegExp): string[] | null {
  // a flag (i, u, s, m …) changes what a literal matches: such a pattern is always run
  if (re.flags.replace(/[gy]/g, '') !== '') return null;
  let pattern: AST.Pattern;
  try {
    pattern = parseRegExpLiteral(re).pattern;
  } catch {
    // a pattern the parser cannot read (a syntax newer than it) is always run, never left out
    return null;
  }
  const found = requiredOf(ofAlternatives(pattern.alternatives));
  return found && !found.has('') ? [...found] : null;
}

const GRAM = 3;

export interface Prefilter {
  /** For each pattern, by its place in the list, whether it can match `text`. */
  candidates(text: string): Uint8Array;
}

/** The filter of a list of patterns: each is found by one three-letter piece of each of its literals. */
export const prefilterOf = (patterns: readonly RegExp[]): Prefilter => atOnce(buildingPrefilter(patterns));

/**
 * The same, a step at a time (inSlices.ts): reading the 1,900 patterns of a suggestion's two tables
 * takes about half a second, parsed by regexpp; made ahead in one piece it held up every other call.
 */
export function* buildingPrefilter(patterns: readonly RegExp[]): Steps<Prefilter> {
  const literals: Array<string[] | null> = [];
  for (const re of patterns) {
    const l = literalsOf(re);
    literals.push(l && l.every((s) => s.length >= GRAM) ? l : null);
    yield;
  }
  // how many literals each piece is in: a piece in few is the rarer in text too, as a rule
  const seen = new Map<string, number>();
  for (const l of literals) {
    for (const s of l ?? []) for (const g of new Set(gramsOf(s))) seen.set(g, (seen.get(g) ?? 0) + 1);
    yield;
  }
  // a piece with a space or a common letter pair is in most texts: the other pieces first
  const cost = (g: string) => (seen.get(g) ?? 0) + (g.includes(' ') ? 1000 : 0);
  const always = new Uint8Array(patterns.length);
  const byGram = new Map<string, number[]>();
  for (const [i, l] of literals.entries()) {
    if (!l) {
      always[i] = 1;
      continue;
    }
    for (const s of l) {
      const g = gramsOf(s).reduce((a, b) => (cost(b) < cost(a) ? b : a));
      const list = byGram.get(g);
      if (!list) byGram.set(g, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
    yield;
  }
  return {
    candidates(text) {
      const out = Uint8Array.from(always);
      for (let i = 0; i + GRAM <= text.length; i++) {
        const list = byGram.get(text.slice(i, i + GRAM));
        if (list) for (const p of list) out[p] = 1;
      }
      return out;
    },
  };
}

function gramsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + GRAM <= s.length; i++) out.push(s.slice(i, i + GRAM));
  return out;
}
