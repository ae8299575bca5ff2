import { kstCalendarDay } from '../kst';
import { payAppRules as rules } from './wire';

/** The manual: "현금영수증 발행은 거래일로 부터 6일이내 발행이 가능합니다", counted in Korean calendar days. */
export const CASH_RECEIPT_ISSUE_DAYS = 6;

/**
 * Refuses a trade time PayApp refuses: in the future, or on a Korean calendar day more than six
 * days before today (a trade on the 1st may be receipted until the end of the 7th, KST).
 */
export function checkTradeWindow(tradedAt: Date, now: Date): void {
  if (tradedAt.getTime() > now.getTime()) rules.fail('tradedAt', 'must not be in the future');
  if (kstCalendarDay(now) - kstCalendarDay(tradedAt) > CASH_RECEIPT_ISSUE_DAYS) {
    rules.fail('tradedAt', `must be within ${CASH_RECEIPT_ISSUE_DAYS} days (Korean calendar) before today: PayApp issues a cash receipt only that long after the trade`);
  }
}
