import 'reflect-metadata';
import './graphql/enums';
import { GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, NonEmptyArray, PubSub } from 'type-graphql';
import { callFieldResolversDirectly } from './graphql/direct-field-resolvers';
import { nodeTypeOf } from './graphql/node';
import { NodeResolver } from './graphql/node.resolver';
import { describeRoots } from './graphql/root-descriptions';
import { DateTimeScalar } from './graphql/scalars';
import { validateArgument } from './graphql/validation';
import { AuthResolver } from './modules/auth/auth.resolver';
import { BillingKeyMutationsResolver } from './modules/billing-keys/billing-key-mutations.resolver';
import { BillingKeyResolver } from './modules/billing-keys/billing-key.resolver';
import { CashReceiptResolver } from './modules/cash-receipts/cash-receipt.resolver';
import { OnboardingResolver } from './modules/onboarding/onboarding.resolver';
import { PaymentEventResolver } from './modules/payments/payment-event.resolver';
import { PaymentMutationsResolver } from './modules/payments/payment-mutations.resolver';
import { PaymentSubscriptionResolver } from './modules/payments/payment-subscription.resolver';
import { PaymentResolver } from './modules/payments/payment.resolver';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from './modules/outgoing-webhooks/webhook.resolver';
import { SellerResolver } from './modules/sellers/seller.resolver';
import { SubscriptionEventResolver } from './modules/subscriptions/subscription-event.resolver';
import { SubscriptionEventsResolver } from './modules/subscriptions/subscription-events.resolver';
import { SubscriptionMutationsResolver } from './modules/subscriptions/subscription-mutations.resolver';
import { SubscriptionResolver } from './modules/subscriptions/subscription.resolver';

const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AuthResolver,
  SellerResolver,
  PaymentResolver,
  PaymentMutationsResolver,
  PaymentEventResolver,
  PaymentSubscriptionResolver,
  BillingKeyResolver,
  BillingKeyMutationsResolver,
  SubscriptionResolver,
  SubscriptionMutationsResolver,
  SubscriptionEventResolver,
  CashReceiptResolver,
  SubscriptionEventsResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  OnboardingResolver,
];

/**
 * type-graphql calls its subscription root "Subscription", which is the contract's name for a
 * recurring payment. The domain type is declared as RecurringPayment; once built, the two are
 * renamed (root → SubscriptionRoot, RecurringPayment → Subscription) and the type map rebuilt.
 * Resolvers are attached to fields, not names, so execution is unaffected.
 */
function renameTypes(schema: GraphQLSchema): GraphQLSchema {
  const root = schema.getSubscriptionType();
  if (root) (root as { name: string }).name = 'SubscriptionRoot';
  const recurring = schema.getType('RecurringPayment') as GraphQLObjectType | undefined;
  if (recurring) (recurring as { name: string }).name = 'Subscription';
  return new GraphQLSchema(schema.toConfig());
}

/**
 * type-graphql insists on a PubSub once any subscription exists. Ours bring their own subscribe()
 * (replay + live from the EventBus), so topic-based pub/sub is never used; reaching it is a bug.
 */
const noTopicPubSub: PubSub = {
  publish() {
    throw new Error('topic pub/sub is not used: publish through the EventBus');
  },
  subscribe() {
    throw new Error('topic pub/sub is not used: subscriptions define subscribe()');
  },
};

let built: Promise<GraphQLSchema> | undefined;

/**
 * Plain fields read the row's property through graphql's default resolver. type-graphql would wrap
 * each one in a resolver of its own, for middlewares and auth checks this schema does not use: an
 * allocation and two calls per field of every object of a page. A field named apart from its
 * property keeps type-graphql's, which reads the property.
 */
function plainFieldsReadDirectly(): void {
  for (const field of getMetadataStorage().fields) field.simple ??= field.schemaName === field.name;
}

/** The executable schema (built once per process). */
export function createSchema(): Promise<GraphQLSchema> {
  plainFieldsReadDirectly();
  built ??= buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    pubSub: noTopicPubSub,
    validateFn: validateArgument,
    emitSchemaFile: false,
  })
    .then((schema) => {
      callFieldResolversDirectly(schema);
      // type-graphql wraps resolveType in an async function; compiled queries (graphql-jit) need the type at once.
      (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeOf;
      return schema;
    })
    .then(renameTypes)
    .then(describeRoots);
  return built;
}

/** The SDL committed as schema/schema.graphql. */
export async function printContractSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
