/**
 * How cards look in the preview: Teams' layout (Segoe UI 12/14/16/20/24, tight spacing, inline
 * show-cards on an emphasis background, at most six buttons) with every colour a Fluent token.
 * The tokens are CSS variables that the tab's FluentProvider sets from the Teams theme, so one
 * host config follows light, dark and high contrast as the rest of the tab does.
 */
import type { tokens as fluentTokens } from '@fluentui/react-components';

type Tokens = typeof fluentTokens;

const colours = (t: Tokens, strong: boolean) => {
  const pair = (normal: string, subtle: string) => ({
    default: normal,
    subtle: strong ? normal : subtle,
  });
  return {
    default: pair(t.colorNeutralForeground1, t.colorNeutralForeground3),
    dark: pair(t.colorNeutralForeground1, t.colorNeutralForeground2),
    light: pair(t.colorNeutralForegroundInverted, t.colorNeutralForegroundInverted),
    accent: pair(t.colorBrandForeground1, t.colorBrandForeground2),
    good: pair(t.colorPaletteGreenForeground1, t.colorPaletteGreenForeground2),
    // Teams' yellow is unreadable on white; its dark orange is what Fluent uses for warnings.
    warning: pair(t.colorPaletteDarkOrangeForeground1, t.colorPaletteDarkOrangeForeground2),
    attention: pair(t.colorPaletteRedForeground1, t.colorPaletteRedForeground2),
  };
};

export function teamsHostConfig(t: Tokens) {
  const style = (backgroundColor: string) => ({
    backgroundColor,
    foregroundColors: colours(t, false),
  });
  return {
    supportsInteractivity: true,
    fontFamily: t.fontFamilyBase,
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: t.colorNeutralStroke2 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: style(t.colorNeutralBackground1),
      emphasis: style(t.colorNeutralBackground3),
      accent: style(t.colorBrandBackground2),
      good: style(t.colorPaletteGreenBackground1),
      attention: style(t.colorPaletteRedBackground1),
      warning: style(t.colorPaletteYellowBackground1),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
    },
    adaptiveCard: { allowCustomStyle: false },
    factSet: {
      title: { weight: 'bolder', size: 'default', color: 'default', wrap: true, maxWidth: 150 },
      value: { weight: 'default', size: 'default', color: 'default', wrap: true },
      spacing: 12,
    },
    inputs: {
      label: {
        inputSpacing: 'small',
        requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
        optionalInputs: { weight: 'bolder' },
      },
      errorMessage: { size: 'small', color: 'attention', weight: 'default' },
    },
  };
}
