"""The ``counterpoint`` command: a thin layer over the library functions of the same names.

Every command calls one function in ``pipeline``, ``export``, ``report``, ``eval``, ``web`` or
``scale``; nothing here analyses, aligns or writes SQL. Exit codes: 0 success, 1 some inputs
failed (the rest were processed), 2 usage or fatal error.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import CounterpointError
from .store import DEFAULT_DB
from .wording import plural

DB_OPTION = click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB store file.")
CONFIG_OPTION = click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
                             help="Configuration TOML (default: ./counterpoint.toml if present).")


def _config(path: str | None):
    from .config import load_config

    return load_config(path)


SCRIPT_OPTION = click.option(
    "--script", type=click.Choice(["latin", "cyrillic", "as-written"]), default=None,
    help="Show actor names in this script, other spellings listed beside them "
         "(default from config [display] script: latin).")


def _script(script: str | None, config_path: str | None) -> str:
    """--script, else the config's [display] script, else the shipped default (latin)."""
    from .knowledge.scripts import check_script

    return check_script(script or _config(config_path).get("display", "script"))


class _Progress:
    """A one-line progress indicator on stderr with rate (documents/s), shown after 1 second."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int | None) -> None:
        now = time.perf_counter()
        elapsed = now - self.t0
        if elapsed < 1.0 or now - self.last < 0.5:
            return
        self.last = now
        rate = done / elapsed if elapsed else 0.0
        if total and done > total:  # the total was an estimate (a JSON file holding a list)
            total = None
        eta = f", ETA {max(0.0, (total - done) / rate):.0f}s" if total and rate else ""
        of = f"/{total}" if total else ""
        noun = "document" if (total or done) == 1 else "documents"
        click.echo(f"\r{self.label}: {done}{of} {noun}, {rate:.1f} docs/s{eta}   ", err=True, nl=False)
        self.shown = True

    def close(self) -> None:
        if self.shown:
            click.echo("", err=True)
            self.shown = False

    def stage(self, message: str) -> None:
        """End the progress line and say which stage the run is in now."""
        self.close()
        click.echo(f"{self.label}: {message}", err=True)


class SectionedCommand(click.Command):
    """A command whose --help lists options in sections: an option given a ``section`` in
    :data:`OPTION_SECTIONS` goes under that heading, the rest under "Options". So the few
    options only one engine reads (Spark) do not sit among the everyday ones."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        sections: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            if not isinstance(param, click.Option):
                continue
            rec = param.get_help_record(ctx)
            if rec is None:
                continue
            title = OPTION_SECTIONS.get((self.name or "", param.name or ""), "Options")
            sections.setdefault(title, []).append(rec)
        for title, rows in sections.items():
            with formatter.section(title):
                formatter.write_dl(rows)


# (command, parameter) -> help section; everything else is under "Options".
SPARK = "Spark engine (only with --engine spark)"
OPTION_SECTIONS = {("analyze", p): SPARK for p in ("engine", "spark_input", "spark_output", "master")}


def _fail(err: Exception) -> None:
    click.echo(f"counterpoint: {err}", err=True)
    sys.exit(2)


def _load_aliases(path: str | None) -> dict | None:
    if not path:
        return None
    from .align.actors import load_aliases

    return load_aliases(path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="counterpoint")
def main() -> None:
    """counterpoint: what each outlet reports about one story, where they disagree, how they frame it."""


@main.command(cls=SectionedCommand)
@click.argument("inputs", nargs=-1)
@DB_OPTION
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False), help="JSONL or CSV: path/url, outlet, published, title, url.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write the contract JSON here.")
@click.option("--report", "report_out", type=click.Path(dir_okay=False), help="Also write the HTML report here.")
@click.option("--workers", type=int, default=None,
              help="Worker processes for analysis (default: the machine's cores; one process when "
                   "the input fits in one batch).")
@click.option("--batch-size", type=int, default=32, show_default=True, help="Documents per stored transaction.")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False), help="Actor alias file (JSON or TOML).")
@click.option("--max-bytes", type=int, default=None, help="Size limit per input (default from config: 20 MB).")
@click.option("--allow-private", is_flag=True, help="Allow fetching URLs on private/loopback addresses.")
@click.option("--force", is_flag=True, help="Re-analyse documents already in the store.")
@CONFIG_OPTION
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="spark: analyse --input on Apache Spark and write Parquet tables to --output.")
@click.option("--input", "spark_input", help="With --engine spark: a JSONL file (read as analyze reads JSONL) or Parquet of articles.")
@click.option("--output", "spark_output", help="With --engine spark: directory for the Parquet tables.")
@click.option("--master", default="local[*]", show_default=True, help="With --engine spark: the Spark master.")
def analyze(inputs, db, manifest, json_out, report_out, workers, batch_size, aliases, max_bytes, allow_private,
            force, config_path, engine, spark_input, spark_output, master) -> None:
    """Read INPUTS (files, directories, - for stdin, http(s) URLs) and analyse them into the store.

    With --engine spark, analyse --input on Spark into --output (load it with `counterpoint import`).
    """
    from .pipeline import analyze as run

    if engine == "spark":
        if not spark_input or not spark_output:
            raise click.UsageError("--engine spark needs --input and --output")
        from .scale.spark import run_spark

        if max_bytes is None:
            max_bytes = int(_config(config_path).get("ingest", "max_bytes", 20_000_000))
        info = run_spark(spark_input, spark_output, master=master, max_bytes=max_bytes)
        click.echo(json.dumps(info, default=str))
        return
    if not inputs:
        raise click.UsageError("give at least one input (file, directory, - or URL)")

    progress = _Progress("analyze")
    try:
        summary = run(inputs, db=db, manifest=manifest, workers=workers, aliases=_load_aliases(aliases),
                      max_bytes=max_bytes, allow_private=allow_private, force=force, progress=progress,
                      on_error=lambda msg: click.echo(f"error: {msg}", err=True), config=_config(config_path),
                      batch_size=batch_size, on_stage=progress.stage,
                      on_notice=lambda msg: click.echo(f"note: {msg}", err=True))
    except CounterpointError as err:
        _fail(err)
    progress.close()
    if json_out or report_out:
        _write_outputs(db, json_out, report_out, script=_script(None, config_path))
    click.echo(summary.line())
    sys.exit(1 if summary.errors else 0)


def _write_outputs(db: str, json_out: str | None, report_out: str | None, script: str | None = None) -> None:
    from .export import write_json
    from .report import write_report
    from .store import Store

    with Store.open(db, read_only=True) as store:
        result = store.load_result()
    if json_out:
        write_json(result, json_out)
        click.echo(f"wrote {json_out}")
    if report_out:
        write_report(result, report_out, script=script)
        click.echo(f"wrote {report_out}")


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@DB_OPTION
@click.option("--since", help="Skip entries published before this ISO date.")
@click.option("--delay", type=float, help="Seconds between requests to one host (default from config: 1.0).")
@click.option("--allow-private", is_flag=True, help="Allow fetching URLs on private/loopback addresses.")
@CONFIG_OPTION
def feed(feeds, db, since, delay, allow_private, config_path) -> None:
    """Fetch the new articles of RSS/Atom FEEDS or XML sitemaps (each URL once) and analyse them."""
    from .pipeline import analyze_feeds

    progress = _Progress("feed")
    try:
        summary = analyze_feeds(feeds, db=db, since=since, delay=delay, allow_private=allow_private,
                                config=_config(config_path), progress=progress,
                                on_error=lambda msg: click.echo(f"error: {msg}", err=True))
    except CounterpointError as err:
        _fail(err)
    progress.close()
    click.echo(summary.line())
    sys.exit(1 if summary.errors else 0)


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["json", "parquet", "csv", "plover"]), default="json", show_default=True)
@click.option("--out", required=True, help="Output file (json, plover) or directory (parquet, csv).")
def export(db, fmt, out) -> None:
    """Export the store: contract JSON, PLOVER JSON, or Parquet/CSV tables."""
    from .store import Store

    try:
        with Store.open(db, read_only=True) as store:
            if fmt in ("parquet", "csv"):
                from .export import write_tables

                for path in write_tables(store, out, fmt):
                    click.echo(f"wrote {path}")
                return
            result = store.load_result()
    except CounterpointError as err:
        _fail(err)
    if fmt == "json":
        from .export import write_json

        write_json(result, out)
    else:
        from .export.plover import write_plover

        write_plover(result, out)
    click.echo(f"wrote {out}")


@main.command()
@DB_OPTION
@click.option("--out", default="report.html", show_default=True, help="Report file.")
@SCRIPT_OPTION
@CONFIG_OPTION
def report(db, out, script, config_path) -> None:
    """Write the self-contained HTML report for the store."""
    try:
        _write_outputs(db, None, out, script=_script(script, config_path))
    except CounterpointError as err:
        _fail(err)


def examples_dir() -> Path:
    return Path(__file__).resolve().parent / "examples"


DEMO_DIR = "out/demo"  # git-ignored (/out/): the demo never leaves files in a clone's top level


@main.command()
@click.option("--out", default=f"{DEMO_DIR}/report.html", show_default=True, help="Report file.")
@click.option("--json", "json_out", default=f"{DEMO_DIR}/demo.json", show_default=True, help="Contract JSON file.")
@click.option("--db", default=f"{DEMO_DIR}/demo.duckdb", show_default=True, help="Store for the demo (recreated).")
def demo(out, json_out, db) -> None:
    """Analyse the bundled example story (invented articles) and write its report, JSON and store."""
    from .pipeline import analyze as run

    for suffix in ("", ".wal"):
        if Path(db + suffix).exists():
            os.remove(db + suffix)
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    ex = examples_dir()
    manifest = ex / "manifest.csv"
    articles = [str(p) for p in sorted(ex.glob("*.txt"))]  # not EXPECTED.md, which describes them
    progress = _Progress("demo")
    summary = run(articles, db=db, manifest=manifest if manifest.exists() else None, progress=progress)
    progress.close()
    _write_outputs(db, json_out, out)
    click.echo(f"wrote {db} (the store: `counterpoint serve --db {db}` browses it)")
    click.echo(summary.line())
    click.echo(f"open {out} in a browser")


@main.command(name="eval")
@click.argument("name", type=click.Choice(["seeds", "tempeval", "plover", "meantime", "ecbplus", "realnews", "all"]))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--shared", type=click.Path(file_okay=False), help="Path to ../shared (default: found automatically).")
@click.option("--texts", type=click.Path(file_okay=False), help="realnews: folder of the real-coverage texts.")
@click.option("--split", type=click.Choice(["dev", "heldout", "dev-ru", "heldout-ru", "all"]), default="dev", show_default=True,
              help="realnews: which stories to score (dev-ru, heldout-ru: the Russian stories, each analysed "
                   "with the English story it pairs with).")
@click.option("--stories", help="realnews: comma-separated story ids to keep from a split (e.g. the "
                                "stories a floor was first measured on).")
def eval_(name, as_json, shared, texts, split, stories) -> None:
    """Score the pipeline on a benchmark, the seeds gold or real coverage."""
    from .eval import SETS, evaluate

    if name == "realnews" and as_json:  # the full report: numbers, misses and false positives
        from .eval.realnews import evaluate_texts

        chosen = [s.strip() for s in stories.split(",") if s.strip()] if stories else None
        click.echo(json.dumps(evaluate_texts(texts, split, stories=chosen), indent=1, ensure_ascii=False))
        return
    names = list(SETS) if name == "all" else [name]
    results = {}
    try:
        for n in names:
            t0 = time.perf_counter()
            results[n] = evaluate(n, shared, texts=texts, split=split,
                                  stories=[s.strip() for s in stories.split(",") if s.strip()] if stories else None)
            results[n]["seconds"] = round(time.perf_counter() - t0, 1)
    except CounterpointError as err:
        _fail(err)
    if as_json:
        click.echo(json.dumps(results[name] if name != "all" else results, indent=1, sort_keys=True))
        return
    for n, scores in results.items():
        if "skipped" in scores:  # realnews without its texts
            click.echo(f"{n}: skipped: {scores['skipped']}")
            continue
        click.echo(f"{n}")
        for k, v in sorted(scores.items()):
            click.echo(f"  {k:<40} {v:.4f}" if isinstance(v, float) else f"  {k:<40} {v}")


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--allow-private", is_flag=True, help="Allow fetching URLs on private/loopback addresses.")
@SCRIPT_OPTION
@CONFIG_OPTION
def serve(db, host, port, allow_private, script, config_path) -> None:
    """Serve the web app over the store (until Ctrl+C)."""
    from .web import serve as run

    if not Path(db).exists():
        click.echo(f"counterpoint: {db} does not exist yet: the app starts empty (add articles on its "
                   "Add page, or run `counterpoint analyze` first)", err=True)

    def ready(url: str) -> None:
        click.echo(f"counterpoint: serving {db} at {url} (open it in a browser; Ctrl+C stops it)")

    run(db, host=host, port=port, allow_private_fetch=allow_private, on_ready=ready,
        script=_script(script, config_path))
    click.echo("counterpoint: stopped")


@main.command(name="import")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@DB_OPTION
def import_(directory, db) -> None:
    """Load Parquet tables (e.g. from the Spark engine) into the store."""
    from .store import Store

    try:
        with Store.open(db) as store:
            n = store.import_tables(directory)
    except CounterpointError as err:
        _fail(err)
    click.echo(f"imported {plural(n, 'document')} into {db}")


if __name__ == "__main__":  # pragma: no cover
    main()
