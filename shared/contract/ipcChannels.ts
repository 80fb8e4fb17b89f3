/** The two Electron IPC channels: calls (invoke/handle) and pushed events. */
export const IPC_CALL = 'vaxel:call';
export const IPC_EVENT = 'vaxel:event';
