import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { Box, Group, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LEVELS, type ScaleLevel, type SkillLevelDescriptor } from '../api/types'
import { SKILLS_NAMESPACE } from '../locales'
import classes from './level-picker.module.css'

export interface LevelPickerProps {
  /** the skill's code: the ids on the page are built from it (names may be all kana and kanji) */
  skillCode: string
  /** the skill's name, for the accessible label */
  skillName: string
  value: number
  onChange: (level: number) => void
  levels: SkillLevelDescriptor[]
  scale: ScaleLevel[]
  disabled?: boolean
  /** id of an element describing the group (e.g. an error message) */
  describedBy?: string
  error?: boolean
}

/**
 * Six buttons (0-5) as a radio group. Hovering or focusing a level shows what it means for this
 * skill below the buttons; clicking (or Enter/Space) picks it. Arrow keys move between levels.
 */
export function LevelPicker({
  skillName,
  value,
  onChange,
  levels,
  scale,
  disabled,
  describedBy,
  error,
}: LevelPickerProps) {
  const { t } = useTranslation(SKILLS_NAMESPACE)
  const { t: common } = useTranslation()
  const [preview, setPreview] = useState<number | null>(null)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const shown = preview ?? value
  // unique on the page whatever the skill's name (a Japanese name has no \w character)
  const descriptorId = `level-descriptor-${useId()}`

  // the one vocabulary of level names (common bundle), the same on every page
  const scaleName = (level: number) => common(`levels.${level}`)
  // the crosswalk of db/reference/skills.yaml: 4 = ITSS 4 / SFIA 5, 5 = ITSS 5-6 / SFIA 6
  const crosswalk = (level: number) => {
    const entry = scale.find((e) => e.level === level)
    return entry && entry.itss !== '-'
      ? t('picker.crosswalk', { itss: entry.itss, sfia: entry.sfia })
      : ''
  }
  const descriptor = (level: number) =>
    levels.find((entry) => entry.level === level)?.description ?? ''

  const focusLevel = (level: number) => {
    const next = Math.min(Math.max(level, 0), LEVELS.length - 1)
    buttons.current[next]?.focus()
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, level: number) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') {
      event.preventDefault()
      focusLevel(level + 1)
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') {
      event.preventDefault()
      focusLevel(level - 1)
    } else if (event.key === 'Home') {
      event.preventDefault()
      focusLevel(0)
    } else if (event.key === 'End') {
      event.preventDefault()
      focusLevel(LEVELS.length - 1)
    }
  }

  return (
    <Box>
      <Group
        gap={6}
        role="radiogroup"
        aria-label={t('picker.label', { skill: skillName })}
        aria-describedby={[descriptorId, describedBy].filter(Boolean).join(' ')}
        aria-invalid={error || undefined}
        wrap="nowrap"
        onMouseLeave={() => setPreview(null)}
      >
        {LEVELS.map((level) => {
          const selected = level === value
          return (
            <UnstyledButton
              key={level}
              title={scaleName(level)}
              ref={(element) => {
                buttons.current[level] = element
              }}
              role="radio"
              aria-checked={selected}
              aria-label={t('picker.option', { level, name: scaleName(level) })}
              tabIndex={selected ? 0 : -1}
              disabled={disabled}
              className={classes.level}
              data-selected={selected || undefined}
              data-filled={level <= value && level > 0 ? true : undefined}
              data-error={error || undefined}
              onClick={() => {
                if (!selected) onChange(level)
              }}
              onMouseEnter={() => setPreview(level)}
              onFocus={() => setPreview(level)}
              onBlur={() => setPreview(null)}
              onKeyDown={(event) => handleKeyDown(event, level)}
            >
              {level}
            </UnstyledButton>
          )
        })}
      </Group>
      <Text id={descriptorId} size="sm" mt={6} aria-live="polite" className={classes.descriptor}>
        <Text span fw={600}>
          {t('picker.levelName', { level: shown, name: scaleName(shown) })}
        </Text>
        {crosswalk(shown) && (
          <Text span c="dimmed" size="xs">
            {' '}
            {crosswalk(shown)}
          </Text>
        )}
        {preview !== null && preview !== value && (
          <Text span c="dimmed" size="xs">
            {' '}
            {t('picker.preview')}
          </Text>
        )}
        {descriptor(shown) && (
          <Text span c="dimmed">
            {' — '}
            {descriptor(shown)}
          </Text>
        )}
      </Text>
    </Box>
  )
}
