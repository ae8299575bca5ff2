import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import type { Logger } from '../../logger';
import { noticeAnswer } from '../../providers/payapp/notices';
import { PAYAPP_FORM_CONTENT_TYPE, WireFields, encodeFields } from '../../providers/payapp/wire';

/**
 * Delivers PayApp feedback notices as PayApp does: a form POST, successful only on HTTP 200 with
 * the body `SUCCESS`; retried (up to maxAttempts in all) when the target asked for retries.
 * Every delivery is logged for tests, which can also wait until none is in flight.
 */
export type NoticeKind = 'feedback' | 'common' | 'failure';
export type DeliveryOutcome = 'pending' | 'delivered' | 'failed' | 'abandoned';

export interface NoticeTarget {
  kind: NoticeKind;
  url: string;
  retries: boolean;
}

export interface NoticeDelivery extends NoticeTarget {
  id: number;
  fields: WireFields;
  /** True for a deliberate duplicate sent by resend. */
  duplicate: boolean;
  attempts: number;
  /** Per attempt: the HTTP status, or the error code when no answer came. */
  answers: string[];
  outcome: DeliveryOutcome;
}

export interface NoticeSenderOptions {
  logger: Logger;
  retryDelayMs: number;
  maxAttempts: number;
  timeoutMs: number;
}

/** One notice as sent to one target (feedbacktype differs between targets). */
export interface NoticeCopy {
  target: NoticeTarget;
  fields: WireFields;
}

export class NoticeSender {
  retryDelayMs: number;
  private readonly log: NoticeDelivery[] = [];
  private readonly lastByMulNo = new Map<string, NoticeCopy[]>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly agent = new Agent({ keepAliveTimeout: 1000 });
  private readonly closing = new AbortController();
  private closed: Promise<void> | undefined;

  constructor(private readonly options: NoticeSenderOptions) {
    this.retryDelayMs = options.retryDelayMs;
  }

  /** Sends the copies of one notice (all about one mul_no) in the background. */
  publish(mulNo: string, copies: NoticeCopy[]): void {
    if (copies.length === 0) return;
    this.lastByMulNo.set(mulNo, copies);
    for (const copy of copies) this.start(copy, false);
  }

  /** Sends the last notice about `mulNo` again, as PayApp sometimes does. False when there was none. */
  resend(mulNo: string): boolean {
    const copies = this.lastByMulNo.get(mulNo);
    if (!copies) return false;
    for (const copy of copies) this.start(copy, true);
    return true;
  }

  deliveries(): readonly NoticeDelivery[] {
    return this.log.map((delivery) => ({ ...delivery, answers: [...delivery.answers] }));
  }

  /** Resolves once no delivery is in flight (retries included). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Abandons pending retries and waits for the attempts under way; closing twice is harmless. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      this.closing.abort();
      await this.idle();
      await this.agent.close();
    })();
    return this.closed;
  }

  private start({ target, fields }: NoticeCopy, duplicate: boolean): void {
    const delivery: NoticeDelivery = { ...target, id: this.log.length + 1, fields, duplicate, attempts: 0, answers: [], outcome: 'pending' };
    this.log.push(delivery);
    const running = this.deliver(delivery).finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }

  private async deliver(delivery: NoticeDelivery): Promise<void> {
    const maxAttempts = delivery.retries ? this.options.maxAttempts : 1;
    while (delivery.attempts < maxAttempts) {
      if (this.closing.signal.aborted) {
        delivery.outcome = 'abandoned';
        return;
      }
      delivery.attempts++;
      if (await this.attempt(delivery)) {
        delivery.outcome = 'delivered';
        return;
      }
      if (delivery.attempts < maxAttempts) await sleep(this.retryDelayMs, undefined, { signal: this.closing.signal }).catch(() => undefined);
    }
    delivery.outcome = 'failed';
  }

  private async attempt(delivery: NoticeDelivery): Promise<boolean> {
    const { logger, timeoutMs } = this.options;
    const about = { kind: delivery.kind, url: delivery.url, mulNo: delivery.fields.mul_no, payState: delivery.fields.pay_state, attempt: delivery.attempts };
    try {
      const res = await request(delivery.url, {
        method: 'POST',
        body: encodeFields(delivery.fields),
        headers: { 'content-type': PAYAPP_FORM_CONTENT_TYPE },
        dispatcher: this.agent,
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(timeoutMs)]),
      });
      const body = await res.body.text();
      delivery.answers.push(String(res.statusCode));
      const accepted = res.statusCode === 200 && body.trim() === noticeAnswer;
      logger.debug({ ...about, status: res.statusCode, accepted }, 'payapp notice sent');
      return accepted;
    } catch (err) {
      const code = (err as { code?: string }).code ?? (err as Error).name;
      delivery.answers.push(code);
      logger.debug({ ...about, code }, 'payapp notice not answered');
      return false;
    }
  }
}
