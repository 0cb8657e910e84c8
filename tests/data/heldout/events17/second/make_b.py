"""Annotator B's blind second annotation of events17: the hand-typed rows below -> events_b.tsv.
No extraction: each row's occurrence number comes from a hand-copied context snippet (the trigger's position inside
the unique snippet -> count of trigger hits before it in title+"\n"+text); dct comes from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events17/second/make_b.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
          "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
          "source", "reported_as", "note"]
BA = "Battles"
EXP = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"
PR = "Protests"
RI = "Riots"

# (article, trigger, context snippet containing the trigger once, type, sub, actor1, actor2, location, country,
#  event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # CN-middleEast-1053-20180530 (DCT Wed 30 May)
    ("CN-middleEast-1053-20180530", "خرج آلاف العاملين", "وخرج آلاف العاملين في القطاعات الطبية",
     PR, "Peaceful protest", "Protesters (Jordan)", "", "", "JO",
     "2018-05-30", "1", "", "", "CNN Arabic; Council of Professional Associations (Ali al-Abbous)", "reported",
     "Wednesday: general strike called by the professional and labour unions (more than 17 unions, parties, civil society) against the government's income-tax bill; thousands of shops closed and thousands of medical, technical and commercial workers went out 'in various places' denouncing the decision, protesters raised banners ('أضرب لأعيش' ...), 'tens of thousands' across the governorates (Ahmad Awad's estimate); no intervention described -> Peaceful protest (a strike with a demonstration described, so coded); nationwide, no town named for the protest (the dateline Amman is the reporter's) -> location empty. Not coded: the failed dialogue meeting with PM Hani al-Mulki, the social-media campaigns, al-Momani's statements (political)"),
    ("CN-middleEast-1053-20180530", "وقفة احتجاجية", "عن تنفيذ وقفة احتجاجية نقابية بعد انتهاء المهلة",
     PR, "Peaceful protest", "Protesters (Jordan)", "", "", "JO",
     "2018-06-06", "2", "", "", "Council of Professional Associations (statement)", "planned",
     "the unions announced a union protest sit-in after the end of the one-week deadline given to the government to withdraw the bill (and demands for the government's departure if it does not respond; 'further escalation steps' folded) -> planned; deadline announced on Wednesday 30 May + one week -> 6 June, precision 2; no place named"),
    # SK-middleEast-605-20180328 (DCT Wed 28 March, 01:24 UTC)
    ("SK-middleEast-605-20180328", "وغادرت مئة حافلة", "وغادرت مئة حافلة تقل قرابة سبعة الآف شخص",
     SD, "Non-violent transfer of territory", "Military Forces of Syria", "Faylaq al-Rahman", "Eastern Ghouta", "SY",
     "2018-03-28", "2", "", "", "SANA (Syrian news agency)", "reported",
     "SANA announced the largest convoy so far of fighters and civilians evacuated from Eastern Ghouta towards northern Syria: 100 buses with about 7,000 people, incl. 1,500 fighters, left the Faylaq al-Rahman-held area (coded as the spent SK-561 Eastern Ghouta evacuations: Non-violent transfer of territory; no day stated -> DCT, precision 2)"),
    ("SK-middleEast-605-20180328", "حشود موالية", "عن حشود موالية للنظام السوري حول مدينة دوما",
     SD, "Other", "Military Forces of Syria", "Jaysh al-Islam", "Douma", "SY",
     "2018-03-28", "2", "", "", "news reports; Syrian media", "reported",
     "pro-government forces massing around Douma, the last opposition pocket in Eastern Ghouta; Syrian media: the army directed all its forces in Eastern Ghouta to launch a huge operation in Douma unless Jaysh al-Islam agrees to leave, and Syria and Russia threatened an operation (folded: the threat and the conditional operation, not an event yet) -> troop build-up, Strategic developments/Other (borderline: could be left out as a threat). Not coded: Guterres' call to refer Syria to the ICC and the UN report (diplomatic/legal), the Russia-Jaysh al-Islam negotiations (talks, no agreement yet), Lowcock's '1,700 killed in the month since the ceasefire resolution' (Syria-wide toll, no perpetrator or type -> no row)"),
    # FR-internationalNews-1795-20180613 (DCT Wed 13 June)
    ("FR-internationalNews-1795-20180613", "هجوما واسعا", "الأربعاء هجوما واسعا على مدينة الحديدة",
     BA, "Armed clash", "Saudi-led coalition", "Houthis", "Al Hudaydah", "YE",
     "2018-06-13", "1", "", "", "AFP (France 24)", "reported",
     "Wednesday: Saudi and Emirati forces began a broad attack on Houthi-held Hodeidah city to take control of it (lead and body say the same; no capture stated -> Armed clash; actor1 the coalition, as 'Saudi and Emirati forces'). Not coded: Griffiths' statement and call for restraint, the French foreign ministry statement, the NGOs' letter asking to cancel the Paris conference, the planned conference (diplomatic), the war since March 2015 and its >10,000 dead (older than 12 months)"),
    # SK-internationalNews-1534-20180512 (DCT Sat 12 May)
    ("SK-internationalNews-1534-20180512", "اشتباكات", "قتل 19 شخصا، على الأقل، في اشتباكات بين جيش ميانمار",
     BA, "Armed clash", "Military Forces of Myanmar", "Ta'ang National Liberation Army", "Muse, Shan", "MM",
     "2018-05-12", "1", "19", "at_least", "military source (AFP); TNLA spokesman Mai Aik Kyaw", "reported",
     "Saturday from 5 a.m.: clashes between the Myanmar army and the Ta'ang National Liberation Army at 5 sites in northern Shan State, two of them army bases in Muse; at least 19 killed and more than 20 wounded (the day's total over all sites, not split by site -> carried by this row); title same. The site near a bridge on the road to Lashio is its own row (one location per row). Not coded: the clashes' intensification in recent months (vague, no number), the accusation of ethnic cleansing of the Rohingya in Rakhine (undated, background)"),
    ("SK-internationalNews-1534-20180512", "جسر على الطريق", "وآخر قرب جسر على الطريق إلى بلدة لاشيو",
     BA, "Armed clash", "Military Forces of Myanmar", "Ta'ang National Liberation Army", "Lashio road, Shan", "MM",
     "2018-05-12", "1", "", "", "TNLA spokesman Mai Aik Kyaw (AFP)", "reported",
     "Saturday: another of the 5 clash sites, near a bridge on the road to the town of Lashio (a differently named place -> own row; the 19 dead are carried by the Muse row, not split in the text)"),
    # FR-middleEast-602-20180607 (DCT Thu 7 June)
    ("FR-middleEast-602-20180607", "قتل 17 مقاتلا", "قتل 17 مقاتلا مواليا للنظام السوري على يد مسلحين",
     BA, "Armed clash", "Islamic State", "Military Forces of Syria", "As Suwayda", "SY",
     "2018-06-07", "2", "26", "exact", "Syrian Observatory for Human Rights (Rami Abdel Rahman)", "reported",
     "Islamic State attacks on pro-government forces in a desert area of Suwayda governorate (south): 17 pro-government fighters killed (9 of them from Iran-backed Shiite militias, 2 unidentified) and 9 IS militants killed in the clashes -> 26; the first such attacks in the area in over a year; announced Thursday, attack day not stated -> DCT, precision 2; actor2 Military Forces of Syria for the pro-government fighters incl. allied militias"),
    ("FR-middleEast-602-20180607", "قتل 45 مسلحا", "قتل 45 مسلحا مواليا للنظام جراء هجمات",
     BA, "Armed clash", "Islamic State", "Military Forces of Syria", "", "SY",
     "2018-06-04", "2", "45", "exact", "Syrian Observatory for Human Rights", "reported",
     "background: at the start of this week (DCT Thursday 7 June -> Monday 4 June, precision 2) 45 pro-government gunmen were killed in IS attacks on villages on the west bank of the Euphrates in eastern Syria (no village or town named -> location empty)"),
    ("FR-middleEast-602-20180607", "يرتفع عدد قتلى", "وبذلك، يرتفع عدد قتلى القوات الموالية للنظام إلى 179",
     BA, "Armed clash", "Islamic State", "Military Forces of Syria", "", "SY",
     "2018-06-07", "3", "268", "exact", "Syrian Observatory for Human Rights", "reported",
     "aggregate: 179 pro-government fighters and 89 jihadists killed since 22 May 2018 in IS attacks (179 + 89 = 268); areas not named (IS pockets in the Badia, Deir ez-Zor and the south) -> location empty; dated at the DCT, precision 3 (aggregate convention). Not coded: the 2014 caliphate and IS's territorial losses (old/generic)"),
    # SK-middleEast-3495-20180902 (DCT Sun 2 September)
    ("SK-middleEast-3495-20180902", "صاروخا باليستيا", "الأحد، صاروخا باليستيا أطلق من قبل الميليشيا الحوثية",
     EXP, "Shelling/artillery/missile attack", "Houthis", "Civilians (Saudi Arabia)", "Jazan", "SA",
     "2018-09-02", "1", "", "", "coalition spokesman Col. Turki al-Maliki", "reported",
     "Sunday 19:27: a ballistic missile fired by the Houthis from Yemen towards Jazan, intercepted and destroyed by Saudi air defence, no casualties; 'deliberately aimed at civilian, populated areas' -> actor2 Civilians (Saudi Arabia) (as the spent BB-249 and CN-435 intercepted missiles, coded as missile attacks, reported); title same. Not coded: the 185 ballistic missiles fired at Saudi Arabia so far (campaign since 2015, older than 12 months), the coalition's accusations against Iran (statement)"),
    # SK-middleEast-1065-20180415 (DCT Sun 15 April)
    ("SK-middleEast-1065-20180415", "دمرت نفقا", "ذكرت إسرائيل أنها دمرت نفقا يمتد من قطاع غزة",
     SD, "Disrupted weapons use", "Military Forces of Israel", "Hamas", "Gaza Strip", "PS",
     "2018-04-15", "2", "", "", "Israeli army (Lt. Col. Jonathan Conricus)", "claimed",
     "Israel says it detected and destroyed (sealed its opening, no explosives) an attack tunnel running 'kilometres' from the Gaza Strip across the border, which it says Hamas dug (no violence against persons -> Strategic developments/Disrupted weapons use; the army's words -> claimed; no day stated -> DCT, precision 2; location the Gaza Strip, where the tunnel runs from, no place named; borderline country: the opening may be on the Israeli side). Not coded: 'the fifth tunnel revealed in five months' (aggregate of undated steps, no row), the secret lab set up in 2016 and the underground wall (not events), the 2014 Gaza war (old)"),
    # BB-internationalNews-817-20180716 (DCT Mon 16 July)
    ("BB-internationalNews-817-20180716", "حادثة تسميم", "بعد عمليات الطرد التي أعقبت حادثة تسميم جاسوس روسي سابق",
     VAC, "Attack", "Unidentified armed group", "Civilians (United Kingdom)", "", "GB",
     "2018-07-16", "3", "", "", "BBC Arabic", "reported",
     "background: 'the poisoning of a former Russian spy in Britain' (Skripal), which was followed by the diplomatic expulsions; the text names no perpetrator, place or date -> Unidentified armed group, location empty, DCT precision 3 (as the spent SK-360 background row; type as events15 CN-581). Borderline (a subordinate mention in a summit explainer). Not coded: the Helsinki summit, the 2016 election interference (older than 12 months, cyber/political), the NATO statement, Crimea's 2014 annexation (old), sanctions, the expulsions (diplomatic)"),
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
        "# Hand-annotated ACLED-style EVENT gold set 17 (Arabic news), 20 articles: blind second annotation. Annotator: helper session (annotator B), 2026-11-26 (UTC).",
        "# Blind second annotation: texts/<id>.txt read by hand; no project code opened or run, annotator A's files not seen. Conventions of events15/README.md, events9/README.md and events8/README.md (and the spent sets' events_gold.tsv rows) (17 columns, ACLED types, folding, scope, actors, reported_as, occurrence counting).",
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
