import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core'
import { IconEyeOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ScrollRegion } from '@/components/layout/scroll-region'
import type { CoverageResponseRow } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'

/**
 * Why a member of a small team sees no counts: in a team of two, counts by level would show the
 * other person's exact levels.
 */
export function CountsHiddenNotice({
  memberCount,
  minGroupSize,
}: {
  memberCount: number
  minGroupSize: number
}) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconEyeOff size={18} aria-hidden="true" />}
      title={t('privacy.title')}
      data-testid="counts-hidden"
    >
      {t('privacy.text', { count: memberCount, min: minGroupSize })}
    </Alert>
  )
}

/** The team's coverage targets without counts: what a member of a small team may see. */
export function CoverageTargets({ rows }: { rows: CoverageResponseRow[] }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="coverage-targets-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="coverage-targets-title">
          {t('privacy.targetsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('privacy.targetsIntro')}
        </Text>
        <ScrollRegion label={t('privacy.targetsTitle')} hint={t('scrollHint')}>
          <Table verticalSpacing="xs" striped data-testid="coverage-targets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('coverage.skill')}</Table.Th>
                <Table.Th>{t('coverage.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.skillCode}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600}>
                      {row.name}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {t('coverage.targetText', { required: row.required, level: row.targetLevel })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Stack>
    </Card>
  )
}
