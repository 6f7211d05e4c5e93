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
  // a Latin word (with the space after it) stays whole, Japanese breaks between any two characters
  const tokens =
    text.match(
      /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]|[^\s\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+\s*|\s+/g,
    ) ?? []
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
  const units = (text: string) => [...text].reduce((sum, char) => sum + width(char), 0)
  /** `text` cut to leave room for "…" (a word too long for a line is cut too). */
  const cut = (text: string) => {
    let kept = text
    while (kept.length > 1 && units(kept) + 1 > maxUnits) kept = [...kept].slice(0, -1).join('')
    return `${kept.trimEnd()}…`
  }
  const kept = lines
    .slice(0, maxLines)
    .map((text, index) =>
      units(text) > maxUnits || (index === maxLines - 1 && lines.length > maxLines)
        ? cut(text)
        : text,
    )
  return kept
}
