import type http from 'node:http';
import type { ConversationInfo } from '../../shared/contract/relayProtocol';
import { bookableDays, isSlotStart, offeredSlots, slotWindow, type SlotRules } from '../../shared/domain/callbackSlots';
import { daysFrom, isCalendarDate, today } from '../../shared/domain/calendar';
import { spokenDay, spokenTime } from '../../shared/domain/spokenTime';
import { readSelfServiceToken } from './selfServiceToken';

export const SELF_SERVICE_PATH = '/callback/';
const BOOKABLE_DAYS = 14;

export interface SelfServiceDeps {
  key: Buffer;
  now: () => number;
  rules: () => SlotRules;
  shopName: () => string;
  conversation: (id: string) => ConversationInfo | null;
  bookedBetween: (from: number, to: number) => number[];
  /** Moves or cancels through the relay's one writer; 'full' when the slot was just taken. */
  update: (id: string, change: { at?: number; status?: 'cancelled' }) => ConversationInfo | 'full' | null;
}

type Lang = 'sv' | 'en';
const TEXTS = {
  sv: {
    title: 'Din återuppringning',
    booked: 'Vi ringer dig {when} på {phone}.',
    cancelled: 'Återuppringningen är avbokad.',
    past: 'Den här tiden har redan varit.',
    invalid: 'Länken fungerar inte. Kontrollera att den är hela, eller svara på vårt meddelande.',
    expired: 'Länken har gått ut. Svara på vårt meddelande så hjälper vi dig.',
    pickDay: 'Välj en annan dag',
    pickTime: 'Lediga tider {day}',
    noTimes: 'Inga lediga tider den dagen.',
    cancel: 'Avboka',
    moved: 'Klart! Vi ringer dig i stället {when}.',
    full: 'Den tiden hann bli upptagen. Välj en annan.',
  },
  en: {
    title: 'Your callback',
    booked: 'We will call you {when} on {phone}.',
    cancelled: 'The callback is cancelled.',
    past: 'This time has already passed.',
    invalid: 'This link does not work. Check that it is complete, or reply to our message.',
    expired: 'This link has expired. Reply to our message and we will help you.',
    pickDay: 'Choose another day',
    pickTime: 'Free times {day}',
    noTimes: 'No free times that day.',
    cancel: 'Cancel the call',
    moved: 'Done! We will call you {when} instead.',
    full: 'That time was just taken. Please choose another.',
  },
} as const;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => esc(v[k] ?? ''));

/**
 * /callback/<token>: the small page a customer reaches from a reminder's "Boka om" (RCS), an SMS
 * or an e-mail confirmation. It offers the shop's free times (the same slots as the widget) and a
 * cancel button; a choice goes through the relay's agenda, so every laptop follows at once. Plain
 * HTML forms, no script: it works on any phone.
 */
export function handleSelfService(req: http.IncomingMessage, res: http.ServerResponse, d: SelfServiceDeps): void {
  const url = new URL(req.url ?? '/', 'http://relay');
  const token = url.pathname.slice(SELF_SERVICE_PATH.length);
  const page = (status: number, lang: Lang, body: string) => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    });
    res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(TEXTS[lang].title)}${d.shopName() ? ` · ${esc(d.shopName())}` : ''}</title>
<style>body{font:17px/1.5 system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.times{display:flex;flex-wrap:wrap;gap:.5rem}.times button,.days a{display:inline-block;padding:.5rem .8rem;border:1px solid #355;border-radius:.4rem;background:#fff;color:#123;font:inherit;text-decoration:none}
.days{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}.days a[aria-current]{background:#1d4f6e;color:#fff}.note{padding:.6rem .8rem;background:#e8f3ea;border-radius:.4rem}
.cancel{margin-top:2rem;background:#fff;border:1px solid #8a1c1c;color:#8a1c1c;padding:.5rem .8rem;border-radius:.4rem;font:inherit}</style></head>
<body><main><h1>${esc(TEXTS[lang].title)}</h1>${body}</main></body></html>`);
  };
  const read = readSelfServiceToken(d.key, token, d.now());
  const c = 'conversation' in read ? d.conversation(read.conversation) : null;
  if (!c || c.kind !== 'callback' || c.callbackAt === null) return page(404, 'sv', `<p>${esc(TEXTS.sv[('error' in read && read.error) || 'invalid'])}</p><p lang="en">${esc(TEXTS.en[('error' in read && read.error) || 'invalid'])}</p>`);
  const lang: Lang = c.customer.lang;
  const t = TEXTS[lang];
  const rules = d.rules();

  if (req.method === 'POST') {
    let body = '';
    req.on('data', (x: Buffer) => {
      body += x.toString('utf8');
      if (body.length > 2000) req.destroy();
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      let outcome = 'invalid';
      if (c.callbackStatus === 'booked' && c.callbackAt! > d.now()) {
        if (form.get('action') === 'cancel') outcome = d.update(c.id, { status: 'cancelled' }) ? 'cancelled' : 'invalid';
        else {
          const at = Number(form.get('at'));
          if (Number.isFinite(at) && isSlotStart(at, rules) && at >= d.now() + rules.leadMinutes * 60_000) {
            const r = d.update(c.id, { at });
            outcome = r === 'full' ? 'full' : r ? 'moved' : 'invalid';
          }
        }
      }
      res.writeHead(303, { Location: `${SELF_SERVICE_PATH}${token}?done=${outcome}`, 'Cache-Control': 'no-store' });
      res.end();
    });
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, POST' });
    return void res.end();
  }

  const when = spokenTime(c.callbackAt, lang, rules.timeZone);
  const done = url.searchParams.get('done');
  const parts: string[] = [];
  if (done === 'moved' && c.callbackStatus === 'booked') parts.push(`<p class="note" role="status">${fill(t.moved, { when })}</p>`);
  if (done === 'full') parts.push(`<p class="note" role="alert">${esc(t.full)}</p>`);
  if (c.callbackStatus === 'cancelled') return page(200, lang, `${parts.join('')}<p class="note" role="status">${esc(t.cancelled)}</p>`);
  if (c.callbackStatus !== 'booked' || c.callbackAt <= d.now()) return page(200, lang, `<p>${esc(t.past)}</p>`);
  parts.push(`<p>${fill(t.booked, { when, phone: c.customer.phone ?? '' })}</p>`);

  const range = slotWindow(daysFrom(today(d.now(), rules.timeZone), BOOKABLE_DAYS), rules.timeZone);
  const booked = d.bookedBetween(range.from, range.to);
  const days = bookableDays(d.now(), rules, booked, BOOKABLE_DAYS);
  const asked = url.searchParams.get('day');
  const day = days.find((x) => x.date === asked) ?? days[0];
  parts.push(`<h2>${esc(t.pickDay)}</h2><ul class="days">${days
    .map((x) => `<li><a href="?day=${x.date}"${x === day ? ' aria-current="date"' : ''}>${esc(spokenDay(x.at, lang, rules.timeZone))}</a></li>`)
    .join('')}</ul>`);
  if (day && isCalendarDate(day.date)) {
    const slots = offeredSlots(day.date, rules, booked, d.now()).filter((s) => s.free > 0 && s.at !== c.callbackAt);
    parts.push(`<h2>${fill(t.pickTime, { day: spokenDay(day.at, lang, rules.timeZone) })}</h2>`);
    parts.push(slots.length ? `<form method="post" class="times">${slots.map((s) => `<button name="at" value="${s.at}">${esc(s.local)}</button>`).join('')}</form>` : `<p>${esc(t.noTimes)}</p>`);
  }
  parts.push(`<form method="post"><button class="cancel" name="action" value="cancel">${esc(t.cancel)}</button></form>`);
  page(200, lang, parts.join('\n'));
}
