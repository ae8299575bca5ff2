import { cancelSignature, keyInSignature } from '../../../src/providers/payup/signature';

describe('Payup signatures: the manual’s own vectors', () => {
  it('keyin2 (§2.1.1): merchantId|orderNumber|amount|apiCertKey|timestamp', () => {
    const signature = keyInSignature({
      merchantId: 'tester',
      orderNumber: 'ZP2017090911',
      amount: '1004',
      apiCertKey: '25bcd7a82f5b4058818462cc7715964c',
      timestamp: '20170910132060',
    });
    expect(signature).toBe('d186b8fedccffd291e0619fbf8b247c3f283e3769571eb57b68a50b46af23b75');
  });

  it('cancel2 (§2.2.1): merchantId|transactionId|apiCertKey', () => {
    const signature = cancelSignature({ merchantId: 'tester', transactionId: '20170912142746ST0020', apiCertKey: '25bcd7a82f5b4058818462cc7715964c' });
    expect(signature).toBe('db890c12b64c1e1de7127c0c07489fe18859139413acdac420a6f548ba518a3a');
  });
});
