import { z } from 'zod';

/** A file's bytes: the handler sends a Buffer as is (Fastify does not serialize a Buffer). */
const fileBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ type: 'string', format: 'binary', description: 'The file' });

/** The response schema of a download: the OpenAPI document names the file's media type. */
export function fileResponse(mediaType: string, description: string) {
  return { 200: { description, content: { [mediaType]: { schema: fileBytes } } } };
}
