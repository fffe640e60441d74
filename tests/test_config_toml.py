"""counterpoint.toml: found in the working directory or given; merged over shipped defaults."""

from __future__ import annotations

from counterpoint.config import load_config
from counterpoint.pipeline import merge_aliases


def test_config_defaults_when_no_file(tmp_path):
    cfg = load_config(cwd=tmp_path)
    assert cfg.path is None
    assert cfg.get("ingest", "max_bytes") == 20_000_000
    assert cfg.outlet_name("example.org") == "example.org"


def test_config_file_in_cwd_overrides_and_merges(tmp_path):
    (tmp_path / "counterpoint.toml").write_text(
        '[ingest]\nmax_bytes = 5\n[outlets."example.org"]\nname = "Example Daily"\nleaning = "centre"\n'
        '[aliases]\nmerge = [["A B", "A. B."]]\n', encoding="utf-8")
    cfg = load_config(cwd=tmp_path)
    assert cfg.get("ingest", "max_bytes") == 5
    assert cfg.get("ingest", "fetch_timeout") == 10.0  # untouched default survives the merge
    assert cfg.outlet_name("example.org") == "Example Daily"
    assert merge_aliases(cfg.aliases, {"split": [["X", "Y"]]}) == {
        "merge": [["A B", "A. B."]], "split": [["X", "Y"]], "canonical": {}}


def test_config_ingest_max_bytes_applies(tmp_path):
    from counterpoint.config import load_config
    from counterpoint.pipeline import analyze

    (tmp_path / "big.txt").write_text("Title\n\n" + "The council met the envoy. " * 20, encoding="utf-8")
    (tmp_path / "counterpoint.toml").write_text("[ingest]\nmax_bytes = 100\n", encoding="utf-8")
    summary = analyze([str(tmp_path / "big.txt")], db=":memory:", config=load_config(cwd=tmp_path))
    assert len(summary.errors) == 1 and "E003" in summary.errors[0]
