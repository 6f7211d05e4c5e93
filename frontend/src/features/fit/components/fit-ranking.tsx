import { Group, Progress, Stack, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RoleFit } from '../api/types'
import { FIT_NAMESPACE } from '../locales'
import { formatPercent } from '@/lib/format'
import classes from './fit.module.css'

export interface FitRankingProps {
  fits: RoleFit[]
  selected: string | null
  onSelect: (roleCode: string) => void
}

/** Horizontal bars, best fit first; a bar picks the role shown below. */
export function FitRanking({ fits, selected, onSelect }: FitRankingProps) {
  const { t, i18n } = useTranslation(FIT_NAMESPACE)
  return (
    <Stack
      gap={6}
      component="ol"
      m={0}
      p={0}
      aria-label={t('ranking.label')}
      style={{ listStyle: 'none' }}
    >
      {fits.map((fit, index) => {
        const percent = formatPercent(fit.fit, i18n.language)
        const isSelected = fit.roleCode === selected
        return (
          <li key={fit.roleCode}>
            <UnstyledButton
              className={classes.rankRow}
              data-selected={isSelected || undefined}
              onClick={() => onSelect(fit.roleCode)}
              aria-pressed={isSelected}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs" mb={4}>
                <Text size="sm" fw={index === 0 ? 700 : 500} truncate>
                  {index + 1}. {fit.roleName}
                </Text>{' '}
                <Group gap={8} wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {t('ranking.met', { met: fit.metRequirements, total: fit.totalRequirements })}
                  </Text>{' '}
                  <Text size="sm" fw={700} w={44} ta="right" data-testid={`fit-${fit.roleCode}`}>
                    {percent}
                  </Text>
                </Group>
              </Group>
              <Progress
                value={fit.fit * 100}
                size="lg"
                radius="sm"
                color={index === 0 ? 'teal' : 'blue'}
                aria-hidden="true"
              />
            </UnstyledButton>
          </li>
        )
      })}
    </Stack>
  )
}
