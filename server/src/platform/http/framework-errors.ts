// Errors raised before a route runs — by the router (bad percent-encoding, an over-long path parameter) or by Node's
// HTTP parser (headers or query string too large, a client too slow) — answered as problem+json like every other
// error, instead of in Fastify's own shape, which echoes the URL back.
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { PROBLEM_BASE, sendProblem, type Problem } from './problem.js';

/** Fastify's `frameworkErrors` option: the router's own refusals. */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError(414, 'path-too-long', 'URI too long', 'a path parameter is longer than this node accepts (100 characters)')
      : error.code === 'FST_ERR_BAD_URL'
        ? new AppError(400, 'bad-url', 'Bad request', 'the path is not valid percent-encoded UTF-8')
        : new AppError(400, 'bad-request', 'Bad request', 'the request could not be routed');
  void sendProblem(reply, req, problem);
}

type ParserError = Error & { code?: string };

function clientProblem(err: ParserError): Omit<Problem, 'instance' | 'requestId'> {
  if (err.code === 'HPE_HEADER_OVERFLOW') return { type: `${PROBLEM_BASE}headers-too-large`, title: 'Request header fields too large', status: 431, detail: 'the request line and headers (query string included) are larger than this node accepts' };
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { type: `${PROBLEM_BASE}request-timeout`, title: 'Request timeout', status: 408, detail: 'the request was not received in time' };
  return { type: `${PROBLEM_BASE}bad-request`, title: 'Bad request', status: 400, detail: 'the request is not valid HTTP' };
}

const REASON: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** Fastify's `clientErrorHandler`: Node's HTTP parser refused the request, so there is only the socket to answer on. */
export function clientErrorHandler(err: ParserError, socket: Socket): void {
  // A reset connection has nobody left to answer (Node's own rule for 'clientError').
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = clientProblem(err);
    const body = JSON.stringify({ ...problem, instance: '/', requestId: randomUUID() });
    socket.write(
      `HTTP/1.1 ${problem.status} ${REASON[problem.status] ?? 'Bad Request'}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
