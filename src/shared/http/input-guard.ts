import type { FastifyInstance } from 'fastify';
import { AppError, type FieldIssue } from '../errors.ts';
import { UNSTORABLE_TEXT_MESSAGE, unstorableFields } from '../storable-text.ts';

/**
 * Every string a client sends (query, path parameters, JSON body, keys included) is checked once, before any
 * route's validation: text PostgreSQL cannot store (see storable-text.ts) is refused with a 400 that names the
 * field, instead of reaching a query and answering 500.
 */
export function registerInputGuard(app: FastifyInstance): void {
  // A callback hook, before every route's own preValidation and schema: no promise per request.
  app.addHook('preValidation', (request, _reply, done) => {
    const fields = unstorableFields(request.params, 'params');
    unstorableFields(request.query, 'query', fields);
    unstorableFields(request.body, 'body', fields);
    if (fields.length === 0) {
      done();
      return;
    }
    const details: FieldIssue[] = fields.map((field) => ({ field, message: UNSTORABLE_TEXT_MESSAGE }));
    done(new AppError('request.invalid', details));
  });
}
