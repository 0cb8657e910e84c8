"""Bookkeeping helper for the events64 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events62/addrows.py (itself from events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur40/events64/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 64 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events64/sample.py ("This set: events64, seeds 2912 / 2913, drawn at the start of stop 40 (74be73d), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2912).shuffle, walked in order; (b) 10 with no text filter, random.Random(2913).shuffle, >=3 sources (got, by source, a: aawsat 3, almadina 3, alriyadh 2, alweeam 1, okaz 1; b: alweeam 2, alyaum 2, 3alyoum 1, aawsat 1, almadina 1, alriyadh 1, okaz 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 28 rows): detection F1 0.963 before (26 matched of 26 A / 28 B rows, P 0.929, R 1.000, A as reference; "
       "A gave rows to 5 articles, B to the same 5 and okaz-1428; 0 A-only, 2 B-only rows; on the 26 pairs every field agreed 26/26 except location 16/26 (10 spelling/format variants: B without the governorate or city part, Jaawalah, Al Dabab, Al Taiziyah) and reported_as 24/26; compare.py's pairs are the true event pairs); "
       "no row added, dropped or changed; values kept against B: the 10 locations ('Place, Governorate' form and spellings of the spent rows: Al Waht, Lahij; Sabr, Lahij; Al Fayush, Lahij; Jaawla, Aden; Jabal Sabr, Taiz; Al Dhabab, Taiz; At Taiziyah, Taiz; Al Jufaynah, Marib; Al Makhdarah, Marib; Abu Dawar, Hajjah), "
       "reported_as claimed for the al-Anad siege and the Dar Saad shelling (almadina-595: only an anonymous military source's words), and no row for B's two okaz-1428 aggregates (the Hodeidah resistance attacks and the Houthi detentions: undated generic claims, a detention state); the reasons in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
GRT = "Government regains territory"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
UAG = "Unidentified armed group"
IS = "Islamic State"
YR = "Yemeni Resistance"
HOU = "Houthis"
CYE = "Civilians (Yemen)"
SLC = "Saudi-led coalition"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
RYD571 = "SN-alriyadh-20150809-571"
MAD595 = "SN-almadina-20150727-595"
AWS142 = "SN-aawsat-20150809-142"
WEEAM944 = "SN-alweeam-20150803-944"
AWS17 = "SN-aawsat-20150723-17"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Germany warns Turkey (alriyadh-571, DCT Sunday 9 August): four background rows of 'late last month'
    (RYD571, "تفجير", "بعد تفجير استهدف تجمعا للشباب",
     ERV, IED, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-01", "3", "32", "exact",
     "Al Riyadh (Turkish authorities for the blame)", "reported",
     "background: relations between the Kurds and the Turkish government grew tense 'late last month' after a bombing "
     "targeting a gathering of pro-Kurdish youth in the town of Suruc, south-east Turkey, killing 32 (the Turkish "
     "authorities held ISIS responsible -> Islamic State, as the spent Suruc rows; the text says only 'تفجير' -> "
     "Remote explosive/landmine/IED, as the spent events52 3alyoum-206 row, alternative Suicide bomb; 'late last month', "
     "no day -> month known, 1 July, precision 3; 32 exact). Not coded: Steinmeier's warning (diplomatic), the June "
     "elections, the 1990s clashes (far older than 12 months)"),
    (RYD571, "قتل اثنين من رجال الشرطة التركية", "على قتل اثنين من رجال الشرطة التركية في سوروج",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Suruc", "TR", "2015-07-01", "3", "2", "exact",
     "Al Riyadh", "reported",
     "background: after the bombing, PKK members killed two Turkish policemen 'in Suruc' (the text's place; an attack on "
     "police -> Battles/Armed clash, as the spent PKK-police rows; July, no day -> 1 July, precision 3; 'اثنين' -> 2 "
     "exact)"),
    (RYD571, "مقاتلي داعش في شمالي سورية", "مستهدفة مقاتلي داعش في شمالي سورية",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-01", "3", "", "",
     "Al Riyadh", "reported",
     "background: the government then launched several air raids targeting ISIS fighters in northern Syria (two targets "
     "in two countries -> two rows, as the spent events52 pair; no place -> location empty; July -> 1 July, precision 3)"),
    (RYD571, "حزب العمال الكردستاني في شمالي العراق", "وكذلك حزب العمال الكردستاني في شمالي العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-01", "3", "", "",
     "Al Riyadh", "reported",
     "background: the same raids' second target, the PKK in northern Iraq (only Iraq named -> IQ; no place -> location "
     "empty; 1 July, precision 3)"),
    # Lahj (almadina-595, DCT Monday 27 July; 'أمس الأحد' = 26 July)
    (MAD595, "السيطرة على بلدتين", "من السيطرة على بلدتين في محافظة لحج",
     BAT, GRT, YR, HOU, "Al Waht, Lahij", "YE", "2015-07-26", "1", "38", "about",
     "a source (via Al Madina)", "reported",
     "the title's news: the popular resistance and the army took control 'yesterday, Sunday' of two towns in Lahj, "
     "al-Waht and Sabr, north of Aden, after two days of battles that killed about 30 Houthi and Saleh gunmen and eight "
     "resistance fighters (one location per row -> al-Waht here, Sabr its own row; the two days' battles folded into the "
     "captures, their joint toll on this first-named town's row: 'ما يقارب 30' + 'ثمانية' -> 38 about; pro-Hadi "
     "resistance and army -> Yemeni Resistance; Saleh loyalists -> Houthis; the remaining Houthis withdrew to al-Hawtah, "
     "folded)"),
    (MAD595, "وصبر", "على بلدتي الوهط وصبر التابعتين",
     BAT, GRT, YR, HOU, "Sabr, Lahij", "YE", "2015-07-26", "1", "", "",
     "a source (via Al Madina)", "reported",
     "the second town of the same capture, Sabr in Lahj (one location per row; 26 July, precision 1; the toll is on the "
     "al-Waht row)"),
    (MAD595, "الفيوش", "في منطقتي الفيوش وجعولا",
     BAT, CLASH, YR, HOU, "Al Fayush, Lahij", "YE", "2015-07-27", "2", "", "",
     "other sources (via Al Madina)", "reported",
     "other sources spoke of limited battles between the Houthis and the resistance in al-Fayush and Jaawla at the "
     "northern entrance of Aden, the resistance seeking to clear the two areas of a light Houthi presence (a clearing "
     "operation -> the resistance as actor1, as the spent events60 Jaawla row; no day -> DCT, precision 2; one location "
     "per row -> al-Fayush here)"),
    (MAD595, "وجعولا", "في منطقتي الفيوش وجعولا",
     BAT, CLASH, YR, HOU, "Jaawla, Aden", "YE", "2015-07-27", "2", "", "",
     "other sources (via Al Madina)", "reported",
     "the same limited battles, second named place: Jaawla ('Jaawla, Aden' as the spent rows; DCT, precision 2; the "
     "later 'الخضراء وجعولة' is the Houthi departure from Aden, not coded)"),
    (MAD595, "تحرير مدينة عدن", "الأسبوع الماضي من تحرير مدينة عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Al Madina", "reported",
     "background: 'last week' the resistance and the army liberated the strategic city of Aden after more than three "
     "months of violent battles (the three months of fighting folded; 'last week' -> DCT - 7 = 20 July, precision 2, by "
     "the convention; pro-Hadi -> Yemeni Resistance, as the spent Aden rows)"),
    (MAD595, "تفرض حصارا خانقًا", "تفرض حصارا خانقًا على مليشيا الحوثي",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-27", "2", "", "",
     "military source at al-Anad air base (to Al Madina)", "claimed",
     "a military source at al-Anad air base: the popular resistance and the pro-legitimacy army impose a tight siege on "
     "the Houthi militia and Saleh's forces (Republican Guard, Central Security) in the base; supplies cut, the clearing "
     "of the base expected within hours (the siege is an ongoing battle -> Armed clash, as the spent almadina-626 Anad "
     "row; present tense -> DCT, precision 2; one source's words -> claimed, as that row). Not coded: the expected end of "
     "the clearing (expectation), the Houthi groups' departure from Aden towards al-Anad (troop movement)"),
    (MAD595, "بقصف منازل المواطنين في دار سعد", "تقوم بقصف منازل المواطنين في دار سعد",
     ERV, SHELL, HOU, CYE, "Dar Saad, Aden", "YE", "2015-07-27", "2", "", "",
     "military source at al-Anad air base (to Al Madina)", "claimed",
     "the same source: the Houthi militia is shelling citizens' homes in Dar Saad after placing Katyusha rockets among "
     "the trees so that the resistance and coalition aircraft cannot find the launch site (present tense -> DCT, "
     "precision 2; the source's words -> claimed; 'Dar Saad, Aden' as the spent rows). Not coded: the coalition's "
     "humanitarian truce announced on Saturday from Sunday midnight (not the article's news; alternative Statement, as "
     "the spent events41 aawsat-91 row), the Houthi spokesman's denial of al-Houthi's tweet"),
    # Taiz, Marib, Hajjah (aawsat-142, DCT Sunday 9 August)
    (AWS142, "تحتدم المعارك", "بينما تحتدم المعارك بين المقاومة",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-09", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the title's 'احتدام المعارك في تعز': battles intensify in the city of Taiz between the pro-legitimacy resistance and "
     "the Houthis and Saleh's followers (ongoing, no day -> DCT, precision 2; the later 'تشتد المواجهات' and the cut "
     "supply route are the same battle -> folded; the named captures and the patrol have their own rows)"),
    (AWS142, "قصف عدة أحياء سكنية", "عمدت الميليشيات المتمردة إلى قصف عدة أحياء سكنية",
     ERV, SHELL, HOU, CYE, "Taiz", "YE", "2015-08-09", "2", "5", "exact",
     "local sources (to Asharq Al-Awsat)", "reported",
     "the rebel militias shelled several residential districts of Taiz: Bab Musa, al-Rawda and al-Jumhuri at random, and "
     "the Houthi and Saleh artillery targeted civilians and public markets in Taiz, leaving five dead and dozens wounded, "
     "some by a shell in al-Bab al-Kabir (one shelling of the city with a citywide toll -> one row at 'Taiz', the "
     "districts named in the note, as the spent events62 Taiz shelling row; alternative one row per district; no day -> "
     "DCT, precision 2; 'خمسة' -> 5 exact)"),
    (AWS142, "جبل صبر", "من السيطرة على عدد من المواقع في جبل صبر",
     BAT, GRT, YR, HOU, "Jabal Sabr, Taiz", "YE", "2015-08-09", "2", "", "",
     "informed sources (to Asharq Al-Awsat)", "reported",
     "the resistance fighters took control of a number of positions in Jabal Sabr and the al-Dhabab area, west of Taiz, "
     "held before by the Houthis (named places -> own rows, one location per row; Jabal Sabr here; no day -> DCT, "
     "precision 2; alternative: folded into the Taiz battle row)"),
    (AWS142, "ومنطقة الضباب", "جبل صبر ومنطقة الضباب",
     BAT, GRT, YR, HOU, "Al Dhabab, Taiz", "YE", "2015-08-09", "2", "", "",
     "informed sources (to Asharq Al-Awsat)", "reported",
     "the same captures, second named place: the al-Dhabab area west of Taiz (DCT, precision 2)"),
    (AWS142, "استدراج دورية عسكرية", "استدراج دورية عسكرية تابع للحوثيين",
     BAT, CLASH, YR, HOU, "At Taiziyah, Taiz", "YE", "2015-08-09", "2", "", "",
     "informed sources (to Asharq Al-Awsat)", "reported",
     "in al-Ta'iziyah district the resistance lured a Houthi military patrol, took its equipment and captured its members "
     "(an ambush of an armed patrol -> Armed clash; a named district -> own row, alternative folded into the Taiz battle; "
     "no day -> DCT, precision 2)"),
    (AWS142, "انتصارات في عدد من المواقع", "هادي، انتصارات في عدد من المواقع وجبهات القتال",
     BAT, GRT, YR, HOU, "Marib", "YE", "2015-08-09", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in Marib governorate the popular resistance backed by the pro-Hadi army achieved victories at several positions and "
     "fronts against the Houthi and Saleh militias; later: relative calm 'yesterday' and the resistance's control of "
     "several positions held by the Houthis and Saleh's supporters (the same gains -> one row; control of unnamed "
     "positions -> Government regains territory, as the spent events62 Lahj 'wide areas' row, alternative Armed clash; "
     "no day -> DCT, precision 2). Not coded: the sheikh's statement, the chief of staff's and governor's inspection visit "
     "and the possible coalition ground operation (expectation)"),
    (AWS142, "بالجفينة", "ثلاث غارات على مواقع للحوثيين بالجفينة",
     ERV, AIR, SLC, HOU, "Al Jufaynah, Marib", "YE", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the coalition aircraft continued their raids on Houthi and Saleh military sites, the latest six raids 'the evening "
     "before yesterday' (DCT 9 August -> 7 August, precision 1): three on Houthi positions in al-Jufaynah (one location "
     "per row; 'Al Jufaynah, Marib' as the spent rows; the generic earlier raids folded)"),
    (AWS142, "بالمخدرة", "ثلاث أخرى على مواقع للحوثيين بالمخدرة",
     ERV, AIR, SLC, HOU, "Al Makhdarah, Marib", "YE", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the other three of the six raids, on Houthi positions in al-Makhdara north-west of Marib (7 August, precision 1)"),
    (AWS142, "اغتيال أحد الأهالي", "اغتيال أحد الأهالي، يدعى محمد وابل",
     VAC, "Attack", HOU, CYE, "Hajjah", "YE", "2015-08-08", "2", "1", "exact",
     "Asharq Al-Awsat; eyewitnesses", "reported",
     "Hajjah governorate saw the assassination of a resident, Mohammed Wabel, by Houthi gunmen, shot while riding home "
     "on his motorcycle; the notables of the district met at once 'yesterday' after the crime (the crime on or just "
     "before 8 August -> 8 August, precision 2; the district's name is garbled ('بمين') -> 'Hajjah'; 1 exact). Not "
     "coded: the notables' meeting"),
    (AWS142, "كمينًا", "نفذت كمينًا استهدف دورية خاصة بالمسلحين الحوثيين",
     BAT, CLASH, YR, HOU, "Abu Dawar, Hajjah", "YE", "2015-08-08", "1", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "the Tihama popular resistance ambushed a Houthi patrol and a saloon car of theirs below the Abu Dawar area in Hajjah "
     "'yesterday morning' (DCT 9 August -> 8 August, precision 1; Tihama resistance -> Yemeni Resistance; 'reports of dead "
     "and wounded' -> fatalities empty)"),
    # Syria, US-trained rebels (alweeam-944, DCT Monday 3 August)
    (WEEAM944, "للنيران يوم الجمعة", "للنيران يوم الجمعة من متشددين آخرين",
     BAT, CLASH, UAG, "Syrian rebels", "", "SY", "2015-07-31", "1", "", "",
     "US officials (via Al Weeam, Reuters)", "reported",
     "the first batch of the forces trained and deployed by the US in northern Syria came under fire on Friday (DCT "
     "Monday 3 August -> 31 July) from 'other militants' (unnamed -> Unidentified armed group; US-trained opposition "
     "fighters -> Syrian rebels; northern Syria -> location empty; as the spent events35 alriyadh-566 row of the same "
     "story)"),
    (WEEAM944, "أول غارات جوية معروفة", "شن الولايات المتحدة أول غارات جوية معروفة",
     ERV, AIR, "Military Forces of the United States", UAG, "", "SY", "2015-07-31", "1", "", "",
     "US officials; NSC spokesman Alistair Baskey (via Al Weeam)", "reported",
     "the Friday attack led the US to launch its first known air strikes in support of those forces; Baskey cited 'the air "
     "strikes the United States launched on Friday' (-> 31 July, precision 1, the day stated here, unlike the spent "
     "alriyadh-566 row's precision 2; against the unnamed attackers -> Unidentified armed group; location empty). Not "
     "coded: Obama's decision to allow air strikes to defend the trained fighters even against Assad's forces, reported "
     "by anonymous officials (a policy decision, not an official declaration; alternative Statement), the coalition's "
     "generic bombing of ISIS in Syria"),
    # Sinai (aawsat-17, DCT Thursday 23 July)
    (AWS17, "انفجار عبوة ناسفة", "في انفجار عبوة ناسفة بسيناء",
     ERV, IED, UAG, "Military Forces of Egypt", "Rafah", "EG", "2015-07-23", "2", "4", "exact",
     "Brig. Mohammed Samir, Egyptian armed forces spokesman", "reported",
     "the title's news: an officer and three soldiers of the Egyptian army killed and three wounded when an explosive "
     "device planted by 'terrorist elements' blew up while the army was combing an area of the city of Rafah, North "
     "Sinai (planter not named -> Unidentified armed group; Wilayat Sinai is named only as the main perpetrator of Sinai "
     "attacks; no day -> DCT, precision 2; 1 + 3 -> 4 exact). Not coded: the attacks on the army and police in Sinai "
     "since Morsi's ouster in July 2013 (a series begun more than 12 months before the DCT)"),
    (AWS17, "بمدينتي رفح", "كمائن للجيش المصري بمدينتي رفح والشيح زويد",
     BAT, CLASH, IS, "Military Forces of Egypt", "Rafah", "EG", "2015-07-01", "1", "117", "at_least",
     "Asharq Al-Awsat", "reported",
     "background: the group's last attack, on 1 July, on several army checkpoints in the cities of Rafah and Sheikh "
     "Zuweid, North Sinai, killing 17 members of the armed forces (4 officers among them) and more than a hundred "
     "militants ('the group' = Ansar Bayt al-Maqdis, now 'Wilayat Sinai', ISIS's branch -> Islamic State, as the spent "
     "events56 row; an armed attack on army posts -> Armed clash; one location per row -> Rafah here, Sheikh Zuweid its "
     "own row; the joint toll on this first-named city's row: 17 + 'more than 100' -> 117 at_least)"),
    (AWS17, "والشيح زويد", "بمدينتي رفح والشيح زويد",
     BAT, CLASH, IS, "Military Forces of Egypt", "Sheikh Zuweid", "EG", "2015-07-01", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the same 1 July attack, second named city: Sheikh Zuweid (the text's 'الشيح زويد'; the toll is on the "
     "Rafah row)"),
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
