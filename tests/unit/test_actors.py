"""Actors: canonical names, aliases, ranks and roles, units, armed groups, nationalities, quotes."""

import json
import math
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from helpers import config
from helpers.extract import pipeline
from helpers.extract.actors import component
from helpers.extract.actors.canonical import _surnames, canonical_batch, drop_title_words, plausible_name
from helpers.extract.actors.gloss import romanize
from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.merge import merge_short_names
from helpers.extract.actors.vocabulary import ACTOR_COLUMNS
from helpers.extract.mentions import MENTION_COLUMNS, iter_mentions
from helpers.resources.actors import alias_table
from helpers.text.normalize import normalize_letters


def frame(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)})


def table(*texts: str, merge: bool = True) -> pd.DataFrame:
    """The actors table of some texts, with short names merged across them as the store reads it."""
    actors = pipeline.extract_tables(frame(*texts))["actors"]
    assert list(actors.columns) == ACTOR_COLUMNS
    return merge_short_names(actors) if merge else actors


def one(frame: pd.DataFrame, **where) -> pd.Series:
    hit = frame
    for column, value in where.items():
        hit = hit[hit[column] == value]
    assert len(hit) == 1, f"{where}: {len(hit)} rows in\n{frame[['text', 'type', 'canonical', 'source']]}"
    return hit.iloc[0]


def test_aliases_merge_into_one_actor_with_surface_forms_kept():
    t = table(
        "أطلق #الجيش_الليبي عملية في درنة. وقال الجيش الوطني الليبي إن القيادة العامة أصدرت أوامرها للجيش الليبي."
    )
    army = t[t["actor_id"] == "lna"]
    assert len(army) == 4
    assert set(army["english"]) == {"Libyan National Army (LNA)"}
    assert {"الجيش الوطني الليبي", "القيادة العامة", "للجيش الليبي"} <= set(army["text"])


def test_bare_army_refers_to_the_army_named_before_it_and_needs_one():
    t = table("أعلن الجيش المصري حالة الاستنفار. وقالت قوات الجيش إن الحدود مؤمنة.", "قالت قوات الجيش إن الوضع هادئ.")
    assert one(t, article_id="a0", text="قوات الجيش")["actor_id"] == "egypt_army"
    assert t[t["article_id"] == "a1"].empty  # no army named: no guess


def test_rank_and_role_of_a_spokesman():
    t = table("وقال المتحدث باسم القيادة العامة العميد أحمد المسماري إن القوات تقدمت.")
    person = one(t, type="person")
    assert person["canonical"] == "أحمد المسماري"
    assert person["rank"] == "العميد" and person["rank_en"] == "Brigadier General"
    assert person["role"] == "المتحدث باسم القيادة العامة"
    assert person["role_en"] == "spokesman for Libyan National Army (LNA)"


def test_role_of_a_dismissed_officer_and_a_rank_inside_the_name():
    t = table("أبرزهم ضابط الجيش المفصول هشام عشماوي.", "أعلن المشير خليفة حفتر تحرير المدينة.")
    assert one(t, actor_id="ashmawy")["role"] == "ضابط الجيش المفصول"
    haftar = one(t, actor_id="haftar")
    assert haftar["rank"] == "المشير" and haftar["canonical"] == "خليفة حفتر"


def test_role_does_not_leak_from_one_person_to_the_next():
    t = table("التقى رئيس المجلس الرئاسي فايز السراج بالمبعوث الأممي غسان سلامة في طرابلس.")
    assert one(t, actor_id="sarraj")["role"] == "رئيس المجلس الرئاسي"
    assert one(t, actor_id="ghassan_salame")["role"] == "المبعوث الأممي"  # (role without its proclitic)


def test_numbered_military_unit():
    t = table("أكدت القيادة تكليفها للكتيبة 210 مشاة بالتمركز في البوابة.")
    unit = one(t, type="military_unit")
    assert unit["canonical"] == "الكتيبة 210 مشاة"
    assert unit["english"] == "Infantry Battalion 210"


def test_armed_groups_by_rule_not_only_from_the_table():
    t = table(
        'تسيطر جماعات تعمل تحت مسمى "مجلس شورى ثوار أجدابيا" على المدينة، '
        "يقودهم أشخاص من الجماعة الليبية المقاتلة يعتبرون"
    )
    groups = t[t["type"] == "armed_group"]
    assert set(groups["canonical"]) == {"مجلس شورى ثوار أجدابيا", "الجماعة الليبية المقاتلة"}
    assert set(groups["source"]) == {"armed_group"}
    assert one(t, canonical="مجلس شورى ثوار أجدابيا")["english"].startswith("Shura Council of")


def test_nationalities_of_people_but_not_every_adjective():
    t = table("وتؤكد التقارير أن عددا منهم من جنسيات مصرية وسودانية وتونسية.", "وقالت السلطات المصرية إن الحدود مؤمنة.")
    found = t[t["type"] == "nationality"]
    assert list(found["english"]) == ["Egyptian", "Sudanese", "Tunisian"]
    assert set(found["article_id"]) == {"a0"}


def test_surname_alone_joins_the_full_name_in_the_article():
    t = table("قال محمد الغرياني إن الوضع هادئ. وأضاف الغرياني أن القوات تتقدم.", merge=False)
    persons = t[t["type"] == "person"]
    assert len(persons) == 2
    assert set(persons["canonical"]) == {"محمد الغرياني"}
    assert persons["actor_id"].nunique() == 1


@pytest.mark.parametrize("later", ["فالغرياني", "بالغرياني", "الغرياني،", "الغريانيّ"])
def test_surname_alone_is_found_behind_clitics_and_before_punctuation(later):
    t = table(f"قال محمد الغرياني إن الوضع هادئ. وتحدث {later} عن القوات.", merge=False)
    persons = t[t["type"] == "person"]
    assert len(persons) == 2, persons[["text", "source"]]
    assert persons["actor_id"].nunique() == 1


def test_one_word_names_merge_across_the_corpus_only_when_unambiguous():
    rows = [
        ("a1", "محمد الغرياني", "person", "ner"), ("a2", "الغرياني", "person", "ner"),
        ("a3", "سالم الترهوني", "person", "ner"), ("a4", "علي الترهوني", "person", "ner"),
        ("a5", "الترهوني", "person", "ner"),
    ]  # fmt: skip
    t = pd.DataFrame(
        [{**dict.fromkeys(ACTOR_COLUMNS, ""), "article_id": a, "canonical": c, "type": ty, "source": so}
         for a, c, ty, so in rows]
    )  # fmt: skip
    merged = merge_short_names(t).set_index("article_id")
    assert merged.loc["a2", "canonical"] == "محمد الغرياني"
    assert merged.loc["a2", "actor_id"] == "محمد_الغرياني"
    assert merged.loc["a2", "english"] == romanize("محمد الغرياني")
    assert merged.loc["a5", "canonical"] == "الترهوني"  # two full names end with it: left alone


@pytest.mark.parametrize("text", ["", "   ", "The Libyan army said on Monday it had entered Derna.", "12345 ... !!!"])
def test_empty_or_non_arabic_articles_yield_no_actors(text):
    assert table(text).empty


def test_articles_repeating_a_sentence_get_the_same_actors_and_do_not_share_them():
    sentence = "التقى رئيس المجلس الرئاسي فايز السراج بالمبعوث الأممي غسان سلامة في طرابلس."
    t = table(sentence, "عنوان آخر\n" + sentence, merge=False)
    columns = [c for c in ACTOR_COLUMNS if c not in ("article_id", "sentence_id", "start", "end")]
    first, second = (t[t["article_id"] == a][columns].reset_index(drop=True) for a in ("a0", "a1"))
    pd.testing.assert_frame_equal(first, second)
    records = [{"article_id": "x", "text": sentence}]

    def found(article) -> list[tuple]:
        candidates = [*article.actor_candidates[0], *article.rule_candidates[0]]
        return [(m.start, m.canonical, m.role) for m in [*candidates, *(m for _, m in article.actors)]]

    article = pipeline.run(records, pipeline.components_for(["actors"]))[0]
    before = found(article)
    assert ("sarraj", "رئيس المجلس الرئاسي") in {(m.actor_id, m.role) for _, m in article.actors}
    for m in [*article.actor_candidates[0], *article.rule_candidates[0], *(m for _, m in article.actors)]:
        m.canonical, m.role, m.start = "changed", "changed", -1
    assert found(pipeline.run(records, pipeline.components_for(["actors"]))[0]) == before


def actor_rows(text: str) -> list[tuple]:
    """The canonical actor mentions of one article: (sentence, offsets, names, source, rank, role)."""
    article = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["actors"]))[0]
    return [
        (i, m.start, m.end, m.type, m.canonical, m.actor_id, m.english, m.source, m.rank, m.role)
        for i, m in article.actors
    ]


def test_a_huge_articles_actors_are_canonicalised_in_batches_with_the_same_result(monkeypatch):
    text = (
        "وقال المتحدث باسم الجيش الليبي أحمد المسماري إن القوات دخلت المدينة. "
        "والتقى فايز السراج مع غسان سلامة في طرابلس. وأضاف السراج أن الحوار مستمر. "
    ) * 60
    whole = actor_rows(text)
    assert len(whole) >= 240
    batches: list[int] = []
    canonical_batch = component.canonical_batch

    def counted(text, norm, sentences, pending, persons):
        batches.append(len(pending))
        return canonical_batch(text, norm, sentences, pending, persons)

    monkeypatch.setattr(component, "canonical_batch", counted)
    monkeypatch.setattr(config, "extraction_settings", lambda: config.ExtractionSettings(canonical_batch_mentions=7))
    assert actor_rows(text) == whole
    assert len(batches) > 20, batches  # many batches, none much past the limit (a batch ends with its sentence)
    assert max(batches) <= 7 + 4


def test_extraction_of_an_article_as_long_as_the_loader_allows_completes():
    """The loader keeps articles up to ``max_article_chars``: every table of such an article is made, in
    about ten times what a tenth of it takes (every component is linear in the article; one that compares
    each mention with every other takes minutes here, and the alarm stops it)."""
    sentence = "وقال المتحدث باسم الجيش الليبي أحمد المسماري أمس إن القوات دخلت درنة. "
    size = config.loading_settings().max_article_chars

    def extract(length: int) -> tuple[dict[str, pd.DataFrame], float]:
        text = (sentence * (length // len(sentence) + 1))[:length]
        started = time.perf_counter()
        articles = pd.DataFrame({"article_id": ["big"], "text": [text], "dct": ["2018-05-08"]})
        tables = pipeline.extract_tables(articles)
        return tables, time.perf_counter() - started

    _, tenth = extract(size // 10)
    budget = math.ceil(20 * tenth) + 10  # seconds: twice what a linear pipeline takes, and some slack

    def too_slow(*_):
        raise TimeoutError(
            f"extracting a {size:,}-character article took more than {budget} s ({tenth:.1f} s for a tenth)"
        )

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(budget)
    try:
        tables, took = extract(size)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    count = size // len(sentence)
    actors = tables["actors"]
    assert (actors["actor_id"] == "mismari").sum() >= count
    assert actors["end"].max() > size - len(sentence)  # the end of the article was read too
    for name in ("places", "times", "quotes", "events"):
        assert len(tables[name]) >= count, name
    assert took < budget


def test_offsets_index_the_text_and_extract_rows_are_actor_kind():
    text = "وقال المتحدث باسم الجيش الليبي أحمد المسماري لـ«العربية نت» إن القوات دخلت درنة."
    rows = pd.DataFrame(list(iter_mentions([{"article_id": "x", "text": text}], ["actor"])))
    assert list(rows.columns[: len(MENTION_COLUMNS)]) == MENTION_COLUMNS
    assert set(rows["kind"]) == {"actor"}
    for row in rows.itertuples():
        assert text[row.start : row.end] == row.text
    assert {"lna", "mismari", "alarabiya"} <= set(rows["value"])


def test_quotes_link_speakers_to_actors_and_keep_anonymous_sources():
    articles = pd.DataFrame(
        {
            "article_id": ["q1"],
            "outlet": ["Al Arabiya"],
            "text": [
                "وقال المتحدث باسم الجيش الليبي أحمد المسماري لـ«العربية نت» إن القوات تتقدم. "
                "وبحسب مصدر عسكري فإن العملية لن تتجاوز أسبوعين."
            ],
        }
    )
    quotes = pipeline.extract_tables(articles)["quotes"]
    named = one(quotes, source_kind="named")
    assert named["speaker_id"] == "mismari" and named["speaker_english"] == "Ahmed al-Mismari"
    assert named["spoken_to"] == "العربية نت"
    assert one(quotes, source_kind="anonymous")["speaker_id"] == ""
    assert set(quotes["outlet"]) == {"Al Arabiya"}


def test_romanize_is_readable_latin():
    assert romanize("محمد القماطي") == "Mohammed al-Qamati"
    assert romanize("").strip() == ""


def test_extract_cli_emits_actor_rows():
    seed = config.corpus_dir() / "seed"
    out = subprocess.run(
        [sys.executable, "-m", "helpers", "extract", str(seed), "--kinds", "actor"],
        capture_output=True, text=True, check=True, cwd=config.PROJECT_ROOT,
    )  # fmt: skip
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and {r["kind"] for r in rows} == {"actor"}
    assert "مجلس شورى مجاهدي درنة" in {r["canonical"] for r in rows}
    assert all(r["english"] for r in rows)


def test_descriptors_and_nationalities_are_not_names():
    assert drop_title_words("الإعلامي السعودي جمال خاشقجي") == "جمال خاشقجي"
    assert drop_title_words("العميد أحمد المسماري") == "أحمد المسماري"
    assert not plausible_name("الليبي", "organisation")
    assert not plausible_name("الإعلامي السعودي", "person")
    assert plausible_name("السراج", "person")


def test_model_only_aliases_do_not_match_on_their_own():
    t = table("انطلقت الطائرات من القاعدة الجوية في الجفرة.")
    assert "alqaeda" not in set(t["actor_id"])
    assert alias_table()["~القاعده"].actor_id == "alqaeda"


def test_stray_clitic_letters_before_a_name_do_not_break_extraction():
    t = table("وقال رئيس الحكومة ف فو أحمد المسماري إن القوات تقدمت.")
    assert "mismari" in set(t["actor_id"])


def test_short_name_joins_the_full_name_given_first_whatever_the_hash_seed():
    """Two full names as long both end in the short name: the article's first wins, not set order
    (which changes with PYTHONHASHSEED, so the store would differ from run to run)."""
    script = (
        "from helpers.extract.actors.canonical import canonicalise\n"
        "from helpers.extract.actors.mention import ActorMention\n"
        "ms = [ActorMention(0, 11, 'سعيد الحربي', 'person', 'ner'),"
        " ActorMention(20, 30, 'فهد الحربي', 'person', 'ner'), ActorMention(40, 46, 'الحربي', 'person', 'ner')]\n"
        "print(canonicalise(ms)[-1].canonical)"
    )

    def run(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              cwd=config.PROJECT_ROOT, env=env)  # fmt: skip
        return done.stdout.strip()

    found = {run(seed) for seed in ("1", "2", "3", "4", "5", "6")}
    assert found == {"سعيد الحربي"}


def test_a_surname_of_an_earlier_batch_is_still_known():
    persons: dict = {}
    sarraj = ActorMention(0, 11, "فايز السراج", "person", "ner", "فايز السراج", "sarraj")
    _surnames([sarraj], persons)  # the first batch of a huge article
    assert set(_surnames([], persons)) == {"السراج"}


def test_a_surname_two_batches_give_two_persons_is_ambiguous():
    persons: dict = {}
    _surnames([ActorMention(0, 11, "فايز السراج", "person", "ner", "فايز السراج", "sarraj")], persons)
    other = ActorMention(0, 9, "علي السراج", "person", "ner", "علي السراج", "ali_sarraj")
    assert _surnames([other], persons) == {}


def test_a_batch_finds_a_surname_with_a_mark_through_the_articles_normalised_text():
    text = "التقى غسان سلامة الوفد. وأضاف سلامةُ أن الحوار مستمر."  # ة is ه once normalised, as the name's key
    cut = text.index("وأضاف")
    pending = [(0, ActorMention(6, 16, "غسان سلامة", "person", "ner"))]
    out = canonical_batch(text, normalize_letters(text), [(0, 0, cut - 1), (1, cut, len(text))], pending)
    assert [(i, m.surface, text[m.start : m.end], m.canonical, m.merged_by) for i, m in out] == [
        (0, "غسان سلامة", "غسان سلامة", "غسان سلامة", ""),
        (1, "سلامةُ", "سلامةُ", "غسان سلامة", "surname"),
    ]
    assert canonical_batch(text, text, [(0, 0, cut - 1), (1, cut, len(text))], pending[:1])[1:] == []
