import { BillingKeyMethod, Provider, UserErrorCode } from '../../domain/enums';
import { maskCardNumber } from '../card-mask';
import type { ProviderHttp } from '../http';
import { inDomainTerms } from '../input-rules';
import { BillingKeyChargeCommand, BillingKeys, ChargeAnswer, ProviderAccount, ProviderAdapter, ProviderResult, ok, refused } from '../types';
import { WelcomeClient } from './client';
import { WelcomeInputError } from './input';
import { WELCOME_FINAL_CHARGE_REFUSALS } from './mapping';
import { withinPhoneBillingWindow } from './phone-billing';
import type { ChargeCardBillingKeyInput, WelcomeCharge, WelcomeCredentials } from './types';

/** Welcome's wire fields that carry card data or secrets. */
export const WELCOME_SENSITIVE_FIELDS = ['cardNumber', 'cardExpireYY', 'cardExpireMM', 'registNo', 'passwd', 'billkey', 'Billkey', 'signature', 'mkey'] as const;

/** Where each Welcome client field sits in the domain commands. */
export const WELCOME_DOMAIN_PATHS = { billingKeys: { goodsName: ['goodName'] } };

function credentials(account: ProviderAccount): WelcomeCredentials {
  return { mid: account.accountId, mkey: account.secrets.mkey ?? '' };
}

function chargeAnswer(result: ProviderResult<WelcomeCharge>): ProviderResult<ChargeAnswer> {
  if (result.kind !== 'ok') return result;
  const { providerPaymentId, approvalNumber, paidAt, amount } = result.value;
  return ok({ providerPaymentId, approvalNumber, approvedAt: paidAt, amount });
}

/** /billing/hppbillpay takes the amount and the buyer only: a phone charge has no installments, tax split or interest option. */
const PHONE_CHARGE_EXTRAS = ['installmentMonths', 'interestFree', 'taxableAmount', 'taxFreeAmount', 'vatAmount'] as const;

/** The charge in the client's terms; the card-only fields are refused for a phone key. */
function chargeInput(c: BillingKeyChargeCommand): ChargeCardBillingKeyInput {
  const extra = PHONE_CHARGE_EXTRAS.find((field) => c[field] !== undefined && c[field] !== null);
  if (c.method === BillingKeyMethod.PHONE && extra) throw new WelcomeInputError(extra, 'a Welcome phone charge takes none (/billing/hppbillpay)');
  return {
    billingKey: c.billingKey,
    orderId: c.orderId,
    amount: c.amount,
    goodsName: c.goodName,
    buyer: { name: c.buyer.name ?? '', phone: c.buyer.phone, email: c.buyer.email },
    vatAmount: c.vatAmount,
    taxFreeAmount: c.taxFreeAmount,
    installmentMonths: c.installmentMonths,
    interestFree: c.interestFree,
  };
}

export function createWelcomeAdapter(http: ProviderHttp, options: { baseUrl: string; now?: () => Date }): ProviderAdapter {
  const client = new WelcomeClient({ http, baseUrl: options.baseUrl, now: options.now });
  const paths = WELCOME_DOMAIN_PATHS.billingKeys;

  const billingKeys: BillingKeys = {
    methods: [BillingKeyMethod.CARD, BillingKeyMethod.PHONE],
    register: (account, c) =>
      inDomainTerms(paths, async () => {
        // The manual: phone billing keys are issued on Welcome's own web pages, never through PayAPI.
        if (c.method === BillingKeyMethod.PHONE) {
          return refused('', 'Welcome issues phone billing keys on its own web pages, not through its API: record the key it issued (recordPhoneBillingKey)', UserErrorCode.UNSUPPORTED_BY_PROVIDER);
        }
        const input = { card: c.card, buyer: { name: c.buyer.name ?? '', phone: c.buyer.phone, email: c.buyer.email }, goodsName: c.goodName, note: c.note };
        const issued = c.authenticate ? await client.issueCardBillingKey(credentials(account), input) : await client.issueCardBillingKeyWithoutAuth(credentials(account), input);
        // Welcome returns no masked number: the typed one, with at most its first 6 and last 4 digits shown.
        return issued.kind === 'ok' ? ok({ billingKey: issued.value.billingKey, maskedCardNumber: maskCardNumber(c.card.number) }) : issued;
      }),
    check: (c) =>
      inDomainTerms(paths, () => (c.method === BillingKeyMethod.PHONE ? client.validatePhoneCharge(chargeInput(c)) : client.validateCardCharge(chargeInput(c)))),
    termsRefusal(terms, amount, on) {
      if (amount !== terms.amount) return { field: 'amount', reason: `Welcome charges this phone billing key only the amount it was issued for (${terms.amount})` };
      if (!withinPhoneBillingWindow(terms.issuedOn, on)) {
        return { field: null, reason: `Welcome charges a phone billing key only within 5 days either side of its issue day (${terms.issuedOn}) in each later month; ${on} is not` };
      }
      return undefined;
    },
    charge: (account, c) =>
      inDomainTerms(paths, async () =>
        chargeAnswer(
          c.method === BillingKeyMethod.PHONE
            ? await client.chargePhoneBillingKey(credentials(account), chargeInput(c))
            : await client.chargeCardBillingKey(credentials(account), chargeInput(c)),
        ),
      ),
    remove: (account, key) =>
      inDomainTerms(paths, async () =>
        // The manual's delete is for card keys; a phone key has no delete call, and nothing but us charges it.
        key.method === BillingKeyMethod.PHONE ? ok(undefined) : client.deleteBillingKey(credentials(account), { billingKey: key.billingKey }),
      ),
    isFinalRefusal: (providerCode) => WELCOME_FINAL_CHARGE_REFUSALS.has(providerCode),
  };

  return { provider: Provider.WELCOME, capabilities: { billingKeys }, close: () => http.close() };
}
