import { graphql } from './gql';

/**
 * The documents this client sends, written with the `graphql()` function that GraphQL Code
 * Generator's client preset generates (`npm run codegen`): each one is typed from the schema, so
 * a field that does not exist, or a wrong variable, is a compile error.
 */

export const RecentPaymentsDocument = graphql(`
  query RecentPayments($first: Int!) {
    viewer { role }
    payments(first: $first) { totalCount edges { node { id state amount remainingAmount goodName } } }
  }
`);

export const RequestPaymentDocument = graphql(`
  mutation RequestPayment($input: RequestPaymentInput!) {
    requestPayment(input: $input) {
      payment { id state amount providerPaymentId payUrl }
      userErrors { code field message }
    }
  }
`);

export const PaymentStateChangedDocument = graphql(`
  subscription PaymentStateChanged($after: String, $paymentId: ID) {
    paymentStateChanged(after: $after, paymentId: $paymentId) {
      id
      from
      to
      amount
      source
      occurredAt
      payment { id state remainingAmount }
    }
  }
`);
