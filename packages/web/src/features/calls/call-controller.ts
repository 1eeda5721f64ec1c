import type { CallKind, TCall, TCallDescription, TCallIce, TIceConfig } from '@yorisoi/shared';
import { call as apiCall } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { hasSeveralCameras, openLocalMedia, openOtherCamera } from './media.ts';
import { classifyQuality, readStats, type CallQuality, type StatsReading } from './quality.ts';
import { openCallSocket, type CallSocket } from './call-socket.ts';

/**
 * idle: no call; outgoing: mine rings at the other side; incoming: theirs rings here;
 * connecting: accepted, media not flowing yet; connected: media flows.
 */
export type CallPhase = 'idle' | 'outgoing' | 'incoming' | 'connecting' | 'connected';

export interface CallSnapshot {
  phase: CallPhase;
  call: TCall | null;
  localStream: MediaStream | null;
  remoteStream: MediaStream | null;
  /** The other side sends no video (audio call, camera switched away or off). */
  remoteVideo: boolean;
  muted: boolean;
  cameraOff: boolean;
  audioOnly: boolean;
  canSwitchCamera: boolean;
  quality: CallQuality | null;
  /** The last call that ended, to say why (declined, missed …). */
  ended: TCall | null;
  /** A catalog code, or MEDIA_DENIED when the camera or microphone could not be opened. */
  error: string | null;
}

const idle: CallSnapshot = {
  phase: 'idle',
  call: null,
  localStream: null,
  remoteStream: null,
  remoteVideo: false,
  muted: false,
  cameraOff: false,
  audioOnly: false,
  canSwitchCamera: false,
  quality: null,
  ended: null,
  error: null,
};

/**
 * The queue of the municipality moved, one consultation changed (re-read it), or the care
 * team's 緊急 inbox may have (staff only).
 */
export type LiveNotice =
  { kind: 'queue' } | { kind: 'crisis' } | { kind: 'consultation'; consultationId: string };

const statsIntervalMs = 2_000;
const ackTimeoutMs = 10_000;

type Acked<T> = T | { error: { code: string } };
const refusal = (response: unknown): string | null =>
  typeof response === 'object' && response !== null && 'error' in response
    ? (response as { error: { code: string } }).error.code
    : null;

/**
 * One person's calls for as long as they are signed in: its own socket (so a call rings
 * on any page), one RTCPeerConnection per call, and the in-call controls. The caller
 * sends its offer while it rings; the callee keeps it (and the candidates) and answers
 * the moment the person accepts, so connecting costs no extra round trip. The callee's
 * camera and microphone open only on accepting. Media never passes through the server.
 */
export class CallController {
  private snapshot: CallSnapshot = idle;
  private readonly listeners = new Set<() => void>();
  private readonly noticeListeners = new Set<(notice: LiveNotice) => void>();
  private socket: CallSocket | null = null;
  private pc: RTCPeerConnection | null = null;
  private pendingCandidates: TCallIce['candidate'][] = [];
  /** The caller's offer, which arrives while it rings and is answered on accepting. */
  private pendingOffer: TCallDescription | null = null;
  /** Whether this call's peer connection has taken an offer (set before awaiting it). */
  private offerTaken = false;
  /** Fetched while it rings, so accepting does not wait for it. */
  private iceConfig: Promise<TIceConfig> | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private lastReading: StatsReading | null = null;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.snapshot;

  /**
   * This connection lives as long as the session, so it also carries the live notices
   * that let the queue and a waiting person's status refresh without polling.
   */
  onLiveNotice = (listener: (notice: LiveNotice) => void) => {
    this.noticeListeners.add(listener);
    return () => {
      this.noticeListeners.delete(listener);
    };
  };

  private notify(notice: LiveNotice) {
    for (const listener of this.noticeListeners) listener(notice);
  }

  private set(patch: Partial<CallSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  start() {
    const socket = openCallSocket();
    this.socket = socket;
    socket.on('call:ringing', (call) => this.ringing(call));
    socket.on('call:state', (call) => this.stateArrived(call));
    socket.on('call:offer', (d) => void this.offerArrived(d));
    socket.on('call:answer', (d) => void this.answerArrived(d));
    socket.on('call:ice', (c) => void this.candidateArrived(c));
    socket.on('queue:changed', () => this.notify({ kind: 'queue' }));
    socket.on('crisis:changed', () => this.notify({ kind: 'crisis' }));
    socket.on('consultation:changed', ({ consultationId }) =>
      this.notify({ kind: 'consultation', consultationId }),
    );
    socket.connect();
  }

  stop() {
    this.teardown();
    this.socket?.removeAllListeners();
    this.socket?.close();
    this.socket = null;
  }

  /**
   * A call rings for me: pushed over the socket, or found on opening the consultation
   * (the app was closed and a push brought the person here while it still rings).
   */
  ringing(call: TCall) {
    if (this.snapshot.phase !== 'idle' || call.state !== 'ringing' || call.mine) return;
    this.pendingOffer = null;
    this.pendingCandidates = [];
    this.iceConfig = apiCall('getIceConfig');
    this.iceConfig.catch(() => undefined);
    this.set({ ...idle, phase: 'incoming', call });
  }

  /** Rings the other party of a consultation. */
  async startCall(consultationId: string, kind: CallKind) {
    if (this.snapshot.phase !== 'idle' || !this.socket) return;
    this.set({ ...idle, phase: 'outgoing', audioOnly: kind === 'audio' });
    try {
      const ice = await apiCall('getIceConfig');
      const stream = await this.openMedia(kind);
      if (!stream) return;
      const response: Acked<TCall> = await this.socket
        .timeout(ackTimeoutMs)
        .emitWithAck('call:invite', { consultationId, kind });
      const code = refusal(response);
      if (code) return this.fail(code);
      const call = response as TCall;
      this.set({ call });
      this.createPeer(ice, stream, call.id);
      // Offering while it rings lets the callee answer at once; ICE starts meanwhile.
      await this.sendOffer(call.id);
    } catch (error) {
      this.fail(error instanceof ApiError ? error.code : 'INTERNAL');
    }
  }

  async accept() {
    const ringing = this.snapshot.call;
    if (this.snapshot.phase !== 'incoming' || !ringing || !this.socket) return;
    this.set({ phase: 'connecting', audioOnly: ringing.kind === 'audio' });
    try {
      const ice = await (this.iceConfig ?? apiCall('getIceConfig'));
      const stream = await this.openMedia(ringing.kind);
      if (!stream) {
        await this.socket.timeout(ackTimeoutMs).emitWithAck('call:decline', { callId: ringing.id });
        return;
      }
      this.createPeer(ice, stream, ringing.id);
      const response: Acked<TCall> = await this.socket
        .timeout(ackTimeoutMs)
        .emitWithAck('call:accept', { callId: ringing.id });
      const code = refusal(response);
      if (code) return this.fail(code);
      const offer = this.pendingOffer;
      this.pendingOffer = null;
      if (offer) await this.offerArrived(offer);
    } catch (error) {
      this.fail(error instanceof ApiError ? error.code : 'INTERNAL');
    }
  }

  async decline() {
    const ringing = this.snapshot.call;
    if (this.snapshot.phase !== 'incoming' || !ringing || !this.socket) return;
    this.set({ ...idle });
    await this.socket.timeout(ackTimeoutMs).emitWithAck('call:decline', { callId: ringing.id });
  }

  async hangUp() {
    const current = this.snapshot.call;
    this.teardown();
    this.set({ ...idle, ended: this.snapshot.ended });
    if (current && this.socket) {
      await this.socket.timeout(ackTimeoutMs).emitWithAck('call:hangup', { callId: current.id });
    }
  }

  toggleMute() {
    const muted = !this.snapshot.muted;
    for (const track of this.snapshot.localStream?.getAudioTracks() ?? []) track.enabled = !muted;
    this.set({ muted });
  }

  toggleCamera() {
    const cameraOff = !this.snapshot.cameraOff;
    for (const track of this.snapshot.localStream?.getVideoTracks() ?? []) {
      track.enabled = !cameraOff;
    }
    this.set({ cameraOff });
  }

  async switchCamera() {
    const stream = this.snapshot.localStream;
    const current = stream?.getVideoTracks()[0];
    const sender = this.pc?.getSenders().find((s) => s.track?.kind === 'video');
    if (!stream || !current || !sender) return;
    const next = await openOtherCamera(current);
    next.enabled = !this.snapshot.cameraOff;
    await sender.replaceTrack(next);
    stream.removeTrack(current);
    current.stop();
    stream.addTrack(next);
    this.set({ localStream: new MediaStream(stream.getTracks()) });
  }

  /** Stops the camera for good in this call; the other side sees the audio-call view. */
  async switchToAudioOnly() {
    const stream = this.snapshot.localStream;
    const sender = this.pc?.getSenders().find((s) => s.track?.kind === 'video');
    if (sender) await sender.replaceTrack(null);
    for (const track of stream?.getVideoTracks() ?? []) {
      stream?.removeTrack(track);
      track.stop();
    }
    this.set({
      audioOnly: true,
      canSwitchCamera: false,
      localStream: stream ? new MediaStream(stream.getTracks()) : null,
    });
  }

  private async openMedia(kind: CallKind): Promise<MediaStream | null> {
    try {
      const stream = await openLocalMedia(kind);
      this.set({
        localStream: stream,
        canSwitchCamera: kind === 'video' && (await hasSeveralCameras()),
      });
      return stream;
    } catch {
      this.fail('MEDIA_DENIED');
      return null;
    }
  }

  private createPeer(ice: TIceConfig, stream: MediaStream, callId: string) {
    const pc = new RTCPeerConnection({
      iceServers: ice.iceServers,
      iceTransportPolicy: ice.iceTransportPolicy,
    });
    this.pc = pc;
    this.offerTaken = false;
    for (const track of stream.getTracks()) pc.addTrack(track, stream);
    pc.onicecandidate = ({ candidate }) => {
      if (!candidate || !candidate.candidate) return;
      const { sdpMid, sdpMLineIndex, usernameFragment } = candidate;
      void this.socket?.timeout(ackTimeoutMs).emitWithAck('call:ice', {
        callId,
        candidate: { candidate: candidate.candidate, sdpMid, sdpMLineIndex, usernameFragment },
      });
    };
    pc.ontrack = ({ track, streams }) => {
      const remote = streams[0] ?? new MediaStream([track]);
      if (track.kind === 'video') {
        const show = () => this.set({ remoteVideo: !track.muted });
        track.onmute = show;
        track.onunmute = show;
        show();
      }
      this.set({ remoteStream: remote });
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'connected') this.set({ phase: 'connected' });
    };
    this.statsTimer = setInterval(() => void this.measure(), statsIntervalMs);
  }

  private async measure() {
    if (!this.pc) return;
    const reading = readStats(await this.pc.getStats());
    this.set({ quality: classifyQuality(this.lastReading, reading) });
    this.lastReading = reading;
  }

  private stateArrived(call: TCall) {
    const mine = this.snapshot.call;
    if (!mine || mine.id !== call.id) return;
    if (call.state === 'ended') {
      this.teardown();
      this.set({ ...idle, ended: call });
      return;
    }
    if (call.state === 'active' && this.snapshot.phase === 'incoming') {
      // Answered on another of my devices.
      this.set({ ...idle });
      return;
    }
    this.set({ call });
    if (call.state === 'active' && call.mine && this.snapshot.phase === 'outgoing') {
      this.set({ phase: 'connecting' });
      void this.offerAgainIfUnanswered(call.id);
    }
  }

  /**
   * A callee who learnt of the ring by opening the app (a push, a page still connecting)
   * missed the offer and candidates sent while it rang. Accepted and still unanswered: offer
   * again. The description now carries every candidate gathered so far; a callee who
   * already has the first offer ignores this one.
   */
  private async offerAgainIfUnanswered(callId: string) {
    const sdp = this.pc?.localDescription?.sdp;
    if (!this.socket || !sdp || this.pc?.remoteDescription) return;
    await this.socket.timeout(ackTimeoutMs).emitWithAck('call:offer', { callId, sdp });
  }

  private async sendOffer(callId: string) {
    if (!this.pc || !this.socket) return;
    await this.pc.setLocalDescription(await this.pc.createOffer());
    const sdp = this.pc.localDescription?.sdp;
    if (sdp) await this.socket.timeout(ackTimeoutMs).emitWithAck('call:offer', { callId, sdp });
  }

  private async offerArrived(offer: TCallDescription) {
    const { callId, sdp } = offer;
    if (this.snapshot.call?.id !== callId || !this.socket) return;
    if (!this.pc) {
      this.pendingOffer = offer;
      return;
    }
    // The caller offers again when the accept reaches it before the answer: answer once.
    if (this.offerTaken) return;
    this.offerTaken = true;
    await this.pc.setRemoteDescription({ type: 'offer', sdp });
    await this.flushCandidates();
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    const answer = this.pc.localDescription?.sdp;
    if (answer) {
      await this.socket.timeout(ackTimeoutMs).emitWithAck('call:answer', { callId, sdp: answer });
    }
  }

  private async answerArrived({ callId, sdp }: TCallDescription) {
    if (!this.pc || this.snapshot.call?.id !== callId) return;
    await this.pc.setRemoteDescription({ type: 'answer', sdp });
    await this.flushCandidates();
  }

  private async candidateArrived({ callId, candidate }: TCallIce) {
    if (this.snapshot.call?.id !== callId) return;
    if (!this.pc?.remoteDescription) {
      this.pendingCandidates.push(candidate);
      return;
    }
    await this.pc.addIceCandidate(candidate);
  }

  private async flushCandidates() {
    for (const candidate of this.pendingCandidates.splice(0)) {
      await this.pc?.addIceCandidate(candidate);
    }
  }

  private fail(code: string) {
    this.teardown();
    this.set({ ...idle, error: code });
  }

  private teardown() {
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.statsTimer = null;
    this.lastReading = null;
    this.pendingCandidates = [];
    this.pendingOffer = null;
    this.iceConfig = null;
    this.pc?.close();
    this.pc = null;
    for (const track of this.snapshot.localStream?.getTracks() ?? []) track.stop();
  }
}
