import { useState } from 'react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconCertificate } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { QueryState } from '@/components/feedback/query-state'
import { PageHeader } from '@/components/layout/page-header'
import { isApiError } from '@/lib/api-client'
import { formatDate } from '@/lib/format'
import {
  useCatalog,
  useCertifications,
  useDeleteCertification,
  useRecordCertification,
} from '../api/use-reminders'
import type { Certification } from '../api/reminders-api'
import { REMINDERS_NAMESPACE } from '../locales'

const DAY = 24 * 60 * 60 * 1000

/** Days from today to a yyyy-mm-dd date (negative: past). */
function daysUntil(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.now()) / DAY)
}

/** /certifications: the certifications I hold, their expiry, and a form to record one. */
export function CertificationsPage() {
  const { t } = useTranslation(REMINDERS_NAMESPACE)
  const certifications = useCertifications()
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        icon={<IconCertificate size={22} />}
        title={t('certifications.title')}
        description={t('certifications.description')}
      />
      <RecordForm />
      <QueryState data={certifications.data} error={certifications.error}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('certifications.none')}</Text>
          ) : (
            <CertificationTable certifications={list} />
          )
        }
      </QueryState>
    </Stack>
  )
}

function CertificationTable({ certifications }: { certifications: Certification[] }) {
  const { t, i18n } = useTranslation(REMINDERS_NAMESPACE)
  const remove = useDeleteCertification()
  return (
    <Card withBorder padding="lg">
      <Table verticalSpacing="xs" striped data-testid="certifications">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('certifications.name')}</Table.Th>
            <Table.Th>{t('certifications.issuedOn')}</Table.Th>
            <Table.Th>{t('certifications.expiresOn')}</Table.Th>
            <Table.Th>{t('certifications.supports')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certifications.map((c) => (
            <Table.Tr key={c.id} data-testid="certification-row">
              <Table.Th scope="row">
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {c.verificationUrl ? (
                      <Anchor href={c.verificationUrl} target="_blank" rel="noreferrer">
                        {c.name}
                      </Anchor>
                    ) : (
                      c.name
                    )}
                  </Text>
                  {c.credentialId && (
                    <Text size="xs" c="dimmed">
                      {t('certifications.credentialId')}: {c.credentialId}
                    </Text>
                  )}
                </Stack>
              </Table.Th>
              <Table.Td>{formatDate(c.issuedOn, i18n.language)}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text size="sm">
                      {c.expiresOn
                        ? formatDate(c.expiresOn, i18n.language)
                        : t('certifications.noExpiry')}
                    </Text>
                    {c.expired ? (
                      <Badge color="red" variant="light">
                        {t('certifications.expired')}
                      </Badge>
                    ) : (
                      c.expiresOn &&
                      daysUntil(c.expiresOn) <= 90 && (
                        <Badge color="orange" variant="light">
                          {t('certifications.expiresSoon', { count: daysUntil(c.expiresOn) })}
                        </Badge>
                      )
                    )}
                  </Group>
                  {c.renewal && (c.expired || (c.expiresOn && daysUntil(c.expiresOn) <= 90)) && (
                    <Text size="xs" c="dimmed">
                      {c.renewal}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{c.supports.join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(c.id)}
                  aria-label={t('certifications.deleteOf', { name: c.name })}
                >
                  {t('certifications.delete')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}

function RecordForm() {
  const { t } = useTranslation(REMINDERS_NAMESPACE)
  const [params] = useSearchParams()
  const catalog = useCatalog()
  const record = useRecordCertification()
  const [itemCode, setItemCode] = useState<string | null>(params.get('record'))
  const [name, setName] = useState('')
  const [issuedOn, setIssuedOn] = useState(new Date().toISOString().slice(0, 10))
  const [expiresOn, setExpiresOn] = useState('')
  const [credentialId, setCredentialId] = useState('')
  const [verificationUrl, setVerificationUrl] = useState('')
  const chosen = catalog.data?.find((c) => c.itemCode === itemCode)
  const errors: Record<string, string> = isApiError(record.error) ? record.error.fieldErrors : {}
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="record-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="record-title">
          {t('certifications.record')}
        </Title>
        <Select
          label={t('certifications.fromCatalog')}
          placeholder={t('certifications.byName')}
          searchable
          clearable
          data={(catalog.data ?? []).map((c) => ({ value: c.itemCode, label: c.name }))}
          value={itemCode}
          onChange={setItemCode}
        />
        {chosen && (
          <Text size="sm" c="dimmed" data-testid="validity">
            {chosen.lifetime
              ? t('certifications.lifetime')
              : chosen.validityMonths
                ? t('certifications.validFor', { count: chosen.validityMonths })
                : t('certifications.validityUnknown')}
          </Text>
        )}
        {!itemCode && (
          <TextInput
            label={t('certifications.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('certifications.issuedOn')}
            value={issuedOn}
            onChange={(e) => setIssuedOn(e.currentTarget.value)}
            error={errors.issuedOn}
            required
          />
          <TextInput
            type="date"
            label={t('certifications.expiresOn')}
            description={t('certifications.expiresHint')}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={errors.expiresOn}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('certifications.credentialId')}
            value={credentialId}
            onChange={(e) => setCredentialId(e.currentTarget.value)}
          />
          <TextInput
            label={t('certifications.verificationUrl')}
            value={verificationUrl}
            onChange={(e) => setVerificationUrl(e.currentTarget.value)}
            error={errors.verificationUrl}
          />
        </Group>
        <Group>
          <Button
            loading={record.isPending}
            onClick={() =>
              record.mutate({
                itemCode: itemCode ?? undefined,
                name: itemCode ? undefined : name,
                issuedOn,
                expiresOn: expiresOn || undefined,
                credentialId: credentialId || undefined,
                verificationUrl: verificationUrl || undefined,
              })
            }
          >
            {t('certifications.save')}
          </Button>
          {record.isSuccess && (
            <Text size="sm" role="status">
              {t('certifications.saved')}
            </Text>
          )}
        </Group>
        {record.error && <ProblemAlert error={record.error} />}
      </Stack>
    </Card>
  )
}
