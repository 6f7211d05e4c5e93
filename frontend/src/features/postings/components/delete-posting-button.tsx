import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useDeletePosting } from '../api/use-postings'
import { POSTINGS_NAMESPACE } from '../locales'

export interface DeletePostingButtonProps {
  id: string
  title: string
  /** "compact" for table rows */
  compact?: boolean
  onDeleted?: (id: string) => void
}

/** Delete with a confirmation dialog. */
export function DeletePostingButton({ id, title, compact, onDeleted }: DeletePostingButtonProps) {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  const [opened, { open, close }] = useDisclosure(false)
  const remove = useDeletePosting()

  const confirm = () =>
    remove.mutate(id, {
      onSuccess: () => {
        close()
        notifications.show({ color: 'teal', message: t('saved.deleted') })
        onDeleted?.(id)
      },
    })

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size={compact ? 'compact-sm' : 'sm'}
        leftSection={<IconTrash size={16} aria-hidden="true" />}
        onClick={() => {
          remove.reset()
          open()
        }}
        aria-label={t('saved.deleteLabel', { title })}
      >
        {t('saved.delete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('saved.deleteTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('saved.deleteText', { title })}</Text>
          {remove.isError && <ProblemAlert error={remove.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('saved.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending}>
              {t('saved.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
