import { NotFound } from '@tandem/shared';
import { z } from 'zod';
import { CorruptDocument, parseWith, readStored } from './stored-document';

const KIND = { entity: 'Widget', docType: 'widget' };
const parse = parseWith(z.object({ docType: z.literal('widget'), size: z.number() }));

describe('readStored', () => {
  it('reads a document of its kind in its tenant', () => {
    const doc = { id: 'w-1', tenantId: 't-1', docType: 'widget', size: 3 };
    expect(readStored(KIND, doc, 't-1', 'w-1', parse)).toEqual({ docType: 'widget', size: 3 });
  });

  it('is NotFound when absent, of another kind or of another tenant', () => {
    for (const doc of [
      undefined,
      null,
      { id: 'w-1', tenantId: 't-1', docType: 'minutes', size: 3 },
      { id: 'w-1', tenantId: 't-2', docType: 'widget', size: 3 },
    ]) {
      expect(() => readStored(KIND, doc, 't-1', 'w-1', parse)).toThrow(NotFound);
    }
  });

  it('reports a document of its kind that fails its schema as corrupt, not as missing', () => {
    const doc = { id: 'w-1', tenantId: 't-1', docType: 'widget', size: 'big' };
    expect(() => readStored(KIND, doc, 't-1', 'w-1', parse)).toThrow(CorruptDocument);
    expect(() => readStored(KIND, doc, 't-1', 'w-1', parse)).toThrow(/Widget w-1/);
  });
});
