"""`stance views`: HTML pages for the documents of a run, and an index page with charts."""

from __future__ import annotations

from pathlib import Path

import click

from .errors import StanceError


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Folder for the pages.")
def views(source, out_dir):
    """Write OUT/index.html and one page per document (OUT/docs/*.html) for the run in SOURCE.

    SOURCE is the output folder of `stance run` or a documents.jsonl it wrote. The pages are
    self-contained (no network, no JavaScript): segments shaded, speakers named, sentence stance in
    colour with role badges, scores on hover; the index lists every document with charts of stance
    by body and over time.
    """
    from .cli import UsageError  # imported here: cli.py imports this module to register the command

    from .views import write_views  # imported per command: it loads matplotlib and spaCy

    try:
        summary = write_views(source, out_dir)
    except StanceError as error:
        raise UsageError(str(error)) from error
    click.echo(f"{summary['documents']} document pages and index.html -> {out_dir}")
