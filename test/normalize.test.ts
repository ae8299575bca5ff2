import { normalizeDigits, normalizePhone } from '../src/domain/normalize';

describe('values normalized once at the edge', () => {
  it.each([
    ['010-2345-6789', '01023456789'],
    ['010 2345 6789', '01023456789'],
    ['(02) 123-4567', '021234567'],
    ['+82 10-2345-6789', '01023456789'],
    ['+82 (0)10 2345 6789', '01023456789'],
    ['+1 415 555 0100', '14155550100'],
    [' 01023456789 ', '01023456789'],
  ])('reads the phone %s as %s', (typed, digits) => {
    expect(normalizePhone(typed)).toBe(digits);
  });

  it.each(['010-CALL-NOW', '1234567', '1'.repeat(16), '', '+', '010/2345/6789'])('refuses %j as a phone number', (typed) => {
    expect(normalizePhone(typed)).toBeUndefined();
  });

  it('reads business numbers typed with dashes as their digits', () => {
    expect(normalizeDigits('123-45-67890')).toBe('1234567890');
    expect(normalizeDigits('123 45 67890')).toBe('1234567890');
    expect(normalizeDigits('12a-45')).toBeUndefined();
    expect(normalizeDigits('--')).toBeUndefined();
  });
});
