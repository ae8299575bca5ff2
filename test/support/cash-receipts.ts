/** An issueCashReceipt input for an 11,000 won taxable sale an hour ago; `overrides` changes any part. */
export function cashReceiptInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    goodName: '요가 수업',
    buyerName: '홍길동',
    identity: '010-9876-5432',
    tradedAt: new Date(Date.now() - 3_600_000).toISOString(),
    purpose: 'INCOME_DEDUCTION',
    taxType: 'TAXABLE',
    totalAmount: 11000,
    supplyAmount: 10000,
    serviceFee: 0,
    vatAmount: 1000,
    ...overrides,
  };
}
