"""Hostile input: markup payloads, escaping metadata paths, JSON bombs, odd file names, files that
vanish. Ingestion must keep text as text, refuse what leaves the corpus, and report each bad file
once, on one line, without running out of memory. (tests/test_ingest.py has the ordinary cases.)"""

import errno
import json
import os
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

from pipeline.errors import Errors, InputError
from pipeline.export import doc_to_record, record_line
from pipeline.ingest import RawDocument, iter_corpus
from pipeline.results import iter_records
from pipeline.run import run_corpus


def write(root: Path, rel: str | bytes, content: str | bytes) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(root), os.fsencode(rel))))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def read(*paths, **kwargs) -> list:
    return list(iter_corpus([os.fspath(p) for p in paths], **kwargs))


def docs(items) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def errors(items) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def as_record(nlp, item: RawDocument) -> dict:
    """The exported record of an ingested document, read back from its JSON line."""
    doc = nlp.make_doc(item.text)
    doc._.doc_id, doc._.meta = item.id, dict(item.meta)
    line = record_line(doc_to_record(nlp(doc)))
    assert len(line.splitlines()) == 1
    return json.loads(line)


# --- markup payloads ---------------------------------------------------------------------------

HOSTILE_PAGE = """<html><head><title>Police &amp; encryption <script>alert('title')</script></title>
<style>body{background:url(javascript:alert('style'))}</style><script src="x.js"></script>
<meta http-equiv="refresh" content="0;url=javascript:alert('meta')"></head>
<body onload="alert('body')">
<h1 onclick="alert('h1')">Police respond to encryption plan</h1>
<p>The agency said <a href="javascript:alert('link')">the plan</a> is unsafe.<img src=x onerror="alert('img')"></p>
<svg onload="alert('svg')"><script>alert('svg script')</script><text>svg text</text></svg>
<iframe src="javascript:alert('frame')">iframe fallback</iframe>
<object data="evil.swf">object fallback</object><embed src="evil.swf"><noscript>enable scripts</noscript>
<div hidden>hidden words</div><p style="display:none">invisible words</p><span style="color:red;visibility: hidden">ghost</span>
<p>Visible <span style="color: red">red</span> words.</p>
<p>Quoted code: &lt;script&gt;alert(1)&lt;/script&gt; stays text.</p>
<form><input value="typed"><textarea>typed area</textarea></form><textarea>loose area</textarea>
<select><option>choice</option></select><video>no video support</video>
<p><scr<script>ipt>alert('split')</script>Last paragraph.</p>
</body></html>"""

HOSTILE_PAGE_TEXT = (
    "Police respond to encryption plan\n\n"
    "The agency said the plan is unsafe.\n\n"
    "Visible red words.\n\n"
    "Quoted code: <script>alert(1)</script> stays text.\n\n"
    # a browser shows the broken tag's tail as text too: text, never markup
    "ipt>alert('split')Last paragraph."
)


def test_html_drops_scripts_handlers_embeds_and_hidden_text_and_keeps_the_rest_as_text(tmp_path, nlp):
    write(tmp_path, "page.html", HOSTILE_PAGE)
    [doc] = read(tmp_path)
    assert doc.text == HOSTILE_PAGE_TEXT
    # the title is text in HTML (RCDATA): kept as the literal characters, never as markup
    assert doc.meta == {"title": "Police & encryption <script>alert('title')</script>", "source": "page.html"}
    record = as_record(nlp, doc)
    assert (record["text"], record["meta"]["title"]) == (doc.text, doc.meta["title"])


@pytest.mark.parametrize(
    "markup, text",
    [
        ("<p>A</p><script>alert(1)", "A"),  # never closed
        ("<p>A</p><style>p{}", "A"),
        ("<p>A<script>document.write('<p>B</p>')</script>C</p>", "AC"),
        ("<p>A<!-- <script>alert(1)</script> -->B</p>", "AB"),
        # HTML has no CDATA: "<![CDATA[<script" is a bogus comment and a browser shows the rest as text
        ("<p>A<![CDATA[<script>x</script>]]>B</p>", "Ax]]>B"),
        ("<p>A</p><svg><foreignObject><p>inside svg</p></foreignObject></svg><p>B</p>", "A\n\nB"),
        ('<p>A</p><iframe srcdoc="<p>framed</p>"></iframe><p>B</p>', "A\n\nB"),
        ("<p>A</p><math><mi>x</mi></math>", "A\n\nx"),  # MathML is content
        ("<p>Wide\u202egnp.exe\u202c name</p>", "Wide\u202egnp.exe\u202c name"),  # bidi marks are text
    ],
    ids=["unclosed-script", "unclosed-style", "script-writing-markup", "commented-script", "cdata",
         "svg-foreign-object", "iframe-srcdoc", "mathml", "bidi-override"],
)
def test_html_payload_variants_leave_only_visible_text(tmp_path, markup, text):
    write(tmp_path, "page.html", markup)
    assert docs(read(tmp_path))[0].text == text


def test_markup_in_metadata_stays_text_and_none_reaches_a_speakers_fields(tmp_path, nlp):
    statement = (
        "Acme <b>responds</b> to the plan <script>alert('headline')</script>\n\n"
        "Jane Roe, CEO of <i>Acme</i>, said:\n\n"
        "\u201cWe will not scan messages <img src=x onerror=alert(1)>.\u201d"
    )
    write(tmp_path, "a.txt", statement)
    body, title = "<img src=x onerror=alert('body')>", "\"><script>alert('title')</script>"
    write(tmp_path, "metadata.csv", 'path,body,title\na.txt,"{}","{}"\n'.format(body, title.replace('"', '""')))
    [doc] = read(tmp_path)
    assert doc.text == statement  # a .txt is text: nothing is stripped or interpreted
    assert doc.meta == {"body": body, "title": title, "source": "a.txt"}
    record = as_record(nlp, doc)
    assert (record["text"], record["meta"]) == (doc.text, doc.meta)
    [quote] = [s for s in record["segments"] if s["label"] == "quote"]
    assert record["text"][quote["start"] : quote["end"]] == "We will not scan messages <img src=x onerror=alert(1)>."
    [speaker] = record["speakers"]
    # tags left in pasted text are read as spaces when the speaker is parsed: no markup reaches a speaker's fields
    assert (speaker["name"], speaker["role"]) == ("Jane Roe", "CEO of Acme")


# --- metadata.csv paths that leave the corpus --------------------------------------------------


@pytest.mark.parametrize(
    "cell, why",
    [
        ("..\\a.txt", "path '..\\\\a.txt' leaves the folder of metadata.csv"),
        ("./../a.txt", "path './../a.txt' leaves the folder of metadata.csv"),
        ("sub/./../../a.txt", "path 'sub/./../../a.txt' leaves the folder of metadata.csv"),
        ("sub/../../corpus/b.txt", "path 'sub/../../corpus/b.txt' leaves the folder of metadata.csv"),
        ("\\\\server\\share\\a.txt", "absolute path '\\\\\\\\server\\\\share\\\\a.txt'"),
        ("//server/share/a.txt", "absolute path '//server/share/a.txt'"),
        ("c:/a.txt", "absolute path 'c:/a.txt'"),
    ],
)
def test_metadata_row_pointing_outside_its_folder_is_refused_with_E009(tmp_path, cell, why):
    csv_path = write(tmp_path, "corpus/metadata.csv", f'path,body\n"{cell}",Evil\n')
    write(tmp_path, "a.txt", "outside")
    write(tmp_path, "corpus/b.txt", "B")
    items = read(tmp_path / "corpus")
    assert [str(e) for e in errors(items)] == [Errors.E009.format(path=csv_path, line=2, why=why)]
    assert [(d.id, d.meta) for d in docs(items)] == [("b.txt", {"source": "b.txt"})]


def test_metadata_csv_linked_from_outside_the_corpus_is_refused_with_E013(tmp_path):
    outside = write(tmp_path, "elsewhere/metadata.csv", "path,body\na.txt,Planted body\n")
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "A")
    (corpus / "metadata.csv").symlink_to(outside)
    items = read(corpus)
    assert [str(e) for e in errors(items)] == [Errors.E013.format(path=corpus / "metadata.csv", root=corpus)]
    assert docs(items)[0].meta == {"source": "a.txt"}


# --- JSON bombs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, why",
    [
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
        ('{"text": "x", "meta": {"title": ' + "[" * 50_000 + "]" * 50_000 + "}}", "nested too deeply"),
        ('{"text": "x", "n": 1e999999}', "number 1e999999 out of range"),
        ('{"text": "x", "n": -1e999}', "number -1e999 out of range"),
        ('{"text": "x", "n": 1' + "0" * 100_000 + "}", "number of 100,001 digits"),
        ('{"text": "x", "n": 0.' + "1" * 100_000 + "}", "number of 100,002 characters"),
        ('{"text": "x", "n": Infinity}', "Infinity is not valid JSON"),
        ('{"text": "x", "n": -Infinity}', "-Infinity is not valid JSON"),
    ],
    ids=["deep-objects", "deep-meta", "1e999999", "minus-1e999", "10**100000", "long-fraction", "inf", "minus-inf"],
)
def test_json_bomb_is_one_line_E006_and_the_next_line_is_read(tmp_path, line, why):
    path = write(tmp_path, "a.jsonl", line + "\n" + json.dumps({"id": "next", "text": "Still read."}) + "\n")
    items = read(tmp_path)
    assert [str(e) for e in errors(items)] == [Errors.E006.format(path=path, line=1, why=why)]
    assert [d.id for d in docs(items)] == ["next"]


def _peak_bytes(function) -> int:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_line_over_max_bytes_is_E011_without_loading_it(tmp_path):
    size = 8_000_000
    path = write(tmp_path, "a.jsonl", b'{"text": "' + b"x" * size + b'"}\n' + b'{"text": "next"}\n')
    items = []
    peak = _peak_bytes(lambda: items.extend(read(tmp_path, max_bytes=100_000)))
    assert [str(e) for e in errors(items)] == [
        Errors.E011.format(path=path, line=1, size=size + 12, limit=100_000)
    ]
    assert [d.text for d in docs(items)] == ["next"]
    assert peak < 1_000_000  # read in bounded chunks, never the whole 8 MB line


def test_a_file_over_max_bytes_is_E004_without_loading_it(tmp_path):
    path = write(tmp_path, "a.txt", b"word " * 2_000_000)
    items = []
    peak = _peak_bytes(lambda: items.extend(read(tmp_path, max_bytes=100_000)))
    assert [str(e) for e in items] == [Errors.E004.format(path=path, size=10_000_000, limit=100_000)]
    assert peak < 1_000_000


def test_lone_surrogates_in_jsonl_become_U_FFFD_with_one_E160(tmp_path, nlp):
    # JSON may spell half a surrogate pair ("\\ud83d" of an emoji cut in two); UTF-8 cannot store it
    line = '{"id": "d\\ud83d", "text": "Cut emoji \\ud83d here \\udc00.", "meta": {"title": "T\\udfff", "body": "B"}}'
    path = write(tmp_path, "a.jsonl", line + "\n")
    items = read(tmp_path)
    assert [str(e) for e in errors(items)] == [
        Errors.E160.format(path=path, line=1, fields="`id`, `text`, `meta.title`", count=4)
    ]
    [doc] = docs(items)
    assert (doc.id, doc.text, doc.meta["title"]) == ("d\ufffd", "Cut emoji \ufffd here \ufffd.", "T\ufffd")
    assert len(doc.text) == len(json.loads(line)["text"])  # one for one: gold offsets still hold
    assert as_record(nlp, doc)["text"] == doc.text


# --- file names --------------------------------------------------------------------------------

ODD_NAMES = [
    "with space.txt",
    "\u00fcn\u00efc\u00f6d\u00e9 \u6587\u5b57.md",
    "dollar$HOME.txt",
    "back`tick`.txt",
    "semi;colon.txt",
    "amp&and.txt",
    "quote'single.txt",
    'quote"double.txt',
    "new\nline.txt",
    "tab\there.txt",
    "-rf.txt",
    "*glob?[x].txt",
    "$(rm -rf x).txt",
]


def test_odd_file_names_are_read_with_stable_ids_and_their_metadata(tmp_path, nlp):
    rows = ["path,title"]
    for name in ODD_NAMES:
        write(tmp_path, name, f"Statement in {name}.")
        rows.append('"{}",T {}'.format(name.replace('"', '""'), len(rows)))
    write(tmp_path, "metadata.csv", "\n".join(rows) + "\n")
    first, second = read(tmp_path), read(tmp_path)
    assert first == second
    assert [d.id for d in first] == sorted(ODD_NAMES)
    assert all(d.meta == {"title": f"T {ODD_NAMES.index(d.id) + 1}", "source": d.id} for d in first)
    records = [as_record(nlp, d) for d in first]
    assert [r["id"] for r in records] == sorted(ODD_NAMES)


def test_a_file_name_that_is_not_utf8_gets_an_escaped_stable_id(tmp_path):
    write(tmp_path, b"caf\xe9 r\xe9sum\xe9.txt", "Text.")
    [doc] = read(tmp_path)
    assert (doc.id, doc.meta["source"]) == ("caf\\xe9 r\\xe9sum\\xe9.txt", "caf\\xe9 r\\xe9sum\\xe9.txt")
    assert doc.id.encode("utf-8") and read(tmp_path) == [doc]


@pytest.mark.parametrize("name, shown", [("bad\nname.txt", "bad\\nname.txt"), (b"bad\xff.txt", "bad\\xff.txt")])
def test_errors_about_odd_file_names_stay_on_one_line(tmp_path, name, shown):
    write(tmp_path, name, b"")
    [err] = read(tmp_path)
    assert str(err) == Errors.E001.format(path=f"{tmp_path}/{shown}")


# --- files that are empty, binary, undecodable or gone -----------------------------------------


def vanish(monkeypatch, function: str, *paths: Path) -> None:
    """Make `function` ("os.stat" or "builtins.open") act as if `paths` were deleted after the listing."""
    real = os.stat if function == "os.stat" else open

    def gone(path, *args, **kwargs):
        if isinstance(path, (str, os.PathLike)) and Path(path) in paths:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(function, gone)


def test_each_bad_file_is_reported_once_and_the_good_ones_read(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", "A statement.")
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "latin.txt", b"\x81\x8d\x8f\x90\x9d\xe9\xfa abc \x81\xd0\x8d\x9d\xc3 text \x8f\x90")
    gone_before_stat = write(tmp_path, "gone-stat.txt", "listed, then deleted")
    gone_before_open = write(tmp_path, "gone-open.txt", "listed, then deleted")
    gone_jsonl = write(tmp_path, "gone.jsonl", json.dumps({"text": "x"}))
    write(tmp_path, "z-good.jsonl", json.dumps({"id": "j", "text": "Another."}))
    # deleted between the folder listing and the read, at either step of opening the file
    vanish(monkeypatch, "os.stat", gone_before_stat)
    vanish(monkeypatch, "builtins.open", gone_before_open, gone_jsonl)
    items = read(tmp_path)
    assert [d.id for d in docs(items)] == ["good.txt", "j"]
    assert set(Counter(e.path for e in errors(items)).values()) == {1}
    why = "no such file or directory"
    assert sorted(str(e) for e in errors(items)) == sorted(
        [
            Errors.E002.format(path=tmp_path / "binary.md", why="contains NUL bytes"),
            Errors.E001.format(path=tmp_path / "empty.txt"),
            Errors.E005.format(path=gone_before_open, why=why),
            Errors.E005.format(path=gone_before_stat, why=why),
            Errors.E005.format(path=gone_jsonl, why=why),
            Errors.E003.format(path=tmp_path / "latin.txt"),
        ]
    )


def test_a_metadata_csv_that_vanishes_is_reported_once(tmp_path, monkeypatch):
    csv_path = write(tmp_path, "metadata.csv", "path,body\na.txt,X\nb.txt,Y\n")
    write(tmp_path, "a.txt", "A")
    write(tmp_path, "b.txt", "B")
    vanish(monkeypatch, "builtins.open", csv_path)
    items = read(tmp_path)
    assert [str(e) for e in errors(items)] == [
        Errors.E014.format(path=csv_path, why="cannot be read (no such file or directory)")
    ]
    assert [d.meta for d in docs(items)] == [{"source": "a.txt"}, {"source": "b.txt"}]


# --- the whole run -----------------------------------------------------------------------------


def test_a_hostile_corpus_runs_to_valid_json_lines(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "page.html", HOSTILE_PAGE)
    write(corpus, "new\nline $(x).txt", "Police warn. \u201cIt is unsafe,\u201d said Jane Roe.")
    write(corpus, b"caf\xe9.txt", "Caf\u00e9 owners respond.")
    write(corpus, "marks.txt", "\u201c" * 100_000 + "\n\nThen a sentence.")
    write(corpus, "cut.jsonl", '{"id": "cut", "text": "Half an emoji \\ud83d."}\n')
    write(corpus, "empty.md", "")
    report = run_corpus([corpus], tmp_path / "out", rules_only=True)
    assert sorted(f.split(": ")[0] for f in report.failures) == [f"{corpus}/cut.jsonl:1", f"{corpus}/empty.md"]
    raw = (tmp_path / "out" / "documents.jsonl").read_bytes()
    raw.decode("utf-8")  # strict
    assert len(raw.decode("utf-8").splitlines()) == 5
    records = {r["id"]: r for r in iter_records(tmp_path / "out")}
    assert sorted(records) == ["caf\\xe9.txt", "cut", "marks.txt", "new\nline $(x).txt", "page.html"]
    assert records["page.html"]["text"] == HOSTILE_PAGE_TEXT
    assert records["cut"]["text"] == "Half an emoji \ufffd."
    marks = records["marks.txt"]
    assert [marks["text"][s["start"] : s["end"]] for s in marks["sentences"]][-1] == "Then a sentence."
