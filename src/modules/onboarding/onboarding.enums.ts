import { registerEnumType } from 'type-graphql';

/** PayApp sellerRegist `usertype`. */
export enum PayAppUserType {
  INDIVIDUAL = 'INDIVIDUAL',
  BUSINESS = 'BUSINESS',
}

/** PayApp sellerRegist `seller_type`. */
export enum PayAppSellerType {
  SELLER = 'SELLER',
  RESELLER = 'RESELLER',
}

registerEnumType(PayAppUserType, {
  name: 'PayAppUserType',
  description: 'Who a new PayApp seller is.',
  valuesConfig: {
    INDIVIDUAL: { description: 'A person (usertype 1): personName is required.' },
    BUSINESS: { description: 'A business (usertype 2): businessNumber, companyName, businessType, businessItem and ceoName are required.' },
  },
});
registerEnumType(PayAppSellerType, {
  name: 'PayAppSellerType',
  description: 'What a new PayApp account is.',
  valuesConfig: {
    SELLER: { description: 'A seller under the platform\'s reseller account.' },
    RESELLER: { description: 'A reseller under the platform\'s agency account; joins paid (joinType 0).' },
  },
});
