import { type CallToAnnounce, callAnnouncement } from '../../../../src/modules/floor/announce.rules.ts';

/**
 * The display board's voice: a two-tone chime, then the call read aloud in Indonesian, one call at a time so
 * two counters calling together are both heard. Browsers allow sound only after a tap, hence `unlock()` from the
 * board's start button. The text comes from the same rule the server tests (announce.rules.ts).
 */
export class Announcer {
  private queue: string[] = [];
  private speaking = false;
  private audio: AudioContext | null = null;

  unlock(): void {
    if (!this.audio && typeof AudioContext !== 'undefined') this.audio = new AudioContext();
    void this.audio?.resume();
  }

  announce(call: CallToAnnounce): void {
    this.queue.push(callAnnouncement(call));
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.speaking) return;
    this.speaking = true;
    try {
      for (let text = this.queue.shift(); text !== undefined; text = this.queue.shift()) {
        await this.chime();
        await this.say(text);
      }
    } finally {
      this.speaking = false;
    }
  }

  private chime(): Promise<void> {
    const ctx = this.audio;
    if (!ctx) return Promise.resolve();
    // "Ding-dong": two soft sine tones, the sound people in a hall already know as "a number is called".
    const tones: [number, number][] = [
      [659, 0],
      [523, 0.45],
    ];
    for (const [frequency, offset] of tones) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, ctx.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.4, ctx.currentTime + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + offset + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + offset);
      osc.stop(ctx.currentTime + offset + 0.65);
    }
    return new Promise((resolve) => setTimeout(resolve, 1100));
  }

  private say(text: string): Promise<void> {
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    if (!synth) return Promise.resolve();
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'id-ID';
      utterance.rate = 0.9;
      const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith('id'));
      if (voice) utterance.voice = voice;
      // Some engines never fire `end` (no voice installed): do not let one call block the next forever.
      const fallback = setTimeout(resolve, 1500 + text.length * 90);
      const done = () => {
        clearTimeout(fallback);
        resolve();
      };
      utterance.onend = done;
      utterance.onerror = done;
      synth.speak(utterance);
    });
  }
}
