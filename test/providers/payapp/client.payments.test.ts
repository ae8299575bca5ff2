import { Currency, PaymentMethod, UserErrorCode } from '../../../src/domain/enums';
import { PayAppInputError } from '../../../src/providers/payapp/wire';
import type { PaymentView } from '../../../src/sandbox/payapp/simulator';
import { NoticeReceiver, PayAppHarness, json, okValue, startNoticeReceiver, startPayApp } from './support';

const DAY_MS = 24 * 60 * 60 * 1000;

let payapp: PayAppHarness;
let merchant: NoticeReceiver;

beforeEach(async () => {
  payapp = await startPayApp();
  merchant = await startNoticeReceiver();
});

afterEach(async () => {
  await payapp.close();
  await merchant.close();
});

async function requestPayment(price = 10000, extra: { methods?: PaymentMethod[] } = {}): Promise<string> {
  const result = await payapp.client.payRequest(payapp.seller, {
    goodName: '착한상품',
    price,
    recvPhone: '010-1234-5678',
    feedbackUrl: merchant.url,
    checkRetry: true,
    var1: 'order-1',
    ...extra,
  });
  return okValue(result).providerPaymentId;
}

/** The notices the merchant received so far, as plain objects, once none is in flight. */
async function notices(): Promise<Record<string, string>[]> {
  await payapp.simulator.idle();
  return merchant.received.map((form) => Object.fromEntries(form));
}

describe('payrequest', () => {
  it('creates a payment request and answers mul_no, payurl and qrurl', async () => {
    const result = okValue(
      await payapp.client.payRequest(payapp.seller, {
        goodName: ' 착한상품 ',
        price: 12000,
        recvPhone: '010-1234-5678',
        memo: '문 앞에 두세요',
        feedbackUrl: merchant.url,
        var1: 'order-1',
        var2: 'cart-9',
        amountTaxable: 10000,
        amountTaxFree: 1000,
        amountVat: 1000,
        methods: [PaymentMethod.CARD, PaymentMethod.VIRTUAL_ACCOUNT],
        sendSms: false,
      }),
    );
    expect(result.providerPaymentId).toMatch(/^\d+$/);
    expect(result.payUrl).toBe(`${payapp.url}/pay/${result.providerPaymentId}`);
    expect(result.qrUrl).toBe(`${payapp.url}/pay/${result.providerPaymentId}/qr`);
    expect(payapp.simulator.payment(result.providerPaymentId)).toMatchObject<Partial<PaymentView>>({
      userId: 'payapptest',
      goodName: '착한상품',
      price: 12000,
      payState: 1,
      var1: 'order-1',
      var2: 'cart-9',
    });
    // A REST payrequest is not announced; the merchant hears of it once it is paid.
    expect(await notices()).toEqual([]);
  });

  it('numbers requests in increasing order', async () => {
    const first = Number(await requestPayment());
    const second = Number(await requestPayment());
    expect(second).toBeGreaterThan(first);
  });

  it.each([
    ['a URI in goodName', { goodName: '특가 http://evil.kr' }, 'goodName'],
    ['a web address in memo', { memo: 'www.shop.kr 참고' }, 'memo'],
    ['a negative price', { price: -1000 }, 'price'],
    ['a fractional price', { price: 10.5 }, 'price'],
    ['a phone without digits', { recvPhone: 'none' }, 'recvPhone'],
    ['a relative feedback URL', { feedbackUrl: '/webhooks/payapp' }, 'feedbackUrl'],
    ['a tax split that does not add up', { amountTaxable: 9000, amountVat: 900 }, 'amountTaxable'],
    ['USD without a country code', { currency: Currency.USD }, 'countryCallingCode'],
    ['USD with phone payment', { currency: Currency.USD, countryCallingCode: '1', methods: [PaymentMethod.PHONE] }, 'methods'],
    ['a method PayApp cannot offer', { methods: [PaymentMethod.BILLING] }, 'methods'],
  ])('refuses %s before any HTTP call', async (_, overrides, field) => {
    const post = jest.spyOn(payapp.clientHttp, 'post');
    const call = payapp.client.payRequest(payapp.seller, { goodName: '착한상품', price: 10000, recvPhone: '01012345678', ...overrides });
    await expect(call).rejects.toThrow(PayAppInputError);
    await expect(call).rejects.toMatchObject({ field });
    expect(post).not.toHaveBeenCalled();
  });

  it('takes a dollar payment by card only, reported as an overseas card in USD', async () => {
    const { providerPaymentId } = okValue(
      await payapp.client.payRequest(payapp.seller, {
        goodName: 'Gift box',
        price: 1000,
        recvPhone: '2025550123',
        currency: Currency.USD,
        countryCallingCode: '+1',
        feedbackUrl: merchant.url,
      }),
    );
    const phone = await payapp.control(`/_sandbox/payapp/pay?mul_no=${providerPaymentId}&method=phone`, {});
    expect(phone.status).toBe(409);
    expect((await payapp.control(`/_sandbox/payapp/pay?mul_no=${providerPaymentId}&method=card`, {})).status).toBe(200);
    const [notice] = await notices();
    expect(notice).toMatchObject({ mul_no: providerPaymentId, pay_state: '4', pay_type: '3', currency: 'usd', vccode: '1', price: '1000' });
  });

  it('refuses an unknown seller with errno 70010', async () => {
    const result = await payapp.client.payRequest({ ...payapp.seller, userId: 'nobody' }, { goodName: 'A', price: 1000, recvPhone: '01012345678' });
    expect(result).toEqual({
      kind: 'refused',
      providerCode: '70010',
      message: 'userid, linkkey값이 정확하지 않습니다.',
      errorCode: UserErrorCode.PROVIDER_NOT_CONFIGURED,
    });
  });
});

describe('buyer payment and notices', () => {
  it('announces a card payment with the card fields, masked', async () => {
    const mulNo = await requestPayment(10000);
    const paid = json<PaymentView>(await payapp.control(`/_sandbox/payapp/pay?mul_no=${mulNo}&method=card&installmentMonths=2`, {}));
    expect(paid).toMatchObject({ mulNo, payState: 4, payType: 1 });
    const [notice] = await notices();
    expect(notice).toMatchObject({
      userid: 'payapptest',
      linkkey: payapp.seller.linkKey,
      linkval: payapp.seller.linkValue,
      mul_no: mulNo,
      pay_state: '4',
      pay_type: '1',
      price: '10000',
      var1: 'order-1',
      card_name: '[신한]',
      card_quota: '02',
      card_num: '4518********1111',
      feedbacktype: '0',
      pay_date: '2030-01-15 12:00:00',
      csturl: `${payapp.url}/CST/${mulNo}`,
    });
    expect(notice.payauthcode).toMatch(/^\d{8}$/);
  });

  it('takes a virtual account through waiting-for-deposit (10) to paid (4)', async () => {
    const mulNo = await requestPayment(33000);
    payapp.simulator.pay(mulNo, 'vbank');
    payapp.ctx.clock.advance(2 * 60 * 60 * 1000);
    const deposited = json<PaymentView>(await payapp.control(`/_sandbox/payapp/deposit?mul_no=${mulNo}`, {}));
    expect(deposited.payState).toBe(4);
    const [waiting, paid] = await notices();
    expect(waiting).toMatchObject({ pay_state: '10', pay_type: '7', vbank: '기업은행', pay_date: '' });
    expect(waiting.vbankno).toMatch(/^\d{14}$/);
    expect(paid).toMatchObject({ pay_state: '4', pay_type: '7', vbankno: waiting.vbankno, pay_date: '2030-01-15 14:00:00' });
  });

  it('lets the buyer pay only with an offered method', async () => {
    const mulNo = await requestPayment(10000, { methods: [PaymentMethod.KAKAOPAY] });
    const card = await payapp.control(`/_sandbox/payapp/pay?mul_no=${mulNo}&method=card`, {});
    expect(card).toEqual({ status: 409, body: { error: `card is not offered for payment ${mulNo}` } });
    payapp.simulator.pay(mulNo, 'kakaopay');
    const [notice] = await notices();
    expect(notice).toMatchObject({ pay_state: '4', pay_type: '15', card_num: '' });
  });
});

describe('paycancel', () => {
  it('cancels a request that is not paid yet (8)', async () => {
    const mulNo = await requestPayment();
    const result = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: '주문 취소', onlyIfNotPaid: true });
    expect(result).toEqual({ kind: 'ok', value: undefined });
    const [notice] = await notices();
    expect(notice).toMatchObject({ mul_no: mulNo, pay_state: '8', cancelmemo: '주문 취소', canceldate: '2030-01-15 12:00:00' });
  });

  it('refuses cancelmode=ready once paid (80010)', async () => {
    const mulNo = await requestPayment();
    payapp.simulator.pay(mulNo, 'card');
    const result = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x', onlyIfNotPaid: true });
    expect(result).toEqual({ kind: 'refused', providerCode: '80010', message: '취소가 가능한 상태가 아닙니다.', errorCode: UserErrorCode.INVALID_STATE });
  });

  it('refuses a partial cancel of an unpaid request (80010)', async () => {
    const mulNo = await requestPayment();
    const result = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x', partial: { amount: 1000 } });
    expect(result).toMatchObject({ kind: 'refused', providerCode: '80010', errorCode: UserErrorCode.INVALID_STATE });
  });

  it('cancels part, refuses more than remains (80030), cancels the rest (9), then refuses again (80010)', async () => {
    const mulNo = await requestPayment(10000);
    payapp.simulator.pay(mulNo, 'card');

    const part = await payapp.client.payCancel(payapp.seller, {
      providerPaymentId: mulNo,
      cancelMemo: '일부 반품',
      partial: { amount: 3000, amountTaxable: 2727, amountVat: 273 },
    });
    expect(part.kind).toBe('ok');
    expect(payapp.simulator.payment(mulNo)).toMatchObject({ payState: 70, cancelledAmount: 3000 });

    const tooMuch = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x', partial: { amount: 7001 } });
    expect(tooMuch).toEqual({ kind: 'refused', providerCode: '80030', message: '취소금액을 확인하세요.', errorCode: UserErrorCode.AMOUNT_EXCEEDS_REMAINING });

    expect((await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: '전체 취소' })).kind).toBe('ok');
    expect(payapp.simulator.payment(mulNo)).toMatchObject({ payState: 9, cancelledAmount: 10000 });

    const again = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x' });
    expect(again).toMatchObject({ kind: 'refused', providerCode: '80010', errorCode: UserErrorCode.INVALID_STATE });

    const [paid, partial, full] = await notices();
    expect(paid).toMatchObject({ mul_no: mulNo, pay_state: '4' });
    expect(Number(partial.mul_no)).toBeGreaterThan(Number(mulNo));
    expect(partial).toMatchObject({
      pay_state: '70',
      price: '3000',
      orig_mul_no: mulNo,
      orig_price: '10000',
      amount_taxable: '2727',
      amount_taxfree: '0',
      amount_vat: '273',
      cancelmemo: '일부 반품',
    });
    expect(full).toMatchObject({ mul_no: mulNo, pay_state: '9', price: '10000', orig_mul_no: '', cancelmemo: '전체 취소' });
  });

  it('refuses a partial tax split that does not add up before sending', async () => {
    const call = payapp.client.payCancel(payapp.seller, { providerPaymentId: '10001', cancelMemo: 'x', partial: { amount: 3000, amountVat: 300 } });
    await expect(call).rejects.toMatchObject({ name: 'PayAppInputError', field: 'partial.amountTaxable' });
  });

  it('refuses an unknown mul_no (70020) and a wrong linkkey (70010)', async () => {
    const unknown = await payapp.client.payCancel(payapp.seller, { providerPaymentId: '999999', cancelMemo: 'x' });
    expect(unknown).toEqual({
      kind: 'refused',
      providerCode: '70020',
      message: '파라메터값이 정확하지 않습니다. (mul_no: 결제요청번호가 없습니다)',
      errorCode: UserErrorCode.PROVIDER_REJECTED,
    });
    const mulNo = await requestPayment();
    const wrongKey = await payapp.client.payCancel({ ...payapp.seller, linkKey: 'stolen' }, { providerPaymentId: mulNo, cancelMemo: 'x' });
    expect(wrongKey).toMatchObject({ kind: 'refused', providerCode: '70010', errorCode: UserErrorCode.PROVIDER_NOT_CONFIGURED });
    expect(payapp.simulator.payment(mulNo)?.payState).toBe(1);
  });

  it('refuses a direct cancel after D+5 (80020); a cancellation request then completes as 64', async () => {
    const mulNo = await requestPayment(20000);
    payapp.simulator.pay(mulNo, 'card');
    payapp.ctx.clock.advance(6 * DAY_MS);

    const late = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x' });
    expect(late).toMatchObject({ kind: 'refused', providerCode: '80020', errorCode: UserErrorCode.INVALID_STATE });

    const request = okValue(await payapp.client.payCancelReq(payapp.seller, { providerPaymentId: mulNo, cancelMemo: '환불 요청', depositorName: '홍길동' }));
    expect(request).toEqual({
      depositorName: '홍길동',
      partial: false,
      paybackAmount: 20000,
      paybackBank: '기업은행 482-000000-00-000 (주)유디아이디',
      requestedAmount: 20000,
      cancelTaxable: undefined,
      cancelTaxFree: undefined,
      cancelVat: undefined,
    });
    expect(payapp.simulator.payment(mulNo)).toMatchObject({ payState: 4, cancelRequested: true });

    const twice = await payapp.client.payCancelReq(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'again' });
    expect(twice).toMatchObject({ kind: 'refused', providerCode: '80010' });

    const done = json<PaymentView>(await payapp.control(`/_sandbox/payapp/cancel-request/complete?mul_no=${mulNo}`, {}));
    expect(done).toMatchObject({ payState: 64, cancelledAmount: 20000, cancelRequested: false });
    const [, cancelled] = await notices();
    expect(cancelled).toMatchObject({ mul_no: mulNo, pay_state: '64', cancelmemo: '환불 요청' });
  });

  it('completes a partial cancellation request as 71 with the tax split', async () => {
    const mulNo = await requestPayment(20000);
    payapp.simulator.pay(mulNo, 'card');
    const request = okValue(
      await payapp.client.payCancelReq(payapp.seller, {
        providerPaymentId: mulNo,
        cancelMemo: '일부 환불',
        partial: { amount: 5500, amountTaxable: 5000, amountVat: 500 },
      }),
    );
    expect(request).toMatchObject({ partial: true, paybackAmount: 5500, requestedAmount: 5500, cancelTaxable: 5000, cancelTaxFree: 0, cancelVat: 500 });

    const unknownPayment = await payapp.client.payCancelReq(payapp.seller, { providerPaymentId: '999999', cancelMemo: 'x' });
    expect(unknownPayment).toMatchObject({ kind: 'refused', providerCode: '70020' });

    payapp.simulator.completeCancelRequest(mulNo);
    const [, partial] = await notices();
    expect(partial).toMatchObject({ pay_state: '71', price: '5500', orig_mul_no: mulNo, orig_price: '20000', amount_taxable: '5000', amount_vat: '500' });
    expect(payapp.simulator.payment(mulNo)).toMatchObject({ payState: 71, cancelledAmount: 5500 });
  });

  it('honours a decline fault once, then cancels', async () => {
    const mulNo = await requestPayment();
    payapp.simulator.pay(mulNo, 'card');
    await payapp.arm('decline');
    const declined = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x' });
    expect(declined).toEqual({ kind: 'refused', providerCode: '', message: '취소 처리가 거절되었습니다. (카드사 응답 거절)', errorCode: UserErrorCode.PROVIDER_REJECTED });
    expect(payapp.simulator.payment(mulNo)?.payState).toBe(4);
    expect((await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x' })).kind).toBe('ok');
  });

  it('leaves a decline fault armed through commands that move no money', async () => {
    await payapp.arm('decline');
    const mulNo = await requestPayment();
    payapp.simulator.pay(mulNo, 'card');
    const declined = await payapp.client.payCancel(payapp.seller, { providerPaymentId: mulNo, cancelMemo: 'x' });
    expect(declined).toMatchObject({ kind: 'refused', providerCode: '' });
  });
});

describe('checkNpayCashReceiptReq', () => {
  it('answers the cash-receipt amounts of a Naver Pay bank payment', async () => {
    const mulNo = await requestPayment(11000);
    await payapp.control(`/_sandbox/payapp/pay?mul_no=${mulNo}&method=naverpay&naverpay=bank`, {});
    const amounts = okValue(await payapp.client.checkNpayCashReceiptReq(payapp.seller, { providerPaymentId: mulNo }));
    expect(amounts).toEqual({ totalAmount: 11000, supplyAmount: 10000, vatAmount: 1000 });
    const [notice] = await notices();
    expect(notice).toMatchObject({ pay_type: '16', naverpay: 'bank', naverpoint: '0' });
  });

  it('answers zero for a Naver Pay card payment and refuses a card payment (70020)', async () => {
    const naverCard = await requestPayment(11000);
    payapp.simulator.pay(naverCard, 'naverpay', { naverpay: 'card' });
    expect(okValue(await payapp.client.checkNpayCashReceiptReq(payapp.seller, { providerPaymentId: naverCard }))).toEqual({
      totalAmount: 0,
      supplyAmount: 0,
      vatAmount: 0,
    });
    const card = await requestPayment(11000);
    payapp.simulator.pay(card, 'card');
    const refused = await payapp.client.checkNpayCashReceiptReq(payapp.seller, { providerPaymentId: card });
    expect(refused).toMatchObject({ kind: 'refused', providerCode: '70020', message: '파라메터값이 정확하지 않습니다. (mul_no: 네이버페이 결제건이 아닙니다)' });
  });
});
