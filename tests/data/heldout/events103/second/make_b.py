"""Bookkeeping helper for annotator B of the events103 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur53/events103/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 103 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (its seeds and stop not read: I did not open sample.py, per my brief). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; set 'a' and 'b' per ids.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT); (b) 10 with no text filter, >=3 sources (got, by source, from ids.txt, a: alweeam 3, aawsat 2, aljazirah 2, alriyadh 2, alwatan 1; b: alriyadh 3, aawsat 2, aleqtisadiya 1, aljazirah 1, alwatan 1, alyaum 1, sabq 1).
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. make_b.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in NOTES_B.md). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

ERV = "Explosions/Remote violence"
BAT = "Battles"
SD = "Strategic developments"
VAC = "Violence against civilians"
PRO = "Protests"
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
CIVYE = "Civilians (Yemen)"
WT801 = "SN-alwatan-20150801-801"
RY770 = "SN-alriyadh-20150811-770"
WM1162 = "SN-alweeam-20150807-1162"
WM853 = "SN-alweeam-20150801-853"
JZ381 = "SN-aljazirah-20150804-381"
SB3154 = "SN-sabq-20150806-3154"
POLIQ = "Police Forces of Iraq"
POLUS = "Police Forces of the United States"
PROUS = "Protesters (United States)"
MILEG = "Military Forces of Egypt"
EGSRC = "Egyptian security sources in North Sinai (via Al Jazirah)"
LAHSRC = "popular resistance spokesman in Lahij Qaed Nasr (to Al-Seyassah, via Al Weeam)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WT801, "أعدم 19 شخصا", "بأن داعش أعدم 19 شخصا من مرتزقته تحت الجسر القديم في الفلوجة",
     VAC, "Attack", IS, IS, "Old Bridge, Fallujah", "IQ", "2015-08-01", "2", "19", "exact",
     "unnamed security source (via Al Watan)", "reported",
     "the title's news: ISIS executed 19 of its own fighters under the old bridge in Fallujah for fleeing / failing to "
     "fight the government forces in the ongoing Anbar battles (summary execution of its own members -> Violence against "
     "civilians/Attack, Islamic State vs Islamic State, as the spent aawsat-274 and almadina-534 rows; the title's and "
     "lead's 'إعدام 19' are the same event -> one row; no day stated -> DCT, precision 2; alternative location 'Fallujah'). "
     "Not coded: ISIS moving its families towards Hit and al-Qaim (movement), the 'ongoing battles in Anbar' (generic), "
     "the Karbala Friday sermon (statement)"),
    (WT801, "إحباط محاولة تسلل", "أمس إحباط محاولة تسلل لعناصر تنظيم داعش شرق الرمادي",
     BAT, CLASH, POLIQ, IS, "Husaiba, Anbar", "IQ", "2015-07-31", "2", "8", "exact",
     "Iraqi Federal Police command (commander Lt. Gen. Raed Shaker Jawdat, statement, via Al Watan)", "claimed",
     "the Federal Police command announced 'yesterday' (DCT Saturday 1 August -> 31 July; the foiling's own day not stated "
     "-> precision 2) that a Federal Police force foiled an infiltration attempt by ISIS members in East Husaiba, east of "
     "Ramadi, killed eight of them and seized 17 anti-armour rockets (8 exact; 'Husaiba, Anbar' as the spent "
     "aleqtisadiya-146/alwatan-1105 rows; the commander's statement -> claimed); folded: the Kornet missile battalion's "
     "destruction of four vehicles and three ISIS sniper hideouts on the east-Ramadi axis (same force, place and "
     "statement; alternative its own Shelling/artillery/missile attack row)"),
    (RY770, "تبادل لإطلاق النار", "فأصابوا شابا عمره 18 عاما بإصابات خطيرة في تبادل لإطلاق النار",
     BAT, CLASH, UAG, POLUS, "Ferguson", "US", "2015-08-09", "2", "", "",
     "Reuters (via Al Riyadh)", "reported",
     "the title's 'shooting during protests': officers shot and seriously wounded an 18-year-old man (Tyrone Harris, "
     "later charged with assaulting officers and firing at a car) in an exchange of fire during a day of peaceful "
     "demonstrations on the anniversary of Michael Brown's killing (a gunman of no named group -> Unidentified armed group "
     "vs Police Forces of the United States, as the spent adjudicated aawsat-157 and aawsat-108 rows of the same "
     "shooting); folded: the lead's 'violence that erupted during the night' (no act described beyond the shooting; "
     "alternative its own Riots/Violent demonstration row as the spent aawsat-108); the night before Monday's "
     "emergency declaration (DCT Tuesday 11 August) -> 9 August, precision 2; wounded only -> fatalities empty. Not "
     "coded: the state of emergency declared Monday (government measure), the charges and bail (legal), Brown's killing "
     "a year earlier (more than 12 months before the DCT)"),
    (RY770, "المظاهرات السلمية", "خلال يوم من المظاهرات السلمية",
     PRO, "Peaceful protest", PROUS, "", "Ferguson", "US", "2015-08-09", "2", "", "",
     "Reuters (via Al Riyadh)", "reported",
     "the day of peaceful demonstrations in Ferguson marking the first anniversary of Michael Brown's killing (as the "
     "spent aawsat-157/aawsat-164/aawsat-108 anniversary rows; the text gives no day, the day before Monday's declaration "
     "-> 9 August, precision 2)"),
    (RY770, "عشرات المحتجين اعتقلوا", "إن عشرات المحتجين اعتقلوا يوم الاثنين",
     PRO, "Protest with intervention", PROUS, POLUS, "Ferguson", "US", "2015-08-10", "1", "", "",
     "a Reuters witness (via Al Riyadh)", "reported",
     "'on Monday' (DCT Tuesday 11 August -> 10 August) dozens of protesters were arrested after they blocked traffic "
     "during rush hour on a highway some kilometres from Ferguson, during protests commemorating the police shooting of "
     "Brown (protest ended by arrests -> Protest with intervention; the arresting force not named, police implied -> "
     "Police Forces of the United States; the highway is not named, the text places it by Ferguson -> 'Ferguson', "
     "alternative 'St. Louis')"),
    (WM1162, "ألقت قوات الأمن التركية", "ألقت قوات الأمن التركية، فجر اليوم الجمعة، القبض على 17",
     SD, "Arrests", POLTR, IS, "Manisa", "TR", "2015-08-07", "1", "", "",
     "Anadolu Agency (security sources)", "reported",
     "the title's news: at dawn 'today Friday' (DCT Friday 7 August -> 7 August, precision 1) Turkish security forces "
     "arrested 17 people suspected of belonging to ISIS in raids in Manisa, western Turkey; counter-terrorism forces with "
     "the gendarmerie raided several places simultaneously (folded); suspected of links to ISIS members in Syria and of "
     "recruiting -> actor2 Islamic State, as the spent alriyadh-676/aljazirah-307 rows of the same Anadolu text"),
    (WM1162, "خمس عمليات أمنية متزامنة", "فجر اليوم الجمعة، خمس عمليات أمنية متزامنة في العاصمة أنقرة",
     SD, "Arrests", TUR, PKK, "Ankara", "TR", "2015-08-07", "1", "", "",
     "Anadolu Agency (security sources)", "reported",
     "borderline: at dawn 'today Friday' (7 August) the Turkish gendarmerie carried out five simultaneous security "
     "operations in Ankara on places suspected of sheltering PKK members (the lead's 'campaigns targeting PKK members in "
     "Ankara' is the same event -> one row; raids of a crackdown -> Arrests though no arrest is stated; gendarmerie -> "
     "Military Forces of Turkey, as the spent alriyadh-676 row; alternative not coded, as the spent adjudicated "
     "aljazirah-307)"),
    (WM1162, "الهجمات الإرهابية", "نتيجة الهجمات الإرهابية التي استهدفت تركيا، في الفترة من 7 يوليو",
     BAT, CLASH, UAG, POLTR, "", "TR", "2015-07-07", "3", "28", "exact",
     "Anadolu Agency (informed sources)", "reported",
     "aggregate: the terrorist attacks that targeted Turkey from 7 July to 5 August killed 22 security men and 6 "
     "citizens and wounded 89 (22 + 6 = 28 exact, as the spent adjudicated alriyadh-676 row; alternative 39 with the 11 "
     "'terrorists' killed in clashes, as the spent aljazirah-307 row); folded: the burning of more than 100 vehicles and "
     "the 11 'terrorists' killed in clashes with the security forces in the same period; attackers not named -> "
     "Unidentified armed group; mostly security men -> Police Forces of Turkey; dated at the period's start, precision 3; "
     "no place -> location empty"),
    (WM853, "المقاومة تتقدم باتجاه الحوطة", "المقاومة تتقدم باتجاه الحوطة ووصلت إلى منطقة بيت عياض",
     BAT, CLASH, YR, HOU, "Bayt Ayyad, Lahij", "YE", "2015-08-01", "2", "", "",
     LAHSRC, "claimed",
     "the spokesman: the resistance is advancing towards al-Hawtah (capital of Lahij), has reached the Bayt Ayyad area and "
     "is 3 km from al-Hawtah in the direction of al-Mahalla, but the militias' mines in al-Hawtah, snipers on its roofs and "
     "the unfinished clearing of al-Madina al-Khadra have held back the storming of the city (ongoing advance, no day -> "
     "DCT, precision 2; the first named place reached -> 'Bayt Ayyad, Lahij', alternative 'Al Hawtah, Lahij'; the mines "
     "and snipers folded; the spokesman's words -> claimed)"),
    (WM853, "بحسم المعركة في المدينة الخضراء", "عدم قيام المقاومة بحسم المعركة في المدينة الخضراء إحدى ضواحي مدينة عدن",
     BAT, CLASH, YR, HOU, "Green City, Aden", "YE", "2015-08-01", "2", "", "",
     LAHSRC, "claimed",
     "the spokesman: the resistance has not yet decided the battle in al-Madina al-Khadra ('the Green City'), a suburb of "
     "Aden, still not cleared of the militias (an ongoing battle in a named place -> own row; 'Green City, Aden' as the spent "
     "alweeam-920 row; no day -> DCT, precision 2). "
     "Not coded: Iranian Revolutionary Guard experts said to be inside al-Anad base training the Houthis (presence, no "
     "act), the 30 Houthi vehicles of reinforcements that passed a secret road from Taiz 'the day before yesterday' "
     "(troop movement), the 1,320 southern prisoners held in al-Anad as human shields (status), the resistance's "
     "reinforcements sent to al-Horour east of the al-Anad triangle after detecting militia infiltration attempts "
     "(deployment; alternative Strategic developments/Other), the delayed attack on al-Anad (no act)"),
    (JZ381, "وجنوب وغرب الشيخ زويد", "فى عدة مناطق شرق وجنوب العريش وجنوب وغرب الشيخ زويد",
     SD, "Other", MILEG, UAG, "Sheikh Zuweid", "EG", "2015-08-04", "2", "", "",
     EGSRC, "reported",
     "the title's news: the Egyptian army, backed by the civilian police, continues its security operations and "
     "pre-emptive strikes on terrorist hideouts in several areas of North Sinai; this row the areas south and west of "
     "Sheikh Zuweid (one location per row, as the spent aljazirah-457/aljazirah-357 sweep rows; no clash, toll or place "
     "of a strike stated -> Strategic developments/Other; army with police -> Military Forces of Egypt; ongoing, no day "
     "-> DCT, precision 2); folded: the witnesses' new security positions south of Sheikh Zuweid, the 'violent pursuits' "
     "with successive explosions heard. Not coded: the closure of five main squares in al-Arish, Sheikh Zuweid and Rafah "
     "and the checkpoints on the Arish-Qantara road (security measures)"),
    (JZ381, "شرق وجنوب العريش", "فى عدة مناطق شرق وجنوب العريش",
     SD, "Other", MILEG, UAG, "Al Arish", "EG", "2015-08-04", "2", "", "",
     EGSRC, "reported",
     "the same North Sinai sweep, areas east and south of al-Arish (own row; see the Sheikh Zuweid row; the Arish-Rafah "
     "international road folded here)"),
    (JZ381, "وجنوب وغرب رفح", "وجنوب وغرب رفح ومحيط الطريق الدولى",
     SD, "Other", MILEG, UAG, "Rafah", "EG", "2015-08-04", "2", "", "",
     EGSRC, "reported",
     "the same North Sinai sweep, areas south and west of Rafah (own row; see the Sheikh Zuweid row; the border villages "
     "with Gaza folded here)"),
    (JZ381, "ألقت القبض على قيادات", "القوات ألقت القبض على قيادات من جماعات الإرهابية مسلحة",
     SD, "Arrests", MILEG, UAG, "North Sinai", "EG", "2015-08-04", "2", "", "",
     EGSRC, "reported",
     "the same sources: the forces arrested leaders of armed terrorist groups (no group named -> Unidentified armed "
     "group; no place beyond North Sinai; no day -> DCT, precision 2)"),
    (JZ381, "وفككت عبوات ناسفة", "وفككت عبوات ناسفة كانت معدة للتفجير على طريق القوات",
     SD, "Disrupted weapons use", MILEG, UAG, "North Sinai", "EG", "2015-08-04", "2", "", "",
     EGSRC, "reported",
     "the forces defused explosive devices prepared to be detonated on the forces' route (defused IEDs -> Disrupted "
     "weapons use, as the spent alwatan-1068 row; no place beyond North Sinai; no day -> DCT, precision 2)"),
    # ---- set b (no text filter) ----
    (SB3154, "التفجير الإرهابي", "بالتفجير الإرهابي الذي وقع ظهر اليوم الخميس في مسجد مقر قوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Sabq; GPCPV president Sheikh Abdulrahman al-Sanad (condemnation)", "reported",
     "background to the condemnation (the news is the statement of the head of the Commission for the Promotion of Virtue "
     "and Prevention of Vice): the terrorist bombing 'at noon today Thursday' (DCT Thursday 6 August -> 6 August, "
     "precision 1) in the mosque of the Special Emergency Forces headquarters in the Asir region, killing and wounding 'a "
     "number' of the forces' members ('a number' -> fatalities empty); only 'تفجير' and 'its perpetrator' -> Remote "
     "explosive/landmine/IED, as the spent rows of that wording (aljazirah-453; alternative Suicide bomb); no perpetrator "
     "named -> Unidentified armed group"),
]


def dcts():
    out = {}
    for line in open(os.path.join(SET, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, time = line.split("\t")
        out[aid] = parsedate_to_datetime(time).astimezone(timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, context):
    """1-based occurrence of trigger at its position inside the (unique) hand-copied context."""
    assert text.count(context) == 1, ("context not unique/absent", context, text.count(context))
    assert trigger in context, ("trigger not in context", trigger, context)
    pos = text.index(context) + context.index(trigger)
    n, i = 0, text.find(trigger)
    while i != -1:
        n += 1
        if i == pos:
            return n
        i = text.find(trigger, i + 1)
    raise AssertionError("unreachable")


def main():
    dct = dcts()
    lines = [HEADER.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(SET, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
