let ctx: AudioContext | null = null;

/** Two soft notes from the Web Audio API: no sound file to ship, works in Electron and any browser. */
export function playChime(): void {
  try {
    ctx ??= new AudioContext();
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
