import { Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PostingReport } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'
import { formatPercent } from '@/lib/format'

export interface RoleGapsProps {
  roleGaps: PostingReport['roleGaps']
}

/** My fit and largest gaps to the role the posting describes and, when it mixes two, to both. */
export function RoleGaps({ roleGaps }: RoleGapsProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  return (
    <SimpleGrid cols={{ base: 1, sm: roleGaps.length > 1 ? 2 : 1 }} spacing="sm">
      {roleGaps.map((role) => (
        <Paper
          key={role.roleCode}
          withBorder
          radius="md"
          p="sm"
          data-testid="role-gap"
          data-role={role.roleCode}
        >
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={600}>{role.roleName}</Text>
              <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('report.roleGaps.fit', { value: formatPercent(role.fit, i18n.language) })}
              </Text>
            </Group>
            {role.gaps.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('report.roleGaps.none')}
              </Text>
            ) : (
              <List
                size="sm"
                spacing={2}
                aria-label={t('report.roleGaps.label', { role: role.roleName })}
              >
                {role.gaps.map((gap) => (
                  <List.Item key={gap.skillCode}>
                    {t('report.roleGaps.gap', {
                      skill: gap.skillName,
                      current: gap.current,
                      target: gap.target,
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
