import { startTestApp, TestApp } from './support/app';

/** Without PAYAPP_RESELLER_ID the platform has no PayApp reseller account: both operations say so, and PayApp is not called. */
describe('onboarding without PAYAPP_RESELLER_ID', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(__filename);
  });
  afterAll(() => app.close());

  it('answers registerPayAppSeller with a PROVIDER_NOT_CONFIGURED userError and payAppSellerIdAvailable with that error code', async () => {
    const before = app.sandbox.payapp.providerCalls();
    const registered = await app.gql<any>(app.platformSecret, `mutation($input: RegisterPayAppSellerInput!) { registerPayAppSeller(input: $input) { seller { id } userErrors { code field message } } }`, {
      input: { userId: 'shop01', password: 'abcd1234', sellerName: 'Shop', phone: '01022223333', email: 'a@b.kr', businessKind: '서비스', userType: 'INDIVIDUAL', personName: 'Kim' },
    });
    expect(registered.data.registerPayAppSeller).toEqual({ seller: null, userErrors: [{ code: 'PROVIDER_NOT_CONFIGURED', field: null, message: expect.stringContaining('PAYAPP_RESELLER_ID') }] });

    const available = await app.gql(app.platformSecret, `query { payAppSellerIdAvailable(userId: "shop01") }`);
    expect(available.data).toBeNull();
    expect(available.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('PAYAPP_RESELLER_ID'), extensions: { code: 'PROVIDER_NOT_CONFIGURED' } })]);
    expect(app.sandbox.payapp.providerCalls()).toBe(before);
  });
});
