"""Bookkeeping helper for annotator B of the events20 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events18/second/make_b.py (itself from
events16/addrows.py). Run: python3 /work/fresh/events20/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 20 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-26 (UTC).
# Sample: ids.txt (sample.py, seeds 2750/2751; the script itself is not in the set folder). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, not drawn for another set): (a) 10 whose title+text matches a generic list of conflict/protest words (CONFLICT): random.Random(2750).shuffle, walked in order; (b) 10 with no text filter: random.Random(2751).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 6, alweeam 2, alriyadh 1, alwatan 1; b: aljazirah 3, aawsat 2, alwatan 2, alweeam 1, almadina 1, aleqtisadiya 1).
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
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
PUS = "Protesters (United States)"
POLUS = "Police Forces of the United States"
RI859 = "SN-alriyadh-20150808-859"
WE1116 = "SN-alweeam-20150811-1116"
AW150 = "SN-aawsat-20150808-150"
WE1164 = "SN-alweeam-20150807-1164"
AW157 = "SN-aawsat-20150811-157"
SKY = "local Yemeni sources (via Sky News Arabia correspondent)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RI859, "حدوث تفجير", "بشأن حدوث تفجير أثناء قيام منسوبي قوة الطوارئ",
     ERV, "Suicide bomb", "Unidentified armed group", "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1",
     "15", "exact", "Saudi Interior Ministry security spokesman (statement)", "reported",
     "Thursday 21/10/1436 AH (= 6 August 2015, DCT Saturday 8 August): a bombing during the noon prayer of the Special "
     "Emergency Forces in the mosque of the force's headquarters in the Asir region killed 15 and wounded 33; the "
     "investigation found a suicide bomber blew himself up with an explosive belt among the worshippers -> Suicide bomb "
     "(the text says suicide); the bomber is identified as the Saudi Yusuf bin Sulaiman al-Sulaiman, no group named -> "
     "Unidentified armed group; the dead: 5 security men of the HQ, 6 trainee soldiers, 4 Bangladeshi workers -> actor2 "
     "Police Forces of Saudi Arabia (Interior Ministry force; the workers in the note); the ministry is the target's "
     "own ministry but the outlet states the bombing as fact -> reported. The bomber's identification is the news, the "
     "bombing is the event (not a background mention). Location: the text names only the region -> Asir"),
    (WE1116, "استردها مقاتلون محليون", "بعد أن استردها مقاتلون محليون تدعمهم الحكومة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-21", "2", "", "",
     "Al Weeam (Reuters feature)", "reported",
     "background: the refugees return to Aden 'three weeks after the end of the fighting in it', after local "
     "government-backed fighters retook the city from the Shia Houthi gunmen (DCT 11 August - 21 days -> 21 July, "
     "precision 2; government-backed local fighters -> Yemeni Resistance, precedent naming). Borderline: could be "
     "folded into the 17 July airport row (same campaign), kept apart as a different place and a different stated time"),
    (WE1116, "السيطرة على مطار عدن", "واستعاد المقاتلون بدعم عسكري من دول خليجية السيطرة على مطار عدن يوم 17 يوليو",
     BAT, GRT, RES, HOU, "Aden Airport, Aden", "YE", "2015-07-17", "1", "", "",
     "Al Weeam (Reuters feature)", "reported",
     "background: the fighters, with military support from Gulf states, regained control of Aden airport on 17 July, "
     "a turning point after a four-month stalemate (Gulf support folded, as the spent coalition-backed resistance rows). "
     "Not coded: 'they have since pushed further into southern Yemen' (generic), Hadi's government leaving Aden in March "
     "(not a violent event), the family's flight from Aden on 10 April after tank and mortar shells began to fall near "
     "their house and snipers' bullets flew overhead (an undated condition of the street war, no actor named), Tawfiq "
     "wounded by a bullet after two months of fighting (personal, undated), the destruction of Khor Maksar (generic), "
     "dozens of Emirati soldiers guarding the runway (presence, no deployment event stated; borderline)"),
    (WE1116, "السيطرة على أجزاء من محافظة إب", "استعادت وبدعم من غارات جوية وأسلحة خليجية السيطرة على أجزاء من محافظة إب",
     BAT, GRT, RES, HOU, "Ibb", "YE", "2015-08-10", "2", "", "",
     "Government of Yemen (President Hadi's government, statement)", "claimed",
     "yesterday Monday (DCT Tuesday 11 August -> 10 August) Hadi's government said that groups supporting it, backed by "
     "Gulf air strikes and weapons, regained control of parts of Ibb governorate (strikes folded; the capture day is not "
     "stated, only the statement day -> 10 August, precision 2; only the government, a party, says so -> claimed; no "
     "town named -> the governorate)"),
    (WE1116, "تتقدم في محافظة أبين", "وإنها تتقدم في محافظة أبين قرب عدن",
     BAT, CLASH, RES, HOU, "Abyan", "YE", "2015-08-10", "2", "", "",
     "Government of Yemen (statement); Al Weeam (Reuters feature)", "reported",
     "the same Monday statement: the pro-government groups are advancing in Abyan governorate near Aden; the feature "
     "itself later speaks of 'the fighters who are expelling the Houthis from Abyan, the last southern governorate they "
     "are still in' (stated by the outlet as fact -> reported; an ongoing advance with no capture named -> Armed clash, "
     "alternative Government regains territory; ongoing, the statement day -> 10 August, precision 2)"),
    (AW150, "نحو ثماني عمليات إرهابية", "ومنذ نوفمبر (تشرين الثاني) 2014 نفذ تنظيم داعش نحو ثماني عمليات إرهابية",
     ERV, IED, "Islamic State", "", "", "SA", "2014-11-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: since November 2014 ISIS has carried out about eight terrorist operations in Saudi Arabia (the "
     "article lists al-Dalwa, the Suwayf centre on the Saudi-Iraqi border, the killing of a Facilities Security "
     "soldier, al-Qudaih, al-Anoud, the killing of a security man in Taif, the killing of a colonel and the bombing of "
     "a security checkpoint in Riyadh, and lastly the bombing of a mosque in an Emergency Forces camp in Asir), most "
     "carried out by teenagers (one row for the count, dated at its start: November -> 1 November 2014, precision 3, "
     "within 12 months of the DCT; mixed targets -> actor2 empty; no place -> location empty; mixed kinds (shootings "
     "and bombings) -> the bombing sub-type of the two named bombings, alternative Violence against civilians/Attack; "
     "the listed items are undated and given no toll -> folded here, except the latest, own background row)"),
    (AW150, "تفجير مسجد في معسكر أمني", "وآخرها تفجير مسجد في معسكر أمني تابع لقوات الطوارئ في منطقة عسير",
     ERV, IED, "Islamic State", "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-08", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the latest of the ISIS operations listed, the bombing of a mosque in a security camp of the "
     "Emergency Forces in the Asir region (the text attributes the list to ISIS -> actor1 Islamic State; Emergency "
     "Forces, Interior Ministry -> Police Forces of Saudi Arabia; the text says only 'bombing' -> Remote "
     "explosive/landmine/IED, as the spent events19 adjudication (sub-types follow each text), alternative Suicide bomb; "
     "no temporal word and no toll in this text -> DCT, precision 3, fatalities empty)"),
    (WE1164, "بمحاصرة", "قام الجيش الوطني مدعوما بمقاتلي المقاومة الشعبية بمحاصرة",
     BAT, CLASH, "Military Forces of Yemen", HOU, "Zinjibar, Abyan", "YE", "2015-08-06", "1", "", "",
     SKY, "reported",
     "title and lead: yesterday Thursday (DCT Friday 7 August -> 6 August) the national army, backed by popular "
     "resistance fighters, besieged the city of Zinjibar, the capital of Abyan, after military reinforcements arrived "
     "on Thursday from neighbouring Lahij at Jaar near Zinjibar (reinforcements folded into the siege; army first -> "
     "Military Forces of Yemen, the resistance in the note; the besieged side is not named, the Houthis from context; "
     "a siege with no capture -> Armed clash; stated in the lead by the outlet -> reported)"),
    (WE1164, "مران", "من بينها مران وساقين",
     ERV, AIR, COAL, HOU, "Maran", "YE", "2015-08-06", "1", "", "",
     "local and tribal sources (Al Weeam)", "reported",
     "Thursday (the lead's 'coalition aircraft bombed houses of Houthi leaders ... yesterday Thursday' -> 6 August): "
     "coalition strikes on Yemeni areas and districts on the border with Saudi Arabia, among them Maran and Saqayn, "
     "targeting houses of Houthi leaders (two named places -> two rows, as the spent Ras Isa/al-Salif rows; no "
     "governorate given in the text -> 'Maran'; no casualties stated)"),
    (WE1164, "ساقين", "من بينها مران وساقين",
     ERV, AIR, COAL, HOU, "Saqayn", "YE", "2015-08-06", "1", "", "",
     "local and tribal sources (Al Weeam)", "reported",
     "coalition strikes on houses of Houthi leaders in Saqayn (see the Maran row)"),
    (WE1164, "قصف طيران التحالف تجمعات", "وفي صعدة، معقل المتمردين الحوثيين، قصف طيران التحالف تجمعات",
     ERV, AIR, COAL, HOU, "Saada", "YE", "2015-08-06", "1", "", "",
     "Al Weeam", "reported",
     "in Saada, the Houthi stronghold, coalition aircraft bombed gatherings and houses of their leaders (a differently "
     "named place -> own row; same Thursday round-up as the lead -> 6 August)"),
    (WE1164, "مواجهات في النقطة الرابعة", "نتيجة مواجهات في النقطة الرابعة",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-06", "2", "11", "exact",
     "Al Weeam", "reported",
     "in Taiz 11 people were killed and 30 wounded from the Houthi and Saleh militias in confrontations at al-Nuqta "
     "al-Rabi'a, Usayfira and al-Arba'in in the city (three city areas with one toll -> one row, location the city; "
     "the other side is not named, the resistance from the round-up -> Yemeni Resistance; no day of its own in the "
     "Thursday round-up -> 6 August, precision 2)"),
    (WE1164, "دبابة للحوثيين", "كما فجر مقاتلو المقاومة الشعبية المؤيدة للسرعية في اليمن، دبابة للحوثيين",
     BAT, CLASH, RES, HOU, "Hawd al-Ashraf, Taiz", "YE", "2015-08-06", "2", "", "",
     "Al Weeam", "reported",
     "popular resistance fighters blew up a tank of the Houthis and Saleh's forces in an attack on Hawd al-Ashraf in "
     "central Taiz (an attack on armed forces -> Armed clash; a differently named place with an action of its own -> own "
     "row; borderline: could be folded into the Taiz confrontations row; 6 August, precision 2 as that row)"),
    (WE1164, "هجوم شنه مقاتلو المقاومة على حافلة", "في هجوم شنه مقاتلو المقاومة على حافلة تقل مسلحين حوثيين",
     BAT, CLASH, RES, HOU, "Al Tafa, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Al Weeam", "reported",
     "al-Bayda governorate: a number of Houthis killed and wounded in an attack by resistance fighters on a bus carrying "
     "Houthi gunmen in the al-Tafa area ('عدد من' -> fatalities empty; armed passengers -> Armed clash; 6 August, "
     "precision 2)"),
    (WE1164, "هجوما للحوثين", "وصدت المقاومة في البيضاء هجوما للحوثين وقوات صالح في منطقة آل حميقان",
     BAT, CLASH, HOU, RES, "Al Humayqan, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Al Weeam", "reported",
     "the resistance in al-Bayda repelled an attack by the Houthis and Saleh's forces in the Al Humayqan area (the "
     "attacker -> actor1; Saleh's forces in the note; 6 August, precision 2)"),
    (AW157, "مسيرة صامتة", "إذ شارك نحو 300 شخص في مسيرة صامتة",
     PRO, "Peaceful protest", PUS, "", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the day before yesterday (DCT Tuesday 11 August -> Sunday 9 August) began calmly: about 300 people in a silent "
     "march (four and a half minutes of silence, 'Stop killing black children' placards) through the streets of Ferguson "
     "to St Mark's church, marking the first anniversary of Michael Brown's killing; the lead's 'hundreds of "
     "demonstrators in a peaceful march in the St Louis suburb' is the same march -> one row. Not coded: Brown's killing "
     "on 9 August 2014 and the violent protests right after it (more than 12 months before the DCT), Obama's interview"),
    (AW157, "تبادل لإطلاق النار", "مع حصول تبادل لإطلاق النار أصيب خلاله شخص واحد بجروح خطيرة",
     BAT, CLASH, "Unidentified armed group", POLUS, "Ferguson", "US", "2015-08-09", "2", "", "",
     "St Louis police chief Jon Belmar", "reported",
     "title and lead: violence in Ferguson after the anniversary march with an exchange of fire in which one man was "
     "seriously wounded: the police said two rival groups exchanged fire late in the evening of the day before yesterday "
     "(9 August; the lead says 'yesterday', 10 August -> 9 August, precision 2), a man who fled opened fire on four "
     "detectives in a van, who fired back; he is in critical condition (rival groups' exchange folded; the chief says "
     "the shooters were 'criminals', not demonstrators -> Unidentified armed group; borderline: could be judged "
     "ordinary crime and not coded, kept as the title's news of armed violence at the anniversary unrest). Not coded: "
     "the looting of two stores in St Louis by a group of young men hours before the shooting (no link to the protests "
     "stated; borderline, could be Riots/Mob violence)"),
    (AW157, "مظاهرات عنيفة", "وكانت فيرغسون شهدت مظاهرات عنيفة",
     "Riots", "Violent demonstration", "Rioters (United States)", "", "Ferguson", "US", "2014-11-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Ferguson saw violent demonstrations after Brown's killing (August 2014, more than 12 months before the "
     "DCT, not coded) and then last November after a grand jury decided to clear the policeman (November -> 1 November "
     "2014, precision 3, within 12 months)"),
    (AW157, "تجمع العشرات في ساحة يونيون", "وفي نيويورك، تجمع العشرات في ساحة يونيون",
     PRO, "Peaceful protest", PUS, "", "Union Square, New York", "US", "2015-08-11", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in New York dozens gathered in Union Square in solidarity with Ferguson, calling for continued demonstrations "
     "against police killings of minority members (no day stated -> DCT, precision 2; no intervention described)"),
    (AW157, "تجمع نحو مائة شخص في بروكلين", "وفي وقت سابق تجمع نحو مائة شخص في بروكلين",
     PRO, "Protest with intervention", PUS, POLUS, "Brooklyn, New York", "US", "2015-08-11", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "earlier, about a hundred people gathered in Brooklyn protesting Brown's killing and the police arrested a number "
     "of them (arrests at the protest -> Protest with intervention, the police -> actor2; 'earlier', no day -> DCT, "
     "precision 2)"),
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
