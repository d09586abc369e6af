import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '~/lib/atlas/types';
import { FEED_LENGTH, feedDescription, feedItems, feedXml } from '~/lib/site/feed';
import { LANGS } from '~/schemas/common';
import { t } from '~/i18n';
import { realAtlas } from '../support/atlas';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await realAtlas();
});

const abs = (path: string) => `https://example.org/atlas/en/${path}`;
const items = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g)].map((m) => ({ link: m[1]!, date: new Date(m[2]!) }));

describe('the RSS feeds', () => {
  it('hold every case and policy while there are few, and say so', () => {
    for (const lang of LANGS) {
      const all = feedItems(atlas, lang);
      expect(all.length).toBe(atlas.cases.length + atlas.policies.length);
      expect(all.length).toBeLessThanOrEqual(FEED_LENGTH);
      const description = feedDescription(lang, all.length, { cases: abs('cases/'), policies: abs('policies/') });
      expect(description.startsWith(`${t(lang).tagline}.`)).toBe(true);
      expect(description).not.toContain(abs('cases/'));
      const xml = feedXml(all, { title: 'x', description, lang, link: abs(''), self: abs('rss.xml') }, abs);
      expect(items(xml)).toHaveLength(all.length);
    }
  });

  it('keep only the latest changes of a large atlas, newest first, and name the full lists', () => {
    // The real cases again under new ids, each a day older than the last.
    const cases = Array.from({ length: 60 }, (_, k) => {
      const c = atlas.cases[k % atlas.cases.length]!;
      const updated = new Date(Date.UTC(2026, 0, 1) - k * 86_400_000);
      return { ...c, id: `${c.id}-${k}`, text: { ko: { ...c.text.ko, updated }, en: { ...c.text.en, updated } } };
    });
    const big: Atlas = { ...atlas, cases, policies: atlas.policies.map((p) => ({ ...p, text: { ko: { ...p.text.ko, updated: new Date(Date.UTC(2000, 0, 1)) }, en: { ...p.text.en, updated: new Date(Date.UTC(2000, 0, 1)) } } })) };
    const all = feedItems(big, 'en');
    const description = feedDescription('en', all.length, { cases: abs('cases/'), policies: abs('policies/') });
    expect(description).toContain(`The ${FEED_LENGTH} latest changes among ${all.length} cases and policies`);
    expect(description).toContain(abs('cases/'));
    expect(description).toContain(abs('policies/'));
    const shown = items(feedXml(all, { title: 'x', description, lang: 'en', link: abs(''), self: abs('rss.xml') }, abs));
    expect(shown).toHaveLength(FEED_LENGTH);
    expect(shown.map((i) => i.link)).toEqual(cases.slice(0, FEED_LENGTH).map((c) => abs(`cases/${c.id}/`)));
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.date.getTime()).toBeLessThanOrEqual(shown[i - 1]!.date.getTime());
  });
});
