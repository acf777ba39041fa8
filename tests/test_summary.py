"""`stance summary` over the store of a real run of corpora/demo: groups, stance, offsets, filters, formats, CLI."""

import bisect
import csv
import io
import json
from collections import Counter

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import StanceError
from pipeline.rules.asks import ask_addressees
from pipeline.rules.figures import find_figures
from pipeline.rules.summary_rules import load_summary_rules
from pipeline.summary import group_stance, net_stance, speaker_label, summarize
from pipeline.summary_render import escape_markdown, render
from tests.summary_helpers import (
    EXPECTED_STANCE,
    assert_quotes,
    demo_run,
    make_store,
    record,
    records_by_id,
    sentence,
)

GROUP_KEYS = {"group", "by", "documents", "sentences", "stance", "stance_counts", "net_stance", "net_stance_ci",
              "net_stance_method", "mean_score", "confidence", "document_stance_counts", "first_date", "last_date",
              "roles", "representatives", "asks", "figures", "asks_read", "evidence_read"}


@pytest.fixture(scope="session")
def run(tmp_path_factory):
    return demo_run(tmp_path_factory)


@pytest.fixture(scope="session")
def records(run):
    return records_by_id(run)


@pytest.fixture(scope="session")
def by_body(run):
    return {group["group"]: group for group in summarize(run, by="body")}


@pytest.fixture(scope="session")
def rules():
    return load_summary_rules()


def labelled_sentences(record):
    """(sentence, segment label, speaker id) for every sentence of a record."""
    segments = sorted(record["segments"], key=lambda s: s["start"])
    starts = [s["start"] for s in segments]
    for s in record["sentences"]:
        segment = segments[bisect.bisect_right(starts, s["start"]) - 1]
        yield s, segment["label"], segment.get("speaker")


def test_summary_by_body_names_each_demo_body_as_its_statements_argue(by_body):
    assert set(by_body) == set(EXPECTED_STANCE)
    for body, expected in EXPECTED_STANCE.items():
        group = by_body[body]
        assert group["stance"] == expected, body
        low, high = group["net_stance_ci"]
        assert low <= group["net_stance"] <= high, body
        if expected == "favor":
            assert group["net_stance"] > 0, body
        elif expected == "against":
            assert group["net_stance"] < 0, body
    # the newspaper quotes both sides: its net stance lies between every campaigner's on either side
    sides = {stance: [by_body[b]["net_stance"] for b, e in EXPECTED_STANCE.items() if e == stance]
             for stance in ("favor", "against")}
    assert max(sides["against"]) < by_body["The Meridian Courier"]["net_stance"] < min(sides["favor"])


def test_group_counts_equal_the_records_they_summarise(by_body, records):
    for body, group in by_body.items():
        mine = [r for r in records.values() if r["meta"]["body"] == body]
        stances = Counter(s["stance"] for r in mine for s in r["sentences"])
        roles = Counter(role for r in mine for s in r["sentences"] for role in s["roles"])
        assert group["documents"] == len(mine)
        assert group["sentences"] == sum(len(r["sentences"]) for r in mine)
        assert group["stance_counts"] == {k: stances[k] for k in ("favor", "against", "neutral")}
        assert {k: v for k, v in group["roles"].items() if v} == dict(roles)
        assert group["document_stance_counts"] == {k: sum(r["stance"] == k for r in mine)
                                                   for k in ("favor", "against", "mixed", "neutral")}
        assert group["first_date"] == min(r["meta"]["date"] for r in mine)
        assert group["net_stance"] == round((stances["favor"] - stances["against"]) / group["sentences"], 4)


def test_json_groups_have_the_documented_keys_and_bounded_net_stance(by_body):
    for group in by_body.values():
        assert GROUP_KEYS <= set(group)
        assert set(group["stance_counts"]) == {"favor", "against", "neutral"}
        low, high = group["net_stance_ci"]
        assert -1 <= low <= group["net_stance"] <= high <= 1


def test_representative_sentences_are_the_most_confident_of_their_role_and_quote_real_text(by_body, records):
    for body, group in by_body.items():
        for role, chosen in group["representatives"].items():
            assert len(chosen) == min(3, group["roles"][role])
            for item in chosen:
                assert_quotes(item, records)
                match = [s for s in records[item["doc_id"]]["sentences"] if s["start"] == item["start"]]
                assert role in match[0]["roles"]
                assert item["score"] == round(match[0]["role_scores"][role], 4)
            scores = [item["score"] for item in chosen]
            assert scores == sorted(scores, reverse=True)
            everyone = sorted((round(s["role_scores"][role], 4) for r in records.values() if r["meta"]["body"] == body
                               for s in r["sentences"] if role in s["roles"]), reverse=True)
            assert scores == everyone[:len(scores)]


def test_asks_and_figures_come_from_ask_and_evidence_sentences_with_working_offsets(by_body, records, rules):
    asks = figures = 0
    for group in by_body.values():
        for ask in group["asks"]:
            asks += 1
            assert_quotes(ask, records)
            assert_quotes(ask["sentence"], records)
            assert ask["sentence"]["start"] <= ask["start"] < ask["end"] <= ask["sentence"]["end"]
            assert ask["addressee"] in ask_addressees(ask["sentence"]["text"], rules)
            match = [s for s in records[ask["doc_id"]]["sentences"] if s["start"] == ask["sentence"]["start"]]
            assert "policy_ask" in match[0]["roles"]
        for figure in group["figures"]:
            figures += 1
            assert_quotes(figure, records)
            assert_quotes(figure["sentence"], records)
            assert figure["figure"] in [f.text for f in find_figures(figure["sentence"]["text"], rules)]
            match = [s for s in records[figure["doc_id"]]["sentences"] if s["start"] == figure["sentence"]["start"]]
            assert "evidence" in match[0]["roles"]
    assert asks and figures


def test_summary_by_document_gives_each_document_its_own_stance_and_title(run, records):
    groups = summarize(run, by="document")
    assert [g["group"] for g in groups] == list(records)  # corpus order
    for group in groups:
        record_ = records[group["group"]]
        assert group["title"] == record_["meta"].get("title")
        assert group["document_stance_counts"][record_["stance"]] == 1 and group["documents"] == 1


def test_summary_by_year_is_in_year_order_and_counts_each_years_documents(run, records):
    groups = summarize(run, by="year")
    years = Counter(r["meta"]["date"][:4] for r in records.values())
    assert [g["group"] for g in groups] == sorted(years)
    assert {g["group"]: g["documents"] for g in groups} == dict(years)


def test_summary_by_speaker_counts_only_that_speakers_quoted_sentences(run, records):
    groups = {g["group"]: g for g in summarize(run, by="speaker")}
    expected = Counter()
    for r in records.values():
        people = {s["id"]: s for s in r["speakers"]}
        for _, label, speaker in labelled_sentences(r):
            if speaker:
                p = people[speaker]
                expected[speaker_label(p["name"], p["role"], p["org"])] += 1
    assert {name: g["sentences"] for name, g in groups.items()} == dict(expected)
    assert groups["Nadia Ferreira-Holt, Aldmere National Police"]["documents"] == 2
    assert groups["[Presenter]"]["documents"] == 1


@pytest.mark.parametrize("body", ["harbourchat", "HARBOURCHAT", "HarbourChat"])
def test_body_filter_ignores_letter_case(run, body):
    assert [g["group"] for g in summarize(run, body=body)] == ["HarbourChat"]


def test_body_type_and_date_filters_keep_only_matching_documents(run, records):
    groups = summarize(run, by="body", body_type=["regulator", "media"])
    assert {g["group"] for g in groups} == {"Data Protection Authority (Aldmere)", "The Meridian Courier"}
    dated = summarize(run, by="document", since="2024", until="2024-12")
    assert {g["group"] for g in dated} == {i for i, r in records.items() if r["meta"]["date"].startswith("2024")}
    until = summarize(run, by="document", until="2022")  # a year given alone keeps the whole year
    assert {g["group"] for g in until} == {i for i, r in records.items() if r["meta"]["date"] < "2023"}


def test_role_filter_counts_only_sentences_with_that_role(run, records):
    for group in summarize(run, by="body", role="policy_ask"):
        mine = [s for r in records.values() if r["meta"]["body"] == group["group"] for s in r["sentences"]]
        assert group["sentences"] == sum("policy_ask" in s["roles"] for s in mine)
        assert group["roles"]["policy_ask"] == group["sentences"]


def test_stance_filter_keeps_only_that_stance(run):
    groups = summarize(run, by="body", stance="against")
    assert groups
    for group in groups:
        assert group["stance_counts"] == {"favor": 0, "against": group["sentences"], "neutral": 0}
        assert group["net_stance"] == -1.0


def test_excluding_notes_drops_the_sentences_of_note_segments(run, records):
    groups = {g["group"]: g for g in summarize(run, exclude_segments=["boilerplate", "note"])}
    for body, group in groups.items():
        kept = [s for r in records.values() if r["meta"]["body"] == body
                for s, label, _ in labelled_sentences(r) if label != "note"]
        assert group["sentences"] == len(kept)


@pytest.mark.parametrize("options, message", [
    ({"body": "Harbor Chat"}, "did you mean 'HarbourChat'"),
    ({"body_type": "police"}, "no documents of body type 'police'"),
    ({"since": "2023-13"}, "--since '2023-13' is not a date"),
    ({"since": "2025", "until": "2024"}, "comes after --until"),
    ({"role": "privacy_claim"}, "Unknown role 'privacy_claim'"),
    ({"stance": "pro"}, "Unknown stance 'pro'"),
    ({"by": "month"}, "Unknown grouping 'month'"),
    ({"top": 0}, "--top 0"),
])
def test_bad_options_raise_a_coded_error_naming_the_problem(run, options, message):
    with pytest.raises(StanceError, match=message.replace("(", r"\(").replace("[", r"\[")):
        summarize(run, **options)


@pytest.mark.parametrize("favor, against, neutral, net", [
    (10, 0, 0, 1.0),
    (0, 4, 4, -0.5),
    (5, 5, 10, 0.0),
    (1, 0, 0, 1.0),
])
def test_net_stance_is_the_mean_of_plus_and_minus_one_with_an_interval_around_it(favor, against, neutral, net):
    value, (low, high) = net_stance(favor, against, neutral)
    assert value == net
    assert -1 <= low < high <= 1
    assert low <= value <= high


def test_net_stance_interval_narrows_with_more_sentences_and_is_none_without_any():
    assert net_stance(0, 0, 0) == (None, None)
    small = net_stance(3, 1, 2)[1]
    large = net_stance(300, 100, 200)[1]
    assert large[1] - large[0] < small[1] - small[0]
    assert net_stance(5, 5, 10)[1][0] == -net_stance(5, 5, 10)[1][1]


@pytest.mark.parametrize("counts, net, expected", [
    ({"favor": 2, "against": 0, "mixed": 0, "neutral": 1}, -0.2, "favor"),
    ({"favor": 0, "against": 1, "mixed": 1, "neutral": 0}, -0.4, "against"),
    ({"favor": 1, "against": 1, "mixed": 0, "neutral": 0}, 0.0, "mixed"),
    ({"favor": 1, "against": 1, "mixed": 0, "neutral": 0}, 0.3, "favor"),
    ({"favor": 1, "against": 0, "mixed": 0, "neutral": 1}, -0.1, "neutral"),
    ({"favor": 0, "against": 0, "mixed": 0, "neutral": 0}, None, None),
])
def test_group_stance_is_the_most_frequent_document_stance_ties_leaning_with_net_stance(counts, net, expected):
    assert group_stance(counts, net) == expected


def test_table_markdown_csv_and_json_renderings_carry_the_same_groups(by_body):
    groups = list(by_body.values())
    table = render(groups, "table")
    assert all(f"{name}" in table for name in by_body)
    assert table.splitlines()[0].split()[:3] == ["group", "docs", "sentences"]
    markdown = render(groups, "markdown", title="Demo")
    harbour = by_body["HarbourChat"]["representatives"]["harm_claim"][0]
    assert f"\u201c{escape_markdown(harbour['text'])}\u201d" in markdown
    assert f"`{harbour['doc_id']}:{harbour['start']}-{harbour['end']}`" in markdown
    rows = list(csv.DictReader(io.StringIO(render(groups, "csv"))))
    assert [row["group"] for row in rows] == [g["group"] for g in groups]
    assert [int(row["sentences"]) for row in rows] == [g["sentences"] for g in groups]
    assert rows[0]["harm_claim_ref"] == "{doc_id}:{start}-{end}".format(**groups[0]["representatives"]["harm_claim"][0])
    assert json.loads(render(groups, "json")) == groups


HOSTILE_BODY = "<script>alert(1)</script> | *Body* [x](javascript:alert(2))"
HOSTILE_TEXT = 'We urge <img src=x onerror="alert(3)"> Meta to stop | now.'


def test_markdown_escapes_document_text_so_no_renderer_sees_html_or_links(tmp_path):
    folder = make_store(tmp_path / "run", [record("d1", HOSTILE_TEXT, HOSTILE_BODY, "civil_society", "2024-01-01",
                                                  "favor", [sentence(0, len(HOSTILE_TEXT), "favor", ["policy_ask"])])])
    markdown = render(summarize(folder), "markdown")
    assert "<script>" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*Body\\* \\[x\\](javascript:alert(2))" in markdown
    assert 'We urge &lt;img src=x onerror="alert(3)"&gt; Meta to stop \\| now.' in markdown


def test_a_run_without_stance_predictions_summarises_counts_without_stance(tmp_path):
    text = "We urge Meta to halt its rollout."
    plain = {"start": 0, "end": len(text)}
    folder = make_store(tmp_path / "run", [record("d1", text, "Open Rights", "civil_society", "2024-01-01", None,
                                                  [plain])])
    (group,) = summarize(folder)
    assert group["sentences"] == 1 and group["stance"] is None
    assert group["net_stance"] is None and group["net_stance_ci"] is None
    assert "n/a" in render([group], "table")


def test_cli_summary_prints_json_and_writes_files(run, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["summary", str(run), "--by", "body_type", "--format", "json"])
    assert result.exit_code == 0, result.output
    groups = json.loads(result.stdout)
    assert {g["group"] for g in groups} == {"law_enforcement", "child_protection", "government", "technology_company",
                                            "civil_society", "regulator", "media"}
    out = tmp_path / "summary.csv"
    result = runner.invoke(main, ["summary", str(run / "store.sqlite"), "--format", "csv", "--out", str(out),
                                  "--body", "HarbourChat"])
    assert result.exit_code == 0, result.output
    assert [row["group"] for row in csv.DictReader(out.open(encoding="utf-8"))] == ["HarbourChat"]


def test_cli_summary_reports_bad_input_as_a_usage_error(run, tmp_path):
    result = CliRunner().invoke(main, ["summary", str(run), "--body", "Harbor Chat"])
    assert result.exit_code == 2
    assert "no documents from body 'Harbor Chat' (did you mean 'HarbourChat'?)" in result.output
    result = CliRunner().invoke(main, ["summary", str(tmp_path)])
    assert result.exit_code == 2 and "no store.sqlite here" in result.output
