"""The side ranker (helpers/extract/incidents: ranker, ranker_model, ranker_naming): the naming transforms the rules
and the ranker share, a row's candidates and their features on minimal sentences, the weights file, and the
ranker's choice applied to a row."""

import json
import math

import pandas as pd
import pytest

from helpers.extract import pipeline
from helpers.extract.incidents import ranker_model
from helpers.extract.incidents.component import rule_rows
from helpers.extract.incidents.ranker import FEATURES, Candidate, candidates, features
from helpers.extract.incidents.ranker_context import mention_counts
from helpers.extract.incidents.ranker_naming import SideNames, final_side, named_side, resolve_forces
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.sides import NOBODY, Party

DCT = pd.Timestamp("2018-06-01")
LNA = Party(-1, -1, "الجيش الوطني الليبي", "Libyan National Army (LNA)", "named", "army", "LY")
QAEDA = Party(-1, -1, "تنظيم القاعدة", "Al-Qaeda", "named", "armed_group")
FORCES = Party(10, 16, "القوات", "military forces", "state")
VIOLENT = ("Battles", "LY", True)


def rows_of(text: str) -> tuple:
    record = {"article_id": "a", "text": text, "dct": DCT, "dct_source": "published", "outlet": "Sky News Arabia",
              "body_start": 0}  # fmt: skip
    (article,) = pipeline.run([record])
    rows, context = rule_rows(article)
    return article, rows, context


def by_name(article, context, row, slot) -> dict[str, tuple[Candidate, dict[str, float]]]:
    found = candidates(article, context, row, slot)
    vectors = features(article, context, row, slot, found)
    pairs = zip(found, vectors, strict=True)
    return {c.english or "nobody": (c, dict(zip(FEATURES, v, strict=True))) for c, v in pairs}


# The shared naming function


def test_generic_forces_are_the_articles_army_at_their_own_span():
    resolved = resolve_forces(FORCES, LNA)
    assert resolved.english == LNA.english and (resolved.start, resolved.end) == (10, 16)
    assert resolve_forces(FORCES, NOBODY) == FORCES


def test_generic_forces_are_resolved_as_actor_1_only_as_the_rules_read_them():
    names = SideNames("", forces=LNA)
    assert named_side(FORCES, 1, VIOLENT, names, [])[0].english == LNA.english
    assert named_side(FORCES, 2, VIOLENT, names, [])[0].english == "military forces"


def test_rebels_are_the_articles_armed_group():
    rebels = Party(5, 15, "المتمردين", "rebels", "armed")
    named, _ = named_side(rebels, 2, VIOLENT, SideNames("", rebels=QAEDA), [])
    assert named.english == "Al-Qaeda" and named.start == 5


def test_civilian_victims_and_unnamed_protesters_get_acleds_labels():
    civilians = Party(5, 12, "مدنيين", "civilians", "civilian")
    assert named_side(civilians, 2, ("Violence against civilians", "SY", True), SideNames(""), [])[0].english == (
        "Civilians (Syria)"
    )
    assert named_side(NOBODY, 1, ("Protests", "SY", True), SideNames(""), [])[0].english == "Protesters (Syria)"


def test_a_country_fighting_is_its_military_forces_and_protesting_is_not_relabelled():
    turkey = Party(0, 5, "تركيا", "Turkey", "place", "place", "TR")
    assert named_side(turkey, 1, ("Battles", "SY", True), SideNames(""), [])[0].english == "Military Forces of Turkey"
    assert named_side(turkey, 2, ("Statement", "SY", False), SideNames(""), [])[0].english == "Turkey"


def test_a_person_settles_into_the_group_the_text_ties_him_to_only_in_an_act():
    norm = "اعتقل الجيش القيادي في تنظيم القاعدة ابو محمد"
    group = Party(norm.index("تنظيم"), norm.index(" ابو"), "تنظيم القاعدة", "Al-Qaeda", "named", "armed_group")
    person = Party(norm.index("ابو"), len(norm), "ابو محمد", "Abu Mohammed", "named", "person")
    names = SideNames(norm)
    event = ("Strategic developments", "LY", True)
    assert named_side(person, 2, event, names, [group, person])[1].english == "Al-Qaeda"
    assert final_side(person, 2, event, names, [group, person]).english == "Al-Qaeda"
    assert named_side(person, 2, ("Strategic developments", "LY", False), names, [group, person])[1] is None


# Candidates and features on minimal sentences


def test_the_candidates_are_the_sentences_parties_the_sentence_befores_and_nobody_last():
    article, rows, context = rows_of(
        "وصل الرئيس المصري عبد الفتاح السيسي إلى العريش صباح اليوم. واعتقلت الشرطة ثلاثة مسلحين في العريش الأربعاء."
    )
    (row,) = rows
    found = candidates(article, context, row, 1)
    assert found[-1].origin == "nobody" and not found[-1].name
    origins = {c.english: c.origin for c in found}
    assert origins["Police"] == "sentence" and origins["Abdel Fattah el-Sisi"] == "previous"


def test_the_rules_choice_is_flagged_on_each_side():
    article, (row,), context = rows_of("واعتقلت الشرطة ثلاثة مسلحين في العريش الأربعاء.")
    found = by_name(article, context, row, 1)
    assert found["Police"][0].rules == (True, False)
    assert found["Unidentified armed group"][0].rules == (False, True)
    assert found["Police"][1]["rules_this"] == 1 and found["Unidentified armed group"][1]["rules_other"] == 1
    assert by_name(article, context, row, 2)["Unidentified armed group"][1]["rules_this"] == 1


def test_the_subject_right_after_a_verb_is_adjacent_and_first_after_it():
    article, (row,), context = rows_of("واعتقلت الشرطة ثلاثة مسلحين في العريش الأربعاء.")
    found = by_name(article, context, row, 1)
    police, armed = found["Police"][1], found["Unidentified armed group"][1]
    assert police["after"] == police["adjacent"] == police["verb_first_after"] == 1
    assert armed["after"] == 1 and armed["adjacent"] == 0 and armed["verb_first_after"] == 0
    assert police["kind_forces"] == 1 and armed["kind_label"] == 1


def test_an_agent_after_a_passive_verb_is_cued_and_read_as_passive():
    article, (row,), context = rows_of("اُعتقل ثلاثة مسلحين في العريش الأربعاء على يد الشرطة.")
    found = by_name(article, context, row, 1)
    police, armed = found["Police"][1], found["Unidentified armed group"][1]
    assert police["cue_agent"] == 1 and armed["cue_agent"] == 0
    assert police["passive_after"] == 1


def test_an_actor_before_a_noun_trigger_is_its_nearest_before_and_a_target_after_على_is_cued():
    article, rows, context = rows_of("وقال أحمد المسماري إن الجيش الوطني الليبي شن هجوما على تنظيم القاعدة في درنة.")
    found = by_name(article, context, rows[0], 1)
    army, qaeda = found["Libyan National Army (LNA)"][1], found["Al-Qaeda"][1]
    assert army["before"] == army["noun_nearest_before"] == 1 and army["cue_on"] == 0
    assert qaeda["after"] == qaeda["cue_on"] == 1 and qaeda["kind_armed"] == 1


def test_nobody_has_only_its_own_features():
    article, (row,), context = rows_of("واعتقلت الشرطة ثلاثة مسلحين في العريش الأربعاء.")
    nobody = by_name(article, context, row, 1)["nobody"][1]
    assert nobody["nobody"] == 1
    assert nobody["before"] == nobody["after"] == nobody["kind_forces"] == 0
    assert nobody["log_mentions"] == nobody["most_named"] == nobody["main_forces"] == 0


def test_an_actor_named_twice_in_the_article_is_its_most_named_candidate():
    article, rows, context = rows_of(
        "شن الجيش الوطني الليبي هجوما على تنظيم القاعدة في درنة. وأعلن الجيش الوطني الليبي السيطرة على المدينة."
    )
    found = by_name(article, context, rows[0], 1)
    army, qaeda = found["Libyan National Army (LNA)"][1], found["Al-Qaeda"][1]
    assert army["log_mentions"] == pytest.approx(math.log1p(2)) and army["most_named"] == 1
    assert qaeda["log_mentions"] == pytest.approx(math.log1p(1)) and qaeda["most_named"] == 0


def test_the_articles_most_named_army_and_armed_group_are_flagged():
    article, rows, context = rows_of("شن الجيش الوطني الليبي هجوما على تنظيم القاعدة في درنة.")
    found = by_name(article, context, rows[0], 2)
    army, qaeda = found["Libyan National Army (LNA)"][1], found["Al-Qaeda"][1]
    assert army["main_forces"] == 1 and army["main_group"] == 0
    assert qaeda["main_group"] == 1 and qaeda["main_forces"] == 0


def test_mention_counts_count_an_actor_by_its_arabic_and_its_english_name():
    article, _, _ = rows_of("قال الجيش الوطني الليبي إن الجيش الوطني الليبي سيطر على درنة.")
    counts = mention_counts(article)
    assert counts["Libyan National Army (LNA)"] == 2 and counts["الجيش الوطني الليبي"] == 2


# The weights file and the ranker's choice


def weights_file(tmp_path, names=FEATURES, use=False, margin=0.2, nobody=0.0):
    path = tmp_path / "ranker.json"
    weights = {name: (nobody if name == "nobody" else 0.0) for name in names}
    data = {"features": list(names), "actor1": weights, "actor2": weights, "margin": margin, "use": use, "l2": 1}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_weights_file_is_read_with_its_margin_and_setting(tmp_path):
    ranker = ranker_model.read_ranker(weights_file(tmp_path, use=True, margin=0.3))
    assert ranker.margin == 0.3 and ranker.use and ranker.meta["l2"] == 1
    assert len(ranker.weights[0]) == len(FEATURES)


def test_a_weights_file_with_other_features_is_refused(tmp_path):
    with pytest.raises(ValueError):
        ranker_model.read_ranker(weights_file(tmp_path, names=FEATURES[:-1]))


def test_the_shipped_ranker_reads_the_current_features():
    assert ranker_model.ranker_path().exists()
    assert ranker_model.read_ranker(ranker_model.ranker_path()).weights


def test_probabilities_are_a_softmax_over_the_candidates(tmp_path):
    ranker = ranker_model.read_ranker(weights_file(tmp_path, nobody=1.0))
    vectors = [[0.0] * len(FEATURES), [1.0 if n == "nobody" else 0.0 for n in FEATURES]]
    low, high = ranker.probabilities(1, vectors)
    assert low + high == pytest.approx(1.0) and high > low


def test_the_ranker_replaces_the_rules_side_only_past_the_margin(tmp_path):
    article, rows, context = rows_of("واعتقلت الشرطة ثلاثة مسلحين في العريش الأربعاء.")
    keen = ranker_model.read_ranker(weights_file(tmp_path, nobody=5.0, margin=0.2))
    (changed,) = ranker_model.ranked(article, context, rows, keen)
    assert changed[COLUMN["actor1"]] == "" and changed[COLUMN["actor2_en"]] == ""
    shy = ranker_model.read_ranker(weights_file(tmp_path, nobody=5.0, margin=1.0))
    assert ranker_model.ranked(article, context, rows, shy) == rows


def test_actor_2_never_repeats_actor_1():
    police = Candidate("الشرطة", "Police", NOBODY, "sentence", (True, False))
    armed = Candidate("مسلحين", "Unidentified armed group", NOBODY, "sentence", (False, True))
    nobody = Candidate("", "", NOBODY, "nobody", (False, False))
    first, second = ranker_model.picked_sides([([police, armed, nobody], [0.8, 0.1, 0.1], 0),
                                               ([police, armed, nobody], [0.7, 0.2, 0.1], 0)])  # fmt: skip
    assert first is police and second is armed


def test_the_table_uses_the_ranker_only_when_its_file_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(ranker_model, "shipped_ranker", lambda: ranker_model.read_ranker(weights_file(tmp_path)))
    assert not ranker_model.use_ranker()
    on = weights_file(tmp_path, use=True)
    monkeypatch.setattr(ranker_model, "shipped_ranker", lambda: ranker_model.read_ranker(on))
    assert ranker_model.use_ranker()


def test_a_fill_only_ranker_keeps_a_side_the_rules_name_and_fills_an_empty_one():
    police = Candidate("الشرطة", "Police", NOBODY, "sentence", (True, False))
    nobody = Candidate("", "", NOBODY, "nobody", (False, True))
    found, probs = [police, nobody], [0.1, 0.9]
    assert ranker_model.choose(probs, found, 1, 0.0) == 1
    assert ranker_model.choose(probs, found, 1, 0.0, fill_only=True) == 0
    assert ranker_model.choose([0.9, 0.1], found, 2, 0.0, fill_only=True) == 0


def test_the_fill_only_setting_is_read_from_the_weights_file(tmp_path):
    path = weights_file(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "fill_only": True}), encoding="utf-8")
    assert ranker_model.read_ranker(path).fill_only and not ranker_model.read_ranker(weights_file(tmp_path)).fill_only


def test_actor_1_of_a_strike_is_read_as_its_attacker():
    from helpers.extract.incidents.ranker_naming import person_role

    assert person_role(1, "Explosions/Remote violence") == "attacker"
    assert person_role(1, "Battles") == person_role(1, "Violence against civilians") == "actor1"
