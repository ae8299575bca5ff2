import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID } from 'type-graphql';

/** The optional idempotencyKey every mutation input has (scoped to the API key; see IdempotencyService). */
export function IdempotencyKeyField(description = 'Makes a repeat of this call return the first result.'): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    Length(1, 191)(target, key);
  };
}

/** The seller a mutation acts for: required with a PLATFORM key, implied by a SELLER key. */
export function ActingSellerField(description = 'Required with a PLATFORM key; implied by a SELLER key.'): PropertyDecorator {
  return (target, key) => {
    Field(() => ID, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    Length(1, 32)(target, key);
  };
}

/** The merchant's own value (PayApp var1 / var2), kept and echoed back in the provider's notices. */
export function MerchantValueField(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    MaxLength(300)(target, key);
  };
}
