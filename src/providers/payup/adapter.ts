import { Provider } from '../../domain/enums';
import type { ProviderHttp } from '../http';
import { inDomainTerms } from '../input-rules';
import { CardChargeCommand, CardCharges, Cancels, ProviderAccount, ProviderAdapter, ok } from '../types';
import { PayupClient } from './client';
import type { ApproveKeyInInput, PayupCredentials } from './types';

/** Payup's wire fields that carry card data or secrets. */
export const PAYUP_SENSITIVE_FIELDS = ['cardNo', 'expireMonth', 'expireYear', 'birthday', 'cardPw', 'signature', 'apiCertKey'] as const;

/** Where each Payup client field sits in the domain commands. */
export const PAYUP_DOMAIN_PATHS = {
  cardCharges: { orderNumber: ['orderId'], itemName: ['goodName'], userName: ['buyer', 'name'], mobileNumber: ['buyer', 'phone'], email: ['buyer', 'email'] },
  cancels: { transactionId: ['providerPaymentId'] },
};

function credentials(account: ProviderAccount): PayupCredentials {
  return { merchantId: account.accountId, apiCertKey: account.secrets.apiCertKey ?? '' };
}

function keyIn(c: CardChargeCommand): ApproveKeyInInput {
  return {
    orderNumber: c.orderId,
    card: {
      number: c.card.number,
      expiryMonth: c.card.expiryMonth,
      expiryYear: c.card.expiryYear,
      birthDateOrBusinessNumber: c.card.birthDateOrBusinessNumber ?? '',
      passwordFirstTwo: c.card.passwordFirstTwo ?? '',
    },
    amount: c.amount,
    installmentMonths: c.installmentMonths,
    itemName: c.goodName,
    userName: c.buyer.name ?? '',
    mobileNumber: c.buyer.phone,
    email: c.buyer.email,
    sendKakaoNotice: c.sendKakaoNotice,
    taxableAmount: c.taxableAmount,
    taxFreeAmount: c.taxFreeAmount,
  };
}

export function createPayupAdapter(http: ProviderHttp, options: { baseUrl: string; now?: () => Date }): ProviderAdapter {
  const client = new PayupClient({ http, baseUrl: options.baseUrl, now: options.now });

  const cardCharges: CardCharges = {
    check: (c) => inDomainTerms(PAYUP_DOMAIN_PATHS.cardCharges, () => client.validateKeyIn(keyIn(c))),
    charge: (account, c) =>
      inDomainTerms(PAYUP_DOMAIN_PATHS.cardCharges, async () => {
        const result = await client.approveKeyIn(credentials(account), keyIn(c));
        if (result.kind !== 'ok') return result;
        const { providerPaymentId, approvalNumber, approvedAt, cardName, amount, installmentMonths } = result.value;
        return ok({ providerPaymentId, approvalNumber, approvedAt, cardName, amount, installmentMonths });
      }),
  };

  // cancel2 has no partial cancel: the whole approval is cancelled.
  const cancels: Cancels = {
    partial: false,
    cancel: (account, c) => inDomainTerms(PAYUP_DOMAIN_PATHS.cancels, () => client.cancel(credentials(account), { transactionId: c.providerPaymentId })),
  };

  return { provider: Provider.PAYUP, capabilities: { cardCharges, cancels }, close: () => http.close() };
}
