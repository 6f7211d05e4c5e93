import { useState } from 'react'
import { Card, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LineHistoryChart } from '@/components/charts/line-history-chart'
import { QueryState } from '@/components/feedback/query-state'
import { ScrollRegion } from '@/components/layout/scroll-region'
import { formatDate, formatPercent } from '@/lib/format'
import { useProgress } from '../api/use-teams'
import type { TeamDetail } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { CountsHiddenNotice } from './counts-hidden'
import { coverageShare } from './logic'

/** Weekly coverage and average fit on a time scale, with the same figures as a table. */
export function ProgressTab({ team }: { team: TeamDetail }) {
  const { t, i18n } = useTranslation(TEAMS_NAMESPACE)
  const [weeks, setWeeks] = useState('12')
  const progress = useProgress(team.id, Number(weeks), !team.countsHidden)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="progress-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="progress-title">
          {t('progress.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('progress.intro')}
        </Text>
        {!team.countsHidden && (
          <SegmentedControl
            value={weeks}
            onChange={setWeeks}
            aria-label={t('progress.range')}
            data={['4', '12', '26', '52'].map((value) => ({
              value,
              label: t('progress.weeks', { count: Number(value) }),
            }))}
            maw={420}
          />
        )}
        {team.countsHidden && (
          <CountsHiddenNotice memberCount={team.memberCount} minGroupSize={team.minGroupSize} />
        )}
        {!team.countsHidden && (
          <QueryState data={progress.data} error={progress.error}>
            {(data) =>
              data.length === 0 ? (
                <Text size="sm">{t('progress.empty')}</Text>
              ) : (
                <>
                  <LineHistoryChart
                    label={t('progress.chartLabel', { count: data.length })}
                    series={[
                      { key: 'coverage', name: t('progress.coverage') },
                      { key: 'fit', name: t('progress.averageFit') },
                    ]}
                    points={data.map((week) => ({
                      at: week.weekStart,
                      title: t('progress.weekOf', {
                        date: formatDate(week.weekStart, i18n.language),
                      }),
                      values: { coverage: coverageShare(week), fit: week.averageFit ?? 0 },
                    }))}
                  />
                  <ScrollRegion label={t('progress.table')} hint={t('scrollHint')}>
                    <Table verticalSpacing={4} striped data-testid="progress">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('progress.week')}</Table.Th>
                          <Table.Th>{t('progress.coverage')}</Table.Th>
                          <Table.Th>{t('progress.averageFit')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.map((week) => (
                          <Table.Tr key={week.weekStart}>
                            <Table.Td>{formatDate(week.weekStart, i18n.language)}</Table.Td>
                            <Table.Td>
                              {t('progress.coverageText', {
                                met: week.coverageMet,
                                total: week.coverageTotal,
                              })}
                            </Table.Td>
                            <Table.Td>
                              {formatPercent(week.averageFit ?? 0, i18n.language)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollRegion>
                </>
              )
            }
          </QueryState>
        )}
      </Stack>
    </Card>
  )
}
