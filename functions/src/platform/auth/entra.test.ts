import { Unauthorized } from '@tandem/shared';
import { ENTRA_JWKS_URL, entraIssuerForTenant, makeEntraTokenValidator } from './entra';

describe('Entra ID settings', () => {
  it('uses the v2 issuer of the token tenant and the common v2 key set', () => {
    expect(entraIssuerForTenant('72f988bf-86f1-41af-91ab-2d7cd011db47')).toBe(
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
    );
    expect(ENTRA_JWKS_URL).toBe('https://login.microsoftonline.com/common/discovery/v2.0/keys');
  });

  it('rejects requests without a bearer token before any key lookup', async () => {
    const validator = makeEntraTokenValidator({
      audience: 'api://tandem.example.com',
      clientId: '6f1c2b1e-0c53-4f57-9a3e-0d7d6a9a2f10',
    });
    await expect(validator.validate(undefined)).rejects.toBeInstanceOf(Unauthorized);
    await expect(validator.validate('Bearer garbage')).rejects.toThrow(/malformed/);
  });
});
