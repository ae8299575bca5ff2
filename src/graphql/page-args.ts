import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const FIRST_DESCRIPTION = `How many items from the start (or after \`after\`); ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.`;
export const AFTER_DESCRIPTION = 'Cursor of the item this page follows.';

@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: FIRST_DESCRIPTION })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string;
}

@ArgsType()
export class PageArgs extends ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: `How many items from the end (or before \`before\`); at most ${MAX_PAGE_SIZE}.` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the item this page precedes.' })
  before?: string;
}
