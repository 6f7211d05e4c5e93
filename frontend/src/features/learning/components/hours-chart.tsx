import { Box, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { currentLanguage } from '@/lib/i18n'
import type { WeekHours } from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'
import { formatNumber } from '@/lib/format'
import { lastWeeks } from './format'

/** A small bar chart of the hours I logged per week; its text alternative lists every bar. */
export function HoursChart({ hoursPerWeek }: { hoursPerWeek: WeekHours[] }) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const weeks = lastWeeks(hoursPerWeek)
  const short = new Intl.DateTimeFormat(currentLanguage(), { month: 'numeric', day: 'numeric' })
  const data = weeks.map((entry) => {
    const [y, m, d] = entry.week.split('-').map(Number)
    return { ...entry, label: short.format(new Date(y, m - 1, d)) }
  })
  const summary = t('chart.summary', {
    weeks: data
      .map((entry) => t('chart.week', { week: entry.label, hours: formatNumber(entry.hours) }))
      .join(t('chart.separator')),
  })

  return (
    <Box>
      <Text size="sm" fw={600} mb={4}>
        {t('chart.title')}
      </Text>
      <Box role="img" aria-label={summary} h={150}>
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 320, height: 150 }}
        >
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} tickLine={false} />
            <YAxis
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              formatter={(value) => [t('item.hours', { hours: formatNumber(Number(value)) }), '']}
              separator=""
            />
            <Bar dataKey="hours" fill="#228be6" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Box>
  )
}
