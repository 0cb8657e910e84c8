"""How far to trust a report: how to read it, the measured accuracy of the extractors it rests on, known limits.

The figures are copied from README.md's "Measured accuracy" table (one row per figure, with the set and the
date measured); update both together when a benchmark is re-run.
"""

from __future__ import annotations

import pandas as pd

from helpers.report.html import escape

MEASURED_ON = "2026-11-25"  # when the README's figures below were last measured
ACCURACY_COLUMNS = ["extractor", "set", "figure", "held_out", "measured", "command"]
ACCURACY = [
    (
        "NER (actors' model)",
        "ANERcorp CAMeL test, exact span",
        "neural F1 71.9 (P 79.3, R 65.8); AraBERT 83.1",
        True,
        "make bench-ner",
    ),
    ("NER (actors' model)", "AQMAR test (Wikipedia, out of domain)", "F1 38.2", True, "make bench-ner"),
    ("actors", "ANERcorp test PERS+ORG spans, overlap", "recall 76.6%, precision 91.5%", True, "make bench-ner"),
    (
        "places",
        "ANT gold: 16 random articles, 194 mentions",
        "84.5% found, 100% of those right; 0.62 false places per article",
        True,
        "make bench-places",
    ),
    (
        "places",
        "bundled gold: 16 articles, 205 mentions",
        "97.9% / 96.7% found, 100% / 98.3% right",
        False,
        "make bench-places",
    ),
    (
        "time expressions",
        "ANT news gold: 12 random articles, 58 expressions",
        "lenient F1 94.7, strict value F1 80.7",
        True,
        "make bench-timex",
    ),
    (
        "time expressions",
        "older news gold: 6 articles, 30 expressions",
        "lenient F1 95.1, strict value F1 88.5",
        True,
        "make bench-timex",
    ),
    (
        "time expressions",
        "Microsoft Recognizers specs, 644 cases",
        "72.0% right (62.7% on the 30% never read)",
        False,
        "make bench-timex",
    ),
]
DEPENDS_ON = {  # the extractors each report rests on
    "overview": [],
    "actors": ["NER (actors' model)", "actors"],
    "locations": ["places"],
    "timelines": ["time expressions"],
}
HOW_TO_READ = [
    "كل رقم عدٌّ آلي لما استخرجته القواعد والنموذج من المقالات، لا حكم على الوقائع / "
    "every figure is a machine count of what the rules and the model found in the articles, not a finding of fact.",
    "الجداول تُرتَّب وتُبحث وتُصفّى وتُنزَّل كاملة (CSV)؛ جداول الأدلة تعيد كل ذكر إلى جملته / "
    "tables sort, search, filter and download in full (CSV); evidence tables take each mention back to its sentence.",
    "الدقة المقيسة أدناه تقول كم يخطئ الاستخراج: اقرأ الأرقام الصغيرة بحذر وراجع الأدلة / "
    "the measured accuracy below says how often extraction errs: read small counts with care and check the evidence.",
]
LIMITS = {
    "overview": [
        "التاريخ هو تاريخ النشر من المصدر فقط / dates come from the publication field only, never from the body",
        "المكرر التقريبي يقوم على تشابه ٨٠٪ من متتاليات الكلمات / near duplicates share ≥80% of word shingles",
    ],
    "actors": [
        "النموذج يفوت نحو ربع الأشخاص والمنظمات، خاصة المذكورين بكلمة واحدة / "
        "the model misses about a quarter of persons and organisations, above all one-word names",
        "الرتبة أو الدور يُقرأ قبل الاسم فقط / ranks and roles are read before the name only",
        "الإسناد قائم على قواعد: المبتدأ قبل الفعل يفوته / "
        "attribution is rule-based: a subject before the verb is missed",
    ],
    "locations": [
        "أسماء بتهجئة لا يعرفها المعجم تفوت (نحو 15٪ من الأماكن في أخبار لم نرها) / "
        "names spelled in ways the gazetteer lacks are missed (about 15% of places in unseen news)",
        "أحياء درنة بلا إحداثيات خاصة تُرسم حول نقطة درنة / "
        "Derna's districts without their own point are drawn around Derna's",
        "المنشآت تأخذ نقطتها الخاصة في ليبيا وجيرانها فقط / "
        "facilities get their own point only in Libya and neighbours",
    ],
    "timelines": [
        "التعابير المرتبطة بحدث («بعد يومين من الهجوم») تُعلَّم وتبقى بلا تاريخ / "
        "expressions anchored to an event (two days after the attack) are marked and left undated",
        "المقالة بلا تاريخ تبقى تعابيرها نسبية / an undated article's relative times stay unresolved",
    ],
}


def accuracy_table(report: str | None = None) -> pd.DataFrame:
    """The measured accuracy (of the extractors ``report`` rests on, or all), one row per figure."""
    rows = [(*row[:3], "held-out" if row[3] else "in-sample", MEASURED_ON, row[4]) for row in ACCURACY]
    table = pd.DataFrame(rows, columns=ACCURACY_COLUMNS)
    if report is not None:
        table = table[table["extractor"].isin(DEPENDS_ON[report])].reset_index(drop=True)
    return table


def bilingual_html(line: str) -> str:
    """An "Arabic / English" line as Arabic, then the English on its own left-to-right line (escaped)."""
    arabic, _, english = line.partition(" / ")
    if not english:
        return escape(line)
    return f'{escape(arabic)}<span class="en" dir="ltr" lang="en">{escape(english)}</span>'


def intro_html(report: str) -> str:
    """The opening of a report: how to read it (three lines), its extractors' measured accuracy, known limits."""
    lines = "".join(f"<li>{bilingual_html(line)}</li>" for line in HOW_TO_READ)
    accuracy = accuracy_table(report)
    if accuracy.empty:
        measured = "<p>لا يعتمد هذا التقرير على مستخرج مقيس / this report rests on no measured extractor.</p>"
    else:
        items = "".join(
            f'<li><span dir="ltr" lang="en"><b>{escape(r.extractor)}</b>: {escape(r.figure)} — {escape(r.set)} '
            f"(<i>{escape(r.held_out)}</i>, measured {escape(r.measured)}, "
            f"<code>{escape(r.command)}</code>)</span></li>"
            for r in accuracy.itertuples()
        )
        measured = f"<ul>{items}</ul>"
    limits = "".join(f"<li>{bilingual_html(line)}</li>" for line in LIMITS[report])
    return (
        '<section class="ans-trust" dir="rtl">'
        f"<h2>كيف تقرأ هذا التقرير / How to read this report</h2><ol>{lines}</ol>"
        f"<h3>الدقة المقيسة / Measured accuracy</h3>{measured}"
        f"<h3>حدود معروفة / Known limits</h3><ul>{limits}</ul></section>"
    )
