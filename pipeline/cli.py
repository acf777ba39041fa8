"""The `stance` command line: thin wrappers that parse options and call the core functions."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from .corpus_cli import corpus
from .errors import StanceError
from .run import run_corpus
from .validate import validate_files


class UsageError(click.ClickException):
    """A problem the user must fix before anything can run (exit status 2)."""

    exit_code = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main():
    """Stance and argument mining on policy statements about end-to-end encryption."""


@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Output folder.")
@click.option("--max-bytes", default=5_000_000, show_default=True, help="Largest file or JSONL line read.")
@click.option("--batch-size", default=64, show_default=True, help="Documents per nlp.pipe batch.")
@click.option("--n-process", default=1, show_default=True, help="Worker processes.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
def run(corpus, out_dir, max_bytes, batch_size, n_process, progress):
    """Segment every statement in CORPUS (files or folders) and write OUT/documents.jsonl and OUT/docs.spacy.

    Reads .txt, .md, .html/.htm and .jsonl; metadata comes from a metadata.csv beside the files or
    from the JSONL `meta`. A bad file is reported with its problem and skipped.

    Exit status: 0 when every file succeeded, 1 when any failed, 2 on a usage or output error.
    """
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(unit=" docs", disable=not show, file=sys.stderr) as bar:
        try:
            report = run_corpus(
                corpus, out_dir, max_bytes=max_bytes, batch_size=batch_size, n_process=n_process,
                progress=lambda words: bar.update(1),
            )
        except StanceError as error:
            raise UsageError(str(error)) from error
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)
    click.echo(f"{report.summary()} -> {out_dir}")
    sys.exit(1 if report.failures else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--require-labels", is_flag=True, help="Every sentence needs stance and roles, every document a stance.")
@click.option("--role", "extra_roles", multiple=True, help="Accept an extra role label (repeatable).")
def validate(files, require_labels, extra_roles):
    """Check JSONL documents against ANNOTATION.md; print every problem. Exit status 1 on any problem."""
    from .labels import ROLES

    roles = tuple(ROLES) + tuple(extra_roles)
    checked, problems = validate_files(files, require_labels=require_labels, roles=roles)
    for problem in problems:
        click.echo(str(problem))
    click.echo(f"{checked} documents checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


main.add_command(corpus)
