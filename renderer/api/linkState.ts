/** Whether the window can reach the services right now. Electron IPC is always 'up'. */
export type LinkState = 'connecting' | 'up' | 'down' | 'refused';

export interface Link {
  state(): LinkState;
  onChange(listener: (s: LinkState) => void): () => void;
}

export const alwaysUp: Link = { state: () => 'up', onChange: () => () => {} };
