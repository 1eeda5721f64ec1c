import type { CallKind } from '@yorisoi/shared';

/** The microphone, and the camera for a video call (the front one on phones first). */
export function openLocalMedia(kind: CallKind): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true },
    video: kind === 'video' ? { facingMode: 'user', width: { ideal: 640 } } : false,
  });
}

/**
 * Another camera than the one in use: the next one enumerateDevices lists, or, where
 * devices are not listed apart (some phones), the other facing mode.
 */
export async function openOtherCamera(current: MediaStreamTrack): Promise<MediaStreamTrack> {
  const cameras = (await navigator.mediaDevices.enumerateDevices()).filter(
    (d) => d.kind === 'videoinput',
  );
  const settings = current.getSettings();
  let video: MediaTrackConstraints;
  if (cameras.length > 1) {
    const index = cameras.findIndex((c) => c.deviceId === settings.deviceId);
    const next = cameras[(index + 1) % cameras.length]!;
    video = { deviceId: { exact: next.deviceId } };
  } else {
    video = { facingMode: settings.facingMode === 'environment' ? 'user' : 'environment' };
  }
  const stream = await navigator.mediaDevices.getUserMedia({ video });
  const track = stream.getVideoTracks()[0];
  if (!track) throw new Error('no camera track');
  return track;
}

/** Whether this device has more than one camera to switch between. */
export async function hasSeveralCameras(): Promise<boolean> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput').length > 1;
}
