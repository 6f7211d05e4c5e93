import { useMantineTheme } from '@mantine/core'

const SERIES = ['blue', 'orange', 'teal', 'grape', 'red', 'cyan', 'lime', 'pink'] as const

/** Solid colors (hex) for chart series, from the Mantine theme; SVG attributes need real colors. */
export function useChartColors() {
  const theme = useMantineTheme()
  return {
    series: SERIES.map((name) => theme.colors[name][6]),
    /** the same hues dark enough for text (4.5:1 on white) */
    seriesText: SERIES.map((name) => theme.colors[name][9]),
    grid: theme.colors.gray[3],
    axis: theme.colors.gray[7],
    text: theme.colors.dark[6],
  }
}
