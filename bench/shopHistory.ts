import { mulberry32 } from '../electron/services/demo/generateCases';
import type { ChannelOption } from '../electron/services/suggest/engine';

/**
 * Nine months of a made-up shop's resolved cases, to evaluate what Växel learns from a shop's own
 * history (train on months 1–6, test on 7–9). The customers' words are composed from phrases
 * written for this purpose, apart from the rules' word lists; the channel that solved each case
 * follows this shop's habits, which no rule knows (here: returns and damage go by e-mail, faults
 * and invoices by a call, deliveries by SMS, quick questions stay in the chat), with some noise.
 */
export interface HistoryCase {
  month: number;
  via: 'chat' | 'email';
  text: string;
  kind: string;
  channel: ChannelOption;
}

const PHRASES: Record<string, { sv: string[]; en: string[] }> = {
  order_status: {
    sv: ['hur långt har mitt paket kommit', 'jag beställde för en vecka sedan och har inte hört något', 'har ni skickat iväg min beställning än', 'kan ni kolla läget på min order', 'jag väntar fortfarande på mina skor'],
    en: ['how far has my parcel got', 'I ordered a week ago and have heard nothing', 'have you sent my order yet', 'can you check on my order', 'still waiting for my shoes'],
  },
  delivery_time: {
    sv: ['hur många dagar tar frakten till Kiruna', 'hinner jag få den före helgen om jag beställer nu', 'hur snabbt levererar ni till Gotland', 'vad är leveranstiden för cykelhjälmar'],
    en: ['how many days does shipping to Norway take', 'will it arrive before the weekend if I order now', 'how quickly do you deliver to Ireland', 'what is the lead time on helmets'],
  },
  returns: {
    sv: ['jackan var för liten, hur skickar jag tillbaka den', 'jag ångrar mitt köp och vill ha pengarna tillbaka', 'kan jag byta byxorna mot en större storlek', 'var hittar jag returblanketten'],
    en: ['the jacket was too small, how do I send it back', 'I changed my mind and want a refund', 'can I swap the trousers for a bigger size', 'where do I find the return form'],
  },
  complaint: {
    sv: ['lampan slutade fungera efter två veckor', 'dragkedjan gick sönder direkt, det här är inte okej', 'cykeldatorn visar fel hela tiden', 'batteriet håller bara en timme fast det ska hålla tio'],
    en: ['the lamp stopped working after two weeks', 'the zip broke straight away, this is not acceptable', 'the bike computer keeps showing the wrong speed', 'the battery lasts an hour although it should last ten'],
  },
  damaged: {
    sv: ['kartongen var krossad och skärmen spräckt', 'ramen kom med en stor repa', 'glaset var trasigt när jag öppnade paketet', 'en del saknades och en annan var böjd'],
    en: ['the box was crushed and the screen cracked', 'the frame arrived with a big scratch', 'the glass was broken when I opened the parcel', 'one part was missing and another bent'],
  },
  invoice: {
    sv: ['jag har fått en påminnelse fast jag har betalat', 'fakturan har fel belopp', 'ni har dragit pengar två gånger', 'kan jag dela upp betalningen'],
    en: ['I got a reminder although I have paid', 'the invoice shows the wrong amount', 'you charged my card twice', 'can I split the payment'],
  },
  product_advice: {
    sv: ['vilken sadel passar en lång tur', 'är den här hjälmen bra för barn', 'vilken storlek ska jag ta om jag är 182 cm', 'passar pedalerna till min gamla cykel'],
    en: ['which saddle suits long rides', 'is this helmet good for children', 'what size should I take at 182 cm', 'do the pedals fit my old bike'],
  },
  opening_hours: {
    sv: ['har ni öppet på lördag', 'när stänger butiken i kväll', 'är ni öppna i mellandagarna'],
    en: ['are you open on Saturday', 'when does the shop close tonight', 'are you open between Christmas and New Year'],
  },
  password: {
    sv: ['jag kommer inte in på mitt konto', 'länken för nytt lösenord fungerar inte', 'appen säger att mitt lösenord är fel'],
    en: ['I cannot get into my account', 'the reset link does not work', 'the app says my password is wrong'],
  },
};

/** How this shop solves each kind: the channels and how often. */
const HABITS: Record<string, Array<[ChannelOption, number]>> = {
  order_status: [['sms', 0.6], ['chat', 0.3], ['email', 0.1]],
  delivery_time: [['chat', 0.8], ['email', 0.2]],
  returns: [['email', 0.8], ['chat', 0.2]],
  complaint: [['callback', 0.7], ['email', 0.3]],
  damaged: [['email', 0.85], ['callback', 0.15]],
  invoice: [['callback', 0.6], ['email', 0.4]],
  product_advice: [['callback', 0.5], ['chat', 0.5]],
  opening_hours: [['chat', 0.9], ['email', 0.1]],
  password: [['chat', 0.7], ['email', 0.3]],
};

const OPENINGS = { sv: ['Hej!', 'Hej,', 'Hejsan.', '', 'God dag.'], en: ['Hi!', 'Hello,', 'Hey.', '', 'Good morning.'] };
const DETAILS = { sv: ['Ordernummer {n}.', 'Tack på förhand.', 'Mvh Kim', 'Det är ganska bråttom.', '', 'Jag handlade i er webbshop.'], en: ['Order number {n}.', 'Thanks in advance.', 'Regards, Kim', 'It is rather urgent.', '', 'I bought it in your web shop.'] };

export function shopHistory(count: number, seed = 7): HistoryCase[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const kinds = Object.keys(PHRASES);
  const out: HistoryCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(kinds);
    const lang = rnd() < 0.75 ? 'sv' : 'en';
    const core = pick(PHRASES[kind]![lang]);
    const detail = pick(DETAILS[lang]).replace('{n}', String(10000 + Math.floor(rnd() * 90000)));
    const text = [pick(OPENINGS[lang]), core.charAt(0).toUpperCase() + core.slice(1) + (rnd() < 0.5 ? '?' : '.'), detail].filter(Boolean).join(' ');
    let r = rnd();
    let channel: ChannelOption = HABITS[kind]![0]![0];
    for (const [ch, p] of HABITS[kind]!) {
      if (r < p) {
        channel = ch;
        break;
      }
      r -= p;
    }
    // a case solved in the chat came in by chat: an e-mail is not moved to the chat
    const via = channel === 'chat' || rnd() < 0.4 ? 'chat' : 'email';
    out.push({ month: 1 + Math.floor((i / count) * 9), via, text, kind, channel });
  }
  return out;
}
