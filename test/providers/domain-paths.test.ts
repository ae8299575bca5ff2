import { BillingKeyMethod, CashReceiptPurpose, Currency, CycleUnit, PaymentMethod, Provider, TaxType } from '../../src/domain/enums';
import { InputError } from '../../src/domain/errors';
import { createLogger } from '../../src/logger';
import { ProviderHttp } from '../../src/providers/http';
import { createPayAppAdapter, PAYAPP_DOMAIN_PATHS } from '../../src/providers/payapp/adapter';
import { createPayupAdapter, PAYUP_DOMAIN_PATHS } from '../../src/providers/payup/adapter';
import type { ProviderAccount, ProviderAdapter, ProviderCapabilities } from '../../src/providers/types';
import { createWelcomeAdapter, WELCOME_DOMAIN_PATHS } from '../../src/providers/welcome/adapter';

/**
 * Every provider input rule, table-driven: a command with one bad field is refused before anything
 * is sent, with an InputError at that field's path in the *domain* command (never a wire name).
 */
const NOWHERE = 'http://127.0.0.1:9';
const http = (provider: 'PAYAPP' | 'WELCOME' | 'PAYUP') => new ProviderHttp({ provider, timeoutMs: 1000, logger: createLogger('silent'), sensitiveFields: [] });
const adapters = {
  PAYAPP: createPayAppAdapter(http('PAYAPP'), { apiUrl: `${NOWHERE}/oapi/apiLoad.html`, appLinkUrl: 'https://payapp.kr/sdk-app' }),
  WELCOME: createWelcomeAdapter(http('WELCOME'), { baseUrl: NOWHERE }),
  PAYUP: createPayupAdapter(http('PAYUP'), { baseUrl: NOWHERE }),
};
const account = (provider: Provider): ProviderAccount => ({ provider, accountId: 'acct', secrets: { linkKey: 'k', linkValue: 'v', mkey: 'm', apiCertKey: 'c' } });
const cap = <K extends keyof ProviderCapabilities>(provider: keyof typeof adapters, name: K): ProviderCapabilities[K] => (adapters[provider] as ProviderAdapter).capabilities[name] as ProviderCapabilities[K];

const card = { number: '4518771234561111', expiryMonth: '12', expiryYear: '30', birthDateOrBusinessNumber: '850315', passwordFirstTwo: '47' };
const buyer = { name: 'Kim', phone: '01023456789', email: 'kim@example.com' };
const noticeUrl = 'http://127.0.0.1/webhooks/payapp?payment=pay_1';
const payRequest = { goodName: 'Lesson', amount: 10000, currency: Currency.KRW, buyer, noticeUrl };
const cancel = { providerPaymentId: '10001', reason: 'asked', amount: 3000 };
const billCharge = { billingKey: 'bk', method: BillingKeyMethod.CARD, orderId: 'o-1', goodName: 'Plan', amount: 10000, buyer };
const recurring = { goodName: 'Plan', amount: 10000, cycle: { unit: CycleUnit.MONTH, dayOfMonth: 1 }, expiresOn: '2027-12-31', buyer, noticeUrl, failureUrl: noticeUrl };
const receipt = { goodName: 'Lesson', buyerName: 'Kim', identity: '01023456789', tradedAt: new Date(), purpose: CashReceiptPurpose.INCOME_DEDUCTION, taxType: TaxType.TAXABLE, totalAmount: 11000, supplyAmount: 10000, serviceFee: 0, vatAmount: 1000 };
const seller = { resellerId: 'r', userId: 'newseller', password: 'abcd1234', sellerName: 'New', phone: '01023456789', email: 'a@b.kr', businessKind: '서비스', userType: 'INDIVIDUAL' as const, personName: 'Kim' };
const subAccount = { subUserId: 'staff1', password: 'pw123456', name: 'Staff' };
const appLink = { requestType: 'OCR', returnUri: 'myapp://done', goodPrice: 1000, goodName: 'Lesson' };
const keyIn = { orderId: 'o-1', goodName: 'Pass', amount: 30000, card, buyer };
const welcomeKey = { method: BillingKeyMethod.CARD, card: { ...card, expiryYear: '2030' }, buyer, authenticate: true };

type Case = [capability: string, field: string, run: () => unknown];
const payapp = (provider: Provider) => account(provider);

const CASES: Case[] = [
  // PayApp payrequest
  ['PAYAPP payRequests', 'amount', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, amount: 0 })],
  ['PAYAPP payRequests', 'buyer.phone', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, buyer: { phone: 'abc' } })],
  ['PAYAPP payRequests', 'buyer.email', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, buyer: { ...buyer, email: 'x'.repeat(201) } })],
  ['PAYAPP payRequests', 'buyer.buyerId', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, buyer: { ...buyer, buyerId: 'x'.repeat(101) } })],
  ['PAYAPP payRequests', 'taxableAmount', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, taxableAmount: 20000 })],
  ['PAYAPP payRequests', 'taxFreeAmount', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, taxFreeAmount: -1 })],
  ['PAYAPP payRequests', 'vatAmount', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, vatAmount: -1 })],
  ['PAYAPP payRequests', 'noticeUrl', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, noticeUrl: 'ftp://x' })],
  ['PAYAPP payRequests', 'goodName', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, goodName: 'see www.example.com' })],
  ['PAYAPP payRequests', 'memo', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, memo: 'http://x.kr' })],
  ['PAYAPP payRequests', 'countryCallingCode', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, currency: Currency.USD })],
  ['PAYAPP payRequests', 'methods', () => cap('PAYAPP', 'payRequests').request(payapp(Provider.PAYAPP), { ...payRequest, currency: Currency.USD, countryCallingCode: '1', methods: [PaymentMethod.PHONE] })],
  // PayApp paycancel and paycancelreq
  ['PAYAPP cancels', 'reason', () => cap('PAYAPP', 'cancels').cancel(payapp(Provider.PAYAPP), { ...cancel, reason: ' ' })],
  ['PAYAPP cancels', 'amount', () => cap('PAYAPP', 'cancels').cancel(payapp(Provider.PAYAPP), { ...cancel, amount: 0 })],
  ['PAYAPP cancels', 'taxableAmount', () => cap('PAYAPP', 'cancels').cancel(payapp(Provider.PAYAPP), { ...cancel, taxableAmount: 5000 })],
  ['PAYAPP cancels', 'taxFreeAmount', () => cap('PAYAPP', 'cancels').cancel(payapp(Provider.PAYAPP), { ...cancel, taxFreeAmount: -1 })],
  ['PAYAPP cancels', 'vatAmount', () => cap('PAYAPP', 'cancels').cancel(payapp(Provider.PAYAPP), { ...cancel, vatAmount: -1 })],
  ['PAYAPP cancels', 'providerPaymentId', () => cap('PAYAPP', 'cancels').cancel(payapp(Provider.PAYAPP), { ...cancel, providerPaymentId: 'abc' })],
  ['PAYAPP cancels', 'depositorName', () => cap('PAYAPP', 'cancellationRequests').request(payapp(Provider.PAYAPP), { ...cancel, depositorName: 'x'.repeat(201) })],
  // PayApp billRegist / billPay
  ['PAYAPP billingKeys', 'card.number', () => cap('PAYAPP', 'billingKeys').register(payapp(Provider.PAYAPP), { method: BillingKeyMethod.CARD, card: { ...card, number: '12' }, buyer, authenticate: true })],
  ['PAYAPP billingKeys', 'card.expiryMonth', () => cap('PAYAPP', 'billingKeys').register(payapp(Provider.PAYAPP), { method: BillingKeyMethod.CARD, card: { ...card, expiryMonth: '13' }, buyer, authenticate: true })],
  ['PAYAPP billingKeys', 'card.birthDateOrBusinessNumber', () => cap('PAYAPP', 'billingKeys').register(payapp(Provider.PAYAPP), { method: BillingKeyMethod.CARD, card: { ...card, birthDateOrBusinessNumber: '12' }, buyer, authenticate: true })],
  ['PAYAPP billingKeys', 'card.passwordFirstTwo', () => cap('PAYAPP', 'billingKeys').register(payapp(Provider.PAYAPP), { method: BillingKeyMethod.CARD, card: { ...card, passwordFirstTwo: 'x' }, buyer, authenticate: true })],
  ['PAYAPP billingKeys', 'buyer.phone', () => cap('PAYAPP', 'billingKeys').register(payapp(Provider.PAYAPP), { method: BillingKeyMethod.CARD, card, buyer: { ...buyer, phone: undefined }, authenticate: true })],
  ['PAYAPP billingKeys', 'buyer.name', () => cap('PAYAPP', 'billingKeys').register(payapp(Provider.PAYAPP), { method: BillingKeyMethod.CARD, card, buyer: { ...buyer, name: '' }, authenticate: true })],
  ['PAYAPP billingKeys', 'buyer.buyerId', () => cap('PAYAPP', 'billingKeys').register(payapp(Provider.PAYAPP), { method: BillingKeyMethod.CARD, card, buyer: { ...buyer, buyerId: 'x'.repeat(101) }, authenticate: true })],
  ['PAYAPP billingKeys', 'amount', () => cap('PAYAPP', 'billingKeys').charge(payapp(Provider.PAYAPP), { ...billCharge, amount: -5 })],
  ['PAYAPP billingKeys', 'installmentMonths', () => cap('PAYAPP', 'billingKeys').charge(payapp(Provider.PAYAPP), { ...billCharge, installmentMonths: 3 })],
  ['PAYAPP billingKeys', 'taxableAmount', () => cap('PAYAPP', 'billingKeys').charge(payapp(Provider.PAYAPP), { ...billCharge, taxableAmount: 20000 })],
  ['PAYAPP billingKeys', 'taxFreeAmount', () => cap('PAYAPP', 'billingKeys').charge(payapp(Provider.PAYAPP), { ...billCharge, taxFreeAmount: -1 })],
  ['PAYAPP billingKeys', 'vatAmount', () => cap('PAYAPP', 'billingKeys').charge(payapp(Provider.PAYAPP), { ...billCharge, vatAmount: -1 })],
  ['PAYAPP billingKeys', 'noticeUrl', () => cap('PAYAPP', 'billingKeys').charge(payapp(Provider.PAYAPP), { ...billCharge, noticeUrl: 'nope' })],
  ['PAYAPP billingKeys', 'goodName', () => cap('PAYAPP', 'billingKeys').charge(payapp(Provider.PAYAPP), { ...billCharge, goodName: 'www.shop.kr' })],
  ['PAYAPP billingKeys', 'interestFree', () => cap('PAYAPP', 'billingKeys').check({ ...billCharge, interestFree: true })],
  ['PAYAPP billingKeys', 'buyer.phone', () => cap('PAYAPP', 'billingKeys').check({ ...billCharge, buyer: { name: 'Kim' } })],
  // PayApp rebillRegist
  ['PAYAPP recurring', 'amount', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, amount: 0 })],
  ['PAYAPP recurring', 'buyer.phone', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, buyer: { phone: 'abc' } })],
  ['PAYAPP recurring', 'buyer.email', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, buyer: { ...buyer, email: 'x'.repeat(201) } })],
  ['PAYAPP recurring', 'noticeUrl', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, noticeUrl: 'nope' })],
  ['PAYAPP recurring', 'failureUrl', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, failureUrl: 'nope' })],
  ['PAYAPP recurring', 'cycle.dayOfMonth', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, cycle: { unit: CycleUnit.MONTH, dayOfMonth: 32 } })],
  ['PAYAPP recurring', 'cycle.dayOfWeek', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, cycle: { unit: CycleUnit.WEEK, dayOfWeek: 8 } })],
  ['PAYAPP recurring', 'expiresOn', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, expiresOn: '2027-02-30x' })],
  ['PAYAPP recurring', 'methods', () => cap('PAYAPP', 'recurring').create(payapp(Provider.PAYAPP), { ...recurring, methods: [PaymentMethod.KAKAOPAY] })],
  // PayApp cashStRegist
  ['PAYAPP cashReceipts', 'identity', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, identity: '12' })],
  ['PAYAPP cashReceipts', 'totalAmount', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, totalAmount: 12000 })],
  ['PAYAPP cashReceipts', 'supplyAmount', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, supplyAmount: -1 })],
  ['PAYAPP cashReceipts', 'serviceFee', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, serviceFee: 99999 })],
  ['PAYAPP cashReceipts', 'vatAmount', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, vatAmount: -1 })],
  ['PAYAPP cashReceipts', 'buyerEmail', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, buyerEmail: 'not-mail' })],
  ['PAYAPP cashReceipts', 'buyerPhone', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, buyerPhone: 'abc' })],
  ['PAYAPP cashReceipts', 'tradedAt', () => cap('PAYAPP', 'cashReceipts').issue(payapp(Provider.PAYAPP), { ...receipt, tradedAt: new Date(NaN) })],
  ['PAYAPP cashReceipts', 'tradedAt', () => cap('PAYAPP', 'cashReceipts').check({ ...receipt, tradedAt: new Date(Date.now() - 8 * 86_400_000) }, new Date())],
  ['PAYAPP cashReceipts', 'tradedAt', () => cap('PAYAPP', 'cashReceipts').check({ ...receipt, tradedAt: new Date(Date.now() + 60_000) }, new Date())],
  ['PAYAPP cashReceipts', 'totalAmount', () => cap('PAYAPP', 'cashReceipts').check({ ...receipt, serviceFee: 1 }, new Date())],
  ['PAYAPP cashReceipts', 'vatAmount', () => cap('PAYAPP', 'cashReceipts').check({ ...receipt, taxType: TaxType.TAX_FREE }, new Date())],
  // PayApp sellerRegist, useridCheck, subidregist, app links
  ['PAYAPP onboarding', 'password', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, password: 'short' })],
  ['PAYAPP onboarding', 'email', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, email: 'nope' })],
  ['PAYAPP onboarding', 'businessKind', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, businessKind: 'casino' })],
  ['PAYAPP onboarding', 'businessNumber', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, userType: 'BUSINESS' })],
  ['PAYAPP onboarding', 'personName', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, personName: undefined })],
  ['PAYAPP onboarding', 'phone', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, phone: 'abc' })],
  ['PAYAPP onboarding', 'noticeUrl', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, noticeUrl: 'webhooks/payapp' })],
  ['PAYAPP onboarding', 'joinType', () => cap('PAYAPP', 'onboarding').registerSeller({ ...seller, sellerType: 'RESELLER', joinType: 4 })],
  ['PAYAPP onboarding', 'allPayTypes', () => cap('PAYAPP', 'onboarding').appLink({ ...appLink, requestType: 'REMOTE', phoneNumber: '01023456789', allPayTypes: true })],
  ['PAYAPP onboarding', 'returnUri', () => cap('PAYAPP', 'onboarding').appLink({ ...appLink, returnUri: 'done page' })],
  ['PAYAPP onboarding', 'permissions', () => cap('PAYAPP', 'onboarding').registerSubAccount(payapp(Provider.PAYAPP), { ...subAccount, permissions: 9 })],
  ['PAYAPP onboarding', 'subUserId', () => cap('PAYAPP', 'onboarding').registerSubAccount(payapp(Provider.PAYAPP), { ...subAccount, subUserId: ' ' })],
  ['PAYAPP onboarding', 'requestType', () => cap('PAYAPP', 'onboarding').appLink({ ...appLink, requestType: 'TELEPATHY' })],
  ['PAYAPP onboarding', 'goodPrice', () => cap('PAYAPP', 'onboarding').appLink({ ...appLink, goodPrice: 0 })],
  ['PAYAPP onboarding', 'installmentMonths', () => cap('PAYAPP', 'onboarding').appLink({ ...appLink, goodPrice: 60000, installmentMonths: 3, requestType: 'QR' })],
  ['PAYAPP onboarding', 'phoneNumber', () => cap('PAYAPP', 'onboarding').appLink({ ...appLink, requestType: 'REMOTE' })],
  ['PAYAPP onboarding', 'noticeUrl', () => cap('PAYAPP', 'onboarding').appLink({ ...appLink, noticeUrl: 'nope' })],
  ['PAYAPP accountIdAvailable', 'accountId', () => cap('PAYAPP', 'onboarding').accountIdAvailable({ resellerId: 'r', accountId: ' ' })],
  // Payup keyin2 / cancel2
  ['PAYUP cardCharges', 'orderId', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, orderId: 'has space' })],
  ['PAYUP cardCharges', 'goodName', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, goodName: ' ' })],
  ['PAYUP cardCharges', 'buyer.name', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, buyer: { ...buyer, name: undefined } })],
  ['PAYUP cardCharges', 'buyer.phone', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, buyer: { ...buyer, phone: '0123' } })],
  ['PAYUP cardCharges', 'buyer.email', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, buyer: { ...buyer, email: 'x'.repeat(129) } })],
  ['PAYUP cardCharges', 'card.number', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, card: { ...card, number: '12' } })],
  ['PAYUP cardCharges', 'card.passwordFirstTwo', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, card: { ...card, passwordFirstTwo: undefined } })],
  ['PAYUP cardCharges', 'installmentMonths', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, installmentMonths: 25 })],
  ['PAYUP cardCharges', 'taxFreeAmount', () => cap('PAYUP', 'cardCharges').check({ ...keyIn, taxableAmount: 10000, taxFreeAmount: 10000 })],
  ['PAYUP cardCharges', 'amount', () => cap('PAYUP', 'cardCharges').charge(account(Provider.PAYUP), { ...keyIn, amount: 0 })],
  ['PAYUP cancels', 'providerPaymentId', () => cap('PAYUP', 'cancels').cancel(account(Provider.PAYUP), { providerPaymentId: ' ', reason: 'asked' })],
  // Welcome billing keys
  ['WELCOME billingKeys', 'card.number', () => cap('WELCOME', 'billingKeys').register(account(Provider.WELCOME), { ...welcomeKey, card: { ...welcomeKey.card, number: '1234' } })],
  ['WELCOME billingKeys', 'card.birthDateOrBusinessNumber', () => cap('WELCOME', 'billingKeys').register(account(Provider.WELCOME), { ...welcomeKey, card: { ...welcomeKey.card, birthDateOrBusinessNumber: undefined } })],
  ['WELCOME billingKeys', 'buyer.name', () => cap('WELCOME', 'billingKeys').register(account(Provider.WELCOME), { ...welcomeKey, buyer: { phone: '01023456789' } })],
  ['WELCOME billingKeys', 'goodName', () => cap('WELCOME', 'billingKeys').register(account(Provider.WELCOME), { ...welcomeKey, goodName: 'x'.repeat(81) })],
  ['WELCOME billingKeys', 'note', () => cap('WELCOME', 'billingKeys').register(account(Provider.WELCOME), { ...welcomeKey, note: 'x'.repeat(101) })],
  ['WELCOME billingKeys', 'orderId', () => cap('WELCOME', 'billingKeys').charge(account(Provider.WELCOME), { ...billCharge, orderId: ' ' })],
  ['WELCOME billingKeys', 'amount', () => cap('WELCOME', 'billingKeys').charge(account(Provider.WELCOME), { ...billCharge, amount: 0 })],
  ['WELCOME billingKeys', 'installmentMonths', () => cap('WELCOME', 'billingKeys').charge(account(Provider.WELCOME), { ...billCharge, installmentMonths: 1 })],
  ['WELCOME billingKeys', 'vatAmount', () => cap('WELCOME', 'billingKeys').charge(account(Provider.WELCOME), { ...billCharge, vatAmount: 20000 })],
  ['WELCOME billingKeys', 'taxFreeAmount', () => cap('WELCOME', 'billingKeys').charge(account(Provider.WELCOME), { ...billCharge, taxFreeAmount: -1 })],
  ['WELCOME billingKeys', 'goodName', () => cap('WELCOME', 'billingKeys').check({ ...billCharge, goodName: 'x'.repeat(81) })],
  ['WELCOME billingKeys', 'installmentMonths', () => cap('WELCOME', 'billingKeys').check({ ...billCharge, installmentMonths: 1 })],
  // A phone charge (/billing/hppbillpay) takes none of the card charge's options.
  ['WELCOME billingKeys', 'installmentMonths', () => cap('WELCOME', 'billingKeys').check({ ...billCharge, method: BillingKeyMethod.PHONE, installmentMonths: 0 })],
  ['WELCOME billingKeys', 'interestFree', () => cap('WELCOME', 'billingKeys').check({ ...billCharge, method: BillingKeyMethod.PHONE, interestFree: false })],
  ['WELCOME billingKeys', 'vatAmount', () => cap('WELCOME', 'billingKeys').check({ ...billCharge, method: BillingKeyMethod.PHONE, vatAmount: 100 })],
];

async function refusedAt(run: () => unknown): Promise<string[][]> {
  try {
    await run();
  } catch (err) {
    if (err instanceof InputError) return err.fields;
    throw err;
  }
  throw new Error('the input was not refused');
}

describe('provider input rules, at domain field paths', () => {
  afterAll(() => Promise.all(Object.values(adapters).map((adapter) => adapter.close())));

  it.each(CASES)('%s refuses a bad %s at that path of the command', async (_capability, field, run) => {
    expect(await refusedAt(run)).toEqual([field.split('.')]);
  });

  it('covers every field an adapter names differently from its provider', () => {
    const mapped: [string, Record<string, readonly string[]>][] = [
      ...Object.entries(PAYAPP_DOMAIN_PATHS).map(([capability, paths]) => [`PAYAPP ${capability}`, paths] as [string, Record<string, readonly string[]>]),
      ...Object.entries(PAYUP_DOMAIN_PATHS).map(([capability, paths]) => [`PAYUP ${capability}`, paths] as [string, Record<string, readonly string[]>]),
      ...Object.entries(WELCOME_DOMAIN_PATHS).map(([capability, paths]) => [`WELCOME ${capability}`, paths] as [string, Record<string, readonly string[]>]),
    ];
    const uncovered = mapped.flatMap(([capability, paths]) =>
      Object.values(paths)
        .map((path) => path.join('.'))
        .filter((path) => !CASES.some(([c, field]) => c === capability && field === path))
        .map((path) => `${capability}: ${path}`),
    );
    expect(uncovered).toEqual([]);
  });

  it('never names a wire field or echoes a value in the message', async () => {
    const error = await (async () => {
      try {
        await cap('PAYUP', 'cardCharges').check({ ...keyIn, card: { ...card, number: '99887766' } });
      } catch (err) {
        return err as InputError;
      }
    })();
    expect(error?.message).toBe('card.number: must be 11 to 20 digits');
    expect(error?.message).not.toContain('99887766');
  });
});
