import {
  RELAY_CLOSE,
  RELAY_PROTOCOL_VERSION,
  type AgentFrame,
} from '../../shared/contract/relayProtocol';
import { shiftDays } from '../../shared/domain/calendar';
import { tokenBucket } from './limits';
import type { Party } from './party';
import type { RelayHub } from './relayHub';
import { makeSelfServiceToken, SELF_SERVICE_DAYS_MS } from './selfServiceToken';
import { SELF_SERVICE_PATH } from './selfServicePage';

/**
 * An agent's Växel on the relay: its hello (one live connection per agent; what it has not seen
 * is sent at once), and every command it sends — chat lines, claims and transfers, callbacks,
 * the shop's settings, gateway acknowledgements, notice claims and self-service links.
 */
export function createAgentCommands(hub: RelayHub) {
  const { store, now, limits, agents, activity, acks, send, fail, toAgents, toCustomer, announceAgents, announceActivity, takeName, conversationChanged, deliver, systemMessage, acceptedAgain, checkedImage, slotRules, scheduleQueue, providerFrame, publicUrl, parties } = hub;

  function helloAgent(p: Party, token: string, state: 'online' | 'away', capacity: number, name: string | undefined): void {
    const known = store.agentByToken(token);
    const agent = known ? takeName(known, name) : null;
    if (!agent) {
      fail(p, 'unauthorized', 'this agent token is not known to the relay');
      return p.ws.close(RELAY_CLOSE.unauthorized, 'unknown token');
    }
    // one live connection per agent: a laptop that reconnects replaces its stale socket
    const old = agents.get(agent.id);
    if (old) old.ws.close(RELAY_CLOSE.replaced, 'signed in again elsewhere');
    Object.assign(p, { role: 'agent', agent, state, capacity, bucket: tokenBucket(limits.agentFramesPerSecond, limits.agentFrameBurst, now) });
    agents.set(agent.id, p);
    send(p, { type: 'welcome', v: RELAY_PROTOCOL_VERSION, role: 'agent', you: { id: agent.id, name: agent.name }, serverTime: now(), shop: store.shop() });
    for (const { conversation, cursor } of store.unseenFor(agent.id, now())) {
      send(p, { type: 'conversation', conversation });
      for (const m of store.messagesAfter(conversation.id, cursor)) send(p, m);
    }
    for (const row of store.providerEvents.after(agent.id, shiftDays(now(), -7, store.shop().timeZone))) send(p, providerFrame(row));
    announceAgents();
    // who is on which case, at once: a laptop that connects does not wait for the next change
    send(p, { type: 'activity', entries: activity.list() });
    scheduleQueue();
  }

  function onAgentFrame(p: Party, f: AgentFrame): void {
    const agent = p.agent!;
    switch (f.type) {
      case 'say': {
        if (!f.conversation) return fail(p, 'bad_frame', 'say needs a conversation', f.clientId);
        const senderKey = `a:${agent.id}`;
        if (acceptedAgain(p, senderKey, f.clientId)) return;
        let c = store.conversation(f.conversation);
        if (!c) return fail(p, 'not_found', 'there is no such conversation', f.clientId);
        if (c.state === 'closed' && c.kind === 'chat') return fail(p, 'closed', 'this chat has ended; write to the customer by e-mail instead', f.clientId);
        if (c.owner && c.owner.id !== agent.id) return fail(p, 'not_owner', `${c.owner.name} has this chat`, f.clientId);
        if (!c.owner && c.kind === 'chat') {
          // answering an unclaimed chat claims it
          if (store.claim(c.id, agent.id, now())) {
            c = store.conversation(c.id)!;
            conversationChanged(c);
            systemMessage(c, 'joined', agent.name);
          }
        }
        const image = checkedImage(p, f);
        if (image === false) return;
        const { msg } = store.append({ conversation: c.id, sender: 'agent', senderKey, agentId: agent.id, clientId: f.clientId, text: f.text, image, at: now() });
        send(p, { type: 'accepted', clientId: f.clientId, conversation: c.id, seq: msg.seq });
        return deliver(msg, c.customer.id, p);
      }
      case 'ack':
        return acks.agent(agent.id, f.conversation, f.seq);
      case 'typing': {
        const c = f.conversation ? store.conversation(f.conversation) : null;
        if (c && c.owner?.id === agent.id) toCustomer(c.customer.id, { type: 'typing', conversation: c.id, from: 'agent', name: agent.name, on: f.on });
        return;
      }
      case 'activity':
        if (activity.set({ id: agent.id, name: agent.name }, f.caseKey, f.activity)) announceActivity();
        return;
      case 'presence':
        p.state = f.state;
        p.capacity = f.capacity;
        if (f.name && f.name !== agent.name) p.agent = takeName(agent, f.name);
        announceAgents();
        return scheduleQueue();
      case 'claim': {
        if (store.claim(f.conversation, agent.id, now())) {
          const c = store.conversation(f.conversation)!;
          if (f.ref) send(p, { type: 'ok', ref: f.ref });
          conversationChanged(c);
          return systemMessage(c, 'joined', agent.name);
        }
        const c = store.conversation(f.conversation);
        if (!c) return fail(p, 'not_found', 'there is no such conversation', f.ref);
        if (c.owner?.id === agent.id) return f.ref ? send(p, { type: 'ok', ref: f.ref }) : undefined;
        return fail(p, c.state === 'closed' ? 'closed' : 'already_claimed', c.owner ? `${c.owner.name} already has this chat` : 'this chat has ended', f.ref);
      }
      case 'transfer': {
        const target = store.agentById(f.to);
        if (!target) return fail(p, 'not_found', 'there is no such colleague', f.ref);
        if (!store.transfer(f.conversation, agent.id, target.id)) return fail(p, 'not_owner', 'only the agent who has a chat can hand it over', f.ref);
        const c = store.conversation(f.conversation)!;
        if (f.ref) send(p, { type: 'ok', ref: f.ref });
        conversationChanged(c);
        return systemMessage(c, 'transferred', target.name);
      }
      case 'close': {
        const c = store.conversation(f.conversation);
        if (!c) return fail(p, 'not_found', 'there is no such conversation', f.ref);
        if (c.owner && c.owner.id !== agent.id) return fail(p, 'not_owner', `${c.owner.name} has this chat`, f.ref);
        if (store.closeConversation(c.id, now())) {
          if (c.kind === 'chat') systemMessage(c, 'ended', agent.name);
          conversationChanged(store.conversation(c.id));
        }
        return f.ref ? send(p, { type: 'ok', ref: f.ref }) : undefined;
      }
      case 'book': {
        const rules = slotRules();
        const customer = store.customerForBooking({ name: f.name, phone: f.phone, email: f.email, lang: f.lang }, now());
        const owner = f.assignee && store.agentById(f.assignee) ? f.assignee : null;
        const c = store.bookCallback({ customerId: customer.id, at: f.at, capacity: rules.capacity, now: now(), owner, caseRef: f.caseRef, note: f.note });
        if (!c) return fail(p, 'slot_full', 'every place in that slot is taken; choose another time', f.ref);
        if (f.note) store.append({ conversation: c.id, sender: 'system', senderKey: `a:${agent.id}`, agentId: agent.id, clientId: `book-${c.id}`, text: f.note, at: now() });
        conversationChanged(store.conversation(c.id));
        for (const m of store.messagesAfter(c.id, 0)) toAgents(m);
        return f.ref ? send(p, { type: 'ok', ref: f.ref, conversation: c.id }) : undefined;
      }
      case 'callbackUpdate': {
        const owner = f.assignee === undefined ? undefined : f.assignee && store.agentById(f.assignee) ? f.assignee : null;
        const r = store.updateCallback({ id: f.conversation, at: f.at, owner, status: f.status, capacity: slotRules().capacity });
        if (r === 'full') return fail(p, 'slot_full', 'every place in that slot is taken; choose another time', f.ref);
        if (!r) return fail(p, 'not_found', 'there is no such callback', f.ref);
        if (f.ref) send(p, { type: 'ok', ref: f.ref, conversation: r.id });
        return conversationChanged(r);
      }
      case 'providerAck':
        return store.providerEvents.ack(agent.id, f.seq);
      case 'noticeClaim': {
        const c = store.conversation(f.conversation);
        if (!c || c.kind !== 'callback') return fail(p, 'not_found', 'there is no such callback', f.ref);
        if (store.providerEvents.claimNotice(c.id, f.notice, agent.id, now())) return send(p, { type: 'ok', ref: f.ref, conversation: c.id });
        return fail(p, 'already_claimed', 'a colleague’s Växel sends this notice', f.ref);
      }
      case 'selfServiceLink': {
        const c = store.conversation(f.conversation);
        if (!c || c.kind !== 'callback') return fail(p, 'not_found', 'there is no such callback', f.ref);
        const token = makeSelfServiceToken(store.selfServiceKey, c.id, now() + SELF_SERVICE_DAYS_MS);
        return send(p, { type: 'ok', ref: f.ref, conversation: c.id, link: `${publicUrl()}${SELF_SERVICE_PATH}${token}` });
      }
      case 'shop': {
        store.setShop(f.config);
        if (f.ref) send(p, { type: 'ok', ref: f.ref });
        const frame = JSON.stringify({ type: 'shop', config: f.config });
        for (const q of parties) if (q.role !== 'pending') send(q, frame);
        return scheduleQueue();
      }
    }
  }

  return { helloAgent, onAgentFrame };
}
