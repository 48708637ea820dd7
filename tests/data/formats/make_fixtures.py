"""Regenerate the PDF, image, .docx and .doc fixtures of tests/data/formats/ from real text.

Run by hand (the files are committed): ``.venv/bin/python tests/data/formats/make_fixtures.py``.
Needs Debian's chromium, fonts-wqy-microhei and (for .doc) LibreOffice; Pillow and
python-docx from the dev install. Every text is public government text already in the
repository (seeds/ and tests/data/formats/*.html); see tests/data/formats/README.md.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEEDS = ROOT / "seeds"
PRINTED = HERE / "seeds_pdf"

CSS = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-center { content: "%(header)s"; font-size: 9pt; color: #444; }
  @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; } }
body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 11pt; line-height: 1.5; margin: 0; }
.l { white-space: pre-wrap; min-height: 1.5em; }
table { border-collapse: collapse; margin: 4pt 0; font-size: 9.5pt; }
td { border: 0.6pt solid #333; padding: 2pt 4pt; vertical-align: top; }
.cols { column-count: 2; column-gap: 10mm; }
"""


def text_to_html(text: str, header: str, columns: bool = False) -> str:
    """Lines as block lines, runs of tab-separated lines as a ruled table."""
    out: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            out.append("<table>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r + [""] * (width - len(r))) + "</tr>"
                for r in rows) + "</table>")
            rows.clear()

    for line in text.splitlines():
        if "\t" in line:
            cells = line.split("\t")
            while cells and not cells[-1].strip():
                cells.pop()  # trailing empty columns print as nothing
            rows.append(cells)
            continue
        flush()
        out.append(f'<div class="l">{html.escape(line)}</div>')
    flush()
    body = "\n".join(out)
    if columns:
        body = f'<div class="cols">{body}</div>'
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS % {'header': header}}</style>"
            f"</head><body>{body}</body></html>")


def print_pdf(page_html: str, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page_html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={pdf}", src.as_uri()],
                       check=True, capture_output=True, timeout=300)


def scanned_pdf(pdf: Path, pages: list[int], out_pdf: Path, out_png: Path | None = None) -> None:
    """Pages rendered at 200 dpi in grey, slightly rotated and blurred, as an image-only PDF
    (a scan); the first page also as a PNG, cropped to its upper half."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    document = pdfium.PdfDocument(pdf)
    images = []
    for index in pages:
        image = document[index].render(scale=200 / 72).to_pil().convert("L")
        image = image.rotate(0.4, resample=Image.BICUBIC, fillcolor=255, expand=False)
        image = image.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: min(255, v + 18) if v > 128 else v)
        images.append(image)
    document.close()
    images[0].save(out_pdf, "PDF", resolution=200.0, save_all=True, append_images=images[1:])
    if out_png is not None:
        images[0].crop((0, 0, images[0].width, images[0].height * 2 // 5)).save(out_png, optimize=True)


SITE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_{site}</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<meta name="description" content="{title}">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问{site}</span><a href="/wza/">无障碍</a> <a href="/en/">English</a> <a href="/app/">移动版</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="{site}"></a>
<form class="search" action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<nav class="main-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进{city}</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></nav>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; 正文</div>
<div class="w1200 main">
<aside class="side"><h3>政策文件</h3><ul><li><a href="/zcwj/szfwj/">市政府文件</a></li><li><a href="/zcwj/szfbwj/">市政府办公厅文件</a></li>
<li><a href="/zcwj/rsrm/">人事任免</a></li><li><a href="/zcwj/zcjd/">政策解读</a></li></ul></aside>
<div class="article">
<table class="meta"><tr><td>索引号：</td><td>{index}</td><td>发布机构：</td><td>{source}</td></tr>
<tr><td>发文日期：</td><td>{date}</td><td>主题分类：</td><td>{topic}</td></tr></table>
<h1 class="title">{title}</h1>
<div class="info">发布时间：{date} &nbsp; 来源：{source} &nbsp; 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> &nbsp; <a href="javascript:window.print()">打印</a></div>
<div class="TRS_Editor" id="zoom">
"""
SITE_FOOT = """</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/zcwj/1.html">关于做好2022年元旦春节期间有关工作的通知</a></li>
<li><a href="/zcwj/2.html">关于公布第二批市级非物质文化遗产代表性项目名录的通知</a></li></ul></div>
</div></div>
<footer class="footer"><div class="w1200">
<p><a href="/about/">关于本网</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/privacy/">隐私声明</a></p>
<p>主办单位：{site_owner} &nbsp; 承办单位：{site_owner}大数据中心</p>
<p>网站标识码：{code} &nbsp; ICP备案号：浙ICP备05000000号-1 &nbsp; 公安机关备案号：33020302000000号</p>
</div></footer>
<script src="/static/js/common.js"></script>
<script>document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script>
</body>
</html>
"""


def web_page(body_lines: list[str], **fields: str) -> str:
    """A saved government web page: header, navigation, metadata, the article, footer, scripts."""
    body = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in body_lines if line.strip())
    return SITE_HEAD.format(**fields) + body + SITE_FOOT.format(**fields)


def seed_section(name: str, number: str, next_number: str, signer: str) -> list[str]:
    """A document of a seed gazette: from its title (two lines above its document number)
    to its signature, the last ``signer`` line before the next document's number."""
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    at = lines.index(number)
    end = lines.index(next_number)
    sign = max(i for i in range(at, end) if lines[i].strip() == signer)
    return lines[at - 2:sign + 1]


NINGBO = {"site": "宁波市人民政府", "city": "宁波", "site_owner": "宁波市人民政府办公厅", "code": "3302000003"}


#: The opening of 鹤政发〔2025〕4号 as published on the Hegang government site
#: (www.hgds.gov.cn/hegang/hzf/202505/74521.shtml), up to the end of its first task.
HEGANG = """鹤政发〔2025〕4号
鹤岗市人民政府 鹤岗市中级人民法院印发
关于完善“府院联动”机制的意见的通知
各县（区）人民政府、法院，市政府各部门：
《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次常务会议审议通过，并经市委十三届第94次常委会会议审议通过，现印发给你们，请认真贯彻执行。
鹤岗市人民政府 鹤岗市中级人民法院
2025年4月30日
鹤岗市人民政府 鹤岗市中级人民法院
关于完善“府院联动”机制的意见
为深入推进全面依法治市和法治政府建设，持续深化和发展新时代“枫桥经验”，构建党委领导、人大监督、政府支持、法院主导、部门联动、社会参与的“府院联动”机制，搭建政府法治与人民司法全方位、全链条的对接联动平台，更好推进行政争议源头治理和实质化解，制定本意见。
一、指导思想
坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，深入贯彻习近平法治思想，在市委统一领导下，坚持以人民为中心，加强各方协同联动，在宪法法律赋予的职权范围内，实现行政与司法良性互动、优势互补，有效提升行政效能、司法效率和社会效果，为建设更高水平的法治鹤岗、平安鹤岗提供有力保障。
二、重点任务
（一）完善重大事项事前研判机制。各级政府及其工作部门在作出重大行政决策，进行重大利益调整、重大项目实施等过程中，可根据工作需要邀请法院工作人员参与论证。法院要积极参与政府决策过程，通过参与论证、提供法律咨询意见、分析法律风险隐患等方式提供司法服务，提出合理化建议和修改意见，提高地方行政立法、重大行政决策的合法性、合理性、可行性。"""


def write_word_and_web() -> None:
    import docx

    gazette = "001_7b9a746ae4c8e0db.txt"
    # 甬政办发〔2021〕79号 (tasks with 牵头单位/配合单位) as a Word notice, and 甬政干〔2021〕34号 after it.
    notice = seed_section(gazette, "甬政办发〔2021〕79号", "甬政办发〔2021〕80号", "宁波市人民政府办公厅")
    notice += ["2021年12月23日"]
    personnel = seed_section(gazette, "甬政干〔2021〕34号", "甬政干〔2021〕35号", "宁波市人民政府")
    personnel += ["2021年12月27日"]
    document = docx.Document()
    for line in notice + [""] + personnel:
        if "\t" in line:
            cells = line.split("\t")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, text in zip(table.rows[0].cells, cells, strict=False):
                cell.text = text
        else:
            document.add_paragraph(line)
    document.save(HERE / "notice_79.docx")
    # The same notice as Word 97-2003 (.doc), written by LibreOffice.
    if shutil.which("soffice"):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp, 'p').as_uri()}", "--headless",
                            "--convert-to", "doc", "--outdir", str(HERE), str(HERE / "notice_79.docx")],
                           check=True, capture_output=True, timeout=300)
    # Saved web pages.
    appointments = seed_section(gazette, "甬政干〔2021〕35号", "甬政干〔2021〕37号", "宁波市人民政府")
    appointments = [line for line in appointments[2:] if line.strip()] + ["2021年12月31日"]
    page = web_page(appointments, title="宁波市人民政府关于王程等职务任免的通知", date="2021-12-31",
                    source="宁波市人民政府", index="002951372/2021-01035", topic="人事任免", **NINGBO)
    (HERE / "web" / "ningbo_appointments_35.html").write_text(page, encoding="utf-8")
    tasks = notice[notice.index("甬政办发〔2021〕79号"):]
    page = web_page(tasks, title="宁波市人民政府办公厅关于加快推进新型离岸国际贸易发展的实施意见", date="2021-12-23",
                    source="宁波市人民政府办公厅", index="002951372/2021-01012", topic="商贸、海关、旅游", **NINGBO)
    (HERE / "web" / "ningbo_offshore_trade_79.html").write_text(page, encoding="utf-8")
    # The Yinzhou page the seed 003 was saved from: its metadata lines go to the page's metadata.
    plan = (SEEDS / "003_c67c5be23edba4ef.txt").read_text(encoding="utf-8").splitlines()
    body = plan[plan.index("正文内容") + 1:]
    page = web_page(body, title="宁波市鄞州区人民政府办公室关于印发鄞州区对接大上海、融入长三角“十四五”发展规划的通知",
                    date="2021-10-17", source="鄞州区政府办公室", index="002969042/2021-83769", topic="其他",
                    site="宁波市鄞州区人民政府", city="鄞州", site_owner="宁波市鄞州区人民政府办公室", code="3302120001")
    page = page.replace('<h1 class="title">', '<div class="docno">文件编号 鄞政办发〔2021〕79号</div>\n<h1 class="title">')
    (HERE / "web" / "yinzhou_plan.html").write_text(page, encoding="utf-8")
    lines = HEGANG.splitlines()
    page = web_page(lines[:1] + lines[3:], title="鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知",
                    date="2025-05-06", source="鹤岗市人民政府", index="11230400MB0000000X/2025-00104", topic="政府文件",
                    site="鹤岗市人民政府", city="鹤岗", site_owner="鹤岗市人民政府办公室", code="2304000001")
    (HERE / "web" / "hegang_fuyuan.html").write_text(page, encoding="utf-8")


def main() -> None:
    PRINTED.mkdir(exist_ok=True)
    headers = {"001": "宁波市人民政府公报 2022年第1期"}
    for seed in sorted(SEEDS.glob("*.txt")):
        if (PRINTED / f"{seed.stem}.pdf").exists() and "--force" not in sys.argv:
            continue
        header = headers.get(seed.name[:3], "")
        print_pdf(text_to_html(seed.read_text(encoding="utf-8"), header), PRINTED / f"{seed.stem}.pdf")
        print("printed", seed.name, file=sys.stderr)
    text = (SEEDS / "003_c67c5be23edba4ef.txt").read_text(encoding="utf-8")
    print_pdf(text_to_html("\n".join(text.splitlines()[:60]), "鄞州区人民政府办公室", columns=True),
              HERE / "two_columns.pdf")
    # The scanned pages: the personnel notices 甬政干〔2021〕34号 and 35号, and a page of
    # 甬政办发〔2021〕79号 with 牵头单位/配合单位, from the printed gazette issue.
    import pypdfium2 as pdfium

    gazette = PRINTED / "001_7b9a746ae4c8e0db.pdf"
    doc = pdfium.PdfDocument(gazette)
    texts = [doc[i].get_textpage().get_text_range().replace("\r\n", "") for i in range(len(doc))]
    doc.close()
    personnel = next(i for i, t in enumerate(texts) if "王顺大、黎伟挺职务任免的通知甬政干〔2021〕34号" in t)
    tasks = next(i for i, t in enumerate(texts) if "推动国际能源贸易总部基地建设" in t)
    scanned_pdf(gazette, [personnel, tasks], HERE / "scanned_gazette_pages.pdf", HERE / "scanned_notice.png")
    (HERE / "web").mkdir(exist_ok=True)
    write_word_and_web()

if __name__ == "__main__":
    if not shutil.which("chromium"):
        sys.exit("needs chromium (apt-get install chromium fonts-wqy-microhei)")
    main()
