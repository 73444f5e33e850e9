// Streamed downloads. A source that fails part-way (a database error on the hundredth row) must end that one
// response, never the process: `pipeline` passes the source's error on to the stream the reply reads, where Fastify
// handles it (a problem+json if nothing was sent yet, a cut connection otherwise), and destroys both sides.
import { pipeline, Readable, type Transform } from 'node:stream';

export function streamThrough<T>(source: AsyncIterable<T>, transform: Transform): Readable {
  // The callback is required by pipeline; the error itself reaches the reply through `transform`.
  pipeline(Readable.from(source), transform, () => undefined);
  return transform;
}
