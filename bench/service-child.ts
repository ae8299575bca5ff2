/** The service as `npm run start` runs it (dist/src/main.js, configured by the environment), measured by child-stats. */
import './lib/child-stats';
import '../src/main';
