import { UserErrorCode } from '../../../src/domain/enums';
import type { BillRegistInput } from '../../../src/providers/payapp/inputs';
import { PayAppInputError } from '../../../src/providers/payapp/wire';
import { NoticeReceiver, PayAppHarness, okValue, startNoticeReceiver, startPayApp } from './support';

const CARD_NUMBER = '4111222233334444';
const registration: BillRegistInput = {
  card: { number: '4111-2222-3333-4444', expiryMonth: '7', expiryYear: '2031', birthDateOrBusinessNumber: '900101', passwordFirstTwo: '12' },
  buyerPhone: '010-9876-5432',
  buyerName: '홍길동',
  buyerId: 'buyer-1',
};

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

async function registerCard(): Promise<string> {
  return okValue(await payapp.client.billRegist(payapp.seller, registration)).billingKey;
}

describe('billRegist', () => {
  it('registers a card and answers the key, the masked number and the card company', async () => {
    const result = okValue(await payapp.client.billRegist(payapp.seller, registration));
    expect(result.billingKey).toMatch(/^[\w-]{24}$/);
    expect(result.billAuthNo).toMatch(/^\d{10}$/);
    expect(result.maskedCardNumber).toBe('4111********4444');
    expect(result.cardName).toBe('[신한]');
  });

  it('never writes the card number, expiry, birth date or password to the log', async () => {
    await registerCard();
    const logOutput = payapp.log();
    expect(logOutput).toContain('"cmd":"billRegist"');
    expect(logOutput).toContain('"cardNo":"[redacted]"');
    expect(logOutput).not.toContain(CARD_NUMBER);
    expect(logOutput).not.toContain('333344');
    expect(logOutput).not.toContain('900101');
    expect(logOutput).not.toContain('"cardPw":"12"');
    expect(logOutput).not.toContain(payapp.seller.linkKey);
  });

  it('refuses a wrong linkkey (70010)', async () => {
    const result = await payapp.client.billRegist({ ...payapp.seller, linkKey: 'wrong' }, registration);
    expect(result).toMatchObject({ kind: 'refused', providerCode: '70010', errorCode: UserErrorCode.PROVIDER_NOT_CONFIGURED });
  });

  it('refuses an expired card (70020)', async () => {
    const result = await payapp.client.billRegist(payapp.seller, { ...registration, card: { ...registration.card, expiryYear: '29', expiryMonth: '12' } });
    expect(result).toEqual({
      kind: 'refused',
      providerCode: '70020',
      message: '파라메터값이 정확하지 않습니다. (expYear: 유효기간이 지난 카드입니다)',
      errorCode: UserErrorCode.PROVIDER_REJECTED,
    });
  });

  it.each([
    ['card.number', { number: '4111 2222 3333' }],
    ['card.expiryMonth', { expiryMonth: '13' }],
    ['card.birthDateOrBusinessNumber', { birthDateOrBusinessNumber: '1990-01-01' }],
    ['card.passwordFirstTwo', { passwordFirstTwo: undefined }],
  ])('refuses a bad %s before sending, without echoing it', async (field, card) => {
    const post = jest.spyOn(payapp.clientHttp, 'post');
    const call = payapp.client.billRegist(payapp.seller, { ...registration, card: { ...registration.card, ...card } });
    await expect(call).rejects.toThrow(PayAppInputError);
    await expect(call).rejects.toMatchObject({ field });
    await call.catch((err: Error) => expect(err.message).not.toMatch(/\d{6}/));
    expect(post).not.toHaveBeenCalled();
  });
});

describe('billPay', () => {
  it('charges the card, answers mul_no and the receipt, and announces pay_type 17', async () => {
    const billingKey = await registerCard();
    const result = okValue(
      await payapp.client.billPay(payapp.seller, {
        billingKey,
        goodName: '월간 구독',
        price: 1000,
        recvPhone: '01098765432',
        feedbackUrl: merchant.url,
        var1: 'sub-1',
      }),
    );
    expect(result.providerPaymentId).toMatch(/^\d+$/);
    expect(result.price).toBe(1000);
    expect(result.receiptUrl).toBe(`${payapp.url}/CST/${result.providerPaymentId}`);
    await payapp.simulator.idle();
    const notice = Object.fromEntries(merchant.received[0]);
    expect(notice).toMatchObject({
      mul_no: result.providerPaymentId,
      pay_state: '4',
      pay_type: '17',
      price: '1000',
      // No split given: all taxable, VAT included.
      amount_taxable: '909',
      amount_taxfree: '0',
      amount_vat: '91',
      card_num: '4111********4444',
      card_quota: '00',
      var1: 'sub-1',
    });
    expect(JSON.stringify(merchant.received.map(String))).not.toContain(CARD_NUMBER);
  });

  it('sends the tax split and instalments that were given', async () => {
    const billingKey = await registerCard();
    const { providerPaymentId } = okValue(
      await payapp.client.billPay(payapp.seller, {
        billingKey,
        goodName: '노트북',
        price: 66000,
        recvPhone: '01098765432',
        amountTaxable: 50000,
        amountTaxFree: 11000,
        amountVat: 5000,
        installmentMonths: 3,
        feedbackUrl: merchant.url,
      }),
    );
    await payapp.simulator.idle();
    expect(Object.fromEntries(merchant.received[0])).toMatchObject({
      mul_no: providerPaymentId,
      amount_taxable: '50000',
      amount_taxfree: '11000',
      amount_vat: '5000',
      card_quota: '03',
    });
  });

  it('refuses instalments under 50,000 won before sending', async () => {
    const call = payapp.client.billPay(payapp.seller, { billingKey: 'k', goodName: 'A', price: 49000, recvPhone: '01012345678', installmentMonths: 2 });
    await expect(call).rejects.toMatchObject({ name: 'PayAppInputError', field: 'installmentMonths' });
  });

  it('answers a declined charge as refused, once', async () => {
    const billingKey = await registerCard();
    await payapp.arm('decline');
    const input = { billingKey, goodName: 'A', price: 1000, recvPhone: '01012345678' };
    expect(await payapp.client.billPay(payapp.seller, input)).toEqual({
      kind: 'refused',
      providerCode: '',
      message: '카드 승인 거절 (한도초과)',
      errorCode: UserErrorCode.PROVIDER_REJECTED,
    });
    expect((await payapp.client.billPay(payapp.seller, input)).kind).toBe('ok');
  });

  it('refuses an unknown billing key (70020)', async () => {
    const result = await payapp.client.billPay(payapp.seller, { billingKey: 'nope', goodName: 'A', price: 1000, recvPhone: '01012345678' });
    expect(result).toMatchObject({ kind: 'refused', providerCode: '70020', message: '파라메터값이 정확하지 않습니다. (encBill: 등록결제 연동키가 없습니다)' });
  });
});

describe('billDelete', () => {
  it('deletes the key, after which it can neither charge nor be deleted again', async () => {
    const billingKey = await registerCard();
    expect(await payapp.client.billDelete(payapp.seller, { billingKey })).toEqual({ kind: 'ok', value: undefined });
    const charge = await payapp.client.billPay(payapp.seller, { billingKey, goodName: 'A', price: 1000, recvPhone: '01012345678' });
    expect(charge).toMatchObject({ kind: 'refused', providerCode: '70020' });
    expect(await payapp.client.billDelete(payapp.seller, { billingKey })).toMatchObject({ kind: 'refused', providerCode: '70020' });
  });

  it('does not let another seller use or delete the key', async () => {
    const billingKey = await registerCard();
    const other = { userId: 'other', linkKey: 'other-key', linkValue: 'other-val' };
    payapp.simulator.addSeller(other);
    expect(await payapp.client.billDelete(other, { billingKey })).toMatchObject({ kind: 'refused', providerCode: '70020' });
    expect(await payapp.client.billPay(other, { billingKey, goodName: 'A', price: 1000, recvPhone: '01012345678' })).toMatchObject({ kind: 'refused' });
  });
});
