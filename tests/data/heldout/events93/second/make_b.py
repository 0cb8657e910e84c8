"""Bookkeeping helper for annotator B of the events93 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur50/events93/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 93 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds and stop as in its docstring, which annotator B did not open: the brief limits B to ids.txt, texts/ and second/). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): shuffled with the half-a seed, walked in order; (b) 10 with no text filter: shuffled with the half-b seed, walked in order, >=3 sources (got, by source, a: almadina 2, okaz 2, aawsat 1, aljazirah 1, alwatan 1, alweeam 1, alyaum 1, sabq 1; b: aleqtisadiya 3, aawsat 2, alwatan 2, alweeam 1, alyaum 1, okaz 1).
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
AAW = "Asharq Al-Awsat"
AFPM = "military sources (via AFP)"
SB3151 = "SN-sabq-20150806-3151"
OK1794 = "SN-okaz-20150722-1794"
MD556 = "SN-almadina-20150808-556"
MD532 = "SN-almadina-20150722-532"
OK1182 = "SN-okaz-20150803-1182"
AW164 = "SN-aawsat-20150802-164"
WT931 = "SN-alwatan-20150808-931"
AW159 = "SN-aawsat-20150810-159"
CIVIQ = "Civilians (Iraq)"
PROIQ = "Protesters (Iraq)"
POLIQ = "Police Forces of Iraq"
POLEG = "Police Forces of Egypt"
PEACE = "Peaceful protest"
AAWAFP = "Asharq Al-Awsat (AFP)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (SB3151, "تفجير عسير", "تفجير عسير يعكس الوجه القبيح",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "2", "13", "exact",
     "UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan (via WAM, Sabq)", "reported",
     "background (the news is the UAE foreign minister's condemnation): the heinous terrorist crime that targeted members "
     "of the Special Emergency Forces in the Asir region while they prayed the noon prayer in the mosque of the forces' "
     "headquarters, killing 10 of them and three workers at the site and wounding nine (10 + 3 -> 13 exact; the body's "
     "'الجريمة الإرهابية البشعة' and 'هذه الجريمة الوحشية النكراء' are the same event -> one row, on the title's trigger); "
     "only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows of that wording (alternative Suicide bomb); "
     "no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; no day in a "
     "same-day report (published 6 August) -> DCT, precision 2, as the spent almadina-1417 row. Not coded: the "
     "condemnation, the UAE's solidarity and condolences (statements)"),
    (OK1794, "عملية التفجير التي نفذها تنظيم داعش", "في عملية التفجير التي نفذها تنظيم داعش في منطقة خان بني سعد",
     ERV, IED, IS, CIVIQ, "Khan Bani Saad", "IQ", "2015-07-22", "3", "100", "exact",
     "Iraqi judicial authorities (via Okaz)", "reported",
     "background (the news is the investigation): the bombing carried out by ISIS in the Khan Bani Saad area, in which 100 "
     "were killed and 150 wounded, with a booby-trapped truck ('الشاحنة المفخخة' / 'السيارة المفخخة'; no suicide bomber "
     "stated -> the generic explosive sub-type; the title's 'هجمات ديالي' and the court's 'عمليات التفجيرات' are the same "
     "attack -> one row); victims not described, a town area -> Civilians (Iraq); no day in the text -> DCT, precision 3; "
     "all as the spent okaz-20150722-1777 row of the same story"),
    (OK1794, "جرى توقيف 11 رجل شرطة", "لافتا الى انه جرى توقيف 11 رجل شرطة",
     SD, "Arrests", POLIQ, POLIQ, "Diyala", "IQ", "2015-07-21", "2", "", "",
     "Diyala Court of Appeal (judge Jassem Abboud) / Iraqi judicial authorities' statement (via Okaz)", "reported",
     "borderline: the Diyala appeals court said 11 policemen forming the security detachment responsible for the area's "
     "security, and their police director, were detained over complicity in the Khan Bani Saad truck bombing; one "
     "policeman broke down and confessed to helping bring the truck in (the confession, the 10 policemen still under "
     "investigation and the director's solitary cell are the same arrests -> one row; arrests tied to a terrorist attack, "
     "not ordinary crime; arresting authority not named -> Police Forces of Iraq; the detained are policemen -> Police "
     "Forces of Iraq; the statement came 'yesterday' (DCT 22 July -> 21 July), the arrests' own day not stated -> "
     "precision 2; the court and the detachment's area are Diyala's -> 'Diyala'; all as the spent adjudicated okaz-1777 "
     "row; alternative no row, a judicial investigation)"),
    (MD556, "حادثة التفجير الإرهابية", "في حادثة التفجير الإرهابية التي استهدفت مسجد",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Najran governor Prince Jalawi bin Abdulaziz bin Musaed (via Al Madina)", "reported",
     "background (the news is the Najran governor's condolences): the terrorist bombing that targeted the mosque of the "
     "Special Emergency Forces in the Asir region, killing security men ('استشهاد رجال الأمن', no number -> fatalities "
     "empty; 'الحادث الجبان' and 'الحادثة الإرهابية' are the same event -> one row); 'تفجير' -> the generic explosive "
     "sub-type; no perpetrator named -> Unidentified armed group; no day in a reaction piece two days later -> DCT, "
     "precision 3, as the spent aljazirah-20150808-499 and alriyadh-20150808-714 rows of the same governor's statement. "
     "Not coded: the condolences and condemnation, the citizens' blood donations (no political violence)"),
    (MD532, "تفجير سوروج", "بتنفيذ تفجير سوروج جنوب تركيا",
     ERV, IED, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-22", "3", "31", "exact",
     "Henri Barkey (Wilson Center analyst); President Erdogan for the blame (via Al Madina)", "reported",
     "background (the news is the analyst's reading): the Suruc bombing in southern Turkey, which killed 31 people, that "
     "President Erdogan blamed on ISIS (the analyst: 'this attack seems to have been carried out by Daesh'; 'هذا الهجوم' is "
     "the same event -> one row); blamed by the president and the analyst -> Islamic State, as the spent alriyadh-571 "
     "'تفجير' row (alternative Unidentified armed group: no claim stated); only 'تفجير' -> the generic explosive sub-type "
     "(alternative Suicide bomb, as most spent Suruc rows whose texts said suicide); the victims -> Civilians (Turkey); "
     "31 exact, this text's number; no day in the text, a commentary piece -> DCT, precision 3 (the real 20 July is not "
     "stated). Not coded: Turkey's pursuit of ISIS members in its cities ('بدء ملاحقات', generic, no time or place)"),
    (MD532, "تجمع لعدد كبير من مؤيدي التنظيم", "كان هناك تجمع لعدد كبير من مؤيدي التنظيم خارج اسطنبول",
     PRO, PEACE, "Protesters (Turkey)", "", "Istanbul", "TR", "2015-07-17", "1", "", "",
     "Henri Barkey (Wilson Center analyst, via Al Madina)", "reported",
     "borderline: the analyst: 'on Friday' (DCT Wednesday 22 July -> the most recent Friday, 17 July, precision 1) a large "
     "number of the group's (ISIS's) supporters gathered outside Istanbul and gave speeches attacking the Turkish "
     "government, and the security services took no step (a public political gathering against the government -> "
     "Protests/Peaceful protest; no intervention -> actor2 empty; 'outside Istanbul' -> 'Istanbul', no other place named; "
     "alternative no row, an aside in an analyst's commentary)"),
    (OK1182, "تحرير عدن", "للمرحلة القادمة بعد تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-03", "3", "", "",
     "Sultan Fadl al-Afifi, sheikh of the Yafa sheikhs (to Okaz)", "reported",
     "background (an interview): 'after the liberation of Aden'; the unknown soldiers' role 'in the defeat of the Houthis "
     "and the deposed (Saleh's) supporters in Aden' is the same event -> one row; the resistance retook Aden from the "
     "Houthis -> Government regains territory, Yemeni Resistance vs Houthis; no date in the text -> DCT, precision 3, as "
     "the spent okaz-1461, alyaum-1138 and alwatan-795 'تحرير عدن' rows. Not coded: Decisive Storm launched by King "
     "Salman (generic praise, as the spent Decisive Storm mentions), the armies' past abuses over half a century "
     "(generic, far too old), 'what happened since 18 August 2014' and 'the developments since March 2015' (no act "
     "described), the federal-state proposal (political)"),
    (AW164, "تظاهر أمس نحو 500 شخص", "وأمام مكتب محافظ البصرة، تظاهر أمس نحو 500 شخص",
     PRO, PEACE, PROIQ, "", "Basra", "IQ", "2015-08-01", "1", "", "",
     AAWAFP, "reported",
     "'yesterday' (DCT Sunday 2 August, published 23:05 UTC; the same page's 'أمس السبت' -> Saturday 1 August, precision 1) "
     "about 500 people demonstrated in front of the Basra governor's office with Iraqi flags and banners, demanding a "
     "solution to the salty water; when the deputy governor came out to hear them they threw plastic water bottles at him "
     "and insisted on meeting the governor himself (the lead's 'the demonstrations continued yesterday in southern "
     "governorates starting from Basra' is folded here; plastic bottles thrown at an official, the demonstrators stress "
     "'we demonstrate peacefully' -> Peaceful protest, alternative Riots/Violent demonstration; no intervention -> actor2 "
     "empty; the sub-city spot not named beyond the office -> 'Basra', as the spent aawsat-20150808-155 governorate-"
     "building sit-in). Not coded: the security forces' deployment around the governorate centre yesterday (a security "
     "measure, no clash)"),
    (AW164, "ذي قار", "بدءا من البصرة حتى ذي قار",
     PRO, PEACE, PROIQ, "", "Dhi Qar", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the lead: 'yesterday' (1 August, as the Basra row) the demonstrations against the poor water and electricity services "
     "continued in a number of southern governorates 'from Basra to Dhi Qar' (one location per row: Basra has its own row, "
     "this one the other named governorate, Dhi Qar; the unnamed governorates in between folded; no intervention; "
     "alternative folded into the Basra row)"),
    (AW164, "احتجز متظاهرون غاضبون", "حيث احتجز متظاهرون غاضبون نائب رئيس مجلس المحافظة",
     "Riots", "Violent demonstration", "Rioters (Iraq)", POLIQ, "Najaf", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the lead: the protest campaign spread 'yesterday' (1 August) to the central governorates, among them Najaf, where "
     "angry demonstrators held the deputy head of the provincial council for several hours before the security forces "
     "managed to get him out of their grip (demonstrators detaining an official -> Riots/Violent demonstration, "
     "alternative Protests/Protest with intervention; the security forces that freed him -> actor2 Police Forces of Iraq "
     "('القوات الأمنية'), alternative actor2 empty: no force used against the crowd is described; no casualties)"),
    (AW164, "تظاهر صباح أمس المئات", "إذ تظاهر صباح أمس المئات",
     PRO, PEACE, PROIQ, "", "Karbala", "IQ", "2015-08-01", "1", "", "",
     AAWAFP, "reported",
     "the same slogans rose in the city of Karbala, 75 km south of Baghdad: 'yesterday morning' (1 August) hundreds "
     "demonstrated against poor services and spreading corruption, marching towards the local-government building amid "
     "tight security measures, chanting 'in the name of religion the thieves sold us', among them students, artists and "
     "journalists; organised by the Karbala coordination of the civil movement (no intervention -> Peaceful protest, "
     "actor2 empty). Not coded: the organiser's 'we will continue this movement' and the activist's call for a fatwa "
     "(statements)"),
    (AW164, "أغرب مظاهرة في تاريخها", "الأربعاء الماضي أغرب مظاهرة في تاريخها",
     PRO, PEACE, PROIQ, "", "Karkh, Baghdad", "IQ", "2015-07-29", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Baghdad saw 'last Wednesday' (DCT Sunday 2 August -> 29 July, precision 1) the strangest demonstration in "
     "its history: train drivers moved a number of trains and cut several streets on the Karkh side of Baghdad, which made "
     "officials speak again of 'infiltrators' (a workers' demonstration blocking streets with trains, no damage or "
     "violence stated -> Peaceful protest, alternative Riots/Violent demonstration for the road-blocking; train drivers -> "
     "Protesters (Iraq); 'جانب الكرخ في بغداد' -> 'Karkh, Baghdad')"),
    (AW164, "لتنظيم مظاهرات يوم الجمعة المقبل", "يستعد نشطاء آخرون لتنظيم مظاهرات يوم الجمعة المقبل في بغداد",
     PRO, PEACE, PROIQ, "", "Baghdad", "IQ", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat", "planned",
     "other activists are preparing to organise demonstrations 'next Friday' in Baghdad (DCT Sunday 2 August -> Friday 7 "
     "August, precision 1; announced future action -> planned, as the spent alwatan-2174 Tahrir Square row of the same "
     "Friday)"),
    (AW164, "أعمال عنف اندلعت خلال تظاهرة", "بعد أقل من أسبوعين على أعمال عنف اندلعت خلال تظاهرة",
     "Riots", "Violent demonstration", "Rioters (Iraq)", "", "Basra", "IQ", "2015-08-02", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the security forces deployed around the governorate centre (Basra) yesterday 'less than two weeks after' "
     "violence broke out during a demonstration against the power cuts ('أعمال عنف اندلعت خلال تظاهرة': violence at a "
     "demonstration, nobody named as its author and no casualties stated -> Riots/Violent demonstration, actor2 empty, "
     "as the spent aljazirah-393 'violent protests' row; alternative Protests/Protest with intervention or Excessive "
     "force (not stated here); 'less than two weeks', no day -> DCT, precision 3 (alternative about 19-20 July, "
     "precision 2); the governorate centre of the Basra paragraph -> 'Basra')"),
    # ---- set b (no text filter) ----
    (WT931, "مناطق جنوب الشيخ زويد", "وتمت المداهمات في مناطق جنوب الشيخ زويد",
     SD, "Other", POLEG, UAG, "Sheikh Zuweid", "EG", "2015-08-08", "2", "", "",
     "Al Watan", "reported",
     "the North Sinai security forces continued their security operations against armed elements, terrorist hotbeds and "
     "takfiri dens; the raids took place in areas south of Sheikh Zuweid, Rafah and east of al-Arish under air cover, "
     "targeting terrorist hotbeds, to abort possible terrorist attempts and to clear areas and roads of IEDs planted by "
     "gunmen earlier on the forces' route (ongoing, no day -> DCT 8 August, precision 2; 'قوات أمن شمال سيناء' -> Police "
     "Forces of Egypt; targets unnamed -> Unidentified armed group; combing and raids under air cover with no clash, "
     "arrest or toll stated -> Strategic developments/Other, alternatives Battles/Armed clash or Arrests, as the spent "
     "adjudicated aljazirah-20150809-357 rows of the same sweep; one location per row: three named areas -> three rows, "
     "this one Sheikh Zuweid; folded: the IED clearing, the tightened searches on the Arish-Qantara road and the new "
     "checkpoints at Balouza, Bir al-Abd and al-Midan)"),
    (WT931, "ورفح", "جنوب الشيخ زويد ورفح وشرق العريش",
     SD, "Other", POLEG, UAG, "Rafah", "EG", "2015-08-08", "2", "", "",
     "Al Watan", "reported",
     "the same North Sinai sweep, second named area: Rafah (see the Sheikh Zuweid row)"),
    (WT931, "وشرق العريش", "جنوب الشيخ زويد ورفح وشرق العريش",
     SD, "Other", POLEG, UAG, "Al Arish", "EG", "2015-08-08", "2", "", "",
     "Al Watan", "reported",
     "the same North Sinai sweep, third named area: east of al-Arish -> 'Al Arish', as the spent adjudicated "
     "aljazirah-357 row (see the Sheikh Zuweid row)"),
    (WT931, "وقوع هجمات مسلحة", "ولا صحة لما تردد عن وقوع هجمات مسلحة على أي من هذه الأكمنة",
     BAT, CLASH, UAG, "Military Forces of Egypt", "North Sinai", "EG", "2015-08-07", "2", "", "",
     "Egyptian army (statement, via Al Watan)", "denied",
     "borderline: the Egyptian army said 'yesterday' (DCT Saturday 8 August -> 7 August) that the situation in North Sinai "
     "is calm and that there is no truth in what was rumoured about armed attacks on any of the checkpoints of Sheikh "
     "Zuweid, Rafah and al-Arish (an event reported as denied -> reported_as denied, as the spent almadina-578 row; "
     "attackers not named -> Unidentified armed group; army checkpoints -> Military Forces of Egypt; the rumour covers "
     "three towns' checkpoints, none singled out -> one row, 'North Sinai', alternative three rows or no row; the "
     "rumoured attacks' day not stated -> the statement's day, precision 2). Not coded: the Sisi-Putin summit in "
     "preparation and the February and May visits (diplomatic), the South Sinai security chief's coordination and "
     "alert (security measures)"),
    (AW159, "تقدما ضد الحوثيين", "تقدما ضد الحوثيين المدعومين من إيران",
     BAT, CLASH, YR, HOU, "", "YE", "2015-08-10", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate (background to the Jordanian aid flight and the wounded Yemenis' arrival): armed factions loyal to "
     "President Hadi and army units trained and equipped by the Gulf states made advances against the Iran-backed "
     "Houthis 'in the past few weeks' (pro-Hadi factions with army units -> Yemeni Resistance, alternative Military "
     "Forces of Yemen; advance without a named capture -> Armed clash, as the spent alriyadh-678 'أحرزوا تقدما' row, "
     "alternative Government regains territory; no place -> location empty; weeks -> DCT, precision 3). Not coded: the "
     "Jordanian relief plane to Aden airport (aid), the arrival of about a hundred wounded Yemenis, many with gunshot "
     "wounds, in Amman on Saturday (medical evacuation; the wounding itself has no time or place), 'the war going on "
     "there' (generic)"),
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
