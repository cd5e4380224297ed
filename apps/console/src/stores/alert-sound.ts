/**
 * A short beep through WebAudio for a new alert: no audio file to ship,
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

/** SLA alerts by their kind (SLA-7); certificate expiry alerts (SVC-3) have a tone of their own. */
export type AlertTone = 'AT_RISK' | 'BREACHED' | 'CERTIFICATE';

const TONES: Record<AlertTone, { frequency: number; duration: number; type: OscillatorType }> = {
  AT_RISK: { frequency: 880, duration: 0.18, type: 'sine' },
  BREACHED: { frequency: 660, duration: 0.35, type: 'sine' },
  // Informational: a soft, low triangle, unlike either SLA beep.
  CERTIFICATE: { frequency: 523, duration: 0.22, type: 'triangle' },
};

/** BREACHED is lower and longer than AT_RISK, and a certificate alert softer, so they can be told apart without looking. */
export function playAlertBeep(kind: AlertTone): void {
  unlockAlertSound();
  if (!context) return;
  try {
    const start = context.currentTime;
    const tone = TONES[kind];
    const duration = tone.duration;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = tone.type;
    oscillator.frequency.value = tone.frequency;
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
