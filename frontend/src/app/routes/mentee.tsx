import { useState } from 'react'
import { Stack, Tabs } from '@mantine/core'
import { IconChartBar, IconListCheck, IconMessages, IconSchool } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { FitPage } from '@/features/fit/components/fit-page'
import { PlanBoard } from '@/features/learning/components/plan-board'
import { MenteeGate, MenteeHeader } from '@/features/mentoring/components/mentee-gate'
import { MenteeReviewRequests, MenteeReviews } from '@/features/mentoring/components/mentee-reviews'
import { SuggestItemPanel } from '@/features/mentoring/components/suggest-item'
import { ValidateSkillButton } from '@/features/mentoring/components/validate-skill'
import { MENTORING_NAMESPACE } from '@/features/mentoring/locales'
import { SkillsPage } from '@/features/skills/components/skills-page'

type Tab = 'skills' | 'fit' | 'plan' | 'reviews'

/**
 * A mentee seen by their mentor: the same skills, fit and plan components the learner sees, fed
 * from /api/mentees/{id}/... and read-only, plus the mentor's actions (validate, suggest, review).
 */
export function MenteeRoute() {
  const { menteeId = '' } = useParams()
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const [tab, setTab] = useState<Tab>('skills')

  return (
    <Stack gap="lg" maw={1200}>
      <MenteeGate menteeId={menteeId}>
        {(mentee) => (
          <>
            <MenteeHeader mentee={mentee} />
            <Tabs
              value={tab}
              onChange={(value) => value && setTab(value as Tab)}
              keepMounted={false}
            >
              <Tabs.List mb="lg">
                <Tabs.Tab
                  value="skills"
                  leftSection={<IconListCheck size={16} aria-hidden="true" />}
                >
                  {t('mentee.tabs.skills')}
                </Tabs.Tab>
                <Tabs.Tab value="fit" leftSection={<IconChartBar size={16} aria-hidden="true" />}>
                  {t('mentee.tabs.fit')}
                </Tabs.Tab>
                <Tabs.Tab value="plan" leftSection={<IconSchool size={16} aria-hidden="true" />}>
                  {t('mentee.tabs.plan')}
                </Tabs.Tab>
                <Tabs.Tab
                  value="reviews"
                  leftSection={<IconMessages size={16} aria-hidden="true" />}
                >
                  {t('mentee.tabs.reviews')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="skills">
                <SkillsPage
                  personId={mentee.id}
                  readOnly
                  embedded
                  renderActions={(skill, entry) => (
                    <ValidateSkillButton
                      menteeId={mentee.id}
                      skillCode={skill.code}
                      skillName={skill.name}
                      selfLevel={entry?.level ?? 0}
                      levels={skill.levels}
                    />
                  )}
                />
              </Tabs.Panel>
              <Tabs.Panel value="fit">
                <FitPage personId={mentee.id} readOnly embedded />
              </Tabs.Panel>
              <Tabs.Panel value="plan">
                <Stack gap="lg">
                  <SuggestItemPanel menteeId={mentee.id} />
                  <PlanBoard personId={mentee.id} readOnly />
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="reviews">
                <Stack gap="lg">
                  <MenteeReviewRequests menteeId={mentee.id} />
                  <MenteeReviews menteeId={mentee.id} />
                </Stack>
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </MenteeGate>
    </Stack>
  )
}
