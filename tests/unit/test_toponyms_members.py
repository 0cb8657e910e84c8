"""Members of a list of places the gazetteer lacks, after a dual or plural place word
(helpers/extract/toponyms/members.py), as the places component leaves them."""

from helpers.extract import pipeline
from helpers.extract.toponyms.members import list_members
from helpers.extract.toponyms.mention import PlaceMention
from helpers.text.normalize import normalize_letters


def unresolved(text: str) -> list[str]:
    """The surfaces of the article's place mentions the gazetteer does not resolve."""
    (article,) = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))
    return [m.surface for m in article.places if m.place is None]


def test_the_second_name_of_a_dual_is_a_place_too():
    assert unresolved("سيطرت المقاومة على منطقتي السدة وحزم العديد.") == ["السدة", "حزم العديد"]


def test_after_a_singular_place_word_a_common_word_after_wa_is_no_place():
    assert unresolved("سيطرت المقاومة على منطقة السدة وحزم الأمتعة.") == ["السدة"]


def test_a_plural_place_word_lists_every_member_joined_by_wa_or_a_comma():
    found = unresolved("قصفت الطائرات مناطق المعاين، والطلح، ومران، وكتاف، ونقعة بمحافظة صعدة.")
    assert found[:5] == ["المعاين", "الطلح", "مران", "كتاف", "نقعة"]


def test_a_list_ends_at_a_common_word():
    assert unresolved("سيطرت المقاومة على مناطق الجفينة واجزاء من الطريق.") == ["الجفينة"]


def test_a_dual_has_two_members_only():
    text = "قصف المسلحون بلدتي الفوعة وكفريا ومعرشمارين."
    assert unresolved(text)[:2] == ["الفوعة", "كفريا"] and "معرشمارين" not in unresolved(text)


def test_a_two_word_member_ends_at_the_next_joint():
    found = unresolved("اندلعت اشتباكات في مناطق الجفينة والتباب السود والسد القديم.")
    assert found == ["الجفينة", "التباب السود", "السد القديم"]


def test_a_list_needs_its_first_member_right_after_the_place_word():
    text = "وصلت القوات إلى مناطق جديدة وكفريا."
    norm = normalize_letters(text)
    assert list_members(text, norm, []) == []
    first = PlaceMention(text.index("جديدة"), text.index("جديدة") + 5, "جديدة", "جديده", [])
    assert [m.surface for m in list_members(text, norm, [first])] == ["كفريا"]


def test_a_definite_adjective_after_the_last_member_is_no_part_of_its_name():
    assert unresolved("نفذ التحالف غارات على مناطق الملاحيظ والظاهر وشدا الحدودية.") == ["الملاحيظ", "الظاهر", "شدا"]
    assert unresolved("نفذ التحالف غارات على مناطق الملاحيظ والظاهر وشدا الحدود.") == [
        "الملاحيظ",
        "الظاهر",
        "شدا الحدود",
    ]


def test_a_name_placed_by_a_direction_does_not_take_the_next_member_as_its_second_word():
    assert unresolved("اندلعت مواجهات في منطقتي الحصبة وصوفان شمالي العاصمة صنعاء.") == ["الحصبة", "صوفان"]
    assert unresolved("اشتباكات في حي عرب جبور التابع لمنطقة الدورة.")[0] == "عرب جبور"
