import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino, type Logger } from 'pino';
import { graphqlRequestLogger, type ObservedRequest } from './logging.js';

/** A server whose only middleware is the request logger at `level`, answering `status`; its log lines. */
async function serve(level: string, answer: (req: IncomingMessage & { log: Logger }) => number) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().trim().split('\n')) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = graphqlRequestLogger(pino({ level }, sink));
  const server = createServer((req, res) =>
    log(req, res, () => {
      const status = answer(req);
      (req as ObservedRequest).operation = 'Op';
      (req as ObservedRequest).outcome = 'OK';
      res.writeHead(status).end('{}');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  const send = (headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { authorization: 'Bearer secret', ...headers } });
  return { send, lines, settle: () => new Promise((resolve) => setTimeout(resolve, 50)) };
}
const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe('the /graphql request logger', () => {
  for (const level of ['info', 'warn']) {
    it(`at ${level}: keeps a sane X-Request-Id, binds the request to req.log, and writes pino-http's lines at info only`, async () => {
      const { send, lines, settle } = await serve(level, (req) => {
        if (req.url === '/graphql' && req.headers['x-fail']) {
          req.log.error('internal error in a GraphQL operation');
          return 500;
        }
        return 200;
      });
      const ok = await send({ 'x-request-id': 'abc-1' });
      expect(ok.headers.get('x-request-id')).toBe('abc-1');
      expect((await send({ 'x-request-id': 'no spaces please' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await send({ 'x-request-id': 'abc-2', 'x-fail': '1' });
      await settle();
      const internal = lines.find((l) => l.msg === 'internal error in a GraphQL operation') as { req: { id: string; headers: object } };
      expect(internal.req.id).toBe('abc-2');
      expect(internal.req.headers).toMatchObject({ authorization: '[Redacted]' });
      // pino-http's own line for each request, at info (a 500 included).
      expect(lines.filter((l) => l.msg === 'request completed')).toHaveLength(level === 'info' ? 2 : 0);
      const errored = lines.filter((l) => l.msg === 'request errored');
      if (level === 'warn') expect(errored).toEqual([]);
      else {
        expect(errored).toHaveLength(1);
        expect(errored[0]).toMatchObject({ level: 30, req: { id: 'abc-2' }, res: { statusCode: 500 }, operation: 'Op', outcome: 'OK' });
      }
    });
  }
});
