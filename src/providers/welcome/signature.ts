import { createHash } from 'node:crypto';

/**
 * Welcome's `signature`: lowercase hex SHA-256 of the listed values run together with no separator
 * (payapi03). Every value is the one sent in the form: `cardNumber` is the encrypted card number,
 * because the signature vouches for the request as transmitted (see encryption.ts).
 */
const sha256Hex = (values: string[]): string => createHash('sha256').update(values.join(''), 'utf8').digest('hex');

/** /billing/billkey/card and /noauth/billkey/card: mid + mkey + cardNumber + timestamp. */
export function billingKeySignature(p: { mid: string; mkey: string; cardNumber: string; timestamp: string }): string {
  return sha256Hex([p.mid, p.mkey, p.cardNumber, p.timestamp]);
}

/** /billing/billpay and /billing/hppbillpay: mid + mkey + oid + price + timestamp. */
export function chargeSignature(p: { mid: string; mkey: string; oid: string; price: string; timestamp: string }): string {
  return sha256Hex([p.mid, p.mkey, p.oid, p.price, p.timestamp]);
}

/** /billing/billkey/delete: mid + mkey + timestamp (the billing key itself is not covered). */
export function deleteSignature(p: { mid: string; mkey: string; timestamp: string }): string {
  return sha256Hex([p.mid, p.mkey, p.timestamp]);
}
