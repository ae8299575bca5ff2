import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { ForwardPageArgs } from '../../graphql/page-args';
import { runMutation } from '../../graphql/mutation';
import { ListSpec, loadPages } from '../../db/pagination';
import { ApiKeyRole } from '../../domain/enums';
import { Seller } from '../sellers/seller.types';
import { canSeeEndpoint } from './webhook-endpoint.service';
import { DeliveryState, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointInput,
  EVENT_TYPE_NAMES,
  RedeliverWebhookInput,
  UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointPayload,
  WebhookEventType,
  webhookEventTypeOf,
} from './webhook.types';

/** The endpoints a viewer sees: its seller's, or (a PLATFORM key) every one; never deleted ones. */
const endpointsOf = (sellerId: string | null): ListSpec<WebhookEndpointRow> => ({
  entity: WebhookEndpointRow,
  kind: 'webhookEndpoint',
  where: (qb) => {
    qb.andWhere('t.deleted_at IS NULL');
    if (sellerId) qb.andWhere('t.seller_id = :sellerId', { sellerId });
  },
});

const deliveriesIn = (state: DeliveryState | undefined): ListSpec<WebhookDeliveryRow> => ({
  entity: WebhookDeliveryRow,
  kind: 'webhookDelivery',
  parentColumn: 'endpoint_id',
  where: (qb) => {
    if (state) qb.andWhere('t.state = :state', { state });
  },
});

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => WebhookEndpointConnection, { description: 'The viewer\'s webhook endpoints (a PLATFORM key sees every one).' })
  async webhookEndpoints(@Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    const [result] = await loadPages(ctx.services.db, endpointsOf(ctx.viewer.role === ApiKeyRole.PLATFORM ? null : ctx.viewer.sellerId), page, null);
    return result;
  }

  @Query(() => WebhookEndpoint, { nullable: true, description: 'A webhook endpoint by id; null when it does not exist, was deleted or is not the viewer\'s.' })
  async webhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookEndpointRow | null> {
    const endpoint = await ctx.loaders.webhookEndpoint.load(id);
    return endpoint && canSeeEndpoint(ctx.viewer, endpoint) ? endpoint : null;
  }

  @FieldResolver(() => Seller, { nullable: true, description: 'The seller whose events it receives; null for a platform endpoint, which receives every seller\'s.' })
  seller(@Parent() endpoint: WebhookEndpointRow, @Ctx() ctx: Context) {
    return endpoint.sellerId ? ctx.loaders.sellerOf(endpoint.sellerId) : null;
  }

  @FieldResolver(() => [WebhookEventType], { description: 'The events it receives.' })
  eventTypes(@Parent() endpoint: WebhookEndpointRow): WebhookEventType[] {
    return endpoint.eventTypes.map(webhookEventTypeOf);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Newest first.' })
  deliveries(
    @Parent() endpoint: WebhookEndpointRow,
    @Args() page: ForwardPageArgs,
    @Arg('state', () => DeliveryState, { nullable: true, description: 'Only deliveries in this state.' }) state: DeliveryState | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.page(`WebhookEndpoint.deliveries:${state ?? ''}`, deliveriesIn(state ?? undefined), page, endpoint.id);
  }

  @Mutation(() => CreateWebhookEndpointPayload, { description: 'Register a URL that receives events as signed POSTs. The signing secret is shown once.' })
  createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @Ctx() ctx: Context) {
    const command = { sellerId: input.sellerId, url: input.url, eventTypes: input.eventTypes.map((type) => EVENT_TYPE_NAMES[type]) };
    return runMutation(ctx, 'createWebhookEndpoint', input, (actor) => ctx.services.webhookEndpoints.create(actor, command), ['secret']);
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Change a webhook endpoint\'s URL, events, or turn it on or off.' })
  updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput, @Ctx() ctx: Context) {
    const command = { ...input, eventTypes: input.eventTypes?.map((type) => EVENT_TYPE_NAMES[type]) };
    return runMutation(ctx, 'updateWebhookEndpoint', input, (actor) => ctx.services.webhookEndpoints.update(actor, command));
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Delete a webhook endpoint: it receives nothing more.' })
  deleteWebhookEndpoint(@Arg('input', () => DeleteWebhookEndpointInput) input: DeleteWebhookEndpointInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'deleteWebhookEndpoint', input, (actor) => ctx.services.webhookEndpoints.delete(actor, input));
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Send one delivery again now (a new attempt with the same webhook-id).' })
  redeliverWebhook(@Arg('input', () => RedeliverWebhookInput) input: RedeliverWebhookInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'redeliverWebhook', input, (actor) => ctx.services.webhookEndpoints.redeliver(actor, input));
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookEndpoint, { description: 'The endpoint it is sent to.' })
  endpoint(@Parent() delivery: WebhookDeliveryRow, @Ctx() ctx: Context) {
    return ctx.loaders.webhookEndpoint.load(delivery.endpointId);
  }

  @FieldResolver(() => String, { description: 'The webhook-id header: the same on every attempt, so that receivers can drop repeats.' })
  webhookId(@Parent() delivery: WebhookDeliveryRow): string {
    return delivery.id;
  }

  @FieldResolver(() => WebhookEventType, { description: 'What the delivery tells.' })
  eventType(@Parent() delivery: WebhookDeliveryRow): WebhookEventType {
    return webhookEventTypeOf(delivery.eventType);
  }
}
