import type { CaseSummary, EventPayload } from '../../../shared/contract/api';
import type { EventSource } from '../../../shared/contract/wire';
import type { EventHub } from '../events/eventHub';
import { toSummary } from '../store/casesRepo';
import type { Repositories } from '../store/repositories';
import type { SuggestService } from '../suggest/suggestService';

/** At most this many summaries ride on one `casesChanged`; a bigger burst (a first sync) names the ids only. */
export const MAX_CHANGE_RECORDS = 200;

/**
 * The services' events as the windows get them: a `casesChanged` carries the summaries of the
 * cases it names, read once when it is sent, so the window patches the rows it holds instead of
 * asking for the queue again (the sites that change cases only say which).
 */
export function windowEvents(hub: EventHub, repos: Pick<Repositories, 'cases'>): EventSource {
  // one read per change, however many windows and transports listen
  const records = new WeakMap<object, EventPayload<'casesChanged'>>();
  const withRecords = (change: EventPayload<'casesChanged'>): EventPayload<'casesChanged'> => {
    if (change.cases || change.ids.length > MAX_CHANGE_RECORDS) return change;
    let out = records.get(change);
    if (!out) {
      const cases: CaseSummary[] = change.ids.flatMap((id) => {
        const row = repos.cases.get(id);
        return row ? [toSummary(row)] : [];
      });
      out = { ids: change.ids, cases };
      records.set(change, out);
    }
    return out;
  };
  return {
    subscribe: (listener) => hub.subscribe((name, payload) => listener(name, name === 'casesChanged' ? withRecords(payload as EventPayload<'casesChanged'>) : payload)),
  };
}

/**
 * "Svara först", computed here and pushed: after a burst of changes (once it settles), and each
 * minute, since waiting alone moves a customer past the target. Sent only when what it would show
 * differs, so an idle shop sends nothing.
 */
export function pushFirstToAnswer(d: { events: EventHub; suggest: Pick<SuggestService, 'firstToAnswer'>; settleMs?: number; everyMs?: number }) {
  let shown = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const publish = () => {
    timer = null;
    const first = d.suggest.firstToAnswer(3);
    const key = JSON.stringify(first.map((f) => [f.caseId, f.level, f.subject, f.reasons.map((r) => r.sv)]));
    if (key === shown) return;
    shown = key;
    d.events.emit('firstToAnswerChanged', first);
  };
  const soon = () => {
    timer ??= setTimeout(publish, d.settleMs ?? 250);
  };
  const unsubscribe = d.events.subscribe((name) => {
    if (name === 'casesChanged' || name === 'settingsChanged') soon();
  });
  const tick = setInterval(soon, d.everyMs ?? 60_000);
  tick.unref?.();
  return {
    stop() {
      unsubscribe();
      clearInterval(tick);
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
