import { startTestApp, TestApp } from './support/app';
import { textDump } from './support/dump';
import { NEW_BUSINESS, NEW_INDIVIDUAL } from './support/new-sellers';
import { noticesDelivered, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

/**
 * Seller onboarding through the platform's PayApp reseller account, staff sub-accounts and
 * seller-app links: the real service and database, the PayApp sandbox over HTTP.
 */
const RESELLER = 'platform-reseller';
const REGISTER = `mutation($input: RegisterPayAppSellerInput!) { registerPayAppSeller(input: $input) {
  seller { id name providerAccounts { provider accountId } subAccounts { subUserId } } userErrors { code field message providerCode } } }`;
const AVAILABLE = `query($userId: String!) { payAppSellerIdAvailable(userId: $userId) }`;
const SUB_ACCOUNT = `mutation($input: RegisterSubAccountInput!) { registerSubAccount(input: $input) { subAccount { subUserId name permissions } userErrors { code field message } } }`;
const SUB_ACCOUNTS = `query($id: ID!) { seller(id: $id) { subAccounts { subUserId name permissions } } }`;
const APP_LINK = `query($input: PayAppAppLinkInput!) { payAppAppLink(input: $input) }`;
const API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code } } }`;
const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id state providerPaymentId } userErrors { code message } } }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { state method seller { id name } events(first: 10) { edges { node { from to source } } } } }`;

const SELLER_PASSWORD = NEW_INDIVIDUAL.password;
const SUB_PASSWORDS = ['staffPw7788', 'counterPw9900'];

const individual = (overrides: Record<string, unknown> = {}) => ({ ...NEW_INDIVIDUAL, ...overrides });
const business = (overrides: Record<string, unknown> = {}) => ({ ...NEW_BUSINESS, ...overrides });

/** The manual's parameter lists (PayApp APP 연동), written out as it has them. */
const REMOTE_PARAMS = ['reqType', 'returnUri', 'phoneNumber', 'goodPrice', 'goodName', 'hasTax', 'feedbackurl', 'checkretry', 'var1', 'var2'];
const FACE_TO_FACE_PARAMS = ['reqType', 'returnUri', 'phoneNumber', 'goodPrice', 'goodName', 'cardinst', 'hasTax', 'isAllPayReqType', 'feedbackurl', 'checkretry', 'var1', 'var2'];
const FACE_TO_FACE_TYPES = ['OCR', 'MANUAL', 'NFC', 'SAMSUNG', 'QR', 'KAKAO_PAY', 'NAVER_PAY', 'SMILE_PAY', 'APPLE_PAY', 'PAYCO', 'WECHAT_PAY'];
const CARD_TYPES = ['OCR', 'MANUAL', 'NFC', 'SAMSUNG'];

describe('onboarding through PayApp', () => {
  let app: TestApp;
  let shop: TestSeller;
  const calls = () => app.sandbox.payapp.providerCalls();
  const fault = (mode: string) => fetch(`${app.sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode }) });
  const register = async (input: Record<string, unknown>, key = app.platformSecret) => app.gql<{ registerPayAppSeller: any }>(key, REGISTER, { input });
  const available = async (userId: string, key = app.platformSecret) => app.gql<{ payAppSellerIdAvailable: boolean }>(key, AVAILABLE, { userId });
  const subAccount = async (input: Record<string, unknown>, key = shop.key) => app.gql<{ registerSubAccount: any }>(key, SUB_ACCOUNT, { input: { password: SUB_PASSWORDS[0], name: '매장 직원', ...input } });
  const appLink = async (input: Record<string, unknown>, key = shop.key) => app.gql<{ payAppAppLink: string }>(key, APP_LINK, { input: { returnUri: 'myshop://payapp/done', goodPrice: 15000, goodName: '수업료', ...input } });
  const sellerCount = async (): Promise<number> => Number((await app.db.query('SELECT COUNT(*) AS n FROM sellers'))[0].n);

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { PAYAPP_RESELLER_ID: RESELLER, PROVIDER_TIMEOUT_MS: '800' } });
    shop = await createSandboxSeller(app, 'Shop');
  });
  afterAll(() => app.close());

  describe('payAppSellerIdAvailable', () => {
    it('asks PayApp through the reseller account: a free id is true, a taken one false', async () => {
      const before = calls();
      expect((await available('free-id-01')).data).toEqual({ payAppSellerIdAvailable: true });
      expect((await available(shop.payApp.userId)).data).toEqual({ payAppSellerIdAvailable: false });
      expect(calls()).toBe(before + 2);
      const sent = app.logs.lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'provider request' && l.request?.cmd === 'useridCheck').pop();
      expect(sent.request).toEqual({ cmd: 'useridCheck', userid: shop.payApp.userId, resellerid: RESELLER });
    });

    it('is FORBIDDEN to a SELLER key and refuses a malformed id, without a call', async () => {
      const before = calls();
      const forbidden = await available('free-id-02', shop.key);
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const malformed = await available('has space');
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['userId']] });
      expect(calls()).toBe(before);
    });
  });

  describe('registerPayAppSeller', () => {
    it('round trip: signs a seller up at PayApp, creates it here with the credentials PayApp answered; a key made for it requests a payment, the buyer pays, the notice arrives', async () => {
      const { data } = await register(individual());
      expect(data!.registerPayAppSeller).toEqual({
        seller: { id: expect.stringMatching(/^sel_/), name: '새가게', providerAccounts: [{ provider: 'PAYAPP', accountId: 'newshop01' }], subAccounts: [] },
        userErrors: [],
      });
      const sellerId = data!.registerPayAppSeller.seller.id;
      const sent = app.logs.lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'provider request' && l.request?.cmd === 'sellerRegist').pop();
      expect(sent.request).toMatchObject({ userid: 'newshop01', userpwd: '[redacted]', resellerid: RESELLER, usertype: '1', seller_type: 'seller', join_type: '0', phone: '01022223333', username: '김사장', common_feedbackurl: `${app.url}/webhooks/payapp` });
      expect((await available('newshop01')).data).toEqual({ payAppSellerIdAvailable: false });

      const key = (await app.gql<any>(app.platformSecret, API_KEY, { input: { role: 'SELLER', sellerId, name: 'new shop app' } })).data.createApiKey.secret;
      const requested = (await app.gql<any>(key, REQUEST, { input: { goodName: 'Lesson', amount: 15000, buyer: { phone: '010-4444-5555' } } })).data.requestPayment;
      expect(requested).toMatchObject({ payment: { state: 'REQUESTED', providerPaymentId: expect.stringMatching(/^\d+$/) }, userErrors: [] });
      await sandboxAction(app, `pay?mul_no=${requested.payment.providerPaymentId}&method=card`);
      await noticesDelivered(app);

      const paid = (await app.gql<any>(key, PAYMENT, { id: requested.payment.id })).data.payment;
      expect(paid).toMatchObject({ state: 'PAID', method: 'CARD', seller: { id: sellerId, name: '새가게' } });
      // The request's feedbackurl and the seller's common feedback URL both heard of it; it was applied once (newest first).
      expect(paid.events.edges.map((e: any) => e.node)).toEqual([
        { from: 'REQUESTED', to: 'PAID', source: 'PROVIDER_NOTICE' },
        { from: null, to: 'REQUESTED', source: 'API' },
      ]);
      const deliveries = app.sandbox.payapp.simulator.deliveries().filter((d) => d.fields.mul_no === requested.payment.providerPaymentId);
      expect(deliveries.map((d) => [d.kind, d.outcome])).toEqual(expect.arrayContaining([['feedback', 'delivered'], ['common', 'delivered']]));
    });

    it('signs a business up, its business number typed with dashes sent as digits', async () => {
      const { data } = await register(business({ settlementAccountNumber: null, zipCode: null, sellerType: null, joinType: null }));
      expect(data!.registerPayAppSeller).toMatchObject({ seller: { providerAccounts: [{ provider: 'PAYAPP', accountId: 'newcorp01' }] }, userErrors: [] });
      const sent = app.logs.lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'provider request' && l.request?.cmd === 'sellerRegist').pop();
      expect(sent.request).toMatchObject({ usertype: '2', compregno: '1234567890', compname: '(주)새회사', biztype1: '도소매', biztype2: '전자상거래', ceo_nm: '이대표' });
    });

    it('enforces the fields of individuals and businesses and the manual\'s password rules before any call, never echoing the password', async () => {
      const before = calls();
      const sellers = await sellerCount();
      const cases: [Record<string, unknown>, string][] = [
        [individual({ userId: 'x1', personName: undefined }), 'personName'],
        [business({ userId: 'x2', businessNumber: undefined }), 'businessNumber'],
        [business({ userId: 'x3', businessNumber: '123-45-678' }), 'businessNumber'],
        [business({ userId: 'x4', ceoName: undefined }), 'ceoName'],
        [business({ userId: 'x5', companyName: '  ' }), 'companyName'],
        [individual({ userId: 'x6', sellerType: 'RESELLER', joinType: 4 }), 'joinType'],
        [individual({ userId: 'x7', businessKind: '우주여행' }), 'businessKind'],
        [individual({ userId: 'x8', password: 'short12' }), 'password'],
        [individual({ userId: 'x9', password: 'lettersonly' }), 'password'],
        [individual({ userId: 'x10', password: '1234567890' }), 'password'],
        [individual({ userId: 'x11', password: 'has space 123' }), 'password'],
        [individual({ userId: 'x12', phone: '010-22' }), 'phone'],
      ];
      for (const [input, field] of cases) {
        const { errors } = await register(input);
        expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [['input', field]] }) })]);
        expect(JSON.stringify(errors)).not.toContain(String(input.password));
      }
      expect(calls()).toBe(before);
      expect(await sellerCount()).toBe(sellers);
    });

    it('reports PayApp\'s refusal of an id it has as a userError; an id a seller here has is refused without a call', async () => {
      app.sandbox.payapp.simulator.addSeller({ userId: 'takenatpayapp', linkKey: 'k', linkValue: 'v' });
      const refused = (await register(individual({ userId: 'takenatpayapp' }))).data!.registerPayAppSeller;
      expect(refused).toEqual({ seller: null, userErrors: [{ code: 'PROVIDER_REJECTED', field: null, providerCode: null, message: '이미 사용중인 아이디입니다.' }] });
      const before = calls();
      const ours = (await register(individual({ userId: shop.payApp.userId }))).data!.registerPayAppSeller;
      expect(ours).toMatchObject({ seller: null, userErrors: [{ code: 'INVALID_STATE', field: ['input', 'userId'] }] });
      expect(calls()).toBe(before);
    });

    it('is FORBIDDEN to a SELLER key', async () => {
      const before = calls();
      const { errors } = await register(individual({ userId: 'bysellerkey' }), shop.key);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(calls()).toBe(before);
    });

    it('records nothing when PayApp does not answer, says how to find out, and a repeat with the same key cannot sign up twice', async () => {
      const input = individual({ userId: 'lostshop01', idempotencyKey: 'register-lost-1' });
      const sellers = await sellerCount();
      await fault('lost-answer'); // PayApp signs the seller up; its answer never arrives
      const lost = (await register(input)).data!.registerPayAppSeller;
      expect(lost).toEqual({ seller: null, userErrors: [expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('payAppSellerIdAvailable') })] });
      expect(await sellerCount()).toBe(sellers);
      expect((await available('lostshop01')).data).toEqual({ payAppSellerIdAvailable: false });
      const repeat = (await register(input)).data!.registerPayAppSeller;
      expect(repeat).toMatchObject({ seller: null, userErrors: [{ code: 'PROVIDER_REJECTED', message: '이미 사용중인 아이디입니다.' }] });
      expect(await sellerCount()).toBe(sellers);
      expect(app.logs.text).toContain('PayApp sellerRegist went unanswered');
    });
  });

  describe('registerSubAccount', () => {
    it('registers staff sub-accounts with their permission flags (1 when omitted), listed on Seller.subAccounts', async () => {
      const cashier = (await subAccount({ subUserId: 'cashier01', name: '계산대', permissions: 5, category1: '본점', position: '매니저' })).data!.registerSubAccount;
      expect(cashier).toEqual({ subAccount: { subUserId: 'cashier01', name: '계산대', permissions: 5 }, userErrors: [] });
      const plain = (await subAccount({ subUserId: 'counter01', password: SUB_PASSWORDS[1] })).data!.registerSubAccount;
      expect(plain.subAccount).toEqual({ subUserId: 'counter01', name: '매장 직원', permissions: 1 });
      const sent = app.logs.lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'provider request' && l.request?.cmd === 'subidregist').pop();
      expect(sent.request).toMatchObject({ userid: shop.payApp.userId, subuserid: 'counter01', subpwd: '[redacted]', state: '1' });
      expect((await app.gql<any>(shop.key, SUB_ACCOUNTS, { id: shop.id })).data.seller.subAccounts).toEqual([
        { subUserId: 'cashier01', name: '계산대', permissions: 5 },
        { subUserId: 'counter01', name: '매장 직원', permissions: 1 },
      ]);
    });

    it('refuses permissions outside the three flags, a repeat id and another seller, without a call', async () => {
      const before = calls();
      for (const permissions of [8, -1]) {
        const { errors } = await subAccount({ subUserId: 'badflags', permissions });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'permissions']] });
      }
      expect((await subAccount({ subUserId: 'cashier01' })).data!.registerSubAccount.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'subUserId'] })]);
      const other = await createSandboxSeller(app, 'Other shop');
      expect((await subAccount({ sellerId: shop.id, subUserId: 'intruder' }, other.key)).data!.registerSubAccount.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'sellerId'] })]);
      expect((await subAccount({ subUserId: 'noseller' }, app.platformSecret)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'sellerId']] });
      expect(calls()).toBe(before);
    });

    it('lists nothing when PayApp does not answer; a repeat is refused by PayApp, so nothing is registered twice', async () => {
      await fault('lost-answer');
      const lost = (await subAccount({ subUserId: 'lost01', idempotencyKey: 'sub-lost-1' })).data!.registerSubAccount;
      expect(lost).toEqual({ subAccount: null, userErrors: [expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('Repeat the call') })] });
      const repeat = (await subAccount({ subUserId: 'lost01', idempotencyKey: 'sub-lost-1' })).data!.registerSubAccount;
      expect(repeat).toEqual({ subAccount: null, userErrors: [expect.objectContaining({ code: 'PROVIDER_REJECTED', message: '이미 등록된 부계정 아이디입니다.' })] });
      const listed = (await app.gql<any>(shop.key, SUB_ACCOUNTS, { id: shop.id })).data.seller.subAccounts.map((s: any) => s.subUserId);
      expect(listed).not.toContain('lost01');
    });
  });

  describe('payAppAppLink', () => {
    it.each(['REMOTE', ...FACE_TO_FACE_TYPES])('%s: the sdk-app URI with the manual\'s parameters for it, our notice URL, the phone as digits', async (requestType) => {
      const remote = requestType === 'REMOTE';
      const card = CARD_TYPES.includes(requestType);
      const res = await appLink({
        requestType,
        phoneNumber: '010-2345-6789',
        goodPrice: 150000,
        taxable: false,
        installmentMonths: card ? 6 : undefined,
        allPayTypes: remote ? undefined : false,
        var1: 'order 7 & co',
        var2: '2',
      });
      expect(res.errors).toBeUndefined();
      const link = new URL(res.data!.payAppAppLink);
      expect(`${link.origin}${link.pathname}`).toBe('https://payapp.kr/sdk-app');
      const expected = (remote ? REMOTE_PARAMS : FACE_TO_FACE_PARAMS).filter((name) => name !== 'cardinst' || card);
      expect([...link.searchParams.keys()].sort()).toEqual([...expected].sort());
      expect(Object.fromEntries(link.searchParams)).toMatchObject({
        reqType: requestType,
        returnUri: 'myshop://payapp/done',
        phoneNumber: '01023456789',
        goodPrice: '150000',
        goodName: '수업료',
        hasTax: '0',
        feedbackurl: `${app.url}/webhooks/payapp`,
        checkretry: 'y',
        var1: 'order 7 & co',
        var2: '2',
        ...(card && { cardinst: '6' }),
        ...(!remote && { isAllPayReqType: '0' }),
      });
      expect(res.data!.payAppAppLink).toContain('var1=order%207%20%26%20co');
      expect(res.data!.payAppAppLink).not.toMatch(/userid|linkkey|linkval/);
    });

    it('reads explicit nulls of optional fields as not given', async () => {
      const { data, errors } = await appLink({ requestType: 'QR', phoneNumber: null, taxable: null, installmentMonths: null, allPayTypes: null, var1: null, var2: null, sellerId: null });
      expect(errors).toBeUndefined();
      expect([...new URL(data!.payAppAppLink).searchParams.keys()].sort()).toEqual(['checkretry', 'feedbackurl', 'goodName', 'goodPrice', 'reqType', 'returnUri']);
    });

    it('refuses what the manual forbids, naming the field', async () => {
      const before = calls();
      const cases: [Record<string, unknown>, string][] = [
        [{ requestType: 'MANUAL', goodPrice: 49000, installmentMonths: 3 }, 'installmentMonths'],
        [{ requestType: 'KAKAO_PAY', goodPrice: 60000, installmentMonths: 3 }, 'installmentMonths'],
        [{ requestType: 'OCR', goodPrice: 100000 }, 'phoneNumber'],
        [{ requestType: 'REMOTE', goodPrice: 1000 }, 'phoneNumber'],
        [{ requestType: 'REMOTE', phoneNumber: '01023456789', allPayTypes: true }, 'allPayTypes'],
        [{ requestType: 'TELEPATHY' }, 'requestType'],
        [{ requestType: 'QR', returnUri: 'just words' }, 'returnUri'],
        [{ requestType: 'QR', goodPrice: 0 }, 'goodPrice'],
      ];
      for (const [input, field] of cases) {
        const { errors } = await appLink(input);
        expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [['input', field]] }) })]);
      }
      expect((await appLink({ requestType: 'QR' }, app.platformSecret)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'sellerId']] });
      expect(calls()).toBe(before);
    });

    it('needs the seller to have a PayApp account', async () => {
      const created = await app.gql<any>(app.platformSecret, `mutation { createSeller(input: { name: "No PayApp" }) { seller { id } } }`);
      const { errors } = await appLink({ sellerId: created.data.createSeller.seller.id, requestType: 'QR' }, app.platformSecret);
      expect(errors?.[0].extensions?.code).toBe('PROVIDER_NOT_CONFIGURED');
    });
  });

  describe('afterwards', () => {
    it('keeps no password in the database, the log or an idempotency record', async () => {
      const dump = await textDump(app.db);
      for (const password of [SELLER_PASSWORD, ...SUB_PASSWORDS]) {
        expect(dump).not.toContain(password);
        expect(app.logs.text).not.toContain(password);
      }
      const records: { operation: string; request_hash: string }[] = await app.db.query("SELECT operation, request_hash FROM idempotency_records WHERE operation IN ('registerPayAppSeller', 'registerSubAccount')");
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(record.request_hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
