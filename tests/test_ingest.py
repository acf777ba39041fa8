"""Tests for pipeline.ingest: formats, decoding, ids, metadata and the errors for bad input."""

import json
import os
from pathlib import Path

import pytest

from pipeline.errors import Errors, InputError, StanceError
from pipeline.ingest import RawDocument, decode_bytes, html_to_text, iter_corpus
from pipeline.labels import BODY_TYPES


def write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def run(*paths, **kwargs) -> list:
    return list(iter_corpus([os.fspath(p) for p in paths], **kwargs))


def docs(items) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def errors(items) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def only_error(items) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


# --- plain text --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["statement.txt", "statement.md", "STATEMENT.TXT"])
def test_text_files_are_kept_exactly(tmp_path, name):
    text = "# Heading\n\n  Indented   spacing  kept.\n\tTabbed line\n"
    write(tmp_path, name, text)
    assert run(tmp_path) == [
        RawDocument(id=name, text=text, meta={"source": name}, path=str(tmp_path / name))
    ]


@pytest.mark.parametrize(
    "raw,expected",
    [(b"a\r\nb\r\n", "a\nb\n"), (b"a\rb\r", "a\nb\n"), (b"a\r\n\rb\n", "a\n\nb\n")],
)
def test_crlf_and_cr_are_normalised_to_lf(tmp_path, raw, expected):
    write(tmp_path, "a.txt", raw)
    assert docs(run(tmp_path))[0].text == expected


def test_file_given_directly_has_its_file_name_as_id(tmp_path):
    path = write(tmp_path, "deep/folder/note.txt", "Text.")
    [doc] = run(path)
    assert (doc.id, doc.path, doc.meta) == ("note.txt", str(path), {"source": "note.txt"})


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>  Agency   statement </title><style>p { color: red }</style>
<script>var tracking = 1;</script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div role="navigation">Skip to content</div>
<header><span aria-hidden="true">&#9776;</span></header>
<h1>Police &amp; encryption</h1>
<p>The   agency said
   today that&nbsp;it <b>opposes</b> the plan.</p>
<!-- a comment that must not appear -->
<noscript>Enable JavaScript</noscript>
<ul><li>First point</li><li>Second <em>point</em><ul><li>Sub point</li></ul></li></ul>
<ol><li>Other list</li></ol>
<blockquote>Encryption hides abuse.<br>Second line.</blockquote>
<table><tr><th>Year</th><td>2023</td></tr></table>
<div>Direct div text <a href="#">with a link</a><p>Nested paragraph</p></div>
<form><label>Email</label><button>Subscribe</button></form>
<iframe src="ad.html"></iframe><template><p>Hidden template</p></template>
<svg><title>icon</title><text>svg text</text></svg>
</body></html>"""

PAGE_TEXT = (
    "Police & encryption\n\n"
    "The agency said today that it opposes the plan.\n\n"
    "\u2022 First point\n\u2022 Second point\n\u2022 Sub point\n\n"
    "\u2022 Other list\n\n"
    "Encryption hides abuse.\nSecond line.\n\n"
    "Year\n\n2023\n\n"
    "Direct div text with a link\n\n"
    "Nested paragraph"
)


@pytest.mark.parametrize("name", ["page.html", "page.htm"])
def test_html_main_text_is_extracted_as_blocks(tmp_path, name):
    write(tmp_path, name, PAGE)
    assert run(tmp_path) == [
        RawDocument(
            id=name,
            text=PAGE_TEXT,
            meta={"title": "Agency statement", "source": name},
            path=str(tmp_path / name),
        )
    ]


def test_html_title_does_not_override_metadata_title(tmp_path):
    write(tmp_path, "page.html", PAGE)
    write(tmp_path, "metadata.csv", "path,title\npage.html,From the CSV\n")
    assert docs(run(tmp_path))[0].meta == {"title": "From the CSV", "source": "page.html"}


def test_html_without_a_title_has_no_title(tmp_path):
    write(tmp_path, "page.html", "<p>Only text</p>")
    assert docs(run(tmp_path))[0].meta == {"source": "page.html"}


def test_html_with_no_main_text_is_E010(tmp_path):
    path = write(
        tmp_path, "page.html", "<html><head><title>T</title></head><body><nav>x</nav></body></html>"
    )
    err = only_error(run(tmp_path))
    assert str(err) == Errors.E010.format(path=path)


def test_deeply_nested_html_is_read_without_recursion(tmp_path):
    markup = "<div>" * 20_000 + "deep" + "</div>" * 20_000 + "<p>after</p>"
    assert html_to_text(markup) == ("deep\n\nafter", None)


# --- JSON Lines --------------------------------------------------------------------------------


def jsonl(*lines) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


def test_jsonl_records_become_documents(tmp_path):
    write(
        tmp_path,
        "batch/docs.jsonl",
        jsonl(
            {
                "id": "nca-1",
                "text": "Text one.",
                "meta": {"body": "NCA", "body_type": "law_enforcement"},
            },
            "",
            "   ",
            {"text": "No id here.", "meta": {"date": "2023-12-07", "extra": "dropped"}},
        ),
    )
    path = str(tmp_path / "batch/docs.jsonl")
    assert run(tmp_path) == [
        RawDocument(
            "nca-1",
            "Text one.",
            {"body": "NCA", "body_type": "law_enforcement", "source": "batch/docs.jsonl"},
            path,
            1,
        ),
        RawDocument(
            "batch/docs.jsonl#4",
            "No id here.",
            {"date": "2023-12-07", "source": "batch/docs.jsonl"},
            path,
            4,
        ),
    ]


def test_jsonl_labels_are_ignored(tmp_path):
    record = {
        "id": "d1",
        "text": "We oppose scanning.",
        "meta": {"source": "https://example.org/x"},
        "speakers": "not even a list",
        "segments": [{"start": -5, "end": 999, "label": "nonsense"}],
        "sentences": None,
        "stance": "unknown-stance",
    }
    write(tmp_path, "a.jsonl", jsonl(record))
    assert run(tmp_path) == [
        RawDocument(
            "d1",
            "We oppose scanning.",
            {"source": "https://example.org/x"},
            str(tmp_path / "a.jsonl"),
            1,
        )
    ]


def test_jsonl_malformed_line_is_E006_with_its_line_number(tmp_path):
    path = write(
        tmp_path,
        "a.jsonl",
        jsonl({"id": "a", "text": "x"}, '{"id": "b", "text": ', {"id": "c", "text": "z"}),
    )
    items = run(tmp_path)
    assert [doc.id for doc in docs(items)] == ["a", "c"]
    [err] = errors(items)
    assert (err.path, err.line) == (str(path), 2)
    assert str(err) == Errors.E006.format(path=path, line=2, why="Expecting value at column 21")


@pytest.mark.parametrize(
    "line,why",
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "number of 5,000 digits"),
        ('{"text": "x", "n": 1e999}', "number 1e999 out of range"),
        ('{"text": "x", "n": NaN}', "NaN is not valid JSON"),
        (b'{"text": "caf\xe9"}', "not UTF-8 at byte 13"),
        # JSON's only blanks are space, tab, CR and LF: this line was skipped as blank, and the file
        # then vanished from the run without a word
        ("\x1c", "Expecting value at column 1"),
        ("\x0c", "Expecting value at column 1"),
    ],
    ids=["deep-nesting", "huge-int", "huge-float", "nan", "not-utf8", "file-separator", "form-feed"],
)
def test_jsonl_hostile_line_is_E006(tmp_path, line, why):
    path = write(tmp_path, "a.jsonl", (line.encode() if isinstance(line, str) else line) + b"\n")
    err = only_error(run(tmp_path))
    assert (str(err), err.line) == (Errors.E006.format(path=path, line=1, why=why), 1)


@pytest.mark.parametrize(
    "record,why",
    [
        ({"id": "a"}, "`text` is missing"),
        ({"text": 5}, "`text` is a JSON number"),
        ({"text": ["a"]}, "`text` is a JSON array"),
        ({"text": "  "}, "`text` is empty"),
        ([1, 2], "the line is a JSON array, not an object"),
        ("just a string", "the line is a JSON string, not an object"),
        ({"text": "x", "id": 7}, "`id` must be a non-empty string"),
        ({"text": "x", "meta": ["a"]}, "`meta` is a JSON array, not an object"),
    ],
)
def test_jsonl_record_without_usable_text_is_E007(tmp_path, record, why):
    path = write(tmp_path, "a.jsonl", json.dumps(record) + "\n")
    err = only_error(run(tmp_path))
    assert str(err) == Errors.E007.format(path=path, line=1, why=why)


def test_jsonl_bad_meta_field_is_E015_and_the_document_kept(tmp_path):
    write(
        tmp_path,
        "a.jsonl",
        jsonl({"id": "a", "text": "x", "meta": {"body_type": "police", "date": 2023, "body": "B"}}),
    )
    items = run(tmp_path)
    assert [type(item) for item in items] == [InputError, InputError, RawDocument]
    assert [(e.line, str(e).split(" dropped")[0]) for e in errors(items)] == [
        (1, f"{tmp_path / 'a.jsonl'}:1: meta field 'body_type'"),
        (1, f"{tmp_path / 'a.jsonl'}:1: meta field 'date'"),
    ]
    assert docs(items)[0].meta == {"body": "B", "source": "a.jsonl"}


def test_jsonl_line_over_max_bytes_is_E011_and_reading_goes_on(tmp_path):
    long_line = json.dumps({"id": "big", "text": "x" * 10_000})
    path = write(
        tmp_path, "a.jsonl", jsonl({"id": "a", "text": "y"}, long_line, {"id": "c", "text": "z"})
    )
    items = run(tmp_path, max_bytes=100)
    assert [item.id for item in docs(items)] == ["a", "c"]
    [err] = errors(items)
    assert str(err) == Errors.E011.format(path=path, line=2, size=len(long_line), limit=100)


def test_jsonl_line_is_read_with_a_bounded_readline(tmp_path, monkeypatch):
    # The whole over-long line must never be requested in one read.
    line = json.dumps({"id": "big", "text": "x" * 300_000})
    path = write(tmp_path, "a.jsonl", line + "\n")
    sizes = []
    real_open = open

    class Spy:
        def __init__(self, handle):
            self.handle = handle

        def readline(self, limit=-1):
            sizes.append(limit)
            return self.handle.readline(limit)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr("builtins.open", lambda *a, **k: Spy(real_open(*a, **k)))
    err = only_error(list(iter_corpus([str(path)], max_bytes=1000)))
    assert str(err) == Errors.E011.format(path=path, line=1, size=len(line), limit=1000)
    assert len(sizes) > 1 and all(0 < size <= 1 << 16 for size in sizes)


def test_jsonl_with_no_records_is_E001(tmp_path):
    path = write(tmp_path, "a.jsonl", "\n  \n")
    assert str(only_error(run(tmp_path))) == Errors.E001.format(path=path)


# --- decoding ----------------------------------------------------------------------------------


def test_utf8_bom_is_stripped(tmp_path):
    write(tmp_path, "a.txt", b"\xef\xbb\xbfcaf\xc3\xa9")
    assert run(tmp_path) == [
        RawDocument("a.txt", "caf\u00e9", {"source": "a.txt"}, str(tmp_path / "a.txt"))
    ]


def test_cp1252_file_is_decoded_and_its_encoding_recorded(tmp_path):
    write(tmp_path, "a.txt", b"caf\xe9 \x93quoted\x94")
    [doc] = run(tmp_path)
    assert (doc.text, doc.meta) == (
        "caf\u00e9 \u201cquoted\u201d",
        {"source": "a.txt", "encoding": "cp1252"},
    )


def test_utf16_with_bom_is_decoded(tmp_path):
    write(tmp_path, "a.txt", "Stance \u2014 text".encode("utf-16"))
    [doc] = run(tmp_path)
    assert (doc.text, doc.meta["encoding"]) == ("Stance \u2014 text", "utf-16")


def test_confident_legacy_encoding_is_used_when_cp1252_fails():
    # Serbian Cyrillic: 0x90 (\u0452) is undefined in cp1252, so charset_normalizer decides.
    text = "Ђорђе Вајферт је рођен у Панчеву. Ђаци су учили српски језик и књижевност."
    assert decode_bytes(text.encode("cp1251"), "x.txt") == (text, "cp1251")


@pytest.mark.parametrize(
    "raw",
    [
        b"\x81\x8d\x8f\x90\x9d\xe9\xfa abc \x81\xd0\x8d\x9d\xc3 text \x8f\x90",
        b"The quick brown fox \x81\x8d\x8f\x90\x9d jumps \xe4\xf6\xfc over the lazy dog \xbf" * 3,
        b"\x81\x8d\x8f\x90\x9d\xe9\xfa\xc3\xa9\x81\xd0\x8d\x9d\xc3\x8f\x90\xff\xfe" * 4,
    ],
)
def test_file_invalid_in_every_encoding_is_E003(tmp_path, raw):
    path = write(tmp_path, "a.txt", raw)
    assert str(only_error(run(tmp_path))) == Errors.E003.format(path=path)


@pytest.mark.parametrize(
    "raw,why",
    [
        (b"PK\x03\x04\x00\x00binary", "contains NUL bytes"),
        (b"\x01\x02\x03\x04 some text \x05\x06", "35% control characters"),
    ],
)
def test_binary_file_is_E002(tmp_path, raw, why):
    path = write(tmp_path, "a.txt", raw)
    assert str(only_error(run(tmp_path))) == Errors.E002.format(path=path, why=why)


@pytest.mark.parametrize("raw", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf \n"])
def test_empty_or_whitespace_file_is_E001(tmp_path, raw):
    path = write(tmp_path, "a.md", raw)
    assert str(only_error(run(tmp_path))) == Errors.E001.format(path=path)


def test_file_over_max_bytes_is_E004_and_the_rest_is_read(tmp_path):
    path = write(tmp_path, "a.txt", "x" * 101)
    write(tmp_path, "b.txt", "x" * 100)
    items = run(tmp_path, max_bytes=100)
    assert str(items[0]) == Errors.E004.format(path=path, size=101, limit=100)
    assert [doc.id for doc in docs(items)] == ["b.txt"]


# --- ids ---------------------------------------------------------------------------------------


def test_duplicate_id_is_E008_and_the_first_is_kept(tmp_path):
    write(
        tmp_path,
        "a.jsonl",
        jsonl({"id": "same", "text": "first"}, {"id": "same", "text": "second"}),
    )
    write(tmp_path, "b.jsonl", jsonl({"id": "x.txt", "text": "claims a file's id"}))
    write(tmp_path, "x.txt", "the file")
    items = run(tmp_path)
    assert [(doc.id, doc.text) for doc in docs(items)] == [
        ("same", "first"),
        ("x.txt", "claims a file's id"),
    ]
    a, x = str(tmp_path / "a.jsonl"), str(tmp_path / "x.txt")
    assert [str(err) for err in errors(items)] == [
        Errors.E008.format(path=f"{a}:2", doc_id="same", first=f"{a}:1"),
        Errors.E008.format(path=x, doc_id="x.txt", first=f"{tmp_path / 'b.jsonl'}:1"),
    ]


def test_ids_are_posix_paths_relative_to_each_root(tmp_path):
    write(tmp_path, "one/sub/a.txt", "A")
    write(tmp_path, "two/a.txt", "B")
    items = run(tmp_path / "one", tmp_path / "two")
    assert [(doc.id, doc.path) for doc in items] == [
        ("sub/a.txt", str(tmp_path / "one/sub/a.txt")),
        ("a.txt", str(tmp_path / "two/a.txt")),
    ]


# --- walking -----------------------------------------------------------------------------------


def test_folders_are_walked_in_sorted_order_skipping_hidden_and_other_files(tmp_path):
    for rel in [
        "b.txt",
        "a/z.md",
        "a/b.html",
        "B.txt",
        "c.jsonl",
        ".hidden.txt",
        ".git/x.txt",
        "img.png",
        "notes.TXT",
    ]:
        content = jsonl({"text": "j"}) if rel.endswith(".jsonl") else "<p>t</p>"
        write(tmp_path, rel, content)
    write(tmp_path, "metadata.csv", "path,body\nb.txt,X\n")
    ids = [doc.id for doc in run(tmp_path)]
    assert ids == ["B.txt", "a/b.html", "a/z.md", "b.txt", "c.jsonl#1", "notes.TXT"]
    assert [doc.id for doc in run(tmp_path)] == ids


def test_explicit_file_with_unsupported_extension_is_E012(tmp_path):
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    good = write(tmp_path, "a.txt", "text")
    items = run(pdf, good)
    assert str(items[0]) == Errors.E012.format(path=pdf, suffix=".pdf")
    assert [doc.id for doc in docs(items)] == ["a.txt"]


def test_missing_path_next_to_a_good_one_is_E005(tmp_path):
    good = write(tmp_path, "a.txt", "text")
    items = run(tmp_path / "missing", good)
    assert str(items[0]) == Errors.E005.format(
        path=tmp_path / "missing", why="no such file or directory"
    )
    assert docs(items)[0].id == "a.txt"


@pytest.mark.parametrize("setup", ["empty-folder", "missing-path", "only-other-files"])
def test_no_input_files_raises_E031(tmp_path, setup):
    target = tmp_path / "corpus"
    if setup != "missing-path":
        target.mkdir()
    if setup == "only-other-files":
        write(target, "metadata.csv", "path\n")
        write(target, "x.pdf", b"%PDF")
        write(target, ".hidden.txt", "x")
    with pytest.raises(StanceError) as info:
        run(target)
    assert str(info.value) == Errors.E031.format(paths=target)


def test_file_vanishing_between_listing_and_reading_is_E005(tmp_path):
    write(tmp_path, "a.txt", "first")
    gone = write(tmp_path, "b.txt", "second")
    stream = iter_corpus([str(tmp_path)])
    assert next(stream).id == "a.txt"
    gone.unlink()
    err = only_error(list(stream))
    assert str(err) == Errors.E005.format(path=gone, why="no such file or directory")


def test_symlink_inside_the_folder_is_followed(tmp_path):
    write(tmp_path, "real/a.txt", "text")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real/loop").symlink_to(tmp_path, target_is_directory=True)
    assert [doc.id for doc in run(tmp_path)] == ["link/a.txt"]


def test_symlink_leaving_the_folder_is_E013(tmp_path):
    outside = write(tmp_path, "outside/secret.txt", "secret")
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "text")
    (corpus / "b.txt").symlink_to(outside)
    (corpus / "dir").symlink_to(outside.parent, target_is_directory=True)
    (corpus / "c.png").symlink_to(outside)
    items = run(corpus)
    assert [doc.id for doc in docs(items)] == ["a.txt"]
    assert [str(err) for err in errors(items)] == [
        Errors.E013.format(path=corpus / "b.txt", root=corpus),
        Errors.E013.format(path=corpus / "dir", root=corpus),
    ]


# --- metadata.csv ------------------------------------------------------------------------------


def test_metadata_csv_rows_are_found_by_relative_path_nearest_first(tmp_path):
    write(
        tmp_path,
        "metadata.csv",
        (
            "path,body,body_type,date,title,source,notes\n"
            "gov/uk/a.txt,Home Office,government,2023-01-02,Root title,https://gov.example/a,x\n"
            "gov/uk/b.txt,Root body,,,,,\n"
        ),
    )
    write(tmp_path, "gov/metadata.csv", "File,Body\nuk/b.txt,Nearer body\n")
    write(tmp_path, "gov/uk/a.txt", "A")
    write(tmp_path, "gov/uk/b.txt", "B")
    write(tmp_path, "gov/uk/c.txt", "C")
    assert [doc.meta for doc in run(tmp_path)] == [
        {
            "body": "Home Office",
            "body_type": "government",
            "date": "2023-01-02",
            "title": "Root title",
            "source": "https://gov.example/a",
        },
        {"body": "Nearer body", "source": "gov/uk/b.txt"},
        {"source": "gov/uk/c.txt"},
    ]


def test_metadata_csv_beside_a_file_given_directly_is_used(tmp_path):
    path = write(tmp_path, "a.txt", "A")
    write(tmp_path, "metadata.csv", "path,body\n./a.txt,NCA\n")
    assert docs(run(path))[0].meta == {"body": "NCA", "source": "a.txt"}


@pytest.mark.parametrize(
    "cell,why",
    [
        ("../a.txt", "path '../a.txt' leaves the folder of metadata.csv"),
        ("sub/../../a.txt", "path 'sub/../../a.txt' leaves the folder of metadata.csv"),
        ("/etc/a.txt", "absolute path '/etc/a.txt'"),
        ("C:\\docs\\a.txt", "absolute path 'C:\\\\docs\\\\a.txt'"),
    ],
)
def test_metadata_path_escaping_its_folder_is_refused_once(tmp_path, cell, why):
    csv_path = write(tmp_path, "corpus/metadata.csv", f'path,body\n"{cell}",Evil\nb.txt,Good\n')
    write(tmp_path, "corpus/a.txt", "A")
    write(tmp_path, "corpus/b.txt", "B")
    items = run(tmp_path / "corpus")
    assert [str(err) for err in errors(items)] == [
        Errors.E009.format(path=csv_path, line=2, why=why)
    ]
    assert [doc.meta for doc in docs(items)] == [
        {"source": "a.txt"},
        {"body": "Good", "source": "b.txt"},
    ]


def test_unknown_body_type_is_refused_and_the_rest_kept(tmp_path):
    csv_path = write(tmp_path, "metadata.csv", "path,body,body_type\na.txt,Police,police\n")
    write(tmp_path, "a.txt", "A")
    items = run(tmp_path)
    why = f"unknown body_type 'police'; use one of {', '.join(BODY_TYPES)}"
    assert [str(err) for err in errors(items)] == [
        Errors.E009.format(path=csv_path, line=2, why=why)
    ]
    assert docs(items)[0].meta == {"body": "Police", "source": "a.txt"}


def test_duplicate_metadata_row_is_refused(tmp_path):
    csv_path = write(tmp_path, "metadata.csv", "path,body\na.txt,First\na.txt,Second\n")
    write(tmp_path, "a.txt", "A")
    items = run(tmp_path)
    why = "second row for 'a.txt', first on line 2"
    assert [str(err) for err in errors(items)] == [
        Errors.E009.format(path=csv_path, line=3, why=why)
    ]
    assert docs(items)[0].meta == {"body": "First", "source": "a.txt"}


@pytest.mark.parametrize(
    "content,why",
    [
        ("name,body\na.txt,X\n", "no `path` or `file` column"),
        (
            b"path,body\na.txt,\x81\x8d\x8f\x90\x9d\xe9\xfa \x81\xd0\x8d\x9d\xc3\n",
            "not valid UTF-8 and no unambiguous encoding found",
        ),
        (b"path\x00,body\n", "looks binary (contains NUL bytes)"),
    ],
)
def test_malformed_metadata_csv_is_one_E014(tmp_path, content, why):
    csv_path = write(tmp_path, "metadata.csv", content)
    write(tmp_path, "a.txt", "A")
    write(tmp_path, "b.txt", "B")
    items = run(tmp_path)
    assert [str(err) for err in errors(items)] == [Errors.E014.format(path=csv_path, why=why)]
    assert [doc.meta for doc in docs(items)] == [{"source": "a.txt"}, {"source": "b.txt"}]


def test_cp1252_metadata_csv_is_read(tmp_path):
    write(tmp_path, "metadata.csv", b"path,body\na.txt,Minist\xe8re de l'Int\xe9rieur\n")
    write(tmp_path, "a.txt", "A")
    assert run(tmp_path)[0].meta == {
        "body": "Minist\u00e8re de l'Int\u00e9rieur",
        "source": "a.txt",
    }


def test_readme_inside_a_folder_is_documentation_not_a_statement(tmp_path):
    (tmp_path / "README.md").write_text("# About this corpus\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A statement.\n", encoding="utf-8")
    ids = [item.id for item in iter_corpus(tmp_path)]
    assert ids == ["a.txt"]


def test_jsonl_text_is_kept_exactly_so_gold_offsets_still_index_it(tmp_path):
    record = {"id": "d1", "text": "Line one.\r\nLine two."}
    (tmp_path / "c.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = list(iter_corpus(tmp_path))
    assert doc.text == "Line one.\r\nLine two."
