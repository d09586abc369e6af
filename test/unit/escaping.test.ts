/**
 * The writers that put editors' text into other languages than HTML text:
 * JSON inside a script element, XML, and the repository address in links.
 * The built-site and browser tests show them at work on hostile content; these
 * pin down each writer alone.
 */
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '~/lib/site/json-ld';
import { escapeXml } from '~/lib/site/feed';
import { editUrl, repositoryWebUrl, viewUrl } from '~/lib/site/repository';
import { isSafeUrl, MDX_COMPONENT_ATTRIBUTES, urlScheme } from '~/lib/atlas/mdx-body';
import { mdxComponents } from '~/components/mdx';

describe('jsonForScript', () => {
  const hostile = { title: '</script><script>alert(1)</script><!-- & \u2028\u2029' };

  it('never writes <, > or & and reads back as the same value', () => {
    const text = jsonForScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe('escapeXml', () => {
  it('writes markup characters as entities', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('leaves out what XML 1.0 cannot carry, and keeps the rest of Unicode', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('탭\t줄\n바꿈\r 😀 \u2028')).toBe('탭\t줄\n바꿈\r 😀 \u2028');
  });
});

describe('the repository address', () => {
  it.each([
    ['https://github.com/owner/atlas', 'https://github.com/owner/atlas'],
    ['git+https://github.com/owner/atlas.git', 'https://github.com/owner/atlas'],
    ['github:owner/atlas', 'https://github.com/owner/atlas'],
    ['owner/atlas', 'https://github.com/owner/atlas'],
    ['https://git.example.org/team/atlas/', 'https://git.example.org/team/atlas'],
  ])('%s → %s', (input, expected) => expect(repositoryWebUrl(input)).toBe(expected));

  it.each([[undefined], [''], ['javascript:alert(1)'], ['ssh://git@github.com/owner/atlas'], ['https://github.com/owner/atlas" onclick="x']])('%j gives no address', (input) => {
    expect(repositoryWebUrl(input)).toBeUndefined();
    expect(repositoryWebUrl({ url: input })).toBeUndefined();
  });

  it('makes edit and view links into the repository, and none without one', () => {
    expect(editUrl('content/cases/en/kt.mdx', 'https://github.com/owner/atlas')).toBe('https://github.com/owner/atlas/edit/main/content/cases/en/kt.mdx');
    expect(viewUrl('content/cases/kt.yaml', 'https://github.com/owner/atlas')).toBe('https://github.com/owner/atlas/blob/main/content/cases/kt.yaml');
    expect(editUrl('content/cases/en/kt.mdx', undefined)).toBeUndefined();
  });
});

describe('addresses in MDX links', () => {
  it.each([
    ['https://example.org/', true],
    ['mailto:editor@example.org', true],
    ['../kt/', true],
    ['#results', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' \u0001javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
  ])('%j is safe: %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));

  it('reads the scheme as a browser does', () => expect(urlScheme('java\nscript:x')).toBe('javascript'));
});

describe('what an MDX text may contain', () => {
  it('allows exactly the components editors are given (src/components/mdx/)', () => {
    expect(Object.keys(MDX_COMPONENT_ATTRIBUTES).sort()).toEqual(Object.keys(mdxComponents).sort());
  });
});
