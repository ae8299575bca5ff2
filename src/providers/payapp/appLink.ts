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
/** An app's own URI (myshop://payapp/done) or a web URL: a scheme and something after it. */
const ABSOLUTE_URI = /^[a-z][a-z\d+.-]*:\S+$/i;

export interface PayAppAppLinkInput {
  requestType: string;
  returnUri: string;
  phoneNumber?: string;
  goodPrice: number;
  goodName: string;
  /** hasTax: taxable (1) or tax-free (0). */
  taxable?: boolean;
  installmentMonths?: number;
  /** isAllPayReqType: offer every face-to-face type (face-to-face links only). */
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
  const remote = requestType === 'REMOTE';
  const price = rules.amount('goodPrice', input.goodPrice, 10);
  const months = rules.installmentMonths('installmentMonths', input.installmentMonths, price);
  if (months > 0 && !INSTALMENT_TYPES.has(requestType)) rules.fail('installmentMonths', `instalments are for ${[...INSTALMENT_TYPES].join(', ')} only`);
  if (remote && input.allPayTypes) rules.fail('allPayTypes', 'is for face-to-face links only');
  const returnUri = rules.text('returnUri', input.returnUri, 1000);
  if (!ABSOLUTE_URI.test(returnUri)) rules.fail('returnUri', 'must be an absolute URI with a scheme, e.g. myshop://payapp/done');
  const phoneNumber = remote || price >= PHONE_REQUIRED_FROM ? rules.phone('phoneNumber', input.phoneNumber) : rules.optionalPhone('phoneNumber', input.phoneNumber);

  return withQuery(baseUrl, {
    reqType: requestType,
    returnUri,
    phoneNumber,
    goodPrice: String(price),
    goodName: rules.text('goodName', input.goodName, 200),
    cardinst: months > 0 ? String(months) : undefined,
    hasTax: input.taxable === undefined ? undefined : input.taxable ? '1' : '0',
    isAllPayReqType: remote || input.allPayTypes === undefined ? undefined : input.allPayTypes ? '1' : '0',
    feedbackurl: rules.optionalHttpUrl('feedbackUrl', input.feedbackUrl),
    checkretry: yesNo(input.checkRetry),
    var1: rules.optionalText('var1', input.var1, 500),
    var2: rules.optionalText('var2', input.var2, 500),
  });
}

/**
 * Percent-encodes every value (RFC 3986: a space is %20, never '+'), which both Android's and iOS's
 * URI parsers read back exactly; form encoding's '+' would reach an iOS app as a literal plus.
 */
function withQuery(baseUrl: string, params: Record<string, string | undefined>): string {
  const query = Object.entries(params)
    .flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${encodeURIComponent(value)}`]))
    .join('&');
  return `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}${query}`;
}
