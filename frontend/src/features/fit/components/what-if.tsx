import { useMemo, useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Slider,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import type { LevelChange, SkillGap } from '../api/types'
import { useWhatIf } from '../api/use-fit'
import { FIT_NAMESPACE } from '../locales'
import { formatPercent } from '@/lib/format'
import { formatDelta } from './format'
import classes from './what-if.module.css'

const MARKS = [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }))
export const WHAT_IF_DEBOUNCE_MS = 400

export interface WhatIfProps {
  roleName: string
  /** the chosen role's requirements (the sliders) */
  gaps: SkillGap[]
  /** my saved level per skill */
  currentLevels: Record<string, number>
}

/** Sliders per required skill; the fits for the changed levels come from the server, unsaved. */
export function WhatIf({ roleName, gaps, currentLevels }: WhatIfProps) {
  const { t, i18n } = useTranslation(FIT_NAMESPACE)
  const [overrides, setOverrides] = useState<Record<string, number>>({})
  const level = (code: string) => overrides[code] ?? currentLevels[code] ?? 0
  const countedName = (group: string) =>
    gaps.find((gap) => gap.anyOf === group && gap.counted)?.skillName ?? group

  const changes = useMemo<LevelChange[]>(
    () =>
      Object.entries(overrides)
        .filter(([code, value]) => value !== (currentLevels[code] ?? 0))
        .map(([skillCode, value]) => ({ skillCode, level: value }))
        .sort((a, b) => a.skillCode.localeCompare(b.skillCode)),
    [overrides, currentLevels],
  )
  const [debounced] = useDebouncedValue(changes, WHAT_IF_DEBOUNCE_MS)
  const whatIf = useWhatIf(debounced)
  const results = debounced.length > 0 ? whatIf.data : undefined
  const sortedResults = results ? [...results].sort((a, b) => b.fit - a.fit) : undefined

  return (
    // overflow visible: the sticky results must not be clipped by the card
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="what-if-title"
      style={{ overflow: 'visible' }}
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={2} size="h3" id="what-if-title">
              {t('whatIf.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('whatIf.intro', { role: roleName })}
            </Text>
          </div>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            onClick={() => setOverrides({})}
            disabled={changes.length === 0}
          >
            {t('whatIf.reset')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
          <Stack gap="lg">
            {gaps.map((gap) => {
              const value = level(gap.skillCode)
              const changed = value !== (currentLevels[gap.skillCode] ?? 0)
              return (
                <div key={gap.skillCode}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
                    <Stack gap={0}>
                      <Text size="sm" fw={500} id={`what-if-${gap.skillCode}`}>
                        {gap.skillName}
                      </Text>
                      {gap.anyOf && (
                        <Text size="xs" c="dimmed">
                          {gap.counted
                            ? t('whatIf.counts')
                            : t('whatIf.alternative', { skill: countedName(gap.anyOf) })}
                        </Text>
                      )}
                    </Stack>
                    <Text size="xs" c={changed ? 'blue' : 'dimmed'} fw={changed ? 600 : 400}>
                      {t('whatIf.levels', {
                        now: currentLevels[gap.skillCode] ?? 0,
                        value,
                        target: gap.target,
                      })}
                    </Text>
                  </Group>
                  <Slider
                    min={0}
                    max={5}
                    step={1}
                    marks={MARKS}
                    value={value}
                    onChange={(next) =>
                      setOverrides((previous) => ({ ...previous, [gap.skillCode]: next }))
                    }
                    thumbLabel={t('whatIf.sliderLabel', { skill: gap.skillName })}
                    label={null}
                    color={changed ? 'blue' : 'gray'}
                    mb="md"
                  />
                </div>
              )
            })}
          </Stack>
          <Stack
            gap="sm"
            aria-live="polite"
            className={classes.results}
            tabIndex={0}
            aria-label={t('whatIf.results')}
            role="region"
          >
            <Group gap="xs">
              <Text fw={600}>{t('whatIf.results')}</Text>
              {(whatIf.isFetching || changes !== debounced) && changes.length > 0 && (
                <Loader size="xs" aria-label={t('whatIf.calculating')} />
              )}
            </Group>
            {whatIf.isError && <ProblemAlert error={whatIf.error} />}
            {!sortedResults && (
              <Text size="sm" c="dimmed">
                {t('whatIf.empty')}
              </Text>
            )}
            {sortedResults && (
              <Table verticalSpacing={6} aria-label={t('whatIf.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('whatIf.role')}</Table.Th>
                    <Table.Th ta="right">{t('whatIf.now')}</Table.Th>
                    <Table.Th ta="right">{t('whatIf.then')}</Table.Th>
                    <Table.Th ta="right">{t('whatIf.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sortedResults.map((result) => (
                    <Table.Tr key={result.roleCode}>
                      <Table.Td>
                        <Text size="sm">{result.roleName}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" c="dimmed">
                          {formatPercent(result.currentFit, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" fw={600}>
                          {formatPercent(result.fit, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Badge
                          variant="light"
                          color={
                            result.delta > 0.004 ? 'teal' : result.delta < -0.004 ? 'red' : 'gray'
                          }
                        >
                          {formatDelta(result.delta, i18n.language)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text size="xs" c="dimmed">
              {t('whatIf.notSaved')}
            </Text>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Card>
  )
}
