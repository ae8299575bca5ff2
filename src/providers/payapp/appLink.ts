import { payAppRules as rules, yesNo } from './wire';

/**
 * The PayApp seller-app link (`https://payapp.kr/sdk-app?...`): a URI the merchant's own mobile app
 * opens to hand a payment to the PayApp app, where the seller is logged in. It carries no
 * credentials; the app answers to `returnUri`, and PayApp notifies `feedbackurl` as usual.
 */
export const APP_LINK_REQUEST_TYPES = [
  'REMOTE', // an SMS pay request to phoneNumber
  'OCR',
  'MANUAL',
  'NFC',
  'SAMSUNG',
  'QR',
  'KAKAO_PAY',
  'NAVER_PAY',
  'SMILE_PAY',
  'APPLE_PAY',
  'PAYCO',
  'WECHAT_PAY',
] as const;
export type AppLinkRequestType = (typeof APP_LINK_REQUEST_TYPES)[number];

/** The face-to-face card types where the manual allows instalments. */
const INSTALMENT_TYPES: ReadonlySet<string> = new Set(['OCR', 'MANUAL', 'NFC', 'SAMSUNG']);
/** Face-to-face payments need the buyer's phone from 100,000 won; a remote request always does. */
const PHONE_REQUIRED_FROM = 100_000;

export interface PayAppAppLinkInput {
  requestType: string;
  returnUri: string;
  phoneNumber?: string;
  goodPrice: number;
  goodName: string;
  /** hasTax: taxable (1) or tax-free (0). */
  taxable?: boolean;
  installmentMonths?: number;
  /** isAllPayReqType: offer every face-to-face type. */
  allPayTypes?: boolean;
  feedbackUrl?: string;
  checkRetry?: boolean;
  var1?: string;
  var2?: string;
}

/** Throws PayAppInputError for input the manual does not allow. */
export function buildPayAppAppLink(baseUrl: string, input: PayAppAppLinkInput): string {
  const requestType = input.requestType.trim();
  if (!(APP_LINK_REQUEST_TYPES as readonly string[]).includes(requestType)) {
    rules.fail('requestType', `must be one of ${APP_LINK_REQUEST_TYPES.join(', ')}`);
  }
  const price = rules.amount('goodPrice', input.goodPrice, 10);
  const phoneRequired = requestType === 'REMOTE' || price >= PHONE_REQUIRED_FROM;
  const months = rules.installmentMonths('installmentMonths', input.installmentMonths, price);
  if (months > 0 && !INSTALMENT_TYPES.has(requestType)) rules.fail('installmentMonths', `instalments are for ${[...INSTALMENT_TYPES].join(', ')} only`);

  const params: Record<string, string | undefined> = {
    reqType: requestType,
    returnUri: rules.text('returnUri', input.returnUri, 1000),
    phoneNumber: phoneRequired ? rules.phone('phoneNumber', input.phoneNumber) : rules.optionalPhone('phoneNumber', input.phoneNumber),
    goodPrice: String(price),
    goodName: rules.text('goodName', input.goodName, 200),
    hasTax: input.taxable === undefined ? undefined : input.taxable ? '1' : '0',
    cardinst: months > 0 ? String(months) : undefined,
    isAllPayReqType: input.allPayTypes === undefined ? undefined : input.allPayTypes ? '1' : '0',
    feedbackurl: rules.optionalHttpUrl('feedbackUrl', input.feedbackUrl),
    checkretry: yesNo(input.checkRetry),
    var1: rules.optionalText('var1', input.var1, 500),
    var2: rules.optionalText('var2', input.var2, 500),
  };
  const url = new URL(baseUrl);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}
