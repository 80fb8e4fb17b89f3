import type { WebSocket } from 'ws';
import type { AgentRow, CustomerRow } from '../store/relayStore';

/** One connection to the relay: not yet introduced, an agent's Växel, or a customer's tab. */
export interface Party {
  ws: WebSocket;
  ip: string;
  role: 'pending' | 'agent' | 'customer';
  agent?: AgentRow;
  state: 'online' | 'away';
  capacity: number;
  customer?: CustomerRow;
  bucket: { take(): boolean };
  strikes: number;
  badFrames: number;
  lastFrameAt: number;
  alive: boolean;
  lastRateError: number;
}
