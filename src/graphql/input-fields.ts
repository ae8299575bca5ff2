import { IsOptional, Length } from 'class-validator';
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
