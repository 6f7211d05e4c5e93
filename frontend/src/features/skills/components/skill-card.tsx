import { memo, useState, type ReactNode } from 'react'
import {
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from '@mantine/core'
import { IconCheck, IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { isApiError } from '@/lib/api-client'
import {
  EVIDENCE_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  type MySkill,
  type ScaleLevel,
  type SetSkillLevelInput,
  type Skill,
} from '../api/types'
import { useSetSkillLevel, type Backing } from '../api/use-skills'
import { SKILLS_NAMESPACE } from '../locales'
import { formatDate, formatDateTime } from '@/lib/format'
import { useSourceLabel } from './format'
import { LevelPicker } from './level-picker'
import { LevelProvenance } from './level-provenance'
import { SkillHistory } from './skill-history'

const FIELDS = ['level', 'evidence', 'evidenceUrl'] as const
type Field = (typeof FIELDS)[number]

export interface SkillCardProps {
  skill: Skill
  entry: MySkill | undefined
  scale: ScaleLevel[]
  /** a mentee's skill, seen by their mentor */
  personId?: string
  /** no level picker or evidence form: the level, its provenance and the history only */
  readOnly?: boolean
  /** extra buttons in the card's footer (e.g. the mentor's "Validate") */
  actions?: ReactNode
  /** the certifications that back this level */
  backing?: Backing[]
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** One skill: description, level picker (saves at once), evidence, last change and history. */
export const SkillCard = memo(function SkillCard({
  skill,
  entry,
  scale,
  personId,
  readOnly = false,
  actions,
  backing = [],
}: SkillCardProps) {
  const { t, i18n } = useTranslation(SKILLS_NAMESPACE)
  const mutation = useSetSkillLevel(skill.code)
  const sourceLabel = useSourceLabel()
  const level = entry?.level ?? 0
  const [evidenceOpen, setEvidenceOpen] = useState(false)
  const [evidence, setEvidence] = useState(entry?.evidence ?? '')
  const [evidenceUrl, setEvidenceUrl] = useState(entry?.evidenceUrl ?? '')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [savedEvidence, setSavedEvidence] = useState(false)
  // Keep the inputs in step with the saved entry (e.g. after a reload or a save elsewhere).
  const [syncedFrom, setSyncedFrom] = useState(entry?.assessedAt)
  if (entry?.assessedAt !== syncedFrom) {
    setSyncedFrom(entry?.assessedAt)
    setEvidence(entry?.evidence ?? '')
    setEvidenceUrl(entry?.evidenceUrl ?? '')
  }

  const ids = {
    levelError: `skill-${skill.code}-level-error`,
    evidence: `skill-${skill.code}-evidence`,
  }

  const save = (input: SetSkillLevelInput, options: { evidenceSave?: boolean } = {}) => {
    setSavedEvidence(false)
    const url = (input.evidenceUrl ?? '').trim()
    if (url && !isHttpUrl(url)) {
      setErrors({ evidenceUrl: t('evidence.urlInvalid') })
      setEvidenceOpen(true)
      return
    }
    setErrors({})
    const body: SetSkillLevelInput = { level: input.level }
    const note = (input.evidence ?? '').trim()
    if (note) body.evidence = note
    if (url) body.evidenceUrl = url
    mutation.mutate(body, {
      onSuccess: () => {
        if (options.evidenceSave) setSavedEvidence(true)
      },
      onError: (error) => {
        if (!isApiError(error)) return
        const next: Partial<Record<Field, string>> = {}
        for (const field of FIELDS) {
          if (error.fieldErrors[field]) next[field] = error.fieldErrors[field]
        }
        setErrors(next)
        if (next.evidence || next.evidenceUrl) setEvidenceOpen(true)
      },
    })
  }

  const error = mutation.error
  const shownOnFields =
    isApiError(error) &&
    Object.keys(error.fieldErrors).length > 0 &&
    Object.keys(error.fieldErrors).every((field) => (FIELDS as readonly string[]).includes(field))

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`skill-${skill.code}-name`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div>
            <Text fw={600} id={`skill-${skill.code}-name`} component="h3" m={0} fz="md">
              {skill.name}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={2} title={skill.description}>
              {skill.description}
            </Text>
          </div>
          {entry && level > 0 ? (
            <Badge variant="light" color="teal" style={{ flexShrink: 0 }}>
              {t('card.recorded')}
            </Badge>
          ) : (
            <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
              {t('card.notRecorded')}
            </Badge>
          )}
        </Group>

        <LevelPicker
          skillName={skill.name}
          value={level}
          levels={skill.levels}
          scale={scale}
          disabled={readOnly || mutation.isPending}
          error={Boolean(errors.level)}
          describedBy={errors.level ? ids.levelError : undefined}
          onChange={(next) => {
            if (!readOnly) save({ level: next, evidence, evidenceUrl })
          }}
        />
        {entry && <LevelProvenance entry={entry} />}
        {entry &&
          backing.map((b) => (
            <Text key={b.name} size="xs" c={b.expired ? 'red' : 'teal'} data-testid="backed-by">
              {b.expired
                ? t('card.backingExpired', {
                    name: b.name,
                    date: formatDate(b.expiresOn ?? '', i18n.language),
                  })
                : b.expiresOn
                  ? t('card.backedUntil', {
                      name: b.name,
                      date: formatDate(b.expiresOn, i18n.language),
                    })
                  : t('card.backed', { name: b.name })}
            </Text>
          ))}
        {errors.level && (
          <Text id={ids.levelError} size="sm" c="red" role="alert">
            {errors.level}
          </Text>
        )}
        {error && !shownOnFields && <ProblemAlert error={error} title={t('card.saveFailed')} />}

        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {entry
              ? t('card.lastChanged', {
                  date: formatDateTime(entry.assessedAt, i18n.language),
                  source: sourceLabel(entry),
                })
              : t('card.neverAssessed')}
          </Text>
          <Group gap={4} wrap="nowrap">
            {actions}
            {!readOnly && (
              <UnstyledButton
                onClick={() => setEvidenceOpen((open) => !open)}
                aria-expanded={evidenceOpen}
                aria-controls={ids.evidence}
                fz="sm"
                c="blue"
                px={6}
              >
                <Group gap={4} wrap="nowrap">
                  {evidenceOpen ? (
                    <IconChevronDown size={14} aria-hidden="true" />
                  ) : (
                    <IconChevronRight size={14} aria-hidden="true" />
                  )}
                  {entry?.evidence || entry?.evidenceUrl
                    ? t('evidence.toggleWithValue')
                    : t('evidence.toggle')}
                </Group>
              </UnstyledButton>
            )}
            {entry && (
              <SkillHistory
                skillCode={skill.code}
                skillName={skill.name}
                scale={scale}
                personId={personId}
              />
            )}
          </Group>
        </Group>

        {readOnly && (entry?.evidence || entry?.evidenceUrl) && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('readOnly.evidence')}
            </Text>
            {entry.evidence && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.evidence}
              </Text>
            )}
            {entry.evidenceUrl && (
              <Text
                size="sm"
                component="a"
                href={entry.evidenceUrl}
                target="_blank"
                rel="noopener noreferrer"
                c="blue"
                style={{ wordBreak: 'break-all' }}
              >
                {entry.evidenceUrl}
              </Text>
            )}
          </Stack>
        )}

        {!readOnly && (
          <Collapse expanded={evidenceOpen} id={ids.evidence}>
            <Stack
              gap="xs"
              component="form"
              onSubmit={(event) => {
                event.preventDefault()
                save({ level, evidence, evidenceUrl }, { evidenceSave: true })
              }}
              aria-label={t('evidence.formLabel', { skill: skill.name })}
            >
              <Textarea
                label={t('evidence.note')}
                description={t('evidence.noteHint')}
                rows={3}
                resize="vertical"
                maxLength={EVIDENCE_MAX_LENGTH}
                value={evidence}
                onChange={(event) => setEvidence(event.currentTarget.value)}
                error={errors.evidence}
              />
              <TextInput
                label={t('evidence.url')}
                placeholder="https://"
                type="url"
                inputMode="url"
                maxLength={EVIDENCE_URL_MAX_LENGTH}
                value={evidenceUrl}
                onChange={(event) => setEvidenceUrl(event.currentTarget.value)}
                error={errors.evidenceUrl}
              />
              <Group gap="sm">
                <Button type="submit" size="xs" loading={mutation.isPending}>
                  {t('evidence.save')}
                </Button>
                {savedEvidence && (
                  <Text size="xs" c="teal" role="status">
                    <IconCheck size={12} aria-hidden="true" /> {t('evidence.saved')}
                  </Text>
                )}
              </Group>
            </Stack>
          </Collapse>
        )}
      </Stack>
    </Card>
  )
})
