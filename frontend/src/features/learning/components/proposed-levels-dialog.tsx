import { useState } from 'react'
import { Anchor, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useApplyLevels } from '../api/use-learning'
import type { ProposedLevel } from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'

export interface LevelProposal {
  itemCode: string
  itemTitle: string
  levels: ProposedLevel[]
  /** a certification or exam: offer to record it as a certification held */
  credential?: boolean
}

export interface ProposedLevelsDialogProps {
  proposal: LevelProposal | null
  onClose: () => void
}

/** After finishing an item: confirm which skills it raised (all checked to start with). */
export function ProposedLevelsDialog({ proposal, onClose }: ProposedLevelsDialogProps) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  return (
    <Modal
      opened={proposal !== null}
      onClose={onClose}
      title={t('proposed.title')}
      size="lg"
      centered
    >
      {proposal && (
        // keyed so the checkboxes start fresh for every finished item
        <ProposedLevelsForm key={proposal.itemCode} proposal={proposal} onClose={onClose} />
      )}
    </Modal>
  )
}

function ProposedLevelsForm({
  proposal,
  onClose,
}: {
  proposal: LevelProposal
  onClose: () => void
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const apply = useApplyLevels()
  const [checked, setChecked] = useState<string[]>(() =>
    proposal.levels.map((level) => level.skillCode),
  )

  const confirm = () =>
    apply.mutate(
      { code: proposal.itemCode, skillCodes: checked },
      {
        onSuccess: (applied) => {
          notifications.show({
            color: 'teal',
            title: t('proposed.applied', { count: applied.length }),
            message: t('proposed.appliedMessage'),
          })
          onClose()
        },
      },
    )

  return (
    <Stack gap="md">
      <Text size="sm">{t('proposed.intro', { title: proposal.itemTitle })}</Text>
      <Checkbox.Group
        value={checked}
        onChange={setChecked}
        label={t('proposed.listLabel')}
        description={t('proposed.listDescription')}
      >
        <Stack gap="xs" mt="xs">
          {proposal.levels.map((level) => (
            <Checkbox
              key={level.skillCode}
              value={level.skillCode}
              label={t('proposed.level', {
                skill: level.skillName,
                current: level.current,
                proposed: level.proposed,
              })}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {apply.isError && <ProblemAlert error={apply.error} />}
      {proposal.credential && (
        <Anchor
          component={Link}
          to={`/certifications?record=${encodeURIComponent(proposal.itemCode)}`}
        >
          {t('proposed.recordCertification')}
        </Anchor>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('proposed.skip')}
        </Button>
        <Button onClick={confirm} loading={apply.isPending} disabled={checked.length === 0}>
          {t('proposed.confirm', { count: checked.length })}
        </Button>
      </Group>
    </Stack>
  )
}
