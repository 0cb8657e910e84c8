"""Bookkeeping helper for annotator B of the events32 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, COLS and HEADER layout copied from /work/main/tests/data/heldout/events28/second/make_b.py (the
convention lines unchanged; the title and sample lines adapted to set 32).
Run: python3 /work/fresh/cur29/events32/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 32 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2806/2807, drawn at the start of stop 29, main da832ac, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2806).shuffle, walked in order; (b) 10 with no text filter: random.Random(2807).shuffle, walked in order, >=3 sources (got, by source, a: alwatan 3, aawsat 3, aleqtisadiya 2, aljazirah 1, okaz 1; b: aleqtisadiya 2, sabq 2, almadina 1, alweeam 1, okaz 1, aljazirah 1, alwatan 1, alriyadh 1).
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
ST = "Statement"
CLASH = "Armed clash"
GRT = "Government regains territory"
ATT = "Attack"
ARR = "Arrests"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
HOU = "Houthis"
YR = "Yemeni Resistance"
MFSA = "Military Forces of Saudi Arabia"
PFSA = "Police Forces of Saudi Arabia"
MFT = "Military Forces of Turkey"
ISIS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
CYE = "Civilians (Yemen)"
MFS = "Military Forces of Sudan"
PFS = "Police Forces of Sudan"
WT827 = "SN-alwatan-20150723-827"
AW404 = "SN-aawsat-20150806-404"
JZ300 = "SN-aljazirah-20150723-300"
OK1280 = "SN-okaz-20150808-1280"
EQ790 = "SN-aleqtisadiya-20150721-790"
WT1663 = "SN-alwatan-20150724-1663"
EQ312 = "SN-aleqtisadiya-20150725-312"
AW368 = "SN-aawsat-20150806-368"
AW272 = "SN-aawsat-20150731-272"
WT1402 = "SN-alwatan-20150722-1402"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list); set b (10 articles) has no rows ----
    (WT827, "أثناء المواجهة مع الميليشيات الحوثية",
     "اللذين استشهدا أثناء المواجهة مع الميليشيات الحوثية المتمردة على الحدود بمنطقة نجران",
     BAT, CLASH, MFSA, HOU, "Najran", "SA", "2015-07-23", "3", "2", "exact",
     "Al Watan", "reported",
     "background (the news is the helicopter transfer 'yesterday' of the two bodies to Muhayil Asir and the funeral "
     "prayer): Corporal Hassan al-Khatarshi and Deputy Sergeant Ibrahim al-Manjahi were 'martyred' during the "
     "confrontation with the Houthi militias on the border in the Najran region (two named soldiers -> 2 exact; "
     "no day of death in the text -> DCT, precision 3, as the spent okaz-1951 martyr row; alternative 2015-07-22, "
     "precision 2, on or before the transfer; Saudi soldiers (land-forces helicopter) -> Military Forces of Saudi "
     "Arabia; region only -> 'Najran'). Not coded: the condolence visits"),
    (WT827, "ردع الميليشيات الحوثية",
     "أثناء مشاركته في ردع الميليشيات الحوثية على الشريط الحدودي بمنطقة جازان",
     BAT, CLASH, MFSA, HOU, "Jazan", "SA", "2015-06-23", "3", "1", "exact",
     "the martyr's father Saeed al-Zahrani (to Al Watan)", "reported",
     "background: Corporal Salman al-Zahrani (Al Baha) was wounded 'about a month ago' while taking part in repelling "
     "the Houthi militias on the border strip of the Jazan region and died of his wounds in the armed-forces hospital "
     "in Riyadh on the second day of Eid al-Fitr (one death from the clash -> 1 exact; 'about a month' before the DCT "
     "23 July -> 23 June, precision 3; region only -> 'Jazan'; the death in Riyadh is not a separate event)"),
    (AW404, "فجر انتحاري نفسه", "فجر انتحاري نفسه، اليوم (الخميس)",
     ERV, "Suicide bomb", UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Saudi Interior Ministry (security spokesman; tweet)", "reported",
     "the title's news: 'today (Thursday)' (the DCT, 6 August) a suicide bomber blew himself up in a mosque of the "
     "Saudi (Special) Emergency Forces in the Asir region, south of the Kingdom; explosive belt (the text says "
     "'انتحاري' and 'حزام ناسف' -> Suicide bomb); toll: the first 'about 17' and 'about 30 wounded' superseded by the "
     "spokesman's 10 Emergency Forces members + 3 workers = 13, and update 2: two wounded security men died -> 15 exact; "
     "no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; no city -> "
     "'Asir'; the title's mention is the same event)"),
    (JZ300, "اشتباكات عنيفة يخوضها منذ أسبوع",
     "في اشتباكات عنيفة يخوضها منذ أسبوع مسلحون من قبيلتي التبو والطوارق",
     BAT, CLASH, "Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)", "Sabha", "LY", "2015-07-15", "2",
     "40", "at_least", "a local official in Sabha (to AFP, via Al Jazirah)", "reported",
     "the title's news: at least 40 killed, most of them gunmen, and dozens wounded in violent clashes fought 'for a "
     "week' between gunmen of the Tebu and Tuareg tribes (the official spoke 'yesterday Wednesday', 22 July: 'the "
     "battles that broke out a week ago' -> 15 July, precision 2; one continuing battle with one toll -> one row; "
     "'قتيلاً على الأقل 40' -> 40 at_least; the government's appeal to 'our sons in the city of Sabha' to stop fighting "
     "and the official in Sabha -> 'Sabha'; hundreds of families displaced, folded). Not coded: the government's "
     "appeal (statement), the Tebu-Tuareg battles on several fronts 'for more than a year and a half' (began more than "
     "12 months before the DCT, no place or toll)"),
    (JZ300, "قد اختطفوا يوم الأحد الماضي",
     "يعملون في شركة بوناتي لأعمال البناء قد اختطفوا يوم الأحد الماضي",
     VAC, "Abduction/forced disappearance", UAG, "Civilians (Libya)", "Mellitah, Zuwara", "LY", "2015-07-19", "1",
     "", "", "Al Jazirah", "reported",
     "background (the news of this part is UN envoy Leon's call for their release and the Italian minister's words): "
     "four Italians working for the Bonatti construction company were kidnapped 'last Sunday' (DCT Thursday 23 July -> "
     "19 July) near the Mellitah oil complex in Zuwara (also 'the Italians kidnapped in the Mellitah area of Zuwara', "
     "same event; kidnappers not named -> Unidentified armed group; foreign civilians -> Civilians (Libya) by the "
     "country-of-event rule, as the spent Sevare hostages row)"),
    (OK1280, "ضبطا قاطرتين", "الجيش الوطني والمقاومة اليمنية ضبطا قاطرتين تقلان",
     SD, "Disrupted weapons use", "Military Forces of Yemen", HOU, "Marib", "YE", "2015-08-08", "2", "", "",
     "Marib governor Sultan al-Arada (to Okaz)", "reported",
     "the title's news: the national army and the Yemeni resistance seized two trucks carrying Iranian-made "
     "intelligence, eavesdropping and broadcasting equipment hidden under food, on their way to the Houthis in Sanaa "
     "(seizure of military equipment bound for the enemy -> Disrupted weapons use, alternative Strategic "
     "developments/Other; the national army named first -> Military Forces of Yemen, the resistance in the note, "
     "alternative Yemeni Resistance; destination -> actor2 Houthis; no seizure place, the speaker is Marib's governor "
     "-> 'Marib'; no day -> DCT, precision 2; stated as fact in the title -> reported, alternative claimed). Not "
     "coded: the army 'advancing on all fronts' and the fronts of Sirwah, al-Najfa, al-Makhdara and al-Jadaan, the "
     "clearing of 'some pockets' in Marib (generic, no event described)"),
    (EQ790, "سيطرت المقاومة الشعبية في مأرب", "من جانب آخر، سيطرت المقاومة الشعبية في مأرب، شرقي اليمن، أمس",
     BAT, GRT, YR, HOU, "Al Faw, Marib", "YE", "2015-07-20", "1", "", "",
     "a resistance source (via Al Eqtisadiya)", "reported",
     "'yesterday' (DCT Tuesday 21 July, published early that morning -> 20 July): the popular resistance in Marib took "
     "Houthi positions in the west of the governorate: a surprise attack on Houthi positions in the al-Faw area, three "
     "of them taken after the rebels fled; combing of the area and pursuit folded (pro-Hadi popular resistance -> "
     "Yemeni Resistance, Government regains territory as the spent rows; 'منطقة الفاو' -> 'Al Faw, Marib')"),
    (EQ790, "استهداف دورية عسكرية تابعة لهم", "إثر استهداف دورية عسكرية تابعة لهم بالقرب من مفرق حبيش",
     BAT, CLASH, YR, HOU, "Mafraq Hubaysh, Al Makhadir", "YE", "2015-07-20", "1", "", "",
     "statement of the resistance (via Al Eqtisadiya)", "reported",
     "'yesterday' (20 July) the popular resistance in Ibb governorate carried out two separate operations against the "
     "Houthi gunmen; its statement: Houthi dead and wounded when a Houthi military patrol was targeted near Mafraq "
     "Hubaysh in al-Makhadir district, the patrol destroyed and everyone in it killed or wounded; it was heading to Taiz "
     "as reinforcements (attack on an armed patrol -> Battles/Armed clash; no number -> fatalities empty; the second "
     "operation is not described -> folded here, alternative a second row at 'Ibb'; the outlet states the operations "
     "in its own voice -> reported)"),
    (EQ790, "قصف متعمد لمنطقة سد الجبلين", "قامت أمس بقصف متعمد لمنطقة سد الجبلين في منطقة الضباب",
     ERV, SHELL, HOU, CYE, "Sadd al-Jabalain, Taiz", "YE", "2015-07-20", "1", "", "",
     "Taiz Military Council (statement via Saba)", "reported",
     "'yesterday' (20 July) the Houthi and Saleh militias deliberately shelled the Sadd al-Jabalain area in al-Dhabab "
     "(Taiz), site of the strategic oil and gas reserve of Taiz and Ibb, 'to subjugate the population' (also the "
     "outlet's lead 'the rebel militias shelled a site for storing the strategic reserve', same event; Houthis and "
     "Saleh's forces -> Houthis; the stated aim, the population -> Civilians (Yemen), alternative actor2 empty; no "
     "casualties stated; 'سد الجبلين في منطقة الضباب' -> 'Sadd al-Jabalain, Taiz', alternative 'Al Dhabab, Taiz'). "
     "Not coded: the council's condemnation and threat"),
    (EQ790, "بعد تحريره", "خلال الأسبوع المقبل، بعد تحريره من مسلحي الحوثي",
     BAT, GRT, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-21", "3", "", "",
     "Yemeni Interior Minister Abdu al-Hudhaifi (via Al Eqtisadiya)", "reported",
     "background: Aden international airport, to be reopened next week 'after its liberation' from the Houthi gunmen "
     "and the forces loyal to ex-president Saleh; the minister praised the popular-resistance fighters 'who managed to "
     "expel the Houthi gunmen', and the ministerial team meets in Aden 'after the liberation operations of the "
     "governorate's towns' (same recapture, folded; 'Aden Airport, Aden' as the spent alweeam-1116 row; no day in the "
     "text -> DCT, precision 3; alternative location 'Aden')"),
    (EQ790, "قتلوا في معارك عدن", "750 شخصا قتلوا في معارك عدن خلال ثلاثة أشهر",
     BAT, CLASH, HOU, YR, "Aden", "YE", "2015-04-21", "3", "750", "exact",
     "Yemeni Interior Minister Abdu al-Hudhaifi (press statement)", "claimed",
     "aggregate: 750 people were killed in the battles of Aden during three months of clashes (dated at the period's "
     "start, three months before the DCT -> 21 April, precision 3; the Houthis and Saleh's forces against the popular "
     "resistance; the minister's figure only -> claimed, alternative reported)"),
    (WT1663, "يشاركون في معارك", "يشاركون في معارك تمهد لاستعادة الرمادي",
     BAT, CLASH, "Military Forces of Iraq", ISIS, "Ramadi", "IQ", "2015-07-23", "2", "", "",
     "Pentagon spokesman Col. Steve Warren", "reported",
     "the title's news: the Pentagon spokesman said 'yesterday' (DCT 24 July -> 23 July) that about 3,000 Iraqi "
     "soldiers trained by the US-led coalition are taking part for the first time in the battles around Ramadi that "
     "prepare its recapture from ISIS, with 500 Sunni tribal fighters trained at Habbaniyah; the effort now focuses on "
     "isolating Ramadi (ongoing battle, no day -> the statement's day, 23 July, precision 2, as the spent adjudicated "
     "3alyoum-44 report-day rows; alternative DCT; tribal fighters folded). Not coded: the direct assault on the city "
     "'expected within weeks' (an expectation with no date, folded; no planned rows in the spent sets)"),
    (WT1663, "سيطر عليها مايو الماضي", "من داعش التي سيطر عليها مايو الماضي",
     BAT, "Non-state actor overtakes territory", ISIS, "Military Forces of Iraq", "Ramadi", "IQ", "2015-05-01", "3",
     "", "", "Al Watan", "reported",
     "background: ISIS took Ramadi last May (May 2015 -> 1 May, precision 3, within 12 months, as the spent "
     "Mukalla/Sanaa takeover rows; the side that lost it is not named in the text, Military Forces of Iraq from the "
     "frame, alternative actor2 empty)"),
    (EQ312, "وقصفت طائرات حربية تركية", "وقصفت طائرات حربية تركية أهدافا",
     ERV, AIR, MFT, ISIS, "", "SY", "2015-07-24", "1", "", "",
     "Al Eqtisadiya", "reported",
     "Turkish warplanes bombed ISIS targets in Syria 'for the first time yesterday' (DCT Saturday 25 July -> 24 July; "
     "no place named -> location empty, SY). Not coded: Kerry's remarks on the Iran deal, the Security Council's "
     "endorsement, Turkey's permission for US aircraft to strike from a base near the Syrian border (basing "
     "permission), the planned Kerry-Lavrov and Doha meetings"),
    (AW368, "ستطلق قريبا هجوما", "أعلنت تركيا أمس أنها ستطلق قريبا هجوما",
     ST, "", "Government of Turkey", ISIS, "Malaysia", "MY", "2015-08-05", "1", "", "",
     "Turkish Foreign Minister Mevlut Cavusoglu (via Anadolu)", "reported",
     "the title's news: Turkey announced 'yesterday' (DCT Thursday 6 August -> 5 August) that it will 'soon' launch a "
     "'large-scale' offensive against ISIS in northern Syria, Cavusoglu saying so at his meeting with Kerry in "
     "Malaysia on the sidelines of the ASEAN meetings (announcement of an operation that is the article's news -> "
     "Statement, as the spent events26 aljazirah-969 row of the same announcement; the text names only the country -> "
     "'Malaysia'; alternative a planned row in SY). Not coded: 'American aircraft began arriving' in Turkey, the "
     "training of the moderate Syrian opposition, the July permission to use Incirlik, the new chief of staff "
     "(appointment), the coalition talks and possible new elections"),
    (AW368, "هجوم دامٍ", "بعد هجوم دامٍ في 20 يوليو",
     VAC, ATT, ISIS, "Civilians (Turkey)", "", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: Turkey changed its stance after a bloody attack on 20 July in the south of the country on the border "
     "with Syria, attributed to ISIS, that killed 32 people (the Suruc attack; the text says only 'هجوم', no bomb or "
     "suicide -> Violence against civilians/Attack, alternative Explosions/Remote violence/Suicide bomb; 'attributed "
     "to' ISIS -> Islamic State, as the spent aleqtisadiya-883 Suruc row, alternative Unidentified armed group; no "
     "town named -> location empty, TR)"),
    (AW368, "سلسلة من الغارات الجوية", "وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: since then (the 20 July attack) Turkey has carried out a series of air strikes which it says target "
     "PKK activists in northern Iraq and ISIS militants; observers say they hit the Kurds more (this row: the PKK "
     "targets in northern Iraq; the lead's 'two weeks after the start of air strikes on Kurdish positions in Iraq' is "
     "the same series; dated at 'since then', 20 July, precision 3; no place -> location empty, IQ; two targets in two "
     "countries -> two rows, as the adjudicated events26 aljazirah-969 aggregates)"),
    (AW368, "ومسلحين من تنظيم داعش", "في شمال العراق ومسلحين من تنظيم داعش، غير أن",
     ERV, AIR, MFT, ISIS, "", "SY", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the ISIS targets of the same series of Turkish air strikes since 20 July (country not stated, SY from "
     "the article's frame, Turkey's fight against ISIS in northern Syria, as the events26 row; location empty; "
     "precision 3)"),
    (AW368, "أول ضربة جوية مميتة", "نفذت أول ضربة جوية مميتة في شمال سوريا",
     ERV, AIR, "Military Forces of the United States", ISIS, "", "SY", "2015-08-05", "2", "", "",
     "CNN, citing US defence officials (via Reuters)", "reported",
     "CNN reported 'yesterday' (DCT 6 August -> 5 August) that the United States carried out its first deadly air strike "
     "in northern Syria from a base in southern Turkey (strike day not stated, on or before the report -> 5 August, "
     "precision 2; target not stated in the sentence, the next sentence's strikes 'against ISIS militants' from the "
     "Turkish base -> Islamic State; deadly, no number -> fatalities empty; 'northern Syria' -> location empty, SY); "
     "folded: the armed US drones that took off from Incirlik on Monday 'to carry out missions in Syria'"),
    (AW272, "استعادت مواقع على مشارف عدن", "من التحالف العربي، استعادت مواقع على مشارف عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-31", "2", "", "",
     "informed Yemeni sources (via Asharq Al-Awsat)", "reported",
     "Yemeni (pro-Hadi) forces backed by coalition air strikes regained positions on the outskirts of Aden which the "
     "Houthis used to fire rockets at the city (forces loyal to Hadi -> Yemeni Resistance, as the spent rows; coalition "
     "air support folded; outskirts -> 'Aden'; no day -> DCT, precision 2). The lead's 'the forces loyal to Hadi and the "
     "popular resistance continue their advance on the Lahij and Abyan fronts' is the rows below"),
    (AW272, "السيطرة على جبل يسوف", "المقاومة تمكنت من السيطرة على جبل يسوف الاستراتيجي في مديرية لودر",
     BAT, GRT, YR, HOU, "Jabal Yasuf, Lawdar", "YE", "2015-07-31", "2", "", "",
     "local sources in Abyan (to Asharq Al-Awsat)", "reported",
     "the resistance took the strategic Jabal Yasuf in Lawdar district (Abyan) and cleared it of the Houthi militias; "
     "folded: the trenches and tunnels found, and the capture of a number of Houthi fighters, three of them children "
     "under 13, reported by a resistance source in Lawdar (captures in the same battle); no day -> DCT, precision 2"),
    (AW272, "السيطرة على مدينة الحوطة", "تمكنت المقاومة الشعبية من السيطرة على مدينة الحوطة عاصمة المحافظة",
     BAT, GRT, YR, HOU, "Al Houta", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the title's 'takes the capital of Lahij': the popular resistance took al-Houta, capital of Lahij governorate, "
     "after fierce battles with the Houthi militias and Saleh's forces (battles folded; no day -> DCT, precision 2). "
     "Not coded: the resistance's siege of al-Anad base 'from all directions', waiting for orders to storm it (no "
     "fighting described, an ongoing siege; the storming is not yet ordered; alternative a Battles row at 'Al Anad Air "
     "Base')"),
    (AW272, "المعارك انتقلت إلى عقبة ثرة", "أن المعارك انتقلت إلى عقبة ثرة الاستراتيجي",
     BAT, CLASH, YR, HOU, "Aqabat Thirah, Abyan", "YE", "2015-07-31", "2", "", "",
     "information in Abyan (via Asharq Al-Awsat)", "reported",
     "the battles moved to the strategic Aqabat Thirah (Thirah pass) in Abyan, to clear it of the Houthis (the Houthis' "
     "and Saleh's supply and escape route from Sanaa via al-Bayda; a differently named place -> own row; no capture "
     "stated -> Armed clash; no day -> DCT, precision 2)"),
    (AW272, "سيطرت على تبة مسعود", "إن المقاومة سيطرت على تبة مسعود بمديرية مشرعة",
     BAT, GRT, YR, HOU, "Tabat Masoud, Jabal Sabir", "YE", "2015-07-31", "2", "10", "at_least",
     "a popular-resistance source (via Asharq Al-Awsat)", "reported",
     "the popular resistance in Taiz took a strategic position held by the Houthis and Saleh's forces: Tabat Masoud in "
     "Mashraa (wa Hadnan) district after an attack on Hadnan village on Jabal Sabir, seizing several military patrol "
     "vehicles; clashes continue in Hadnan (folded); the later 'the resistance in Sabir stormed the militia's "
     "stronghold in Hadnan and took Qubbat Masoud' is the same event; folded as the same battle (same district, same "
     "days): the Houthi armour heading to Mashraa and Hadnan to retake the strategic al-Kashar position after the "
     "resistance took it, and the 'reports of more than ten' Houthis killed and more than 20 wounded in clashes with the "
     "resistance in Mashraa wa Hadnan district -> 10 at_least; location as the spent 'Tabat al-Kashar, Jabal Sabir'; "
     "no day -> DCT, precision 2)"),
    (AW272, "هجومًا استهدف دورية عسكرية", "نفذت المقاومة الشعبية هجومًا استهدف دورية عسكرية تابعة للحوثيين شرق مدينة تعز",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-31", "2", "4", "exact",
     "Asharq Al-Awsat", "reported",
     "the popular resistance attacked a Houthi military patrol east of Taiz city, killing four Houthis and wounding "
     "three (attack on an armed patrol -> Armed clash; 'east of the city' -> 'Taiz'; no day -> DCT, precision 2); the "
     "source's later 'targeting of a Houthi/Saleh patrol in front of Madinat al-Saleh in al-Hawban (east Taiz), killing "
     "and wounding those in it' is read as the same attack (folded; alternative its own row at 'Al Hawban, Taiz')"),
    (AW272, "بعد استهدافهم لدورية عسكرية", "خلال ساعة واحدة بعد استهدافهم لدورية عسكرية",
     BAT, CLASH, YR, HOU, "Jawlat al-Qasr, Taiz", "YE", "2015-07-31", "2", "", "",
     "a source close to the resistance (to Asharq Al-Awsat)", "claimed",
     "the resistance's first 'quality operation' of the hour: the targeting of a military patrol at Jawlat al-Qasr "
     "(al-Qasr roundabout) next to the Special Security Forces camp in Taiz, an hour before the al-Hawban patrol "
     "attack (a differently named place -> own row; no toll; only the resistance-close source's account -> claimed; no "
     "day -> DCT, precision 2)"),
    (AW272, "جرت اشتباكات عنيفة بينهم", "حيث جرت اشتباكات عنيفة بينهم في منطقة المناخ",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-31", "2", "20", "at_least",
     "a source close to the resistance (to Asharq Al-Awsat)", "claimed",
     "the battles intensified between the resistance (backed by the national army) and the Houthi militias with "
     "Saleh's forces in Taiz: violent clashes in al-Manakh, Wadi Saina, al-Murur, al-Dhabab, Sarab and near the "
     "security directorate and the axis command, more than 20 Houthi gunmen killed ('أكثر من 20' -> 20 at_least; one "
     "toll for several neighbourhoods -> one row at city level, as the spent alweeam-1164 Taiz row); folded: the "
     "resistance's advance in the 40th and 60th streets, al-Mujalliya and the Fourth Point (al-Nuqta al-Rabia); only "
     "the resistance-close source -> claimed, alternative reported; no day -> DCT, precision 2)"),
    (AW272, "نصب كمين من قبل المقاومة", "بالإضافة إلى نصب كمين من قبل المقاومة في منطقة البرح",
     BAT, CLASH, YR, HOU, "Al Barh", "YE", "2015-07-31", "2", "", "",
     "a source close to the resistance (to Asharq Al-Awsat)", "claimed",
     "an ambush set by the resistance in the al-Barh area west of Taiz city, with Houthi dead and wounded (no number "
     "-> fatalities empty; a differently named place -> own row; no day -> DCT, precision 2)"),
    (AW272, "وتشهد مدينة تعز اشتباكات عنيفة", "وتشهد مدينة تعز اشتباكات عنيفة بين الطرفين منذ زحف الحوثيين",
     BAT, CLASH, HOU, YR, "Taiz", "YE", "2015-04-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: Taiz city has seen violent clashes between the two sides since the Houthis and Saleh's forces advanced "
     "on it about four months ago, leaving dozens killed and wounded, civilians among them ('about four months' before "
     "the DCT 31 July -> April, 1 April, precision 3; 'عشرات' -> fatalities empty; the advancing Houthis -> actor1). "
     "Not coded: Brig. Sadiq Sarhan's visit to the fronts and his speech (commentary/visit)"),
    (WT1402, "تجددت الاشتباكات الدموية", "من جهة أخرى، تجددت الاشتباكات الدموية بين الشرطة والجيش",
     BAT, CLASH, MFS, PFS, "Dongola", "SD", "2015-07-20", "1", "", "",
     "Al Watan (news reports)", "reported",
     "bloody clashes between the police and the army were renewed in Dongola, capital of the Northern State, on the "
     "evening of 'the day before yesterday' (DCT Wednesday 22 July -> 20 July) after news that a soldier had died of "
     "wounds from similar violence last Thursday: soldiers attacked the hospital, the police and riot police abandoned "
     "their posts, the soldiers stormed it, then gathered in Dongola park amid mobilisation of both sides (folded; the "
     "assault on the medical staff is its own row; the army attacking -> actor1; no toll)"),
    (WT1402, "اعتدوا بالضرب على الطاقم الطبي", "واعتدوا بالضرب على الطاقم الطبي العامل بها",
     VAC, ATT, MFS, "Civilians (Sudan)", "Dongola", "SD", "2015-07-20", "1", "", "",
     "Al Watan (news reports)", "reported",
     "same evening (20 July): the soldiers who stormed Dongola hospital caused chaos and beat the medical staff working "
     "there (civilian victims of an armed force -> Violence against civilians/Attack; borderline: alternative folded "
     "into the clash row)"),
    (WT1402, "أحداث عنف مماثلة", "متأثرا بجراحه في أحداث عنف مماثلة حدثت بين الجانبين",
     BAT, CLASH, MFS, PFS, "Dongola", "SD", "2015-07-16", "1", "1", "exact",
     "Al Watan (news reports)", "reported",
     "background: similar violence between the army and the police 'last Thursday evening' (DCT Wednesday 22 July -> "
     "16 July) in which a soldier was wounded; he later died of his wounds (1 exact; the same city, Dongola, implied by "
     "'similar violence between the two sides')"),
    (WT1402, "اعتقلت 21 من عساكر الجيش", "وأن السلطات المتخصصة اعتقلت 21 من عساكر الجيش",
     SD, ARR, PFS, MFS, "Dongola", "SD", "2015-07-22", "2", "", "",
     "Al Watan (news reports)", "reported",
     "reports say the competent authorities arrested 21 army soldiers after the Dongola violence, and the army "
     "command ordered the soldiers to respect the law and withdraw from all positions in the city (arresting body not "
     "named -> Police Forces of Sudan, as the spent Kuwait arrest row, alternative Military Forces of Sudan (military "
     "police); no day -> DCT, precision 2; borderline: arrests following armed violence between state forces). Not "
     "coded: the trial of 100 Egyptian fishermen held since April (legal action, sea interception) and the 24 Sudanese "
     "miners held in Egypt (detention, no political violence)"),
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
