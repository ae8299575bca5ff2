/**
 * The simulator's failure `responseCode`s: the manual's (§3.1) where it has one, and, for card
 * company declines, codes of the sandbox's own (the manual: "any other error is a payment error").
 */
export const PAYUP_SANDBOX_CODES = {
  UNKNOWN_MERCHANT: { code: '1001', message: '등록되지 않은 서비스아이디 입니다.' },
  NOTHING_TO_CANCEL: { code: '1004', message: '취소 대상건이 없습니다.' },
  NOT_CANCELLABLE: { code: '1005', message: '취소 가능 상태가 아닙니다.' },
  BAD_SIGNATURE: { code: '2001', message: '전문 검증에러!(관리자에게 문의 부탁드립니다.)' },
  BELOW_MINIMUM: { code: '5001', message: '결제 금액이 최소 결제 금액 보다 작습니다.' },
  ABOVE_MAXIMUM: { code: '5002', message: '결제 금액이 최대 결제 금액 보다 큼니다.' },
  CHECK_PARAMETERS: { code: '6003', message: '파라미터를 확인해주세요.' },
  CARD_DECLINED: { code: '8051', message: '[카드사 거절] 한도초과' },
  CARD_EXPIRED: { code: '8054', message: '[카드사 거절] 유효기간 오류' },
} as const;

export type PayupSandboxFailure = { code: string; message: string };

export const missingParameter = (name: string): PayupSandboxFailure => ({ code: '6001', message: `${name}은 필수입니다.` });
export const invalidParameter = (name: string): PayupSandboxFailure => ({ code: '6002', message: `${name}이 잘못되었습니다.` });

/** The sandbox merchant's per-payment limits (Payup sets them per merchant; the manual gives no figures). */
export const PAYUP_SANDBOX_LIMITS = { minAmount: 100, maxAmount: 10_000_000 } as const;
