import { escapeLoneBrackets, repairSchemaPatterns } from './schema-patterns';

// Copied from MicrosoftTeams.Localization.schema.json v1.30 as shipped.
const SHIPPED =
  '^activities.activityTypes\\[\\b([0-9]|[1-8][0-9]|9[0-9]|1[01][0-9]|12[0-7])\\b]\\.description$';

describe('schema pattern repair', () => {
  it('makes the shipped localization pattern compile in unicode mode, meaning unchanged', () => {
    expect(() => new RegExp(SHIPPED, 'u')).toThrow();
    const repaired = new RegExp(escapeLoneBrackets(SHIPPED), 'u');
    const original = new RegExp(SHIPPED);
    for (const key of [
      'activities.activityTypes[0].description',
      'activities.activityTypes[127].description',
      'activities.activityTypes[128].description',
      'activities.activityTypes[3.description',
    ]) {
      expect(repaired.test(key)).toBe(original.test(key));
    }
    expect(repaired.test('activities.activityTypes[12].description')).toBe(true);
  });

  it('leaves escaped brackets and character classes alone', () => {
    expect(escapeLoneBrackets('^a\\[[0-9\\]]+\\]$')).toBe('^a\\[[0-9\\]]+\\]$');
    expect(escapeLoneBrackets('[^\\]]x]')).toBe('[^\\]]x\\]');
  });

  it('repairs only patterns and pattern keys that do not compile', () => {
    const schema = {
      properties: { id: { type: 'string', pattern: '^[a-z]+$' }, note: { const: 'x]' } },
      patternProperties: { [SHIPPED]: { type: 'string', pattern: 'a]b' } },
    };
    const repaired = repairSchemaPatterns(schema);
    expect(repaired.properties).toEqual(schema.properties);
    expect(Object.keys(repaired.patternProperties)).toEqual([escapeLoneBrackets(SHIPPED)]);
    expect(Object.values(repaired.patternProperties)).toEqual([
      { type: 'string', pattern: 'a\\]b' },
    ]);
  });
});
