// `npm run bench`: prints the numbers the README quotes. Not part of npm test. BENCH_DATABASE_URL picks the
// PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres); a throwaway database is created in it.
import { benchCommitments } from './commitments.js';
import { benchDirectory } from './directory.js';
import { benchExchange } from './exchange.js';
import { benchIncidents } from './incidents.js';
import { benchNotifications } from './notifications.js';
import { benchPublicReadouts } from './public-readouts.js';
import { benchRequests } from './requests.js';
import { benchScreening } from './screening.js';
import { benchStartup } from './startup.js';

const only = process.argv[2];
const lines: string[] = [];
if (!only || only === 'startup') lines.push(...(await benchStartup()));
if (!only || only === 'directory') lines.push(...(await benchDirectory()));
if (!only || only === 'exchange') lines.push(...(await benchExchange()));
if (!only || only === 'screening') lines.push(...(await benchScreening()));
if (!only || only === 'notifications') lines.push(...(await benchNotifications()));
if (!only || only === 'incidents') lines.push(...(await benchIncidents()));
if (!only || only === 'requests') lines.push(...(await benchRequests()));
if (!only || only === 'commitments') lines.push(...(await benchCommitments()));
if (!only || only === 'public-readouts') lines.push(...(await benchPublicReadouts()));
console.log(`\n${lines.join('\n')}`);
process.exit(0);
