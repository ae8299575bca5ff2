import { UserErrorCode } from '../../../src/domain/enums';
import { PAYUP_RESPONSE_CODES, payupCodeMeaning } from '../../../src/providers/payup/mapping';

describe('Payup responseCode → meaning (manual §3.1)', () => {
  it.each([
    ['1001', UserErrorCode.PROVIDER_NOT_CONFIGURED],
    ['1002', UserErrorCode.PROVIDER_UNAVAILABLE],
    ['1003', UserErrorCode.PROVIDER_REJECTED],
    ['1004', UserErrorCode.INVALID_STATE],
    ['1005', UserErrorCode.INVALID_STATE],
    ['1006', 'OUTCOME_UNKNOWN'],
    ['2001', UserErrorCode.PROVIDER_REJECTED],
    ['5001', UserErrorCode.PROVIDER_REJECTED],
    ['5002', UserErrorCode.PROVIDER_REJECTED],
    ['5003', UserErrorCode.PROVIDER_REJECTED],
    ['5004', UserErrorCode.PROVIDER_REJECTED],
    ['5005', UserErrorCode.PROVIDER_REJECTED],
    ['6001', UserErrorCode.PROVIDER_REJECTED],
    ['6002', UserErrorCode.PROVIDER_REJECTED],
    ['6003', UserErrorCode.PROVIDER_REJECTED],
    ['9001', UserErrorCode.PROVIDER_REJECTED],
    ['8051', UserErrorCode.PROVIDER_REJECTED], // not in the table: "any other error is a payment error"
    ['', UserErrorCode.PROVIDER_REJECTED],
  ])('%p → %s', (code, meaning) => {
    expect(payupCodeMeaning(code)).toBe(meaning);
  });

  it('lists exactly the manual’s failure codes', () => {
    expect(Object.keys(PAYUP_RESPONSE_CODES).sort()).toEqual(
      ['1001', '1002', '1003', '1004', '1005', '1006', '2001', '5001', '5002', '5003', '5004', '5005', '6001', '6002', '6003', '9001'],
    );
  });
});
