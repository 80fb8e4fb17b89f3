import type { Db } from './database';

export interface ChatRelayRow {
  url: string;
  secret: Buffer;
  capacity: number;
  presence: 'online' | 'away';
  agent_id: string | null;
  agent_name: string | null;
}

export interface ChatConversationRow {
  conversation_id: string;
  case_id: string;
  kind: 'chat' | 'message' | 'callback';
  state: 'queued' | 'active' | 'closed';
  owner_id: string | null;
  owner_name: string | null;
  relay_customer_id: string;
  customer_page: string | null;
  last_seq: number;
  callback_at: number | null;
  /** The language the visitor's widget speaks; null for conversations stored before 0012. */
  lang: 'sv' | 'en' | null;
}

/** The relay connection and which case holds which relay conversation. */
export function createChatRepo(db: Db) {
  const getRelay = db.prepare<[], ChatRelayRow>('SELECT url, secret, capacity, presence, agent_id, agent_name FROM chat_relay WHERE id = 1');
  const putRelay = db.prepare(`INSERT INTO chat_relay (id, url, secret, capacity, presence, updated_at) VALUES (1, @url, @secret, @capacity, 'online', @now)
    ON CONFLICT(id) DO UPDATE SET url = excluded.url, secret = excluded.secret, capacity = excluded.capacity, agent_id = CASE WHEN url = excluded.url THEN agent_id END, updated_at = excluded.updated_at`);
  const setPresence = db.prepare('UPDATE chat_relay SET presence = ?, capacity = ?, updated_at = ? WHERE id = 1');
  const setMe = db.prepare('UPDATE chat_relay SET agent_id = ?, agent_name = ? WHERE id = 1');
  const delRelay = db.prepare('DELETE FROM chat_relay WHERE id = 1');
  const byConversation = db.prepare<[string], ChatConversationRow>('SELECT * FROM chat_conversations WHERE conversation_id = ?');
  const byCase = db.prepare<[string], ChatConversationRow>('SELECT * FROM chat_conversations WHERE case_id = ? ORDER BY updated_at DESC LIMIT 1');
  const upsert = db.prepare(`INSERT INTO chat_conversations (conversation_id, case_id, kind, state, owner_id, owner_name, relay_customer_id, customer_page, callback_at, updated_at, lang)
    VALUES (@conversation_id, @case_id, @kind, @state, @owner_id, @owner_name, @relay_customer_id, @customer_page, @callback_at, @now, @lang)
    ON CONFLICT(conversation_id) DO UPDATE SET state = excluded.state, owner_id = excluded.owner_id, owner_name = excluded.owner_name,
      customer_page = coalesce(excluded.customer_page, customer_page), lang = coalesce(excluded.lang, lang), updated_at = excluded.updated_at`);
  const setSeq = db.prepare('UPDATE chat_conversations SET last_seq = max(last_seq, ?) WHERE conversation_id = ?');
  const moveCase = db.prepare('UPDATE chat_conversations SET case_id = ? WHERE case_id = ?');

  return {
    relay: (): ChatRelayRow | null => getRelay.get() ?? null,
    saveRelay: (r: { url: string; secret: Buffer; capacity: number }, now: number) => void putRelay.run({ ...r, now }),
    setPresence: (presence: 'online' | 'away', capacity: number, now: number) => void setPresence.run(presence, capacity, now),
    setMe: (id: string, name: string) => void setMe.run(id, name),
    removeRelay: () => void delRelay.run(),
    conversation: (id: string) => byConversation.get(id) ?? null,
    ofCase: (caseId: string) => byCase.get(caseId) ?? null,
    upsert: (r: Omit<ChatConversationRow, 'last_seq'>, now: number) => void upsert.run({ ...r, now }),
    setSeq: (conversation: string, seq: number) => void setSeq.run(seq, conversation),
    /** After a merge, new chat lines land in the case that kept the history. */
    moveCase: (fromCase: string, toCase: string) => void moveCase.run(toCase, fromCase),
  };
}
export type ChatRepo = ReturnType<typeof createChatRepo>;
