"""Bookkeeping helper for the events20 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events18/addrows.py (itself from events16, events15, events13, ...).
Run: python3 /work/fresh/events20/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 20 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn by the lead with `python3 /work/fresh/sn_sample.py /work/fresh/events20 2750 2751` (the same draw as events18/19's sample.py: 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2750).shuffle, walked in order; (b) 10 with no text filter, random.Random(2751).shuffle, >=3 sources (got, by source, a: aawsat 6, alriyadh 1, alwatan 1, alweeam 2; b: aawsat 2, aleqtisadiya 1, aljazirah 3, almadina 1, alwatan 2, alweeam 1).
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
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 20 rows): 2 rows added "
       "from B (alweeam-1116 Aden city retaken, aawsat-150 aggregate of ISIS's ~8 operations since November 2014), none "
       "removed (20 rows); 1 row retyped to B's (aawsat-157 Ferguson shooting: Riots/Violent demonstration -> "
       "Battles/Armed clash, actor1 Unidentified armed group, B's trigger); 1 reported_as and 2 location values changed "
       "to B's; 1 location spelling kept; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
POLSA = "Police Forces of Saudi Arabia"
POLUS = "Police Forces of the United States"
PROUS = "Protesters (United States)"
RIOUS = "Rioters (United States)"
RIY859 = "SN-alriyadh-20150808-859"
WEEAM1116 = "SN-alweeam-20150811-1116"
AAW150 = "SN-aawsat-20150808-150"
WEEAM1164 = "SN-alweeam-20150807-1164"
AAW157 = "SN-aawsat-20150811-157"
NB = "\u00a0"  # no-break space in the alweeam-1164 text
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RIY859, "تفجير مسجد قوات الطوارئ", "الداخلية: منفذ تفجير مسجد قوات الطوارئ بعسير",
     ERV, "Suicide bomb", "Unidentified armed group", POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Ministry of Interior security spokesman", "reported",
     "follow-up (the article's news is the bomber's identification): on Thursday 21/10/1436 AH (= 6 August 2015) a "
     "suicide bomber with an explosive belt blew himself up among the men of the Special Emergency Forces praying the "
     "noon prayer in the mosque of the force's headquarters in the Asir region; 15 killed (5 security men, 6 trainees "
     "of the Hajj courses, 4 Bangladeshi workers), 33 wounded (the text states the suicide belt -> Suicide bomb; the "
     "bomber is named, a Saudi born 1415 AH, but no group -> Unidentified armed group; Special Emergency Forces -> "
     "Police Forces of Saudi Arabia as the spent rows, the Bangladeshi workers in the note; the mosque is in the "
     "force's HQ, no city named -> Asir). Not coded: the investigation and the ministry's condemnation"),
    (WEEAM1116, "السيطرة على مطار عدن", "واستعاد المقاتلون بدعم عسكري من دول خليجية السيطرة على مطار عدن يوم 17 يوليو",
     BAT, GRT, RES, HOU, "Aden Airport, Aden", "YE", "2015-07-17", "1", "", "",
     "Al Weeam (Reuters)", "reported",
     "background: the (local, government-backed) fighters, with military support from Gulf states, regained control "
     "of Aden airport on 17 July, a turning point after four months of stalemate, and have since pushed further into "
     "the south (the city's recapture, 'three weeks after the end of the fighting', is its own "
     "row since the adjudication; local fighters backed by the government -> Yemeni Resistance, spent "
     "naming). Not coded: the months of street war in Aden, the tank and mortar shells near the family's house before "
     "10 April, the student's wound in early June, the destruction of Khor Maksar and the airport (generic or "
     "anecdotal, no actor or day), the Emirati soldiers guarding the runway (presence, no event)"),
    (WEEAM1116, "استردها مقاتلون محليون", "بعد أن استردها مقاتلون محليون تدعمهم الحكومة من أيدي المسلحين الحوثيين",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-21", "2", "", "",
     "Al Weeam (Reuters)", "reported",
     "background: the refugees return to Aden 'three weeks after the end of the fighting in it', after local fighters "
     "backed by the government retook the city from the Shia Houthi gunmen (DCT 11 August - 21 days -> 21 July, "
     "precision 2; government-backed local fighters -> Yemeni Resistance). Adjudicated: added from B; first folded into "
     "the 17 July airport row, but the city's recapture is a differently placed and differently dated step (the "
     "airport on 17 July, the end of the fighting in the city three weeks before the DCT), as the spent events19 "
     "'تحرير عدن' row. Borderline: could be folded into the airport row"),
    (WEEAM1116, "استعادت وبدعم من غارات جوية", "إن جماعات تؤيدها استعادت وبدعم من غارات جوية وأسلحة خليجية السيطرة على أجزاء من محافظة إب",
     BAT, GRT, RES, HOU, "Ibb", "YE", "2015-08-10", "2", "", "",
     "Government of Yemen (Hadi's government, in Riyadh)", "claimed",
     "'yesterday Monday' (DCT Tuesday 11 August -> 10 August) Hadi's government said that groups supporting it, backed "
     "by Gulf air strikes and weapons, had regained control of parts of Ibb governorate (day of the capture not stated, "
     "on or before the Monday statement -> 10 August, precision 2; Gulf air strikes folded; the government is a party "
     "-> claimed; pro-government groups -> Yemeni Resistance, as events18's Ibb row of the same days)"),
    (WEEAM1116, "تتقدم في محافظة أبين", "وإنها تتقدم في محافظة أبين قرب عدن",
     BAT, CLASH, RES, HOU, "Abyan", "YE", "2015-08-10", "2", "", "",
     "Government of Yemen (Hadi's government, in Riyadh); Al Weeam (Reuters)", "reported",
     "same Monday statement: the pro-government groups are advancing in Abyan governorate near Aden; later the fighters "
     "'who are expelling the Houthis from Abyan, the last southern governorate where they remain' (same ongoing fighting, "
     "folded; no capture of a named place stated -> Armed clash, as events18's Lawdar row; alternative Government "
     "regains territory; present tense -> 10 August, precision 2; adjudicated: reported, as B, first claimed: the feature itself states "
     "as fact that the fighters are expelling the Houthis from Abyan, so the fighting is not only the government's "
     "assertion)"),
    (AAW150, "نحو ثماني عمليات إرهابية", "نفذ تنظيم داعش نحو ثماني عمليات إرهابية في السعودية",
     ERV, IED, "Islamic State", "", "", "SA", "2014-11-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: since November 2014 ISIS has carried out about eight terrorist operations in Saudi Arabia (the text "
     "lists al-Dalwa, the Suwayf centre on the Saudi-Iraqi border, the killing of a facilities-security soldier, "
     "al-Qadeeh, al-Anoud, the killing of a security man in Taif, the killing of a colonel and the bombing of a "
     "checkpoint in Riyadh, and last the Asir Emergency Forces mosque bombing, own background row), most carried out by "
     "teenagers (one row for the count, dated at its start: November 2014 -> 1 November 2014, precision 3, within 12 "
     "months of the DCT; mixed targets -> actor2 empty; no place -> location empty; mixed kinds (killings and "
     "bombings) -> the bombing sub-type of the two named bombings, as B, alternative Violence against civilians/Attack; "
     "the undated items without toll folded here). Adjudicated: added from B; first left out because the kinds are "
     "mixed, but the conventions give such a counted series with a start date one aggregate row"),
    (AAW150, "تفجير مسجد في معسكر أمني", "وآخرها تفجير مسجد في معسكر أمني تابع لقوات الطوارئ في منطقة عسير",
     ERV, IED, "Islamic State", POLSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the latest of 'about eight terrorist operations' ISIS has carried out in Saudi Arabia since "
     "November 2014: the bombing of a mosque in a security camp of the Emergency Forces in the Asir region (the text "
     "says only 'تفجير' -> the generic explosive sub-type, as the events18/19 adjudicated Asir rows; the text gives the "
     "list to ISIS -> Islamic State; no day, no toll -> DCT, precision 3, fatalities empty). The rest of the list "
     "(names without dates, mostly without kind or toll) is folded into the aggregate row (adjudicated). Not coded: "
     "the 2003 wave of "
     "terrorism cases (too old); recruitment of teenagers (commentary)"),
    (WEEAM1164, "بمحاصرة", "بمقاتلي المقاومة الشعبية بمحاصرة" + NB + "مدينة زنجبار",
     BAT, CLASH, "Military Forces of Yemen", HOU, "Zinjibar, Abyan", "YE", "2015-08-06", "1", "", "",
     "Yemeni local sources (Sky News Arabia correspondent)", "reported",
     "'yesterday Thursday' (DCT Friday 7 August -> 6 August): the national army, supported by popular-resistance "
     "fighters, besieged Zinjibar, the capital of Abyan, after military reinforcements arrived on Thursday from "
     "neighbouring Lahij at Jaar near Zinjibar (the reinforcements folded; siege of a Houthi-held city by armed forces "
     "-> Battles/Armed clash, alternative Strategic developments/Other; 'national army' -> Military Forces of Yemen, "
     "the resistance in the note; the besieged side not named in the sentence, the title's 'Houthi leaders' -> Houthis)"),
    (WEEAM1164, "مران", "من بينها مران وساقين",
     ERV, AIR, COAL, HOU, "Maran", "YE", "2015-08-06", "1", "", "",
     "local and tribal sources", "reported",
     "the coalition's aircraft launched several raids on Yemeni areas and districts on the border with Saudi Arabia, "
     "among them Maran and Saqayn, targeting houses of Houthi leaders (the lead dates the strikes on the Houthi leaders' "
     "houses 'yesterday Thursday' -> 6 August; one location per row -> Maran and Saqayn separate; adjudicated: "
     "location 'Maran', as B, first 'Maran, Saada': the text names no governorate for the two districts, only 'on the "
     "border with Saudi Arabia', and the governorate came from my own knowledge)"),
    (WEEAM1164, "وساقين", "من بينها مران وساقين",
     ERV, AIR, COAL, HOU, "Saqayn", "YE", "2015-08-06", "1", "", "",
     "local and tribal sources", "reported",
     "the same border raids as the Maran row, second named place: Saqayn, houses of Houthi leaders targeted; Thursday "
     "6 August from the lead (adjudicated: location 'Saqayn', as B, first 'Saqayn, Saada': no governorate in the text)"),
    (WEEAM1164, "وفي صعدة", "وفي صعدة، معقل المتمردين الحوثيين، قصف طيران التحالف",
     ERV, AIR, COAL, HOU, "Saada", "YE", "2015-08-06", "1", "", "",
     "Al Weeam", "reported",
     "in Saada, the Houthi stronghold, coalition aircraft bombed gatherings and houses of their leaders (own sentence "
     "and place, not the border districts' row; Thursday 6 August from the lead; 'the rebels' -> Houthis)"),
    (WEEAM1164, "نتيجة مواجهات", "نتيجة مواجهات في النقطة الرابعة",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-06", "2", "11", "exact",
     "Al Weeam", "reported",
     "in Taiz 11 killed and 30 wounded of the Houthi and Ali Abdullah Saleh militias in confrontations at al-Nuqta "
     "al-Rabia, Usayfira and al-Arbaeen in the city (one toll for the three neighbourhoods -> one row at city level; "
     "the other side is not named, the resistance implied -> Yemeni Resistance; Saleh's forces in the note; no day of "
     "its own in the Thursday round-up -> 6 August, precision 2)"),
    (WEEAM1164, "دبابة للحوثيين", "فجر مقاتلو المقاومة الشعبية المؤيدة للسرعية في اليمن، دبابة للحوثيين",
     BAT, CLASH, RES, HOU, "Hawd al-Ashraf, Taiz", "YE", "2015-08-06", "2", "", "",
     "Al Weeam", "reported",
     "popular-resistance fighters blew up a tank of the Houthis and Saleh's forces in an attack on Hawd al-Ashraf in "
     "central Taiz (a named place of its own -> own row; attack on an armed force -> Armed clash; 6 August, precision 2)"),
    (WEEAM1164, "حافلة تقل مسلحين حوثيين", "في هجوم شنه مقاتلو المقاومة على حافلة تقل مسلحين حوثيين في منطقة الطفة",
     BAT, CLASH, RES, HOU, "At Tafah, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Al Weeam", "reported",
     "in al-Bayda governorate a number of Houthis killed and wounded in an attack by resistance fighters on a bus "
     "carrying Houthi gunmen in the al-Tafa area ('a number of' -> fatalities empty; ambush of armed men -> Armed "
     "clash; 6 August, precision 2; 'الطفة' -> 'At Tafah', sun-letter form as the spent 'Ad Durayhimi', 'As Salif'; "
     "kept in adjudication against B's 'Al Tafa', a spelling variant)"),
    (WEEAM1164, "وصدت المقاومة", "وصدت المقاومة في البيضاء هجوما للحوثين وقوات صالح في منطقة آل حميقان",
     BAT, CLASH, HOU, RES, "Al Humayqan, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Al Weeam", "reported",
     "the resistance in al-Bayda repelled an attack by the Houthis and Saleh's forces in the Al Humayqan area (attackers "
     "-> actor1 Houthis, Saleh's forces in the note; no territory changed -> Armed clash; 6 August, precision 2)"),
    (AAW157, "مسيرة سلمية", "مئات المتظاهرين في مسيرة سلمية",
     "Protests", "Peaceful protest", PROUS, "", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "hundreds of demonstrators in a peaceful march in the St. Louis suburb (Ferguson) commemorating Michael Brown on "
     "the first anniversary of his killing; the day 'began quietly the day before yesterday' (DCT Tuesday 11 August -> "
     "9 August) with about 300 people in a silent march to St. Mark's church (the same march -> one row)"),
    (AAW157, "تبادل لإطلاق النار", "مع حصول تبادل لإطلاق النار أصيب خلاله شخص واحد",
     BAT, CLASH, "Unidentified armed group", POLUS, "Ferguson", "US", "2015-08-09", "2", "", "",
     "St. Louis police chief Jon Belmar; Asharq Al-Awsat", "reported",
     "title and lead: violence in Ferguson after the peaceful anniversary march, with an exchange of fire in which one "
     "man was seriously wounded: two rival groups exchanged fire late in the evening of 'the day before yesterday' (9 "
     "August), a man who fled fired at four detectives in a van and the police fired back; he is in critical condition "
     "(the lead says 'yesterday', the police account the night of 9 August -> 9 August, precision 2; the rival groups' "
     "exchange folded; no deaths). Adjudicated: Battles/Armed clash, Unidentified armed group vs the police, with B's "
     "trigger, as B; first Riots/Violent demonstration, Rioters (United States) vs Police Forces of the United States "
     "on 'أعمال عنف': the only violence the text describes is the shooting, and the police chief says the shooters were "
     "not demonstrators but 'criminals', so no rioting demonstrators are reported. Borderline: could be judged ordinary "
     "crime and not coded. Not coded: the looting of two stores in St. Louis by a group of youths hours before (no link "
     "to the protests stated; borderline, could be Riots/Mob violence)"),
    (AAW157, "تجمع العشرات", "وفي نيويورك، تجمع العشرات في ساحة يونيون",
     "Protests", "Peaceful protest", PROUS, "", "Union Square, New York", "US", "2015-08-11", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in New York dozens gathered in Union Square in solidarity with Ferguson, demanding that the demonstrations "
     "against police killings of members of minorities continue (no day stated -> DCT, precision 2)"),
    (AAW157, "تجمع نحو مائة شخص", "وفي وقت سابق تجمع نحو مائة شخص في بروكلين",
     "Protests", "Protest with intervention", PROUS, POLUS, "Brooklyn, New York", "US", "2015-08-11", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "'earlier' about a hundred people gathered in Brooklyn protesting Brown's killing and the police arrested a number "
     "of them (arrests at a peaceful gathering -> Protest with intervention; no day stated -> DCT, precision 2)"),
    (AAW157, "نوفمبر", "ومن ثم في نوفمبر (تشرين الثاني) الماضي",
     "Riots", "Violent demonstration", RIOUS, "", "Ferguson", "US", "2014-11-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Ferguson saw violent demonstrations after Brown's death and then 'last November' after a grand jury "
     "decided to clear the officer (November 2014 -> 1 November 2014, precision 3, within 12 months of the DCT; "
     "'violent demonstrations' -> Riots/Violent demonstration, actor2 empty: no force named). Not coded: the August "
     "2014 violent demonstrations right after the killing and Brown's killing on 9 August 2014 (more than 12 months "
     "before the DCT 11 August 2015), the unrest across the United States (generic), Obama's interview"),
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
