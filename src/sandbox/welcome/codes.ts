/**
 * The simulator's failure `ResultCode`s. Welcome documents no failure code (payapi01 lists "00"
 * and "anything else"), so these are the sandbox's own; the client maps every one of them to
 * PROVIDER_REJECTED, as it would an undocumented code from Welcome.
 */
export const WELCOME_SANDBOX_CODES = {
  UNKNOWN_MERCHANT: { code: 'W001', message: '등록되지 않은 가맹점입니다.' },
  BAD_SIGNATURE: { code: 'W002', message: '검증값(signature)이 일치하지 않습니다.' },
  STALE_TIMESTAMP: { code: 'W003', message: '타임스탬프가 유효 시간을 벗어났습니다.' },
  BAD_CARD_DATA: { code: 'W004', message: '카드정보가 올바르지 않습니다.' },
  UNKNOWN_BILLING_KEY: { code: 'W101', message: '존재하지 않거나 삭제된 빌키입니다.' },
  PHONE_AMOUNT_MISMATCH: { code: 'W102', message: '빌키 발급 시 금액과 승인 요청 금액이 다릅니다.' },
  PHONE_OUTSIDE_WINDOW: { code: 'W103', message: '승인 가능일(매월 발급일 전후 5일)이 아닙니다.' },
  BAD_TAX: { code: 'W104', message: '부가세 또는 비과세 금액이 올바르지 않습니다.' },
  CARD_DECLINED: { code: 'C051', message: '[카드사 거절] 한도초과' },
  CARD_LOST: { code: 'C041', message: '[카드사 거절] 분실/도난 카드' },
  CARD_EXPIRED: { code: 'C054', message: '[카드사 거절] 유효기간 오류' },
} as const;

export type WelcomeSandboxFailure = (typeof WELCOME_SANDBOX_CODES)[keyof typeof WELCOME_SANDBOX_CODES];
