import { Stack, Tabs } from '@mantine/core'
import { IconBookmarks, IconFileSearch, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '@/components/layout/page-header'
import { POSTINGS_NAMESPACE } from '../locales'
import { AnalysePanel } from './analyse-panel'
import { SavedPostingDetail } from './saved-posting-detail'
import { SavedPostings } from './saved-postings'

type Tab = 'analyse' | 'saved'

/** /postings: analyse a pasted posting; saved postings (open, delete, compare, fit over time). */
export function PostingsPage() {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  const [params, setParams] = useSearchParams()
  const openId = params.get('id')
  const tab: Tab = params.get('tab') === 'saved' || openId ? 'saved' : 'analyse'

  const show = (next: Tab, id?: string) => {
    const nextParams = new URLSearchParams()
    if (next === 'saved') nextParams.set('tab', 'saved')
    if (id) nextParams.set('id', id)
    setParams(nextParams)
  }

  return (
    <Stack gap="lg">
      <PageHeader
        icon={<IconFileSearch size={22} />}
        title={t('page.title')}
        description={t('page.description')}
      />

      <Tabs
        value={tab}
        onChange={(value) => show(value === 'saved' ? 'saved' : 'analyse')}
        keepMounted
      >
        <Tabs.List aria-label={t('page.tabs.label')} mb="md">
          <Tabs.Tab value="analyse" leftSection={<IconSearch size={16} aria-hidden="true" />}>
            {t('page.tabs.analyse')}
          </Tabs.Tab>
          <Tabs.Tab value="saved" leftSection={<IconBookmarks size={16} aria-hidden="true" />}>
            {t('page.tabs.saved')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="analyse">
          <AnalysePanel onOpenSaved={(id) => show('saved', id)} />
        </Tabs.Panel>
        <Tabs.Panel value="saved">
          {openId ? (
            <SavedPostingDetail key={openId} id={openId} onBack={() => show('saved')} />
          ) : (
            <SavedPostings onOpen={(id) => show('saved', id)} onAnalyse={() => show('analyse')} />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
