/**
 * A short beep through WebAudio for a new SLA alert: no audio file to ship,
 * and nothing plays until the user turned sound on (browsers also refuse
 * audio before a user gesture; turning it on is that gesture).
 */
type AudioContextConstructor = new () => AudioContext;

let context: AudioContext | null = null;

function audioContextClass(): AudioContextConstructor | null {
  const scope = globalThis as unknown as { AudioContext?: AudioContextConstructor; webkitAudioContext?: AudioContextConstructor };
  return scope.AudioContext ?? scope.webkitAudioContext ?? null;
}

/** Creates (or wakes) the shared context; call it from the click that turns sound on. */
export function unlockAlertSound(): void {
  const AudioContextClass = audioContextClass();
  if (!AudioContextClass) return;
  try {
    context ??= new AudioContextClass();
    if (context.state === 'suspended') void context.resume();
  } catch {
    // No audio device: alerts stay visual.
  }
}

/** BREACHED is lower and longer than AT_RISK, so the two can be told apart without looking. */
export function playAlertBeep(kind: 'AT_RISK' | 'BREACHED'): void {
  unlockAlertSound();
  if (!context) return;
  try {
    const start = context.currentTime;
    const duration = kind === 'BREACHED' ? 0.35 : 0.18;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = kind === 'BREACHED' ? 660 : 880;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + duration);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + duration + 0.02);
  } catch {
    // A beep is a nicety; never let it break the alert itself.
  }
}
