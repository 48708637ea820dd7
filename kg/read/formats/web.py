"""A saved web page → the text of its article, without menus, footers and scripts.

readability-lxml finds the article body (bench/formats.py measured it against
trafilatura on saved government pages: both found every body paragraph, but
trafilatura dropped the red-header lines — issuer, document number, title — that
a gazette-style page prints above its text, which the segmenter needs). The body's
HTML then goes through the same repair as any HTML file (paragraphs → lines,
table cells → tabs). When the body lacks them, the page's title (its ArticleTitle
or og:title meta, its first <h1>, or its <title> without the site's name), its
document number (a 发文字号/文件编号 field of the page's metadata table), its publisher
(发布机构, which places a document whose text says only 区政府) and its publication date (htmldate, from the page's metadata) are put before and after it,
so the segmenter finds the document's heading and date in the text layer.

An HTML file that is not a whole page with navigation around an article (an HTML
fragment, a table saved on its own) is left to :mod:`kg.read.ingest` as it is.
"""

from __future__ import annotations

import html
import re

from kg.patterns import DATE_PATTERN, DOC_NUMBER_PATTERN
from kg.read.ingest import repair

#: Signs of a whole saved page with furniture around the article.
_FURNITURE_RE = re.compile(
    r"<(?:nav|header|footer|aside|script|form)\b|<(?:div|ul|table)\b[^>]*\b(?:class|id)\s*=\s*[\"']?[^\"'>]*"
    r"(?:nav|menu|footer|header|crumb|sidebar|side)", re.IGNORECASE)
_BODY_RE = re.compile(r"<body\b", re.IGNORECASE)
_META_TITLE_RE = re.compile(
    r"<meta\s+(?:name|property)\s*=\s*[\"'](?:ArticleTitle|og:title|twitter:title)[\"']\s+content\s*=\s*[\"']"
    r"(?P<t>[^\"']+)[\"']", re.IGNORECASE)
_H1_RE = re.compile(r"<h1\b[^>]*>(?P<t>.*?)</h1>", re.IGNORECASE | re.DOTALL)
_TITLE_RE = re.compile(r"<title\b[^>]*>(?P<t>.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
_NUMBER_FIELD_RE = re.compile(
    rf"(?:发文字号|文件编号|文号)[\s\u3000]*[:：]?[\s\u3000]*(?P<n>{DOC_NUMBER_PATTERN})")
#: The publisher of a page's metadata table (发布机构：	下陆区政府办公室), cells as tabs.
_PUBLISHER_FIELD_RE = re.compile(
    r"(?:发布机构|发文机关|发文机构|发文单位|发布机关)[\s\u3000]*[:：][\s\u3000]*(?P<p>[^\s\u3000|｜:：]{2,40})")
_DATE_RE = re.compile(DATE_PATTERN)
_BLANKS_RE = re.compile(r"\n[ \t\u3000\xa0]*(?:\n[ \t\u3000\xa0]*)+")


def is_whole_page(page: str) -> bool:
    """A saved page (a <body> with navigation, header, footer or scripts), not a fragment."""
    return bool(_BODY_RE.search(page) and _FURNITURE_RE.search(page))


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG_RE.sub("", fragment)).split())


def page_title(page: str) -> str | None:
    """The article's title from the page's metadata, its first <h1>, or its <title>
    without the site's name (``标题_宁波市人民政府`` → ``标题``)."""
    for pattern in (_META_TITLE_RE, _H1_RE):
        m = pattern.search(page)
        if m and _plain(m.group("t")):
            return _plain(m.group("t"))
    m = _TITLE_RE.search(page)
    if not m:
        return None
    title = re.split(r"\s*(?:_|\||-{1,2}|—)\s*", _plain(m.group("t")))[0]
    return title or None


def page_date(page: str) -> str | None:
    """The publication date (``YYYY-MM-DD``) from the page's metadata, by htmldate."""
    import htmldate

    try:
        return htmldate.find_date(page, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None


def article_html(page: str) -> str:
    """The article body of a whole page, as HTML (readability-lxml)."""
    import readability

    return readability.Document(page).summary(html_partial=True)


def _squash(text: str) -> str:
    return "".join(text.split())


def article_layer(page: str, name: str) -> str | None:
    """The text layer of a saved web page: its article, with title, document number
    and date from the page's metadata when the article lacks them; None when ``page``
    is not a whole page (then it is read as an HTML fragment)."""
    if not is_whole_page(page):
        return None
    body = repair(name, article_html(page)).clean.replace("\xa0", " ")
    body = _BLANKS_RE.sub("\n\n", "\n".join(line.strip() for line in body.splitlines())).strip()
    if not body:
        return None
    head: list[str] = []
    opening = _squash(body[:600])
    title = page_title(page)
    if title and _squash(title) not in opening:
        head.append(title)
    number = _NUMBER_FIELD_RE.search(repair(name, page).clean)
    if number and _squash(number.group("n")) not in _squash(body):
        head.append(f"文件编号 {number.group('n')}")
    publisher = _PUBLISHER_FIELD_RE.search(repair(name, page).clean)
    if publisher and publisher.group("p") not in body:  # places the document when its text does not
        head.append(f"发布机构：{publisher.group('p')}")
    tail: list[str] = []
    date = page_date(page)
    if date and not _DATE_RE.search(body):
        year, month, day = (int(part) for part in date.split("-"))
        tail.append(f"{year}年{month}月{day}日")
    return "\n\n".join([*head, body, *tail]) + "\n"
