import { useState, type DragEvent } from 'react'
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Popover,
  Progress,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconArrowDown,
  IconArrowUp,
  IconCalendar,
  IconCheck,
  IconClockPlus,
  IconExternalLink,
  IconGripVertical,
  IconPlayerPlay,
  IconPlayerStop,
  IconRotate,
  IconTrash,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { fetchProposedLevels } from '../api/learning-api'
import { useLogHours, useRemoveFromPlan, useUpdatePlanItem } from '../api/use-learning'
import type { PlanItem, PlanStatus, ProposedLevel } from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'
import { formatDate, formatNumber } from '@/lib/format'
import { today } from './format'
import { ItemMeta } from './item-meta'
import { STATUS_COLORS } from './status'

/** The moves the server allows from each status. */
const MOVES: Record<PlanStatus, { to: PlanStatus; key: string; icon: typeof IconCheck }[]> = {
  planned: [
    { to: 'in-progress', key: 'start', icon: IconPlayerPlay },
    { to: 'done', key: 'done', icon: IconCheck },
    { to: 'dropped', key: 'drop', icon: IconPlayerStop },
  ],
  'in-progress': [
    { to: 'done', key: 'done', icon: IconCheck },
    { to: 'dropped', key: 'drop', icon: IconPlayerStop },
  ],
  done: [{ to: 'in-progress', key: 'reopen', icon: IconRotate }],
  dropped: [{ to: 'planned', key: 'restore', icon: IconRotate }],
}

export interface PlanItemCardProps {
  entry: PlanItem
  canMoveUp: boolean
  canMoveDown: boolean
  onMove: (direction: -1 | 1) => void
  /** the item was moved to done and may raise these levels */
  onProposedLevels: (levels: ProposedLevel[]) => void
  /** drag and drop within the group */
  onDropOn: (draggedCode: string) => void
  /** no moves, status changes, hours or dates: a mentee's plan seen by their mentor */
  readOnly?: boolean
}

const DRAG_TYPE = 'application/x-skillgap-plan-item'

function showError(title: string, error: Error) {
  notifications.show({ color: 'red', title, message: error.message })
}

export function PlanItemCard({
  entry,
  canMoveUp,
  canMoveDown,
  onMove,
  onProposedLevels,
  onDropOn,
  readOnly = false,
}: PlanItemCardProps) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const { item, status } = entry
  const update = useUpdatePlanItem({
    onSuccess: (change, { update: { status: to } }) => {
      if (!to) return
      if (to === 'done' && change.proposedLevels?.length) onProposedLevels(change.proposedLevels)
      else
        notifications.show({
          color: STATUS_COLORS[to],
          message: t('plan.statusChanged', { title: item.title, status: t(`status.${to}`) }),
        })
    },
    onError: (error) => showError(t('plan.statusFailed'), error),
  })
  const remove = useRemoveFromPlan({
    onSuccess: () => notifications.show({ message: t('plan.removed', { title: item.title }) }),
    onError: (error) => showError(t('plan.removeFailed'), error),
  })
  const [dragOver, setDragOver] = useState(false)
  const titleId = `plan-item-${item.code}`
  const open = status === 'planned' || status === 'in-progress'
  const overdue = open && entry.targetDate !== null && entry.targetDate < today()

  const changeStatus = (to: PlanStatus) =>
    update.mutate({ code: item.code, update: { status: to } })

  const handleDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragOver(false)
    const dragged = event.dataTransfer.getData(DRAG_TYPE)
    if (dragged && dragged !== item.code) onDropOn(dragged)
  }

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={titleId}
      draggable={!readOnly}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.setData(DRAG_TYPE, item.code)
        event.dataTransfer.effectAllowed = 'move'
      }}
      onDragOver={(event: DragEvent) => {
        if (event.dataTransfer.types.includes(DRAG_TYPE)) {
          event.preventDefault()
          setDragOver(true)
        }
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={handleDrop}
      style={dragOver ? { outline: '2px dashed var(--mantine-color-blue-5)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="xs" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
            <IconGripVertical
              size={18}
              aria-hidden="true"
              style={{ cursor: 'grab', flexShrink: 0, marginTop: 2 }}
              color="var(--mantine-color-gray-5)"
            />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text id={titleId} fw={600} component="h4" m={0}>
                {item.title}
              </Text>
              <Text size="sm" c="dimmed">
                {item.provider}
              </Text>
            </Stack>
          </Group>
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('plan.moveUp')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={!canMoveUp}
                  onClick={() => onMove(-1)}
                  aria-label={t('plan.moveUpFor', { title: item.title })}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('plan.moveDown')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={!canMoveDown}
                  onClick={() => onMove(1)}
                  aria-label={t('plan.moveDownFor', { title: item.title })}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('plan.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(item.code)}
                  aria-label={t('plan.removeFor', { title: item.title })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>

        <ItemMeta item={item} />

        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {t('plan.logged', {
                logged: formatNumber(entry.hoursLogged),
                hours: formatNumber(item.hours),
              })}
            </Text>
            {entry.targetDate && (
              <Badge
                variant="light"
                color={overdue ? 'red' : 'gray'}
                leftSection={<IconCalendar size={12} aria-hidden="true" />}
              >
                {overdue
                  ? t('plan.overdue', { date: formatDate(entry.targetDate) })
                  : t('plan.targetDate', { date: formatDate(entry.targetDate) })}
              </Badge>
            )}
          </Group>
          <Progress
            size="sm"
            color={STATUS_COLORS[status]}
            value={Math.min(100, (entry.hoursLogged / Math.max(item.hours, 1)) * 100)}
            aria-label={t('plan.progressLabel', { title: item.title })}
          />
        </Stack>

        <Group gap="xs" wrap="wrap">
          {!readOnly &&
            MOVES[status].map((move) => (
              <Button
                key={move.to}
                size="xs"
                variant={move.to === 'done' ? 'filled' : 'light'}
                color={move.to === 'dropped' ? 'gray' : move.to === 'done' ? 'teal' : 'blue'}
                leftSection={<move.icon size={14} aria-hidden="true" />}
                loading={update.isPending && update.variables?.update.status === move.to}
                onClick={() => changeStatus(move.to)}
              >
                {t(`plan.actions.${move.key}`)}
              </Button>
            ))}
          {!readOnly && open && <LogHoursButton entry={entry} />}
          {/* only while the item still has levels to apply: once applied, nothing is offered */}
          {!readOnly && status === 'done' && entry.levelsToApply > 0 && (
            <ApplyLevelsButton
              code={item.code}
              title={item.title}
              onProposedLevels={onProposedLevels}
            />
          )}
          {!readOnly && <TargetDateButton entry={entry} />}
          {item.url && (
            <Anchor
              href={item.url}
              target="_blank"
              rel="noopener noreferrer"
              size="xs"
              ml="auto"
              aria-label={t('item.officialLinkFor', { title: item.title })}
            >
              <Group gap={4} wrap="nowrap" component="span">
                {t('item.officialLink')}
                <IconExternalLink size={12} aria-hidden="true" />
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  )
}

function LogHoursButton({ entry }: { entry: PlanItem }) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const [opened, setOpened] = useState(false)
  // a planned item becomes in progress: this card may remount, so the callbacks go to the hook
  const log = useLogHours({
    onSuccess: (_result, { input }) => {
      setOpened(false)
      notifications.show({
        color: 'teal',
        message: t('plan.hoursLogged', {
          hours: formatNumber(input.hours),
          title: entry.item.title,
        }),
      })
    },
    onError: (error) => showError(t('plan.hoursFailed'), error),
  })
  const [hours, setHours] = useState<number | string>(1)
  const [loggedOn, setLoggedOn] = useState(today())
  const valid = typeof hours === 'number' && hours >= 0.1 && hours <= 24

  const submit = () => {
    if (!valid) return
    log.mutate({ code: entry.item.code, input: { hours, loggedOn: loggedOn || undefined } })
  }

  return (
    <Popover opened={opened} onChange={setOpened} trapFocus position="bottom-start" withArrow>
      <Popover.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconClockPlus size={14} aria-hidden="true" />}
          onClick={() => setOpened((value) => !value)}
          aria-label={t('plan.logHoursFor', { title: entry.item.title })}
        >
          {t('plan.logHours')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <Stack gap="xs" w={220}>
            <NumberInput
              label={t('plan.hoursField')}
              min={0.1}
              max={24}
              step={0.5}
              decimalScale={1}
              value={hours}
              onChange={setHours}
              error={valid ? undefined : t('plan.hoursRange')}
              data-autofocus
            />
            <TextInput
              label={t('plan.loggedOn')}
              type="date"
              max={today()}
              value={loggedOn}
              onChange={(event) => setLoggedOn(event.currentTarget.value)}
            />
            <Button type="submit" size="xs" loading={log.isPending} disabled={!valid}>
              {t('plan.logSubmit')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  )
}

function TargetDateButton({ entry }: { entry: PlanItem }) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const update = useUpdatePlanItem()
  const [opened, setOpened] = useState(false)
  const [date, setDate] = useState(entry.targetDate ?? '')

  const save = (clear: boolean) =>
    update.mutate(
      {
        code: entry.item.code,
        update: clear ? { clearTargetDate: true } : { targetDate: date },
      },
      {
        onSuccess: () => setOpened(false),
        onError: (error) => showError(t('plan.dateFailed'), error),
      },
    )

  return (
    <Popover opened={opened} onChange={setOpened} trapFocus position="bottom-start" withArrow>
      <Popover.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCalendar size={14} aria-hidden="true" />}
          onClick={() => {
            setDate(entry.targetDate ?? '')
            setOpened((value) => !value)
          }}
          aria-label={t('plan.setDateFor', { title: entry.item.title })}
        >
          {t('plan.setDate')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (date) save(false)
          }}
        >
          <Stack gap="xs" w={220}>
            <TextInput
              label={t('plan.dateField')}
              type="date"
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              data-autofocus
            />
            <Group gap="xs" grow>
              <Button type="submit" size="xs" disabled={!date} loading={update.isPending}>
                {t('plan.dateSave')}
              </Button>
              {entry.targetDate && (
                <Button size="xs" variant="default" onClick={() => save(true)}>
                  {t('plan.dateClear')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  )
}

/**
 * A done item can apply its levels at any time: closing the dialog after finishing it must not
 * leave its gaps stranded.
 */
function ApplyLevelsButton({
  code,
  title,
  onProposedLevels,
}: {
  code: string
  title: string
  onProposedLevels: (levels: ProposedLevel[]) => void
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  const [loading, setLoading] = useState(false)
  const check = () => {
    setLoading(true)
    fetchProposedLevels(code)
      .then((levels) => {
        if (levels.length > 0) onProposedLevels(levels)
        else notifications.show({ message: t('plan.levelsReached', { title }) })
      })
      .catch((error: Error) => showError(t('plan.statusFailed'), error))
      .finally(() => setLoading(false))
  }
  return (
    <Button
      size="xs"
      variant="light"
      color="teal"
      leftSection={<IconArrowUp size={14} aria-hidden="true" />}
      loading={loading}
      onClick={check}
    >
      {t('plan.actions.applyLevels')}
    </Button>
  )
}
