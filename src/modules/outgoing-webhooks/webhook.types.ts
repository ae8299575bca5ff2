import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DomainEventType } from '../../events/domain-events';
import { UserError } from '../../graphql/common.types';
import { connectionTypes } from '../../graphql/connection';
import { ActingSellerField, IdempotencyKeyField } from '../../graphql/input-fields';
import { Node } from '../../graphql/node';
import { DeliveryState } from './webhook.entity';

/** The contract's names of the event types, and the `type` each carries in a webhook body. */
export enum WebhookEventType {
  PAYMENT_STATE_CHANGED = 'PAYMENT_STATE_CHANGED',
  SUBSCRIPTION_STATE_CHANGED = 'SUBSCRIPTION_STATE_CHANGED',
  BILLING_KEY_STATE_CHANGED = 'BILLING_KEY_STATE_CHANGED',
  CASH_RECEIPT_STATE_CHANGED = 'CASH_RECEIPT_STATE_CHANGED',
}

export const EVENT_TYPE_NAMES: Record<WebhookEventType, DomainEventType> = {
  PAYMENT_STATE_CHANGED: 'payment.state_changed',
  SUBSCRIPTION_STATE_CHANGED: 'subscription.state_changed',
  BILLING_KEY_STATE_CHANGED: 'billing_key.state_changed',
  CASH_RECEIPT_STATE_CHANGED: 'cash_receipt.state_changed',
};

export const webhookEventTypeOf = (name: DomainEventType): WebhookEventType =>
  (Object.keys(EVENT_TYPE_NAMES) as WebhookEventType[]).find((type) => EVENT_TYPE_NAMES[type] === name) as WebhookEventType;

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'What an endpoint can be told about; the body\'s `type` is given beside each.',
  valuesConfig: {
    PAYMENT_STATE_CHANGED: { description: 'payment.state_changed: every PaymentEvent.' },
    SUBSCRIPTION_STATE_CHANGED: { description: 'subscription.state_changed' },
    BILLING_KEY_STATE_CHANGED: { description: 'billing_key.state_changed' },
    CASH_RECEIPT_STATE_CHANGED: { description: 'cash_receipt.state_changed' },
  },
});

registerEnumType(DeliveryState, {
  name: 'WebhookDeliveryState',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet answered with 2xx; another attempt is scheduled.' },
    SUCCEEDED: { description: 'An attempt was answered with 2xx.' },
    FAILED: { description: 'Every scheduled attempt failed; redeliverWebhook can still send it.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'A URL of the platform\'s or a seller\'s own server that receives events as signed POSTs, following\nthe Standard Webhooks specification (headers webhook-id, webhook-timestamp, webhook-signature).',
})
export class WebhookEndpoint extends Node {
  @Field({ description: 'Where events are POSTed.' })
  url: string;
  @Field({ description: 'Whether events are sent to it; the service disables an endpoint that answers 410 Gone.' })
  enabled: boolean;
  @Field({ description: 'When it was created.' })
  createdAt: Date;
  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'One event sent to one endpoint, with the history of its attempts.' })
export class WebhookDelivery extends Node {
  @Field(() => ID, { description: 'The PaymentEvent (or other object) the delivery is about.' })
  subjectId: string;
  @Field(() => DeliveryState, { description: 'Where the delivery stands.' })
  state: DeliveryState;
  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;
  @Field(() => Date, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null when it got no answer.' })
  lastStatusCode: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (a status, a time-out, a refused address).' })
  lastError: string | null;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, while PENDING.' })
  nextAttemptAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When an attempt was answered with 2xx.' })
  deliveredAt: Date | null;
  @Field({ description: 'When the event was recorded for this endpoint.' })
  createdAt: Date;
}

export const WebhookEndpointConnection = connectionTypes('WebhookEndpoint', WebhookEndpoint, 'webhook endpoint');
export const WebhookDeliveryConnection = connectionTypes('WebhookDelivery', WebhookDelivery, 'webhook delivery');

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField('Required with a PLATFORM key for a seller\'s endpoint; omitted with a PLATFORM key, a platform endpoint.')
  sellerId?: string;
  @Field({ description: 'An https URL on a public address (http and local addresses only where WEBHOOK_ALLOW_PRIVATE_URLS is true).' })
  @Length(1, 2000)
  url: string;
  @Field(() => [WebhookEventType], { description: 'The events to send to it.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  eventTypes: WebhookEventType[];
}

@InputType({ description: 'Changes to a webhook endpoint; omitted fields stay as they are.' })
export class UpdateWebhookEndpointInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The endpoint.' })
  @Length(1, 32)
  webhookEndpointId: string;
  @Field(() => String, { nullable: true, description: 'A new URL (checked like a new endpoint\'s).' })
  @IsOptional()
  @Length(1, 2000)
  url?: string;
  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to send to it from now on.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  eventTypes?: WebhookEventType[];
  @Field(() => Boolean, { nullable: true, description: 'Turn sending on or off.' })
  enabled?: boolean;
}

@InputType({ description: 'The webhook endpoint to delete; its deliveries stop.' })
export class DeleteWebhookEndpointInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The endpoint.' })
  @Length(1, 32)
  webhookEndpointId: string;
}

@InputType({ description: 'The delivery to send again now.' })
export class RedeliverWebhookInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The delivery.' })
  @Length(1, 32)
  deliveryId: string;
}

@ObjectType({ description: 'The result of createWebhookEndpoint.' })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The new endpoint.' })
  webhookEndpoint: unknown;
  @Field(() => String, { nullable: true, description: 'The signing secret (whsec_ + base64), shown once.' })
  secret: string | null;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of a webhook endpoint mutation.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint after the change.' })
  webhookEndpoint: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of redeliverWebhook.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery after the new attempt.' })
  delivery: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}
