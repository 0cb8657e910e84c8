"""Bookkeeping helper for annotator B of the events61 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events59/second/make_b.py (itself from events56).
Run: python3 /work/fresh/cur39/events61/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 61 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2902/2903, drawn at the start of stop 39, main 8351216, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2902).shuffle, walked in order; (b) 10 with no text filter: random.Random(2903).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 2, aawsat 2, aleqtisadiya 2, was 1, alweeam 1, 3alyoum 1, alriyadh 1; b: alriyadh 2, alyaum 2, aleqtisadiya 1, aljazirah 1, okaz 1, aawsat 1, 3alyoum 1, alwatan 1).
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
RIO = "Riots"
GRT = "Government regains territory"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
ATT = "Attack"
UAG = "Unidentified armed group"
PSA = "Police Forces of Saudi Arabia"
BH = "Boko Haram"
CNG = "Civilians (Nigeria)"
AJ508 = "SN-aljazirah-20150811-508"
AJ457 = "SN-aljazirah-20150725-457"
AW107 = "SN-aawsat-20150808-107"
WAS1522 = "SN-was-20150810-1522"
AW88 = "SN-aawsat-20150801-88"
EQ631 = "SN-aleqtisadiya-20150731-631"
RY685 = "SN-alriyadh-20150808-685"
WT1041 = "SN-alwatan-20150810-1041"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AJ508, "التفجير الإرهابي", "التفجير الإرهابي الذي استهدف بيت من بيوت الله ورجال أمن",
     ERV, IED, UAG, PSA, "", "SA", "2015-08-11", "3", "", "",
     "Dr. Mohammed al-Nafi, vice-rector of Hafr al-Batin University (via Al Jazirah)", "reported",
     "background (the news is the university official's condemnation and condolences): the terrorist bombing that "
     "targeted 'a house of God' and security men who protect the homeland, carried out by 'one of the sons of the "
     "homeland', with 'martyrs' and wounded (the later 'عمل إجرامي استباح دماء المسلمين الآمنين في بيت من بيوت الله' is "
     "the same event -> one row; only 'التفجير', no suicide stated -> Remote explosive/landmine/IED, as the spent Asir "
     "condolence rows; 'تلك الفئة الضالة', no group named -> Unidentified armed group; security men -> Police Forces of "
     "Saudi Arabia; the text names no place (the Asir Emergency Forces mosque is not named) -> location empty, country "
     "SA from 'this homeland ... the land of the two holy mosques'; no number -> fatalities empty; no day in the text, "
     "a reaction five days after -> DCT, precision 3, as the spent aljazirah-512 and alriyadh-827 reaction rows). Not "
     "coded: the condemnation (statement)"),
    (AJ457, "ونفذت حملات تمشيط", "ونفذت حملات تمشيط بمناطق غرب وجنوب وشرق العريش",
     SD, "Other", "Military Forces of Egypt", UAG, "Al Arish", "EG", "2015-07-25", "2", "", "",
     "Al Jazirah", "reported",
     "the title's news: the Egyptian army and police forces continued the security campaigns to pursue terrorist "
     "elements in scattered areas of North Sinai, set up fixed and mobile checkpoints and carried out combing campaigns "
     "in areas west, south and east of al-Arish and on the al-Arish-Rafah international road (ongoing, no day -> DCT "
     "Saturday 25 July, precision 2; combing and raids with no clash, arrest or toll stated -> Strategic "
     "developments/Other, as the adjudicated spent events34 North Sinai sweep rows, alternative Battles/Armed clash; "
     "'قوات الجيش والشرطة المصرية', the army leading the raids -> Military Forces of Egypt, alternative Police Forces of "
     "Egypt as events34; 'terrorist elements' unnamed -> Unidentified armed group; one location per row: this row "
     "al-Arish (the international road towards Rafah folded here, alternative its own 'Rafah' row), the roads south of "
     "Sheikh Zuweid its own row). Folded: the residents' account of the closed operation areas and 'explosions heard' "
     "(no stated cause), the closure of squares in Sheikh Zuweid, Rafah and al-Arish, the intensive raids by the Second "
     "Field Army with commandos and paratroopers in north and central Sinai. Not coded: the army's 'painful blows' 'over "
     "the past period' (destroyed arms depots, eliminated leaders: no period, no place), the promised statement"),
    (AJ457, "جنوب الشيخ زويد", "وطرق جنوب الشيخ زويد",
     SD, "Other", "Military Forces of Egypt", UAG, "Sheikh Zuweid", "EG", "2015-07-25", "2", "", "",
     "Al Jazirah", "reported",
     "the same campaign, second named area: the combing of the roads south of Sheikh Zuweid (North Sinai) (ongoing -> "
     "DCT, precision 2; Strategic developments/Other as the al-Arish row; one location per row)"),
    (AJ457, "انفجرت عبوة ناسفة", "في غضون ذلك انفجرت عبوة ناسفة بدائية الصنع أمام مجلس مدينة أبو حماد",
     ERV, IED, UAG, "", "Abu Hammad", "EG", "2015-07-25", "2", "", "",
     "Al Jazirah", "reported",
     "meanwhile a primitive IED planted by 'unknown persons' exploded in front of the main gate of the Abu Hammad city "
     "council in Sharqia governorate, smashing the front of an ATM used to pay employees' salaries, with no injuries "
     "(the later 'الانفجار وقع جراء عبوة ناسفة' and the civil-protection director's report of a huge blast are the same "
     "event -> one row; 'مجهولون' -> Unidentified armed group; no person targeted or hurt -> actor2 empty, alternative "
     "Government of Egypt for the council building; no day stated, 'في غضون ذلك' -> DCT, precision 2; 'أبو حماد "
     "بالشرقية' -> 'Abu Hammad'). Not coded: the sweep of the area that found no other device, the prosecution's "
     "investigation"),
    (AW107, "متحف باردو", "وبعد عمليتي متحف باردو وفندق سوسة الإرهابيتين",
     VAC, ATT, UAG, "Civilians (Tunisia)", "Bardo Museum, Tunis", "TN", "2015-08-08", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background (the news is President Caid Essebsi's signing of the anti-terrorism and money-laundering law, "
     "legal): 'after the two terrorist operations of the Bardo museum and the Sousse hotel' voices demanded the law be "
     "hurried (the later 'على غرار متحف باردو' is the same event -> one row; the attack on the museum's visitors -> "
     "VAC/Attack, as the spent events39 Bardo row; the text names no group -> Unidentified armed group, alternative "
     "Islamic State; the text gives no date or toll -> DCT, precision 3 (the real date, 18 March 2015, is within 12 "
     "months but not in the text); 'Bardo Museum, Tunis' as the spent row)"),
    (AW107, "وفندق سوسة", "وبعد عمليتي متحف باردو وفندق سوسة الإرهابيتين",
     VAC, ATT, UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-08-08", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background, same sentence: the terrorist operation of the Sousse hotel (the later 'وهجوم سوسة الإرهابي' is the "
     "same event -> one row; VAC/Attack as the spent events36/39/44 Sousse rows; no group named -> Unidentified armed "
     "group; no date or toll in the text -> DCT, precision 3)"),
    (AW107, "القبض على 1233 موقوفا", "نجحت في القبض على 1233 موقوفا في قضايا إرهابية",
     SD, "Arrests", "Police Forces of Tunisia", "", "", "TN", "2015-08-08", "3", "", "",
     "Najem Gharsalli, Tunisian interior minister (via Asharq Al-Awsat)", "reported",
     "aggregate, borderline: the Tunisian security forces are waging 'during this period' wide security campaigns and "
     "raids in several Tunisian cities to track terrorist groups ('pre-emptive operations' to arrest terrorists before "
     "they strike), and the interior minister said the security units arrested 1,233 detainees in terrorism cases, now "
     "in prison (the campaigns and the arrests are one undated series -> one aggregate row, Arrests; no period or city "
     "-> location empty, DCT, precision 3; the arrested are terrorism suspects, no group named -> actor2 empty, "
     "alternative Civilians (Tunisia); the minister's 'admission' of releases for lack of evidence folded; alternative "
     "Strategic developments/Other for the ongoing campaigns, or no row). Not coded: the law's signing, parliament's 25 "
     "July vote and the constitutional review (legal/political), the 2003 law's 3,000 jailed (too old, legal)"),
    (WAS1522, "التظاهرات الشعبية", "بعد أسابيع من التظاهرات الشعبية",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-08-10", "3", "", "",
     "SPA (Saudi Press Agency)", "reported",
     "aggregate, borderline: al-Abadi's political reform paper, aimed at fighting corruption and improving public "
     "services, came 'after weeks of popular demonstrations' (no place, no start day -> location empty, DCT, precision 3, "
     "as the spent events36/46 Iraqi protest-wave aggregates; no intervention described; alternative no row, a passing "
     "mention). Not coded: the parliament speaker's demand that al-Abadi dismiss ministers proven corrupt, the planned "
     "questioning (political)"),
    (AW88, "هجوم انتقامي", "قتل عشرة أشخاص على الأقل في هجوم انتقامي شنه تنظيم بوكو حرام",
     VAC, ATT, BH, CNG, "Kukawa Gari, Yobe", "NG", "2015-07-31", "2", "10", "at_least",
     "Baba Nuhu, local official (via Asharq Al-Awsat, AFP)", "reported",
     "the title's news: at least ten people were killed in a revenge attack by Boko Haram on the inhabitants of a village "
     "in Yobe state, north-east Nigeria; the local official: 'Boko Haram gunmen attacked the village of Kukawa Gari on 32 "
     "motorcycles and killed ten people, two women among them' (the title's 'هجوم انتقامي' and the quote are the same "
     "event -> one row; an attack on villagers -> VAC/Attack vs Civilians (Nigeria), as the spent events51 alriyadh-649 "
     "row; 'عشرة أشخاص على الأقل' -> 10 at_least; the official spoke 'yesterday Friday' (DCT Saturday 1 August), the "
     "attack's own day not in this text -> 31 July, precision 2; village + state -> 'Kukawa Gari, Yobe')"),
    (AW88, "بقتل عنصرين من بوكو حرام", "من قيام جمع من سكان القرية بقتل عنصرين من بوكو حرام",
     RIO, "Mob violence", "Rioters (Nigeria)", BH, "Kukawa Gari, Yobe", "NG", "2015-07-29", "2", "2", "exact",
     "Baba Nuhu, local official (via Asharq Al-Awsat, AFP)", "reported",
     "background, borderline: the revenge attack came 'two days after' a crowd of the village's inhabitants killed two "
     "Boko Haram members whom they recognised when they came to the village (a crowd killing two men, no arms or "
     "militia named -> Riots/Mob violence, Rioters (Nigeria) vs Boko Haram, as the spent Bab Tobruk residents' rows; "
     "alternative not coded or Battles with a local militia; two days before the attack, itself ~31 July -> 29 July, "
     "precision 2; 'عنصرين' -> 2 exact)"),
    (AW88, "فجرت انتحارية نفسها", "كما قتل ستة أشخاص عندما فجرت انتحارية نفسها أمس في سوق في مايدوغوري",
     ERV, SUI, BH, CNG, "Gamboru Market, Maiduguri", "NG", "2015-07-31", "1", "6", "exact",
     "witnesses; Babakura Kolo, self-defence militia member (via Asharq Al-Awsat, AFP)", "reported",
     "six people were killed when a female suicide bomber blew herself up 'yesterday' (DCT Saturday 1 August -> Friday "
     "31 July, precision 1) in a market in Maiduguri; Kolo: a suicide attack in the Gamboru market in Maiduguri at about "
     "6:30 am, seven bodies including the bomber's taken to hospital, eight wounded (Kolo's 'هجوم انتحاري', 'هذا "
     "الانفجار' and 'هجوم مايدوغوري' are the same event -> one row; 'ستة أشخاص' -> 6 exact, the bomber not counted; "
     "no claim in the text, the attack set in the Boko Haram wave and city ('مهد حركة بوكو حرام') -> Boko Haram, as the "
     "spent events38/51 Maiduguri market rows, alternative Unidentified armed group; market traders -> Civilians "
     "(Nigeria); 'Gamboru Market, Maiduguri' as the adjudicated spent events51 row)"),
    (AW88, "موجة هجمات استهدفت أسواقا مزدحمة", "هو الأحدث في موجة هجمات استهدفت أسواقا مزدحمة",
     ERV, SUI, BH, CNG, "", "NG", "2015-07-01", "3", "130", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the Maiduguri blast is the latest in a wave of attacks on crowded markets, many carried out by teenage "
     "girl suicide bombers, in Nigeria, Chad and Cameroon, which killed 130 people and wounded dozens 'this month' "
     "(July, the AFP report of Friday 31 July -> 1 July, precision 3; many by suicide bombers -> Suicide bomb; three "
     "countries, one row, the first named kept -> NG, location empty, as the adjudicated spent events51 aggregate; "
     "'130' -> 130 exact). Folded: the 'unprecedented wave of suicide bombings in Cameroon, which saw five suicide "
     "attacks'. Not coded: the 15,000 killed since 2009 (too old), the ambushes that killed many officers and men "
     "(generic, undated), Buhari's visit to Cameroon, the appointment of General Iliya Abbah, the 8,700-strong joint "
     "force, General Badeh's farewell remarks"),
    (EQ631, "عملية تحرير مدينة عدن", "ولفت الانتباه إلى أن عملية تحرير مدينة عدن",
     BAT, GRT, "Yemeni Resistance", "Houthis", "Aden", "YE", "2015-07-31", "3", "", "",
     "Hadi al-Yami, chairman of the Arab Human Rights Committee (via Al Eqtisadiah)", "reported",
     "background (the news is al-Yami's call for an investigation of Houthi crimes, a statement): 'the operation to "
     "liberate the city of Aden' revealed patterns of systematic crimes by the armed rebellion (the resistance's "
     "recapture -> Government regains territory, Yemeni Resistance vs Houthis, as the spent events55 'تحرير مدينة عدن' "
     "and events59 Aden rows; no date in the text -> DCT, precision 3). Not coded: the listed crimes (indiscriminate "
     "shelling of civilians and residential areas, extrajudicial executions, the siege of other cities, arrests of "
     "civilians: generic, no place or date), the humanitarian situation"),
    (RY685, "للعمل الجبان الذي استهدف رجال الأمن", "والمستنكرة للعمل الجبان الذي استهدف رجال الأمن في مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, PSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Al Riyadh", "reported",
     "background (the news is the million tweets under #تفجير_طوارئ_عسير condemning it): the cowardly act that targeted "
     "security men in the Emergency Forces mosque in the Asir region (the hashtag's 'تفجير' and the tweets' 'فجرنا', "
     "'فجّر', 'سفك دماء المصلين' are the same event -> one row; only 'bombing', no suicide stated -> Remote "
     "explosive/landmine/IED, as the spent Asir rows; a tweeter's 'الدواعش' is not the outlet's attribution -> "
     "Unidentified armed group, alternative Islamic State; 'martyrs' and wounded, no number -> fatalities empty; the "
     "text gives no day (a tweet's 'بالأمس' is a figure of speech about the victims) -> DCT, precision 3, as the spent "
     "events47 alriyadh-714 row of the same DCT; 'بمنطقة عسير' -> 'Asir'). Not coded: the tweets and condemnations"),
    # ---- set b (no text filter) ----
    (WT1041, "تنفيذ جريمة مسجد طوارئ أبها", "ليتولى تنفيذ جريمة مسجد طوارئ أبها",
     ERV, SUI, UAG, PSA, "Abha", "SA", "2015-08-10", "3", "", "",
     "Al Watan (columnist)", "reported",
     "background, in an opinion column: released detainees who feign repentance 'then girded on explosive belts to blow "
     "us up, the latest of them the terrorist Yusuf al-Sulaiman', held and then released, 'to carry out the crime of the "
     "Abha Emergency [Forces] mosque' (the later 'حادثة التفجير في مسجد قوات الطوارئ بأبها' is the same event -> one "
     "row; the explosive belt tied to the named perpetrator -> Suicide bomb, alternative the generic explosive sub-type "
     "as most spent Asir rows; the interior ministry statement says only that his father sympathises with al-Qaeda, no "
     "group named for the attack -> Unidentified armed group, alternative Islamic State; Emergency Forces -> Police "
     "Forces of Saudi Arabia; 'بأبها' -> 'Abha'; no temporal word -> DCT, precision 3, as the spent column rows; no "
     "toll). Not coded: the 2004 killings of al-Qaeda leaders and the pursuit of cells in Riyadh and Medina (more than "
     "12 months before the DCT), released detainees slipping to Iraq, Yemen or Syria (generic), the call for harsh "
     "measures (commentary)"),
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
