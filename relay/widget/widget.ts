/**
 * The customer chat widget: one script tag on the shop's site.
 *   <script src="https://chat.example.se/widget.js" data-lang="sv" async></script>
 * data-relay overrides the relay address (default: where the script came from). Everything lives in
 * a shadow root, so the shop's CSS and the widget's do not touch each other.
 */
import { PHONE_INPUT_PATTERN, RELAY_MAX_IMAGE_BYTES } from '../../shared/contract/relayConstants';
import type { QueueInfo, RelayMsg, ShopConfig } from '../../shared/contract/relayProtocol';
import { waitMinutes } from '../../shared/domain/chatWait';
import { matchesPattern } from '../../shared/domain/invitations';
import { connectWidget } from './widgetConnection';
import { WIDGET_STYLES } from './widgetStyles';
import { errorWords, WIDGET_TEXTS, type WidgetLang } from './widgetTexts';
import { widgetView, type WidgetPane } from './widgetView';

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

function boot(): void {
  const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
  const relay = script?.dataset.relay ?? (script?.src ? new URL(script.src).origin : location.origin);
  const pageLang = (script?.dataset.lang ?? document.documentElement.lang ?? '').toLowerCase();
  const lang: WidgetLang = pageLang.startsWith('en') ? 'en' : 'sv';
  const t = WIDGET_TEXTS[lang];

  const hostEl = h('div', { id: 'vaxel-chat' });
  document.body.append(hostEl);
  const root = hostEl.attachShadow({ mode: 'open' });
  root.append(h('style', {}, WIDGET_STYLES));

  const dot = h('span', { class: 'dot', 'aria-hidden': 'true' });
  const launcher = h('button', { class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'vaxel-panel' }, dot, t.open);
  const status = h('p', { class: 'status', role: 'status' }, t.connecting);
  const queueLine = h('p', { class: 'queue', 'aria-live': 'polite' });
  const log = h('ol', { class: 'log', 'aria-live': 'polite', 'aria-label': t.title });
  const typing = h('p', { class: 'typing', 'aria-live': 'polite' });
  const input = h('textarea', { rows: '2', 'aria-label': t.placeholder, placeholder: t.placeholder, maxlength: '4000' });
  const file = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp', class: 'file', 'aria-label': t.attach });
  const sendBtn = h('button', { type: 'submit' }, t.send);
  const callInstead = h('button', { type: 'button', class: 'secondary small' }, t.preferPhone);
  const chatForm = h('form', { class: 'compose' }, input, h('div', { class: 'row' }, file, sendBtn), callInstead);
  const notice = h('p', { class: 'notice', role: 'alert' });
  const alternatives = h('div', { class: 'alternatives' });
  const closeBtn = h('button', { type: 'button', class: 'close', 'aria-label': t.close }, '×');
  const panel = h(
    'section',
    { class: 'panel', id: 'vaxel-panel', role: 'dialog', 'aria-label': t.title, hidden: '' },
    h('header', {}, h('h2', {}, t.title), closeBtn),
    status,
    queueLine,
    log,
    typing,
    notice,
    alternatives,
    chatForm,
  );
  const invitation = h('div', { class: 'invitation', role: 'dialog', 'aria-label': t.title, hidden: '' });
  root.append(panel, invitation, launcher);

  let queue: QueueInfo | null = null;
  let onSlots: (date: string, slots: Array<{ at: number; local: string }>) => void = () => {};
  let onDays: (days: Array<{ date: string; at: number }>) => void = () => {};
  /** A booking waits for the relay's word: taken, or the slot was just filled. */
  let pendingBooking: { clientId: string; text: string; retry(): void } | null = null;
  let shop: ShopConfig | null = null;
  let state: 'connecting' | 'online' | 'offline' = 'connecting';
  /** What the customer opened beside the chat; the view follows from it (widgetView). */
  let pane: WidgetPane = 'none';
  /** What `alternatives` holds now, so the choices are built once and a form is not rebuilt. */
  let altShown: 'none' | 'choices' | 'leave' | 'callback' | 'done' = 'none';
  const shown = new Map<string, HTMLLIElement>();

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      invitation.hidden = true;
      input.focus();
    } else launcher.focus();
  };
  launcher.addEventListener('click', () => setOpen(panel.hidden));
  // a chat is not for everything: a call at a booked time is always one click away
  callInstead.addEventListener('click', () => showCallbackForm());
  closeBtn.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') setOpen(false);
  });

  function line(key: string, who: 'customer' | 'agent' | 'system', author: string, text: string, image?: { type: string; data: string } | null, pending = false): void {
    let li = shown.get(key);
    if (!li) {
      li = h('li', { class: who });
      shown.set(key, li);
      log.append(li);
    }
    li.replaceChildren(h('span', { class: 'who' }, author), h('span', { class: 'text' }, text));
    if (image) li.append(h('img', { src: `data:${image.type};base64,${image.data}`, alt: '' }));
    if (pending) li.append(h('span', { class: 'pending' }, t.sending));
    log.scrollTop = log.scrollHeight;
  }

  function render(): void {
    const view = widgetView({ connection: state, queue, pane, hasConversation: shown.size > 0 });
    dot.className = `dot ${view.agentsAvailable ? 'on' : 'off'}`;
    status.textContent = view.status === 'online' ? t.online(queue?.agentsOnline ?? 0) : t[view.status];
    queueLine.textContent = queue?.position ? t.queue(queue.position, queue.waitSeconds === null ? null : waitMinutes(queue.waitSeconds)) : '';
    chatForm.hidden = !view.chatForm;
    callInstead.hidden = !view.offerCallback;
    alternatives.hidden = view.alternatives === 'none';
    if (view.alternatives === 'choices' && altShown !== 'choices') showChoices();
  }

  /** Put a pane's content beside the chat, then let the view decide what else shows. */
  function showPane(next: WidgetPane, shownAs: typeof altShown, ...content: Node[]): void {
    pane = next;
    altShown = shownAs;
    alternatives.replaceChildren(...content);
    render();
  }

  function showChoices(): void {
    const leave = h('button', { type: 'button' }, t.leaveMessage);
    const book = h('button', { type: 'button' }, t.bookCallback);
    leave.addEventListener('click', showLeaveForm);
    book.addEventListener('click', showCallbackForm);
    pane = 'none';
    altShown = 'choices';
    alternatives.replaceChildren(h('p', {}, t.unavailableIntro), leave, book);
  }
  const goBack = () => showPane('none', 'none');

  function field(label: string, el: HTMLInputElement | HTMLTextAreaElement): HTMLLabelElement {
    return h('label', {}, h('span', {}, label), el);
  }

  function showLeaveForm(): void {
    const name = h('input', { name: 'name', autocomplete: 'name', maxlength: '200' });
    const email = h('input', { name: 'email', type: 'email', autocomplete: 'email', required: '' });
    const text = h('textarea', { name: 'message', rows: '4', required: '', maxlength: '4000' });
    const back = h('button', { type: 'button' }, t.back);
    const form = h('form', { class: 'alt-form' }, field(t.name, name), field(t.email, email), field(t.message, text), h('div', { class: 'row' }, back, h('button', { type: 'submit' }, t.submit)));
    back.addEventListener('click', goBack);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      conn.leave(name.value.trim(), email.value.trim(), text.value.trim());
      showPane('done', 'done', h('p', { role: 'status' }, t.messageSent));
    });
    showPane('leave', 'leave', form);
    name.focus();
  }

  function showCallbackForm(): void {
    const name = h('input', { name: 'name', autocomplete: 'name', maxlength: '200' });
    const phone = h('input', { name: 'phone', type: 'tel', autocomplete: 'tel', required: '', pattern: PHONE_INPUT_PATTERN });
    const day = h('select', { name: 'day', required: '' });
    const slot = h('select', { name: 'slot', required: '' });
    const note = h('textarea', { name: 'note', rows: '3', maxlength: '1000' });
    const back = h('button', { type: 'button' }, t.back);
    const dayFmt = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: shop?.timeZone, weekday: 'long', day: 'numeric', month: 'long' });
    // the relay's calendar gives the days (the shop's dates with a free time), not this browser's clock
    day.append(h('option', { value: '' }, '…'));
    slot.append(h('option', { value: '' }, '…'));
    onDays = (days) => {
      day.replaceChildren(...(days.length ? days.map((d) => h('option', { value: d.date }, dayFmt.format(d.at))) : [h('option', { value: '' }, t.noSlots)]));
      askSlots();
    };
    const askSlots = () => {
      slot.replaceChildren(h('option', { value: '' }, '…'));
      if (day.value) conn.slots(day.value);
    };
    onSlots = (date, slots) => {
      if (date !== day.value) return;
      slot.replaceChildren(...(slots.length ? slots.map((x) => h('option', { value: String(x.at) }, x.local)) : [h('option', { value: '' }, t.noSlots)]));
    };
    day.addEventListener('change', askSlots);
    const form = h('form', { class: 'alt-form' }, field(t.name, name), field(t.phone, phone), fieldSelect(t.day, day), fieldSelect(t.when, slot), field(t.note, note), h('div', { class: 'row' }, back, h('button', { type: 'submit' }, t.submit)));
    back.addEventListener('click', goBack);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!slot.value) return;
      const at = new Date(Number(slot.value));
      const clientId = conn.callback(name.value.trim(), phone.value.trim(), at.toISOString(), note.value.trim(), Intl.DateTimeFormat().resolvedOptions().timeZone);
      const shownAt = at.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: shop?.timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
      pendingBooking = { clientId, text: t.callbackBooked(shownAt), retry: showCallbackForm };
      showPane('callback', 'done', h('p', { role: 'status' }, t.sending));
    });
    showPane('callback', 'callback', form);
    conn.days();
    name.focus();
  }

  function fieldSelect(label: string, el: HTMLSelectElement): HTMLLabelElement {
    // named by aria-label: a label around a select would also read out the chosen option
    el.setAttribute('aria-label', label);
    return h('label', {}, h('span', { 'aria-hidden': 'true' }, label), el);
  }

  const conn = connectWidget(relay, lang, {
    onState(s) {
      state = s;
      render();
    },
    onWelcome(config) {
      shop = config;
      armInvitations();
      render();
    },
    onShop(config) {
      shop = config;
      armInvitations();
    },
    onMessage(m: RelayMsg) {
      const author = m.from === 'customer' ? t.you : m.from === 'agent' ? (m.agent?.name ?? t.agent) : '';
      line(m.from === 'customer' ? m.clientId : `${m.conversation}:${m.seq}`, m.from, author, m.text, m.image);
      if (m.from === 'agent') typing.textContent = '';
      render();
    },
    onSlots: (date, slots) => onSlots(date, slots),
    onDays: (days) => onDays(days),
    onAccepted(clientId) {
      if (pendingBooking?.clientId === clientId) {
        showPane('done', 'done', h('p', { role: 'status' }, pendingBooking.text));
        pendingBooking = null;
      }
      const li = shown.get(clientId);
      li?.querySelector('.pending')?.remove();
    },
    onQueue(q) {
      queue = q;
      render();
    },
    onTyping(name, on) {
      typing.textContent = on ? t.typing(name) : '';
    },
    onError(code, _message, ref) {
      if (code === 'rate_limited') return;
      // the relay's own words are English, for developers; the customer reads theirs
      const words = errorWords(t, code);
      if (pendingBooking && ref === pendingBooking.clientId) {
        const again = pendingBooking.retry;
        pendingBooking = null;
        again();
        notice.textContent = words;
        return;
      }
      const li = ref ? shown.get(ref) : undefined;
      if (li) li.querySelector('.pending')?.replaceWith(h('span', { class: 'pending failed' }, t.failed));
      if (!li || code === 'over_quota') notice.textContent = words;
    },
  });
  // what was written but not confirmed before a reload is shown again, still on its way
  for (const p of conn.pending()) {
    if (p.frame.type === 'say') line(p.clientId, 'customer', t.you, String(p.frame.text ?? ''), null, true);
  }

  let typingSent = 0;
  input.addEventListener('input', () => {
    if (Date.now() - typingSent > 3000) {
      typingSent = Date.now();
      conn.typing(true);
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      chatForm.requestSubmit();
    }
  });
  chatForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const id = conn.say(text);
    line(id, 'customer', t.you, text, null, true);
    input.value = '';
    typingSent = 0;
    conn.typing(false);
  });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    if (f.size > RELAY_MAX_IMAGE_BYTES) {
      notice.textContent = t.imageTooLarge;
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const data = String(reader.result).split(',')[1] ?? '';
      const image = { name: f.name.slice(0, 200), type: f.type, data };
      const id = conn.say('', image);
      line(id, 'customer', t.you, '', image, true);
    };
    reader.readAsDataURL(f);
  });

  // ---- proactive invitations: the shop's rules, only while an agent is free ----------------
  let invited = sessionStorage.getItem('vaxel.chat.invited') === '1';
  let timers: number[] = [];
  function armInvitations(): void {
    timers.forEach((x) => clearTimeout(x));
    timers = [];
    if (invited || !shop) return;
    for (const rule of shop.invitations) {
      if (!matchesPattern(location.href, rule.pattern)) continue;
      timers.push(window.setTimeout(() => invite(rule.text[lang]), rule.seconds * 1000));
    }
  }
  function invite(text: string): void {
    if (invited || !panel.hidden || !queue?.open || queue.freeSlots <= 0) return;
    invited = true;
    sessionStorage.setItem('vaxel.chat.invited', '1');
    const yes = h('button', { type: 'button' }, t.invitationChat);
    const no = h('button', { type: 'button', class: 'secondary' }, t.invitationDismiss);
    yes.addEventListener('click', () => setOpen(true));
    no.addEventListener('click', () => {
      invitation.hidden = true;
      launcher.focus();
    });
    invitation.replaceChildren(h('p', {}, text), h('div', { class: 'row' }, yes, no));
    invitation.hidden = false;
    invitation.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') no.click();
    });
    yes.focus();
  }
  render();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
