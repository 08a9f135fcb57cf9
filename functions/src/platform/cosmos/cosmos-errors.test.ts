import { ErrorResponse } from '@azure/cosmos';
import { Conflict, Forbidden, NotFound, PreconditionFailed } from '@tandem/shared';
import { cosmosCall, cosmosStatusOf, mapCosmosError, requireResource } from './cosmos-errors';

function cosmosError(code: number, message = `status ${code}`): ErrorResponse {
  const err = new ErrorResponse(message);
  err.code = code;
  return err;
}

describe('mapCosmosError', () => {
  it('turns 404 into NotFound naming the entity and id', () => {
    const mapped = mapCosmosError(cosmosError(404), 'Request', 'r-1');
    expect(mapped).toBeInstanceOf(NotFound);
    expect(mapped.message).toBe('Request r-1 was not found.');
  });

  it('turns 409 into Conflict', () => {
    const mapped = mapCosmosError(cosmosError(409), 'Request', 'r-1');
    expect(mapped).toBeInstanceOf(Conflict);
    expect(mapped.message).toBe('Request r-1 already exists.');
  });

  it('turns 412 into PreconditionFailed, also when the status is in statusCode', () => {
    const err = new ErrorResponse('stale');
    err.statusCode = 412;
    expect(mapCosmosError(err, 'Request', 'r-1')).toBeInstanceOf(PreconditionFailed);
    expect(mapCosmosError(cosmosError(412), 'Request', 'r-1')).toBeInstanceOf(PreconditionFailed);
  });

  it('wraps anything else with context and keeps the cause', () => {
    const original = cosmosError(429, 'Request rate is large');
    const mapped = mapCosmosError(original, 'Request', 'r-1');
    expect(mapped.message).toBe(
      'Cosmos DB failed on Request r-1 (status 429): Request rate is large',
    );
    expect(mapped.cause).toBe(original);
    const network = new Error('socket hang up');
    expect(mapCosmosError(network, 'Person', 'p-1').message).toBe(
      'Cosmos DB failed on Person p-1: socket hang up',
    );
    expect(mapCosmosError('weird', 'Person', 'p-1').message).toMatch(/: weird$/);
  });

  it('passes domain errors through unchanged', () => {
    const forbidden = new Forbidden('no');
    expect(mapCosmosError(forbidden, 'Request', 'r-1')).toBe(forbidden);
  });
});

describe('cosmosStatusOf', () => {
  it('reads numeric codes only', () => {
    expect(cosmosStatusOf(cosmosError(404))).toBe(404);
    expect(cosmosStatusOf({ code: 'ECONNREFUSED' })).toBeUndefined();
    expect(cosmosStatusOf(null)).toBeUndefined();
  });
});

describe('cosmosCall', () => {
  it('returns the result or throws the mapped error', async () => {
    await expect(cosmosCall('Request', 'r-1', async () => 7)).resolves.toBe(7);
    await expect(
      cosmosCall('Request', 'r-1', async () => {
        throw cosmosError(412);
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });
});

describe('requireResource', () => {
  it('turns a missing read into NotFound', () => {
    expect(requireResource({ id: 'a' }, 'Request', 'a')).toEqual({ id: 'a' });
    expect(() => requireResource(undefined, 'Request', 'a')).toThrow(NotFound);
  });
});
