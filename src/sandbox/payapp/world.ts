import type { SandboxClock } from '../common';
import type { Announcer } from './announcer';
import type { PayAppStore } from './state';

/** What the simulator's commands and buyer actions act on. */
export interface SimWorld {
  store: PayAppStore;
  clock: SandboxClock;
  announcer: Announcer;
}

/** A provider call also knows the simulator's origin (for payurl) and may meet an armed decline. */
export interface CommandWorld extends SimWorld {
  origin: string;
  /** Takes an armed `decline` fault, if there is one. */
  takeDecline(): boolean;
}
