"""Property-based tests (hypothesis): ingestion, segmentation, sentences and export on hostile text.

The contracts checked, from ANNOTATION.md and the components' docstrings:

- never a crash, whatever the text (control characters, zero-width and bidirectional marks, lone
  surrogates, stray or nested quotation marks, 100,000-character lines, no newline at all);
- segments: inside `text`, sorted, non-overlapping, never starting or ending on whitespace, known
  labels, quotes name a speaker that exists, and every letter or digit lies in a segment except
  list markers ("1. ", "a) "), which ANNOTATION.md keeps outside like quotation marks;
- sentences: inside `text`, sorted, non-overlapping, trimmed, each inside one non-boilerplate
  segment, and every letter or digit of a non-boilerplate segment lies in a sentence;
- export: the JSON line is one valid UTF-8 line that `json.loads` turns back into the same record,
  so `text[start:end]` is the same span before and after;
- ingestion: every file yields documents or one-line errors naming the file, and every document's
  strings can be written as UTF-8 and run through the pipeline.
"""

import json
import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.tokens import DocBin

from pipeline.errors import InputError
from pipeline.export import doc_to_record, record_line
from pipeline.ingest import RawDocument, iter_corpus
from pipeline.labels import SEGMENT_LABELS
from pipeline.rules.blocks import mask_emphasis, split_blocks
from pipeline.rules.quotes import find_quotes
from pipeline.rules.segment import segment_statement

# Modest example counts keep this file near 10 s; hunt longer with STANCE_FUZZ_EXAMPLES=5000.
EXAMPLES = int(os.environ.get("STANCE_FUZZ_EXAMPLES", "400"))
QUICK = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(QUICK, max_examples=max(EXAMPLES // 2, 10))  # examples that write files and run the pipeline

SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"]
HOSTILE_CHARS = [
    *'"\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\'()[]:;,.!?-\u2014\u2013\u2022*#>',
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069",  # bidi
    "\x00", "\x07", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f", "\x85",  # controls
    "\u2028", "\u2029", "\r", "\n", "\t", "\u00a0", "\u3000",  # line and space separators
    "\u0301", "\U0001F600", "\u05e9", "\u0645", "\u4e2d", "\ufffd",
]
FRAGMENTS = [
    "Police warn over encryption rollout",
    "Maria Okafor, Deputy Commissioner at the National Cyber Unit, said:",
    "\u201cWe support strong encryption, but not like this.",
    "\u201cOffenders will go undetected.\u201d",
    '"The bill would break security," said Tomas Lind, director of the Open Lab.',
    '"It cannot be fixed," she said.',
    "He added:",
    "A spokesperson for Parley said the company would not comment.",
    "Notes to editors",
    "\u2022 The unit has 300 officers.",
    "- a dashed bullet",
    "1. a numbered point",
    "(a) a lettered point",
    "ENDS",
    "Share this article",
    "FOR IMMEDIATE RELEASE",
    "LONDON, 12 March 2024",
    "About SafeKids",
    "STATEMENT: Police respond to plan",
    "PRESENTER: Is it safe?",
    "DR AMARA OSEI: No.",
    "Q: Why?",
    "A: Because.",
    "Lord Hale (Con): Rubbish.",
    "Dear Minister,",
    "Yours sincerely,",
    "# A markdown heading",
    "Below is a comment from Jane Roe, CEO of Acme:",
    "\u00abBonjour\u00bb, a dit Jean Dupont.",
    "\u201eHallo\u201c, sagte Max Muster.",
    "'Single quotes', said Ann Lee.",
    "Dr. Smith met Mr. Jones in the U.S. on 3 May.",
    "Reports fell by 92% in 2023.",
]
WORDS = ["Jane", "Roe", "said", "says", "added", "Minister", "the", "agency", "he", "she", "CEO", "of", "Acme",
         "Ltd", "Q", "A", "Dr", "Mr.", "e.g.", "1.", "2023", "PRESENTER", "(Con)", "spokesperson", "for"]
SEPARATORS = ["", " ", " ", "\n", "\n\n", "\r\n", "\n \n"]


@st.composite
def statements(draw, surrogates: bool = False):
    """Text built from statement-like fragments, hostile characters and words, shuffled and mutated."""
    chars = HOSTILE_CHARS + (SURROGATES if surrogates else [])
    atom = st.one_of(
        st.sampled_from(FRAGMENTS), st.sampled_from(chars), st.sampled_from(WORDS), st.text(max_size=8)
    )
    parts = draw(st.lists(st.tuples(atom, st.sampled_from(SEPARATORS)), max_size=40))
    text = "".join(a + b for a, b in parts)
    mutation = draw(st.sampled_from(["none", "cut", "repeat", "one-line", "quotes"]))
    if text and mutation in ("cut", "repeat"):
        i = draw(st.integers(0, len(text) - 1))
        j = draw(st.integers(i, len(text)))
        text = text[:i] + text[j:] if mutation == "cut" else text[:j] + text[i:j] * 3 + text[j:]
    elif mutation == "one-line":
        text = re.sub(r"\s+", " ", text)  # no newline at all
    elif mutation == "quotes":
        text = text.translate(str.maketrans("\u201c\u201d'", '"\u201c\u2019'))
    return text


def any_text(surrogates: bool = False):
    """Statement-like text or arbitrary Unicode (surrogates only when asked for)."""
    if surrogates:
        unicode = st.text(st.one_of(st.characters(), st.sampled_from(SURROGATES)), max_size=200)
    else:
        unicode = st.text(max_size=200)
    return st.one_of(statements(surrogates), unicode)


# --- the contracts ----------------------------------------------------------------------------


def list_marker_chars(text: str, rules) -> set[int]:
    """Offsets of list markers ("1. ", "- "), which ANNOTATION.md keeps outside every segment; read, as the
    segmenter reads them, with Markdown emphasis blanked ("*1. a point*" is the item "a point")."""
    chars = set()
    for block in split_blocks(mask_emphasis(text), rules.bullet):
        if block.marker:
            chars.update(range(text.rfind("\n", 0, block.start) + 1, block.start))
    return chars


def check_spans(text: str, spans: list[dict], kind: str) -> None:
    """Inside the text, non-empty, sorted, non-overlapping, no whitespace at either end."""
    end = 0
    for span in spans:
        assert isinstance(span["start"], int) and isinstance(span["end"], int), span
        assert end <= span["start"] < span["end"] <= len(text), (kind, span, end)
        piece = text[span["start"] : span["end"]]
        assert piece == piece.strip() and not piece[0].isspace(), (kind, span, piece)
        end = span["end"]


def check_segments(text: str, segments: list[dict], speakers: list[dict], rules) -> None:
    check_spans(text, segments, "segment")
    ids = [speaker["id"] for speaker in speakers]
    assert len(ids) == len(set(ids))
    covered = list_marker_chars(text, rules)
    for segment in segments:
        assert segment["label"] in SEGMENT_LABELS, segment
        assert (segment["label"] == "quote") == ("speaker" in segment), segment
        if segment["label"] == "quote":
            assert segment["speaker"] in ids, segment
        covered.update(range(segment["start"], segment["end"]))
    lost = [i for i, ch in enumerate(text) if ch.isalnum() and i not in covered]
    assert not lost, f"letters or digits outside every segment at {lost[:5]}: {text[lost[0]:lost[0] + 30]!r}"


def check_sentences(text: str, segments: list[dict], sentences: list[dict]) -> None:
    check_spans(text, sentences, "sentence")
    in_sentence = set()
    for sentence in sentences:
        homes = [s for s in segments if s["start"] <= sentence["start"] and sentence["end"] <= s["end"]]
        assert len(homes) == 1 and homes[0]["label"] != "boilerplate", (sentence, homes)
        in_sentence.update(range(sentence["start"], sentence["end"]))
    for segment in segments:
        if segment["label"] != "boilerplate":
            lost = [i for i in range(segment["start"], segment["end"]) if text[i].isalnum() and i not in in_sentence]
            assert not lost, f"letters outside every sentence in {segment}: {text[lost[0]:lost[0] + 30]!r}"


def check_record_line(record: dict) -> dict:
    """One valid UTF-8 line that parses back to the record; returns the parsed record."""
    line = record_line(record)
    assert line.endswith("\n") and len(line.splitlines()) == 1
    line.encode("utf-8")  # strict: no lone surrogate left raw
    back = json.loads(line)
    assert back == record
    for span in back["segments"] + back["sentences"]:
        assert back["text"][span["start"] : span["end"]] == record["text"][span["start"] : span["end"]]
    return back


def process(nlp, text: str, doc_id: str = "doc", meta: dict | None = None):
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.meta = meta or {}
    return nlp(doc)


def check_doc(doc, rules) -> None:
    text = doc.text
    check_segments(text, doc._.segments, doc._.speakers, rules)
    check_sentences(text, doc._.segments, doc._.sentences)
    if len(doc):
        assert next(doc.sents).start == 0  # token sentence starts are set, so doc.sents works
    for span in doc.spans["segments"]:
        assert 0 <= span.start_char < span.end_char <= len(text)
    check_record_line(doc_to_record(doc))


# --- the segmenter as a pure function --------------------------------------------------------


@QUICK
@given(any_text(surrogates=True), st.one_of(st.sampled_from([None, "Police", "National Crime Agency (Ruritania)"]), st.text(max_size=20)))
@example('"a"b' * 3000, None)  # was RecursionError: nested straight quotes were followed recursively
@example('a "b ' * 3000, None)
@example("STATEMENT: Police respond to plan\n\n", None)  # the release label was dropped from every segment
@example('Lord Hale (Con): Rubbish.\u2029"\n\n', None)  # a segment ended on U+2029
@example("1. numbered\n\n(b) lettered\n- dashed", None)
@example("*1. a numbered point*", None)  # the list marker inside Markdown emphasis, outside every segment
def test_segment_statement_keeps_its_contract_on_any_text(rules, text, publisher):
    segments, speakers = segment_statement(text, rules, publisher)
    check_segments(text, segments, speakers, rules)


@QUICK
@given(st.text(st.sampled_from('"\u201c\u201d\u2018\u2019\u201e\u00ab\u00bba .\n'), max_size=60))
def test_quotations_are_inside_their_block_and_in_order(text):
    end = 0
    for quote in find_quotes(text, 0, len(text)):
        assert end <= quote.open_mark < quote.start <= quote.end <= len(text)
        assert quote.closed == (quote.end < len(text))
        end = quote.end


# --- the rule pipeline (segmenter + sentencizer) and export ------------------------------------


@QUICK
@given(any_text())
@example("\u201c" * 500 + "Encryption.")
@example("Headline\n\n\u202eEncryption is \u200bgood.\u202c \u2066Quote\u2069 \x0bsaid Jane Roe.")
def test_pipeline_segments_sentences_and_record_keep_their_contract(nlp, rules, text):
    check_doc(process(nlp, text), rules)


LONG_LINES = {
    "words": "word ",
    "sentences": "This is a sentence. ",
    "straight-quotes": '"a" ',  # was quadratic: 56 s for 100,000 characters
    "mixed-quotes": "\u201ca\u201d \u2018b\u2019 \u00abc\u00bb ",
    "right-marks-opening": "\u201da ",
    "said-name": '"Encryption matters," said Jane Roe. ',
    "glued-quotes": '"a"b',
    "lone-opening-marks": "\u201c",
    "no-space": "a",
    "initials": "A. ",
    "bidi-and-zero-width": "\u202e\u05e9\u05dc\u05d5\u05dd\u200b ",
    "bullets": "\u2022 item ",
    "control": "x\x0b\x1c\x85 ",
}


@pytest.mark.parametrize("unit", LONG_LINES.values(), ids=LONG_LINES.keys())
def test_a_100000_character_line_keeps_the_contract(nlp, rules, unit):
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    check_doc(process(nlp, text), rules)


def test_quotes_attributed_by_pronoun_on_one_long_line_keep_the_contract(nlp, rules):
    # each "she said" looks back for a name; the look-back is bounded (it was quadratic: 67 s for 33,000 characters)
    text = '"Encryption matters," she said. ' * 600
    check_doc(process(nlp, text), rules)


def test_a_transcript_of_thousands_of_speakers_keeps_the_contract(nlp, rules):
    # every speaker lookup compared against every known speaker (162 s for 100,000 characters)
    names = [a + b for a in ("Bal", "Cor", "Dun", "Fen", "Gar", "Hol", "Kem", "Lor") for b in ("ton", "by", "ley", "ford")]
    turns = [f"{first.upper()} {last.upper()}: Yes.\n\n" for first in names for last in names]
    doc = process(nlp, "Hearing transcript\n\n" + "".join(turns))
    check_doc(doc, rules)
    assert len(doc._.speakers) == len(turns) == 32 * 32


# --- export on its own --------------------------------------------------------------------------


def _json_reading(value: str) -> str:
    """What JSON makes of a string: a high surrogate followed by a low one is one character."""
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


@QUICK
@given(
    st.text(st.one_of(st.characters(), st.sampled_from(SURROGATES + ["\u2028", "\u2029", "\x85", "\\", '"'])), max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=5),
)
@example("\ud800", [(0, 1)])
@example("a\u2028b\x85c\u2029", [(1, 2)])
def test_record_line_round_trips_any_text_and_offsets(text, spans):
    record = {
        "id": text,
        "text": text,
        "meta": {"title": text, text: "key"},
        "speakers": [{"id": "s1", "name": text, "role": None, "org": None}],
        "segments": [{"start": a, "end": b, "label": "body"} for a, b in spans],
        "sentences": [{"start": a, "end": b} for a, b in spans],
    }
    line = record_line(record)
    line.encode("utf-8")
    assert len(line.splitlines()) == 1
    back = json.loads(line)
    if _json_reading(text) == text:
        assert back == record
    else:  # the one case JSON cannot spell: a surrogate pair held as two characters
        assert back["text"] == _json_reading(text)


# --- ingestion --------------------------------------------------------------------------------


def _encodings(text: str) -> list[bytes]:
    return [
        text.encode("utf-8", "surrogatepass"),
        text.encode("utf-8", "replace"),
        text.encode("cp1252", "replace"),
        text.encode("utf-16", "surrogatepass"),
    ]


@st.composite
def corpus_files(draw):
    """(file name, bytes) for one corpus file of any supported type, friendly or hostile."""
    suffix = draw(st.sampled_from([".txt", ".md", ".html", ".htm", ".jsonl"]))
    text = draw(any_text(surrogates=True))
    if suffix == ".jsonl":
        records = draw(st.lists(any_text(surrogates=True), min_size=1, max_size=3))
        content = "\n".join(
            json.dumps({"id": draw(st.sampled_from(["", "a", text[:6]])) or None, "text": t, "meta": {"title": t[:20]}})
            for t in records
        )
        raw = draw(st.sampled_from([content.encode("utf-8"), text.encode("utf-8", "surrogatepass")]))
    elif suffix in (".html", ".htm"):
        markup = f"<html><head><title>{text[:30]}</title><script>{text}</script></head><body><p>{text}</p></body></html>"
        raw = draw(st.sampled_from(_encodings(markup)))
    else:
        raw = draw(st.one_of(st.sampled_from(_encodings(text)), st.binary(max_size=200)))
    return suffix, raw


@SLOW
@given(st.lists(corpus_files(), min_size=1, max_size=3))
@example([(".jsonl", b"\x1c")])  # was read as a blank line: the file yielded nothing, not even an error
@example([(".jsonl", b'{"text": "\\ud83d cut"}'), (".txt", "\u201c".encode() * 100_000)])
def test_ingestion_yields_usable_documents_or_one_line_errors(nlp, rules, tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("corpus")
    for number, (suffix, raw) in enumerate(files):
        (folder / f"f{number}{suffix}").write_bytes(raw)
    items = list(iter_corpus(folder))
    assert items and all(isinstance(item, (RawDocument, InputError)) for item in items)
    doc_bin = DocBin(store_user_data=True)
    for item in items:
        if isinstance(item, InputError):
            message = str(item)
            assert len(message.splitlines()) == 1 and message.startswith(str(folder / "f")), message
            continue
        assert item.text.strip()
        for value in (item.id, item.text, *item.meta.values()):
            value.encode("utf-8")  # no lone surrogate reaches the pipeline or the outputs
        doc = process(nlp, item.text, item.id, dict(item.meta))
        check_doc(doc, rules)
        doc_bin.add(doc)
    doc_bin.to_bytes()  # the run's second output: msgpack refuses surrogates anywhere in the doc
