"""Coreference within an article: armies with modifiers, bare institutions, spelling variants, kunyas
(helpers/extract/actors/coref.py), and variants merged across articles (merge.py)."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.actors.coref import kunya_key, merge_variants, skeleton
from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.merge import merge_short_names


def actors(*texts: str) -> pd.DataFrame:
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)})
    return pipeline.extract_tables(frame)["actors"]


def row(table: pd.DataFrame, surface: str) -> pd.Series:
    hit = table[table["text"] == surface]
    assert len(hit) == 1, table[["text", "canonical", "source"]]
    return hit.iloc[0]


def test_bare_armed_forces_are_the_army_named_last():
    t = actors("قال الجيش الوطني الليبي إنه تقدم. وأعلنت القوات المسلحة السيطرة على المدينة.")
    assert row(t, "القوات المسلحة")["actor_id"] == "lna"


def test_armed_forces_with_another_countrys_place_are_not_the_army_named_last():
    t = actors("قال الجيش المصري إنه تقدم. وأعلنت القوات المسلحة في شرق ليبيا السيطرة على المدينة.")
    forces = row(t, "القوات المسلحة")
    assert (forces["actor_id"], forces["country"]) != ("egypt_army", "EG")
    assert forces["country"] == "LY"


def test_armed_forces_with_a_place_join_the_named_army_of_that_country():
    t = actors(
        "قال الجيش المصري إنه تقدم. وقال الجيش الوطني الليبي إنه تقدم. وأعلن الجيش المصري الاستنفار. "
        "وأعلنت القوات المسلحة في شرق ليبيا السيطرة على المدينة."
    )
    assert row(t, "القوات المسلحة")["actor_id"] == "lna"


def test_an_army_with_a_nationality_joins_the_curated_army_of_that_country():
    t = actors("قال الجيش الوطني الليبي إنه تقدم. وأعلنت القوات المسلحة الليبية السيطرة على المدينة.")
    assert row(t, "القوات المسلحة الليبية")["actor_id"] == "lna"


def test_an_army_with_another_nationality_is_its_own_actor():
    t = actors("قال الجيش الوطني الليبي إنه تقدم. وأعلن الجيش اليوناني أنه في حالة تأهب.")
    greek = row(t, "الجيش اليوناني")
    assert (greek["canonical"], greek["country"], greek["acled_type"]) == ("الجيش اليوناني", "GR", "state_forces")


def test_a_bare_army_after_a_foreign_army_is_that_army():
    t = actors("أعلن الجيش اليوناني حالة التأهب. وقال الجيش إن الحدود مؤمنة.")
    assert row(t, "الجيش")["canonical"] == "الجيش اليوناني"


def test_a_bare_institution_takes_the_country_of_the_same_institution_before_it():
    t = actors("قالت الحكومة التركية إنها سترد. وأكدت الحكومة أن القرار نهائي.")
    assert (row(t, "الحكومة")["canonical"], row(t, "الحكومة")["country"]) == ("الحكومة التركية", "TR")


def test_a_bare_institution_takes_the_articles_country_when_it_dominates():
    t = actors("قالت السلطات المصرية إن الشرطة المصرية اعتقلت متهمين. وقال البرلمان إن القانون صدر.")
    assert row(t, "البرلمان")["country"] == "EG"


def test_a_bare_institution_stays_without_country_when_two_countries_compete():
    t = actors("قالت السلطات المصرية إن الأمر انتهى. وقالت السلطات الليبية إنها سترد. وقال البرلمان إن القانون صدر.")
    assert row(t, "البرلمان")["country"] == ""


def test_skeleton_joins_spelling_variants_of_a_long_name():
    assert skeleton("صلاح الدين دميرطاش") == skeleton("صلاح الدين ديميرتاش")


def test_skeleton_keeps_short_names_apart():
    assert skeleton("محمد حسن") != skeleton("محمد حسين")


def test_spelling_variants_in_one_article_take_the_most_frequent_spelling():
    names = ["صلاح الدين دميرتاش", "صلاح الدين دميرتاش", "صلاح الدين ديميرطاش"]
    mentions = [ActorMention(i, i + 1, n, "person", "ner", n, n.replace(" ", "_")) for i, n in enumerate(names)]
    merge_variants(mentions)
    assert [m.canonical for m in mentions] == [names[0]] * 3
    assert mentions[2].merged_by == "spelling variant"


def test_spelling_variants_are_merged_across_articles():
    table = pd.DataFrame(
        {
            "canonical": ["صلاح الدين دميرتاش", "صلاح الدين دميرتاش", "صلاح الدين ديميرطاش"],
            "actor_id": ["x", "x", "y"],
            "english": ["", "", ""],
            "type": ["person"] * 3,
            "gloss_source": [""] * 3,
            "merged_by": [""] * 3,
        }
    )
    merged = merge_short_names(table)
    assert set(merged["canonical"]) == {"صلاح الدين دميرتاش"}
    assert list(merged["merged_by"]) == ["", "", "spelling variant (corpus)"]


def test_kunya_key_ignores_the_case_ending():
    assert kunya_key("أبي عمر") == kunya_key("أبو عمر") == "ابو عمر"


def test_a_kunya_the_article_gives_a_person_is_that_person():
    t = actors("وقتل القيادي سالم عبد الله الدرناوي، المكنى بأبي عمر، في الاشتباكات. وكان أبو عمر يقود المسلحين.")
    kunya = t[t["text"] == "أبو عمر"]
    assert len(kunya) == 1
    assert kunya.iloc[0]["canonical"] == "سالم عبد الله الدرناوي"
    assert kunya.iloc[0]["merged_by"] == "kunya"


def test_the_bare_army_is_the_countrys_army_not_the_coalition_named_after_it():
    t = actors("وواصل الجيش اليمني تقدمه بدعم من التحالف العربي. وأعلن الجيش السيطرة على المدينة.")
    assert row(t, "الجيش")["actor_id"] == "yemen_hadi_forces"
    t = actors("وقال التحالف العربي إن الجيش تقدم نحو المدينة.")
    assert "arab_coalition" not in set(t.loc[t["text"] == "الجيش", "actor_id"])


def test_the_army_at_a_place_after_the_definite_lam_is_that_countrys_army():
    t = actors("قتل ثلاثة مسلحين في هجوم على حاجز للجيش في العريش.")
    army = t[t["source"] == "institution"].iloc[0]
    assert (army["canonical"], army["english"]) == ("الجيش في العريش", "Military Forces of Egypt")
