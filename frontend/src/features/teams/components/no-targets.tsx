import { Alert, Anchor, Text } from '@mantine/core'
import { IconTarget } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { TEAMS_NAMESPACE } from '../locales'

/**
 * The empty state of a team with no targets: why there is no risk to show, what `what` shows
 * instead, and (for a lead) where to set the targets.
 */
export function NoTargetsNotice({
  teamId,
  lead,
  what,
}: {
  teamId?: string
  lead: boolean
  what: 'coverage' | 'hiring' | 'progress' | 'targets'
}) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  return (
    <Alert
      variant="light"
      color="blue"
      title={t('noTargets.title')}
      icon={<IconTarget size={18} aria-hidden="true" />}
      data-testid="no-targets"
    >
      <Text size="sm">{lead ? t('noTargets.lead') : t('noTargets.member')}</Text>
      <Text size="sm" mt={4}>
        {t(`noTargets.${what}`)}
      </Text>
      {lead && teamId && what !== 'targets' && (
        <Anchor
          component={Link}
          to={`/teams/${teamId}?tab=targets`}
          size="sm"
          className="no-print"
          mt={4}
          display="inline-block"
          // the alert's own text colour (the link blue on its light blue is 4.06:1), underlined
          c="inherit"
          underline="always"
          fw={600}
        >
          {t('noTargets.action')}
        </Anchor>
      )}
    </Alert>
  )
}
