import { createServer } from 'node:http';
import { createSite } from './site.js';
import { readSettings } from './settings.js';

const settings = readSettings();
const handle = createSite(settings);
const server = createServer((request, response) => void handle(request, response));
server.listen(settings.port, () => {
  process.stdout.write(`德阳市民服务 listening on ${settings.siteUrl} (Tongcheng at ${settings.issuer})\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close());
