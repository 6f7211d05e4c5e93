import { Box, Group, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TEAMS_NAMESPACE } from '../locales'
import { STALE_MARK, UNVALIDATED_MARK, levelBackground } from './logic'

export interface LevelCellProps {
  skillName: string
  /** undefined: not assessed */
  level: number | undefined
  unvalidated?: boolean
  stale?: boolean
}

/** One heatmap cell: the level as text on its colour, with the unvalidated and stale marks. */
export function LevelCell({ skillName, level, unvalidated, stale }: LevelCellProps) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const assessed = level !== undefined && level > 0
  const notes = [
    unvalidated && assessed ? t('heatmap.unvalidated') : null,
    stale && assessed ? t('heatmap.stale') : null,
  ].filter(Boolean)
  const title = assessed
    ? t('heatmap.cellTitle', { skill: skillName, level }) +
      (notes.length ? ` (${notes.join(', ')})` : '')
    : t('heatmap.cellNone', { skill: skillName })
  return (
    <Table.Td
      data-testid="level-cell"
      data-level={assessed ? level : 0}
      data-unvalidated={unvalidated && assessed ? 'true' : undefined}
      data-stale={stale && assessed ? 'true' : undefined}
      title={title}
      ta="center"
      style={{
        background: assessed ? levelBackground(level) : undefined,
        color: assessed ? 'var(--mantine-color-black)' : undefined,
        borderStyle: unvalidated && assessed ? 'dashed' : undefined,
        whiteSpace: 'nowrap',
      }}
    >
      {assessed ? (
        <>
          <Text span fw={700} size="sm" inherit>
            {level}
          </Text>
          {unvalidated && (
            <Text span size="sm" aria-hidden="true" inherit>
              {UNVALIDATED_MARK}
            </Text>
          )}
          {stale && (
            <Text span size="sm" aria-hidden="true" inherit>
              {STALE_MARK}
            </Text>
          )}
          {notes.length > 0 && <VisuallyHidden>{`, ${notes.join(', ')}`}</VisuallyHidden>}
        </>
      ) : (
        <>
          <span aria-hidden="true">–</span>
          <VisuallyHidden>{t('heatmap.notAssessed')}</VisuallyHidden>
        </>
      )}
    </Table.Td>
  )
}

/** The key under the heatmap: what each colour and mark means. */
export function LevelLegend() {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const { t: common } = useTranslation()
  return (
    <Group gap="sm" wrap="wrap" aria-label={t('heatmap.legend')} role="group">
      {[1, 2, 3, 4, 5].map((level) => (
        <Group key={level} gap={4} wrap="nowrap">
          <Box
            w={22}
            h={22}
            ta="center"
            fz="sm"
            fw={700}
            style={{
              background: levelBackground(level),
              color: 'var(--mantine-color-black)',
              borderRadius: 4,
              lineHeight: '22px',
            }}
          >
            {level}
          </Box>
          <Text size="xs">{common(`levels.${level}`)}</Text>
        </Group>
      ))}
      <Text size="xs">
        {UNVALIDATED_MARK} {t('heatmap.unvalidatedLegend')}
      </Text>
      <Text size="xs">
        {STALE_MARK} {t('heatmap.staleLegend')}
      </Text>
    </Group>
  )
}
