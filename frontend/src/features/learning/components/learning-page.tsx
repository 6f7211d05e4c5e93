import { Stack, Tabs } from '@mantine/core'
import { IconBulb, IconListCheck, IconSchool } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PageHeader } from '@/components/layout/page-header'
import { LEARNING_NAMESPACE } from '../locales'
import { PlanBoard } from './plan-board'
import { Recommendations } from './recommendations'

export type LearningTab = 'recommendations' | 'plan'

const PATHS: Record<LearningTab, string> = {
  recommendations: '/learning',
  plan: '/learning/plan',
}

/** /learning (recommendations) and /learning/plan (my plan and goal). */
export function LearningPage({ tab = 'recommendations' }: { tab?: LearningTab }) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const navigate = useNavigate()

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        icon={<IconSchool size={22} />}
        title={t('page.title')}
        description={t('page.description')}
      />
      <Tabs
        value={tab}
        onChange={(value) => value && navigate(PATHS[value as LearningTab])}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="recommendations" leftSection={<IconBulb size={16} aria-hidden="true" />}>
            {t('tabs.recommendations')}
          </Tabs.Tab>
          <Tabs.Tab value="plan" leftSection={<IconListCheck size={16} aria-hidden="true" />}>
            {t('tabs.plan')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="recommendations">
          <Recommendations />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <PlanBoard />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
