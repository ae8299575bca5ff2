import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, generate } from '@graphql-codegen/cli';

const ROOT = join(__dirname, '..');

describe('generated typed documents', () => {
  it('are what `npm run codegen` makes of the committed schema (test operations, sandbox console, example client)', async () => {
    const context = await createContext({ config: join(ROOT, 'codegen.yml'), _: [], silent: true } as never);
    context.cwd = ROOT;
    const outputs: { filename: string; content: string }[] = await generate(context, false);
    expect(outputs.map((o) => o.filename).sort()).toEqual([
      'browser/console/gql/gql.ts',
      'browser/console/gql/graphql.ts',
      'browser/console/gql/index.ts',
      'examples/client/src/gql/gql.ts',
      'examples/client/src/gql/graphql.ts',
      'examples/client/src/gql/index.ts',
      'test/generated/operations.ts',
    ]);
    const stale = outputs.filter((o) => readFileSync(join(ROOT, o.filename), 'utf8') !== o.content).map((o) => o.filename);
    expect(stale).toEqual([]);
  });
});
