/**
 * The floor for what Tandem adds per call: the same point read and create as the API's get and
 * create of a request, as plain Azure Functions v4 handlers that make the one Cosmos SDK call and
 * answer its resource. No token, caller, validation, access check, SLA or DTO: the API host
 * serves these beside Tandem's routes, so a run against them differs from Tandem's only by that.
 */
import { randomUUID } from 'node:crypto';
import type { Container, ItemDefinition } from '@azure/cosmos';
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Route } from '@tandem/functions/dist/platform/http/route';

/** A first segment no Tandem route uses, so the host's lookup of Tandem's routes skips these. */
export const BARE_HANDLER_PREFIX = '/bare-handler/requests';

export interface BareHandlers {
  readonly routes: Route[];
  /** The stored request `create` copies under new ids, as the direct-SDK baseline does. */
  useTemplate(template: ItemDefinition): void;
}

/** `tenantId` is fixed: without a token there is no caller to take the partition from. */
export function makeBareHandlers(container: Container, tenantId: string): BareHandlers {
  let template: ItemDefinition | undefined;

  async function getRequest(
    request: HttpRequest,
    _context: InvocationContext,
  ): Promise<HttpResponseInit> {
    const { resource } = await container
      .item(request.params['id'] ?? '', tenantId)
      .read<ItemDefinition>();
    return resource ? { status: 200, jsonBody: resource } : { status: 404 };
  }

  async function createRequest(
    _request: HttpRequest,
    _context: InvocationContext,
  ): Promise<HttpResponseInit> {
    if (!template) throw new Error('the bare create handler has no template yet');
    const { resource } = await container.items.create({ ...template, id: randomUUID() });
    return { status: 201, jsonBody: resource };
  }

  const route = BARE_HANDLER_PREFIX.slice(1);
  return {
    routes: [
      { name: 'bareGetRequest', methods: ['GET'], route: `${route}/{id}`, handler: getRequest },
      { name: 'bareCreateRequest', methods: ['POST'], route, handler: createRequest },
    ],
    useTemplate: (doc) => {
      template = doc;
    },
  };
}
