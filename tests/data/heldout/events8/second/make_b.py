"""Annotator B's blind second annotation of events8: the hand-typed rows below -> events_b.tsv.
No extraction: each row's occurrence number comes from a hand-copied context snippet (the trigger's position inside
the unique snippet -> count of trigger hits before it in title+"\n"+text); dct comes from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events8/second/make_b.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
          "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
          "source", "reported_as", "note"]
EXP = "Explosions/Remote violence"
SD = "Strategic developments"
PR = "Protests"

# (article, trigger, context snippet containing the trigger once, type, sub, actor1, actor2, location, country,
#  event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    ("SK-middleEast-472-20180322", "عملية عسكرية في سنجار", "تلميحات الرئيس التركي رجب طيب أردوغان، بشأن عملية عسكرية في سنجار",
     "Battles", "Armed clash", "Military Forces of Turkey", "PKK: Kurdistan Workers' Party", "Sinjar", "IQ",
     "2018-05-01", "3", "", "", "Recep Tayyip Erdogan; Mevlut Cavusoglu", "planned",
     "Erdogan's hints at a military operation in Sinjar against the PKK, with Cavusoglu's earlier statement that after Afrin, in May, Turkish forces will move into northern Iraq (folded: same announced operation) -> one planned row, May -> 2018-05-01 precision 3; the ongoing Turkish air strikes on PKK members are generic and undated (not coded); Jaafari's meeting with the Turkish deputy minister on Wednesday is diplomatic"),
    ("AL-internationalNews-824-20180407", "وقُتل 8 متظاهرين", "وقُتل 8 متظاهرين فلسطينيين برصاص القوات الإسرائيلية",
     PR, "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS",
     "2018-04-06", "1", "8", "exact", "Gaza Health Ministry", "reported",
     "Friday (= DCT in UTC; TIME is Sat 03:39 +0400): 8 Palestinian demonstrators shot dead by Israeli forces during protests in the Gaza Strip, 442 wounded (health ministry), a 16-year-old among the dead; the 'March of Return' start is dated '30 April' in the text (after the DCT, an error) -> not coded separately; Kuwait's UNSC request and the US block are diplomatic"),
    ("CN-middleEast-579-20180411", "الهجوم الكيماوي", "بسبب الهجوم الكيماوي على مدينة دوما",
     EXP, "Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "Douma", "SY",
     "2018-04-11", "3", "", "", "CNN", "reported",
     "background: 'the chemical attack on the town of Douma' that prompted the expected US-led action against Assad's regime (perpetrator implied by the text: the regime); no day stated -> DCT precision 3; the possible strikes on Syria within 72 hours (Eurocontrol/EASA warning) are only possible, not announced -> not coded"),
    ("SK-middleEast-561-20180326", "لاتفاق يوم الجمعة", "وتوصلت جماعة فيلق الرحمن، وهي الجماعة الرئيسية في منطقة عربين بالغوطة الشرقية، لاتفاق يوم الجمعة",
     SD, "Agreement", "Faylaq al-Rahman", "Government of Syria", "Arbin", "SY",
     "2018-03-23", "1", "", "", "Sky News Arabia", "reported",
     "Friday: Faylaq al-Rahman, main group in the Arbin area of Eastern Ghouta, reached a deal to hand the area to the government and be moved to rebel-held north-west Syria"),
    ("SK-middleEast-561-20180326", "استقلوا 77 حافلة", "استقلوا 77 حافلة يوم الأحد",
     SD, "Non-violent transfer of territory", "Military Forces of Syria", "Faylaq al-Rahman", "Eastern Ghouta", "SY",
     "2018-03-25", "1", "", "", "Syrian state media (SANA)", "reported",
     "Sunday, second day of the evacuation: more than 5000 rebel fighters and families boarded 77 buses to leave Eastern Ghouta under the Arbin deal; Saturday's first day (about 1000 fighters and relatives left, SANA) folded into this row (same evacuation operation); also title 'مجموعة ثانية من المقاتلين يغادرون'"),
    ("SK-middleEast-561-20180326", "تسيطر القوات الموالية للحكومة السورية", "تسيطر القوات الموالية للحكومة السورية على معظم المعقل السابق",
     "Battles", "Government regains territory", "Military Forces of Syria", "Syrian rebels", "Eastern Ghouta", "SY",
     "2018-03-26", "3", "", "", "Sky News Arabia", "reported",
     "aggregate: after a month-long air and ground offensive and the evacuation deals with Faylaq al-Rahman and Ahrar al-Sham, pro-government forces control most of the former rebel stronghold (only Douma left); the siege since 2013 is too old"),
    ("CN-middleEast-21-20180219", "أسقطتها إسرائيل", "طائرة إيرانية بدون طيار أسقطتها إسرائيل",
     SD, "Disrupted weapons use", "Military Forces of Israel", "Military Forces of Iran", "", "IL",
     "2018-02-19", "3", "", "", "Benjamin Netanyahu", "claimed",
     "background, opinion article: Netanyahu showed a piece of metal he said was part of an Iranian drone shot down by Israel after entering Israeli airspace (his assertion -> claimed); no date or place in the text -> DCT precision 3, location empty; the Munich conference speeches, the US UNSC draft on Yemen arms and the accusations against Iran are not coded"),
    ("SK-internationalNews-936-20180416", "اجتاحت اعتصامات وتظاهرات", "اجتاحت اعتصامات وتظاهرات مختلف أنحاء تركيا، الاثنين",
     PR, "Peaceful protest", "Protesters (Turkey)", "", "", "TR",
     "2018-04-16", "1", "", "", "Sky News Arabia", "reported",
     "Monday (= DCT): sit-ins and demonstrations by supporters of the main opposition party (CHP) in all 81 provinces against the extension of the state of emergency; no single place -> location empty; Istanbul is its own row; the post-July-2016 arrest campaign is more than 12 months before the DCT"),
    ("SK-internationalNews-936-20180416", "منعتهم الشرطة", "بعدما منعتهم الشرطة من الوصول إلى الميدان الرئيسي",
     PR, "Protest with intervention", "Protesters (Turkey)", "Police Forces of Turkey", "Taksim, Istanbul", "TR",
     "2018-04-16", "1", "", "", "Sky News Arabia", "reported",
     "Monday: hundreds of CHP supporters demonstrated in a street near Taksim Square after police prevented them from reaching the square"),
    ("SK-middleEast-3102-20180725", "تظاهرة واسعة", "إلى تظاهرة واسعة أمام مبنى المحافظة",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Dhi Qar", "IQ",
     "2018-07-25", "3", "", "", "Coordinating committees of the Dhi Qar protests (statement)", "planned",
     "the coordinating committees called for a large demonstration in front of the Dhi Qar governorate building (demanding the governor's dismissal and services); no date -> DCT precision 3"),
    ("SK-middleEast-3102-20180725", "وبدأت التظاهرات السلمية", "وبدأت التظاهرات السلمية في مدينة البصرة",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Basra", "IQ",
     "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "background: peaceful protests for services began in Basra at the start of July (month -> first day, precision 3)"),
    ("SK-middleEast-3102-20180725", "ووصلت إلى الناصرية", "ووصلت إلى الناصرية والديوانية وكربلاء",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Nasiriyah", "IQ",
     "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "background: the protests spread (and 'took a violent turn', said of the movement generally) to Nasiriyah, Diwaniyah and Karbala; one row per named town; no day -> July, precision 3"),
    ("SK-middleEast-3102-20180725", "والديوانية", "ووصلت إلى الناصرية والديوانية وكربلاء",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Diwaniyah", "IQ",
     "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "background: Diwaniyah part of the spread (see Nasiriyah row)"),
    ("SK-middleEast-3102-20180725", "وكربلاء", "ووصلت إلى الناصرية والديوانية وكربلاء",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Karbala", "IQ",
     "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "background: Karbala part of the spread (see Nasiriyah row)"),
    ("SK-middleEast-3102-20180725", "واجهت قوات الأمن المتظاهرين بالقوة", "حيث واجهت قوات الأمن المتظاهرين بالقوة",
     PR, "Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq", "Baghdad", "IQ",
     "2018-07-20", "1", "4", "exact", "Sky News Arabia", "reported",
     "background: Friday (DCT Wednesday -> 20 July) in Baghdad security forces met protesters with force, 4 killed; 'thousands demonstrated on Friday in several areas incl. Baghdad', water cannon and tear gas when they tried to reach the Green Zone: same Baghdad event, folded; the other unnamed areas are not coded; the calm since Monday and the tribal sheikhs' one-week deadline are not coded"),
    ("FR-internationalNews-1859-20180617", "فجر انتحاري نفسه في حشد", "بعد أن فجر انتحاري نفسه في حشد",
     EXP, "Suicide bomb", "Islamic State", "Civilians (Afghanistan)", "Rodat, Nangarhar", "AF",
     "2018-06-16", "2", "25", "at_least", "Spokesman of the Nangarhar governor (Attaullah Khogyani)", "reported",
     "suicide bomber blew himself up in a crowd of Taliban members, security forces and civilians celebrating the Eid truce in Rodat district, Nangarhar: at least 25 killed, 54 injured; no claim, an Afghan security source did not rule out IS and the title says security sources attributed it to IS -> actor1 Islamic State; day implied (Saturday, the day of Ghani's call 'after' the killing) -> precision 2; title 'هجوم انتحاري' and the later mentions are the same event"),
    ("FR-internationalNews-1859-20180617", "تمديد وقف لإطلاق النار", "أعلن فيه الرئيس الأفغاني أشرف غني تمديد وقف لإطلاق النار مدته أسبوع",
     SD, "Agreement", "Government of Afghanistan", "Taliban", "", "AF",
     "2018-06-16", "1", "", "", "France 24", "reported",
     "Saturday: Ghani announced (televised address) the government's one-week extension of its ceasefire with the Taliban and called on them to extend theirs (ending Sunday); a differently dated step of the ceasefire -> own row; the call itself is not a separate event"),
    ("FR-internationalNews-1859-20180617", "وقف قوات الشرطة والجيش عملياتها", "إعلان الرئيس الأفغاني وقف قوات الشرطة والجيش عملياتها ضد طالبان لثمانية أيام",
     SD, "Agreement", "Government of Afghanistan", "Taliban", "", "AF",
     "2018-06-12", "2", "", "", "France 24", "reported",
     "background: Ghani's earlier announcement that police and army halt operations against the Taliban for eight days from last Tuesday (DCT Sunday 17 June -> Tuesday 12 June; the start date, announcement day not stated -> precision 2), IS excluded"),
    ("FR-internationalNews-1859-20180617", "أعلنت التزامها بوقف النار", "وكانت حركة طالبان قد أعلنت التزامها بوقف النار",
     SD, "Agreement", "Taliban", "Government of Afghanistan", "", "AF",
     "2018-06-17", "3", "", "", "France 24", "reported",
     "background: the Taliban's commitment to a ceasefire for the first three days of Eid al-Fitr (no attacks on Afghan forces), while continuing to target NATO forces (generic, not coded); day of the announcement not stated -> DCT precision 3; the fraternisation scenes are not coded"),
    ("FR-internationalNews-1431-20180525", "قتل حوالي 121 فلسطينيا", "بعد أن قتل حوالي 121 فلسطينيا برصاص القوات الإسرائيلية",
     PR, "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS",
     "2018-05-25", "3", "121", "about", "France 24", "reported",
     "aggregate: about 121 Palestinians killed by Israeli fire in the 'March of Return' protests on the Gaza border since 30 March (later '121' without 'about'); the 14 May peak is mentioned without detail -> folded; the Supreme Court ruling and the April petition are legal actions; the 2014 truce and the three wars since 2008 are history"),
]


def dcts():
    out = {}
    for line in open(os.path.join(ROOT, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _set, _where, time = line.split("\t")
        out[aid] = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    starts = [m.start() for m in re.finditer("(?=%s)" % re.escape(snippet), text)]
    assert len(starts) == 1, (snippet, len(starts))
    inner = snippet.index(trigger)
    assert snippet.count(trigger) == 1, (trigger, snippet)
    pos = starts[0] + inner
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    d = dcts()
    lines = [
        "# Hand-annotated ACLED-style EVENT gold set 8 (Arabic news), 20 articles: blind second annotation. Annotator: helper session (annotator B), 2026-11-26 (UTC).",
        "# Blind second annotation: texts/<id>.txt read by hand; no project code opened or run, annotator A's files not seen. Conventions of events7/README.md (17 columns, ACLED types, folding, scope, actors, reported_as, occurrence counting).",
        "# make_b.py writes this file from typed rows; occurrence from a hand-copied context snippet; dct from ids.txt (TIME -> UTC date). Decisions and articles without events: NOTES_B.md.",
        "\t".join(HEADER),
    ]
    for r in ROWS:
        aid, trig, snip = r[0], r[1], r[2]
        text = open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, snip)
        row = [aid, d[aid], trig, str(occ)] + list(r[3:])
        assert len(row) == 17, row
        lines.append("\t".join(row))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
