import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printContractSchema } from '../schema';

/** `npm run build` writes schema/schema.graphql from the code; a test fails when it is stale. */
printContractSchema()
  .then((sdl) => {
    const dir = join(__dirname, '..', '..', '..', 'schema');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'schema.graphql'), sdl);
  })
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
