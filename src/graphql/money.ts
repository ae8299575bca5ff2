import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, Int } from 'type-graphql';

/** No provider takes more in one payment; the column is a signed INT. */
export const MAX_AMOUNT = 2_000_000_000;

/**
 * An amount input: an Int in the currency's smallest unit, validated at the edge. Required
 * amounts must be positive unless `allowZero` (a part of a total); optional ones may be zero.
 */
export function MoneyField(description: string, { required = false, allowZero = !required }: { required?: boolean; allowZero?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { nullable: !required, description })(target, key);
    if (!required) IsOptional()(target, key);
    IsInt()(target, key);
    Min(allowZero ? 0 : 1)(target, key);
    Max(MAX_AMOUNT)(target, key);
  };
}
