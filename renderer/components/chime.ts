let ctx: AudioContext | null = null;

/**
 * Browsers keep audio silent until the page has had a click or a key press. The agent's first
 * interaction with the window unlocks it here, so the first new chat of the day is heard even
 * if it arrives before the agent has clicked the chime's own button.
 */
export function primeChimeOnFirstInteraction(target: { addEventListener(type: string, l: () => void, o?: { once?: boolean; capture?: boolean }): void }): void {
  const unlock = () => {
    try {
      ctx ??= new AudioContext();
      void ctx.resume();
    } catch {
      /* no audio device */
    }
  };
  for (const type of ['pointerdown', 'keydown']) target.addEventListener(type, unlock, { once: true, capture: true });
}

/** Two soft notes from the Web Audio API: no sound file to ship, works in Electron and any browser. */
export function playChime(): void {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume();
    const start = ctx.currentTime;
    for (const [i, freq] of [660, 880].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start + i * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.15, start + i * 0.15 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.15 + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + i * 0.15);
      osc.stop(start + i * 0.15 + 0.32);
    }
  } catch {
    /* no audio device: the notification and the queue still show it */
  }
}
