/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ConsolePayment on Payment {\n    id\n    state\n    amount\n    cancelledAmount\n    currency\n    goodName\n    method\n    provider\n    providerPaymentId\n    payUrl\n    updatedAt\n    seller { name }\n  }\n": typeof types.ConsolePaymentFragmentDoc,
    "\n  query Console {\n    viewer { role seller { name } }\n    payments(first: 50) { totalCount edges { node { ...ConsolePayment } } }\n    sellers(first: 20) {\n      edges {\n        node {\n          name\n          billingKeys(first: 20) { edges { node { id provider method state cardName maskedCardNumber createdAt } } }\n          subscriptions(first: 20) { edges { node { id provider goodName amount state nextChargeOn payUrl } } }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDocument,
    "\n  subscription ConsolePaymentEvents {\n    paymentStateChanged { id from to amount source occurredAt payment { ...ConsolePayment } }\n  }\n": typeof types.ConsolePaymentEventsDocument,
};
const documents: Documents = {
    "\n  fragment ConsolePayment on Payment {\n    id\n    state\n    amount\n    cancelledAmount\n    currency\n    goodName\n    method\n    provider\n    providerPaymentId\n    payUrl\n    updatedAt\n    seller { name }\n  }\n": types.ConsolePaymentFragmentDoc,
    "\n  query Console {\n    viewer { role seller { name } }\n    payments(first: 50) { totalCount edges { node { ...ConsolePayment } } }\n    sellers(first: 20) {\n      edges {\n        node {\n          name\n          billingKeys(first: 20) { edges { node { id provider method state cardName maskedCardNumber createdAt } } }\n          subscriptions(first: 20) { edges { node { id provider goodName amount state nextChargeOn payUrl } } }\n        }\n      }\n    }\n  }\n": types.ConsoleDocument,
    "\n  subscription ConsolePaymentEvents {\n    paymentStateChanged { id from to amount source occurredAt payment { ...ConsolePayment } }\n  }\n": types.ConsolePaymentEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsolePayment on Payment {\n    id\n    state\n    amount\n    cancelledAmount\n    currency\n    goodName\n    method\n    provider\n    providerPaymentId\n    payUrl\n    updatedAt\n    seller { name }\n  }\n"): typeof import('./graphql').ConsolePaymentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Console {\n    viewer { role seller { name } }\n    payments(first: 50) { totalCount edges { node { ...ConsolePayment } } }\n    sellers(first: 20) {\n      edges {\n        node {\n          name\n          billingKeys(first: 20) { edges { node { id provider method state cardName maskedCardNumber createdAt } } }\n          subscriptions(first: 20) { edges { node { id provider goodName amount state nextChargeOn payUrl } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsolePaymentEvents {\n    paymentStateChanged { id from to amount source occurredAt payment { ...ConsolePayment } }\n  }\n"): typeof import('./graphql').ConsolePaymentEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
