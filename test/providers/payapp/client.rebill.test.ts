import { CycleUnit, PaymentMethod, UserErrorCode } from '../../../src/domain/enums';
import type { RebillRegistInput } from '../../../src/providers/payapp/inputs';
import type { PaymentView, RebillView } from '../../../src/sandbox/payapp/simulator';
import { NoticeReceiver, PayAppHarness, json, okValue, startNoticeReceiver, startPayApp } from './support';

// The harness clock starts on Tuesday 2030-01-15, 12:00 KST.
let payapp: PayAppHarness;
let feedback: NoticeReceiver;
let failures: NoticeReceiver;

beforeEach(async () => {
  payapp = await startPayApp();
  feedback = await startNoticeReceiver();
  failures = await startNoticeReceiver([
    { status: 500, body: 'oops' },
    { status: 200, body: 'FAIL' },
  ]);
});

afterEach(async () => {
  await payapp.close();
  await feedback.close();
  await failures.close();
});

function rebillInput(overrides: Partial<RebillRegistInput> = {}): RebillRegistInput {
  return {
    goodName: '정기 배송',
    price: 9900,
    recvPhone: '010-1234-5678',
    cycle: { unit: CycleUnit.DAY },
    expiresOn: '2030-12-31',
    feedbackUrl: feedback.url,
    failUrl: failures.url,
    var1: 'sub-1',
    ...overrides,
  };
}

async function register(overrides: Partial<RebillRegistInput> = {}): Promise<string> {
  return okValue(await payapp.client.rebillRegist(payapp.seller, rebillInput(overrides))).providerSubscriptionId;
}

async function advanceDays(days: number): Promise<PaymentView[]> {
  const { charged } = json<{ now: string; charged: PaymentView[] }>(await payapp.control('/_sandbox/clock', { advanceDays: days }));
  await payapp.simulator.idle();
  return charged;
}

function rebillOf(rebillNo: string): RebillView | undefined {
  return payapp.simulator.rebill(rebillNo);
}

function feedbackNotices(): Record<string, string>[] {
  return feedback.received.map((form) => Object.fromEntries(form));
}

describe('rebillRegist and approval', () => {
  it('registers a monthly rebill on the last day; approval charges now and then on each month’s last day', async () => {
    const result = okValue(await payapp.client.rebillRegist(payapp.seller, rebillInput({ cycle: { unit: CycleUnit.MONTH, dayOfMonth: 90 } })));
    const rebillNo = result.providerSubscriptionId;
    expect(rebillNo).toMatch(/^\d+$/);
    expect(result.payUrl).toBe(`${payapp.url}/rebill/${rebillNo}`);
    expect(rebillOf(rebillNo)).toEqual({ rebillNo, userId: 'payapptest', status: 'requested', method: undefined, nextChargeOn: undefined });

    const first = json<PaymentView>(await payapp.control(`/_sandbox/payapp/rebill/approve?rebill_no=${rebillNo}&method=card`, {}));
    expect(first).toMatchObject({ payState: 4, payType: 1, price: 9900, rebillNo, var1: 'sub-1' });
    expect(rebillOf(rebillNo)).toMatchObject({ status: 'active', method: 'card', nextChargeOn: '2030-01-31' });

    expect(await advanceDays(15)).toEqual([]);
    const [second] = await advanceDays(2);
    expect(second).toMatchObject({ payState: 4, rebillNo });
    expect(rebillOf(rebillNo)?.nextChargeOn).toBe('2030-02-28');

    expect(feedbackNotices()).toMatchObject([
      { mul_no: first.mulNo, pay_state: '4', rebill_no: rebillNo, price: '9900', pay_date: '2030-01-15 12:00:00' },
      { mul_no: second.mulNo, pay_state: '4', rebill_no: rebillNo, pay_date: '2030-02-01 12:00:00' },
    ]);
  });

  it('charges a weekly rebill on its weekday', async () => {
    const rebillNo = await register({ cycle: { unit: CycleUnit.WEEK, dayOfWeek: 1 } });
    payapp.simulator.approveRebill(rebillNo);
    expect(rebillOf(rebillNo)?.nextChargeOn).toBe('2030-01-21');
    expect(await advanceDays(5)).toEqual([]);
    expect(await advanceDays(1)).toHaveLength(1);
    expect(rebillOf(rebillNo)?.nextChargeOn).toBe('2030-01-28');
  });

  it('catches up every daily charge the clock jumped over', async () => {
    const rebillNo = await register();
    payapp.simulator.approveRebill(rebillNo);
    const charged = await advanceDays(3);
    expect(charged.map((p) => p.payState)).toEqual([4, 4, 4]);
    expect(feedback.received).toHaveLength(4);
  });

  it('charges a monthly phone rebill as pay_type 2', async () => {
    const rebillNo = await register({ cycle: { unit: CycleUnit.MONTH, dayOfMonth: 15 }, methods: [PaymentMethod.PHONE] });
    expect((await payapp.control(`/_sandbox/payapp/rebill/approve?rebill_no=${rebillNo}&method=card`, {})).status).toBe(409);
    expect(payapp.simulator.approveRebill(rebillNo, 'phone')).toMatchObject({ payType: 2, payState: 4 });
    expect(rebillOf(rebillNo)?.nextChargeOn).toBe('2030-02-15');
  });

  it('does not announce a declined first charge and keeps the rebill awaiting approval', async () => {
    const rebillNo = await register();
    await payapp.control(`/_sandbox/payapp/rebill/fail-next?rebill_no=${rebillNo}`, {});
    const declined = await payapp.control(`/_sandbox/payapp/rebill/approve?rebill_no=${rebillNo}`, {});
    expect(declined).toEqual({ status: 402, body: { error: `the first charge of rebill ${rebillNo} was declined (not announced)` } });
    await payapp.simulator.idle();
    expect(feedback.received).toHaveLength(0);
    expect(failures.received).toHaveLength(0);
    expect(rebillOf(rebillNo)?.status).toBe('requested');
    expect(payapp.simulator.approveRebill(rebillNo).payState).toBe(4);
  });

  it.each([
    ['PHONE on a weekly cycle', { cycle: { unit: CycleUnit.WEEK, dayOfWeek: 3 }, methods: [PaymentMethod.PHONE] }, 'methods'],
    ['a method rebills do not take', { methods: [PaymentMethod.KAKAOPAY] }, 'methods'],
    ['day 32 of the month', { cycle: { unit: CycleUnit.MONTH, dayOfMonth: 32 } }, 'cycle.dayOfMonth'],
    ['no day of the month', { cycle: { unit: CycleUnit.MONTH } }, 'cycle.dayOfMonth'],
    ['weekday 0', { cycle: { unit: CycleUnit.WEEK, dayOfWeek: 0 } }, 'cycle.dayOfWeek'],
    ['no real expiry date', { expiresOn: '2030-02-30' }, 'expiresOn'],
    ['a relative failUrl', { failUrl: 'fail' }, 'failUrl'],
  ])('refuses %s before sending', async (_, overrides, field) => {
    await expect(payapp.client.rebillRegist(payapp.seller, rebillInput(overrides))).rejects.toMatchObject({ name: 'PayAppInputError', field });
  });

  it('refuses an expiry date in the past (70020)', async () => {
    const result = await payapp.client.rebillRegist(payapp.seller, rebillInput({ expiresOn: '2030-01-14' }));
    expect(result).toMatchObject({ kind: 'refused', providerCode: '70020', message: '파라메터값이 정확하지 않습니다. (rebillExpire: 만료일이 지났습니다)' });
  });
});

describe('failed recurring charges', () => {
  it('announces a failed charge to failurl (pay_state 99, ResultMsg), retrying until SUCCESS', async () => {
    const rebillNo = await register();
    const first = payapp.simulator.approveRebill(rebillNo);
    await payapp.control(`/_sandbox/payapp/rebill/fail-next?rebill_no=${rebillNo}`, {});
    const [failed] = await advanceDays(1);
    expect(failed).toMatchObject({ payState: 99, rebillNo });

    expect(failures.received).toHaveLength(3);
    const notice = Object.fromEntries(failures.received[2]);
    expect(notice).toMatchObject({ mul_no: failed.mulNo, pay_state: '99', rebill_no: rebillNo, ResultMsg: '카드 승인 거절 (잔액부족)', pay_date: '', card_num: '' });
    const delivery = payapp.simulator.deliveries().find((d) => d.kind === 'failure');
    expect(delivery).toMatchObject({ url: failures.url, attempts: 3, answers: ['500', '200', '200'], outcome: 'delivered', retries: true });

    // The failure goes to failurl only; the next day charges normally again.
    const [next] = await advanceDays(1);
    expect(next.payState).toBe(4);
    expect(feedbackNotices().map((n) => n.mul_no)).toEqual([first.mulNo, next.mulNo]);
  });
});

describe('rebillStop, rebillStart, rebillCancel', () => {
  it('pauses (no charges), resumes (charges again) and cancels (never again)', async () => {
    const rebillNo = await register();
    payapp.simulator.approveRebill(rebillNo);

    expect(await payapp.client.rebillStop(payapp.seller, { providerSubscriptionId: rebillNo })).toEqual({ kind: 'ok', value: undefined });
    expect(await payapp.client.rebillStop(payapp.seller, { providerSubscriptionId: rebillNo })).toEqual({
      kind: 'refused',
      providerCode: '',
      message: '승인 상태의 정기결제만 일시정지할 수 있습니다.',
      errorCode: UserErrorCode.PROVIDER_REJECTED,
    });
    expect(await advanceDays(2)).toEqual([]);
    expect(rebillOf(rebillNo)).toMatchObject({ status: 'paused', nextChargeOn: '2030-01-18' });

    expect((await payapp.client.rebillStart(payapp.seller, { providerSubscriptionId: rebillNo })).kind).toBe('ok');
    expect(await advanceDays(1)).toHaveLength(1);

    expect((await payapp.client.rebillCancel(payapp.seller, { providerSubscriptionId: rebillNo })).kind).toBe('ok');
    expect(await advanceDays(3)).toEqual([]);
    expect(rebillOf(rebillNo)).toMatchObject({ status: 'cancelled', nextChargeOn: undefined });
    expect(await payapp.client.rebillStart(payapp.seller, { providerSubscriptionId: rebillNo })).toMatchObject({
      kind: 'refused',
      message: '일시정지 상태의 정기결제만 승인할 수 있습니다.',
    });
    expect(await payapp.client.rebillCancel(payapp.seller, { providerSubscriptionId: rebillNo })).toMatchObject({
      kind: 'refused',
      message: '이미 해지된 정기결제입니다.',
    });
  });

  it('expires after its last day', async () => {
    const rebillNo = await register({ expiresOn: '2030-01-17' });
    payapp.simulator.approveRebill(rebillNo);
    expect(await advanceDays(5)).toHaveLength(2);
    expect(rebillOf(rebillNo)).toMatchObject({ status: 'expired', nextChargeOn: undefined });
  });

  it('refuses a wrong linkkey (70010) and an unknown rebill_no (70020)', async () => {
    const rebillNo = await register();
    payapp.simulator.approveRebill(rebillNo);
    const wrongKey = await payapp.client.rebillStop({ ...payapp.seller, linkKey: 'nope' }, { providerSubscriptionId: rebillNo });
    expect(wrongKey).toMatchObject({ kind: 'refused', providerCode: '70010', errorCode: UserErrorCode.PROVIDER_NOT_CONFIGURED });
    expect(rebillOf(rebillNo)?.status).toBe('active');
    const unknownRebill = await payapp.client.rebillCancel(payapp.seller, { providerSubscriptionId: '404' });
    expect(unknownRebill).toMatchObject({ kind: 'refused', providerCode: '70020' });
  });
});
