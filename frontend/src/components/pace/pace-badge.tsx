import { Badge, Popover, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber } from '@/lib/format'

/** The server's pace statuses (`paceStatus`): one computation decides them for everyone. */
export type PaceStatus = 'done' | 'starting' | 'on-track' | 'behind'

/** The most hours a week a goal may need and still be on track (the server's Pace.MAX_HOURS_PER_WEEK). */
export const MAX_HOURS_PER_WEEK = 40

/** The badge colour of each pace status: only "behind" warns. */
const PACE_COLORS: Record<PaceStatus, string> = {
  done: 'teal',
  'on-track': 'teal',
  starting: 'blue',
  behind: 'orange',
}

/** The numbers behind a status, as every goal response carries them. */
export interface PaceFigures {
  paceStatus: PaceStatus
  targetDate: string
  hoursLogged: number
  hoursPerWeek: number
  remainingHours: number
  requiredHoursPerWeek: number | null
  projectedDate: string | null
}

/**
 * A goal's pace status (on track, getting started, behind, done) with the numbers behind it one
 * click away: the same label and the same figures for the learner, their mentor and every list.
 * The texts speak of the goal, not to its owner, so a mentor reads them as they are.
 */
export function PaceBadge({ pace, size = 'md' }: { pace: PaceFigures; size?: 'sm' | 'md' | 'lg' }) {
  const { t, i18n } = useTranslation()
  const status = t(`pace.status.${pace.paceStatus}`)
  const hours = (value: number) => formatNumber(value, i18n.language)
  const target = formatDate(pace.targetDate, i18n.language)
  return (
    <Popover width={320} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          aria-label={t('pace.why', { status })}
          data-testid="pace-status"
          data-status={pace.paceStatus}
          style={{ display: 'inline-flex', borderRadius: 'var(--mantine-radius-xl)' }}
        >
          <Badge
            size={size}
            variant="light"
            color={PACE_COLORS[pace.paceStatus] ?? 'gray'}
            rightSection={<IconInfoCircle size={12} aria-hidden="true" />}
            style={{ cursor: 'pointer' }}
          >
            {status}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} data-testid="pace-figures">
          <Text size="sm" fw={600}>
            {status}
          </Text>
          <Text size="sm">
            {t('pace.logged', { hours: hours(pace.hoursLogged), pace: hours(pace.hoursPerWeek) })}
          </Text>
          <Text size="sm">
            {pace.requiredHoursPerWeek === null
              ? t('pace.neededPassed', { target, remaining: hours(pace.remainingHours) })
              : t('pace.needed', {
                  required: hours(pace.requiredHoursPerWeek),
                  remaining: hours(pace.remainingHours),
                  target,
                })}
          </Text>
          <Text size="sm">
            {pace.projectedDate
              ? t('pace.projected', { projected: formatDate(pace.projectedDate, i18n.language) })
              : t('pace.noProjection')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('pace.rule', { max: MAX_HOURS_PER_WEEK })}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
