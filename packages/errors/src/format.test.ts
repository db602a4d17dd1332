import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { formatGraphQLError } from './format.ts';

const format = (error: GraphQLError) => {
  const logged: string[] = [];
  const out = formatGraphQLError(error.toJSON(), error, { logUnknown: (_e, id) => logged.push(id) });
  return { out, logged };
};

describe('formatGraphQLError', () => {
  it('keeps AppError codes, messages and fields', () => {
    const error = new GraphQLError('x', {
      originalError: AppError.badInput('email', 'Enter a valid email address'),
    });
    expect(format(error).out).toMatchObject({
      message: 'Enter a valid email address',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
  });

  it('masks a resolver crash and logs its id', () => {
    const { out, logged } = format(
      new GraphQLError('connect ECONNREFUSED 10.0.0.5:5432', {
        originalError: new Error('connect ECONNREFUSED 10.0.0.5:5432'),
      }),
    );
    expect(out).toEqual({
      message: 'Internal error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: logged[0] },
    });
  });

  it('lets request errors from GraphQL and Apollo through, without stack traces', () => {
    class BadRequestError extends GraphQLError {
      constructor(message: string) {
        super(message, { extensions: { code: 'BAD_REQUEST' } });
        this.name = 'BadRequestError';
      }
    }
    const { out } = format(new BadRequestError('This operation has been blocked as a potential CSRF'));
    expect(out).toMatchObject({
      message: 'This operation has been blocked as a potential CSRF',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('masks an unknown code', () => {
    expect(format(new GraphQLError('boom', { extensions: { code: 'SOMETHING_ODD' } })).out.message).toBe(
      'Internal error',
    );
  });
});
