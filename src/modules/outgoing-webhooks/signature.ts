import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, RUNTIME.md "Outgoing webhooks"):
 * `webhook-signature` is `v1,` + base64 HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>`,
 * keyed with the base64-decoded part of the endpoint's `whsec_` secret.
 */
const PREFIX = 'whsec_';
/** Within the 24–64 bytes the spec allows. */
const SECRET_BYTES = 32;

export function newSigningSecret(): string {
  return `${PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

export function signatureOf(secret: string, webhookId: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', keyOf(secret)).update(`${webhookId}.${timestamp}.${body}`).digest('base64')}`;
}

/** True when one of the space-separated signatures of a header is ours (constant time). */
export function verifySignature(secret: string, webhookId: string, timestamp: number, body: string, header: string): boolean {
  const expected = Buffer.from(signatureOf(secret, webhookId, timestamp, body));
  return header.split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
