"""The web app shows each actor under its name in the chosen script (``create_app(script=)``,
``serve --script``) with the other spellings listed, escaped; the JSON API keeps ``name`` as
stored and adds ``display_name``/``also``. Story: tests/test_russian_cross_language."""

from __future__ import annotations

import html
import warnings

import pytest

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store

from .test_russian_cross_language import ENGLISH, RUSSIAN

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

HOSTILE = "<script>alert(1)</script> Wells"


def _client(script: str | None) -> TestClient:
    from counterpoint.web import create_app

    app = create_app(":memory:", script=script)
    docs = [
        read_text(ENGLISH, outlet="Wire A", published="2025-06-23", title="Envoy meets president"),
        read_text(RUSSIAN, outlet="Агентство Б", published="2025-06-23", title="Президент принял посланника"),
    ]
    analyze_into_store(app.state.corpus.store, docs, workers=1)
    return TestClient(app)


@pytest.fixture(scope="module", params=["latin", "cyrillic", "as-written"])
def client(request):
    with _client(request.param) as c:
        yield request.param, c


SHOWN = {
    "latin": ("Tom Wells", "Том Уэллс"),
    "cyrillic": ("Том Уэллс", "Tom Wells"),
    "as-written": ("Tom Wells", "Том Уэллс"),
}


def _wells(c: TestClient) -> dict:
    return next(a for a in c.get("/api/actors").json()["items"] if a["name"] == "Tom Wells")


def test_web_scripts_actor_page_and_home(client):
    script, c = client
    shown, other = SHOWN[script]
    wells = _wells(c)
    assert (wells["display_name"], wells["also"]) == (shown, [other])  # added fields, name as stored
    page = html.unescape(c.get(f"/actor/{wells['id']}").text)
    assert f"<h1>{shown}</h1>" in page and f"also: <span class=\"also\">{other}</span>" in page
    home = html.unescape(c.get("/").text)
    assert f">{shown}</a> <span class=\"also meta\">(also: {other})</span>" in home


def test_web_scripts_cluster_names_in_script(client):
    script, c = client
    shown, _ = SHOWN[script]
    cluster = next(x for x in c.get("/api/clusters").json()["items"] if x["type"] == "CONSULT")
    assert shown in html.unescape(c.get(f"/cluster/{cluster['id']}").text)


def test_web_scripts_escapes_spellings():
    with _client("latin") as c:
        store = c.app.state.corpus.store
        result = store.load_result()
        wells = next(a for a in result.actors if a.name == "Tom Wells")
        from counterpoint.web.state import Snapshot

        wells.aliases.append(HOSTILE)
        c.app.state.corpus._snap = Snapshot(result, "latin")
        page = c.get(f"/actor/{wells.id}").text
        assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; Wells" in page


def test_web_scripts_unknown_script_refused():
    from counterpoint.web import create_app

    with pytest.raises(ValueError, match="latin, cyrillic, as-written"):
        create_app(":memory:", script="greek")


@pytest.mark.parametrize(
    ("args", "config", "expected"),
    [
        ([], None, "latin"),
        (["--script", "cyrillic"], None, "cyrillic"),
        ([], '[display]\nscript = "as-written"\n', "as-written"),
        (["--script", "latin"], '[display]\nscript = "cyrillic"\n', "latin"),
    ],
)
def test_web_scripts_serve_option_and_config(monkeypatch, tmp_path, args, config, expected):
    from click.testing import CliRunner

    import counterpoint.web
    from counterpoint.cli import main

    seen: dict = {}
    monkeypatch.setattr(counterpoint.web, "serve", lambda db, **kw: seen.update(kw))
    extra = []
    if config:
        (tmp_path / "c.toml").write_text(config, encoding="utf-8")
        extra = ["--config", str(tmp_path / "c.toml")]
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.duckdb"), *args, *extra])
    assert res.exit_code == 0, res.output
    assert seen["script"] == expected
