"""Annotator B (blind second annotation of events3): the rows I typed by hand -> events_b.tsv.
No extraction: each row carries a context snippet I copied by hand from the text; the script finds the snippet
(it must occur exactly once), and turns the trigger's position inside it into the trigger's occurrence number
(1-based, counting every substring hit in title + "\n" + text). dct comes from the TIME field in ../ids.txt
(converted to a UTC date). Run: python3 tests/data/heldout/events3/second/make_b.py"""
import datetime, email.utils, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
LNA = "Libyan National Army"
UIM = "Unidentified Islamist militants"
JAD = "Ibrahim Jadhran Militia"

HEADER = [
    "# Blind second annotation (annotator B) of the events3 sample: 20 articles, ACLED-style events, by hand.",
    "# Annotator: helper session B (worktree wtB3, branch s16B3), 2026-11-26 (UTC), written without seeing annotator A's rows.",
    "# Read only texts/<id>.txt (title + \"\\n\" + text) and ids.txt; no extractor or project code opened or run. Conventions from"
    " ../../events2/README.md and the '# ' header lines of ../../events2/events_gold.tsv (its rows not read).",
    "# Same 17 columns, ACLED event/sub-event types (+ Statement with empty sub type), folding rules, scope, actor naming,"
    " reported_as values and occurrence counting as events2. make_b.py writes this file from hand-typed rows.",
    "# Decisions, hard cases and the articles without events: NOTES_B.md.",
]
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

# (article, trigger, snippet containing the trigger, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date or None (= dct), precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # --- set a (Derna corpus) ---
    ("SK-middleEast-2112-20180602", "اشتباكات", "بعد اشتباكات مع عناصر", "Battles", "Armed clash", LNA, UIM,
     "Derna", "LY", None, "2", "", "", "Libyan military sources (via Sky News Arabia correspondent)", "reported",
     "LNA enters a western district of Derna after clashes; the four air strikes on the city centre late Saturday evening"
     " and the earlier artillery shelling of militants at the Korean buildings project (western entrance) are folded in;"
     " the residents' show of support in army footage is not coded"),
    ("SK-middleEast-949-20180411", "تعزيزات", "وكانت تعزيزات عسكرية كبيرة", "Strategic developments", "Other", LNA,
     "", "Derna", "LY", None, "3", "", "", "Sky News Arabia", "reported",
     "large military reinforcements arrived on the outskirts of Derna (pluperfect, no day given)"),
    ("SK-middleEast-949-20180411", "تحرير", "لمعاركة تحرير درنة", "Battles", "Armed clash", LNA, UIM,
     "Derna", "LY", None, "3", "", "", "LNA General Command (via Libyan News Agency)", "planned",
     "emergency meeting of LNA commanders (Wednesday, Shahat) on the final arrangements for the battle to liberate Derna;"
     " the meeting itself is not coded, the announced battle is a planned row"),
    ("SK-middleEast-2498-20180620", "الاشتباكات", "وتتواصل الاشتباكات", "Battles", "Armed clash", LNA, "Al Qaeda",
     "Al-Maghar, Derna", "LY", None, "2", "", "", "Libyan military sources (via Sky News Arabia)", "reported",
     "ongoing intermittent clashes; the advance and the siege of about 50 militants in al-Maghar are folded in; the"
     " commander's 'liberation within 48 hours' is a forecast, not coded; 'most districts regained since the operations"
     " began weeks ago' is the same campaign, folded"),
    ("SK-middleEast-2461-20180618", "سيطرت", "سيطرت ميليشيات على ميناءي", "Battles",
     "Non-state actor overtakes territory", JAD, LNA, "Ras Lanuf", "LY", "2018-06-14", "1", "", "", "Sky News Arabia",
     "reported", "militias led by Ibrahim Jadhran seized the Ras Lanuf and Es Sider ports ('last Thursday' = 2018-06-14);"
     " one row for both ports, as the text gives one event"),
    ("SK-middleEast-2461-20180618", "هجوم", "من شن هجوم كبير", "Battles", "Armed clash", LNA, JAD,
     "Ras Lanuf", "LY", None, "2", "", "", "Sky News Arabia; LNA spokesman", "reported",
     "LNA counter-attack to expel Jadhran's militias from the Oil Crescent; the air strikes on supply columns and on"
     " positions from Ras Lanuf to the outskirts of Sirte are folded in"),
    ("SK-middleEast-2461-20180618", "أضرمت", "أضرمت النيران في خزانين", "Strategic developments",
     "Looting/property destruction", JAD, "", "Ras Lanuf", "LY", None, "2", "", "", "Abdel Basset bin Hamel (analyst)",
     "claimed", "Jadhran's militias set fire to two oil tanks (only in the analyst's words; the text names no place,"
     " Ras Lanuf taken as the battle area)"),
    ("SK-middleEast-1777-20180517", "تقدم", "تقدم واسع للجيش", "Battles", "Government regains territory", LNA, UIM,
     "Derna", "LY", None, "2", "", "", "Libyan National Army; military sources", "reported",
     "LNA advances on several axes (east and west) and takes several positions after clashes; the capture of 'dozens'"
     " of foreign militants during these operations and the air strikes that killed 'a large number' are folded in"
     " (fatalities vague); Haftar's launch announcement at the Karama parade is background of the same campaign"),
    ("SK-middleEast-2645-20180628", "أعلن", "أعلن قائد الجيش الوطني", "Statement", "", LNA, "", "Derna", "LY",
     "2018-06-28", "1", "", "", "Khalifa Haftar (televised speech)", "reported",
     "Haftar announces on Thursday evening that Derna is fully liberated (the article's news)"),
    ("SK-middleEast-2645-20180628", "حرر", "حرر الجيش الوطني الليبي منطقة البلاد", "Battles",
     "Government regains territory", LNA, UIM, "Al-Bilad, Derna", "LY", "2018-06-28", "1", "", "",
     "Sky News Arabia sources", "reported", "LNA takes al-Bilad district, the last part of Derna, earlier on Thursday"),
    ("SK-middleEast-2645-20180628", "الاجتياح المقدس", "عملية الاجتياح المقدس", "Battles",
     "Government regains territory", LNA, "Unidentified armed group", "Ras Lanuf", "LY", None, "2", "", "",
     "Khalifa Haftar", "claimed", "operation 'Holy Sweep' launched days before retakes the Ras Lanuf and Es Sider ports"
     " ('the terrorists fled'); the result is only in Haftar's words; the pursuit is folded in"),
    ("BB-middleEast-1079-20181009", "ألقت القبض", "ألقت القبض على عشماوي", "Strategic developments", "Arrests", LNA,
     "Al Mourabitoun", "Al-Maghar, Derna", "LY", "2018-10-08", "1", "", "", "LNA spokesman; LNA statement", "reported",
     "capture of Hisham Ashmawi (wearing an explosive belt he could not detonate) with the wife and children of another"
     " leader; his past attacks (Minya, Wahat, Farafra 2014, assassinations) are undated or older background, not coded"),
    ("SK-middleEast-2318-20180611", "يعلن", "الجيش الليبي يعلن دخول", "Statement", "", LNA, "", "Derna", "LY", None,
     "2", "", "", "Ahmed al-Mismari (LNA spokesman)", "reported",
     "the LNA declares the Derna battle in its final stages (the article's news); 'many terrorists arrested and killed'"
     " is vague and inside the statement"),
    ("SK-middleEast-2318-20180611", "تقدم", "إنه تقدم في حي شيحا", "Battles", "Government regains territory", LNA,
     UIM, "Shiha, Derna", "LY", "2018-06-09", "2", "", "", "Libyan National Army", "claimed",
     "the army said it advanced in Shiha and reached al-Maghar on Saturday and Sunday (2018-06-09/10); the 'very fierce'"
     " fighting is folded in; the launch 'last month' is the same campaign, not a separate row"),
    # --- set b (multisource) ---
    ("AL-internationalNews-1234-20180518", "مجزرة", "مجزرة دامية", "Protests", "Excessive force against protesters",
     "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS", "2018-05-14", "2", "62", "exact",
     "Al Arabiya", "reported",
     "Israeli army fire on protesters at the Gaza border on Monday and Tuesday (2018-05-14/15), 62 killed and 3188 wounded;"
     " protest against the US embassy move and for the Nakba anniversary; one row for both days (one total given)"),
    ("SK-internationalNews-2600-20180712", "تمردوا", "قد تمردوا على طاقم", "Riots", "Mob violence",
     "Rioters (Migrants)", "Civilians (Italy)", "Vos Thalassa, Mediterranean Sea", "IT", None, "2", "", "",
     "Italian media", "reported",
     "some of the 67 rescued migrants rebelled against the crew of the Italian ship Vos Thalassa to avoid return to Libya;"
     " the crew locked the control room and called for help; at sea, country = the ship's (Italian); least certain row"),
    ("SK-internationalNews-1677-20180520", "واعتقلت", "واعتقلت السلطات آيدنلار", "Strategic developments", "Arrests",
     "Police Forces of Turkey", "Civilians (Turkey)", "Ataturk Airport, Istanbul", "TR", "2018-05-15", "1", "", "",
     "Hurriyet (via Sky News Arabia)", "reported",
     "singer Pinar Aydinlar (former HDP candidate) arrested on arrival from Germany to serve 10 months for 'terrorist"
     " propaganda' (2015 campaign speeches): political arrest"),
    ("SK-internationalNews-1677-20180520", "التعري", "أجبروا موكلته على التعري", "Violence against civilians",
     "Sexual violence", "Police Forces of Turkey (Prison Guards)", "Civilians (Turkey)", "Bakirkoy, Istanbul", "TR", "2018-05-15", "1",
     "", "", "Pinar Aydinlar; her lawyer Murat Ersek", "claimed",
     "forced strip search at Bakirkoy women's prison on her first day (15 May), by prison staff; only in her and her"
     " lawyer's words; the criminal complaint (Sunday) is a legal action, not coded"),
    ("BB-internationalNews-503-20180513", "اعتقال", "اعتقال معلم بتهمة", "Strategic developments", "Arrests",
     "Police Forces of Cambodia", "Civilians (Cambodia)", "Kampong Thom", "KH", None, "2", "", "",
     "Kampong Thom police chief (via Reuters)", "reported",
     "primary-school teacher Kheang Navy arrested for Facebook comments said to insult the king (first arrest under the"
     " new lese-majeste law); the CNRP's dissolution and Kem Sokha's arrest 'last year' are background, not coded"),
]


def dcts():
    out = {}
    for line in open(os.path.join(BASE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, t = line.split("\t")
        out[aid] = email.utils.parsedate_to_datetime(t).astimezone(datetime.timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    spos = [m.start() for m in re.finditer("(?=%s)" % re.escape(snippet), text)]
    assert len(spos) == 1, (snippet, len(spos))
    k = snippet.index(trigger)
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(spos[0] + k) + 1


def main():
    d = dcts()
    lines = HEADER + ["\t".join(COLS)]
    for (aid, trig, snip, et, st, a1, a2, loc, cc, date, prec, fat, q, src, rep, note) in ROWS:
        text = open(os.path.join(BASE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, snip)
        row = [aid, d[aid], trig, str(occ), et, st, a1, a2, loc, cc, date or d[aid], prec, fat, q, src, rep, note]
        assert all("\t" not in f and "\n" not in f for f in row), row
        lines.append("\t".join(row))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
