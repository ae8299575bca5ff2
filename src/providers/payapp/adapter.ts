import { BillingKeyMethod, Provider } from '../../domain/enums';
import type { ProviderHttp } from '../http';
import { DomainPaths, inDomainTerms } from '../input-rules';
import { shownCardNumber } from '../card-mask';
import {
  BillingKeyChargeCommand,
  BillingKeys,
  CancellationRequests,
  Cancels,
  CashReceipts,
  NoticeRoute,
  Onboarding,
  PayRequests,
  ProviderAccount,
  ProviderAdapter,
  ProviderResult,
  Recurring,
  TaxSplit,
  ok,
} from '../types';
import { buildPayAppAppLink } from './appLink';
import { checkTradeWindow } from './cashReceiptWindow';
import { PayAppClient } from './client';
import type { BillPayInput, NoticeTarget, PartialCancel, TaxSplit as PayAppTaxSplit } from './inputs';
import { PAYAPP_FINAL_CHARGE_REFUSALS } from './mapping';
import { PayAppCredentials, PayAppInputError } from './wire';

/** PayApp's wire fields that carry card data or secrets, or a cash receipt's personal data (the identity is often the buyer's phone). */
export const PAYAPP_SENSITIVE_FIELDS = ['linkkey', 'linkval', 'cardNo', 'expMonth', 'expYear', 'buyerAuthNo', 'cardPw', 'encBill', 'userpwd', 'subpwd', 'id_info', 'buyr_tel1', 'buyr_mail'] as const;

/** The seller's PayApp credentials from its account: userid, and the linkkey / linkval secrets. */
export function payAppCredentials(account: ProviderAccount): PayAppCredentials {
  return { userId: account.accountId, linkKey: account.secrets.linkKey ?? '', linkValue: account.secrets.linkValue ?? '' };
}

const TAX_PATHS = { amountTaxable: ['taxableAmount'], amountTaxFree: ['taxFreeAmount'], amountVat: ['vatAmount'] };

/**
 * Where each PayApp client field sits in the domain commands, capability by capability, for the
 * fields named differently there; the others (goodName, card.number, …) are named alike.
 */
export const PAYAPP_DOMAIN_PATHS = {
  payRequests: { ...TAX_PATHS, price: ['amount'], recvPhone: ['buyer', 'phone'], recvEmail: ['buyer', 'email'], buyerId: ['buyer', 'buyerId'], feedbackUrl: ['noticeUrl'] },
  cancels: {
    cancelMemo: ['reason'],
    'partial.amount': ['amount'],
    'partial.amountTaxable': ['taxableAmount'],
    'partial.amountTaxFree': ['taxFreeAmount'],
    'partial.amountVat': ['vatAmount'],
  },
  billingKeys: { ...TAX_PATHS, buyerPhone: ['buyer', 'phone'], buyerName: ['buyer', 'name'], buyerId: ['buyer', 'buyerId'], price: ['amount'], recvPhone: ['buyer', 'phone'], feedbackUrl: ['noticeUrl'] },
  recurring: { price: ['amount'], recvPhone: ['buyer', 'phone'], recvEmail: ['buyer', 'email'], feedbackUrl: ['noticeUrl'], failUrl: ['failureUrl'] },
  cashReceipts: {},
  onboarding: { feedbackUrl: ['noticeUrl'], commonFeedbackUrl: ['noticeUrl'] },
  accountIdAvailable: { userId: ['accountId'] },
} satisfies Record<string, DomainPaths>;
const paths = PAYAPP_DOMAIN_PATHS;

function taxSplit(split: TaxSplit): PayAppTaxSplit {
  return { amountTaxable: split.taxableAmount, amountTaxFree: split.taxFreeAmount, amountVat: split.vatAmount };
}

function partialCancel(command: TaxSplit & { amount?: number }): PartialCancel | undefined {
  return command.amount === undefined ? undefined : { amount: command.amount, ...taxSplit(command) };
}

/** Where PayApp reports on a request: our URL, retried until we answer SUCCESS, with the merchant's values. */
function noticeTarget(route: Partial<NoticeRoute>): NoticeTarget {
  return { feedbackUrl: route.noticeUrl, checkRetry: true, var1: route.var1, var2: route.var2 };
}

export function createPayAppAdapter(http: ProviderHttp, options: { apiUrl: string; appLinkUrl: string; now?: () => Date }): ProviderAdapter {
  const client = new PayAppClient({ http, apiUrl: options.apiUrl });
  // billPay's answer carries no time; its notice's pay_date says the same moment.
  const now = options.now ?? (() => new Date());
  const seller = payAppCredentials;

  const payRequests: PayRequests = {
    request: (account, c) =>
      inDomainTerms(paths.payRequests, () =>
        client.payRequest(seller(account), {
          goodName: c.goodName,
          price: c.amount,
          recvPhone: c.buyer.phone ?? '',
          recvEmail: c.buyer.email,
          buyerId: c.buyer.buyerId,
          memo: c.memo,
          requestAddress: c.requestAddress,
          sendSms: c.sendSms,
          currency: c.currency,
          countryCallingCode: c.countryCallingCode,
          returnUrl: c.returnUrl,
          methods: c.methods,
          skipReceiptPage: c.skipReceiptPage,
          appUrl: c.appUrl,
          ...taxSplit(c),
          ...noticeTarget(c),
        }),
      ),
  };

  const cancels: Cancels = {
    partial: true,
    cancel: (account, c) =>
      inDomainTerms(paths.cancels, async () => {
        const result = await client.payCancel(seller(account), { providerPaymentId: c.providerPaymentId, cancelMemo: c.reason, onlyIfNotPaid: c.onlyIfNotPaid, partial: partialCancel(c) });
        // PayApp's answer carries no time; its notice (canceldate) does.
        return result.kind === 'ok' ? ok({}) : result;
      }),
  };

  const cancellationRequests: CancellationRequests = {
    request: (account, c) =>
      inDomainTerms(paths.cancels, () =>
        client.payCancelReq(seller(account), { providerPaymentId: c.providerPaymentId, cancelMemo: c.reason, depositorName: c.depositorName, partial: partialCancel(c) }),
      ),
  };

  const billPayInput = (c: BillingKeyChargeCommand): BillPayInput => {
    if (c.interestFree) throw new PayAppInputError('interestFree', 'PayApp billPay has no interest-free option');
    return {
      billingKey: c.billingKey,
      goodName: c.goodName,
      price: c.amount,
      recvPhone: c.buyer.phone ?? '',
      installmentMonths: c.installmentMonths,
      ...taxSplit(c),
      ...noticeTarget(c),
    };
  };

  const billingKeys: BillingKeys = {
    methods: [BillingKeyMethod.CARD],
    register: (account, c) =>
      inDomainTerms(paths.billingKeys, async () => {
        const result = await client.billRegist(seller(account), { card: c.card, buyerPhone: c.buyer.phone ?? '', buyerName: c.buyer.name ?? '', buyerId: c.buyer.buyerId });
        if (result.kind !== 'ok') return result;
        const { billingKey, maskedCardNumber, cardName } = result.value;
        return ok({ billingKey, cardName, maskedCardNumber: shownCardNumber(maskedCardNumber, c.card.number) });
      }),
    check: (c) => inDomainTerms(paths.billingKeys, () => client.validateBillPay(billPayInput(c))),
    // PayApp issues no fixed-charge keys.
    termsRefusal: () => undefined,
    charge: (account, c) =>
      inDomainTerms(paths.billingKeys, async () => {
        const result = await client.billPay(seller(account), billPayInput(c));
        if (result.kind !== 'ok') return result;
        const { providerPaymentId, price, receiptUrl } = result.value;
        return ok({ providerPaymentId, amount: price, receiptUrl, approvedAt: now(), installmentMonths: c.installmentMonths });
      }),
    remove: (account, key) => inDomainTerms(paths.billingKeys, () => client.billDelete(seller(account), { billingKey: key.billingKey })),
    isFinalRefusal: (providerCode) => PAYAPP_FINAL_CHARGE_REFUSALS.has(providerCode),
  };

  const recurring: Recurring = {
    create: (account, c) =>
      inDomainTerms(paths.recurring, () =>
        client.rebillRegist(seller(account), {
          goodName: c.goodName,
          price: c.amount,
          recvPhone: c.buyer.phone ?? '',
          recvEmail: c.buyer.email,
          memo: c.memo,
          cycle: c.cycle,
          expiresOn: c.expiresOn,
          feedbackUrl: c.noticeUrl,
          failUrl: c.failureUrl,
          var1: c.var1,
          var2: c.var2,
          sendSms: c.sendSms,
          returnUrl: c.returnUrl,
          methods: c.methods,
        }),
      ),
    pause: (account, ref) => client.rebillStop(seller(account), ref),
    resume: (account, ref) => client.rebillStart(seller(account), ref),
    cancel: (account, ref) => client.rebillCancel(seller(account), ref),
  };

  const cashReceipts: CashReceipts = {
    check: (c, now) =>
      inDomainTerms(paths.cashReceipts, () => {
        client.validateCashStRegist(c);
        checkTradeWindow(c.tradedAt, now);
      }),
    issue: (account, c) => inDomainTerms(paths.cashReceipts, () => client.cashStRegist(seller(account), c)),
    cancel: (account, ref) => client.cashStCancel(seller(account), ref),
    naverPayCashAmount: (account, ref) => client.checkNpayCashReceiptReq(seller(account), ref),
  };

  const onboarding: Onboarding = {
    registerSeller: (c) =>
      inDomainTerms(paths.onboarding, async () => {
        const result: ProviderResult<PayAppCredentials> = await client.sellerRegist({ ...c, commonFeedbackUrl: c.noticeUrl });
        return result.kind === 'ok' ? ok({ accountId: result.value.userId, secrets: { linkKey: result.value.linkKey, linkValue: result.value.linkValue } }) : result;
      }),
    accountIdAvailable: (ref) => inDomainTerms(paths.accountIdAvailable, () => client.useridCheck({ userId: ref.accountId, resellerId: ref.resellerId })),
    registerSubAccount: (account, c) => inDomainTerms(paths.onboarding, () => client.subidRegist(seller(account), c)),
    appLink: (c) => inDomainTerms(paths.onboarding, () => buildPayAppAppLink(options.appLinkUrl, { ...c, feedbackUrl: c.noticeUrl, checkRetry: c.noticeUrl ? true : undefined })),
  };

  return {
    provider: Provider.PAYAPP,
    capabilities: { payRequests, cancels, cancellationRequests, billingKeys, recurring, cashReceipts, onboarding },
    close: () => http.close(),
  };
}
