"""cp_events: arguments (actor, recipient, location, quantity, date) and flags."""

from __future__ import annotations

from counterpoint.records import make_id


def _names(a, ids):
    names = {x.id: x.name for x in a.actors}
    return [names.get(i, i) for i in ids]


def test_coordinated_visit_and_meeting_is_one_event(analyze):
    a = analyze("On Monday, Angela Merkel visited Warsaw and met with Andrzej Duda.", published="2024-05-08")
    consult = [e for e in a.events if e.type == "CONSULT"]
    assert len(consult) == 1
    ev = consult[0]
    assert ev.mode == "visit" and ev.location == "Warsaw"
    assert any("Merkel" in n for n in _names(a, ev.actor))
    assert any("Duda" in n for n in _names(a, ev.recipient))
    assert ev.id == make_id("ev", a.document.id, *ev.trigger_span)
    assert a.document.text[ev.trigger_span[0] : ev.trigger_span[1]] == ev.trigger
    assert ev.sentence_span is not None and ev.lemma == "visit"


def test_release_has_quantity(analyze):
    a = analyze("The authorities released 52 prisoners, including the blogger Ihar Losik.")
    ev = next(e for e in a.events if e.type == "RETREAT")
    assert ev.quantity is not None and (ev.quantity.value, ev.quantity.unit) == (52, "prisoners")


def test_refused_to_recognise_is_reject_not_negated(analyze):
    a = analyze("The French government refused to recognise Nicolas Maduro as president.")
    assert [e.type for e in a.events] == ["REJECT"]
    ev = a.events[0]
    assert not ev.negated
    assert any("Maduro" in n for n in _names(a, ev.recipient))


def test_negated_event(analyze):
    ev = analyze("Poland did not deploy troops to the border.").events[0]
    assert ev.type == "MOBILIZE" and ev.negated


def test_hypothetical_event(analyze):
    ev = analyze("Emmanuel Macron plans to visit Beijing in April.").events[0]
    assert ev.type == "CONSULT" and ev.hypothetical
    assert ev.location == "Beijing"


def test_future_hostile_act_is_a_threat(analyze):
    ev = analyze("The farmers said they would blockade Paris on Monday.").events[0]
    assert ev.type == "THREATEN" and ev.hypothetical


def test_real_event_is_not_hypothetical(analyze):
    ev = analyze("Emmanuel Macron visited Beijing in April.").events[0]
    assert not ev.hypothetical and not ev.negated


def test_attributed_to_speaker(analyze):
    a = analyze("Reuters reported that Turkey arrested twelve journalists.")
    ev = next(e for e in a.events if e.type == "COERCE")
    assert ev.attributed_to is not None
    assert "Reuters" in _names(a, [ev.attributed_to])[0]


def test_light_verb_gives_noun_event_its_actor(analyze):
    a = analyze("The Bundeswehr conducted manoeuvres in Lithuania.")
    ev = next(e for e in a.events if e.type == "MOBILIZE")
    assert ev.trigger == "manoeuvres" and ev.location == "Lithuania"


def test_event_date_range(nlp, make_document):
    """The event takes the clause's date; a range's end becomes date_end (needs cp_dates)."""
    from counterpoint.nlp import analyze_document

    a = analyze_document(
        make_document("From September 25 to 29, the army held exercises near Minsk.", published="2025-10-01"),
        nlp,
    )
    ev = next(e for e in a.events if e.type == "MOBILIZE")
    dates = [d for d in a.dates if d.kind == "date"]
    if dates:  # the dates component writes ranges; events must pick them up
        assert ev.date is not None and ev.date.value.startswith("2025-09")
    else:
        assert ev.date is None
