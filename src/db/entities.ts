import { ApiKeyRow } from '../modules/auth/api-key.entity';
import { BillingKeyRow } from '../modules/billing-keys/billing-key.entity';
import { CashReceiptEventRow, CashReceiptRow } from '../modules/cash-receipts/cash-receipt.entity';
import { IdempotencyRow } from '../modules/idempotency/idempotency.entity';
import { PaymentEventRow, PaymentRow } from '../modules/payments/payment.entity';
import { MoneyMovementRow } from '../modules/money/money-movement.entity';
import { WebhookDeliveryRow, WebhookEndpointRow } from '../modules/outgoing-webhooks/webhook.entity';
import { SellerAccountRow, SellerRow, SubAccountRow } from '../modules/sellers/seller.entity';
import { SubscriptionEventRow } from '../modules/subscriptions/subscription-event.entity';
import { SubscriptionRow } from '../modules/subscriptions/subscription.entity';

export const entities = [SellerRow, SellerAccountRow, SubAccountRow, MoneyMovementRow, ApiKeyRow, PaymentRow, PaymentEventRow, BillingKeyRow, SubscriptionRow, SubscriptionEventRow, CashReceiptRow, CashReceiptEventRow, IdempotencyRow, WebhookEndpointRow, WebhookDeliveryRow];
