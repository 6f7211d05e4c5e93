import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import type { ReassessmentRequest } from '../api/types'
import { SKILLS_NAMESPACE } from '../locales'

export interface ReassessmentBannerProps {
  requests: ReassessmentRequest[]
  /** the request whose skills alone are shown (from the bell's link), if any */
  focusId: string | null
  onFocus: (id: string | null) => void
}

/**
 * What leads asked me to reassess, each naming the lead and the team and exactly my skills they
 * asked about; one of them at a time narrows the page to its skills.
 */
export function ReassessmentBanner({ requests, focusId, onFocus }: ReassessmentBannerProps) {
  const { t, i18n } = useTranslation(SKILLS_NAMESPACE)
  const focus = requests.find((request) => request.id === focusId)
  const shown = focus ? [focus] : requests
  if (shown.length === 0) {
    return focusId ? (
      <Alert color="teal" variant="light" role="status" data-testid="reassessment-done">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">{t('reassess.done')}</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => onFocus(null)}>
            {t('reassess.showAll')}
          </Button>
        </Group>
      </Alert>
    ) : null
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconRefresh size={18} aria-hidden="true" />}
      title={t('reassess.title')}
      data-testid="reassessment-requests"
    >
      <Stack gap="xs">
        {shown.map((request) => {
          const open = request.skillNames.filter(
            (_, index) => !request.reassessedSkillCodes.includes(request.skillCodes[index]),
          )
          return (
            <Group
              key={request.id}
              justify="space-between"
              wrap="wrap"
              gap="xs"
              data-testid="reassessment-request"
            >
              <Text size="sm">
                {t('reassess.asked', {
                  name: request.requestedBy.displayName,
                  team: request.team.name,
                  date: formatDate(request.requestedAt, i18n.language),
                  skills: open.join(t('reassess.separator')),
                })}
              </Text>
              {focus ? (
                <Button size="compact-sm" variant="subtle" onClick={() => onFocus(null)}>
                  {t('reassess.showAll')}
                </Button>
              ) : (
                <Button size="compact-sm" variant="light" onClick={() => onFocus(request.id)}>
                  {t('reassess.showThese')}
                </Button>
              )}
            </Group>
          )
        })}
      </Stack>
    </Alert>
  )
}
