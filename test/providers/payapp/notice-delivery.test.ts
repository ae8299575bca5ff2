import { PaymentMethod, PaymentState } from '../../../src/domain/enums';
import { noticeMatchesSeller, parsePayAppNotice } from '../../../src/providers/payapp/notices';
import type { NoticeDelivery } from '../../../src/sandbox/payapp/notifier';
import { NoticeReceiver, PayAppHarness, SELLER, json, okValue, startNoticeReceiver, startPayApp } from './support';

/** The "Feedbackurl 전달" table of the manual, in its order. */
const MANUAL_NOTICE_FIELDS = [
  'userid', 'linkkey', 'linkval', 'goodname', 'price', 'recvphone', 'memo', 'reqaddr', 'reqdate', 'pay_memo', 'pay_addr',
  'pay_date', 'pay_type', 'pay_state', 'var1', 'var2', 'mul_no', 'payurl', 'csturl', 'currency', 'vccode', 'feedbacktype',
  'orig_mul_no', 'orig_price', 'amount_taxable', 'amount_taxfree', 'amount_vat', 'buyerid', 'canceldate', 'cancelmemo',
  'rebill_no', 'card_name', 'payauthcode', 'card_quota', 'card_num', 'vbank', 'vbankno', 'naverpoint', 'naverpay',
  'smilepay_smilecash', 'smilepay_discountamt',
];

const failing = (count: number) => Array.from({ length: count }, () => ({ status: 503, body: 'busy' }));

let payapp: PayAppHarness;
let merchant: NoticeReceiver | undefined;

beforeEach(async () => {
  payapp = await startPayApp();
});

afterEach(async () => {
  await payapp.close();
  await merchant?.close();
  merchant = undefined;
});

/** A KRW card payment of 15,000 won requested with `feedbackUrl` and paid by the buyer. */
async function paidPayment(feedbackUrl: string, checkRetry = true): Promise<string> {
  const { providerPaymentId } = okValue(
    await payapp.client.payRequest(payapp.seller, { goodName: '착한상품', price: 15000, recvPhone: '01012345678', feedbackUrl, checkRetry, var1: 'order-5' }),
  );
  payapp.simulator.pay(providerPaymentId, 'card');
  await payapp.simulator.idle();
  return providerPaymentId;
}

describe('PayApp notice delivery', () => {
  it('posts every field of the manual, which parsePayAppNotice reads back as the payment', async () => {
    merchant = await startNoticeReceiver();
    const mulNo = await paidPayment(merchant.url);
    expect(merchant.received).toHaveLength(1);
    const form = merchant.received[0];
    expect([...form.keys()]).toEqual(MANUAL_NOTICE_FIELDS);

    const parsed = parsePayAppNotice(form);
    if (!parsed.ok) throw parsed.error;
    expect(parsed.notice).toMatchObject({ providerPaymentId: mulNo, payState: 4, state: PaymentState.PAID, method: PaymentMethod.CARD, price: 15000, var1: 'order-5' });
    expect(parsed.notice.payDate?.toISOString()).toBe('2030-01-15T03:00:00.000Z');
    expect(noticeMatchesSeller(parsed.notice, SELLER)).toBe(true);
  });

  it('retries with checkretry=y until the merchant answers HTTP 200 and SUCCESS', async () => {
    merchant = await startNoticeReceiver([
      { status: 500, body: 'error' },
      { status: 200, body: 'FAIL' },
      { status: 302, body: 'SUCCESS' },
    ]);
    const mulNo = await paidPayment(merchant.url);
    expect(merchant.received).toHaveLength(4);
    expect(new Set(merchant.received.map(String)).size).toBe(1);
    expect(payapp.simulator.deliveries()).toEqual([
      expect.objectContaining<Partial<NoticeDelivery>>({
        kind: 'feedback',
        url: merchant.url,
        retries: true,
        duplicate: false,
        attempts: 4,
        answers: ['500', '200', '302', '200'],
        outcome: 'delivered',
      }),
    ]);
    expect(payapp.simulator.deliveries()[0].fields.mul_no).toBe(mulNo);
  });

  it('gives up after 10 attempts in all', async () => {
    merchant = await startNoticeReceiver(failing(12));
    await paidPayment(merchant.url);
    expect(merchant.received).toHaveLength(10);
    expect(payapp.simulator.deliveries()[0]).toMatchObject({ attempts: 10, outcome: 'failed' });
  });

  it('tries once without checkretry', async () => {
    merchant = await startNoticeReceiver(failing(1));
    await paidPayment(merchant.url, false);
    expect(merchant.received).toHaveLength(1);
    expect(payapp.simulator.deliveries()[0]).toMatchObject({ retries: false, attempts: 1, answers: ['503'], outcome: 'failed' });
  });

  it('records an unreachable merchant by its error code', async () => {
    const gone = await startNoticeReceiver();
    await gone.close();
    await paidPayment(gone.url, false);
    expect(payapp.simulator.deliveries()[0]).toMatchObject({ attempts: 1, answers: ['ECONNREFUSED'], outcome: 'failed' });
  });

  it('re-sends the last notice on purpose: the merchant sees the same notice twice', async () => {
    merchant = await startNoticeReceiver();
    const mulNo = await paidPayment(merchant.url);
    expect(await payapp.control(`/_sandbox/payapp/resend?mul_no=${mulNo}`, {})).toEqual({ status: 200, body: { ok: true } });
    await payapp.simulator.idle();
    expect(merchant.received).toHaveLength(2);
    expect(String(merchant.received[1])).toBe(String(merchant.received[0]));
    expect(payapp.simulator.deliveries().map((d) => [d.duplicate, d.outcome])).toEqual([
      [false, 'delivered'],
      [true, 'delivered'],
    ]);
    expect(await payapp.control('/_sandbox/payapp/resend?mul_no=1', {})).toEqual({ status: 404, body: { error: 'no notice about 1 was sent' } });
  });

  it('also reports to the seller’s common feedback URL, as feedbacktype 1', async () => {
    merchant = await startNoticeReceiver();
    const common = await startNoticeReceiver();
    try {
      const seller = { userId: 'commonseller', linkKey: 'ck', linkValue: 'cv' };
      await payapp.control('/_sandbox/payapp/sellers', { ...seller, commonFeedbackUrl: common.url });
      const { providerPaymentId } = okValue(await payapp.client.payRequest(seller, { goodName: 'A', price: 1000, recvPhone: '01012345678', feedbackUrl: merchant.url }));
      payapp.simulator.pay(providerPaymentId, 'card');
      await payapp.simulator.idle();
      expect(merchant.received.map((f) => f.get('feedbacktype'))).toEqual(['0']);
      expect(common.received.map((f) => [f.get('mul_no'), f.get('feedbacktype'), f.get('linkval')])).toEqual([[providerPaymentId, '1', 'cv']]);
    } finally {
      await common.close();
    }
  });

  it('shows the delivery log over HTTP and takes a new retry pause', async () => {
    expect(await payapp.control('/_sandbox/payapp/notice-settings', { retryDelayMs: 150 })).toEqual({ status: 200, body: { ok: true } });
    merchant = await startNoticeReceiver(failing(1));
    const started = Date.now();
    const mulNo = await paidPayment(merchant.url);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    const log = json<NoticeDelivery[]>(await payapp.get('/_sandbox/payapp/notices'));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'feedback', attempts: 2, outcome: 'delivered', fields: { mul_no: mulNo, pay_state: '4' } });
  });

  it('abandons pending retries when the simulator closes', async () => {
    payapp.simulator.setNoticeRetryDelay(60_000);
    merchant = await startNoticeReceiver(failing(1));
    const { providerPaymentId } = okValue(
      await payapp.client.payRequest(payapp.seller, { goodName: 'A', price: 1000, recvPhone: '01012345678', feedbackUrl: merchant.url, checkRetry: true }),
    );
    payapp.simulator.pay(providerPaymentId, 'card');
    while (merchant.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await payapp.simulator.close?.();
    expect(payapp.simulator.deliveries()[0]).toMatchObject({ attempts: 1, outcome: 'abandoned' });
  });
});
