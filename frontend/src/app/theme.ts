import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core'

/**
 * Mantine's palettes with shades 8 and 9 darkened where they were too light for text, so that
 * (WCAG 2.2 AA, 4.5:1) white text on a filled colour (shade 8), "light" variants (shade 9 on
 * shade 1) and coloured text (shade 8 on white) all read, in the light and the dark scheme.
 */
const colors = {
  teal: [
    '#e6fcf5',
    '#c3fae8',
    '#96f2d7',
    '#63e6be',
    '#38d9a9',
    '#20c997',
    '#12b886',
    '#0ca678',
    '#09815c',
    '#087554',
  ] as MantineColorsTuple,
  orange: [
    '#fff4e6',
    '#ffe8cc',
    '#ffd8a8',
    '#ffc078',
    '#ffa94d',
    '#ff922b',
    '#fd7e14',
    '#f76707',
    '#c54c0c',
    '#b13a0c',
  ] as MantineColorsTuple,
  green: [
    '#ebfbee',
    '#d3f9d8',
    '#b2f2bb',
    '#8ce99a',
    '#69db7c',
    '#51cf66',
    '#40c057',
    '#37b24d',
    '#258138',
    '#247536',
  ] as MantineColorsTuple,
  yellow: [
    '#fff9db',
    '#fff3bf',
    '#ffec99',
    '#ffe066',
    '#ffd43b',
    '#fcc419',
    '#fab005',
    '#f59f00',
    '#a66100',
    '#9f5200',
  ] as MantineColorsTuple,
  lime: [
    '#f4fce3',
    '#e9fac8',
    '#d8f5a2',
    '#c0eb75',
    '#a9e34b',
    '#94d82d',
    '#82c91e',
    '#74b816',
    '#4d7f0c',
    '#48740c',
  ] as MantineColorsTuple,
  cyan: [
    '#e3fafc',
    '#c5f6fa',
    '#99e9f2',
    '#66d9e8',
    '#3bc9db',
    '#22b8cf',
    '#15aabf',
    '#1098ad',
    '#0c7b8d',
    '#0b6d80',
  ] as MantineColorsTuple,
  red: [
    '#fff5f5',
    '#ffe3e3',
    '#ffc9c9',
    '#ffa8a8',
    '#ff8787',
    '#ff6b6b',
    '#fa5252',
    '#f03e3e',
    '#d72f2f',
    '#b92626',
  ] as MantineColorsTuple,
  blue: [
    '#e7f5ff',
    '#d0ebff',
    '#a5d8ff',
    '#74c0fc',
    '#4dabf7',
    '#339af0',
    '#228be6',
    '#1c7ed6',
    '#1971c2',
    '#1864ab',
  ] as MantineColorsTuple,
}

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  colors,
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", Meiryo, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md' } },
    // Mantine upper-cases badges: that turns "DevOpsエンジニア" into "DEVOPSエンジニア"; and it cuts
    // a badge's text short with "…" when it does not fit on one line (a reason, a gap, a role name
    // on a phone): wrap it instead
    Badge: {
      defaultProps: { tt: 'none' },
      styles: {
        root: {
          height: 'auto',
          minHeight: 'var(--badge-height)',
          maxWidth: '100%',
          paddingBlock: 2,
        },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
      },
    },
    // native scrolling that a keyboard can reach (the wrapper takes focus and scrolls with the arrows)
    TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
    // a toast's text under its title is Mantine's gray 6 (3.3:1 on white): the dimmed colour reads
    Notification: { styles: { description: { color: 'var(--mantine-color-dimmed)' } } },
  },
})

/** Dimmed text one shade darker (lighter in the dark scheme) than Mantine's: 4.5:1 on every background. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1],
    '--mantine-color-placeholder': t.colors.dark[1],
  },
})
