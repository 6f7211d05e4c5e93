import { Typography } from '@mantine/core'
import ReactMarkdown, { type Components } from 'react-markdown'

const components: Components = {
  // links leave the app in a new tab, without giving it a handle on this window
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
  // no images: a review is text (and an image URL would tell its host who read the review)
  img: ({ alt }) => <span>{alt}</span>,
}

/**
 * Renders a review's Markdown with react-markdown. Raw HTML is never rendered: `skipHtml` drops
 * it, there is no rehype-raw, and react-markdown's URL filter removes `javascript:` links.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography fz="sm" data-testid="markdown">
      <ReactMarkdown skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </Typography>
  )
}
