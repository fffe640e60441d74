"""The report shows each actor under its name in one chosen script (``script=`` / ``--script``
/ config ``[display] script``) with the other spellings listed, escaped; the JSON export is
unchanged. Story: the invented Russian + English reports of tests/test_russian_cross_language."""

from __future__ import annotations

import dataclasses
import html
import json

import pytest
from click.testing import CliRunner

from counterpoint.export import contract
from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.report import render_report
from counterpoint.report.model import build_view
from counterpoint.store import Store

from .test_russian_cross_language import ENGLISH, RUSSIAN

HOSTILE = '<img src=x onerror="alert(1)"> Wells'


def _docs():
    return [
        read_text(ENGLISH, outlet="Wire A", published="2025-06-23", title="Envoy meets president"),
        read_text(RUSSIAN, outlet="Агентство Б", published="2025-06-23", title="Президент принял посланника"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("scripts") / "s.duckdb"
    with Store.open(path) as store:
        analyze_into_store(store, _docs(), workers=1)
    return path


@pytest.fixture(scope="module")
def result(db):
    with Store.open(db) as store:
        return store.load_result()


def _actor(view: dict, stored: str) -> dict:
    return next(a for a in view["actors"] if a["name"] == stored)


@pytest.mark.parametrize(
    ("script", "wells", "wells_also", "bregenko", "bregenko_also"),
    [
        ("latin", "Tom Wells", ["Том Уэллс"], "Ivar Bregenko", ["Ивар Брегенко"]),
        ("cyrillic", "Том Уэллс", ["Tom Wells"], "Ивар Брегенко", ["Ivar Bregenko"]),
        ("as-written", "Tom Wells", ["Том Уэллс"], "Ivar Bregenko", ["Ивар Брегенко"]),
    ],
)
def test_report_scripts_view_names_actors_in_script(result, script, wells, wells_also, bregenko, bregenko_also):
    view = build_view(result, script)
    assert (_actor(view, "Tom Wells")["display_name"], _actor(view, "Tom Wells")["also"]) == (wells, wells_also)
    assert (_actor(view, "Ivar Bregenko")["display_name"], _actor(view, "Ivar Bregenko")["also"]) == (
        bregenko, bregenko_also)
    # the Russian quotes are attributed under the chosen spelling
    assert {q["speaker_name"] for q in view["quotes"] if q["outlet"] == "Агентство Б"} <= {wells, bregenko}
    page = render_report(result, script=script)
    assert f"{wells} (also: {wells_also[0]})" in html.unescape(page)
    assert f"{bregenko} (also: {bregenko_also[0]})" in html.unescape(page)


def test_report_scripts_cyrillic_panel_and_tooltips(result):
    view = build_view(result, "cyrillic")
    rows = [r for rs in view["actor_panel"].values() for r in rs]
    assert {r["name"] for r in rows} & {"Том Уэллс", "Ивар Брегенко"}
    assert all(r["also"] for r in rows if r["name"] in ("Том Уэллс", "Ивар Брегенко"))
    page = render_report(result, script="cyrillic")
    blob = json.loads(html.unescape(page.split('type="application/json"', 1)[1].split(">", 1)[1].split("</script>")[0]))
    notes = {a[4] for d in blob["docs"] for a in d["ann"] if a[2] == "quote"}
    assert notes <= {"Том Уэллс", "Ивар Брегенко"} and notes


def test_report_scripts_escapes_spellings(result):
    actors = [dataclasses.replace(a, aliases=[*a.aliases, HOSTILE]) if a.name == "Tom Wells" else a
              for a in result.actors]
    page = render_report(dataclasses.replace(result, actors=actors), script="latin")
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page


@pytest.mark.parametrize("script", ["latin", "cyrillic", "as-written"])
def test_report_scripts_json_export_unchanged(result, script):
    before = json.dumps(contract(result), sort_keys=True)
    render_report(result, script=script)
    build_view(result, script)
    assert json.dumps(contract(result), sort_keys=True) == before
    assert {a["name"] for a in contract(result)["actors"]} >= {"Tom Wells", "Ivar Bregenko"}


def test_report_scripts_unknown_script_is_refused(result):
    with pytest.raises(ValueError, match="latin, cyrillic, as-written"):
        render_report(result, script="greek")


@pytest.mark.parametrize(
    ("args", "config", "shown"),
    [
        (["--script", "cyrillic"], None, "Том Уэллс (also: Tom Wells)"),
        ([], '[display]\nscript = "cyrillic"\n', "Том Уэллс (also: Tom Wells)"),
        ([], None, "Tom Wells (also: Том Уэллс)"),
        (["--script", "latin"], '[display]\nscript = "cyrillic"\n', "Tom Wells (also: Том Уэллс)"),
    ],
)
def test_report_scripts_cli_option_and_config(db, tmp_path, args, config, shown):
    from counterpoint.cli import main

    out = tmp_path / "r.html"
    extra = []
    if config:
        (tmp_path / "c.toml").write_text(config, encoding="utf-8")
        extra = ["--config", str(tmp_path / "c.toml")]
    res = CliRunner().invoke(main, ["report", "--db", str(db), "--out", str(out), *args, *extra])
    assert res.exit_code == 0, res.output
    assert shown in html.unescape(out.read_text(encoding="utf-8"))


def test_report_scripts_python_api(db, tmp_path):
    from counterpoint.api import Corpus

    with Corpus.open(db) as corpus:
        path = corpus.report(tmp_path / "r.html", script="cyrillic")
    assert "Ивар Брегенко (also: Ivar Bregenko)" in html.unescape(path.read_text(encoding="utf-8"))
