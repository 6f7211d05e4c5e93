import { Group, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatShortDate } from '@/lib/format'
import type { MySkill } from '../api/types'
import { SKILLS_NAMESPACE } from '../locales'

/**
 * Which level is which: "self 4 · validated 3 by Sato, Nov 12"; a self-assessment newer than the
 * validation shows "not yet validated" (the validation is then only history).
 */
export function useLevelProvenance() {
  const { t, i18n } = useTranslation(SKILLS_NAMESPACE)
  return (entry: Pick<MySkill, 'level' | 'source' | 'validation'>): string => {
    const validation = entry.validation
    const self =
      entry.source === 'mentor' && validation ? null : t('provenance.self', { level: entry.level })
    if (!validation) return self ?? ''
    const by = validation.validatedBy?.displayName ?? t('provenance.formerMentor')
    const date = formatShortDate(validation.validatedAt, i18n.language)
    const validated = t('provenance.validated', { level: validation.level, by, date })
    if (validation.current) return self ? `${self} · ${validated}` : validated
    return `${self ?? ''} · ${t('provenance.notYetValidated')} (${t('provenance.earlier', {
      text: validated,
    })})`
  }
}

export interface LevelProvenanceProps {
  entry: Pick<MySkill, 'level' | 'source' | 'validation'>
  size?: 'xs' | 'sm'
}

/** The provenance line of a level, with the mentor's note as a tooltip. */
export function LevelProvenance({ entry, size = 'sm' }: LevelProvenanceProps) {
  const provenance = useLevelProvenance()
  const text = provenance(entry)
  if (!text) return null
  const note = entry.validation?.note
  const line = (
    <Text
      size={size}
      c={entry.validation && !entry.validation.current ? 'orange.8' : 'dimmed'}
      data-testid="level-provenance"
    >
      {text}
    </Text>
  )
  return (
    <Group gap={4}>
      {note ? (
        <Tooltip label={note} multiline w={280} withArrow>
          {line}
        </Tooltip>
      ) : (
        line
      )}
    </Group>
  )
}
