/** The console's notification choices, kept on this device only. */
const soundKey = 'yorisoi.console.sound';

export function soundOn(storage: Storage = window.localStorage): boolean {
  return storage.getItem(soundKey) === 'on';
}

export function setSoundOn(on: boolean, storage: Storage = window.localStorage): void {
  storage.setItem(soundKey, on ? 'on' : 'off');
}

/** A short two-tone chime through Web Audio: no file to load, nothing if audio is blocked. */
export function chime(): void {
  const Context = window.AudioContext;
  if (!Context) return;
  const audio = new Context();
  [880, 660].forEach((frequency, i) => {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(audio.destination);
    const start = audio.currentTime + i * 0.18;
    oscillator.start(start);
    oscillator.stop(start + 0.15);
  });
  setTimeout(() => void audio.close(), 1_000);
}

/**
 * A desktop notification while the tab is hidden, through the service worker so a click
 * opens the consultation (push-sw.js). Fixed texts only, never content.
 */
export async function notifyWhileHidden(title: string, body: string, url: string, tag: string) {
  if (!document.hidden || !('Notification' in window)) return;
  if (Notification.permission !== 'granted') return;
  const registration = await navigator.serviceWorker?.getRegistration();
  if (registration) {
    await registration.showNotification(title, { body, tag, data: { url }, icon: '/icon-192.png' });
  } else {
    new Notification(title, { body, tag });
  }
}
