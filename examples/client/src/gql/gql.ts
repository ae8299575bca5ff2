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
    "\n  query RecentPayments($first: Int!) {\n    viewer { role }\n    payments(first: $first) { totalCount edges { node { id state amount remainingAmount goodName } } }\n  }\n": typeof types.RecentPaymentsDocument,
    "\n  mutation RequestPayment($input: RequestPaymentInput!) {\n    requestPayment(input: $input) {\n      payment { id state amount providerPaymentId payUrl }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RequestPaymentDocument,
    "\n  subscription PaymentStateChanged($after: String, $paymentId: ID) {\n    paymentStateChanged(after: $after, paymentId: $paymentId) {\n      id\n      from\n      to\n      amount\n      source\n      occurredAt\n      payment { id state remainingAmount }\n    }\n  }\n": typeof types.PaymentStateChangedDocument,
};
const documents: Documents = {
    "\n  query RecentPayments($first: Int!) {\n    viewer { role }\n    payments(first: $first) { totalCount edges { node { id state amount remainingAmount goodName } } }\n  }\n": types.RecentPaymentsDocument,
    "\n  mutation RequestPayment($input: RequestPaymentInput!) {\n    requestPayment(input: $input) {\n      payment { id state amount providerPaymentId payUrl }\n      userErrors { code field message }\n    }\n  }\n": types.RequestPaymentDocument,
    "\n  subscription PaymentStateChanged($after: String, $paymentId: ID) {\n    paymentStateChanged(after: $after, paymentId: $paymentId) {\n      id\n      from\n      to\n      amount\n      source\n      occurredAt\n      payment { id state remainingAmount }\n    }\n  }\n": types.PaymentStateChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentPayments($first: Int!) {\n    viewer { role }\n    payments(first: $first) { totalCount edges { node { id state amount remainingAmount goodName } } }\n  }\n"): typeof import('./graphql').RecentPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPayment($input: RequestPaymentInput!) {\n    requestPayment(input: $input) {\n      payment { id state amount providerPaymentId payUrl }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql').RequestPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentStateChanged($after: String, $paymentId: ID) {\n    paymentStateChanged(after: $after, paymentId: $paymentId) {\n      id\n      from\n      to\n      amount\n      source\n      occurredAt\n      payment { id state remainingAmount }\n    }\n  }\n"): typeof import('./graphql').PaymentStateChangedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
