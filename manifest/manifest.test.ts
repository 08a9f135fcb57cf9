import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest } from './src/build-manifest';
import type { Manifest } from './src/build-manifest';
import { decodePng, readPngHeader } from './src/png';
import { validateAgainstOfficialSchema } from './src/schema-validation';
import { readPackageSettings } from './src/settings';

const manifestDir = __dirname;
const sample = readPackageSettings(
  {
    TEAMS_APP_ID: '3c1e8a52-7d4b-4f7e-9a55-0b3f9e2d6c41',
    AUTH_CLIENT_ID: '6f1c2b1e-0c53-4f57-9a3e-0d7d6a9a2f10',
    PUBLIC_BASE_URL: 'https://tandem.contoso.com/',
    APP_VERSION: '1.4.2',
  },
  { appVersion: '0.0.1' },
);
const withBot = { ...sample, botId: 'a8e5f1d2-4b6c-4e3a-8f9d-1c2b3a4d5e6f' };

describe('the Teams app manifest', () => {
  let fetchSpy: jest.SpyInstance;
  beforeEach(() => {
    // The schemas must come from @microsoft/app-manifest: any download fails the test.
    fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('offline'));
  });
  afterEach(() => fetchSpy.mockRestore());

  it('validates against the official schema with zero errors, offline', async () => {
    const manifest = buildManifest(manifestDir, sample);
    expect(await validateAgainstOfficialSchema(manifest)).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(manifest).toMatchObject({
      manifestVersion: '1.30',
      id: sample.teamsAppId,
      version: '1.4.2',
      validDomains: ['tandem.contoso.com'],
      webApplicationInfo: {
        id: sample.clientId,
        resource: `api://tandem.contoso.com/${sample.clientId}`,
      },
    });
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
  });

  it('has personal tabs (Teams, Outlook, Microsoft 365) and a department channel tab', () => {
    const manifest = buildManifest(manifestDir, sample);
    // Outlook and the Microsoft 365 app run personal static tabs from manifest 1.13 on.
    expect(Number((manifest['manifestVersion'] as string).split('.')[1])).toBeGreaterThanOrEqual(
      13,
    );
    expect(manifest['staticTabs']).toEqual([
      expect.objectContaining({
        scopes: ['personal'],
        contentUrl: 'https://tandem.contoso.com/?view=personal',
      }),
      expect.objectContaining({
        entityId: 'approvals',
        scopes: ['personal'],
        contentUrl: 'https://tandem.contoso.com/?view=personal#/approvals',
      }),
      expect.objectContaining({
        entityId: 'meetings',
        scopes: ['personal'],
        contentUrl: 'https://tandem.contoso.com/?view=personal#/meetings',
      }),
    ]);
    expect(manifest['configurableTabs']).toEqual([
      expect.objectContaining({
        configurationUrl: 'https://tandem.contoso.com/#/config',
        scopes: ['team', 'groupChat'],
        canUpdateConfiguration: true,
      }),
    ]);
    expect(manifest['bots']).toBeUndefined();
  });

  it('declares the bot in personal, team and group chat scopes once BOT_ID is set', async () => {
    const manifest = buildManifest(manifestDir, withBot);
    expect(manifest['bots']).toEqual([
      expect.objectContaining({ botId: withBot.botId, scopes: ['personal', 'team', 'groupChat'] }),
    ]);
    expect(await validateAgainstOfficialSchema(manifest)).toEqual([]);
  });

  it.each<[string, (m: Manifest) => Manifest, RegExp]>([
    ['a missing developer', ({ developer: _, ...rest }) => rest, /required property 'developer'/],
    ['an id that is not a GUID', (m) => ({ ...m, id: 'tandem' }), /^\/id must match pattern/],
    ['another manifest version', (m) => ({ ...m, manifestVersion: '1.12' }), /manifestVersion/],
    ['an unknown property', (m) => ({ ...m, colour: 'teal' }), /additional properties/],
  ])('rejects a manifest with %s', async (_, breakIt, message) => {
    const errors = await validateAgainstOfficialSchema(breakIt(buildManifest(manifestDir, sample)));
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('validates ru.json against the localization schema and rejects a broken one', async () => {
    const ru = JSON.parse(readFileSync(join(manifestDir, 'ru.json'), 'utf8')) as Manifest;
    expect(await validateAgainstOfficialSchema(ru)).toEqual([]);
    const tooLong = { ...ru, 'name.short': 'Тандем: маркетинг и продажи вместе' };
    expect(await validateAgainstOfficialSchema(tooLong)).toEqual([
      expect.stringMatching(/^\/name\.short must NOT have more than 30 characters/),
    ]);
    const { 'description.full': _, ...missing } = ru;
    expect(await validateAgainstOfficialSchema(missing)).toEqual([
      expect.stringMatching(/required property 'description.full'/),
    ]);
  });
});

describe('the icons', () => {
  const png = (name: string) => readFileSync(join(manifestDir, name));

  it('are 192×192 (colour) and 32×32 (outline) PNGs', () => {
    expect(readPngHeader(png('color.png'))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(png('outline.png'))).toMatchObject({ width: 32, height: 32 });
  });

  it('draw the outline in white on a transparent background', () => {
    const { rgba } = decodePng(png('outline.png'));
    const pixels = Array.from({ length: rgba.length / 4 }, (_, i) =>
      rgba.subarray(i * 4, i * 4 + 4),
    );
    const drawn = pixels.filter((p) => (p[3] as number) > 0);
    expect(drawn.length).toBeGreaterThan(50);
    expect(drawn.length).toBeLessThan(pixels.length / 2);
    expect(drawn.every((p) => p[0] === 255 && p[1] === 255 && p[2] === 255)).toBe(true);
  });

  it('fill the colour icon edge to edge', () => {
    const { rgba } = decodePng(png('color.png'));
    expect(rgba.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });
});
