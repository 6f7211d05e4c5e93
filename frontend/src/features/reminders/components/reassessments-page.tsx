import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { PageHeader } from '@/components/layout/page-header'
import { formatDate } from '@/lib/format'
import { useConfirmUnchanged, useDue } from '../api/use-reminders'
import { REMINDERS_NAMESPACE } from '../locales'

/** /reassessments: what my reassessment cycles make due, with "confirm unchanged" per skill. */
export function ReassessmentsPage() {
  const { t, i18n } = useTranslation(REMINDERS_NAMESPACE)
  const due = useDue()
  const confirm = useConfirmUnchanged()
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        icon={<IconRefresh size={22} />}
        title={t('due.title')}
        description={t('due.description')}
      />
      <QueryState data={due.data} error={due.error}>
        {(rows) =>
          rows.length === 0 ? (
            <Text>{t('due.none')}</Text>
          ) : (
            <Card withBorder padding="lg">
              <Table verticalSpacing="xs" striped data-testid="due">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('due.skill')}</Table.Th>
                    <Table.Th>{t('due.level')}</Table.Th>
                    <Table.Th>{t('due.dueOn')}</Table.Th>
                    <Table.Th>{t('due.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.skillCode} data-testid="due-row">
                      <Table.Th scope="row">{row.skillName}</Table.Th>
                      <Table.Td>{row.level}</Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Text size="sm">{formatDate(row.dueOn, i18n.language)}</Text>
                          {row.overdue ? (
                            <Badge color="red" variant="light">
                              {t('due.overdue')}
                            </Badge>
                          ) : (
                            row.dueSoon && (
                              <Badge color="orange" variant="light">
                                {t('due.soon')}
                              </Badge>
                            )
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Button
                            size="compact-sm"
                            variant="light"
                            disabled={confirm.isPending}
                            onClick={() => confirm.mutate(row.skillCode)}
                            aria-label={t('due.confirmOf', { skill: row.skillName })}
                          >
                            {t('due.confirm')}
                          </Button>
                          <Anchor component={Link} to="/skills" size="sm">
                            {t('due.reassess')}
                          </Anchor>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )
        }
      </QueryState>
      {confirm.error && <ProblemAlert error={confirm.error} />}
    </Stack>
  )
}
