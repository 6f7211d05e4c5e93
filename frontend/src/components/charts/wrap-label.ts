/** East Asian wide characters take about twice the width of Latin ones. */
function width(char: string): number {
  return /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 2 : 1
}

/**
 * Splits an axis label into at most `maxLines` lines of about `maxUnits` (a Latin character is
 * one unit, a Japanese one two). Latin text breaks between words, Japanese anywhere (but a line
 * never starts with a long-vowel mark or small kana); what does not fit ends in "…".
 */
export function wrapLabel(text: string, maxUnits: number, maxLines = 2): string[] {
  const tokens = text.includes(' ') ? text.split(/(?<= )/) : [...text]
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const token of tokens) {
    const w = [...token].reduce((sum, char) => sum + width(char), 0)
    const noLineStart = /^[ーぁぃぅぇぉっゃゅょァィゥェォッャュョ、。）」]/.test(token)
    if (used + w > maxUnits && line && !noLineStart) {
      lines.push(line.trimEnd())
      line = ''
      used = 0
    }
    line += token
    used += w
  }
  if (line) lines.push(line.trimEnd())
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = kept[maxLines - 1]
  while (last.length > 1 && [...last].reduce((s, c) => s + width(c), 0) + 1 > maxUnits) {
    last = [...last].slice(0, -1).join('')
  }
  kept[maxLines - 1] = `${last.trimEnd()}…`
  return kept
}
