import { useState } from 'react'
import { Button, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRosetteDiscountCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { NOTE_MAX_LENGTH } from '../api/types'
import { useValidateLevel } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

export interface ValidateSkillButtonProps {
  menteeId: string
  skillCode: string
  skillName: string
  /** the mentee's own level, the dialog's starting point */
  selfLevel: number
}

/** "Validate": confirm or adjust the mentee's level for a skill, with a note. */
export function ValidateSkillButton({
  menteeId,
  skillCode,
  skillName,
  selfLevel,
}: ValidateSkillButtonProps) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const [opened, setOpened] = useState(false)
  const [level, setLevel] = useState(String(selfLevel))
  const [note, setNote] = useState('')
  const validate = useValidateLevel(menteeId)

  const open = () => {
    setLevel(String(selfLevel))
    setNote('')
    validate.reset()
    setOpened(true)
  }

  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        color="grape"
        leftSection={<IconRosetteDiscountCheck size={14} aria-hidden="true" />}
        onClick={open}
        aria-label={t('validate.open', { skill: skillName })}
      >
        {t('validate.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('validate.title', { skill: skillName })}
      >
        <Stack
          gap="md"
          component="form"
          onSubmit={(event) => {
            event.preventDefault()
            validate.mutate(
              { skillCode, level: Number(level), note: note.trim() || null },
              {
                onSuccess: (saved) => {
                  notifications.show({
                    color: 'teal',
                    message: t('validate.saved', { skill: saved.skillName, level: saved.level }),
                  })
                  setOpened(false)
                },
              },
            )
          }}
        >
          <Text size="sm">{t('validate.selfWas', { level: selfLevel })}</Text>
          <div>
            <Text size="sm" fw={500} mb={4} id={`validate-level-${skillCode}`}>
              {t('validate.level')}
            </Text>
            <SegmentedControl
              fullWidth
              value={level}
              onChange={setLevel}
              data={['0', '1', '2', '3', '4', '5']}
              aria-labelledby={`validate-level-${skillCode}`}
            />
          </div>
          <Textarea
            label={t('validate.note')}
            autosize
            minRows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {validate.isError && <ProblemAlert error={validate.error} />}
          <Button type="submit" loading={validate.isPending}>
            {t('validate.submit')}
          </Button>
        </Stack>
      </Modal>
    </>
  )
}
