import { useState } from 'react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { IconArrowsLeftRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { QueryState } from '@/components/feedback/query-state'
import { COMPARE_MAX, COMPARE_MIN, type PostingSummary } from '../api/types'
import { useComparison, usePostings } from '../api/use-postings'
import { POSTINGS_NAMESPACE } from '../locales'
import { DeletePostingButton } from './delete-posting-button'
import { FitValue } from './fit-value'
import { formatDate } from '@/lib/format'
import { PostingComparison } from './posting-comparison'

export interface SavedPostingsProps {
  onOpen: (id: string) => void
  onAnalyse: () => void
}

/** My saved postings: open, delete, select 2-10 and compare them side by side. */
export function SavedPostings(props: SavedPostingsProps) {
  const postings = usePostings()
  return (
    <QueryState data={postings.data} error={postings.error}>
      {(list) => <SavedPostingList list={list} {...props} />}
    </QueryState>
  )
}

function SavedPostingList({
  list,
  onOpen,
  onAnalyse,
}: SavedPostingsProps & { list: PostingSummary[] }) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  const [selected, setSelected] = useState<string[]>([])
  const [compared, setCompared] = useState<string[]>([])
  const comparison = useComparison(compared)
  // a phone has no room for seven columns: one card per posting
  const phone = useMediaQuery('(max-width: 36em)') ?? false

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) =>
      checked ? [...current, id] : current.filter((selectedId) => selectedId !== id),
    )
  const onDeleted = (id: string) => {
    setSelected((current) => current.filter((selectedId) => selectedId !== id))
    setCompared((current) => {
      const next = current.filter((comparedId) => comparedId !== id)
      return next.length >= COMPARE_MIN ? next : []
    })
  }

  if (list.length === 0) {
    return (
      <Card withBorder radius="md" padding="xl">
        <Stack align="center" gap="md">
          <Text c="dimmed" ta="center" maw={520}>
            {t('saved.empty')}
          </Text>
          <Button onClick={onAnalyse}>{t('saved.goAnalyse')}</Button>
        </Stack>
      </Card>
    )
  }

  const canCompare = selected.length >= COMPARE_MIN && selected.length <= COMPARE_MAX
  // Keep the list's order (newest first) in the comparison.
  const orderedSelection = list.map((posting) => posting.id).filter((id) => selected.includes(id))

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <Title order={2} size="h4">
              {t('saved.title')}
            </Title>
            <Group gap="sm">
              <Text size="sm" c={selected.length > COMPARE_MAX ? 'red' : 'dimmed'}>
                {selected.length > COMPARE_MAX
                  ? t('saved.tooMany', { max: COMPARE_MAX })
                  : t('saved.compareHint', { min: COMPARE_MIN, max: COMPARE_MAX })}
              </Text>
              <Button
                leftSection={<IconArrowsLeftRight size={16} aria-hidden="true" />}
                disabled={!canCompare}
                onClick={() => setCompared(orderedSelection)}
              >
                {t('saved.compare', { count: selected.length })}
              </Button>
            </Group>
          </Group>
          {phone ? (
            <Stack component="ul" gap="sm" m={0} p={0} aria-label={t('saved.tableLabel')}>
              {list.map((posting) => (
                <SavedPostingCard
                  key={posting.id}
                  posting={posting}
                  selected={selected.includes(posting.id)}
                  onToggle={(checked) => toggle(posting.id, checked)}
                  onOpen={() => onOpen(posting.id)}
                  onDeleted={onDeleted}
                />
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table highlightOnHover verticalSpacing="sm" aria-label={t('saved.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={40} />
                    <Table.Th>{t('saved.columns.title')}</Table.Th>
                    <Table.Th>{t('saved.columns.role')}</Table.Th>
                    <Table.Th ta="right">{t('saved.columns.fit')}</Table.Th>
                    <Table.Th ta="right">{t('saved.columns.skills')}</Table.Th>
                    <Table.Th>{t('saved.columns.saved')}</Table.Th>
                    <Table.Th ta="right">{t('saved.columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((posting) => (
                    <Table.Tr
                      key={posting.id}
                      bg={
                        selected.includes(posting.id)
                          ? 'var(--mantine-primary-color-light)'
                          : undefined
                      }
                    >
                      <Table.Td>
                        <Checkbox
                          checked={selected.includes(posting.id)}
                          onChange={(event) => toggle(posting.id, event.currentTarget.checked)}
                          aria-label={t('saved.select', { title: posting.title })}
                        />
                      </Table.Td>
                      <Table.Td maw={360}>
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          size="sm"
                          ta="left"
                          lineClamp={2}
                          onClick={() => onOpen(posting.id)}
                        >
                          {posting.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <RoleBadge posting={posting} />
                      </Table.Td>
                      <Table.Td ta="right" fw={600} c={posting.fit === null ? 'dimmed' : undefined}>
                        <FitValue fit={posting.fit} />
                      </Table.Td>
                      <Table.Td ta="right">{posting.skills}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(posting.createdAt, i18n.language)}
                      </Table.Td>
                      <Table.Td>
                        <PostingActions
                          posting={posting}
                          onOpen={() => onOpen(posting.id)}
                          onDeleted={onDeleted}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>

      {compared.length >= COMPARE_MIN && (
        <Card withBorder radius="md" padding="md" component="section">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('compare.title')}
              </Title>
              <CloseButton aria-label={t('compare.close')} onClick={() => setCompared([])} />
            </Group>
            <QueryState data={comparison.data} error={comparison.error} size="sm">
              {(data) => <PostingComparison comparison={data} />}
            </QueryState>
          </Stack>
        </Card>
      )}
    </Stack>
  )
}

/** The role a saved posting describes; in the posting's words, never upper-cased or cut short. */
function RoleBadge({ posting }: { posting: PostingSummary }) {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  return (
    <Badge variant="light" color={posting.roleCode ? undefined : 'gray'} tt="none">
      {posting.roleName ?? t('saved.noRole')}
    </Badge>
  )
}

/** One saved posting on a phone: what the table's row says, stacked. */
function SavedPostingCard({
  posting,
  selected,
  onToggle,
  onOpen,
  onDeleted,
}: {
  posting: PostingSummary
  selected: boolean
  onToggle: (checked: boolean) => void
  onOpen: () => void
  onDeleted: (id: string) => void
}) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      style={{ listStyle: 'none' }}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Checkbox
            mt={2}
            checked={selected}
            onChange={(event) => onToggle(event.currentTarget.checked)}
            aria-label={t('saved.select', { title: posting.title })}
          />
          <Anchor
            component="button"
            type="button"
            fw={600}
            size="sm"
            ta="left"
            lineClamp={3}
            style={{ overflowWrap: 'anywhere' }}
            onClick={onOpen}
          >
            {posting.title}
          </Anchor>
        </Group>
        <div>
          <RoleBadge posting={posting} />
        </div>
        <Group gap="md" wrap="wrap">
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('saved.columns.fit')}:{' '}
            </Text>
            <Text span fw={600} size="sm" c={posting.fit === null ? 'dimmed' : undefined}>
              <FitValue fit={posting.fit} />
            </Text>
          </Text>
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('saved.columns.skills')}:{' '}
            </Text>
            {posting.skills}
          </Text>
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('saved.columns.saved')}:{' '}
            </Text>
            {formatDate(posting.createdAt, i18n.language)}
          </Text>
        </Group>
        <PostingActions posting={posting} onOpen={onOpen} onDeleted={onDeleted} />
      </Stack>
    </Card>
  )
}

/** Open and delete, for one saved posting (a table row's last cell or a card's foot). */
function PostingActions({
  posting,
  onOpen,
  onDeleted,
}: {
  posting: PostingSummary
  onOpen: () => void
  onDeleted: (id: string) => void
}) {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button
        variant="light"
        size="compact-sm"
        onClick={onOpen}
        aria-label={t('saved.openLabel', { title: posting.title })}
      >
        {t('saved.open')}
      </Button>
      <DeletePostingButton id={posting.id} title={posting.title} compact onDeleted={onDeleted} />
    </Group>
  )
}
