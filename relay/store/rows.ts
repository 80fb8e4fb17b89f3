// The rows the relay's store reads, and what the protocol makes of them.
import type { ConversationInfo, RelayMsg } from '../../shared/contract/relayProtocol';

/** Who wrote a line. */
export type Sender = 'customer' | 'agent' | 'system';

export interface ConversationRow {
  id: string;
  customer_id: string;
  kind: 'chat' | 'message' | 'callback';
  state: 'queued' | 'active' | 'closed';
  owner_id: string | null;
  owner_name: string | null;
  created_at: number;
  claimed_at: number | null;
  closed_at: number | null;
  last_seq: number;
  callback_at: number | null;
  callback_status: ConversationInfo['callbackStatus'];
  case_ref: string | null;
  c_name: string;
  c_email: string | null;
  c_phone: string | null;
  c_lang: 'sv' | 'en';
  c_page: string | null;
  c_tz: string | null;
}
export interface MessageRow {
  conversation_id: string;
  seq: number;
  sender: Sender;
  agent_id: string | null;
  agent_name: string | null;
  client_id: string;
  text: string;
  image_name: string | null;
  image_type: string | null;
  image_data: Buffer | null;
  at: number;
}


/** A conversation with its owner's and its customer's names: what ConversationRow holds. */
export const CONVERSATION_SELECT = `SELECT v.*, a.name AS owner_name, c.name AS c_name, c.email AS c_email, c.phone AS c_phone, c.lang AS c_lang, c.page AS c_page, c.time_zone AS c_tz
    FROM conversations v JOIN customers c ON c.id = v.customer_id LEFT JOIN agents a ON a.id = v.owner_id`;
export const MESSAGE_SELECT = `SELECT m.*, a.name AS agent_name FROM messages m LEFT JOIN agents a ON a.id = m.agent_id`;

export function toMsg(r: MessageRow): RelayMsg {
  return {
    type: 'msg',
    conversation: r.conversation_id,
    seq: r.seq,
    from: r.sender,
    agent: r.agent_id ? { id: r.agent_id, name: r.agent_name ?? '' } : null,
    clientId: r.client_id,
    text: r.text,
    image: r.image_data && r.image_type ? { name: r.image_name ?? 'image', type: r.image_type as 'image/png', data: r.image_data.toString('base64') } : null,
    at: r.at,
  };
}

export function toConversation(r: ConversationRow): ConversationInfo {
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    customer: { id: r.customer_id, name: r.c_name, email: r.c_email, phone: r.c_phone, lang: r.c_lang, page: r.c_page, timeZone: r.c_tz },
    createdAt: r.created_at,
    lastSeq: r.last_seq,
    callbackAt: r.callback_at,
    callbackStatus: r.callback_status,
    caseRef: r.case_ref,
  };
}

