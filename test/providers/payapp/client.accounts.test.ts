import { CashReceiptPurpose, TaxType, UserErrorCode } from '../../../src/domain/enums';
import type { CashStRegistInput, SellerRegistInput } from '../../../src/providers/payapp/inputs';
import { NEW_BUSINESS, NEW_INDIVIDUAL } from '../../support/new-sellers';
import { PayAppHarness, START, okValue, startPayApp } from './support';

const DAY_MS = 24 * 60 * 60 * 1000;

let payapp: PayAppHarness;

beforeEach(async () => {
  payapp = await startPayApp();
});

afterEach(async () => {
  await payapp.close();
});

const individual: SellerRegistInput = { ...NEW_INDIVIDUAL, resellerId: 'platform-reseller', commonFeedbackUrl: 'https://api.example.com/webhooks/payapp' };

const business: SellerRegistInput = {
  ...individual,
  ...NEW_BUSINESS,
  sellerType: 'RESELLER',
  settlementBank: '기업은행',
  settlementAccountNumber: '482-000000-00-000',
  settlementAccountHolder: '(주)새회사',
};

describe('useridCheck and sellerRegist', () => {
  it('finds an id free, signs the seller up, then finds the id taken; the new credentials work', async () => {
    expect(await payapp.client.useridCheck({ userId: 'newshop01', resellerId: 'platform-reseller' })).toEqual({ kind: 'ok', value: { available: true } });

    const credentials = okValue(await payapp.client.sellerRegist(individual));
    expect(credentials.userId).toBe('newshop01');
    expect(credentials.linkKey).toMatch(/^[\w-]{32}$/);
    expect(credentials.linkValue).toMatch(/^[\w-]{32}$/);
    expect(credentials.linkValue).not.toBe(credentials.linkKey);

    expect(await payapp.client.useridCheck({ userId: 'newshop01', resellerId: 'platform-reseller' })).toEqual({
      kind: 'ok',
      value: { available: false, message: '이미 사용중인 아이디입니다.' },
    });

    const { providerPaymentId } = okValue(await payapp.client.payRequest(credentials, { goodName: 'A', price: 1000, recvPhone: '01012345678' }));
    expect((await payapp.client.payCancel(credentials, { providerPaymentId, cancelMemo: 'x' })).kind).toBe('ok');
  });

  it('signs up a business reseller', async () => {
    const credentials = okValue(await payapp.client.sellerRegist(business));
    expect(credentials.userId).toBe('newcorp01');
  });

  it('refuses to sign up a taken id', async () => {
    const result = await payapp.client.sellerRegist({ ...individual, userId: payapp.seller.userId });
    expect(result).toEqual({ kind: 'refused', providerCode: '', message: '이미 사용중인 아이디입니다.', errorCode: UserErrorCode.PROVIDER_REJECTED });
  });

  it('refuses a discounted reseller sign-up (resellers join as paid): the client before sending, PayApp if it were sent', async () => {
    await expect(payapp.client.sellerRegist({ ...business, joinType: 4 })).rejects.toMatchObject({ name: 'PayAppInputError', field: 'joinType' });
    const form = new URLSearchParams({ cmd: 'sellerRegist', userid: 'newcorp02', userpwd: 'abcd1234', sellername: 'X', phone: '01022223333', email: 'a@b.kr', bizkind: '도소매', usertype: '2', resellerid: 'r', join_type: '4', seller_type: 'reseller', compregno: '1234567890', compname: 'X', biztype1: 'a', biztype2: 'b', ceo_nm: 'c' });
    const res = await fetch(payapp.apiUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(Object.fromEntries(new URLSearchParams(await res.text()))).toEqual({ state: '0', errno: '70020', errorMessage: '파라메터값이 정확하지 않습니다. (join_type: 리셀러 회원가입은 유료형입니다)' });
  });

  it.each([
    ['an individual without a name', { ...individual, personName: undefined }, 'personName'],
    ['a business without a company name', { ...business, companyName: ' ' }, 'companyName'],
    ['a business number that is not 10 digits', { ...business, businessNumber: '123-45' }, 'businessNumber'],
    ['a password without digits', { ...individual, password: 'abcdefgh' }, 'password'],
    ['a short password', { ...individual, password: 'ab12' }, 'password'],
    ['an unknown business kind', { ...individual, businessKind: '우주여행' }, 'businessKind'],
    ['a join type other than 0 and 4', { ...individual, joinType: 1 }, 'joinType'],
    ['an e-mail without a domain', { ...individual, email: 'owner@' }, 'email'],
    ['a relative common feedback URL', { ...individual, commonFeedbackUrl: 'webhooks/payapp' }, 'commonFeedbackUrl'],
  ])('refuses %s before sending', async (_, input, field) => {
    await expect(payapp.client.sellerRegist(input)).rejects.toMatchObject({ name: 'PayAppInputError', field });
  });

  it('refuses a missing reseller id before sending', async () => {
    await expect(payapp.client.useridCheck({ userId: 'x', resellerId: '' })).rejects.toMatchObject({ field: 'resellerId' });
  });
});

describe('subidregist', () => {
  it('adds a sub-account once', async () => {
    const input = { subUserId: 'staff01', password: 'pw1234', name: '매장 직원', permissions: 5, category1: '본사', position: '매니저' };
    expect(await payapp.client.subidRegist(payapp.seller, input)).toEqual({ kind: 'ok', value: undefined });
    expect(await payapp.client.subidRegist(payapp.seller, input)).toEqual({
      kind: 'refused',
      providerCode: '',
      message: '이미 등록된 부계정 아이디입니다.',
      errorCode: UserErrorCode.PROVIDER_REJECTED,
    });
  });

  it('refuses permissions beyond the three flags before sending, and an unknown seller after', async () => {
    await expect(payapp.client.subidRegist(payapp.seller, { subUserId: 's', password: 'p', name: 'n', permissions: 8 })).rejects.toMatchObject({
      field: 'permissions',
    });
    const unknownSeller = await payapp.client.subidRegist({ ...payapp.seller, userId: 'ghost' }, { subUserId: 's', password: 'p', name: 'n' });
    expect(unknownSeller).toMatchObject({ kind: 'refused', providerCode: '70010' });
  });
});

describe('cashStRegist and cashStCancel', () => {
  const receipt = (overrides: Partial<CashStRegistInput> = {}): CashStRegistInput => ({
    goodName: '착한상품',
    buyerName: '홍길동',
    buyerPhone: '010-1234-5678',
    buyerEmail: 'buyer@example.com',
    identity: '010-1234-5678',
    tradedAt: new Date(START.getTime() - 2 * DAY_MS),
    purpose: CashReceiptPurpose.INCOME_DEDUCTION,
    taxType: TaxType.TAXABLE,
    totalAmount: 11000,
    supplyAmount: 10000,
    serviceFee: 0,
    vatAmount: 1000,
    ...overrides,
  });

  it('issues a receipt and cancels it once', async () => {
    const issued = okValue(await payapp.client.cashStRegist(payapp.seller, receipt()));
    const { providerReceiptId } = issued;
    expect(providerReceiptId).toMatch(/^\d+$/);
    expect(issued.approvalNumber).toMatch(/^\d{9}$/);
    expect(issued.receiptUrl).toBe(`${payapp.url}/cashst/${providerReceiptId}`);

    expect(await payapp.client.cashStCancel(payapp.seller, { providerReceiptId })).toEqual({ kind: 'ok', value: undefined });
    expect(await payapp.client.cashStCancel(payapp.seller, { providerReceiptId })).toMatchObject({
      kind: 'refused',
      providerCode: '',
      message: '이미 취소된 현금영수증입니다.',
    });
  });

  it('issues a tax-free expense-proof receipt for a payment of the seller', async () => {
    const { providerPaymentId } = okValue(await payapp.client.payRequest(payapp.seller, { goodName: 'A', price: 5000, recvPhone: '01012345678' }));
    const issued = await payapp.client.cashStRegist(
      payapp.seller,
      receipt({ purpose: CashReceiptPurpose.EXPENSE_PROOF, taxType: TaxType.TAX_FREE, identity: '1234567890', totalAmount: 5000, supplyAmount: 5000, vatAmount: 0, providerPaymentId }),
    );
    expect(okValue(issued).providerReceiptId).toMatch(/^\d+$/);
    const forUnknownPayment = await payapp.client.cashStRegist(payapp.seller, receipt({ providerPaymentId: '999999' }));
    expect(forUnknownPayment).toMatchObject({ kind: 'refused', providerCode: '70020' });
  });

  it('refuses a trade more than 6 days old (70020) and one in the future', async () => {
    const old = await payapp.client.cashStRegist(payapp.seller, receipt({ tradedAt: new Date(START.getTime() - 7 * DAY_MS) }));
    expect(old).toMatchObject({ kind: 'refused', providerCode: '70020', message: '파라메터값이 정확하지 않습니다. (trad_time: 거래일로 부터 6일이내 발행 가능합니다)' });
    const future = await payapp.client.cashStRegist(payapp.seller, receipt({ tradedAt: new Date(START.getTime() + DAY_MS) }));
    expect(future).toMatchObject({ kind: 'refused', providerCode: '70020' });
  });

  it('refuses a wrong linkkey (70010) and another seller’s receipt (70020)', async () => {
    expect(await payapp.client.cashStRegist({ ...payapp.seller, linkKey: 'x' }, receipt())).toMatchObject({ kind: 'refused', providerCode: '70010' });
    okValue(await payapp.client.cashStRegist(payapp.seller, receipt()));
    const other = { userId: 'other', linkKey: 'k2', linkValue: 'v2' };
    payapp.simulator.addSeller(other);
    expect(await payapp.client.cashStCancel(other, { providerReceiptId: '1' })).toMatchObject({ kind: 'refused', providerCode: '70020' });
  });

  it.each([
    ['a total that is not supply + fee + VAT', { totalAmount: 12000 }, 'totalAmount'],
    ['a VAT above the total', { vatAmount: 20000 }, 'vatAmount'],
    ['an invalid trade time', { tradedAt: new Date('not a date') }, 'tradedAt'],
    ['an identity without enough digits', { identity: '010-12' }, 'identity'],
    ['VAT on a tax-free receipt', { taxType: TaxType.TAX_FREE }, 'vatAmount'],
  ])('refuses %s before sending', async (_, overrides, field) => {
    await expect(payapp.client.cashStRegist(payapp.seller, receipt(overrides))).rejects.toMatchObject({ name: 'PayAppInputError', field });
  });
});
