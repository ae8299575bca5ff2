import 'reflect-metadata';
import { loadConfig } from './src/config';
import { createDataSource } from './src/db/data-source';

/** For the TypeORM CLI (e.g. `npx typeorm migration:show -d dist/ormconfig.js`). */
export default createDataSource({ url: loadConfig().databaseUrl });
