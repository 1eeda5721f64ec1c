import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import type { CallController, CallSnapshot } from './call-controller.ts';

function StreamVideo({
  stream,
  muted,
  className,
  testId,
  label,
}: {
  stream: MediaStream | null;
  muted: boolean;
  className: string;
  testId: string;
  label: string;
}) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream;
  }, [stream]);
  return (
    <video
      ref={video}
      className={className}
      data-testid={testId}
      aria-label={label}
      autoPlay
      playsInline
      muted={muted}
    />
  );
}

/** The call over the page: the other side large, oneself small, the controls at thumb reach. */
export function CallScreen({
  snapshot,
  controller,
}: {
  snapshot: CallSnapshot;
  controller: CallController;
}) {
  const { t } = useTranslation();
  const { phase, muted, cameraOff, audioOnly, quality, canSwitchCamera } = snapshot;
  const status =
    phase === 'outgoing'
      ? t('calls.status.ringing')
      : phase === 'connecting'
        ? t('calls.status.connecting')
        : t('calls.status.connected');
  return (
    <section className="call-screen" aria-label={t('calls.screen.label')} data-testid="call-screen">
      <div className="call-screen__stage">
        <StreamVideo
          stream={snapshot.remoteStream}
          muted={false}
          className={`call-screen__remote${snapshot.remoteVideo ? '' : ' call-screen__remote--hidden'}`}
          testId="remote-video"
          label={t('calls.screen.remote')}
        />
        {!snapshot.remoteVideo ? (
          <p className="call-screen__audio-only">{t('calls.screen.voiceOnly')}</p>
        ) : null}
        {!audioOnly ? (
          <StreamVideo
            stream={snapshot.localStream}
            muted
            className="call-screen__local"
            testId="local-video"
            label={t('calls.screen.local')}
          />
        ) : null}
      </div>
      <p className="call-screen__status" role="status" data-testid="call-status" data-phase={phase}>
        {status}
        {quality ? (
          <span className={`call-quality call-quality--${quality}`} data-testid="call-quality">
            {t(`calls.quality.${quality}`)}
          </span>
        ) : null}
      </p>
      <p className="call-screen__note">{t('calls.screen.private')}</p>
      <div className="call-screen__controls">
        <Button variant="secondary" aria-pressed={muted} onClick={() => controller.toggleMute()}>
          {muted ? t('calls.controls.unmute') : t('calls.controls.mute')}
        </Button>
        {!audioOnly ? (
          <Button
            variant="secondary"
            aria-pressed={cameraOff}
            onClick={() => controller.toggleCamera()}
          >
            {cameraOff ? t('calls.controls.cameraOn') : t('calls.controls.cameraOff')}
          </Button>
        ) : null}
        {!audioOnly && canSwitchCamera ? (
          <Button variant="secondary" onClick={() => void controller.switchCamera()}>
            {t('calls.controls.switchCamera')}
          </Button>
        ) : null}
        {!audioOnly ? (
          <Button variant="secondary" onClick={() => void controller.switchToAudioOnly()}>
            {t('calls.controls.audioOnly')}
          </Button>
        ) : null}
        <Button variant="danger" onClick={() => void controller.hangUp()} data-testid="call-hangup">
          {t('calls.controls.hangUp')}
        </Button>
      </div>
    </section>
  );
}
