import { decryptCardField, encryptCardField } from '../../../src/providers/welcome/encryption';
import { billingKeySignature, chargeSignature, deleteSignature } from '../../../src/providers/welcome/signature';

// Expected digests computed outside this code: printf '%s' '<concatenation>' | sha256sum
describe('Welcome signatures (payapi03): SHA-256 hex of the values run together', () => {
  const base = { mid: 'welcometst', mkey: 'mkey-0123456789', timestamp: '20240105093000' };

  it('billing key issue: mid + mkey + cardNumber + timestamp', () => {
    expect(billingKeySignature({ ...base, cardNumber: 'card-enc-value' })).toBe('8a635fb250b8e9c7c704756266f21ac6385c0496e9c6d7e5f8bb70e8e0e023b6');
  });

  it('card and phone charge: mid + mkey + oid + price + timestamp', () => {
    expect(chargeSignature({ ...base, oid: 'ORDER-0001', price: '9900' })).toBe('1e266f6610c5da15f268019e22f0f866f19eba059d0e94085112ebcb6d5d9428');
  });

  it('delete: mid + mkey + timestamp', () => {
    expect(deleteSignature(base)).toBe('eacbf21104c9360e486741de9ac99e6f4e39b7b1ee4d891a4c92bb3a130abb22');
  });
});

describe('Welcome card field encryption (default scheme: AES-128-CBC keyed by SHA-256(mkey))', () => {
  // openssl enc -aes-128-cbc -K <sha256(mkey)[0:16]> -iv <sha256(mkey)[16:32]> | base64
  it('matches an independent AES-128-CBC vector', () => {
    expect(encryptCardField('9490191412341234', 'mkey-0123456789')).toBe('VLdcbh1aTAybbj8NXPpCRJ7QP9btHKHu58Pb5humNiQ=');
  });

  it('round-trips with the same mkey', () => {
    expect(decryptCardField(encryptCardField('890302', 'mkey-0123456789'), 'mkey-0123456789')).toBe('890302');
  });

  it('does not decrypt with another mkey', () => {
    const encrypted = encryptCardField('9490191412341234', 'mkey-0123456789');
    expect(() => decryptCardField(encrypted, 'another-mkey')).toThrow();
  });
});
