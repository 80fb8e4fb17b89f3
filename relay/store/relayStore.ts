import { createHash, randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { ConversationInfo, RelayMsg, ShopConfig, ShopConfigInput } from '../../shared/contract/relayProtocol';
import { ShopConfigSchema } from '../../shared/contract/relayProtocol';
import { DEFAULT_OPENING_HOURS } from '../../shared/domain/settings';
import { startCheckpointer } from './checkpointer';
import { migrateRelay } from './migrations';
import { createAgentBacklog } from './agentBacklog';
import { createProviderEvents } from './providerEvents';
import { CONVERSATION_SELECT as CONV, MESSAGE_SELECT as MSG, toConversation, toMsg, type ConversationRow, type MessageRow, type Sender } from './rows';
import { selfServiceKey } from './selfServiceKey';

export type RelayDb = Database.Database;
export type { Sender } from './rows';

export interface AgentRow {
  id: string;
  name: string;
}
export interface CustomerRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  lang: 'sv' | 'en';
  page: string | null;
}
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** Tokens are 32 random bytes, base64url; only their SHA-256 is stored. */
export const newToken = () => randomBytes(32).toString('base64url');
const newConversationId = () => randomUUID().replace(/-/g, '');

export const DEFAULT_SHOP: ShopConfig = {
  name: '',
  timeZone: 'Europe/Stockholm',
  openingHours: DEFAULT_OPENING_HOURS,
  holidays: [],
  invitations: [],
  callbacks: { slotMinutes: 15, capacity: 1, leadMinutes: 30 },
};

/**
 * The relay's own store. Every message is committed before anyone hears of it (the sender's
 * 'accepted', the other side's 'msg'), so a relay killed at any point loses nothing it confirmed;
 * (sender, clientId) is unique, so a frame sent again after a reconnect is stored once.
 */
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * A write that meets the checkpointer resetting the WAL gets SQLITE_BUSY at once (SQLite does not
 * wait on that lock). Frames are handled one after another, so the write is tried again in place
 * for a moment rather than refused: a refused line would be sent again later, out of order.
 */
function retryWhileBusy<T>(fn: () => T, tries = 50): T {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (e) {
      if (i >= tries || !/^SQLITE_BUSY/.test((e as { code?: string }).code ?? '')) throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

export function openRelayStore(file: string) {
  const db: RelayDb = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrateRelay(db);
  // checkpoints run on a worker thread (checkpointer.ts), not on the line that happens to commit
  db.pragma('wal_autocheckpoint = 0');
  const checkpointer = startCheckpointer(file);

  const q = {
    agentByToken: db.prepare<[string], AgentRow>('SELECT id, name FROM agents WHERE token_sha256 = ? AND disabled = 0'),
    agentById: db.prepare<[string], AgentRow>('SELECT id, name FROM agents WHERE id = ? AND disabled = 0'),
    agents: db.prepare<[], AgentRow & { created_at: number; disabled: number }>('SELECT id, name, created_at, disabled FROM agents ORDER BY name'),
    insertAgent: db.prepare('INSERT INTO agents (id, name, token_sha256, created_at) VALUES (?, ?, ?, ?)'),
    disableAgent: db.prepare('UPDATE agents SET disabled = 1 WHERE id = ? OR name = ?'),
    renameAgent: db.prepare("UPDATE agents SET name = @name WHERE id = @id AND NOT EXISTS (SELECT 1 FROM agents WHERE name = @name AND id <> @id AND disabled = 0)"),
    customerBySession: db.prepare<[string], CustomerRow>('SELECT id, name, email, phone, lang, page FROM customers WHERE session_sha256 = ?'),
    customerById: db.prepare<[string], CustomerRow>('SELECT id, name, email, phone, lang, page FROM customers WHERE id = ?'),
    insertCustomer: db.prepare('INSERT INTO customers (id, session_sha256, lang, page, created_at, last_seen) VALUES (?, ?, ?, ?, ?, ?)'),
    touchCustomer: db.prepare('UPDATE customers SET lang = ?, page = coalesce(?, page), last_seen = ? WHERE id = ?'),
    setPage: db.prepare('UPDATE customers SET page = ? WHERE id = ?'),
    setContact: db.prepare('UPDATE customers SET name = CASE WHEN @name <> \'\' THEN @name ELSE name END, email = coalesce(@email, email), phone = coalesce(@phone, phone), time_zone = coalesce(@tz, time_zone) WHERE id = @id'),
    // only the id, with no joins: every chat line asks it, and it is a third of the store's time for one
    openChatOf: db.prepare<[string], string>("SELECT id FROM conversations WHERE customer_id = ? AND kind = 'chat' AND state <> 'closed' ORDER BY created_at DESC LIMIT 1").pluck(),
    conversation: db.prepare<[string], ConversationRow>(`${CONV} WHERE v.id = ?`),
    insertConversation: db.prepare('INSERT INTO conversations (id, customer_id, kind, state, created_at, last_seq, callback_at, callback_status) VALUES (?, ?, ?, \'queued\', ?, 0, ?, ?)'),
    bookedBetween: db.prepare<[number, number], number>("SELECT callback_at FROM conversations WHERE kind = 'callback' AND callback_status = 'booked' AND callback_at >= ? AND callback_at < ?").pluck(),
    openBookingOf: db.prepare<[{ customer: string; phone: string | null; now: number }], string>(
      `SELECT v.id FROM conversations v JOIN customers c ON c.id = v.customer_id
       WHERE v.kind = 'callback' AND v.callback_status = 'booked' AND v.callback_at >= @now AND (v.customer_id = @customer OR (@phone IS NOT NULL AND c.phone = @phone)) LIMIT 1`,
    ).pluck(),
    dropImagesBefore: db.prepare('UPDATE messages SET image_data = NULL, image_type = NULL WHERE image_data IS NOT NULL AND at < ?'),
    bookedAt: db.prepare<[number], number>("SELECT count(*) FROM conversations WHERE kind = 'callback' AND callback_status = 'booked' AND callback_at = ?").pluck(),
    setCallback: db.prepare(`UPDATE conversations SET callback_at = coalesce(@at, callback_at), callback_status = coalesce(@status, callback_status),
      owner_id = CASE WHEN @setOwner = 1 THEN @owner ELSE owner_id END,
      state = CASE WHEN coalesce(@status, callback_status) IN ('done', 'cancelled') THEN 'closed' WHEN (CASE WHEN @setOwner = 1 THEN @owner ELSE owner_id END) IS NULL THEN 'queued' ELSE 'active' END,
      case_ref = coalesce(@caseRef, case_ref), note = coalesce(@note, note)
      WHERE id = @id AND kind = 'callback'`),
    bumpSeq: db.prepare<[string], number>('UPDATE conversations SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq').pluck(),
    // the next seq read in the insert itself; a (sender, clientId) already stored inserts nothing
    // (only that key: any other constraint still fails the insert)
    insertMessage: db.prepare(`INSERT INTO messages (conversation_id, seq, sender, sender_key, agent_id, client_id, text, image_name, image_type, image_data, at)
      SELECT id, last_seq + 1, @sender, @senderKey, @agentId, @clientId, @text, @imageName, @imageType, @imageData, @at FROM conversations WHERE id = @conversation
      ON CONFLICT (sender_key, client_id) DO NOTHING`),
    agentName: db.prepare<[string], string>('SELECT name FROM agents WHERE id = ?').pluck(),
    bySender: db.prepare<[string, string], MessageRow>(`${MSG} WHERE m.sender_key = ? AND m.client_id = ?`),
    messagesAfter: db.prepare<[string, number], MessageRow>(`${MSG} WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq`),
    claim: db.prepare("UPDATE conversations SET owner_id = ?, state = 'active', claimed_at = ? WHERE id = ? AND owner_id IS NULL AND state = 'queued'"),
    transfer: db.prepare("UPDATE conversations SET owner_id = ? WHERE id = ? AND owner_id = ? AND state = 'active'"),
    close: db.prepare("UPDATE conversations SET state = 'closed', closed_at = ? WHERE id = ? AND state <> 'closed'"),
    ackAgent: db.prepare('INSERT INTO agent_cursors (agent_id, conversation_id, seq) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seq = max(seq, excluded.seq)'),
    ackCustomer: db.prepare('UPDATE conversations SET customer_acked = max(customer_acked, ?) WHERE id = ? AND customer_id = ?'),
    queued: db.prepare<[], { id: string; customer_id: string; created_at: number }>("SELECT id, customer_id, created_at FROM conversations WHERE state = 'queued' AND kind = 'chat' ORDER BY created_at, id"),
    activeByOwner: db.prepare<[], { owner_id: string; n: number }>("SELECT owner_id, count(*) AS n FROM conversations WHERE state = 'active' AND kind = 'chat' GROUP BY owner_id"),
    recentChats: db.prepare<[], { claim_s: number; chat_s: number | null }>(
      "SELECT (claimed_at - created_at) / 1000.0 AS claim_s, (closed_at - claimed_at) / 1000.0 AS chat_s FROM conversations WHERE claimed_at IS NOT NULL AND kind = 'chat' ORDER BY claimed_at DESC LIMIT 50",
    ),
    getShop: db.prepare<[], string>("SELECT value FROM relay_settings WHERE key = 'shop'").pluck(),
    setShop: db.prepare("INSERT INTO relay_settings (key, value) VALUES ('shop', ?) ON CONFLICT DO UPDATE SET value = excluded.value"),
    counts: db.prepare<[], { conversations: number; messages: number; customers: number }>(
      'SELECT (SELECT count(*) FROM conversations) AS conversations, (SELECT count(*) FROM messages) AS messages, (SELECT count(*) FROM customers) AS customers',
    ),
  };

  /**
   * One line stored: inserted with the next seq, the conversation's last seq moved to it, and the
   * line as the protocol sends it made from what was stored, not read back. Every chat line passes
   * here: a check for a resend before the insert and a read after it were two more look-ups a line
   * (the commands check for a resend themselves first, in acceptedAgain).
   */
  const appendOnce = db.transaction(
    (m: { conversation: string; sender: Sender; senderKey: string; agentId: string | null; clientId: string; text: string; image?: { name: string; type: string; data: string } | undefined; at: number }): { msg: RelayMsg; fresh: boolean } => {
      const imageData = m.image ? Buffer.from(m.image.data, 'base64') : null;
      const inserted = q.insertMessage.run({
        conversation: m.conversation,
        sender: m.sender,
        senderKey: m.senderKey,
        agentId: m.agentId,
        clientId: m.clientId,
        text: m.text,
        imageName: m.image?.name ?? null,
        imageType: m.image?.type ?? null,
        imageData,
        at: m.at,
      }).changes;
      if (inserted === 0) {
        const existing = q.bySender.get(m.senderKey, m.clientId);
        if (!existing) throw new Error(`there is no conversation ${m.conversation}`);
        return { msg: toMsg(existing), fresh: false };
      }
      const seq = q.bumpSeq.get(m.conversation)!;
      const row: MessageRow = {
        conversation_id: m.conversation,
        seq,
        sender: m.sender,
        agent_id: m.agentId,
        agent_name: m.agentId ? (q.agentName.get(m.agentId) ?? null) : null,
        client_id: m.clientId,
        text: m.text,
        image_name: m.image?.name ?? null,
        image_type: m.image?.type ?? null,
        image_data: imageData,
        at: m.at,
      };
      return { msg: toMsg(row), fresh: true };
    },
  );

  function shop(): ShopConfig {
    const raw = q.getShop.get();
    if (!raw) return DEFAULT_SHOP;
    const parsed = ShopConfigSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_SHOP;
  }
  return {
    db,
    providerEvents: createProviderEvents(db),
    /** The key that signs customers' self-service links (made once, kept in the relay's database). */
    selfServiceKey: selfServiceKey(db),
    async close() {
      await checkpointer.stop();
      db.close();
    },
    counts: () => q.counts.get()!,

    addAgent(name: string, now: number): { id: string; name: string; token: string } {
      const token = newToken();
      const id = randomUUID().slice(0, 8);
      q.insertAgent.run(id, name, sha256(token), now);
      return { id, name, token };
    },
    listAgents: () => q.agents.all(),
    disableAgent: (idOrName: string) => q.disableAgent.run(idOrName, idOrName).changes > 0,
    agentByToken: (token: string) => q.agentByToken.get(sha256(token)) ?? null,
    agentById: (id: string) => q.agentById.get(id) ?? null,
    /** The agent's own display name (from their Settings); false when an active colleague already has it. */
    renameAgent: (id: string, name: string): boolean => q.renameAgent.run({ id, name }).changes > 0,

    /** The customer behind a session token, or a new customer with a fresh token. */
    customerFor(session: string | undefined, lang: 'sv' | 'en', page: string | undefined, now: number): { customer: CustomerRow; session: string; isNew: boolean } {
      if (session) {
        const found = q.customerBySession.get(sha256(session));
        if (found) {
          q.touchCustomer.run(lang, page ?? null, now, found.id);
          return { customer: q.customerById.get(found.id)!, session, isNew: false };
        }
      }
      const fresh = newToken();
      const id = randomUUID().slice(0, 12);
      q.insertCustomer.run(id, sha256(fresh), lang, page ?? null, now, now);
      return { customer: q.customerById.get(id)!, session: fresh, isNew: true };
    },
    customer: (id: string) => q.customerById.get(id) ?? null,
    setPage: (customerId: string, url: string) => void q.setPage.run(url, customerId),
    setContact: (customerId: string, c: { name: string; email?: string | null; phone?: string | null; timeZone?: string | null }) =>
      void q.setContact.run({ id: customerId, name: c.name, email: c.email ?? null, phone: c.phone ?? null, tz: c.timeZone ?? null }),

    /** The id of the customer's open chat, if any. */
    openChatOf: (customerId: string): string | null => q.openChatOf.get(customerId) ?? null,
    conversation: (id: string) => {
      const r = q.conversation.get(id);
      return r ? toConversation(r) : null;
    },
    newConversation(customerId: string, kind: ConversationInfo['kind'], now: number, callbackAt: number | null = null): ConversationInfo {
      const id = newConversationId();
      q.insertConversation.run(id, customerId, kind, now, callbackAt, kind === 'callback' ? 'booked' : null);
      return toConversation(q.conversation.get(id)!);
    },
    /** Instants of the booked callbacks in [from, to). */
    bookedBetween: (from: number, to: number) => q.bookedBetween.all(from, to),
    /**
     * Book a callback if its slot has a place: counted and written in one transaction, so two
     * agents (or an agent and a customer) can not both take the last place.
     */
    bookCallback: db.transaction(
      (b: { customerId: string; at: number; capacity: number; now: number; owner: string | null; caseRef: string | null; note: string }): ConversationInfo | null => {
        if (q.bookedAt.get(b.at)! >= b.capacity) return null;
        const id = newConversationId();
        q.insertConversation.run(id, b.customerId, 'callback', b.now, b.at, 'booked');
        q.setCallback.run({ id, at: null, status: null, setOwner: b.owner ? 1 : 0, owner: b.owner, caseRef: b.caseRef, note: b.note || null });
        return toConversation(q.conversation.get(id)!);
      },
    ),
    /** Move, reassign or close a callback; a move checks the new slot's capacity. Null when full. */
    updateCallback: db.transaction(
      (u: { id: string; at?: number | undefined; owner?: string | null | undefined; status?: ConversationInfo['callbackStatus'] | undefined; capacity: number }): ConversationInfo | 'full' | null => {
        const c = q.conversation.get(u.id);
        if (!c || c.kind !== 'callback') return null;
        if (u.at !== undefined && u.at !== c.callback_at && q.bookedAt.get(u.at)! >= u.capacity) return 'full';
        q.setCallback.run({ id: u.id, at: u.at ?? null, status: u.status ?? null, setOwner: u.owner !== undefined ? 1 : 0, owner: u.owner ?? null, caseRef: null, note: null });
        return toConversation(q.conversation.get(u.id)!);
      },
    ),
    /** A callback still to come for this visitor, or for anyone with this phone number; its id or null. */
    openBookingOf: (customerId: string, phone: string | null, now: number): string | null => q.openBookingOf.get({ customer: customerId, phone, now }) ?? null,
    /** Pictures older than this instant are deleted (the laptops took them long ago); returns how many. */
    dropImagesBefore: (cutoff: number): number => q.dropImagesBefore.run(cutoff).changes,
    /** A customer record for a callback booked by an agent (no session: the customer never connects). */
    customerForBooking(c: { name: string; phone: string; email: string | null; lang: 'sv' | 'en' }, now: number): CustomerRow {
      const id = randomUUID().slice(0, 12);
      q.insertCustomer.run(id, sha256(newToken()), c.lang, null, now, now);
      q.setContact.run({ id, name: c.name, email: c.email, phone: c.phone, tz: null });
      return q.customerById.get(id)!;
    },
    /** Store a message once per (sender, clientId); 'fresh' is false for a resend. */
    append: (m: Parameters<typeof appendOnce>[0]) => retryWhileBusy(() => appendOnce(m)),
    sentBy: (senderKey: string, clientId: string) => {
      const r = q.bySender.get(senderKey, clientId);
      return r ? toMsg(r) : null;
    },
    messagesAfter: (conversation: string, seq: number) => q.messagesAfter.all(conversation, seq).map(toMsg),
    claim: (conversation: string, agentId: string, now: number) => q.claim.run(agentId, now, conversation).changes === 1,
    transfer: (conversation: string, from: string, to: string) => q.transfer.run(to, conversation, from).changes === 1,
    closeConversation: (conversation: string, now: number) => q.close.run(now, conversation).changes === 1,
    ackAgent: (agentId: string, conversation: string, seq: number) => void q.ackAgent.run(agentId, conversation, seq),
    ackCustomer: (customerId: string, conversation: string, seq: number) => void q.ackCustomer.run(seq, conversation, customerId),
    ...createAgentBacklog(db, () => shop().timeZone),
    queued: () => q.queued.all(),
    activeByOwner: () => new Map(q.activeByOwner.all().map((r) => [r.owner_id, r.n])),
    recentChats: () => q.recentChats.all(),
    shop,
    setShop: (config: ShopConfigInput) => void q.setShop.run(JSON.stringify(ShopConfigSchema.parse(config))),
  };
}
export type RelayStore = ReturnType<typeof openRelayStore>;
