import type { TenantId } from '@tandem/shared';
import { type AfterWrite, makeAfterWriteBus } from './events';

const event = (kind: string, id: string): AfterWrite<{ n: number }> => ({
  kind,
  tenantId: 't-1' as TenantId,
  id,
  created: false,
  value: { n: 1 },
});

describe('the after-write bus', () => {
  it('hands each write to the listeners of its kind, in order', () => {
    const bus = makeAfterWriteBus();
    const seen: string[] = [];
    bus.on<{ n: number }>('widget', (e) => seen.push(`a:${e.id}:${e.value.n}`));
    bus.on('widget', (e) => seen.push(`b:${e.id}`));
    bus.on('gadget', (e) => seen.push(`g:${e.id}`));
    bus.publish(event('widget', 'w-1'));
    bus.publish(event('other', 'o-1'));
    expect(seen).toEqual(['a:w-1:1', 'b:w-1']);
  });

  it('reports a listener that throws and still runs the others', () => {
    const errors: string[] = [];
    const bus = makeAfterWriteBus((kind, err) => errors.push(`${kind}: ${String(err)}`));
    const seen: string[] = [];
    bus.on('widget', () => {
      throw new Error('boom');
    });
    bus.on('widget', (e) => seen.push(e.id));
    expect(() => bus.publish(event('widget', 'w-1'))).not.toThrow();
    expect(seen).toEqual(['w-1']);
    expect(errors).toEqual(['widget: Error: boom']);
  });
});
