import { z } from 'zod';

/**
 * The body of a PATCH made from a create schema: every field optional and none defaulted. `schema.partial()`
 * keeps the create schema's defaults, so a PATCH naming one field would silently reset every defaulted field it
 * did not name (a service's booths, keywords and description, a booth's zone, a counter's services). Here a field
 * absent from the body is absent from the parsed value, and the service applies only what is present.
 */
type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
export type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}
