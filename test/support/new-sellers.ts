/** Sellers signing up at PayApp, as registerPayAppSeller takes them (PayApp's client adds the reseller id). */
export const NEW_INDIVIDUAL = {
  userId: 'newshop01',
  password: 'Gaeup2024pw',
  sellerName: '새가게',
  phone: '010-2222-3333',
  email: 'owner@newshop.kr',
  businessKind: '쇼핑몰사업자',
  userType: 'INDIVIDUAL' as const,
  personName: '김사장' as string | undefined,
};

export const NEW_BUSINESS = {
  ...NEW_INDIVIDUAL,
  userId: 'newcorp01',
  userType: 'BUSINESS' as 'INDIVIDUAL' | 'BUSINESS',
  personName: undefined,
  businessNumber: '123-45-67890',
  companyName: '(주)새회사',
  businessType: '도소매',
  businessItem: '전자상거래',
  ceoName: '이대표',
};
