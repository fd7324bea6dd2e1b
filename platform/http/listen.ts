import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import { answerClientErrors } from './client-errors.ts';

/** Listens with the app's handlers for errors Node raises before Express (see client-errors.ts). */
export function listenHttp(app: Express, port: number, host: string): Promise<Server> {
  const server = createServer(app);
  answerClientErrors(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
