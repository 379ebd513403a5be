// The dataset format as JSON Schema, generated from the zod schema so the two cannot drift apart.
import { z } from 'zod';
import { datasetSchema } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Story Graph Explorer dataset',
    description: 'Entities, relations between them, and the claims (quotes from sources) behind every relation.',
  };
}
