"""Stop 40 (lead): a verbal attack by an office-holder or told with its reason or medium (scope.figurative with
vocabulary.SPEAKER_SUBJECT and VERBAL_AFTER); a generic side after لل written with its article (sides.py); a noun
in -iyya after a side is no adjective of it (vocabulary._IYYA_NOUNS). Minimal pairs through the pipeline; the
first assertion of each change fails on the code of stop 39 (the weapon guard passes on both)."""

from tests.unit.test_incidents_rules import events


def _triggers(text: str) -> list[str]:
    return [e["trigger"] for e in events(text)]


def test_hajama_with_an_office_holder_as_subject_is_words():
    assert "هاجم" not in _triggers("وهاجم رئيس الحكومة الإسرائيلية وزير خارجية إيران في القدس أمس.")
    assert "هاجم" in _triggers("وهاجم مسلحون مقر الحكومة في القدس أمس.")


def test_hajama_told_with_its_reason_or_medium_is_words():
    assert "هاجمت" not in _triggers("هاجمت الصين، الخميس، الولايات المتحدة بقولها إن واشنطن تسبب التوتر.")
    assert "هاجم" not in _triggers("وهاجم لافروف السلطات البريطانية لعرقلتها طلب روسيا.")
    assert "هاجم" not in _triggers("وفي تغريدة له، هاجم ترامب الديمقراطيين أمس.")
    assert "هاجم" in _triggers("وهاجم مستوطنون منازل الفلسطينيين في قرية بورين أمس.")


def test_a_weapon_near_keeps_the_attack_whoever_the_subject():
    assert "هاجم" in _triggers("وهاجم قائد ميليشيا بالرصاص حاجزا للشرطة في بغداد أمس.")


def test_a_side_after_the_definite_lam_keeps_its_article():
    sides = [e["actor2"] for e in events("وصلت تعزيزات عسكرية إلى مشارف درنة، في حملة عسكرية للقوات المسلحة.")]
    assert "قوات المسلحة" not in sides


def test_a_patrol_after_gunmen_is_not_their_adjective():
    (event,) = events("هاجم مسلحون دورية للشرطة في سيناء.")
    assert event["actor1"] == "مسلحون"
    (event,) = events("هاجم مسلحون مجهولون حاجزا للشرطة في سيناء.")
    assert event["actor1"].startswith("مسلحون مجهولون") or event["actor1_en"] == "Unidentified armed group"


def test_a_physical_target_keeps_the_attack_whatever_speech_is_near():
    """Reviewer's pairs: a cue of speech or an office-holder's title near a physical target is no verbal attack."""
    assert "هاجم" in _triggers("هاجم قيادي في حركة الشباب مع عناصره قاعدة عسكرية قرب مقديشو فجر الأحد.")
    assert "هاجم" not in _triggers("هاجم قيادي في حركة الشباب الحكومة الصومالية في كلمة مصورة.")
    assert "هاجم" in _triggers("هاجم عشرات المستوطنين المزارعين في بلدة ترمسعيا وسط نزاع بشأن أراض زراعية.")
    assert "هاجم" not in _triggers("هاجم وزير الخارجية الأوروبيين بشأن الاتفاق النووي.")


def test_a_weapon_named_as_a_topic_does_not_make_words_violence():
    text = "وهاجم نائب الوزير بعنف مستشار الأمن القومي الذي تحدث عن جعل البلاد خالية من {}."
    assert "هاجم" not in _triggers(text.format("الأسلحة النووية"))
    assert "هاجم" in _triggers(text.format("الأسلحة الرشاشة"))
