"""Bookkeeping helper for annotator B of the events37 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur31/events37/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 37 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py ("This set: events37, seeds 2822 / 2823, drawn at the start of stop 31 (main 88152d2), 2026-11-27."). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2822).shuffle, walked in order; (b) 10 with no text filter: random.Random(2823).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 2, alwatan 2, aljazirah 1, alriyadh 1, alweeam 1, okaz 1, sabq 1, 3alyoum 1; b: okaz 4, aawsat 3, aljazirah 1, alriyadh 1, alwatan 1).
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
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
CLASH = "Armed clash"
AIR = "Air/drone strike"
UAG = "Unidentified armed group"
ISIS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
HOU = "Houthis"
MFY = "Military Forces of Yemen"
JZ397 = "SN-aljazirah-20150809-397"
AW393 = "SN-aawsat-20150731-393"
WT828 = "SN-alwatan-20150803-828"
RI748 = "SN-alriyadh-20150804-748"
WT2033 = "SN-alwatan-20150806-2033"
OK1401 = "SN-okaz-20150807-1401"
AW88 = "SN-aawsat-20150721-88"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (JZ397, "التفجير الإرهابي", "أدانت الرئاسة الفلسطينية بشدة التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Palestinian Presidency (Secretary-General al-Tayeb Abdel Rahim)", "reported",
     "background (the news is the Palestinian Presidency's condemnation): the terrorist bombing that targeted the "
     "mosque of the Emergency Forces in the Asir region during the noon prayer, leaving 'a number of' martyrs and "
     "wounded ('عدد من' -> fatalities empty; the text says only 'التفجير' -> the generic explosive sub-type, as the "
     "adjudicated spent Asir rows; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces "
     "of Saudi Arabia; the text gives no day -> DCT, precision 3, as the spent events31 aljazirah-399 row of the same "
     "DCT; the real day is Thursday 6 August). Not coded: the condemnation (not a military declaration)"),
    (AW393, "أوقف في الولايات المتحدة", "أنه من انصار تنظيم \"داعش\"، أوقف في الولايات المتحدة",
     SD, ARR, "Police Forces of the United States", "Civilians (United States)", "Key West", "US", "2015-07-28", "2",
     "", "", "FBI (via Asharq Al-Awsat)", "reported",
     "the title's news: the FBI announced on the evening of 'yesterday Tuesday' (DCT Friday 31 July; weekday rule -> "
     "Tuesday 28 July) that a man presenting himself on Facebook as an ISIS supporter, Harlem Suarez (23) of Key West, "
     "Florida, was arrested in the United States and charged with planning to use a backpack bomb (a phone-detonated "
     "bomb to be planted on a beach) (terrorism arrest, political motive -> in scope; arrest day not stated, on or "
     "before the announcement -> 28 July, precision 2; the arresting body is the FBI -> Police Forces of the United "
     "States; a self-declared supporter whose contact attempt with ISIS got no reply -> Civilians (United States), "
     "alternative Islamic State; location: his home town, the only place named, alternative empty). Not coded: the "
     "other ISIS supporter sentenced to ten years for illegal possession of a firearm (legal action)"),
    (WT828, "تفجير انتحاري", "وأصيب 24 في تفجير انتحاري نفذه حزب العمال في الإقليم خلال ليل أول من أمس",
     ERV, "Suicide bomb", PKK, MFT, "Dogubayazit, Agri", "TR", "2015-08-01", "2", "2", "exact",
     "Agri governor's office (via Al Watan)", "reported",
     "the title's news: a suicide bombing carried out by the PKK 'during the night before yesterday' (DCT Monday "
     "3 August -> the night of 1 to 2 August -> 1 August, precision 2, as the spent events27 alwatan-1057 'night before "
     "last' row) with a tractor loaded with two tonnes of explosives on a gendarmerie post ('مركزا للدرك') in the "
     "Dogubayazit district of Agri province, eastern Turkey, near Iran: two security men killed (the title: 'two "
     "soldiers') and 24 wounded (the lead's 'عملية انتحارية' is the same event; governor's office names the PKK, the "
     "outlet 'نسبت إلى' -> actor1 PKK, reported; gendarmerie -> Military Forces of Turkey, as the spent Mus/Ankara "
     "rows)"),
    (WT828, "انفجر لغم أرضي", "أن جنديا قتل في إقليم ماردين بجنوب شرق البلاد حينما انفجر لغم أرضي في عربة عسكرية",
     ERV, IED, UAG, MFT, "Mardin", "TR", "2015-08-02", "2", "1", "exact",
     "Turkish reports (via Al Watan)", "reported",
     "a soldier was killed and eight soldiers wounded when a landmine exploded under a military vehicle in Mardin "
     "province, south-east Turkey (no day in the sentence; the next paragraph's 'with yesterday's attacks the toll "
     "rises' -> DCT 3 August - 1 = 2 August, precision 2, alternative the DCT; no perpetrator named -> Unidentified "
     "armed group, alternative PKK from the article's frame; no town -> 'Mardin')"),
    (WT828, "حملة ضربات جوية على الحزب", "وبدأت تركيا حملة ضربات جوية على الحزب في شمال العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-24", "3", "", "",
     "Al Watan", "reported",
     "aggregate: on 24 July Turkey began a campaign of air strikes on the PKK in northern Iraq (most of the strikes so "
     "far targeted the PKK; 'the air campaign on the party's camps in northern Iraq' is the same series, folded); "
     "dated at the stated start, precision 3; no place -> location empty, IQ (as the spent alwatan-1057 and "
     "aljazirah-969 aggregates); the ISIS targets in Syria have their own row (two targets, two countries)"),
    (WT828, "وعلى متشددي داعش في سورية", "على الحزب في شمال العراق وعلى متشددي داعش في سورية في 24 يوليو",
     ERV, AIR, MFT, ISIS, "", "SY", "2015-07-24", "3", "", "",
     "Al Watan", "reported",
     "aggregate: the same Turkish air campaign begun on 24 July also targeted ISIS militants in Syria (second named "
     "target in another country -> own row, as the spent aljazirah-969/aawsat-368 aggregates; no place -> location "
     "empty; 24 July, precision 3). Not coded: Davutoglu's 'simultaneous battle against terrorism' (commentary)"),
    (WT828, "وزادت وتيرة هجمات مقاتلي", "وزادت وتيرة هجمات مقاتلي حزب العمال الكردستاني في جنوب شرق تركيا منذ منتصف يوليو",
     BAT, CLASH, PKK, PFT, "", "TR", "2015-07-15", "3", "60", "at_least",
     "Al Watan", "reported",
     "aggregate: the PKK fighters' attacks in south-east Turkey have increased since mid-July and escalated further "
     "after the air campaign; with 'yesterday's attacks' the security forces' toll rises to 'at least 60' (60 "
     "at_least; the toll includes the Dogubayazit and Mardin deaths, which have their own rows; dated at the stated "
     "start, mid-July -> 15 July, precision 3, alternative 1 July; 'قوات الأمن' -> Police Forces of Turkey, as the "
     "spent events35 aawsat-187 aggregate; no place -> location empty)"),
    (WT828, "تظاهر عشرات الأكراد", "وفي هذا السياق تظاهر عشرات الأكراد في محافظة السليمانية في شمال العراق أول من أمس",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "Sulaymaniyah", "IQ", "2015-08-01", "1", "", "",
     "Al Watan", "reported",
     "dozens of Kurds demonstrated in Sulaymaniyah governorate, northern Iraq, 'the day before yesterday' (DCT Monday "
     "3 August -> 1 August) against the Turkish air strikes on PKK targets in northern Iraq; Kurds from Turkey, Iran, "
     "Syria and Iraq marched with banners and slogans against the Turkish government and Barzani (the march is the "
     "same gathering, folded; no intervention -> Peaceful protest; governorate named, no town -> 'Sulaymaniyah'). Not "
     "coded: Barzani's call on the PKK to withdraw (statement, not the news)"),
    (RI748, "وصلت كتيبة عسكرية إماراتية", "وصلت كتيبة عسكرية إماراتية إلى عدن لتأمين مطارها",
     SD, "Other", "Military Forces of the United Arab Emirates", "", "Aden Airport, Aden", "YE", "2015-08-04", "2", "",
     "", "Mohammed Marem, director of President Hadi's office (to Al Riyadh)", "reported",
     "the title's news: an Emirati military battalion arrived in Aden to secure its airport alongside the Yemeni army "
     "and to help it operate sensitive equipment; no ground landing operation (troop deployment -> Strategic "
     "developments/Other, as the spent almadina-644 Gulf deployment around Aden and sabq-1518 Aden airport rows; "
     "no day -> DCT, precision 2; stated by the outlet in its lead -> reported). Not coded: 'the military side has "
     "advanced beyond al-Anad by very good distances and will soon head to Zinjibar' (generic progress, no place "
     "taken named; the move on Zinjibar an expectation), the airport repairs and the agreement with Jordan on the "
     "wounded (not in scope)"),
    (RI748, "قصف شنيع", "كمديرية كريتر والتواهي وخورمكسر والمعلا التي كان فيها قصف شنيع",
     ERV, "Shelling/artillery/missile attack", HOU, "Civilians (Yemen)", "Aden", "YE", "2015-08-04", "3", "", "",
     "Mohammed Marem, director of President Hadi's office (to Al Riyadh)", "claimed",
     "aggregate, borderline: the districts of Aden 'violated and destroyed by the forces of the Houthi and Saleh', such "
     "as Crater, Tawahi, Khormaksar and Mualla, where there was 'heinous shelling', houses destroyed beyond repair and "
     "families displaced (past, undated -> DCT, precision 3, as the spent events18 aawsat-270 Aden shelling aggregate; "
     "four districts of one city in one undated sentence -> one row at 'Aden'; the Houthis and Saleh's forces -> "
     "Houthis; homes -> Civilians (Yemen); given only in the words of Hadi's office director -> claimed, alternative "
     "reported; alternative not coded as generic)"),
    # ---- set b (no text filter) ----
    (WT2033, "تحرير قاعدة العند العسكرية", "بمناسبة تحرير قاعدة العند العسكرية ودحر الميليشيات الانقلابية منها في عملية نوعية أول من أمس",
     BAT, "Government regains territory", "Yemeni Resistance", HOU, "Al Anad Air Base", "YE", "2015-08-04", "1", "",
     "", "Yemeni Ministry of Defence statement (via Al Watan)", "reported",
     "the occasion of the Defence Ministry's statement: the liberation of al-Anad military base and the expulsion of "
     "the 'putschist militias' from it 'in a qualitative operation the day before yesterday' (DCT Thursday 6 August -> "
     "4 August, precision 1, as the text says; the spent events23 alwatan-823 row dates the storming 3 August from its "
     "own 'yesterday'); the victor is not named in the sentence; the statement pledges support to the popular "
     "resistance -> Yemeni Resistance, as the spent al-Anad rows, alternative Military Forces of Yemen; presupposed "
     "as fact by the outlet -> reported)"),
    (WT2033, "تلفظ أنفاسها", "أن المليشيات الانقلابية باتت إلى تراجع وانحسار، وهي اليوم تلفظ أنفاسها في قاعدة العند",
     "Statement", "", MFY, HOU, "", "YE", "2015-08-05", "1", "", "",
     "Yemeni Ministry of Defence statement (via Al Watan)", "reported",
     "the title's news: in a statement issued 'yesterday' (DCT 6 August -> 5 August) on the liberation of al-Anad, the "
     "Yemeni Defence Ministry declared that the putschist militias are retreating and 'breathing their last' at "
     "al-Anad, that the day will come when they are driven out of Sanaa and Saada, and that the operations to liberate "
     "Yemeni land from the Houthi rebellion continue until the whole country is liberated (a victory declaration with "
     "continuing operations, the article's news -> Statement; the ministry -> Military Forces of Yemen, alternative "
     "Government of Yemen; the text does not say where it was issued -> location empty). Not coded: the thanks to "
     "the coalition, Hadi's remarks on the victories in the southern governorates (generic)"),
    (OK1401, "حادث التفجير الإرهابي", "لحادث التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ في منطقة عسير أمس",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Kuwaiti Foreign Ministry source; Bahraini and Qatari foreign ministries (via Okaz)", "reported",
     "background (the news is the Gulf states' condemnations): the terrorist bombing that targeted a mosque of the "
     "Emergency Forces in the Asir region 'yesterday' (DCT Friday 7 August -> 6 August), killing and wounding 'a "
     "number of' security men and workers at the site ('عدد من' -> fatalities empty; the text says only 'التفجير' -> "
     "the generic explosive sub-type, as the spent okaz-1408/okaz-1413 rows; no perpetrator named -> Unidentified "
     "armed group; Bahrain's, Qatar's and the UAE's mentions are the same event). Not coded: the condemnations"),
    (AW88, "اختطاف 5 مواطنين تشيكيين", "أكد أكثر من مصدر في لبنان اختطاف 5 مواطنين تشيكيين وسائقهم اللبناني",
     VAC, "Abduction/forced disappearance", UAG, "Civilians (Lebanon)", "West Bekaa", "LB", "2015-07-17", "1", "", "",
     "several sources in Lebanon; Asharq Al-Awsat field sources", "reported",
     "the title's news: five Czech citizens (said to be journalists) and their Lebanese driver were abducted in the West "
     "Bekaa region of eastern Lebanon; the car that took them from Beirut airport on Friday evening was found "
     "'yesterday morning' in Kefraya with their passports and bags, and the driver's family lost contact with him "
     "'since Friday night' (DCT Tuesday 21 July -> Friday 17 July, precision 1, alternative 2: the day is inferred "
     "from the lost contact; kidnappers not named -> Unidentified armed group; sources link it to the detention of a "
     "man of the Fayyad family in the Czech Republic (political leverage) -> in scope; victims -> Civilians (Lebanon), "
     "the country of the event; 'البقاع الغربي' -> 'West Bekaa', alternative 'Kefraya'). Not coded: the army's raids "
     "on hotels and restaurants in the Bekaa searching for the Czechs (search, no arrest), the Fayyad family's earlier "
     "sit-ins at the Czech and US embassies in Beirut (undated, 'more than one')"),
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
