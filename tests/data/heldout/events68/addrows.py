"""Bookkeeping helper for the events68 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events65/addrows.py (itself from events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur41/events68/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 68 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events68/sample.py ("This set: events68, seeds 2924 / 2925, drawn at the start of stop 41 (0546bcd), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2924).shuffle, walked in order; (b) 10 with no text filter, random.Random(2925).shuffle, >=3 sources (got, by source, a: aawsat 3, aleqtisadiya 2, alriyadh 2, okaz 1, alwatan 1, aljazirah 1; b: aljazirah 3, alweeam 2, alyaum 1, almadina 1, aawsat 1, alriyadh 1, alwatan 1).
# ADJUDICATION_LINE
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in README). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 24 rows): detection F1 0.933 before (21 matched of 21 A / 24 B rows, P 0.875, R 1.000; "
       "both gave rows to the same 7 articles and left the same 13 empty; event_type, sub_event_type, actor1, actor2, location_country and reported_as agreed 21/21, location, event_date, fatalities and fatalities_qualifier 20/21, time_precision 19/21; compare.py's pairs are the true event pairs); "
       "21 -> 23 rows: 2 rows added from B: alweeam-1611 Davutoglu's threat against ISIS, the title's news (Statement, Government of Turkey vs Islamic State, DCT, precision 2); aljazirah-445 the ISIS-linked cell's kidnapping of two Afghans in Tehran (background Abduction/forced disappearance, claimed, DCT, precision 3); "
       "no row dropped; no value changed in a kept row; kept against B: B's Taiz siege row (Strategic developments/Other; folded, since fighting at Hadhran and Bir Basha is described in the same paragraph), the spelling 'Hadhran' (B 'Hudhran'), alriyadh-699 PKK assassinations 26 July (B DCT 2 August; the text places them before last week's strikes), alweeam-1611 Suruc 28 at_least (B 30 about), alriyadh-670 both Folkestone rows precision 3 (B 2); the reasons in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
OKAZ1122 = "SN-okaz-20150809-1122"
RIY699 = "SN-alriyadh-20150802-699"
AWS165 = "SN-aawsat-20150726-165"
WEEAM1611 = "SN-alweeam-20150721-1611"
WAT936 = "SN-alwatan-20150808-936"
RIY670 = "SN-alriyadh-20150803-670"
JAZ445 = "SN-aljazirah-20150727-445"
OKS = "Okaz (military and tribal sources)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Yemen round-up (okaz-1122, DCT Sunday 9 August)
    (OKAZ1122, "سيطرتها على زنجبار", "حيث فرضت أمس سيطرتها على زنجبار عاصمة محافظة أبين",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-08", "1", "", "",
     "Okaz (military sources)", "reported",
     "the title's news: the popular resistance loyal to the legitimacy 'yesterday' (DCT Sunday 9 August -> 8 August) imposed "
     "its control on Zinjibar, capital of Abyan, the fourth regional capital it recovers (folded: the armoured attack on the "
     "positions of the Houthis and their allies from the north and south of the city, after a two-day siege; 'Zinjibar, "
     "Abyan' as the spent rows)"),
    (OKAZ1122, "سيطرتها على عدن", "منذ سيطرتها على عدن الشهر الماضي",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-01", "3", "", "",
     "Okaz", "reported",
     "background: the resistance's control of Aden 'last month' (DCT August -> July 2015 -> 1 July, precision 3; as the "
     "spent passing Aden rows). The two other regional capitals implied by 'fourth' are not named, not coded"),
    (OKAZ1122, "مثلث الكود", "ووصولها إلى مثلث الكود",
     BAT, GRT, YR, HOU, "Al Kawd, Abyan", "YE", "2015-08-09", "3", "", "",
     "Okaz", "reported",
     "background: 'these developments come after' the resistance took control of the international road linking Abyan and "
     "Hadramawt and reached the al-Kawd triangle (one row: the road has no named place of its own; undated, before the "
     "Zinjibar capture -> DCT, precision 3, as the spent undated background captures; 'Al Kawd, Abyan' as the spent "
     "aawsat-151 row; borderline: 'reaching' rather than 'taking', alternative Armed clash)"),
    (OKAZ1122, "قصف مواقع الانقلابيين في منطقة الكود", "تشارك في قصف مواقع الانقلابيين في منطقة الكود",
     ERV, AIR, SLC, HOU, "Al Kawd, Abyan", "YE", "2015-08-09", "2", "", "",
     "Tribal source in Abyan (to Okaz)", "reported",
     "a tribal source in Abyan: Apache helicopters and warships take part in bombarding the putschists' positions in the "
     "al-Kawd area while the resistance advances on their strongholds (present tense, no day -> DCT, precision 2; the "
     "coalition's air and sea cover -> Saudi-led coalition; Apache fire is the first-named -> Air/drone strike; the "
     "naval fire folded; the source is not a party -> reported)"),
    (OKAZ1122, "فقدت أحد قياداتها", "أن المقاومة فقدت أحد قياداتها في منطقة «دافوس»",
     BAT, CLASH, YR, HOU, "Dofas, Abyan", "YE", "2015-08-09", "2", "1", "exact",
     "Tribal source in Abyan (to Okaz)", "reported",
     "the same tribal source: the resistance lost one of its leaders in the 'Dafus' (Dofas) area of the Abyan front (a "
     "death in the fighting, no day -> DCT, precision 2; 1 killed, exact). Not coded: the floods that swept Houthi "
     "vehicles in Wadi Bana and set off some of their mines (natural), the expected final announcement of the cleansing "
     "of Abyan and entry into Shabwa 'within a few days' (an expectation)"),
    (OKAZ1122, "معسكر الصدرين", "سيطرت المقاومة الشعبية في محافظة الضالع على معسكر الصدرين",
     BAT, GRT, YR, HOU, "Al Sadrain Camp, Ad Dali", "YE", "2015-08-08", "2", "", "",
     "Okaz", "reported",
     "the popular resistance in al-Dhale governorate took the al-Sadrain camp, the Houthis' last camp (the title's and "
     "lead's 'new victories in al-Dhale yesterday after violent fighting with the Houthi militias and Saleh's forces' "
     "folded here: the camp and the Qatabah mountains are those victories; dated by that 'yesterday' (8 August) with "
     "precision 2, since the camp sentence itself has no day)"),
    (OKAZ1122, "قعطبة", "وبعض الجبال في قعطبة",
     BAT, GRT, YR, HOU, "Qatabah, Ad Dali", "YE", "2015-08-08", "2", "", "",
     "Okaz", "reported",
     "the same clause: the resistance also took some mountains in Qatabah (a differently named place -> own row; "
     "'Qatabah, Ad Dali' as the spent aljazirah-339 row; 8 August, precision 2, as the camp row)"),
    (OKAZ1122, "مواجهات في وسط مدينة دمت", "بدأت فصائل أخرى بخوض مواجهات في وسط مدينة دمت",
     BAT, CLASH, YR, HOU, "Damt, Ad Dali", "YE", "2015-08-09", "2", "", "",
     "Okaz", "reported",
     "while advancing, other (resistance) factions began fighting in the centre of the town of Damt, near the Taiz-Sanaa "
     "road (al-Dhale paragraph; 'began', no day -> DCT, precision 2)"),
    (OKAZ1122, "بني مران", "في مواجهات اندلعت في منطقة بني مران",
     BAT, CLASH, YR, HOU, "Bani Maran, Arhab", "YE", "2015-08-09", "2", "", "",
     "Okaz", "reported",
     "tribes of Sanaa destroyed two Houthi armoured vehicles in confrontations that broke out in the Bani Maran area of "
     "Arhab district, 20 km north of Sanaa; the clashes broke out in the evening after the resistance targeted Houthi "
     "positions and checkpoints in the district and took them (folded; the tribes are called 'the resistance' in the "
     "next sentence -> Yemeni Resistance; 'in the evening' with no day -> DCT, precision 2; no toll)"),
    (OKAZ1122, "زندان", "في عدد من مناطق أرحب سواء زندان أو بني مران",
     BAT, CLASH, YR, HOU, "Zandan, Arhab", "YE", "2015-08-09", "2", "", "",
     "Okaz", "reported",
     "the source: the confrontations continue violently in a number of areas of Arhab, Zandan as well as Bani Maran "
     "(a differently named place -> own row; ongoing -> DCT, precision 2; borderline, alternative: folded into the Bani "
     "Maran row)"),
    (OKAZ1122, "حذران", "المواجهات تدور حاليا في منطقة حذران وبير باشا",
     BAT, CLASH, YR, HOU, "Hadhran, Taiz", "YE", "2015-08-09", "2", "", "",
     "Local sources in Taiz (to Okaz)", "reported",
     "local sources in Taiz: the confrontations are now going on in the Hadhran area west of the city (one location per "
     "row; the other side unnamed, the Taiz fighting is Houthis vs the resistance -> Yemeni Resistance; present -> DCT, "
     "precision 2). Not coded: the 'continuing' Houthi attacks on the innocent and the tight siege (generic), the Houthis "
     "blocking relief convoys from entering Taiz (part of the siege, folded: fighting is described in the same paragraph; "
     "adjudicated: kept against B's Strategic developments/Other row, whose spent precedents are sieges with no fighting "
     "described; alternative: that row); adjudicated: 'Hadhran' kept against B's 'Hudhran' (the usual English form)"),
    (OKAZ1122, "وبير باشا", "المواجهات تدور حاليا في منطقة حذران وبير باشا",
     BAT, CLASH, YR, HOU, "Bir Basha, Taiz", "YE", "2015-08-09", "2", "", "",
     "Local sources in Taiz (to Okaz)", "reported",
     "the same sentence, second place: Bir Basha, west of Taiz city (see the Hadhran row)"),
    # Iraqi Kurdistan asks the PKK to leave (alriyadh-699, DCT Sunday 2 August)
    (RIY699, "مقتل سكان", "بعد مقتل سكان في قرية زاركلي",
     ERV, AIR, MFT, "Civilians (Iraq)", "Zarkali, Erbil", "IQ", "2015-08-01", "2", "", "",
     "Al Riyadh", "reported",
     "the occasion of the title's demand: residents killed in the village of Zarkali north of Erbil, in the Turkish army's "
     "raids on PKK strongholds (the demand was made 'yesterday Saturday' 1 August 'after' the killing -> 1 August, "
     "precision 2; 'residents', no number -> fatalities empty; 'Zarkali, Erbil' as the spent alriyadh-700 row). Not "
     "coded: the Kurdistan presidency's demand, the KRG official's call in Washington to stop the raids (political "
     "statements), the PKK's ending of the truce (undated background), Turkey joining the US-led air campaign (a "
     "decision), Carter's visit to Erbil"),
    (RIY699, "هاجمت مرارا معسكرات", "وكانت تركيا قد هاجمت مرارا معسكرات لحزب العمال الكردستاني",
     ERV, AIR, MFT, PKK, "Kurdistan Region", "IQ", "2015-07-26", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: Turkey repeatedly attacked PKK camps in northern Iraq 'during the last week' (folded: the raids the "
     "Turkish army wages on its strongholds in northern Iraq, 'the raids that recently targeted PKK positions in the "
     "region'; 'last week' -> DCT - 7 = 26 July, precision 3 as an aggregate; 'Kurdistan Region' as the spent aggregate "
     "rows)"),
    (RIY699, "سلسلة من عمليات الاغتيال", "رد على سلسلة من عمليات الاغتيال لضباط شرطة وجنود",
     BAT, CLASH, PKK, PFT, "", "TR", "2015-07-26", "3", "", "",
     "Government of Turkey (via Al Riyadh)", "claimed",
     "aggregate: Turkey said its attack was a reply to a series of assassinations of police officers and soldiers blamed "
     "on the PKK (as the spent PKK-vs-police aggregate rows; no place -> empty, TR; they precede the strikes of the last "
     "week -> 26 July, precision 3 (adjudicated: kept against B's DCT 2 August); only inside Turkey's 'قالت إن' and 'blamed on' -> claimed)"),
    # Turkish opposition (aawsat-165, DCT Sunday 26 July)
    (AWS165, "تفجيرات سروج", "أن تفجيرات سروج أتت بعد",
     ERV, IED, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background (the news is the opposition's accusations about early elections): the Suruc bombings, 'the incident of "
     "the town of Suruc last Monday' (DCT Sunday 26 July -> 20 July, precision 1; same event -> one row; only 'تفجيرات' "
     "and 'حادث' -> Remote explosive/landmine/IED, as the spent 3alyoum-206 row; the only attribution, the blogger "
     "Fuat Avni's claim, is to ISIS cells -> Islamic State, as the spent Suruc rows; no toll). Not coded: 'the war Turkey "
     "wages on ISIS' (generic), the analyst's claims that the ruling party bombs PKK positions 'in Syria' and that the "
     "media blame the PKK for the killing of security men (commentary, no place or date)"),
    # Suruc (alweeam-1611, DCT Tuesday 21 July)
    (WEEAM1611, "انفجار استهدف مركزا ثقافيا كرديا", "في انفجار استهدف مركزا ثقافيا كرديا",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "28", "at_least",
     "Al Weeam; Turkish PM Ahmet Davutoglu (perpetrator)", "reported",
     "the title's news: on Monday (DCT Tuesday 21 July -> 20 July) a blast targeted a Kurdish cultural centre in Suruc near "
     "the Syrian border; the PM: the suicide bombing was carried out by ISIS ('الدلائل الأولية', 'التفجير الانتحاري' -> "
     "Suicide bomb, Islamic State, as the spent Suruc rows); the victims were at a charity gathering for Kobani's "
     "families -> Civilians (Turkey); the lead's 'about 30 killed' and the later 'at least 28 killed and 100 wounded': the "
     "precise figure 28, at_least; adjudicated: kept against B's 30 about, the lead's rounded figure). Turkey's 'necessary measures against ISIS' are the Statement row"),
    (WEEAM1611, "يتوعد", "داود أوغلو يتوعد داعش بعد &#8220;تفجير سروج&#8221;\n",
     "Statement", "", "Government of Turkey", IS, "", "TR", "2015-07-21", "2", "", "",
     "Turkish PM Ahmet Davutoglu (via Al Weeam)", "reported",
     "the title's news, borderline, adjudicated (added from B): Davutoglu threatens ISIS after the Suruc bombing: Turkey "
     "'has taken the necessary measures against ISIS and will continue to do so', vowing to keep fighting the group (a "
     "military warning that is the title's news -> Statement, as the spent Government of Turkey statement rows; place "
     "not stated -> location empty; no day -> DCT, precision 2; alternative: no row)"),
    # Sanaa mosques (alwatan-936, DCT Saturday 8 August)
    (WAT936, "رفع بعض المصلين أصواتهم بالاحتجاج", "عندما رفع بعض المصلين أصواتهم بالاحتجاج",
     PRO, PEACE, "Protesters (Yemen)", "", "Al Nahda, Sanaa", "YE", "2015-08-07", "1", "", "",
     "Al Watan (worshipper Ali al-Sulaymi)", "reported",
     "the title's news, borderline: at Friday prayer 'yesterday' (DCT Saturday 8 August -> 7 August) in the Abu Bakr "
     "al-Siddiq mosque in al-Nahda, north Sanaa, worshippers raised their voices in protest at the new Houthi-imposed "
     "preacher, demanded he step down, then walked out en masse (folded: the lead's walk-outs from several Sanaa mosques "
     "and the other worshipper's walk-out, undated; no force intervened -> actor2 empty; alternative: not coded, a "
     "congregational walk-out). Not coded: the Houthis imposing imams, the habitual 'violent quarrels' that reached "
     "fist-fights (undated, generic), the closure of Sunni mosques in Saada (undated; alternative: Strategic "
     "developments Other)"),
    # Calais (alriyadh-670, DCT Monday 3 August)
    (RIY670, "مؤيدو استقبال اللاجئين", "شارك في الأولى مؤيدو استقبال اللاجئين",
     PRO, PEACE, "Protesters (United Kingdom)", "", "Folkestone", "GB", "2015-08-03", "3", "", "",
     "Al Riyadh", "reported",
     "background: the division over the Calais crisis led to two demonstrations in the British port of Folkestone; the "
     "first by supporters of receiving the refugees (two demonstrations by opposite camps -> two rows; no day -> DCT, "
     "precision 3, a context mention in a report on the Franco-British statement, not a breaking report (adjudicated: "
     "kept against B's 2); no intervention stated). Not coded: the Franco-British statements, the migrants' intrusion attempts "
     "(about 400 on Saturday night), the ten migrant deaths since June (not political violence), the funds for the fence"),
    (RIY670, "مناصرو اليمين المتطرف", "وفي الثانية مناصرو اليمين المتطرف المعادي للاجئين",
     PRO, PEACE, "Protesters (United Kingdom)", "", "Folkestone", "GB", "2015-08-03", "3", "", "",
     "Al Riyadh", "reported",
     "background: the second Folkestone demonstration, by supporters of the anti-refugee far right (see the first row; "
     "no clash stated)"),
    # Iran (aljazirah-445, DCT Monday 27 July)
    (JAZ445, "اعتقلت أجهزة الأمنية الإيرانية", "في السياق ذاته اعتقلت أجهزة الأمنية الإيرانية مجموعة من الأفغانيين",
     SD, "Arrests", "Police Forces of Iran", IS, "Tehran", "IR", "2015-07-27", "2", "", "",
     "Iranian security services (via Al Jazirah)", "reported",
     "the Iranian security services arrested a group of Afghans in Tehran who confessed links to ISIS in Iraq and a "
     "sabotage mission inside Iran (same arrest repeated in the next sentence -> one row; no day, a news item of the "
     "round-up -> DCT, precision 2; security services -> Police Forces of Iran). Not coded: the Sunni leader's complaints, the release of the Iraqi prisoner al-Jubouri and "
     "her hunger strike (prison), the flight of Ahmadinejad's former deputy to Turkey and the corruption arrests (criminal)"),
    (JAZ445, "باختطاف أفغانيين", "حيث قاموا باختطاف أفغانيين يقيمان",
     VAC, "Abduction/forced disappearance", IS, "Civilians (Iran)", "Tehran", "IR", "2015-07-27", "3", "", "",
     "Iranian security services (via Al Jazirah)", "claimed",
     "background, borderline, adjudicated (added from B; first not coded): the arrested ISIS-linked group had kidnapped "
     "two Afghans living in Tehran (the 'kidnapping crimes' the gang confessed to are the same -> one row; an ISIS-linked "
     "cell tasked with sabotage gives the act its political character; from the security services' account of the "
     "confessions -> claimed; no day -> DCT, precision 3; victims in Iran -> Civilians (Iran); alternative: no row, "
     "folded into the arrest)"),
]



def dcts():
    out = {}
    for line in open(os.path.join(HERE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
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
    head = HEADER.replace("# ADJUDICATION_LINE\n", "# " + ADJ + "\n" if ADJ else "")
    lines = [head.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(HERE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_gold.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
