import type { CareerEdge } from '../api/types'

export interface Point {
  x: number
  y: number
}

export interface LayoutOptions {
  nodeWidth: number
  nodeHeight: number
  columnGap: number
  rowGap: number
  padding: number
}

export interface GraphLayout {
  positions: Map<string, Point>
  width: number
  height: number
}

/**
 * A left-to-right tree layout: roles nobody leads to form the first column, the roles they lead
 * to the next one, and so on. Leaves are stacked in visiting order; a parent sits level with the
 * middle of its children. A role reached from two parents is placed under the first.
 */
export function layoutGraph(
  codes: string[],
  edges: CareerEdge[],
  options: LayoutOptions,
): GraphLayout {
  const { nodeWidth, nodeHeight, columnGap, rowGap, padding } = options
  const known = new Set(codes)
  const children = new Map<string, string[]>(codes.map((code) => [code, []]))
  const hasParent = new Set<string>()
  for (const edge of edges) {
    if (!known.has(edge.from) || !known.has(edge.to)) continue
    children.get(edge.from)!.push(edge.to)
    hasParent.add(edge.to)
  }
  const roots = codes.filter((code) => !hasParent.has(code))

  const depth = new Map<string, number>()
  const y = new Map<string, number>()
  let nextLeaf = 0
  const visit = (code: string, level: number): number => {
    depth.set(code, level)
    const own = children.get(code)!.filter((child) => !depth.has(child))
    for (const child of own) depth.set(child, level + 1) // claim before recursing
    let center: number
    if (own.length === 0) {
      center = nextLeaf++
    } else {
      const centers = own.map((child) => visit(child, level + 1))
      center = (centers[0] + centers[centers.length - 1]) / 2
    }
    y.set(code, center)
    return center
  }
  for (const root of roots) visit(root, 0)
  // cycles only (no root reaches them): give them a row of their own
  for (const code of codes) if (!depth.has(code)) visit(code, 0)

  const positions = new Map<string, Point>()
  let columns = 1
  for (const code of codes) {
    const level = depth.get(code)!
    columns = Math.max(columns, level + 1)
    positions.set(code, {
      x: padding + level * (nodeWidth + columnGap),
      y: padding + y.get(code)! * (nodeHeight + rowGap),
    })
  }
  return {
    positions,
    width: padding * 2 + columns * nodeWidth + (columns - 1) * columnGap,
    height: padding * 2 + Math.max(nextLeaf, 1) * nodeHeight + Math.max(nextLeaf - 1, 0) * rowGap,
  }
}
