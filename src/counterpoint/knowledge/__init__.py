"""The knowledge floor: what both ``nlp/`` and ``align/`` know about the world's words.

Country names, demonyms and metonyms (:mod:`.countries`), organisations named in several
scripts (:mod:`.orgs`), closed word lists for titles, roles
and speech (:mod:`.words`), person-name variants and transliteration (:mod:`.names`), and a
gazetteer of cities, regions and countries with containment (:mod:`.places`). Nothing here
imports ``ingest``, ``nlp`` or ``align`` (or spaCy): the analysis stages sit on top of it, so
the rules that find an actor in one document and the rules that merge actors across documents
agree on what a name means.
"""
