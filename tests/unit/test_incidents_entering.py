"""Forces entering a place told subject first (helpers/extract/incidents/entering.py, read by
nonevents.other_use). Minimal pairs on the rule."""

from helpers.extract.incidents.entering import FORCES_ENTERING, without_forces
from helpers.text.normalize import normalize_letters


def _no_forces(sentence: str, form: str) -> bool:
    norm = normalize_letters(sentence)
    return without_forces(norm, (0, len(norm)), FORCES_ENTERING, norm.index(form))


def test_forces_that_entered_are_an_entry_and_an_accord_that_entered_into_force_is_not():
    assert not _no_forces("وقال المسماري إن الجيش الليبي دخل أكبر أحياء درنة ويتقدم بشكل ثابت.", "دخل")
    assert _no_forces("وقال إن الاتفاق دخل حيز التنفيذ أمس.", "دخل")


def test_the_masdar_is_an_entry_after_a_verb_of_success_only():
    assert not _no_forces("وقال مصدر إن المقاومة الشعبية نجحت في دخول التواهي.", "دخول")
    assert _no_forces("وتباهت الشرطة بأنها أتاحت دخول 1200 مصل إلى باحة الأقصى.", "دخول")


def test_forces_kept_from_entering_are_no_entry():
    assert _no_forces("وقالت الأمم المتحدة إن الحكومة تمنع قوات حفظ السلام من دخول مناطق في دارفور.", "دخول")


def test_other_rows_are_not_read():
    assert not without_forces("دخل حيز التنفيذ", (0, 15), "entry", 0)


def test_forces_that_entered_a_place_are_an_entry_and_forces_that_entered_a_state_or_talks_are_not():
    assert not _no_forces("وقال مصدر إن القوات الأمنية دخلت مدينة الرمادي فجر اليوم.", "دخلت")
    assert not _no_forces("وقال مصدر إن القوات التركية دخلت في عمق الأراضي السورية.", "دخلت")
    assert _no_forces("وقال مصدر إن القوات الأمنية دخلت في حالة استنفار قصوى.", "دخلت")
    assert _no_forces("وصرح بأن قوات المعارضة دخلت في مفاوضات مع الحكومة.", "دخلت")
    assert _no_forces("وقال إن الجيش دخل مرحلة جديدة من التحديث.", "دخل")
    assert _no_forces("وقال إن الجيش المصري دخل على خط الأزمة.", "دخل")
