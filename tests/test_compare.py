"""`stance compare` over the store of a real run of corpora/demo: resolution, sections, offsets, reports, CLI."""

from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.compare import compare, name_tokens
from pipeline.compare_render import render_compare_html, render_compare_markdown, report_paths, write_compare
from pipeline.errors import StanceError
from tests.summary_helpers import (
    EXPECTED_STANCE,
    assert_quotes,
    demo_run,
    make_store,
    record,
    records_by_id,
    sentence,
)

POLICE = "Aldmere National Police Cybercrime Unit"
CHARITY = "Brightwell Children's Trust"
NEWS = "The Meridian Courier"
OPEN_WIRE = "Open Wire Foundation"


@pytest.fixture(scope="session")
def run(tmp_path_factory):
    return demo_run(tmp_path_factory)


@pytest.fixture(scope="session")
def records(run):
    return records_by_id(run)


@pytest.fixture(scope="session")
def result(run):
    return compare(run, [POLICE, "harbourchat", NEWS, CHARITY, OPEN_WIRE])


class Tree(HTMLParser):
    """Tags and text nodes of a page, as a browser's tokenizer sees them."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def quoted_items(result):
    """Every piece of document text the comparison quotes, with its offsets."""
    for unique in result["unique_asks"].values():
        for addressee in unique["addressees"]:
            yield addressee
            yield addressee["sentence"]
        yield from unique["asks"]
    for pair in result["recurring_claims"]:
        yield from pair["sentences"]
    for figure in result["shared_figures"]:
        for mention in figure["mentions"]:
            yield mention
            yield mention["sentence"]
    for evidence in result["evidence"].values():
        for figure in evidence["figures"]:
            yield figure
            yield figure["sentence"]
        yield from evidence["sentences"]
    for items in result["framing"].values():
        for item in items:
            yield item
            yield item["sentence"]
    for group in result["groups"]:
        for sentences in group["representatives"].values():
            yield from sentences


def test_compare_names_each_body_stance_as_its_statements_argue(result):
    assert result["names"] == [POLICE, "HarbourChat", NEWS, CHARITY, OPEN_WIRE]
    for group in result["groups"]:
        assert group["kind"] == "body"
        assert group["stance"] == EXPECTED_STANCE[group["group"]]


def test_every_quoted_piece_is_the_documents_text_at_its_offsets(result, records):
    items = list(quoted_items(result))
    assert len(items) > 50
    for item in items:
        assert_quotes(item, records)


def test_claims_repeated_by_the_newspaper_are_found_as_near_duplicates(result):
    pairs = {tuple(sorted((s["group"], s["text"]) for s in pair["sentences"])) for pair in result["recurring_claims"]}
    assert ((POLICE, "We asked HarbourChat to wait until it could show us how abuse would still be found on an "
                     "encrypted service."),
            (NEWS, "We asked them to wait until they could show us how abuse would still be found.")) in pairs
    for pair in result["recurring_claims"]:
        first, second = pair["sentences"]
        assert first["group"] != second["group"] and pair["similarity"] >= 0.5


def test_the_same_statistic_cited_by_two_bodies_is_shared(result):
    shared = {(f["value"], f["unit"]): {m["group"]: m["text"] for m in f["mentions"]} for f in result["shared_figures"]}
    assert shared[(11800.0, "reports")] == {POLICE: "11,800 reports", NEWS: "11,800 reports"}
    # "more than 90%" in the charity's letter and "ninety per cent" in the rights group's interview
    assert shared[(90.0, "%")] == {CHARITY: "90%", OPEN_WIRE: "ninety per cent"}


def test_unique_asks_keep_addressees_and_asks_no_other_makes(result):
    police = result["unique_asks"][POLICE]
    open_wire = result["unique_asks"][OPEN_WIRE]
    assert "Parliament" in [a["addressee"] for a in open_wire["addressees"]]
    everyone_else = {a["addressee"] for name, u in result["unique_asks"].items() if name != OPEN_WIRE
                     for a in u["addressees"]}
    assert "Parliament" not in everyone_else
    # the police ask is repeated word for word by the newspaper, so it is not the police's alone
    assert all("We asked HarbourChat to wait" not in a["text"] for a in police["asks"])
    for unique in result["unique_asks"].values():
        assert all(a["similarity_elsewhere"] < result["settings"]["unique_ask_threshold"] for a in unique["asks"])


def test_framing_finds_reported_speech_about_others_and_scare_quotes(result):
    open_wire = result["framing"][OPEN_WIRE]
    assert {"kind": "reported_speech", "actor": "HarbourChat", "verb": "says"}.items() <= \
        next(i for i in open_wire if i["actor"] == "HarbourChat").items()
    assert next(i for i in open_wire if i["actor"] == "The police")["about"] == [POLICE]
    news = result["framing"][NEWS]
    spokesperson = next(i for i in news if i["actor"] == "A spokesperson for HarbourChat")
    assert spokesperson["about"] == ["HarbourChat"] and spokesperson["verb"] == "said"
    assert not [i for i in news if i["kind"] == "reported_speech" and "Meridian" in i["actor"]]


def test_scare_quotes_of_the_other_sides_words_are_listed(run):
    framed = compare(run, [OPEN_WIRE, "Ministry of the Interior (Aldmere)"])["framing"][OPEN_WIRE]
    phrases = [i["phrase"] for i in framed if i["kind"] == "scare_quote"]
    assert "safety by design" in phrases and "where technically feasible" in phrases


def test_evidence_lists_the_figures_each_body_cites(result):
    police = [f["figure"] for f in result["evidence"][POLICE]["figures"]]
    charity = [f["figure"] for f in result["evidence"][CHARITY]["figures"]]
    assert "11,800 reports" in police and "9,412 contacts" in charity


def test_names_resolve_to_body_types_and_speakers_too(run):
    found = compare(run, ["law_enforcement", "technology_company"])
    assert found["kinds"] == ["body_type", "body_type"]
    assert [g["stance"] for g in found["groups"]] == ["against", "favor"]
    people = compare(run, ["Farah Qureshi-Dalton", "nadia ferreira-holt"])
    assert people["names"] == ["Farah Qureshi-Dalton, Open Wire Foundation", "Nadia Ferreira-Holt, Aldmere National Police"]
    assert people["kinds"] == ["speaker", "speaker"]
    assert people["groups"][0]["net_stance"] > 0 > people["groups"][1]["net_stance"]


@pytest.mark.parametrize("names, kind, message", [
    (["HarbourChat"], None, "needs at least two names, got 1"),
    (["HarbourChat", "harbourchat"], None, "'harbourchat' is named twice"),
    (["Nadia Ferreira-Holt", "Nadia Ferreira-Holt, Aldmere National Police"], None,
     "'Nadia Ferreira-Holt, Aldmere National Police' is named twice"),
    (["HarbourChat", "Brightwell"], None, "did you mean \"Brightwell Children's Trust\""),
    (["HarbourChat", "Open Wire Foundation"], "speaker", "'HarbourChat' is not a speaker in this run"),
])
def test_bad_names_raise_a_coded_error_with_close_matches(run, names, kind, message):
    with pytest.raises(StanceError) as error:
        compare(run, names, kind)
    assert message in str(error.value)


def test_a_name_that_is_both_a_body_and_a_speaker_needs_kind(tmp_path):
    text = "We urge Parliament to act."
    speaker = {"id": "s1", "name": "Open Rights", "role": None, "org": None}
    records = [
        record("a", text, "Open Rights", "civil_society", "2024-01-01", "favor", [sentence(0, len(text), "favor")]),
        record("b", text, "Home Office", "government", "2024-02-01", "against", [sentence(0, len(text), "against")],
               speakers=[speaker], segments=[{"start": 0, "end": len(text), "label": "quote", "speaker": "s1"}]),
    ]
    folder = make_store(tmp_path / "run", records)
    with pytest.raises(StanceError, match="'Open Rights' is both a body and a speaker; pass --kind"):
        compare(folder, ["Open Rights", "Home Office"])
    assert compare(folder, ["Open Rights", "Home Office"], "body")["kinds"] == ["body", "body"]


HOSTILE_BODY = "<script>window.__pwned=1</script>Open Rights"
HOSTILE_TEXT = 'Meta "<img src=x onerror=alert(1)>" says we urge Parliament to act now, says the <b>board</b>.'


def hostile_store(tmp_path):
    records = [
        record("<a onmouseover=x>", HOSTILE_TEXT, HOSTILE_BODY, "civil_society", "2024-01-01", "favor",
               [sentence(0, len(HOSTILE_TEXT), "favor", ["policy_ask", "evidence"])]),
        record("b", HOSTILE_TEXT, "Home Office", "government", "2024-02-01", "against",
               [sentence(0, len(HOSTILE_TEXT), "against", ["policy_ask"])]),
    ]
    return make_store(tmp_path / "run", records)


def test_html_report_escapes_every_piece_of_document_text(tmp_path):
    result = compare(hostile_store(tmp_path), [HOSTILE_BODY, "Home Office"])
    html = render_compare_html(result)
    tree = Tree(html)
    tags = {tag for tag, _ in tree.tags}
    assert not tags & {"script", "img", "b", "a"}
    assert not [name for _, attrs in tree.tags for name in attrs if name.startswith("on")]
    text = "".join(tree.text)
    assert HOSTILE_BODY in text and '"<img src=x onerror=alert(1)>"' in text and "<a onmouseover=x>" in text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;Open Rights" in html
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src 'none'" in html
    markdown = render_compare_markdown(result)
    assert "<script>" not in markdown and "<img" not in markdown and "&lt;img src=x" in markdown


def test_html_report_is_self_contained_with_charts_and_every_section(result):
    html = render_compare_html(result)
    tree = Tree(html)
    assert [t for t, _ in tree.tags].count("svg") == 4
    assert not [a for _, attrs in tree.tags for k, a in attrs.items() if k in ("src", "href") and a and
                not a.startswith("#")]
    for section in ("stance", "roles", "asks", "recurring", "evidence", "framing"):
        assert f'id="{section}"' in html
    assert all(name in "".join(tree.text) for name in result["names"])


@pytest.mark.parametrize("out, fmt, expected", [
    ("reports/", "both", ["reports/compare.md", "reports/compare.html"]),
    ("reports/police-vs-harbourchat", "html", ["reports/police-vs-harbourchat.html"]),
    ("reports/x.md", "markdown", ["reports/x.md"]),
    ("reports/x.html", "both", ["reports/x.md", "reports/x.html"]),
])
def test_report_paths_take_a_folder_or_a_base_name(tmp_path, out, fmt, expected):
    paths = report_paths(str(tmp_path / out) + ("/" if out.endswith("/") else ""), fmt)
    assert sorted(str(p.relative_to(tmp_path)) for p in paths.values()) == sorted(expected)


def test_write_compare_writes_markdown_and_html(result, tmp_path):
    paths = write_compare(result, tmp_path, "both")
    assert paths["markdown"].read_text(encoding="utf-8").startswith("# Comparison: Aldmere National Police")
    assert paths["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_name_tokens_drop_generic_words():
    assert name_tokens("Ministry of the Interior (Aldmere)", ["of", "the"]) == {"ministry", "interior", "aldmere"}


def test_cli_compare_writes_both_reports_or_prints_markdown(run, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["compare", str(run), "HarbourChat", CHARITY, "--out", f"{tmp_path}/reports/"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["compare.html", "compare.md"]
    result = runner.invoke(main, ["compare", str(run), "HarbourChat", CHARITY])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Comparison: HarbourChat, Brightwell Children's Trust")
    result = runner.invoke(main, ["compare", str(run), "HarbourChat", CHARITY, "--format", "html"])
    assert result.exit_code == 2 and "An HTML report needs a file" in result.output
    result = runner.invoke(main, ["compare", str(run), "HarbourChat", "Harbor"])
    assert result.exit_code == 2 and "did you mean 'HarbourChat'?" in result.output


@pytest.mark.parametrize("chunk", [1, 256])
def test_an_ask_is_scored_against_every_sentence_of_the_other_groups(chunk):
    from pipeline.compare import _max_similarity_elsewhere

    asks = [{"group": "police", "text": "Companies must keep detecting abuse."},
            {"group": "police", "text": "Parliament should pass the bill."}]
    pool = asks + [{"group": "news", "text": "Companies must keep detecting abuse."},
                   {"group": "news", "text": "Sunny skies over Fenmouth."}]
    scores = _max_similarity_elsewhere(asks, pool, chunk=chunk)
    assert scores[0] == pytest.approx(1.0)
    assert scores[1] == pytest.approx(0.0)
