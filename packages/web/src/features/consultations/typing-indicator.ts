/** While writing, "typing" is repeated this often; it lapses at the other side after shownMs. */
const typingRepeatMs = 3_000;
const typingIdleMs = 4_000;
const typingShownMs = 6_000;

export interface TypingLink {
  /** Whether the live link is up; typing is never queued for later. */
  open(): boolean;
  emit(typing: boolean): void;
}

/**
 * "Someone is writing", both ways, never what: this side's writing is announced at most
 * every 3 s and withdrawn after 4 s without a keystroke; the other side's lapses after 6 s
 * or when their message arrives.
 */
export class TypingIndicator {
  private sentAt = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private other = false;
  private otherTimer: ReturnType<typeof setTimeout> | null = null;

  private readonly link: TypingLink;
  private readonly otherChanged: () => void;

  constructor(link: TypingLink, otherChanged: () => void) {
    this.link = link;
    this.otherChanged = otherChanged;
  }

  get otherTyping(): boolean {
    return this.other;
  }

  /** Called as the box changes. */
  typing = () => {
    if (!this.link.open()) return;
    const now = Date.now();
    if (now - this.sentAt >= typingRepeatMs) {
      this.sentAt = now;
      this.link.emit(true);
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(this.stopped, typingIdleMs);
  };

  /** Sent, idle or leaving: this side no longer writes. */
  readonly stopped = () => {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.sentAt === 0) return;
    this.sentAt = 0;
    if (this.link.open()) this.link.emit(false);
  };

  /** What the other side's device says. */
  otherSaid(typing: boolean) {
    if (this.otherTimer) clearTimeout(this.otherTimer);
    this.otherTimer = typing ? setTimeout(() => this.otherSaid(false), typingShownMs) : null;
    if (this.other === typing) return;
    this.other = typing;
    this.otherChanged();
  }

  /** Their message is here: they are no longer writing it. */
  otherSent() {
    if (this.otherTimer) clearTimeout(this.otherTimer);
    this.otherTimer = null;
    this.other = false;
  }

  stop() {
    this.stopped();
    if (this.otherTimer) clearTimeout(this.otherTimer);
  }
}
