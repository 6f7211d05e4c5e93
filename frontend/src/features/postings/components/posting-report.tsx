import { useMemo, useState, type ReactNode } from 'react'
import {
  Card,
  Center,
  Grid,
  Group,
  RingProgress,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PostingReport as Report } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { FitValue } from './fit-value'
import { PostingLearning } from './posting-learning'
import { PostingSkills } from './posting-skills'
import { PostingText } from './posting-text'
import { RoleGaps } from './role-gaps'
import { RoleScores } from './role-scores'
import { RoleVerdict } from './role-verdict'
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
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  const [activeSkill, setActiveSkill] = useState<string | null>(null)
  const skillNames = useMemo(
    () => Object.fromEntries(report.skills.map((skill) => [skill.skillCode, skill.skillName])),
    [report.skills],
  )
  const described = report.roles.find((role) => role.roleCode === report.roleCode)
  // Defensive: a "role" whose every signal is 0 is no role.
  const hasRole =
    !report.tooShort && report.roleCode !== null && (described === undefined || described.score > 0)
  const met = report.skills.filter((skill) => skill.gap <= 0).length
  const fitText = useFitText()

  return (
    <Stack gap="md" aria-label={t('report.label')} component="section">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RoleVerdict report={report} />
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

      {report.roleGaps.length > 0 && (
        <Section
          title={t(
            report.roleGaps.length > 1 ? 'report.roleGaps.titleBoth' : 'report.roleGaps.title',
          )}
          hint={t('report.roleGaps.hint')}
        >
          <RoleGaps roleGaps={report.roleGaps} />
        </Section>
      )}

      {!report.tooShort && (
        <Section title={t('report.roles.title')} hint={t('report.roles.hint')}>
          <RoleScores
            roles={report.roles}
            describedRoleCode={hasRole ? report.roleCode : null}
            mixedWith={report.mixedWith}
          />
        </Section>
      )}

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
