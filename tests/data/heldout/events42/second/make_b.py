"""Bookkeeping helper for annotator B of the events42 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied programmatically from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur33/events42/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 42 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2840/2841, drawn at the start of stop 33, main 28e1bc2, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2840).shuffle, walked in order; (b) 10 with no text filter: random.Random(2841).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 4, alriyadh 2, alweeam 2, aawsat 1, aleqtisadiya 1; b: aawsat 2, aleqtisadiya 2, alriyadh 2, okaz 2, aljazirah 1, alweeam 1).
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
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
ARR = "Arrests"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
GC = "Global Coalition Against Daesh"
IS = "Islamic State"
SR = "Syrian rebels"
MFS = "Military Forces of Syria"
YPG = "YPG: Peoples Protection Units"
PFSA = "Police Forces of Saudi Arabia"
PIQ = "Protesters (Iraq)"
CJTF = "Combined Joint Task Force statement (via Al Riyadh)"
SOHR = "Syrian Observatory for Human Rights (via Al Riyadh)"
RY682 = "SN-alriyadh-20150722-682"
AW155 = "SN-aawsat-20150808-155"
JZ465 = "SN-aljazirah-20150802-465"
JZ499 = "SN-aljazirah-20150808-499"
OK1406 = "SN-okaz-20150811-1406"
WE1119 = "SN-alweeam-20150810-1119"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RY682, "حلب", "بالقرب من مدن حلب والحسكة",
     ERV, AIR, GC, IS, "Aleppo", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "the title's news (23 coalition strikes on ISIS, 9 in Syria and 14 in Iraq): the Combined Joint Task Force said in a "
     "statement 'the night before last' (DCT Wednesday 22 July -> the night of Monday 20 July) that the strikes in Syria "
     "hit tactical units and fighting positions near the cities of Aleppo, Hasakah and Ain al-Arab (Kobani) and "
     "minefields near Raqqa; one location per row (as the spent CJTF rows, events27 aleqtisadiya-309, events35 "
     "alriyadh-566); the strikes have no day of their own -> the statement's day, precision 2, as the spent events21 "
     "Baiji row; US-led coalition -> Global Coalition Against Daesh; the title's 23 = 9 + 14, no per-place counts)"),
    (RY682, "والحسكة", "مدن حلب والحسكة وعين العرب",
     ERV, AIR, GC, IS, "Hasakah", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes on ISIS tactical units and fighting positions near Hasakah (own row, one location "
     "per row; 20 July, precision 2, see the Aleppo row)"),
    (RY682, "وعين العرب", "والحسكة وعين العرب (كوباني)",
     ERV, AIR, GC, IS, "Ain al-Arab", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes near Ain al-Arab (Kobani) (the text's main name is 'عين العرب', Kobani in "
     "brackets -> 'Ain al-Arab', as the spent aleqtisadiya-309 row; 20 July, precision 2)"),
    (RY682, "قريبة من مدينة الرقة", "وحقول ألغام قريبة من مدينة الرقة",
     ERV, AIR, GC, IS, "Raqqa", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: the Syrian strikes also hit minefields near the city of Raqqa (own row, one location per row; "
     "20 July, precision 2)"),
    (RY682, "الموصل", "منها الموصل والفلوجة",
     ERV, AIR, GC, IS, "Mosul", "IQ", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition aircraft hit ISIS tactical units, vehicles and fighting positions near 8 Iraqi cities, "
     "among them Mosul, Fallujah and Ramadi (one location per row for the three named cities; the five unnamed cities "
     "folded into them, as the spent alriyadh-566 Mosul row; 20 July, precision 2)"),
    (RY682, "والفلوجة", "الموصل والفلوجة والرمادي",
     ERV, AIR, GC, IS, "Fallujah", "IQ", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes near Fallujah (own row; see the Mosul row)"),
    (RY682, "والرمادي", "والفلوجة والرمادي",
     ERV, AIR, GC, IS, "Ramadi", "IQ", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes near Ramadi (own row; see the Mosul row)"),
    (RY682, "أمطرت", "إلى ذلك، أمطرت الفصائل المقاتلة",
     ERV, SHELL, SR, "", "Al Fuah", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "the opposition's fighting factions rained rocket and artillery shells on four besieged Shia towns in northern Syria, "
     "in retaliation, they said, for the regime and Hezbollah attack on Zabadani; the Observatory reported 'yesterday' "
     "(DCT Wednesday 22 July -> 21 July) seven killed by more than 300 home-made shells that fell on the towns of al-Fua "
     "and Kafraya in Idlib governorate; it is not known whether the dead were civilians or members of the National "
     "Defence Forces fighting in the two towns (-> actor2 empty, alternative Civilians (Syria)); folded: the Islamist "
     "factions' and Nusra's resumption 'yesterday' of the targeting of areas of al-Fua and Kafraya (same place, same "
     "reported day); two named towns -> two rows, the 7 not split between them -> fatalities empty on both, 7 in the "
     "note, as the spent aawsat-178/alyaum-1141 Kandahar/Logar rows; the shelling's own day is not stated, reported "
     "'yesterday' -> 21 July, precision 2; the two unnamed Shia towns of the four are folded; the factions -> Syrian "
     "rebels, Nusra in the note)"),
    (RY682, "وكفريا", "سقطت على بلدتي الفوعة وكفريا",
     ERV, SHELL, SR, "", "Kafraya", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "same shelling: the 300+ shells on Kafraya, the second named town (own row, one location per row; the 7 dead of the "
     "two towns not split -> fatalities empty; see the al-Fua shelling row)"),
    (RY682, "اشتباكات لأكثر من ثماني ساعات", "اشتباكات لأكثر من ثماني ساعات متواصلة",
     BAT, CLASH, SR, MFS, "Al Fuah", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "the Observatory reported clashes of more than eight continuous hours around the two towns, in which fighters of "
     "Islamist factions and Jabhat al-Nusra (al-Qaeda in Syria) tried to enter al-Fua and Kafraya (attackers -> Syrian "
     "rebels, Nusra in the note; the defenders are the National Defence Forces fighting in the two towns -> Military "
     "Forces of Syria, as the spent events40 Zabadani/Jobar rows with the NDF in the note; an item of yesterday's report, "
     "no day of its own -> 21 July, precision 2; folded: Jaysh al-Fath's full siege of the two towns since the end of "
     "March (siege of the same battle); two named towns -> two rows; no toll for the clashes)"),
    (RY682, "دخول البلدتين", "جبهة النصرة (تنظيم القاعدة في بلاد الشام) دخول البلدتين",
     BAT, CLASH, SR, MFS, "Kafraya", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "same clashes around Kafraya, the second town the Islamist factions and Nusra tried to enter (own row, one location "
     "per row; see the al-Fua clashes row)"),
    (RY682, "اربع غارات", "نفذ الطيران الحربي السوري اربع غارات",
     ERV, AIR, MFS, "", "Al Fuah", "SY", "2015-07-21", "1", "", "",
     SOHR, "reported",
     "while the factions resumed the shelling 'yesterday' (21 July), the Syrian air force carried out four raids on areas "
     "around the two towns (-> 21 July, precision 1; 'areas', no target named -> actor2 empty, as the spent Syrian "
     "strike rows, alternative Syrian rebels, the attackers around the towns; around two named towns -> two rows, the "
     "four raids not split)"),
    (RY682, "محيط البلدتين", "اربع غارات على مناطق في محيط البلدتين",
     ERV, AIR, MFS, "", "Kafraya", "SY", "2015-07-21", "1", "", "",
     SOHR, "reported",
     "same four Syrian air raids, around Kafraya (own row, one location per row; see the al-Fua air-raid row)"),
    (RY682, "تظاهرت", "قرب دمشق تظاهرت أمس الأول",
     PRO, PEACE, "Protesters (Syria)", "", "Sayyida Zaynab", "SY", "2015-07-20", "1", "", "",
     SOHR, "reported",
     "families from al-Fua and Kafraya living in the Sayyida Zaynab suburb near Damascus demonstrated 'the day before "
     "yesterday' (DCT 22 July -> 20 July) demanding protection for the two towns' inhabitants, and blocked the road to "
     "Damascus International Airport, calling on Lebanese Hezbollah to send support (a road block with no violence or "
     "intervention described -> Peaceful protest, actor2 empty; a suburb near, not inside, Damascus -> 'Sayyida Zaynab')"),
    (RY682, "لهجوم من قوات النظام", "لهجوم من قوات النظام وحزب الله اللبناني",
     BAT, CLASH, MFS, SR, "Zabadani", "SY", "2015-07-22", "3", "", "",
     "Al Riyadh", "reported",
     "background: the factions shelled the Shia towns in retaliation for the attack on the town of Zabadani in rural "
     "Damascus by the regime forces and Lebanese Hezbollah (the ongoing Zabadani offensive, as the spent events27/38/40 "
     "Zabadani rows; regime named first -> Military Forces of Syria, Hezbollah in the note; defenders -> Syrian rebels; "
     "no day in the text -> DCT, precision 3; alternative not coded, a passing reason given by the factions)"),
    (RY682, "انفجار عنيف", "جراء انفجار عنيف فجر أمس",
     ERV, IED, UAG, YPG, "Qalaj Kortek, Rmelan", "SY", "2015-07-21", "1", "2", "at_least",
     "Syrian Observatory for Human Rights statement (via Al Riyadh)", "reported",
     "borderline: at dawn 'yesterday' (21 July) a violent explosion in an ammunition depot of the Kurdish People's "
     "Protection Units in the Qalaj Kortek area of the town of Rmelan, Hasakah governorate, killed at least two YPG "
     "members and wounded dozens ('اثنين على الأقل' -> 2 at_least; the cause is not stated; the next sentence's ISIS "
     "'also' detonated a car bomb suggests, without saying it, an attack -> Remote explosive/landmine/IED, Unidentified "
     "armed group, alternative not coded as a possible accident; the statement's repeat is the same event)"),
    (RY682, "عربة مفخخة", "فجر أيضاً عربة مفخخة",
     ERV, IED, IS, YPG, "Hasakah", "SY", "2015-07-21", "2", "", "",
     "Syrian Observatory for Human Rights statement (via Al Riyadh)", "reported",
     "the Observatory said ISIS also detonated a car bomb that targeted a position of the Kurdish People's Protection "
     "Units south-east of the city of Hasakah; no information on casualties (a car bomb, no suicide stated -> Remote "
     "explosive/landmine/IED, alternative Suicide bomb; no day of its own in the same statement -> 21 July, precision 2)"),
    (AW155, "عصيان مدني مفتوح", "انطلق عصيان مدني مفتوح",
     PRO, PEACE, PIQ, "", "Basra", "IQ", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat; Basra civil activist Safaa al-Dahi", "reported",
     "the title's news: demonstrations of thousands in 9 governorates of central and southern Iraq against al-Abadi's "
     "government, for services and the prosecution of the corrupt, some asking for the dissolution of parliament and an "
     "emergency government, although the Islamist parties used clerics at the Friday prayer to urge people not to take "
     "to the street (-> the demonstrations are Friday's: DCT Saturday 8 August -> 7 August, precision 1); in Basra the "
     "movement split in two: in the morning an open civil-disobedience sit-in in front of the governorate building, in "
     "the evening demonstrations (same place, same day -> one row; the sit-in 'will stay open' folded); no intervention "
     "described -> actor2 empty; the seven unnamed governorates of the nine folded into the two named places, one location "
     "per row. Not coded: 'last week's' demonstrations (a passing comparison, 'the numbers exceeded last week's'; "
     "alternative an aggregate wave row as the spent alriyadh-998), the Basra imam's criticism (statement)"),
    (AW155, "أكبر المظاهرات", "كانت أكبر المظاهرات التي خرجت",
     PRO, PEACE, PIQ, "", "Habboubi Square, Nasiriyah", "IQ", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat; demonstrator Ahmed al-Salihi", "reported",
     "same Friday: in Dhi Qar governorate the largest demonstrations, against poor services and the failure to hold the "
     "corrupt to account; a demonstrator who came out in al-Habboubi Square in Nasiriyah said they will continue until "
     "their demands are met (the text's most specific place -> 'Habboubi Square, Nasiriyah'; no intervention described; "
     "7 August, precision 1, see the Basra row)"),
    (AW155, "لقي مصرعه", "الذي لقي مصرعه في مظاهرات المدينة",
     PRO, "Excessive force against protesters", PIQ, "", "Basra", "IQ", "2015-08-08", "3", "1", "exact",
     "Basra civil activist Safaa al-Dahi (to Asharq Al-Awsat)", "reported",
     "background: the sit-in demands the prosecution of those responsible for the blood of the demonstrator Muntazer "
     "al-Hilfi, who was killed in the city's (Basra's) demonstrations, next to the demand that the security services be "
     "barred from firing live rounds at demonstrators (a protester killed at a demonstration -> Excessive force against "
     "protesters; the killer is not named -> actor2 empty, alternative Police Forces of Iraq; 1 exact; the text gives no "
     "date -> DCT, precision 3; alternative not coded as a passing mention inside a quote)"),
    (JZ465, "اعترضوا طريق", "الذين اعترضوا طريق هذه الآليات الثقيلة",
     PRO, "Protest with intervention", "Protesters (Pakistan)", "Police Forces of Pakistan", "Afghan Basti, Islamabad",
     "PK", "2015-08-02", "2", "", "",
     "Al Jazirah (AFP)", "reported",
     "borderline: during 'this week' the Pakistani authorities (the Capital Development Authority, on a Supreme "
     "Court order) razed the 'Afghan Camp' (Afghan Basti) slum at the entrance of Islamabad, pushing thousands into the "
     "streets; the residents and activists who blocked the bulldozers' way were detained ('اوقف'; people physically "
     "obstructing the demolition and detained -> Protests/Protest with intervention, as the spent Brooklyn arrests row; "
     "the detaining force is not named -> Police Forces of Pakistan, alternative Government of Pakistan; 'this week', no "
     "day -> DCT, precision 2; the demolition itself folded here, alternative its own Strategic developments/Looting/"
     "property destruction row, Government of Pakistan vs Civilians (Pakistan), as the spent Tehran mosque rows, or no "
     "row as an administrative act under a court order). Not coded: the deaths of Mullah Omar and Malik Ishaq (only 'news "
     "of the death', no circumstances)"),
    (JZ499, "حادثة التفجير الإرهابية", "في حادثة التفجير الإرهابية التي استهدفت",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Prince Jalawi bin Abdulaziz bin Musaed, Emir of Najran (via Al Jazirah)", "reported",
     "background (the news is the Najran Emir's condolences): the terrorist bombing that targeted the mosque of the "
     "Special Emergency Forces in the Asir region, with security men 'martyred' and wounded (no number -> fatalities "
     "empty; only 'التفجير' -> the generic explosive sub-type, as the spent Asir rows; no perpetrator named ('this "
     "hateful clique') -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text gives no "
     "day -> DCT, precision 3, as the spent aljazirah-397/399 condolence rows; the title's 'violated the sanctity of the "
     "house of God' is the same event). Not coded: the condolences and condemnation (statements)"),
    # ---- set b (no text filter) ----
    (OK1406, "بتفجير أحد انتحارييها لنفسه", "بتفجير أحد انتحارييها لنفسه بين صفوف المصلين",
     ERV, SUI, IS, PFSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Okaz (opinion column)", "reported",
     "opinion column: 'last Thursday' (DCT Tuesday 11 August -> 6 August) ISIS targeted members of the security and "
     "Emergency forces when one of its suicide bombers blew himself up among the worshippers in a mosque in Abha, killing "
     "and wounding more than twenty (killed and wounded given together -> fatalities empty; the column states ISIS "
     "'hastened to claim responsibility' -> Islamic State, as the spent aawsat-132 and okaz-1244 rows; suicide stated -> "
     "Suicide bomb; 'مسجد بأبها' -> 'Abha'; the later mentions and the closing prayer for the Emergency Forces martyrs "
     "are the same event). Not coded: the 1979 seizure of the Grand Mosque and the Kharijites (far older than 12 months)"),
    (OK1406, "إلقاء القبض", "من إلقاء القبض على أكثر من",
     SD, ARR, PFSA, IS, "", "SA", "2015-08-11", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (same column): the Special Emergency Forces' latest achievement, 'recently announced', the arrest of "
     "more than 400 members of the organisation (ISIS) who were about to carry out terrorist acts, one of them, by "
     "coincidence, targeting a mosque of the same forces in Riyadh attended by 3,000 worshippers (the interior ministry's "
     "431 announcement, as the spent '431' rows; the foiled mosque plot folded; Riyadh is the plot's target, not the "
     "arrest place -> location empty; 'recently', a column -> DCT, precision 3, as the adjudicated spent aljazirah-450 "
     "row)"),
    (WE1119, "استعادة عدن", "استطاعت المقاومة الشعبية استعادة عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-10", "3", "", "",
     "German Foreign Minister Frank-Walter Steinmeier (via Al Weeam)", "reported",
     "background: Steinmeier expressed satisfaction with the military operations against the Houthis and their allied "
     "forces, as the popular resistance was able to recover Aden and other strategic cities (the recapture of Aden, "
     "Yemeni Resistance vs Houthis, DCT, precision 3, as the spent okaz-1461 and aawsat-91 background Aden rows; the "
     "unnamed other cities folded). Not coded: al-Jubeir's and Steinmeier's press conference in Berlin (diplomacy), "
     "Iran's refusal of inspectors at military sites (no event), the Raif Badawi case (legal), the coalition's "
     "intervention at Hadi's request (generic), Steinmeier's planned visit (diplomatic)"),
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
