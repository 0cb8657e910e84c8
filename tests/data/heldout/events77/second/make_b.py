"""Bookkeeping helper for annotator B of the events77 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events72/second/make_b.py.
Run: python3 /work/fresh/cur44/events77/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 77 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2954/2955, drawn at the start of stop 44, main 7d40864, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2954).shuffle, walked in order; (b) 10 with no text filter: random.Random(2955).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 4, aljazirah 4, aleqtisadiya 1, alyaum 1; b: aljazirah 3, almadina 1, alriyadh 1, alweeam 1, alyaum 1, okaz 1, sabq 1, was 1).
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
AJ994 = "SN-aljazirah-20150724-994"
EQ308 = "SN-aleqtisadiya-20150807-308"
AW483 = "SN-aawsat-20150731-483"
AW98 = "SN-aawsat-20150804-98"
AJ341 = "SN-aljazirah-20150727-341"
AW99 = "SN-aawsat-20150803-99"
AJ511 = "SN-aljazirah-20150810-511"
WM2050 = "SN-alweeam-20150721-2050"
SB3213 = "SN-sabq-20150806-3213"
SYR = "Military Forces of Syria"
REB = "Syrian rebels"
GCD = "Global Coalition Against Daesh"
SOHR = "Syrian Observatory for Human Rights (Al Jazirah)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AJ994, "سيارة مفخخة مركونة", "وقال الجبوري إن سيارة مفخخة مركونة على جانب الطريق انفجرت",
     ERV, IED, UAG, IS, "Mosul", "IQ", "2015-07-23", "2", "42", "exact",
     "Brigadier Mohammed al-Jubouri, Nineveh police", "reported",
     "a car bomb parked by the roadside exploded as an Islamic State convoy, returning from battles in Baiji, entered the "
     "southern gate of Mosul, killing 42 IS members including leaders and wounding 18 (revealed 'yesterday Thursday', DCT "
     "Friday 24 July -> 23 July; the blast day not stated -> precision 2; no perpetrator named -> Unidentified armed group). "
     "Folded: the curfew IS then imposed on Mosul's right bank (alternative a Strategic developments/Other row). Not coded: "
     "Carter's unannounced Baghdad visit (diplomatic), the coalition's thousands of strikes since August 2014 and IS control "
     "since June 2014 (generic / more than 12 months before the DCT), the recapture of some areas by Iraqi forces (generic)"),
    (AJ994, "قصف طائرات التحالف الدولي", "عن قصف طائرات التحالف الدولي لأربعة مخازن للأسلحة",
     ERV, AIR, GCD, IS, "Mosul", "IQ", "2015-07-23", "2", "", "",
     "a source in the Kurdish Peshmerga ministry", "reported",
     "international coalition aircraft struck four IS weapons and ammunition depots north and east of Mosul (revealed "
     "'yesterday Thursday' -> 23 July, precision 2; no casualties stated)"),
    (AJ994, "طيران التحالف قصف مواقع", "وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قرية النصر",
     ERV, AIR, GCD, IS, "Al Nasr, Makhmur", "IQ", "2015-07-23", "2", "7", "exact",
     "an Iraqi security source", "reported",
     "coalition aircraft struck IS positions in the village of al-Nasr west of Makhmur district and on the road between "
     "Hawija and Makhmur, killing seven IS members west of Kirkuk (reported 'yesterday Thursday' -> 23 July, precision 2; "
     "the road strikes folded into the village row, same sentence and toll)"),
    (EQ308, "تفجير في بيت من بيوت الله", "ما حدث بالأمس من تفجير في بيت من بيوت الله",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Asir governor Prince Faisal bin Khalid", "reported",
     "background: the governor, receiving the director of public security, referred to 'yesterday's' bombing in a house of "
     "God (DCT Friday 7 August -> 6 August; the Asir Emergency Forces mosque bombing, hence Police Forces of Saudi Arabia as "
     "the spent okaz-1120 row; the text says only 'bombing' -> Remote explosive as the spent alyaum-2735 row; no toll "
     "given). Not coded: the meeting and his praise of the security men"),
    (AW483, "في تبادل لإطلاق النار", "قتل 20 شخصا على الأقل وأصيب عشرة آخرون في تبادل لإطلاق النار خلال حفل زفاف",
     BAT, CLASH, UAG, UAG, "Dih Salah, Baghlan", "AF", "2015-07-27", "2", "20", "at_least",
     "officials; Baghlan police spokesmen Jawad Basharat and Sultan Mohammad Abadi, police chief Gulistan Qasani (AFP)", "reported",
     "the title's news: an exchange of fire between armed men at a wedding on 'Monday night' in Dih Salah district, Baghlan "
     "province, after a quarrel; a local security official fired in the air and both sides opened fire; at least 20 male "
     "guests killed, 10 wounded (the text says 'yesterday Monday' though the DCT is Friday 31 July -> most recent Monday, "
     "27 July, precision 2 because of the inconsistency). Borderline: a private quarrel with no political motive stated "
     "(alternative no row, or Riots/Mob violence); armed men on both sides -> Unidentified armed group twice"),
    (AW98, "باستعادتها السيطرة على «قاعدة العند»", "وذلك باستعادتها السيطرة على «قاعدة العند» العسكرية الاستراتيجية",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "", "",
     "Al Anad base spokesman Qaid Nasr; a military source (Asharq Al-Awsat)", "reported",
     "the title's news: the Southern Popular Resistance, backed by the coalition, 'yesterday' (DCT Tuesday 4 August -> 3 "
     "August) regained full control of the strategic al-Anad air base in Lahij (Operation Golden Arrow resumed); the "
     "Houthi-Saleh militias fled; a force of about 4,000 fighters and 400 vehicles flanked the base from al-Subayha while "
     "the front lines on the road to al-Hawta engaged the rebels; about 50 militiamen killed and wounded and dozens "
     "captured in yesterday's battles (killed and wounded together -> fatalities empty; captures folded); Southern "
     "Resistance and army -> Yemeni Resistance as the spent Lahij rows; Houthis and Saleh forces -> Houthis"),
    (AW98, "بإعدام أسرى جنوبيين", "حيث قامت بإعدام أسرى جنوبيين (12 أسيرًا)",
     VAC, "Attack", HOU, YR, "", "YE", "2015-08-04", "2", "12", "exact",
     "Southern Resistance spokesman Ali Shaif al-Hariri", "claimed",
     "the Southern Resistance spokesman said the Houthi militias and Saleh's forces executed 12 southern prisoners of the "
     "unit of the late commander Bin Harhara (execution of captives -> Violence against civilians/Attack, the victims "
     "fighters of the resistance -> actor2 Yemeni Resistance; no day or place -> DCT precision 2, location empty; one "
     "party's assertion -> claimed)"),
    (AJ341, "مناطق في بلدة النعيمة", "بثلاثة براميل متفجرة مناطق في بلدة النعيمة الواقعة في شرق مدينة درعا",
     ERV, AIR, SYR, "", "Al Naimah, Daraa", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "helicopters dropped three barrel bombs on parts of the town of al-Naimah east of Daraa, no casualty information (no "
     "day -> DCT Monday 27 July, precision 2; the intense air bombardment of Daraa city and countryside folded)"),
    (AJ341, "منطقة الشدادي", "ألقى الطيران المروحي برميلين متفجرين على أماكن في منطقة الشدادي",
     ERV, AIR, SYR, IS, "Al Shaddadi", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "helicopters dropped two barrel bombs on the IS-held al-Shaddadi area in southern Hasakah countryside, no casualty "
     "reports (DCT, precision 2)"),
    (AJ341, "تل اشهيب", "وتعرضت مناطق في تل اشهيب شرقي مطار خلخلة لقصف جوي",
     ERV, AIR, SYR, "", "Tal Ishhib, As-Suwayda", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "areas in Tal Ishhib east of Khalkhalah airport were hit by air bombardment, no casualty reports (aircraft not named, "
     "the context is regime air strikes -> Military Forces of Syria; DCT, precision 2). Borderline actor"),
    (AJ341, "تل معاز", "مناطق سيطرة قوات النظام في تل معاز شرقي قرية شقا",
     ERV, SHELL, IS, SYR, "Tal Maaz, As-Suwayda", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "IS members targeted regime-held areas in Tal Maaz east of the village of Shaqqa, northern Suwayda countryside, no "
     "casualty information (the title's 'shelling targets Suwayda' -> Shelling; DCT, precision 2). Alternative Armed clash"),
    (AJ341, "استمرار الاشتباكات العنيفة", "ترافق مع استمرار الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله اللبناني",
     BAT, CLASH, SYR, REB, "Zabadani", "SY", "2015-07-26", "2", "", "",
     SOHR, "reported",
     "continuing violent clashes in Zabadani between the 4th Division and Lebanese Hezbollah on one side and rebel factions "
     "and local gunmen on the other, in the regime's attempt since 4 July to take the town; folded: the helicopter barrel "
     "bombs on Zabadani after midnight Saturday-Sunday (DCT Monday 27 July -> night of 25/26 July) and the Rif Dimashq toll "
     "of the day before yesterday raised to 5, including 4 rebel fighters killed in clashes in Zabadani and Western Ghouta "
     "(alternative a 25 July row with 4 or 5 killed); Hezbollah as a co-actor in the note; 26 July, precision 2"),
    (AJ341, "عند أطراف القلمون", "في حين استهدف التنظيم تمركزاً لقوات النظام عند أطراف القلمون",
     BAT, CLASH, IS, SYR, "Qalamoun", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "IS targeted a regime position on the edge of Qalamoun near a thermal power station, with confirmed regime deaths "
     "(number not given -> fatalities empty; DCT, precision 2). Alternative Shelling"),
    (AJ341, "بلدتي نبل والزهراء", "التي أطلقتها الفصائل المقاتلة على مناطق في بلدتي نبل والزهراء",
     ERV, SHELL, REB, "", "Nubl", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "dozens of rockets fired by the rebel factions fell on the towns of Nubl and Zahraa (two towns named together; "
     "al-Zahraa folded here, alternative a second row; actor2 empty: pro-regime towns, no victims named; DCT, precision 2)"),
    (AJ341, "على مناطق في بلدة عندان", "عقبه قصف من قبل قوات النظام على مناطق في بلدة عندان",
     ERV, SHELL, SYR, "", "Andan", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "followed by regime shelling of areas in the town of Andan (Aleppo countryside; DCT, precision 2)"),
    (AJ341, "اشتباكات على أطراف حي كرم الطراب", "دارت بعد منتصف ليل أمس اشتباكات على أطراف حي كرم الطراب",
     BAT, CLASH, SYR, REB, "Karm al-Tarrab, Aleppo", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "after midnight 'last night' clashes on the edges of the Karm al-Tarrab district near Nayrab military airport east of "
     "Aleppo between regime forces backed by the National Defence Forces and Hezbollah and the rebel factions (the night "
     "of 26/27 July -> 27 July, precision 2)"),
    (AJ341, "عدة ضربات على منطقة صرين", "نفذت طائرات يعتقد أنها تابعة للتحالف الدولي عدة ضربات على منطقة صرين",
     ERV, AIR, GCD, IS, "Sarrin", "SY", "2015-07-27", "2", "", "",
     SOHR, "reported",
     "aircraft believed to belong to the international coalition carried out several strikes on the Sarrin area in the "
     "northeastern Aleppo countryside, no casualty information (the coalition's attribution hedged -> 'believed' in the "
     "note; Sarrin IS-held, actor2 Islamic State; DCT, precision 2)"),
    (AW99, "بهجوم لمتشددين على معسكر للجيش", "مقتل 10 جنود ماليين بهجوم لمتشددين على معسكر للجيش",
     BAT, CLASH, UAG, "Military Forces of Mali", "Gourma-Rharous", "ML", "2015-08-03", "1", "10", "exact",
     "two military sources (AFP)", "reported",
     "the title's news: militants described as 'terrorists' attacked the army's Gourma-Rharous camp (a National Guard unit), "
     "about 140 km east of Timbuktu, 'this morning (Monday)' at about 5:30 (DCT Monday 3 August), killing ten soldiers; the "
     "second source says the attackers are 'extremists linked to Ansar Dine' (linked to, not named as the group -> "
     "Unidentified armed group; alternative actor1 Ansar Dine)"),
    (AJ511, "حادث تفجير مسجد الطوارئ", "على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-10", "3", "", "",
     "Al Jazirah", "reported",
     "background: the deputy health minister visited the security men wounded in the Emergency Forces mosque bombing in Asir "
     "(no date in the text -> DCT Monday 10 August, precision 3, by the rule; the text says only 'bombing' -> Remote "
     "explosive, as in EQ308 and the spent alyaum-2735 row). Borderline: alternative not coded (a visit). Not coded: the "
     "visit and the inspection of health facilities"),
    # ---- set b (no text filter) ----
    (WM2050, "تعرضوا لهجوم من جانب مسيحيين", "بعدما تعرضوا لهجوم من جانب مسيحيين صباح اليوم في إقليم بابوا",
     "Riots", "Mob violence", "Rioters (Indonesia)", "Civilians (Indonesia)", "Papua", "ID", "2015-07-21", "1", "1", "exact",
     "an Indonesian official; the social affairs ministry; national police chief General Badrodin Haiti", "reported",
     "the title's news: Christians attacked Muslims preparing for dawn prayers 'this morning' (DCT Tuesday 21 July) in Papua "
     "province; a mosque and 63 shops set on fire; at least 153 Muslims fled to a military post and a police station; police "
     "fired to disperse the rioters, 1 killed and 11 wounded (12 shot; the police firing folded, alternative a separate "
     "Protests/Excessive force or Violence against civilians row; the death is the police's doing, kept here, 1 exact). "
     "Actor2 the Muslim civilians attacked"),
    (SB3213, "التفجير الذي وقع في مسجد قوات الطوارئ في أبها", "التفجير الذي وقع في مسجد قوات الطوارئ في أبها عملاً إجرامياً",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-06", "2", "", "",
     "General Secretariat of the Supreme Judicial Council; its spokesman Sheikh Salman al-Nashwan (Sabq)", "reported",
     "background (the news is the Supreme Judicial Council's condemnation): the bombing in the Emergency Forces mosque in "
     "Abha (no day in the text -> DCT Thursday 6 August, precision 2; dead and wounded worshippers, no number -> fatalities "
     "empty; the 'so-called martyrdom operations' are generic -> Remote explosive as the spent alyaum-2735 row, alternative "
     "Suicide bomb; the Emergency Forces -> Police Forces of Saudi Arabia; 'Abha' as the spent okaz-1328 row). Not coded: the condemnation itself"),
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
