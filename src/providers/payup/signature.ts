import { createHash } from 'node:crypto';

/**
 * Payup's `signature`: hex SHA-256 of the listed values joined with "|" (manual §2.1.1, §2.2.1).
 * The manual says "공백제거" (no spaces); the client refuses spaces in the values it signs.
 */
const sha256Hex = (values: string[]): string => createHash('sha256').update(values.join('|'), 'utf8').digest('hex');

/** keyin2: merchantId|orderNumber|amount|apiCertKey|timestamp. */
export function keyInSignature(p: { merchantId: string; orderNumber: string; amount: string; apiCertKey: string; timestamp: string }): string {
  return sha256Hex([p.merchantId, p.orderNumber, p.amount, p.apiCertKey, p.timestamp]);
}

/** cancel2: merchantId|transactionId|apiCertKey. */
export function cancelSignature(p: { merchantId: string; transactionId: string; apiCertKey: string }): string {
  return sha256Hex([p.merchantId, p.transactionId, p.apiCertKey]);
}
