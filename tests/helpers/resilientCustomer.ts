import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { RELAY_PROTOCOL_VERSION, type RelayFrame, type RelayMsg } from '../../shared/contract/relayProtocol';

/**
 * A customer as the widget behaves, in Node: keeps its session, resends what the relay has not
 * confirmed (same clientId) after every reconnect, shows each relay message once (by seq) and
 * acknowledges it. Used where the relay is killed or the line drops.
 */
export class ResilientCustomer {
  session: string | undefined;
  since = 0;
  readonly pending = new Map<string, object>();
  readonly received = new Map<string, RelayMsg>();
  readonly accepted = new Map<string, number>();
  conversation: string | null = null;
  private ws: WebSocket | null = null;
  private stopped = false;
  welcomes = 0;

  constructor(private readonly url: string, private readonly retryMs = 200) {
    this.open();
  }

  private open(): void {
    if (this.stopped) return;
    const ws = new WebSocket(this.url.replace(/^http/, 'ws') + '/ws');
    this.ws = ws;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', v: RELAY_PROTOCOL_VERSION, role: 'customer', lang: 'sv', session: this.session, since: this.since })));
    ws.on('message', (data) => this.handle(JSON.parse(String(data)) as RelayFrame));
    ws.on('error', () => {});
    ws.on('close', () => {
      if (this.ws === ws) this.ws = null;
      setTimeout(() => this.open(), this.retryMs);
    });
  }

  private handle(f: RelayFrame): void {
    if (f.type === 'welcome') {
      this.welcomes++;
      this.session = f.session;
      if (f.conversation) this.conversation = f.conversation;
      for (const frame of this.pending.values()) this.ws?.send(JSON.stringify(frame));
    } else if (f.type === 'accepted') {
      this.pending.delete(f.clientId);
      this.accepted.set(f.clientId, f.seq);
      this.conversation = f.conversation;
    } else if (f.type === 'msg') {
      this.received.set(`${f.conversation}:${f.seq}`, f);
      if (f.conversation === this.conversation) this.since = Math.max(this.since, f.seq);
      this.ws?.send(JSON.stringify({ type: 'ack', conversation: f.conversation, seq: f.seq }));
    }
  }

  say(text: string): string {
    const clientId = randomBytes(10).toString('hex');
    const frame = { type: 'say', clientId, text };
    this.pending.set(clientId, frame);
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(frame));
    return clientId;
  }

  fromAgent(): RelayMsg[] {
    return [...this.received.values()].filter((m) => m.from === 'agent').sort((a, b) => a.seq - b.seq);
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close();
  }
}
