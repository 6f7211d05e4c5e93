import { Card, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QueryState } from '@/components/feedback/query-state'
import { useHiringBrief, useRoleName, useSkillName } from '../api/use-teams'
import type { HiringBrief, TeamDetail } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'
import { NoTargetsNotice } from './no-targets'
import { useHasTargets } from './use-has-targets'

/** Which hire, or which move of a member to another target role, closes the most unmet coverage. */
export function HiringTab({ team }: { team: TeamDetail }) {
  const brief = useHiringBrief(team.id)
  const targets = useHasTargets(team.id)
  if (targets === false) return <NoTargetsNotice teamId={team.id} lead what="hiring" />
  return (
    <QueryState data={brief.data} error={brief.error}>
      {(data) => <HiringBriefView brief={data} />}
    </QueryState>
  )
}

export function HiringBriefView({ brief }: { brief: HiringBrief }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const roleName = useRoleName()
  const skillName = useSkillName()
  const skills = (codes: string[]) => codes.map(skillName).join(', ')
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="hires-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="hires-title">
            {t('hiring.hires')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('hiring.hiresIntro')}
          </Text>
          {brief.hires.length === 0 ? (
            <Text size="sm">{t('hiring.noHires')}</Text>
          ) : (
            <Stack gap="xs" component="ol" m={0} pl="lg" data-testid="hires">
              {brief.hires.map((hire) => (
                <li key={hire.roleCode}>
                  <Text size="sm" fw={600}>
                    {t('hiring.hireText', {
                      role: hire.roleName ?? roleName(hire.roleCode),
                      count: hire.closes,
                    })}
                  </Text>
                  {hire.skills.length > 0 && (
                    <Text size="sm" c="dimmed">
                      {t('hiring.covers', { skills: skills(hire.skills) })}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="moves-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="moves-title">
            {t('hiring.moves')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('hiring.movesIntro')}
          </Text>
          {brief.moves.length === 0 ? (
            <Text size="sm">{t('hiring.noMoves')}</Text>
          ) : (
            <Stack gap="xs" component="ol" m={0} pl="lg" data-testid="moves">
              {brief.moves.map((move) => (
                <li key={`${move.memberId}-${move.toRole}`}>
                  <Text size="sm" fw={600}>
                    {t('hiring.moveText', {
                      name: move.displayName,
                      from: move.fromRole ? roleName(move.fromRole) : t('hiring.noRole'),
                      to: move.toRoleName ?? roleName(move.toRole),
                      count: move.closes,
                    })}
                  </Text>
                  {move.skills.length > 0 && (
                    <Text size="sm" c="dimmed">
                      {t('hiring.covers', { skills: skills(move.skills) })}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Card>
    </Stack>
  )
}
