import { useState } from 'react'
import { Badge, Button, Group, Loader, Popover, ScrollArea, Stack, Text } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useMySkillHistory } from '../api/use-skills'
import { SKILLS_NAMESPACE } from '../locales'
import { formatDateTime } from '@/lib/format'
import { useSourceLabel } from './format'

export interface SkillHistoryProps {
  skillCode: string
  skillName: string
  /** a mentee's history, seen by their mentor */
  personId?: string
}

/** A popover listing every level given for one skill, newest first (loaded when opened). */
export function SkillHistory({ skillCode, skillName, personId }: SkillHistoryProps) {
  const { t, i18n } = useTranslation(SKILLS_NAMESPACE)
  const { t: common } = useTranslation()
  const [opened, setOpened] = useState(false)
  const history = useMySkillHistory(skillCode, opened, personId)
  const sourceLabel = useSourceLabel()

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      width={360}
      position="bottom-end"
      withArrow
      shadow="md"
      trapFocus
    >
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconHistory size={16} aria-hidden="true" />}
          onClick={() => setOpened((value) => !value)}
          aria-label={t('history.open', { skill: skillName })}
          aria-expanded={opened}
        >
          {t('history.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('history.title', { skill: skillName })} role="dialog">
        <Text fw={600} size="sm" mb="xs">
          {t('history.title', { skill: skillName })}
        </Text>
        {history.isPending && <Loader size="sm" aria-label={t('history.loading')} />}
        {history.isError && <ProblemAlert error={history.error} />}
        {history.data && history.data.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('history.empty')}
          </Text>
        )}
        {history.data && history.data.length > 0 && (
          <ScrollArea.Autosize mah={320} type="auto">
            <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
              {history.data.map((entry) => (
                <li key={`${entry.assessedAt}-${entry.level}`}>
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <Badge variant="light" radius="sm">
                      {t('picker.levelName', {
                        level: entry.level,
                        name: common(`levels.${entry.level}`),
                      })}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(entry.assessedAt, i18n.language)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" mt={2}>
                    {sourceLabel(entry)}
                  </Text>
                  {entry.evidenceEditedAt && (
                    <Text size="xs" c="dimmed" mt={2}>
                      {t('history.evidenceEdited', {
                        date: formatDateTime(entry.evidenceEditedAt, i18n.language),
                      })}
                    </Text>
                  )}
                  {entry.evidence && (
                    <Text size="xs" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.evidence}
                    </Text>
                  )}
                  {entry.evidenceUrl && (
                    <Text
                      size="xs"
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
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  )
}
