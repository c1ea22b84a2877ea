"""collect(): order, topics, date archive, entity index, related articles, previous/next."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from sitegen.collect import RELATED, Site, collect
from sitegen.config import Config, TopicDef, load_config
from sitegen.model import Article, DateInfo, EntityMention, Precision

# Titles made of one invented word each, so headline vocabulary never links two articles by accident.
WORDS = iter(f"zq{chr(97 + i)}{chr(97 + j)}x" for i in range(26) for j in range(26))


def art(
    slug: str,
    date: dt.date | None = None,
    precision: Precision = "day",
    *,
    title: str | None = None,
    topics: Sequence[str] = (),
    entities: Sequence[EntityMention] = (),
) -> Article:
    info = DateInfo(date, precision, "test") if date else DateInfo.unknown()
    return Article(
        slug=slug,
        title=title if title is not None else next(WORDS),
        date=info,
        topics=tuple(topics),
        entities=tuple(entities),
        source_file="news.txt",
        source_lines=(1, 2),
        body_markdown="Body.\n",
        summary="Summary.",
        word_count=2,
    )


def person(name: str, count: int = 1, aliases: Sequence[str] = (), sentence: str = "") -> EntityMention:
    return EntityMention(name, "person", count, tuple(aliases), sentence)


def org(name: str, count: int = 1) -> EntityMention:
    return EntityMention(name, "organization", count)


def place(name: str, count: int = 1) -> EntityMention:
    return EntityMention(name, "place", count)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config(
        tmp_path,
        taxonomy=(
            TopicDef("Politics & Law", "Governments and courts.", ("law",)),
            TopicDef("Science", "Research.", ("lab",)),
            TopicDef("Sport", "Games.", ("match",)),
        ),
    )


def slugs(articles: Sequence[Article]) -> list[str]:
    return [a.slug for a in articles]


# --- order ----------------------------------------------------------------------------------


def test_articles_newest_first_with_undated_last(config: Config) -> None:
    site = collect(
        config,
        [
            art("undated-b", title="Beta"),
            art("old", dt.date(2023, 5, 1)),
            art("undated-a", title="alpha"),
            art("new", dt.date(2024, 6, 2)),
            art("mid", dt.date(2024, 1, 15)),
        ],
    )
    assert slugs(site.articles) == ["new", "mid", "old", "undated-a", "undated-b"]
    assert slugs(site.undated) == ["undated-a", "undated-b"]


def test_same_day_ties_break_by_title_then_slug(config: Config) -> None:
    day = dt.date(2024, 3, 3)
    site = collect(config, [art("z", day, title="Same"), art("b", day, title="beta"), art("a", day, title="Same")])
    assert slugs(site.articles) == ["b", "a", "z"]


def test_less_precise_date_sorts_after_precise_ones_of_the_same_period(config: Config) -> None:
    site = collect(
        config,
        [
            art("month", dt.date(2024, 3, 1), "month", title="Aardvark"),
            art("day", dt.date(2024, 3, 1), "day", title="Zebra"),
            art("year", dt.date(2024, 1, 1), "year", title="Aardvark"),
            art("jan-first", dt.date(2024, 1, 1), "day", title="Zebra"),
        ],
    )
    assert slugs(site.articles) == ["day", "month", "jan-first", "year"]


def test_input_order_does_not_matter(config: Config) -> None:
    items = [
        art(f"a{i}", dt.date(2024, 1 + i % 12, 1 + i % 28), entities=[person(f"P{i % 3}"), org(f"O{i % 4}")])
        for i in range(30)
    ] + [art(f"u{i}") for i in range(3)]
    first = collect(config, items)
    shuffled = list(items)
    random.Random(7).shuffle(shuffled)
    second = collect(config, shuffled)
    assert slugs(first.articles) == slugs(second.articles)
    assert {k: slugs(v) for k, v in first.related.items()} == {k: slugs(v) for k, v in second.related.items()}
    assert [(e.ref, e.mentions) for e in first.entities["person"]] == [
        (e.ref, e.mentions) for e in second.entities["person"]
    ]


# --- topics ---------------------------------------------------------------------------------


def test_topics_follow_taxonomy_order_then_custom_names(config: Config) -> None:
    site = collect(
        config,
        [
            art("a", dt.date(2024, 1, 1), topics=["Sport", "Zoology"]),
            art("b", dt.date(2024, 2, 1), topics=["Sport", "Astrology", "Politics & Law"]),
            art("c", dt.date(2023, 2, 1), topics=["Politics-Law"]),  # custom, slugifies like a taxonomy topic
        ],
    )
    assert [t.name for t in site.topics] == [
        "Politics & Law",
        "Science",
        "Sport",
        "Astrology",
        "Politics-Law",
        "Zoology",
    ]
    by_name = {t.name: t for t in site.topics}
    assert by_name["Politics & Law"].slug == "politics-law"
    assert by_name["Politics-Law"].slug == "politics-law-2"
    assert by_name["Politics & Law"].description == "Governments and courts."
    assert by_name["Zoology"].description == ""
    assert slugs(by_name["Sport"].articles) == ["b", "a"]  # newest first
    assert by_name["Science"].articles == ()  # a taxonomy topic with no articles still has a page
    assert by_name["Zoology"].url == "/topics/zoology/"
    assert site.topic_of == by_name
    assert len({t.slug for t in site.topics}) == len(site.topics)


# --- archive --------------------------------------------------------------------------------


def test_archive_tree_years_months_days(config: Config) -> None:
    site = collect(
        config,
        [
            art("d1", dt.date(2024, 3, 5)),
            art("d2", dt.date(2024, 3, 5)),
            art("d3", dt.date(2024, 3, 20)),
            art("d4", dt.date(2024, 1, 2)),
            art("m1", dt.date(2024, 3, 1), "month"),
            art("m2", dt.date(2024, 7, 1), "month"),  # the only article of July
            art("y1", dt.date(2024, 1, 1), "year"),
            art("y2", dt.date(2022, 1, 1), "year"),  # a year with no month at all
            art("d5", dt.date(2023, 12, 31)),
            art("u"),
        ],
    )
    assert [y.year for y in site.years] == [2024, 2023, 2022]
    y2024, y2023, y2022 = site.years
    assert sorted(slugs(y2024.articles)) == ["d1", "d2", "d3", "d4", "m1", "m2", "y1"]
    assert [m.month for m in y2024.months] == [7, 3, 1]
    july, march, january = y2024.months
    assert slugs(july.articles) == ["m2"] and july.days == ()
    assert sorted(slugs(march.articles)) == ["d1", "d2", "d3", "m1"]
    assert [d.date for d in march.days] == [dt.date(2024, 3, 20), dt.date(2024, 3, 5)]
    assert sorted(slugs(march.days[1].articles)) == ["d1", "d2"]
    assert slugs(january.articles) == ["d4"]  # the year-precision article is not filed under January
    all_in_months = {a.slug for y in site.years for m in y.months for a in m.articles}
    all_in_days = {a.slug for y in site.years for m in y.months for d in m.days for a in d.articles}
    assert "y1" not in all_in_months and "y2" not in all_in_months
    assert "m1" not in all_in_days and "m2" not in all_in_days
    assert slugs(y2022.articles) == ["y2"] and y2022.months == ()
    assert [m.month for m in y2023.months] == [12]
    assert slugs(site.undated) == ["u"]
    assert all(a.date.date is not None for y in site.years for a in y.articles)


def test_empty_site(config: Config) -> None:
    site = collect(config, [])
    assert site.articles == () and site.years == () and site.undated == ()
    assert all(v == () for v in site.entities.values())
    assert site.related == {} and site.previous == {} and site.next == {}
    assert len(site.topics) == 3


# --- entities -------------------------------------------------------------------------------


def test_entity_index_counts_aliases_sentences_and_dates(config: Config) -> None:
    site = collect(
        config,
        [
            art("a", dt.date(2024, 3, 5), entities=[person("Anna Berg", 3, ["Berg", "Anna Berg"], "Berg spoke.")]),
            art(
                "b", dt.date(2023, 1, 1), "year", entities=[person("Anna Berg", 2, ["Mayor Berg"], "Mayor Berg left.")]
            ),
            art("c", dt.date(2024, 5, 1), "month", entities=[person("Anna Berg", 1, ["Berg"])]),
            art("d", entities=[person("Anna Berg", 4, [], "Anna Berg, undated.")]),
        ],
    )
    idx = site.entity_of[("person", "Anna Berg")]
    assert idx.mentions == 10
    assert idx.aliases == ("Berg", "Mayor Berg")  # sorted, without the canonical name
    assert slugs(idx.articles) == ["c", "a", "b", "d"]  # site order: newest first, undated last
    assert idx.sentences == {"a": "Berg spoke.", "b": "Mayor Berg left.", "d": "Anna Berg, undated."}
    assert idx.first_date == DateInfo(dt.date(2023, 1, 1), "year", "test")
    assert idx.last_date == DateInfo(dt.date(2024, 5, 1), "month", "test")
    assert idx.ref.slug == "anna-berg" and idx.url == "/people/anna-berg/"
    assert site.entity_ref("person", "Anna Berg") == idx.ref
    assert site.entity_ref("place", "Anna Berg") is None


def test_entity_dates_none_when_only_undated(config: Config) -> None:
    site = collect(config, [art("u", entities=[place("Oslo")])])
    idx = site.entity_of[("place", "Oslo")]
    assert idx.first_date is None and idx.last_date is None


def test_entities_ranked_by_articles_then_mentions_then_name(config: Config) -> None:
    site = collect(
        config,
        [
            art("a", dt.date(2024, 1, 1), entities=[org("Beta Corp", 1), org("Alpha Corp", 1), org("Gamma", 9)]),
            art("b", dt.date(2024, 1, 2), entities=[org("Beta Corp", 1), org("alpha corp two", 1)]),
            art("c", dt.date(2024, 1, 3), entities=[org("Alpha Corp", 1)]),
        ],
    )
    assert [e.name for e in site.entities["organization"]] == ["Alpha Corp", "Beta Corp", "Gamma", "alpha corp two"]
    assert site.entities["person"] == () and site.entities["place"] == ()


def test_co_occurrence_counts_articles_not_mentions(config: Config) -> None:
    site = collect(
        config,
        [
            art("a", dt.date(2024, 1, 1), entities=[person("Ann", 5), org("UN", 7), place("Oslo")]),
            art("b", dt.date(2024, 1, 2), entities=[person("Ann"), org("UN")]),
            art("c", dt.date(2024, 1, 3), entities=[person("Ann"), place("Bergen")]),
        ],
    )
    ann = site.entity_of[("person", "Ann")]
    assert [(r.type, r.name, n) for r, n in ann.co_occurring] == [
        ("organization", "UN", 2),
        ("place", "Bergen", 1),
        ("place", "Oslo", 1),
    ]
    un = site.entity_of[("organization", "UN")]
    assert [(r.name, n) for r, n in un.co_occurring] == [("Ann", 2), ("Oslo", 1)]
    assert all(r != ann.ref for r, _n in ann.co_occurring)


def test_same_name_in_two_types_are_two_entities(config: Config) -> None:
    site = collect(config, [art("a", dt.date(2024, 1, 1), entities=[person("Georgia"), place("Georgia", 3)])])
    assert site.entity_of[("person", "Georgia")].url == "/people/georgia/"
    assert site.entity_of[("place", "Georgia")].url == "/places/georgia/"
    assert site.entity_of[("place", "Georgia")].mentions == 3


def test_entity_slug_collisions_are_unique_and_deterministic(config: Config) -> None:
    names = ["Anna Berg", "Anna-Berg", "ANNA BERG", "Änna Berg"]

    def build(order: Sequence[str]) -> dict[str, str]:
        items = [art(f"s{i}", dt.date(2024, 1, 1 + i), entities=[person(n)]) for i, n in enumerate(order)]
        site = collect(config, items)
        return {e.name: e.ref.slug for e in site.entities["person"]}

    first = build(names)
    assert sorted(first.values()) == ["anna-berg", "anna-berg-2", "anna-berg-3", "anna-berg-4"]
    assert build(list(reversed(names))) == first  # slugs depend on the names, not on article order
    # Sorted by name: "ANNA BERG" < "Anna Berg" < "Anna-Berg" < "Änna Berg" (code-point order).
    assert first == {
        "ANNA BERG": "anna-berg",
        "Anna Berg": "anna-berg-2",
        "Anna-Berg": "anna-berg-3",
        "Änna Berg": "anna-berg-4",
    }


# --- related --------------------------------------------------------------------------------


def related_site(config: Config) -> Site:
    hub = [person("Hub Person"), org("Hub Org")]
    items = [art("hub", dt.date(2024, 6, 1), entities=hub)]
    # Four articles share the person, three the organization: seven candidates for the hub.
    items += [art(f"p{i}", dt.date(2024, 5, 1 + i), entities=[person("Hub Person")]) for i in range(4)]
    items += [art(f"o{i}", dt.date(2024, 4, 1 + i), entities=[org("Hub Org")]) for i in range(3)]
    items += [art("lonely", dt.date(2024, 1, 1), entities=[place("Nowhere")])]
    return collect(config, items)


def test_related_shares_entities_never_itself_at_most_five(config: Config) -> None:
    site = related_site(config)
    assert set(site.related) == {a.slug for a in site.articles}
    hub = slugs(site.related["hub"])
    assert len(hub) == RELATED == 5
    assert "hub" not in hub
    assert set(hub) <= {"p0", "p1", "p2", "p3", "o0", "o1", "o2"}
    assert "hub" in slugs(site.related["p0"]) and "hub" in slugs(site.related["o0"])
    assert set(slugs(site.related["p0"])) == {"hub", "p1", "p2", "p3"}
    assert site.related["lonely"] == ()
    for slug, rel in site.related.items():
        assert slug not in slugs(rel)
        assert len(rel) == len(set(slugs(rel))) <= RELATED


def test_related_prefers_rarer_shared_entities(config: Config) -> None:
    # "Rare" is shared by two articles, "Common" by four: the rare one ranks first.
    items = [
        art("x", dt.date(2024, 1, 1), entities=[person("Rare"), person("Common")]),
        art("y", dt.date(2024, 1, 2), entities=[person("Rare")]),
        art("z1", dt.date(2024, 1, 3), entities=[person("Common")]),
        art("z2", dt.date(2024, 1, 4), entities=[person("Common")]),
    ]
    site = collect(config, items)
    assert slugs(site.related["x"])[0] == "y"


def test_related_is_deterministic(config: Config) -> None:
    a = related_site(config)
    b = related_site(config)
    assert {k: slugs(v) for k, v in a.related.items()} == {k: slugs(v) for k, v in b.related.items()}


def test_related_by_shared_headline_words(config: Config) -> None:
    site = collect(
        config,
        [
            art("a", dt.date(2024, 1, 1), title="Volcano erupts near the coast"),
            art("b", dt.date(2024, 1, 2), title="Volcano ash closes airports"),
            art("c", dt.date(2024, 1, 3), title="Parliament passes budget"),
        ],
    )
    assert slugs(site.related["a"]) == ["b"]
    assert site.related["c"] == ()


# --- previous / next ------------------------------------------------------------------------


def test_previous_and_next_in_date_order(config: Config) -> None:
    site = collect(
        config,
        [
            art("jan", dt.date(2024, 1, 10)),
            art("mar", dt.date(2024, 3, 10)),
            art("feb", dt.date(2024, 2, 10)),
            art("undated"),
        ],
    )
    assert {k: v.slug for k, v in site.previous.items()} == {"mar": "feb", "feb": "jan"}
    assert {k: v.slug for k, v in site.next.items()} == {"jan": "feb", "feb": "mar"}
    assert "undated" not in site.previous and "undated" not in site.next


def test_entity_first_and_last_dates_are_the_extremes_of_a_stable_sort(config: Config) -> None:
    """Read from the two ends of the entity's articles (in site order), they are the same as the
    minimum and maximum of all of them by date, the more precise of two equal dates the later,
    with ties going to the first and last of a stable sort (their evidence tells them apart)."""
    rng = random.Random(7)
    precisions: list[Precision] = ["day", "month", "year"]
    for _ in range(40):
        articles = []
        for i in range(rng.randint(1, 12)):
            undated = rng.random() < 0.2
            date = None if undated else dt.date(2024, rng.randint(1, 2), 1)
            a = art(f"a{i}", date, rng.choice(precisions), entities=[place("Oslo")])
            articles.append(dataclasses.replace(a, date=dataclasses.replace(a.date, evidence=f"e{i}")))
        idx = collect(config, articles).entity_of[("place", "Oslo")]
        order = {"year": 0, "month": 1, "day": 2}
        dated = sorted(
            (a.date for a in idx.articles if a.date.date is not None), key=lambda d: (d.date, order[d.precision])
        )
        assert idx.first_date == (dated[0] if dated else None)
        assert idx.last_date == (dated[-1] if dated else None)
