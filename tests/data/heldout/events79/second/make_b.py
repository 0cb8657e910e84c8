"""Bookkeeping helper for annotator B of the events79 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events77/second/make_b.py.
Run: python3 /work/fresh/cur45/events79/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 79 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (not opened by annotator B, blind: seeds, stop and commit not known to me). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT); (b) 10 with no text filter (got, by source, from ../ids.txt, a: alyaum 3, aawsat 2, aljazirah 2, 3alyoum 1, alriyadh 1, okaz 1; b: alwatan 3, 3alyoum 2, alriyadh 2, aawsat 1, aljazirah 1, okaz 1).
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
SYR = "Military Forces of Syria"
REB = "Syrian rebels"
GCD = "Global Coalition Against Daesh"
OK1469 = "SN-okaz-20150811-1469"
AY1225 = "SN-alyaum-20150725-1225"
WT973 = "SN-alwatan-20150811-973"
MFI = "Military Forces of Iraq"
PESH = "Military Forces of Iraq (Peshmerga)"
PMF = "Popular Mobilization Forces"
CIVIQ = "Civilians (Iraq)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OK1469, "تقدمت قوات الجيش الوطني اليمني", "تقدمت قوات الجيش الوطني اليمني والمقاومة الشعبية باتجاه مدينة لودر",
     BAT, CLASH, YR, HOU, "Lawdar, Abyan", "YE", "2015-08-11", "2", "", "",
     "military sources (Okaz)", "reported",
     "the title's news: the national army and the popular resistance advanced towards Lawdar, Abyan's second city; the "
     "Houthi militias and the ousted president's forces fled Lawdar by the Aqabat Thira road on learning the Southern "
     "Resistance had reached the outskirts, leaving dozens of their men behind; Lawdar 'is witnessing violent clashes' "
     "(advance, flight and clashes folded; no day -> DCT Tuesday 11 August, precision 2; army and resistance -> Yemeni "
     "Resistance, Saleh's forces -> Houthis, as the spent Abyan rows; not yet taken -> Armed clash, not GRT)"),
    (OK1469, "مقتل ما يقارب 278", "كما تشير الإحصائيات الأولية إلى مقتل ما يقارب 278 وإصابة 356",
     BAT, CLASH, YR, HOU, "Abyan", "YE", "2015-08-10", "2", "278", "about",
     "military sources; preliminary statistics (Okaz)", "reported",
     "preliminary statistics: about 278 Houthi and Saleh fighters killed and 356 wounded in Abyan 'in the past two days' "
     "(-> 9-10 August, precision 2); folded: 'hundreds' of militiamen killed or captured in Wadi Hassan and the Shuqrah "
     "area. A two-day provincial toll of the Abyan offensive, not a since-the-campaign aggregate (alternative: note "
     "'aggregate', precision 3)"),
    (OK1469, "سيطرت على وادي حسان", "بعد أن سيطرت على وادي حسان",
     BAT, GRT, YR, HOU, "Wadi Hassan, Abyan", "YE", "2015-08-11", "3", "", "",
     "military sources (Okaz)", "reported",
     "background: the loyalist forces had taken Wadi Hassan before Shuqrah (no day -> DCT, precision 3 by the rule; "
     "a differently named place from Shuqrah -> own row; alternative folded into the Shuqrah row)"),
    (OK1469, "سيطرت على مدينة شقرة", "وكانت القوات الموالية للشرعية سيطرت على مدينة شقرة، في أبين",
     BAT, GRT, YR, HOU, "Shuqrah, Abyan", "YE", "2015-08-11", "3", "", "",
     "military sources (Okaz)", "reported",
     "background: the forces loyal to the legitimate government had taken the town of Shuqrah in Abyan (no day in this "
     "text -> DCT, precision 3; the spent almadina-644 row dates it 9 August)"),
    (OK1469, "تحرير مدينة زنجبار", "وسبق ذلك تحرير مدينة زنجبار، عاصمة أبين، إضافة إلى اللواء 15 مشاة",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-11", "3", "", "",
     "military sources (Okaz)", "reported",
     "background: before that Zinjibar, Abyan's capital, had been liberated together with the 15th Infantry Brigade "
     "(brigade folded, as the spent adjudicated sabq-3187 decision; no day -> DCT, precision 3). Not coded: the recap "
     "'full control of al-Dhale and Lahij, Aden secured, Abyan liberated except Lawdar' (generic, older)"),
    (OK1469, "دخل مقاتلو المقاومة الشعبية المجمع الحكومي", "ودخل مقاتلو المقاومة الشعبية المجمع الحكومي في مديرية الرضمة",
     BAT, GRT, YR, HOU, "Ar Radmah, Ibb", "YE", "2015-08-11", "2", "", "",
     "military sources (Okaz)", "reported",
     "in Ibb the loyalist forces took control of a fourth district: popular resistance fighters entered the government "
     "compound of al-Radmah district after the Houthi and Saleh militias left it following negotiations that ended with "
     "them laying down their arms (the 'fourth district' and al-Radmah read as one event; GRT as the spent almadina-644 "
     "'Ar Radmah, Ibb' row; alternative Strategic developments/Non-violent transfer of territory; DCT, precision 2)"),
    (OK1469, "أسفرت مواجهات", "أما في تعز (جنوب صنعاء) فقد أسفرت مواجهات عن مقتل 21 من الحوثيين",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-11", "2", "23", "exact",
     "military sources (Okaz)", "reported",
     "clashes in Taiz killed 21 Houthis and wounded 36, and 2 of the legitimate forces were killed (21 + 2 = 23 exact; "
     "no day -> DCT, precision 2)"),
    (OK1469, "في مواجهات وغارات لطيران التحالف", "وأسر اثنان في مواجهات وغارات لطيران التحالف، خلال الساعات الـ24 الماضية",
     BAT, CLASH, YR, HOU, "", "YE", "2015-08-11", "2", "41", "exact",
     "military sources (Okaz)", "reported",
     "41 Houthi militiamen killed and 2 captured in clashes and coalition air raids in the past 24 hours, no place named "
     "(location empty; coalition raids folded, alternative a separate Saudi-led coalition Air/drone strike row; borderline "
     "a country-wide daily toll that may overlap the Taiz row; DCT, precision 2)"),
    (OK1469, "واختطاف شقيقه", "اقتحام ميليشيا الحوثي منزل رئيس حزب الإصلاح في صنعاء، محمد اليدومي، واختطاف شقيقه",
     VAC, ABD, HOU, "Civilians (Yemen)", "Sanaa", "YE", "2015-08-11", "2", "", "",
     "Yemeni sources (Okaz)", "reported",
     "the Houthi militia stormed the Sanaa house of Islah party leader Mohammed al-Yadumi and abducted his brother and two "
     "of his sons (storming folded; no day -> DCT, precision 2; alternative Strategic developments/Arrests as the spent "
     "almadina-644 Islah arrests row)"),
    (AY1225, "تقدمت قوات الحكومية العراقية", "تقدمت قوات الحكومية العراقية نحو محافظة الأنبار من محور الثرثار",
     BAT, CLASH, MFI, IS, "Anbar", "IQ", "2015-07-25", "2", "15", "exact",
     "the Iraqi government / defence ministry (Al Yaum)", "reported",
     "the title's news: Iraqi government forces advanced towards Anbar province on the Tharthar axis; the government said "
     "it killed 15 IS militants (the number only the government's claim, kept here) and the ministry said the forces are "
     "making progress and will reach the limits of Ramadi within days (ongoing -> DCT Saturday 25 July, precision 2; "
     "'Tharthar axis' not a place of its own -> Anbar; the operations backed by the Popular Mobilization in Anbar at the "
     "end of the article folded)"),
    (AY1225, "هاجمت مواقع لتنظيم داعش", "أن القوات العراقية هاجمت مواقع لتنظيم داعش في منطقتي حصيبة وجويبة شرق الرمادي",
     BAT, CLASH, MFI, IS, "Husaiba, Anbar", "IQ", "2015-07-25", "2", "31", "exact",
     "Anbar provincial council spokesman Eid Ayash (Anadolu)", "reported",
     "Iraqi forces attacked IS positions in Husaiba and Juwaiba east of Ramadi, killing 31 and destroying some vehicles "
     "(two places named together with one toll -> one row, Husaiba, as the spent 'Husaiba, Anbar' rows; Juwaiba folded, "
     "alternative a second row; DCT, precision 2)"),
    (AY1225, "طيران التحالف والمدفعية", "وأضاف الدليمي إن طيران التحالف والمدفعية، وجهت نيرانها على الأهداف",
     ERV, AIR, "Global Coalition Against Daesh", IS, "Anbar University, Ramadi", "IQ", "2015-07-25", "2", "27", "exact",
     "Colonel Walid al-Dulaimi, Anbar Operations Command (Anadolu)", "reported",
     "on coordinates from the counter-terrorism special operations command the coalition aircraft and the army's artillery "
     "hit IS gatherings at Anbar University and the adjacent al-Tamim area, destroying them, killing 27 IS members and "
     "three vehicles (army artillery folded; al-Tamim folded, alternative a second row 'Al Tamim, Ramadi'); military "
     "sources' overall 47 IS killed in coalition strikes in Anbar and Nineveh folded (alternative an aggregate row; the "
     "Nineveh share unspecified); DCT, precision 2"),
    (AY1225, "قوات البشمركة قصفت", "قالت مصادر عسكرية إن قوات البشمركة قصفت بشكل مركز معاقل",
     ERV, SHELL, PESH, IS, "Sinjar", "IQ", "2015-07-25", "2", "20", "about",
     "military sources (Al Yaum)", "reported",
     "Peshmerga forces heavily shelled IS strongholds and gatherings in Sinjar district west of Mosul and al-Hardaniya "
     "subdistrict, killing about twenty and wounding others (al-Hardaniya folded, one toll; 'نحو عشرين' -> 20 about; "
     "DCT, precision 2)"),
    (AY1225, "سيطروا على مواقع جديدة قرب الخالدية", "إن مقاتليه سيطروا على مواقع جديدة قرب الخالدية شرق الرمادي",
     BAT, NSO, IS, MFI, "Al Khalidiya, Anbar", "IQ", "2015-07-25", "2", "", "",
     "IS sources (Al Yaum)", "claimed",
     "IS sources said its fighters took new positions near al-Khalidiya east of Ramadi during an attack on army and Sahwa "
     "positions in villages and towns around Habbaniyah air base (Sahwa a co-actor in the note; only IS's assertion -> "
     "claimed; DCT, precision 2)"),
    (AY1225, "في هجوم للتنظيم على موقع للحشد", "قـُتلوا في هجوم للتنظيم على موقع للحشد في محيط الصقلاوية",
     BAT, CLASH, IS, PMF, "Saqlawiyah, Anbar", "IQ", "2015-07-25", "2", "58", "exact",
     "Iraqi army sources; IS sources (Al Yaum)", "reported",
     "an IS attack on a Popular Mobilization position around al-Saqlawiyah north-east of Fallujah: IS sources claimed 113 "
     "PMF killed, Iraqi army sources said 58 army and PMF members killed and dozens wounded (the lower, non-claimant figure "
     "kept, 58 exact; the attack confirmed by both sides -> reported; DCT, precision 2)"),
    (AY1225, "أعدم الخميس بالرصاص 22 جنديا", "قال إن تنظيم الدولة أعدم الخميس بالرصاص 22 جنديا عراقيا في الحي الصناعي",
     VAC, "Attack", IS, MFI, "Industrial District, Fallujah", "IQ", "2015-07-23", "1", "22", "exact",
     "Sheikh Ahmed Dara al-Jumaili, spokesman of the council of sheikhs and notables of Fallujah and al-Karma", "reported",
     "IS shot dead 22 Iraqi soldiers on Thursday (DCT Saturday 25 July -> 23 July) in the industrial district south of "
     "Fallujah (execution of captives -> Violence against civilians/Attack with the victims' force as actor2, as the "
     "spent events77 prisoners row; alternative actor2 Civilians (Iraq))"),
    (AY1225, "داعش يعدم أربعة سائقين", "القوات العراقية تتقدم في الأنبار وداعش يعدم أربعة سائقين",
     VAC, "Attack", IS, CIVIQ, "Shirqat", "IQ", "2015-07-24", "1", "4", "exact",
     "an unnamed security source (Al Yaum)", "reported",
     "title and body: IS executed four drivers by shooting on Friday (24 July) in al-Shirqat for driving residents fleeing "
     "towards al-Nukhaib and al-Alam; IS's order banning departure from al-Shirqat folded"),
    (AY1225, "قصف مدفعي من قبل الجيش العراقي", "في قصف مدفعي من قبل الجيش العراقي أو مليشيات الحشد الشعبي استهدف الخميس سوقا",
     ERV, SHELL, MFI, CIVIQ, "Fallujah", "IQ", "2015-07-23", "1", "", "",
     "sources (Al Yaum)", "reported",
     "dead and wounded (no number -> fatalities empty) in artillery shelling by the Iraqi army 'or' the Popular "
     "Mobilization militias on a market in Fallujah on Thursday (23 July); blood-donation calls from mosques (the text "
     "hedges between two forces -> Military Forces of Iraq, alternative Popular Mobilization Forces)"),
    (AY1225, "إثر قصف استهدف مسجد", "إثر قصف استهدف مسجد أبي أيوب الأنصاري في حي الجولان شمالي المدينة",
     ERV, SHELL, UAG, CIVIQ, "Al Jolan, Fallujah", "IQ", "2015-07-25", "2", "", "",
     "reports from inside Fallujah (Al Yaum)", "reported",
     "a number of people killed and wounded when shelling hit the Abu Ayyub al-Ansari mosque in the al-Jolan district of "
     "northern Fallujah (no shooter named -> Unidentified armed group, alternative Military Forces of Iraq as the market "
     "row; 'a number' -> fatalities empty; no day -> DCT, precision 2). Not coded: the Khan Bani Saad displacement after "
     "death threats by sectarian militias and the army stopping families leaving (displacement, threats), Carter's visit, "
     "the coalition's generic daily raids"),
    # ---- set b (no text filter) ----
    (WT973, "فجر نفسه في مسجد الطوارئ", "الانتحاري الهالك يوسف السليمان الذي فجر نفسه في مسجد الطوارئ بعسير",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-11", "3", "", "",
     "Al Watan (security authorities)", "reported",
     "background (the news is anonymous SIM cards sold in Riyadh streets): the suicide bomber Yousef al-Sulaiman who blew "
     "himself up in the Emergency Forces mosque in Asir used anonymous SIM cards (the text says suicide bomber -> Suicide "
     "bomb, as the spent aawsat-404 and alyaum-2742 rows; no group named -> Unidentified armed group; no date in the text "
     "-> DCT Tuesday 11 August, precision 3 by the rule, as the spent aljazirah-399 row)"),
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
