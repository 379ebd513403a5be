// JSON schemas of every request the API takes: Fastify validates them before a handler runs, so a handler only
// ever sees ids of the right shape and bounded numbers. The bounds come from the wire contract.
import { EXPAND_IDS_MAX, EXPAND_LIMIT_MAX, LIST_LIMIT_MAX, SEARCH_LIMIT_MAX } from '../../src/io/server/wire';
import { INVESTIGATION_ID } from '../store/investigationIds';

const entityId = { type: 'string', minLength: 1, maxLength: 1000 } as const;
const typeList = { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 200 } } as const;
const flag = { type: 'string', enum: ['0', '1', 'true', 'false'] } as const;

export const investigationParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: INVESTIGATION_ID.source } },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: LIST_LIMIT_MAX, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['q'],
  properties: {
    q: { type: 'string', maxLength: 200 },
    limit: { type: 'integer', minimum: 1, maximum: SEARCH_LIMIT_MAX, default: 20 },
    offset: { type: 'integer', minimum: 0, maximum: 10_000, default: 0 },
  },
} as const;

export const expandBody = {
  type: 'object',
  additionalProperties: false,
  required: ['ids', 'limit'],
  properties: {
    ids: { type: 'array', minItems: 1, maxItems: EXPAND_IDS_MAX, items: entityId },
    limit: { type: 'integer', minimum: 0, maximum: EXPAND_LIMIT_MAX },
    relationTypes: typeList,
    entityTypes: typeList,
    order: { type: 'string', enum: ['most', 'least'] },
    exclude: { type: 'array', maxItems: 20_000, items: entityId },
  },
} as const;

export const pathsQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: {
    from: entityId,
    to: entityId,
    directed: flag,
    minOrigins: { type: 'integer', minimum: 0, maximum: 1000 },
    excludeDisputed: flag,
    happenedOnly: flag,
    limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
  },
} as const;

export const exportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    format: { type: 'string', enum: ['ndjson', 'json'], default: 'ndjson' },
    /** NDJSON only: every change after the records, oldest first, one `{"change": …}` line each. */
    history: flag,
  },
} as const;
