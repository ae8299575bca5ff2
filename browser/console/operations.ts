import { graphql } from './gql';

/** Everything the console shows of a payment, in the list and in each live event. */
export const ConsolePaymentFragment = graphql(`
  fragment ConsolePayment on Payment {
    id
    state
    amount
    cancelledAmount
    currency
    goodName
    method
    provider
    providerPaymentId
    payUrl
    updatedAt
    seller { name }
  }
`);

export const ConsoleDocument = graphql(`
  query Console {
    viewer { role seller { name } }
    payments(first: 50) { totalCount edges { node { ...ConsolePayment } } }
    sellers(first: 20) {
      edges {
        node {
          name
          billingKeys(first: 20) { edges { node { id provider method state cardName maskedCardNumber createdAt } } }
          subscriptions(first: 20) { edges { node { id provider goodName amount state nextChargeOn payUrl } } }
        }
      }
    }
  }
`);

export const PaymentEventsDocument = graphql(`
  subscription ConsolePaymentEvents {
    paymentStateChanged { id from to amount source occurredAt payment { ...ConsolePayment } }
  }
`);
