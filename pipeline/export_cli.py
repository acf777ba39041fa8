"""`stance export`: the sentences of a run for spreadsheets, dataframes and annotation tools."""

from __future__ import annotations

from pathlib import Path

import click

from .errors import StanceError
from .labels import EXPORT_FORMATS as FORMATS


@click.command(name="export")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS), help="Output format.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only sentences whose top stance probability is at least this.")
@click.option("--max-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only sentences whose top stance probability is at most this (the doubtful ones, to review).")
def export_command(source, fmt, out, min_confidence, max_confidence):
    """Write one row (or task) per sentence of SOURCE, a `stance run` output folder or its documents.jsonl:
    offsets, span text, segment, speaker, predicted stance and roles with their scores.

    csv and parquet: flat columns. prodigy: JSONL tasks for the choice interface. doccano: JSONL for a
    text-classification project. label-studio: a JSON list of tasks with predictions, and
    label_config.xml beside it. Corrected prodigy, doccano, label-studio and csv files go back into
    `stance train` and `stance validate`.
    """
    from .cli import UsageError

    try:
        from .exports import export  # imported per command: it loads spaCy

        report = export(source, out, fmt, min_confidence=min_confidence, max_confidence=max_confidence)
    except StanceError as error:
        raise UsageError(str(error)) from error
    written = ", ".join(str(path) for path in report.files)
    click.echo(f"{report.sentences} sentences -> {written}")
