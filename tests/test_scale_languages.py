"""Every engine routes by language: worker processes give the same records as the
in-process path for a mix of English, Russian and refused (Belarusian) documents."""

from __future__ import annotations

from counterpoint.ingest import read_text
from counterpoint.records import to_dict
from counterpoint.scale.workers import analyze_batch, analyze_parallel

TEXTS = [
    ("a", "Ивар Брегенко встретился с Томом Уэллсом в Вельграде 20 июня."),
    ("b", "President Ivar Bregenko met envoy Tom Wells in Velgrad on June 20."),
    ("c", "Пасол прыбыў у сталіцу ў суботу для перамоў з прэзідэнтам."),
    ("d", "«Мы готовы к диалогу», — заявил Ивар Брегенко."),
]


def test_scale_languages_workers_equal_in_process():
    docs = [read_text(t, outlet=o, published="2025-06-23", title="t") for o, t in TEXTS]
    assert [d.language for d in docs] == ["ru", "en", "be", "ru"]
    local = [to_dict(a) for a in analyze_batch(docs)]
    parallel = [to_dict(a) for a in analyze_parallel(docs, workers=2, batch_size=1)]
    assert parallel == local
    # d: a saying that is the whole news is a statement event (nlp/ru/statements.py), as in English
    assert [a["events"][0]["lemma"] if a["events"] else None for a in local] == ["meet", "meet", None, "say"]
    assert local[2]["document"]["error"].startswith("[E009]") and "Belarusian" in local[2]["document"]["error"]
    assert local[3]["quotes"][0]["speaker_text"] == "Ивар Брегенко"
