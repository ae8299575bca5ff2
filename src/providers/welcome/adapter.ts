import { BillingKeyMethod, Provider, UserErrorCode } from '../../domain/enums';
import type { ProviderHttp } from '../http';
import { inDomainTerms } from '../input-rules';
import { BillingKeyChargeCommand, BillingKeys, ChargeAnswer, ProviderAccount, ProviderAdapter, ProviderResult, ok, refused } from '../types';
import { WelcomeClient } from './client';
import type { WelcomeCharge, WelcomeCredentials } from './types';

/** Welcome's wire fields that carry card data or secrets. */
export const WELCOME_SENSITIVE_FIELDS = ['cardNumber', 'cardExpireYY', 'cardExpireMM', 'registNo', 'passwd', 'billkey', 'Billkey', 'signature', 'mkey'] as const;

/** Where each Welcome client field sits in the domain commands. */
export const WELCOME_DOMAIN_PATHS = { billingKeys: { goodsName: ['goodName'] } };

function credentials(account: ProviderAccount): WelcomeCredentials {
  return { mid: account.accountId, mkey: account.secrets.mkey ?? '' };
}

/** Welcome returns no masked number: the typed one, with at most its first 6 and last 4 digits shown. */
export function maskCardNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return `${digits.slice(0, 6)}${'*'.repeat(Math.max(digits.length - 10, 0))}${digits.slice(-4)}`;
}

function chargeAnswer(result: ProviderResult<WelcomeCharge>): ProviderResult<ChargeAnswer> {
  if (result.kind !== 'ok') return result;
  const { providerPaymentId, approvalNumber, paidAt, amount } = result.value;
  return ok({ providerPaymentId, approvalNumber, approvedAt: paidAt, amount });
}

export function createWelcomeAdapter(http: ProviderHttp, options: { baseUrl: string }): ProviderAdapter {
  const client = new WelcomeClient({ http, baseUrl: options.baseUrl });
  const paths = WELCOME_DOMAIN_PATHS.billingKeys;

  const chargeCommand = (c: BillingKeyChargeCommand) => ({
    billingKey: c.billingKey,
    orderId: c.orderId,
    amount: c.amount,
    goodsName: c.goodName,
    buyer: { name: c.buyer.name ?? '', phone: c.buyer.phone, email: c.buyer.email },
  });

  const billingKeys: BillingKeys = {
    methods: [BillingKeyMethod.CARD, BillingKeyMethod.PHONE],
    register: (account, c) =>
      inDomainTerms(paths, async () => {
        // The manual: phone billing keys are issued on Welcome's own web pages, never through PayAPI.
        if (c.method === BillingKeyMethod.PHONE) return refused('', 'Welcome issues phone billing keys on its own web pages, not through the API', UserErrorCode.UNSUPPORTED_BY_PROVIDER);
        const input = { card: c.card, buyer: { name: c.buyer.name ?? '', phone: c.buyer.phone, email: c.buyer.email }, goodsName: c.goodName, note: c.note };
        const issued = c.authenticate ? await client.issueCardBillingKey(credentials(account), input) : await client.issueCardBillingKeyWithoutAuth(credentials(account), input);
        return issued.kind === 'ok' ? ok({ billingKey: issued.value.billingKey, maskedCardNumber: maskCardNumber(c.card.number) }) : issued;
      }),
    charge: (account, c) =>
      inDomainTerms(paths, async () =>
        chargeAnswer(
          c.method === BillingKeyMethod.PHONE
            ? await client.chargePhoneBillingKey(credentials(account), chargeCommand(c))
            : await client.chargeCardBillingKey(credentials(account), {
                ...chargeCommand(c),
                vatAmount: c.vatAmount,
                taxFreeAmount: c.taxFreeAmount,
                installmentMonths: c.installmentMonths,
                interestFree: c.interestFree,
              }),
        ),
      ),
    remove: (account, key) => inDomainTerms(paths, () => client.deleteBillingKey(credentials(account), { billingKey: key.billingKey })),
  };

  return { provider: Provider.WELCOME, capabilities: { billingKeys }, close: () => http.close() };
}
