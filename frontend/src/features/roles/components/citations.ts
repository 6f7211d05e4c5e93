/** A piece of a rationale: plain text, or a citation of article lines ("26-27,37"). */
export interface Segment {
  text: string
  lines?: string
}

const CITATION = /\(l\.\s*([\d,\s\-–]+)\)|（([\d・、,\-–〜\s]+)行）/g

/** "26-27, 37" or "16・22・37" → "26-27,37" */
function normalise(spec: string): string {
  return spec
    .replace(/[・、]/g, ',')
    .replace(/[–〜]/g, '-')
    .replace(/\s+/g, '')
}

/** Splits a rationale into text and the citations "(l.26-27)" / "（26-27行）" it holds. */
export function splitCitations(text: string): Segment[] {
  const segments: Segment[] = []
  let last = 0
  for (const match of text.matchAll(CITATION)) {
    const index = match.index ?? 0
    if (index > last) segments.push({ text: text.slice(last, index) })
    segments.push({ text: match[0], lines: normalise(match[1] ?? match[2] ?? '') })
    last = index + match[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last) })
  return segments
}

/** The line numbers of a citation: "26-27,37" → [26, 27, 37]. */
export function lineNumbers(spec: string): number[] {
  const numbers: number[] = []
  for (const part of spec.split(',')) {
    const [from, to] = part.split('-').map(Number)
    if (!Number.isFinite(from)) continue
    for (let n = from; n <= (Number.isFinite(to) ? to : from); n++) numbers.push(n)
  }
  return numbers
}
