import { useId, type KeyboardEvent } from 'react'
import { Badge, Box, Card, Group, Progress, Stack, Text, UnstyledButton } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CareerEdge, RoleFit } from '../api/types'
import { CAREER_NAMESPACE } from '../locales'
import classes from './career-graph.module.css'
import { formatPercent } from '@/lib/format'
import { layoutGraph } from './layout'

const NODE_WIDTH = 230
const NODE_HEIGHT = 76
const OPTIONS = {
  nodeWidth: NODE_WIDTH,
  nodeHeight: NODE_HEIGHT,
  columnGap: 150,
  rowGap: 26,
  padding: 24,
}

// Mantine's default palette, as SVG attributes do not take CSS variables
const COLORS = {
  text: '#212529',
  dimmed: '#495057',
  border: '#ced4da',
  edge: '#adb5bd',
  current: '#1971c2',
  currentFill: '#e7f5ff',
  track: '#e9ecef',
  surface: '#ffffff',
}

function fitColor(fit: number) {
  if (fit >= 0.7) return '#12b886'
  if (fit >= 0.4) return '#fab005'
  return '#fd7e14'
}

export interface CareerGraphProps {
  nodes: RoleFit[]
  edges: CareerEdge[]
  currentRoleCode: string | null
}

/** Every role and where it leads, with my fit; the current role is marked "you are here". */
export function CareerGraph({ nodes, edges, currentRoleCode }: CareerGraphProps) {
  const { t } = useTranslation(CAREER_NAMESPACE)
  const navigate = useNavigate()
  const id = useId()
  // a phone has no room for the columns of the graph: the same roles and steps as a list
  const narrow = useMediaQuery('(max-width: 40em)') ?? false
  const layout = layoutGraph(
    nodes.map((node) => node.roleCode),
    edges,
    OPTIONS,
  )
  const names = new Map(nodes.map((node) => [node.roleCode, node.roleName]))
  const description = nodes
    .filter((node) => edges.some((edge) => edge.from === node.roleCode))
    .map((node) =>
      t('graph.leadsTo', {
        from: node.roleName,
        to: edges
          .filter((edge) => edge.from === node.roleCode)
          .map((edge) => names.get(edge.to) ?? edge.to)
          .join(t('graph.separator')),
      }),
    )
    .join(' ')

  const open = (roleCode: string) => navigate(`/learning?role=${encodeURIComponent(roleCode)}`)
  const onKeyDown = (event: KeyboardEvent, roleCode: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      open(roleCode)
    }
  }

  if (narrow) {
    return (
      <CareerList
        nodes={nodes}
        edges={edges}
        currentRoleCode={currentRoleCode}
        names={names}
        onOpen={open}
      />
    )
  }

  return (
    <Box style={{ overflowX: 'auto' }}>
      <svg
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        style={{ minWidth: 600, maxWidth: layout.width, display: 'block' }}
        fontFamily="inherit"
      >
        <title id={`${id}-title`}>{t('graph.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={COLORS.edge} />
          </marker>
          <marker
            id={`${id}-arrow-current`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={COLORS.current} />
          </marker>
        </defs>

        <g aria-hidden="true">
          {edges.map((edge) => {
            const from = layout.positions.get(edge.from)
            const to = layout.positions.get(edge.to)
            if (!from || !to) return null
            const x1 = from.x + NODE_WIDTH
            const y1 = from.y + NODE_HEIGHT / 2
            const x2 = to.x - 2
            const y2 = to.y + NODE_HEIGHT / 2
            const mid = (x1 + x2) / 2
            const fromCurrent = edge.from === currentRoleCode
            return (
              <path
                key={`${edge.from}-${edge.to}`}
                d={`M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`}
                fill="none"
                stroke={fromCurrent ? COLORS.current : COLORS.edge}
                strokeWidth={fromCurrent ? 2.5 : 1.5}
                strokeDasharray={fromCurrent ? undefined : '5 4'}
                markerEnd={`url(#${id}-arrow${fromCurrent ? '-current' : ''})`}
              />
            )
          })}
        </g>

        {nodes.map((node) => {
          const position = layout.positions.get(node.roleCode)
          if (!position) return null
          const current = node.roleCode === currentRoleCode
          const fit = formatPercent(node.fit)
          const barWidth = NODE_WIDTH - 32
          return (
            <g
              key={node.roleCode}
              role="link"
              tabIndex={0}
              className={classes.node}
              transform={`translate(${position.x} ${position.y})`}
              aria-current={current ? 'true' : undefined}
              aria-label={
                current
                  ? t('graph.nodeCurrent', { role: node.roleName, fit })
                  : t('graph.node', { role: node.roleName, fit })
              }
              onClick={() => open(node.roleCode)}
              onKeyDown={(event) => onKeyDown(event, node.roleCode)}
            >
              <rect
                className={classes.box}
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx={10}
                fill={current ? COLORS.currentFill : COLORS.surface}
                stroke={current ? COLORS.current : COLORS.border}
                strokeWidth={current ? 2.5 : 1}
              />
              <text x={16} y={27} fontSize={15} fontWeight={600} fill={COLORS.text}>
                {node.roleName}{' '}
              </text>
              <text x={16} y={48} fontSize={13} fill={COLORS.dimmed}>
                {t('graph.fit', { fit })}{' '}
              </text>
              <rect x={16} y={58} width={barWidth} height={6} rx={3} fill={COLORS.track} />
              <rect
                x={16}
                y={58}
                width={Math.max(0, Math.min(1, node.fit)) * barWidth}
                height={6}
                rx={3}
                fill={fitColor(node.fit)}
              />
              {current && (
                <g transform={`translate(${NODE_WIDTH - 108} -11)`}>
                  <rect width={100} height={22} rx={11} fill={COLORS.current} />
                  <text
                    x={50}
                    y={15}
                    fontSize={11}
                    fontWeight={700}
                    fill="#fff"
                    textAnchor="middle"
                  >
                    {t('graph.youAreHere')}
                  </text>
                </g>
              )}
            </g>
          )
        })}
      </svg>
    </Box>
  )
}

/** The graph as a list for narrow screens: each role, my fit, and the roles it leads to. */
function CareerList({
  nodes,
  edges,
  currentRoleCode,
  names,
  onOpen,
}: CareerGraphProps & { names: Map<string, string>; onOpen: (roleCode: string) => void }) {
  const { t } = useTranslation(CAREER_NAMESPACE)
  return (
    <Stack
      gap="sm"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('graph.title')}
    >
      {nodes.map((node) => {
        const current = node.roleCode === currentRoleCode
        const next = edges.filter((edge) => edge.from === node.roleCode)
        return (
          <li key={node.roleCode}>
            <Card
              withBorder
              padding="sm"
              style={current ? { borderColor: COLORS.current, borderWidth: 2 } : undefined}
            >
              <UnstyledButton
                onClick={() => onOpen(node.roleCode)}
                aria-current={current ? 'true' : undefined}
                w="100%"
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={600}>{node.roleName}</Text>
                  {current && (
                    <Badge size="sm" variant="filled">
                      {t('graph.youAreHere')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {t('graph.fit', { fit: formatPercent(node.fit) })}
                </Text>
                <Progress value={node.fit * 100} size="sm" mt={4} aria-hidden="true" />
              </UnstyledButton>
              {next.length > 0 && (
                <Text size="sm" mt="xs">
                  {t('graph.leadsTo', {
                    from: node.roleName,
                    to: next
                      .map((edge) => names.get(edge.to) ?? edge.to)
                      .join(t('graph.separator')),
                  })}
                </Text>
              )}
            </Card>
          </li>
        )
      })}
    </Stack>
  )
}
