"""`stance corpus`: build the labelled corpus, report its counts and measure annotator agreement.

Thin wrappers around `corpus` and `agreement`: they resolve default paths (relative to the
repository, so the commands work from any folder), print, and set the exit status.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click


ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "corpora" / "sources"
LABELLED = ROOT / "corpora" / "labelled"
README = ROOT / "corpora" / "README.md"
ANNOTATOR2 = ROOT / "corpora" / "agreement" / "annotator2"

_PATH = click.Path(path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def corpus():
    """Build and check the labelled corpus (corpora/sources -> corpora/labelled)."""


@corpus.command()
@click.option("--sources", default=SOURCES, show_default=True, type=_PATH, help="Folder of authoring files.")
@click.option("--out", "out_dir", default=LABELLED, show_default=True, type=_PATH, help="Output folder.")
@click.option("--readme", default=README, show_default=True, type=_PATH, help="README whose stats block is updated.")
@click.option("--dev-share", default=0.15, show_default=True, help="Share of each body type for dev.")
@click.option("--test-share", default=0.15, show_default=True, help="Share of each body type for test.")
def build(sources, out_dir, readme, dev_share, test_share):
    """Build OUT/train.jsonl, dev.jsonl and test.jsonl from SOURCES, validate them, update the README stats.

    Exit status 1 when the written files do not validate.
    """
    # imported per command: `stance --help` and the other commands need none of this
    from .corpus import SPLITS, build_corpus, corpus_stats, update_readme
    from .validate import validate_files
    try:
        counts = build_corpus(sources, out_dir, dev_share=dev_share, test_share=test_share)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    files = [out_dir / f"{name}.jsonl" for name in SPLITS]
    _, problems = validate_files(files, require_labels=True)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        sys.exit(1)
    summary = ", ".join(f"{name} {counts[name]}" for name in SPLITS)
    click.echo(f"built {sum(counts.values())} documents ({summary}) -> {out_dir}")
    if readme.exists():
        changed = update_readme(readme, corpus_stats(files))
        click.echo(f"{readme}: stats {'updated' if changed else 'already up to date'}")


@corpus.command()
@click.argument("files", nargs=-1, type=_PATH)
@click.option("--readme", default=README, show_default=True, type=_PATH, help="README whose stats block is checked.")
@click.option("--check", is_flag=True, help="Exit 1 when the README is out of date or a corpus target is missed.")
def stats(files, readme, check):
    """Print the counts of FILES (default: the labelled train/dev/test files) as Markdown."""
    # imported per command: `stance --help` and the other commands need none of this
    from .corpus import SPLITS, check_requirements, corpus_stats, readme_is_current, render_stats_markdown
    files = list(files) or [LABELLED / f"{name}.jsonl" for name in SPLITS]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise click.ClickException(f"no such file: {', '.join(missing)}")
    counts = corpus_stats(files)
    click.echo(render_stats_markdown(counts))
    if not check:
        return
    failures = []
    if not readme_is_current(readme, counts):
        failures.append(f"{readme}: stats block is out of date (run `corpus build`)")
    failures.extend(check_requirements(counts))
    for failure in failures:
        click.echo(f"fail: {failure}", err=True)
    sys.exit(1 if failures else 0)


@corpus.command(name="agreement")
@click.option("--sources", default=SOURCES, show_default=True, type=_PATH, help="Annotator 1's authoring files.")
@click.option("--annotator2", default=ANNOTATOR2, show_default=True, type=_PATH, help="Annotator 2's records.")
@click.option("--readme", default=README, show_default=True, type=_PATH, help="README with the agreement block.")
@click.option(
    "--disagreements", default=None, type=_PATH, help="Output JSONL [default: ANNOTATOR2/../disagreements.jsonl]."
)
def agreement_command(sources, annotator2, readme, disagreements):
    """Compare annotator 2 with the corpus; print Markdown, update the README, list disagreements."""
    # imported per command: `stance --help` and the other commands need none of this
    from .agreement import agreement, load_annotator2, render_agreement_markdown
    from .corpus import load_corpus_sources, update_marked_file, write_jsonl_atomic
    try:
        docs1 = load_corpus_sources(sources)
        docs2 = load_annotator2(annotator2, docs1)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    if not docs2:
        raise click.ClickException(f"no annotator 2 records (*.json) in {annotator2}")
    result = agreement(docs1, docs2)
    markdown = render_agreement_markdown(result)
    click.echo(markdown)
    target = disagreements or annotator2.parent / "disagreements.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_jsonl_atomic(target, result["disagreements"])
    click.echo(f"{len(result['disagreements'])} disagreements -> {target}", err=True)
    if readme.exists():
        changed = update_marked_file(readme, markdown)
        click.echo(f"{readme}: agreement {'updated' if changed else 'already up to date'}", err=True)
