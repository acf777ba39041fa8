"""`stance summary` and `stance compare`: reports over the store of a run."""

from __future__ import annotations

from pathlib import Path

import click

from .errors import Errors, StanceError
from .labels import SENTENCE_STANCES
from .summary import DEFAULT_EXCLUDED_SEGMENTS, GROUPINGS

SEGMENTS = ("headline", "lead", "quote", "body", "note", "boilerplate")


def _usage_error(error: StanceError):
    from .cli import UsageError  # imported here: cli.py imports this module to register the commands

    return UsageError(str(error))


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--by", type=click.Choice(GROUPINGS), default="body", show_default=True, help="What a group is.")
@click.option("--body", "bodies", multiple=True, help="Only this body (repeatable; any letter case).")
@click.option("--body-type", "body_types", multiple=True, help="Only this body type (repeatable).")
@click.option("--since", help="Only documents dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Only documents dated on or before this (YYYY, YYYY-MM or YYYY-MM-DD, inclusive).")
@click.option("--role", help="Only sentences with this argument role (e.g. policy_ask).")
@click.option("--stance", type=click.Choice(SENTENCE_STANCES), help="Only sentences with this stance.")
@click.option("--exclude-segment", "excluded", multiple=True, type=click.Choice(SEGMENTS),
              help="Do not count sentences in this segment (repeatable; default: boilerplate).")
@click.option("--top", default=3, show_default=True, help="Representative sentences per role.")
@click.option("--format", "fmt", type=click.Choice(("table", "markdown", "json", "csv")), default="table",
              show_default=True, help="Output format.")
@click.option("--out", type=click.Path(path_type=Path), help="Write to this file (default: standard output).")
def summary(source, by, bodies, body_types, since, until, role, stance, excluded, top, fmt, out):
    """Summarise the run in SOURCE (the output folder of `stance run`, or its store.sqlite) per group.

    For each group: documents, sentences, stance distribution, net stance (mean of +1 favor, -1
    against, 0 neutral over the sentences) with a 95% interval, the group's stance (its documents'
    most frequent stance), the most confident sentences of each role, the addressees of its policy
    asks and the figures it cites as evidence, each with document id and character offsets.

    \b
    Examples:
      stance summary out/demo
      stance summary out/demo --by year --body-type government --format markdown
      stance summary out/demo/store.sqlite --role policy_ask --since 2023 --format json --out asks.json
    """
    from .summary import summarize
    from .summary_render import render

    try:
        groups = summarize(source, by, body=bodies, body_type=body_types, since=since, until=until, role=role,
                           stance=stance, exclude_segments=excluded or DEFAULT_EXCLUDED_SEGMENTS, top=top)
    except StanceError as error:
        raise _usage_error(error) from error
    text = render(groups, fmt, title=f"Stance summary by {by.replace('_', ' ')}")
    if out is None:
        click.echo(text, nl=False)
        return
    from .export import atomic_writer  # here: it imports spaCy, which printing a summary never needs

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with atomic_writer(out) as handle:
            handle.write(text)
    except OSError as error:
        raise _usage_error(StanceError(Errors.E151.format(path=out, why=error.strerror or error))) from error
    click.echo(f"{len(groups)} groups -> {out}", err=True)


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("names", nargs=-1, required=True)
@click.option("--kind", type=click.Choice(("body", "body_type", "speaker")),
              help="What the names are (default: found out; needed only when a name is ambiguous).")
@click.option("--out", type=click.Path(),  # a str: Path() would drop the trailing slash that marks a folder
              help="A folder (existing, or ending in /: gets compare.md and compare.html) or a file name "
                   "(.md / .html added).")
@click.option("--format", "fmt", type=click.Choice(("markdown", "html", "both")), default=None,
              help="Report format [default: both with --out, markdown on standard output without].")
@click.option("--top", default=3, show_default=True, help="Representative sentences per role.")
def compare(source, names, kind, out, fmt, top):
    """Compare two or more bodies, body types or speakers (NAMES) of the run in SOURCE side by side.

    The report has the stance profile, the role profile, the asks each makes that the others do
    not, claims that recur across them (near-duplicate sentences, shared statistics), the evidence
    each cites, and how each frames the others (reported speech, scare quotes). The HTML page is
    self-contained (inline CSS and SVG charts, no script). Quoted sentences carry `doc_id:start-end`.

    \b
    Examples:
      stance compare out/demo HarbourChat "Brightwell Children's Trust" --out reports/
      stance compare out/demo law_enforcement technology_company --kind body_type --format markdown
    """
    from .compare import compare as compare_groups
    from .compare_render import render_compare_markdown, write_compare

    fmt = fmt or ("both" if out else "markdown")
    try:
        if fmt != "markdown" and out is None:
            raise StanceError(Errors.E152)
        result = compare_groups(source, list(names), kind, top=top)
        if out is None:
            click.echo(render_compare_markdown(result))
            return
        paths = write_compare(result, out, fmt)
    except StanceError as error:
        raise _usage_error(error) from error
    for path in paths.values():
        click.echo(f"-> {path}", err=True)
