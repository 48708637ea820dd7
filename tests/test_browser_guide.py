"""Neo4j Browser as researchers meet it: the guide as slides `:guide` opens, the GraSS style,
both served on localhost by `scripts/neo4j guide` with the CORS header the Browser needs."""

from __future__ import annotations

import os
import re
import subprocess
import time
from urllib.request import Request, urlopen

import pytest

from kg.graph.graph import NODE_LABELS
from kg.paths import ROOT

DOCS = ROOT / "docs"


def _cypher_blocks(text: str) -> list[str]:
    return re.findall(r"```cypher\n(.*?)```", text, re.S)


def test_slides_are_the_guide_split_at_its_sections():
    done = subprocess.run([str(ROOT / "scripts" / "browser-guide"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    guide = (DOCS / "neo4j-browser-guide.md").read_text(encoding="utf-8")
    slides = (DOCS / "neo4j-browser-guide.slides.md").read_text(encoding="utf-8")
    parts = re.split(r"\r?\n---\r?\n", slides)  # how Neo4j Browser 5 splits a Markdown guide
    headings = re.findall(r"^#{2,3} .*$", guide, re.M)
    assert len(parts) == len(headings) + 1  # the title slide, then one per section
    assert [re.search(r"^#{2,3} .*$", p, re.M)[0] for p in parts[1:]] == headings
    assert _cypher_blocks(slides) == _cypher_blocks(guide) and len(_cypher_blocks(guide)) >= 14
    assert any("db.index.fulltext.queryNodes('names'" in b for b in _cypher_blocks(slides))


def test_style_colours_and_captions_every_label():
    grass = (DOCS / "neo4j-browser-style.grass").read_text(encoding="utf-8")
    rules = dict(re.findall(r"node\.(\w+) \{(.*?)\n\}", grass, re.S))
    assert set(rules) == set(NODE_LABELS)
    captions = {label: re.search(r'caption: "\{(\w+)\}"', body)[1] for label, body in rules.items()}
    assert captions == {"Document": "id", "Unit": "name", "Official": "name", "Task": "text",
                        "Project": "name", "Park": "name", "Region": "name", "Area": "name"}
    colours = {re.search(r"(?m)^\s*color: (#[0-9a-f]{6})", body)[1] for body in rules.values()}
    assert len(colours) == len(NODE_LABELS)  # one colour per label
    assert grass.count("{") == grass.count("}")


def test_scripts_neo4j_guide_serves_both_to_the_browser(tmp_path):
    env = {**os.environ, "NEO4J_STATE_DIR": str(tmp_path / "state")}
    script = str(ROOT / "scripts" / "neo4j")
    try:
        done = subprocess.run([script, "guide"], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        commands = dict(line.split(" ", 1) for line in done.stdout.splitlines())
        assert set(commands) == {":guide", ":style"}
        for command, name in ((":guide", "neo4j-browser-guide.slides.md"), (":style", "neo4j-browser-style.grass")):
            url = commands[command]
            assert re.fullmatch(rf"http://localhost:\d+/{re.escape(name)}", url)  # localhost: allowed by default
            request = Request(url.replace("localhost", "127.0.0.1"), headers={"Origin": "http://127.0.0.1:7474"})
            with urlopen(request, timeout=10) as response:
                assert response.headers["Access-Control-Allow-Origin"] == "*"
                assert response.read().decode("utf-8") == (DOCS / name).read_text(encoding="utf-8")
    finally:
        stopped = subprocess.run([script, "stop"], env=env, capture_output=True, text=True, timeout=60)
    assert "guide server stopped" in stopped.stderr


def _http_url() -> str:
    if os.environ.get("NEO4J_HTTP_URL"):
        return os.environ["NEO4J_HTTP_URL"]
    for line in (ROOT / ".neo4j" / "env").read_text(encoding="utf-8").splitlines():
        key, _, value = line.removeprefix("export ").partition("=")
        if key == "NEO4J_HTTP_URL":
            return value
    raise AssertionError("no NEO4J_HTTP_URL: scripts/neo4j start writes it to .neo4j/env")


def _in_browser(tmp_path, command: str, url: str, wanted: str) -> str:
    """The text of Neo4j Browser after ``:command url`` was typed into its editor and run."""
    from chromium import Page

    page = Page(f"{_http_url()}/browser/", tmp_path / f"profile-{command}")
    try:
        page.wait_for("!!document.querySelector('.monaco-editor textarea')", 120)
        page.js("document.querySelector('.monaco-editor textarea').focus()")
        page.type(f":{command} {url}")
        page.key("Enter", 13)
        deadline, text = time.monotonic() + 60, ""
        while time.monotonic() < deadline:
            text = page.js("document.body ? document.body.innerText : ''") or ""
            if wanted in text or "Remote guide error" in text or "Could not parse" in text:
                break
            time.sleep(0.5)
        return text
    finally:
        page.close()


@pytest.mark.neo4j
def test_neo4j_browser_opens_the_guide_and_the_style(tmp_path):
    env = {**os.environ, "NEO4J_STATE_DIR": str(tmp_path / "state")}  # a guide server of its own
    script = str(ROOT / "scripts" / "neo4j")
    try:
        done = subprocess.run([script, "guide"], env=env, capture_output=True, text=True, timeout=60)
        commands = dict(line.split(" ", 1) for line in done.stdout.splitlines())
        text = _in_browser(tmp_path, "guide", commands[":guide"], "Neo4j Browser guide for researchers")
        assert "Neo4j Browser guide for researchers" in text and "Remote guide error" not in text, text[:500]
        n_slides = len(re.split(r"\r?\n---\r?\n", (DOCS / "neo4j-browser-guide.slides.md").read_text(encoding="utf-8")))
        assert re.search(rf"\n{n_slides}\nNext\n", text), text[:1500]  # the guide's pager, last slide number
        text = _in_browser(tmp_path, "style", commands[":style"], "node.Unit")
        shown = re.sub(r"\s", "", text)  # the Browser shows the style it applied, as CSS
        assert "Could not parse" not in text, text[:1500]
        assert "node{diameter:50px" in shown and "node.Unit{color:#f28e2b" in shown, text[:1500]
        assert "caption:{name}" in shown or "caption:'{name}'" in shown or 'caption:"{name}"' in shown
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True, timeout=60)


def test_the_guides_named_questions_are_the_cypher_files():
    """Each ### NAME section shows cypher/NAME.cypher without its comments, and declares the
    parameters it uses, so a query pasted from the guide is the one `kg query` runs."""
    guide = (ROOT / "docs" / "neo4j-browser-guide.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"(?ms)^### (\w+)\n(.*?)(?=^### |^## |\Z)", guide))
    checked = 0
    for path in sorted((ROOT / "cypher").glob("*.cypher")):
        if path.stem == "schema":
            continue
        body = sections[path.stem]
        shown = re.search(r"```cypher\n(.*?)```", body, re.S)
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("//")).strip()
        assert shown is not None and shown.group(1).strip() == code, path.stem
        for name in set(re.findall(r"\$(\w+)", code)):
            assert f":param {name} =>" in body, (path.stem, name)
        checked += 1
    assert checked >= 10
