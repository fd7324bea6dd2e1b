import { z } from 'zod';

/**
 * The named zod schemas as OpenAPI `components.schemas`, referencing each other by name. Every
 * API document builds its components this way; `$schema` and `$id` are JSON Schema's, not OpenAPI's.
 */
export function componentSchemas(named: Record<string, z.ZodType>, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io, unrepresentable: 'any' });
  for (const schema of Object.values(schemas)) {
    delete (schema as { $schema?: string }).$schema;
    delete (schema as { $id?: string }).$id;
  }
  return schemas;
}
