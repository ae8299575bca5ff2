import { UserErrorCode } from '../../../src/domain/enums';
import { WELCOME_CARD_KINDS, WELCOME_RESULT_CODES, welcomeErrorCode } from '../../../src/providers/welcome/mapping';

describe('Welcome ResultCode → UserErrorCode', () => {
  it('documents no failure code beyond "anything but 00" (payapi01 §1.3-6)', () => {
    expect(WELCOME_RESULT_CODES).toEqual({});
  });

  it.each([['01'], ['W101'], ['C051'], ['HTTP_400'], ['']])('%p is PROVIDER_REJECTED', (code) => {
    expect(welcomeErrorCode(code)).toBe(UserErrorCode.PROVIDER_REJECTED);
  });
});

describe('Welcome CardKind', () => {
  it.each([
    ['0', 'PERSONAL'],
    ['1', 'CORPORATE'],
    ['9', 'OTHER'],
    ['7', undefined],
  ])('%s is %p', (code, kind) => {
    expect(WELCOME_CARD_KINDS[code]).toBe(kind);
  });
});
