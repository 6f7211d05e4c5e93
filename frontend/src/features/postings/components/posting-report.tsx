import { useMemo, useState, type ReactNode } from 'react'
import {
  Badge,
  Card,
  Center,
  Grid,
  Group,
  RingProgress,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { IconBriefcase, IconQuestionMark } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PostingReport as Report } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { formatPercent } from '@/lib/format'
import { FitValue } from './fit-value'
import { PostingLearning } from './posting-learning'
import { PostingSkills } from './posting-skills'
import { PostingText } from './posting-text'
import { RoleScores } from './role-scores'
import { useFitText } from './use-fit-text'

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  )
}

function fitColor(fit: number): string {
  if (fit >= 0.8) return 'teal'
  if (fit >= 0.5) return 'yellow'
  if (fit >= 0.25) return 'orange'
  return 'red'
}

export interface PostingReportProps {
  report: Report
  /** extra content after the fit card (e.g. the fit history of a saved posting) */
  children?: ReactNode
}

/** The analysis of a posting: described role, the three signals, highlighted text, skills, learning. */
export function PostingReport({ report, children }: PostingReportProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  const [activeSkill, setActiveSkill] = useState<string | null>(null)
  const skillNames = useMemo(
    () => Object.fromEntries(report.skills.map((skill) => [skill.skillCode, skill.skillName])),
    [report.skills],
  )
  const described = report.roles.find((role) => role.roleCode === report.roleCode)
  // Defensive: a "role" whose every signal is 0 is no role.
  const hasRole = report.roleCode !== null && (described === undefined || described.score > 0)
  const met = report.skills.filter((skill) => skill.gap <= 0).length
  const fitText = useFitText()
  const languageName = t(`report.languages.${report.language}`, { defaultValue: report.language })

  return (
    <Stack gap="md" aria-label={t('report.label')} component="section">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card withBorder radius="md" padding="md">
          <Stack gap="xs">
            <Text size="sm" c="dimmed" fw={500}>
              {t('report.role.title')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon
                size={44}
                radius="md"
                variant="light"
                color={hasRole ? undefined : 'gray'}
                aria-hidden="true"
              >
                {hasRole ? <IconBriefcase size={24} /> : <IconQuestionMark size={24} />}
              </ThemeIcon>
              <Title order={2} size="h3" data-testid="described-role">
                {hasRole ? report.roleName : t('report.role.none')}
              </Title>
            </Group>
            {hasRole && described ? (
              <Text size="sm">
                {t('report.roles.score', { value: formatPercent(described.score, i18n.language) })}
              </Text>
            ) : (
              !hasRole && (
                <Text size="sm" c="dimmed">
                  {t('report.role.noneHint')}
                </Text>
              )
            )}
            <Group gap="xs">
              <Badge variant="default" size="sm">
                {t('report.role.language', { language: languageName })}
              </Badge>
            </Group>
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="md">
          <Group gap="md" wrap="nowrap">
            <RingProgress
              size={104}
              thickness={10}
              roundCaps
              sections={
                report.fit === null
                  ? []
                  : [{ value: Math.round(report.fit * 100), color: fitColor(report.fit) }]
              }
              aria-label={t('report.fit.ring', { value: fitText(report.fit) })}
              label={
                <Center>
                  <Text fw={700} size="lg" c={report.fit === null ? 'dimmed' : undefined}>
                    <FitValue fit={report.fit} />
                  </Text>
                </Center>
              }
            />
            <Stack gap={4}>
              <Text size="sm" c="dimmed" fw={500}>
                {t('report.fit.title')}
              </Text>
              <Text size="sm" c={report.fit === null ? 'dimmed' : undefined}>
                {report.fit === null
                  ? t('report.fit.none')
                  : report.skills.length > 0
                    ? t('report.fit.met', { met, total: report.skills.length })
                    : t('report.fit.noSkills')}
              </Text>
            </Stack>
          </Group>
        </Card>
      </SimpleGrid>

      {children}

      <Section title={t('report.roles.title')} hint={t('report.roles.hint')}>
        <RoleScores roles={report.roles} describedRoleCode={hasRole ? report.roleCode : null} />
      </Section>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <Section title={t('report.text.title')} hint={t('report.text.hint')}>
            {/* a scroll box a keyboard can reach (and scroll with the arrow keys) */}
            <ScrollArea.Autosize
              mah={560}
              type="auto"
              offsetScrollbars
              viewportProps={{ tabIndex: 0 }}
            >
              <PostingText
                segments={report.segments}
                skillNames={skillNames}
                activeSkill={activeSkill}
                onActivate={setActiveSkill}
                label={t('report.text.label')}
              />
            </ScrollArea.Autosize>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Section title={t('report.skills.title')}>
            <PostingSkills
              skills={report.skills}
              activeSkill={activeSkill}
              onActivate={setActiveSkill}
            />
          </Section>
        </Grid.Col>
      </Grid>

      <Section title={t('report.learning.title')}>
        <PostingLearning items={report.recommendations} asksForSkills={report.skills.length > 0} />
      </Section>
    </Stack>
  )
}
