"""HTML views: one page per document and an index with charts; every piece of document text escaped.

The unit tests parse the written HTML the way a browser builds its tree (tags, attributes, text) and
check that hostile document text only ever lands in text nodes and attribute values. The browser
test opens the pages of a real run in headless Chromium and checks what a person would see.
"""

import json
import os
import re
import stat
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.charts import STANCE_COLOURS, checked_svg, stance_bars_svg
from pipeline.cli import main
from pipeline.errors import StanceError
from pipeline.views import document_view, page_filename, write_views

PAYLOADS = [
    "<script>window.__pwned=1;document.title='PWNED'</script>",
    '<img src=x onerror="window.__pwned=2">',
    "javascript:window.__pwned=3",
    '<svg onload="window.__pwned=4"><circle r="9"/></svg>',
    '"><script>window.__pwned=5</script><a href="',
    "</title><script>window.__pwned=6</script>",
    "</text></svg><script>window.__pwned=7</script>",
    "<!-- --><style>body{display:none}</style>",
    "{{ 7*7 }}{% if 1 %}jinja{% endif %}",
]
# Tags that only the payloads hold (the charts draw bars, text and paths: never a circle).
FORBIDDEN_TAGS = {"script", "img", "iframe", "object", "embed", "foreignobject", "link", "base", "form", "input",
                  "circle"}
OUR_LINKS = r"(\.\./index|docs/[a-z0-9-]+)\.html"  # the only links: index -> pages, page -> index
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


class Tree(HTMLParser):
    """Tags, attributes and text of an HTML page as a browser's tokenizer sees them."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.elements, self.text = [], [], [], []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)
        self.elements.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)

    @property
    def data(self):
        return "".join(self.text)


JANE = {"id": "s1", "name": "Jane Okafor", "role": "Chief Constable", "org": "Aldmere Police"}


def build_record(doc_id="doc-1", payload="", meta=None, stance="against", speaker=None):
    """An ANNOTATION.md record with predictions: headline, lead, a quote with its speaker, body, note."""
    parts = [
        ("headline", f"Police demand a pause {payload}", "neutral", []),
        ("lead", f"The police today urged the company to pause encryption {payload}.", "against", ["policy_ask"]),
        ("quote", f"Encryption lets abusers hide from us {payload}.", stance, ["harm_claim", "causal_claim"]),
        ("body", f"Encryption keeps survivors safe {payload}.", "favor", []),
        ("note", f"The force was founded in 1990 {payload}.", "neutral", ["evidence"]),
        ("boilerplate", f"Share this page {payload}", None, []),
    ]
    text, segments, sentences = "", [], []
    for label, words, sentence_stance, roles in parts:
        start = len(text)
        text += words + "\n\n"
        segment = {"start": start, "end": start + len(words), "label": label}
        if label == "quote":
            segment["speaker"] = "s1"
        segments.append(segment)
        if sentence_stance is not None:
            scores = {s: 0.1 for s in ("favor", "against", "neutral")} | {sentence_stance: 0.8}
            sentences.append({"start": start, "end": start + len(words), "stance": sentence_stance,
                              "stance_scores": scores, "roles": roles,
                              "role_scores": {role: 0.9 for role in roles} | {"evidence": 0.05}})
    quote = segments[2]
    quote_rollup = {"stance": stance, "score": -0.7, "counts": {"favor": 0, "against": 1, "neutral": 0},
                    "confidence": 0.8, "low_confidence": True}
    return {
        "id": doc_id,
        "text": text,
        "meta": {"body": "Aldmere Police", "body_type": "law_enforcement", "date": "2024-10-08",
                 "title": f"Police demand a pause {payload}".strip(), "source": "test"} | (meta or {}),
        "speakers": [speaker or JANE],
        "segments": segments,
        "sentences": sentences,
        "stance": stance,
        "stance_rollup": {"stance": stance, "score": -0.41, "counts": {"favor": 1, "against": 2, "neutral": 2},
                          "confidence": 0.55, "low_confidence": False,
                          "probabilities": {"favor": 0.1, "against": 0.55, "mixed": 0.2, "neutral": 0.15}},
        "rollups": {"quotes": [{"start": quote["start"], "end": quote["end"], "speaker": "s1", **quote_rollup}],
                    "speakers": {"s1": quote_rollup}},
    }


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def hostile_record(payload):
    """The payload in every field that reaches a page: text, id, metadata (keys too), speaker, labels."""
    record = build_record(
        doc_id=f"police/{payload}.txt",
        payload=payload,
        meta={"body": f"Aldmere {payload} Police", "body_type": payload, "date": f"2024-10-08 {payload}",
              "source": payload, f"extra {payload}": payload},
        stance=payload,
        speaker={"id": "s1", "name": f"Jane {payload}", "role": payload, "org": payload},
    )
    record["segments"][1]["label"] = payload
    record["sentences"][0]["roles"] = [payload]
    record["sentences"][0]["role_scores"] = {payload: 0.5}
    return record


def html_outputs(out):
    return [out / "index.html", *sorted((out / "docs").glob("*.html"))]


def assert_inert(html):
    """No element or attribute that could run code or fetch anything came from document text."""
    tree = Tree(html)
    assert not FORBIDDEN_TAGS & set(tree.tags)
    for tag, name, value in tree.attributes:
        assert not name.startswith("on"), (tag, name)
        assert name != "src", (tag, name)
        if name.endswith("href"):
            assert value.startswith("#") or re.fullmatch(OUR_LINKS, value), value
        if name == "style":
            assert "url(" not in value.replace("url(#", ""), value
    return tree


@pytest.mark.parametrize("payload", PAYLOADS)
def test_document_text_is_escaped_in_every_page(tmp_path, payload):
    source = write_jsonl(tmp_path / "documents.jsonl", [hostile_record(payload), build_record("plain")])
    write_views(source, tmp_path / "out")
    pages = html_outputs(tmp_path / "out")
    assert len(pages) == 3
    for page in pages:
        assert_inert(page.read_text(encoding="utf-8"))
    index = Tree(pages[0].read_text(encoding="utf-8"))
    # title, body, date, stance, id and body type (shown with spaces for underscores); the chart
    # label is shortened.
    assert index.data.count(payload) == 5 + ("_" not in payload)
    hostile = (tmp_path / "out" / "docs" / page_filename(f"police/{payload}.txt")).read_text(encoding="utf-8")
    tree = Tree(hostile)
    assert tree.data.count(payload) >= 10  # headline, text segments, metadata, speaker, labels
    assert "49" not in tree.data  # template syntax in the text is not evaluated


def test_chart_labels_from_body_names_are_escaped_in_the_svg(tmp_path):
    payload = '</text><script>x=1</script>&'
    source = write_jsonl(tmp_path / "documents.jsonl", [build_record(meta={"body": payload})])
    write_views(source, tmp_path / "out")
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    svg = re.search(r'<figure id="by-body">.*?(<svg.*?</svg>)', html, re.S).group(1)
    labels = [element.text for element in ElementTree.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")]
    assert f"{payload} (1)" in labels
    assert "<script" not in svg


@pytest.mark.parametrize("doc_id", [
    "charity/2023-03-pause.html", "../../etc/passwd", "/abs/path.txt", "CON", "", "a\x00b\nc", "ünï cødé/…",
    "x" * 500, "<script>.txt", "C:\\Windows\\system.ini",
])
def test_page_filenames_are_safe_and_stable(doc_id):
    name = page_filename(doc_id)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{12}\.html", name)
    assert len(name) <= 78
    assert page_filename(doc_id) == name


def test_page_filenames_differ_for_ids_that_slug_alike():
    ids = ["a/b.txt", "a-b.txt", "A/B.txt", "a b txt", "a/b.txt "]
    assert len({page_filename(doc_id) for doc_id in ids}) == len(ids)


def test_index_lists_and_links_every_document(tmp_path):
    records = [build_record("one"), build_record("two", stance="favor"),
               build_record("three", meta={"body": "Open Wire", "date": "2022-01-30"})]
    summary = write_views(write_jsonl(tmp_path / "documents.jsonl", records), tmp_path / "out")
    assert summary["documents"] == 3 and summary["bodies"] == 2 and summary["undated"] == 0
    tree = Tree((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    links = [value for tag, name, value in tree.attributes if tag == "a" and name == "href"]
    assert links == [f"docs/{page_filename(doc_id)}" for doc_id in ("one", "two", "three")]
    assert all((tmp_path / "out" / link).is_file() for link in links)
    assert tree.tags.count("tr") == 4  # header + one row per document


def test_index_charts_are_inline_svg(tmp_path):
    records = [build_record("one", meta={"date": "2023-01-05"}), build_record("two", meta={"date": "2023-03-01"})]
    write_views(write_jsonl(tmp_path / "documents.jsonl", records), tmp_path / "out")
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    figures = re.findall(r'<figure id="([a-z-]+)">\s*<h3>(.*?)</h3>\s*(<svg.*?</svg>)', html, re.S)
    assert [(chart, title) for chart, title, _ in figures] == [
        ("by-body", "Sentence stance by body"), ("over-time", "Document stance by month")]
    months = [e.text for e in ElementTree.fromstring(figures[1][2]).iter("{http://www.w3.org/2000/svg}text")]
    assert {"2023-01", "2023-02", "2023-03"} <= set(months)  # the empty month shows as a gap


def test_views_are_byte_identical_when_rebuilt(tmp_path):
    source = write_jsonl(tmp_path / "documents.jsonl", [build_record("one"), build_record("two")])
    write_views(source, tmp_path / "a")
    write_views(source, tmp_path / "b")
    for page in html_outputs(tmp_path / "a"):
        assert page.read_bytes() == (tmp_path / "b" / page.relative_to(tmp_path / "a")).read_bytes()


def test_pages_of_documents_that_left_the_run_are_removed_and_other_files_kept(tmp_path):
    write_views(write_jsonl(tmp_path / "a.jsonl", [build_record("one"), build_record("two")]), tmp_path / "out")
    (tmp_path / "out" / "docs" / "notes.html").write_text("mine", encoding="utf-8")
    summary = write_views(write_jsonl(tmp_path / "b.jsonl", [build_record("one")]), tmp_path / "out")
    assert summary["removed_pages"] == 1
    assert sorted(p.name for p in (tmp_path / "out" / "docs").iterdir()) == sorted([page_filename("one"), "notes.html"])


def test_pages_are_readable_with_the_usual_file_mode(tmp_path):
    write_views(write_jsonl(tmp_path / "documents.jsonl", [build_record()]), tmp_path / "out")
    umask = os.umask(0o022)
    os.umask(umask)
    for page in html_outputs(tmp_path / "out"):
        assert stat.S_IMODE(page.stat().st_mode) == 0o666 & ~umask


def test_document_view_keeps_every_character_of_the_text_once():
    record = build_record()
    record["segments"].pop(3)  # body text left outside any segment: a gap
    record["sentences"].pop(3)
    view = document_view(record, "doc-1")
    assert "".join(piece["text"] for block in view["blocks"] for piece in block["pieces"]) == record["text"]
    assert [block["label"] for block in view["blocks"] if block["label"]] == [
        "headline", "lead", "quote", "note", "boilerplate"]
    quote = next(block for block in view["blocks"] if block["label"] == "quote")
    assert quote["speaker"]["name"] == "Jane Okafor"
    assert quote["speaker"]["details"] == "Chief Constable, Aldmere Police"


def test_document_page_shows_stance_classes_and_score_tooltips(tmp_path):
    write_views(write_jsonl(tmp_path / "documents.jsonl", [build_record()]), tmp_path / "out")
    tree = Tree((tmp_path / "out" / "docs" / page_filename("doc-1")).read_text(encoding="utf-8"))
    sentences = [attrs for tag, attrs in tree.elements if tag == "span" and attrs.get("data-stance")]
    assert [s["data-stance"] for s in sentences] == ["neutral", "against", "against", "favor", "neutral"]
    assert all(s["class"] == f"sent stance-{s['data-stance']}" for s in sentences)
    assert sentences[2]["title"] == (
        "stance: against (against 0.80 · favor 0.10 · neutral 0.10)\n"
        "roles: harm_claim, causal_claim (harm_claim 0.90 · causal_claim 0.90 · evidence 0.05)"
    )


def test_rules_only_records_render_without_stance(tmp_path):
    record = build_record()
    for key in ("stance", "stance_rollup", "rollups"):
        del record[key]
    for sentence in record["sentences"]:
        for key in ("stance", "stance_scores", "roles", "role_scores"):
            del sentence[key]
    summary = write_views(write_jsonl(tmp_path / "documents.jsonl", [record]), tmp_path / "out")
    assert summary["with_stance"] == 0
    index = Tree((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert "No stance predictions in this run" in index.data and "svg" not in index.tags
    page = Tree((tmp_path / "out" / "docs" / page_filename("doc-1")).read_text(encoding="utf-8"))
    assert "No sentence stance in this record" in page.data


def _overlapping_segments(record):
    record["segments"][1]["start"] = record["segments"][0]["end"] - 2


def _crossing_sentence(record):
    record["sentences"][0]["end"] = record["segments"][0]["end"] + 1  # into the blank line after the headline


def _offset_outside(record):
    record["sentences"][-1]["end"] = len(record["text"]) + 5


def _text_missing(record):
    del record["text"]


@pytest.mark.parametrize("damage, expected", [
    (_overlapping_segments, "segments 0-"),
    (_crossing_sentence, "crosses the segment boundary"),
    (_offset_outside, "falls outside the text"),
    (_text_missing, "`text` is missing or not a string"),
])
def test_records_that_cannot_be_drawn_are_refused_with_file_and_id(tmp_path, damage, expected):
    record = build_record("broken")
    damage(record)
    source = write_jsonl(tmp_path / "documents.jsonl", [build_record("fine"), record])
    with pytest.raises(StanceError) as error:
        write_views(source, tmp_path / "out")
    message = str(error.value)
    assert message.startswith(f"{source}: document 'broken' cannot be shown (") and expected in message


def test_duplicate_ids_and_non_objects_are_refused(tmp_path):
    source = write_jsonl(tmp_path / "dup.jsonl", [build_record("same"), build_record("same")])
    with pytest.raises(StanceError, match=r"document id 'same' appears more than once"):
        write_views(source, tmp_path / "out")
    source = tmp_path / "list.jsonl"
    source.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(StanceError, match=r"list.jsonl: record 1 cannot be shown \(it is not a JSON object\)"):
        write_views(source, tmp_path / "out")


def test_lone_surrogates_in_hand_made_records_are_written_escaped(tmp_path):
    source = tmp_path / "documents.jsonl"
    source.write_text(json.dumps(build_record(payload="bad \ud800 char")) + "\n", encoding="utf-8")
    write_views(source, tmp_path / "out")
    page = (tmp_path / "out" / "docs" / page_filename("doc-1")).read_text(encoding="utf-8")
    assert "bad \\ud800 char" in page


def test_checked_svg_refuses_active_content():
    for svg in ('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>',
                '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>',
                '<svg xmlns="http://www.w3.org/2000/svg"><use href="http://example.org/a.svg#x"/></svg>'):
        with pytest.raises(ValueError):
            checked_svg(svg)
    assert checked_svg('<svg xmlns="http://www.w3.org/2000/svg"><use href="#p1"/></svg>')


def test_stance_bars_keep_dollar_signs_and_markup_as_plain_text():
    svg = stance_bars_svg([("$x$ & <b>Co</b>", {"favor": 2, "against": 1})], shares=True, title="A $1 chart")
    texts = [e.text for e in ElementTree.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")]
    assert "$x$ & <b>Co</b>" in texts and "A $1 chart" in texts
    assert 'fill="#1f5fbf"' in svg or "fill: #1f5fbf" in svg


def test_views_command_writes_pages_and_reports_bad_source(tmp_path):
    source = write_jsonl(tmp_path / "documents.jsonl", [build_record("one"), build_record("two")])
    result = CliRunner().invoke(main, ["views", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output == f"2 document pages and index.html -> {tmp_path / 'out'}\n"
    assert len(list((tmp_path / "out" / "docs").glob("*.html"))) == 2
    result = CliRunner().invoke(main, ["views", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no documents.jsonl here" in result.output
    assert source.is_file()


# --- in the browser -------------------------------------------------------------------------------

SCRIPT = "<script>window.__pwned=1;document.title='PWNED'</script>"
IMG = '<img src=x onerror="window.__pwned=2">'


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found: install Chromium from the system packages (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, tiny_model):
    """A rules + model run over one statement whose text and metadata carry script injections."""
    tmp_path = tmp_path_factory.mktemp("hostile")
    text = (f"Police {SCRIPT} demand a pause to encryption\n\n"
            "The Aldmere Police Service today urged HarbourChat to pause its encryption rollout.\n\n"
            "\u201cEnd-to-end encryption lets abusers hide from the police. We urge the company to pause its "
            "rollout,\u201d said Jane Okafor, Chief Constable at Aldmere Police Service.\n\n"
            f"Offenders will go undetected {IMG} once messages are encrypted.\n")
    record = {"id": "police/rollout.txt", "text": text,
              "meta": {"title": f"Police {SCRIPT} demand a pause", "body": f"Aldmere {IMG} Police",
                       "body_type": "law_enforcement", "date": "2024-10-08"}}
    corpus = write_jsonl(tmp_path / "corpus.jsonl", [record])
    run = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "run"), "--model", str(tiny_model),
                                    "--no-progress"])
    assert run.exit_code == 0, run.output
    views = CliRunner().invoke(main, ["views", str(tmp_path / "run"), "--out", str(tmp_path / "views")])
    assert views.exit_code == 0, views.output
    return tmp_path / "views"


def open_page(browser, path):
    """Open a page as a person would; collect console errors, page errors and any request it makes."""
    page = browser.new_page()
    problems, requests = [], []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page, problems, requests


def rgb(hex_colour):
    return "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)))


def assert_nothing_ran(page):
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() != "PWNED"
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object, embed').length") == 0
    handlers = page.evaluate(
        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))"
        ".filter(n => n.startsWith('on'))")
    assert handlers == []


def test_document_page_in_chromium_shows_text_and_runs_nothing(chromium, hostile_run):
    pages = list((hostile_run / "docs").glob("*.html"))
    assert len(pages) == 1
    page, problems, requests = open_page(chromium, pages[0])
    headline = page.locator("h1")
    assert headline.is_visible() and headline.inner_text() == f"Police {SCRIPT} demand a pause"
    assert page.title() == f"Police {SCRIPT} demand a pause · stance view"
    quote = page.locator("#text .seg-quote").first
    assert quote.is_visible()
    assert "End-to-end encryption lets abusers hide from the police." in quote.inner_text()
    speaker = quote.locator(".who")
    assert speaker.is_visible() and speaker.inner_text() == "Jane Okafor · Chief Constable, Aldmere Police Service"
    body_text = page.locator("#text").inner_text()
    assert SCRIPT in body_text and IMG in body_text
    sentences = page.locator("#text .sent[data-stance]")
    assert sentences.count() == 6
    for index in range(sentences.count()):
        sentence = sentences.nth(index)
        stance = sentence.get_attribute("data-stance")
        assert sentence.evaluate("e => getComputedStyle(e).color") == rgb(STANCE_COLOURS[stance])
    assert page.locator(".docstance .stance").is_visible()
    assert_nothing_ran(page)
    assert problems == []
    assert requests == [pages[0].as_uri()]
    page.close()


def test_index_page_in_chromium_lists_the_document_and_links_to_it(chromium, hostile_run):
    page, problems, requests = open_page(chromium, hostile_run / "index.html")
    assert page.locator("h1").inner_text() == "Stance views: 1 document"
    row = page.locator("#documents tbody tr")
    assert row.count() == 1
    assert f"Aldmere {IMG} Police" in row.inner_text()
    assert page.locator("figure svg").count() == 2 and page.locator("#by-body svg").is_visible()
    assert_nothing_ran(page)
    row.locator("a").click()
    assert page.locator("h1").inner_text() == f"Police {SCRIPT} demand a pause"
    assert_nothing_ran(page)
    assert problems == []
    assert all(url.startswith(hostile_run.as_uri()) for url in requests)
    page.close()
