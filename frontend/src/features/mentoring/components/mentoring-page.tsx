import { useState } from 'react'
import { Stack, Tabs } from '@mantine/core'
import {
  IconHeartHandshake,
  IconMessages,
  IconScale,
  IconShieldCheck,
  IconUsers,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/layout/page-header'
import { MENTORING_NAMESPACE } from '../locales'
import { AuditTrail } from './audit-trail'
import { MyCalibration } from './calibration'
import { InviteMentorForm, MentorshipList } from './mentorships-panel'
import { ReviewRequestsPanel } from './review-requests-panel'
import { ReviewList } from './review-thread'

type Tab = 'mentors' | 'reviews' | 'calibration' | 'audit'

/** The learner's mentoring: my mentors, review requests, reviews of my progress, calibration, audit. */
export function MentoringPage() {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const [tab, setTab] = useState<Tab>('mentors')
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        icon={<IconHeartHandshake size={22} />}
        title={t('page.title')}
        description={t('page.intro')}
      />
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="mentors" leftSection={<IconUsers size={16} aria-hidden="true" />}>
            {t('tabs.mentors')}
          </Tabs.Tab>
          <Tabs.Tab value="reviews" leftSection={<IconMessages size={16} aria-hidden="true" />}>
            {t('tabs.reviews')}
          </Tabs.Tab>
          <Tabs.Tab value="calibration" leftSection={<IconScale size={16} aria-hidden="true" />}>
            {t('tabs.calibration')}
          </Tabs.Tab>
          <Tabs.Tab value="audit" leftSection={<IconShieldCheck size={16} aria-hidden="true" />}>
            {t('tabs.audit')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mentors">
          <Stack gap="lg">
            <InviteMentorForm />
            <MentorshipList />
            <ReviewRequestsPanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="reviews">
          <ReviewList />
        </Tabs.Panel>
        <Tabs.Panel value="calibration">
          <MyCalibration />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditTrail />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
