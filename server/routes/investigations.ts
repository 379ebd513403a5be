// The investigations: list, one, import (a streamed multipart upload) and delete.
import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/multipart';
import type { ImportResponse } from '../../src/io/server/wire';
import { ApiError, notFound } from '../graph/errors';
import { importStream } from '../import/importFile';
import type { Store } from '../store/types';
import { investigationParams, listQuery } from './schemas';

export interface ImportSettings {
  /** The largest upload taken, in bytes. */
  maxUploadBytes: number;
  log?: (message: string) => void;
}

export function investigationRoutes(app: FastifyInstance, store: Store, settings: ImportSettings): void {
  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/investigations',
    { schema: { querystring: listQuery } },
    async (request) => store.listInvestigations(request.query.limit, request.query.offset),
  );

  app.get<{ Params: { id: string } }>(
    '/api/investigations/:id',
    { schema: { params: investigationParams } },
    async (request) =>
      (await store.getInvestigation(request.params.id)) ?? Promise.reject(notFound('The investigation')),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/investigations/:id',
    { schema: { params: investigationParams } },
    async (request, reply) => {
      if (!(await store.getInvestigation(request.params.id))) throw notFound('The investigation');
      await store.deleteInvestigation(request.params.id);
      return reply.code(204).send();
    },
  );

  app.post('/api/investigations', async (request, reply) => {
    if (!request.isMultipart()) {
      throw new ApiError(415, 'not-multipart', 'Send the file as multipart/form-data in the field "file".');
    }
    let title: string | undefined;
    let result: ImportResponse | undefined;
    const parts = request.parts({
      limits: { fileSize: settings.maxUploadBytes, files: 1, fields: 5, fieldSize: 1000 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname === 'title' && typeof part.value === 'string') title = part.value.slice(0, 500);
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new ApiError(400, 'bad-field', `The file goes in the field "file", not "${part.fieldname}".`);
      }
      const started = Date.now();
      try {
        result = await importStream(store, part.file, {
          fileName: part.filename || 'upload',
          ...(title !== undefined && { title }),
          onProgress: (p) =>
            settings.log?.(`import ${part.filename}: ${p.entities} entities, ${p.relations} relations`),
        });
      } catch (error) {
        part.file.resume();
        throw error;
      }
      if (part.file.truncated) {
        if (result) await store.deleteInvestigation(result.id);
        throw new ApiError(413, 'too-large', `The file is larger than ${settings.maxUploadBytes} bytes.`);
      }
      settings.log?.(`imported ${result.relations} relations in ${Date.now() - started} ms`);
    }
    if (!result) throw new ApiError(400, 'no-file', 'Send the file in the field "file".');
    return reply.code(201).send(result);
  });
}
