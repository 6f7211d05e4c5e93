import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatAlternatives } from '@/lib/format'
import type { RoleProfile } from '../api/types'
import { ROLES_NAMESPACE } from '../locales'
import { TargetLevel } from './target-level'
import { WeightBadge } from './weight-badge'
import { useArticleLines } from '../api/use-roles'
import { splitCitations } from './citations'
import { CitedRationale } from './cited-rationale'

export interface RoleDetailProps {
  role: RoleProfile
  roleName: (code: string) => string
  onSelectRole: (code: string) => void
}

/** A role's summary, article lines, next steps and requirements table. */
export function RoleDetail({ role, roleName, onSelectRole }: RoleDetailProps) {
  const { t, i18n } = useTranslation(ROLES_NAMESPACE)
  // a group of alternatives (Linux or Windows server administration) is one row, under its first member
  const requirements = role.requirements
    .filter((r) => !r.anyOf || r.anyOf === r.skillCode)
    .sort((a, b) => b.weight - a.weight || b.targetLevel - a.targetLevel)
  // every line the rationales cite, fetched at once
  const cited = [
    ...new Set(
      requirements.flatMap((r) =>
        splitCitations(r.rationale).flatMap((segment) => (segment.lines ? [segment.lines] : [])),
      ),
    ),
  ].join(',')
  const article = useArticleLines(cited)
  const articleLines = new Map((article.data ?? []).map((line) => [line.number, line]))
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="role-detail-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="role-detail-title">
            {role.name}
          </Title>
          <Text>{role.summary}</Text>
          <Text size="sm" c="dimmed">
            {t('detail.articleLines', { lines: role.articleLines })}
          </Text>
        </Stack>
        {role.nextRoles.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('detail.nextRoles')}
            </Text>
            {role.nextRoles.map((code) => (
              <Badge
                key={code}
                variant="outline"
                component="button"
                type="button"
                style={{ cursor: 'pointer' }}
                onClick={() => onSelectRole(code)}
              >
                {roleName(code)}
              </Badge>
            ))}
          </Group>
        )}
        <Table.ScrollContainer minWidth={640}>
          <Table
            striped
            highlightOnHover
            verticalSpacing="sm"
            aria-label={t('detail.tableLabel', { role: role.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.skill')}</Table.Th>
                <Table.Th>{t('detail.target')}</Table.Th>
                <Table.Th>{t('detail.weight')}</Table.Th>
                <Table.Th>{t('detail.rationale')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requirements.map((requirement) => (
                <Table.Tr key={requirement.skillCode}>
                  <Table.Td fw={500}>
                    {requirement.alternatives && requirement.alternatives.length > 0 ? (
                      <Stack gap={2}>
                        <Text size="sm" fw={500}>
                          {formatAlternatives(
                            [
                              requirement.skillName,
                              ...requirement.alternatives.map((a) => a.skillName),
                            ],
                            i18n.language,
                          )}
                        </Text>
                        <Badge variant="light" color="cyan" radius="sm" tt="none" w="fit-content">
                          {t('detail.anyOf')}
                        </Badge>
                      </Stack>
                    ) : (
                      requirement.skillName
                    )}
                  </Table.Td>
                  <Table.Td>
                    <TargetLevel level={requirement.targetLevel} />
                  </Table.Td>
                  <Table.Td>
                    <WeightBadge weight={requirement.weight} />
                  </Table.Td>
                  <Table.Td>
                    <CitedRationale text={requirement.rationale} lines={articleLines} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">
          {t('detail.weightLegend')}{' '}
          <Anchor href="#compare" size="xs" underline="always">
            {t('detail.toCompare')}
          </Anchor>
        </Text>
      </Stack>
    </Card>
  )
}
