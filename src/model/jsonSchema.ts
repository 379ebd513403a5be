// The dataset format as JSON Schema, generated from the zod schema so the two cannot drift apart.
import { z } from 'zod';
import { datasetSchema, SAFE_RECORD_VALUES } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, {
    io: 'input',
    unrepresentable: 'any',
    // Safe records are transforms in zod (to keep "__proto__" keys as data); in JSON Schema they are plain objects.
    override: ({ zodSchema, jsonSchema }) => {
      const value = SAFE_RECORD_VALUES.get(zodSchema as unknown as z.ZodType);
      if (value) {
        jsonSchema.type = 'object';
        jsonSchema.additionalProperties = z.toJSONSchema(value, { io: 'input' });
        delete (jsonSchema.additionalProperties as Record<string, unknown>).$schema;
      }
    },
  });
  return {
    ...schema,
    title: 'Story Graph Explorer dataset',
    description: 'Entities, relations between them, and the claims (quotes from sources) behind every relation.',
  };
}
