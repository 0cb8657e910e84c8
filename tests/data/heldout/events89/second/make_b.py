"""Bookkeeping helper for annotator B of the events89 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur48/events89/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 89 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds and stop as in its docstring, which annotator B did not open: the brief limits B to ids.txt, texts/ and second/). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): shuffled with the half-a seed, walked in order; (b) 10 with no text filter: shuffled with the half-b seed, walked in order, >=3 sources (got, by source, a: alriyadh 3, aawsat 2, alwatan 2, alweeam 1, alyaum 1, okaz 1; b: aljazirah 3, 3alyoum 2, alwatan 2, aleqtisadiya 1, almadina 1, okaz 1).
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
POLSA = "Police Forces of Saudi Arabia"
RY672 = "SN-alriyadh-20150723-672"
OK2559 = "SN-okaz-20150721-2559"
AY1198 = "SN-alyaum-20150811-1198"
WT911 = "SN-alwatan-20150726-911"
MD1171 = "SN-almadina-20150721-1171"
JZ364 = "SN-aljazirah-20150807-364"
JZSRC = "military and tribal sources (via Al Jazirah)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RY672, "غارات التحالف", "مقتل 3042 من داعش والنصرة جراء غارات التحالف خلال 10 أشهر",
     ERV, AIR, "Global Coalition Against Daesh", IS, "", "SY", "2014-09-23", "3", "3216", "at_least",
     "Syrian Observatory for Human Rights (statement, via Al Riyadh)", "reported",
     "aggregate: the title's news: the Syrian Observatory says the international coalition's aircraft and missile strikes "
     "in Syria since 23 September 2014 'until dawn today' (DCT Thursday 23 July) killed at least 3216 people: 3042 of "
     "ISIS and Jabhat al-Nusra (at least 2927 ISIS members, mostly non-Syrians, in Hama, Aleppo, Homs, Hasakah, Raqqa and "
     "Deir ez-Zor, among them Abu Osama al-Iraqi, Amer al-Rafdan and Abu Sayyaf; at least 115 Nusra fighters in the "
     "western Aleppo and northern Idlib countryside, among them Muhsin al-Fadhli) and 170 civilians (one campaign, one "
     "aggregate row, as the spent adjudicated aawsat-104 'one aggregate of one campaign -> one row'; dated at its stated "
     "start, 23 September 2014, within 12 months of the DCT, precision 3, as the spent aleqtisadiya-295 'since September "
     "2014' row; 'العدد الاجمالي للقتلى ... 3216 على الأقل' -> 3216 at_least, the total with the civilians; the main target "
     "-> actor2 Islamic State, alternative a separate Jabhat al-Nusra row (115 at_least, Aleppo/Idlib countryside); the "
     "US-led coalition -> Global Coalition Against Daesh, as the spent rows (the text's one 'التحالف العربي' is the same "
     "coalition); several provinces -> location empty; a monitor, not a party -> reported)"),
    (OK2559, "أولى غاراتها", "نفذت أولى غاراتها على مواقع تنظيم داعش",
     ERV, AIR, "Military Forces of Iraq", IS, "", "IQ", "2015-07-21", "2", "", "",
     "Special Operations commander Brig. Maan al-Saadi (official statement, via Okaz)", "claimed",
     "the four new F-16s Iraq received recently carried out their first raids on ISIS positions, as the Special "
     "Operations commander announced in an official statement 'without specifying the place and time of these raids' "
     "(the earlier 'طائرات الـإف 16 التي نفذت أولى الغارات على تنظيم داعش', in the outlet's own voice, is the same "
     "event -> one row on the statement's trigger; the raids are known only from the striking side's statement, "
     "which gives no place or time, and the MP and Okaz say the jets came without munitions -> claimed, as the spent "
     "adjudicated Hakurk row and the aawsat-738 War Media Cell rows, alternative reported (the outlet's relative "
     "clause); no place -> location empty, IQ; no day -> DCT, "
     "precision 2). Not coded: the Islamic parliamentary summit in Baghdad and Turkey's lobbying (diplomatic), the MPs' "
     "request and Wotwot's criticism of the US over munitions (statements), the delivery of the four F-16s 'last week' "
     "(arms delivery, not an ACLED event)"),
    (AY1198, "القاتل الأخير", "يوسف السليمان القاتل الأخير",
     ERV, SUI, UAG, POLSA, "", "SA", "2015-08-11", "3", "", "",
     "Al Yaum (opinion column)", "reported",
     "background, borderline (opinion column): the column's occasion is the latest 'sinful bombing' that took young and "
     "old, whose perpetrator it names, 'Yusuf al-Sulaiman, the last killer', a released detainee of the '(فكوا العاني)' "
     "sit-ins; it calls these operations 'suicide operations' aimed at security men 'in the streets or the mosques' "
     "(Yusuf al-Sulaiman is the Asir Emergency Forces mosque bomber of the spent alwatan-1041 and alwatan-973 rows -> "
     "Suicide bomb; the text names no place -> location empty, SA, alternative 'Asir' as those rows from the known "
     "event; the text's security-men victims -> Police Forces of Saudi Arabia, alternative actor2 empty; no group named "
     "for him -> Unidentified armed group, as those rows, alternative Islamic State from the column's 'waiting list of "
     "the Dawaish'; no toll; no day -> DCT, precision 3, as alwatan-973 of the same DCT). The opening 'تفجير آثم' is the "
     "same event. Not coded: the '(Fukku al-Ani)' sit-ins (undated, most likely 2013, older than 12 months), the quick "
     "arrests after each operation (generic), the commentary"),
    # ---- set b (no text filter) ----
    (WT911, "بعد استكمال تحريرها", "لممارسة مهماتهم من هناك بعد استكمال تحريرها",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-26", "3", "", "",
     "Al Watan; government spokesman Rajeh Badi", "reported",
     "background: the government will send more ministers to Aden 'after the completion of its liberation', 'after the "
     "victories achieved by the popular resistance and the national army loyal to legitimacy' ('المدينة المحررة' and the "
     "victories are the same event -> one row; the resistance named first -> Yemeni Resistance, the army in this note, "
     "as the spent aawsat-771 Badi row; Houthis and Saleh -> Houthis; no day in the text -> DCT, precision 3, as the "
     "spent undated Aden-liberation rows). Not coded: the cabinet's decision and the ministers' return (no event), the "
     "planned invitation to the UN envoy (diplomatic), the 'brutal aggression' of the Houthi militias on Aden with killing "
     "and destruction (generic, undated), the Houthi field commanders fallen into the resistance's hands on the Aden and "
     "al-Dhale fronts (undated captures)"),
    (WT911, "تقدمهم صوب قاعدة العند", "يواصل مقاتلو المقاومة والجيش الموالي للشرعية تقدمهم صوب قاعدة العند الجوية",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-26", "2", "", "",
     "Al Watan", "reported",
     "the resistance fighters and the army loyal to legitimacy continue their advance towards al-Anad air base, held by "
     "the Houthis and Saleh (ongoing advance, no capture stated -> Armed clash, as the spent okaz-1225 and almadina-626 "
     "Anad rows; the resistance named first -> Yemeni Resistance, the army in this note; 'Al Anad Air Base' as the spent "
     "rows; present tense, no day -> DCT, precision 2)"),
    (WT911, "نقل عدد من الأسرى والمدنيين", "عمدوا أخيرا إلى نقل عدد من الأسرى والمدنيين الذين تحتجزهم في القاعدة إلى صنعاء",
     VAC, ABD, HOU, "Civilians (Yemen)", "Al Anad Air Base", "YE", "2015-07-26", "2", "", "",
     "field sources; journalist Jamal Nasser (via Al Watan)", "reported",
     "borderline: field sources say the Houthis and their ally Saleh 'recently' moved a number of prisoners and civilians "
     "they hold in the (al-Anad) base to Sanaa, to use them later as human shields; the journalist Jamal Nasser confirmed "
     "the transfer and said the Houthis also want them for prisoner swaps (detainees taken away by the Houthis -> "
     "VAC/Abduction/forced disappearance, as the spent adjudicated alwatan-1977 'اختطفوا' row of hostages taken from "
     "al-Anad; civilians named -> Civilians (Yemen); taken from the base -> 'Al Anad Air Base'; 'أخيرا' -> DCT, "
     "precision 2; field sources and a journalist, not a party -> reported, alternative claimed as that row; "
     "alternative not coded, a continuing detention)"),
    (MD1171, "تفجير الحائر", "بعد تفجير الحائر الإجرامي بأقل من 24 ساعة",
     ERV, IED, UAG, "", "Al Hair", "SA", "2015-07-16", "1", "", "",
     "Al Madina (opinion column)", "reported",
     "background (opinion column on Friday sermons): 'the criminal al-Hair bombing, which happened on the last day of "
     "the month of Ramadan ... shortly before iftar', less than 24 hours before the Eid sermons (the last day of Ramadan "
     "1436 -> Thursday 16 July 2015, Eid al-Fitr being Friday 17 July; precision 1, alternative 2 since the day is given "
     "by the Hijri calendar, not named; only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows of that "
     "wording (the real car bomb at the al-Hair checkpoint is not described); no perpetrator named -> Unidentified armed "
     "group; the text names no target or victims -> actor2 empty; 'الحائر' (south of Riyadh) -> 'Al Hair'). Not coded: "
     "the Interior Ministry statement detailing the plot of an ISIS-linked organisation of cluster cells (the statement "
     "itself is not the news; the text does not mention the arrests it announced; alternative a background "
     "SD/Arrests row as the spent almadina-653 and almadina-490 '431' column rows), the generic 'bombing, "
     "slaughter and burning' in many countries, the Arab Spring unemployment figures"),
    (JZ364, "السيطرة على مدينة جعار", "تمكنت من السيطرة على مدينة جعار ثاني أكبر مدن محافظة أبين",
     BAT, GRT, YR, HOU, "Jaar, Abyan", "YE", "2015-08-06", "1", "", "",
     "sources (via Al Jazirah)", "reported",
     "sources said 'yesterday' (DCT Friday 7 August -> Thursday 6 August, precision 1, the lead's 'yesterday' of the "
     "resistance's gains) that the popular resistance took the town of Jaar, the second largest town of Abyan, from the "
     "Houthis and their allies after violent battles with dead and wounded on both sides (vague -> fatalities empty; the "
     "battles folded into the capture; the lead's 'regained several new areas' is the same advance; popular resistance -> "
     "Yemeni Resistance, Saleh's forces -> Houthis)"),
    (JZ364, "استهدف عدة مواقع للحوثيين", "الذي استهدف عدة مواقع للحوثيين في محيط مدينة زنجبار",
     ERV, AIR, COAL, HOU, "Zinjibar, Abyan", "YE", "2015-08-06", "2", "", "",
     "sources (via Al Jazirah)", "reported",
     "the Jaar advance came under the air cover of the Saudi-led coalition's aircraft, which struck several Houthi "
     "positions around the city of Zinjibar and the 15th Mika Brigade camp stationed inside the city (another actor and "
     "place than the Jaar capture -> own row; the camp inside the city folded into the Zinjibar row, as the spent "
     "adjudicated sabq-3187 merge, alternative its own row '15th Brigade Camp, Zinjibar'; with yesterday's advance -> "
     "6 August, precision 2; no toll)"),
    (JZ364, "عمليات تطهير وتمشيط", "واصلت المقاومة الشعبية عمليات تطهير وتمشيط الجيوب الحوثية المتبقية",
     BAT, CLASH, YR, HOU, "Lahij", "YE", "2015-08-06", "2", "", "",
     "Al Jazirah", "reported",
     "borderline: the popular resistance continued clearing and combing operations against the remaining Houthi pockets "
     "in some areas of Lahij governorate (an ongoing operation against a named enemy -> Armed clash, as the spent "
     "adjudicated aljazirah-339 Lahij row; governorate only -> 'Lahij'; in the round-up of yesterday -> 6 August, "
     "precision 2; alternative not coded, no fighting described)"),
    (JZ364, "واصلت طائرات التحالف ضرباتها", "واصلت طائرات التحالف ضرباتها الجوية لمواقع المليشيات الحوثية",
     ERV, AIR, COAL, HOU, "", "YE", "2015-08-07", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate, borderline: the coalition aircraft continued their air strikes on positions of the Houthi militias and "
     "their allied forces 'in many Yemeni governorates' (the ongoing campaign, no place -> one aggregate row, location "
     "empty, as the spent adjudicated alweeam-1039 campaign aggregate; no start in the text -> DCT, precision 3; the "
     "named Zinjibar strikes have their own row; alternative not coded, a closing generic clause)"),
    (JZ364, "لتبادل الأسرى", "كمرحلة أولى لتبادل الأسرى بين الطرفين",
     SD, "Agreement", YR, HOU, "Aden Airport, Aden", "YE", "2015-08-06", "1", "", "",
     "press sources in Aden (via DPA, Al Jazirah)", "reported",
     "borderline: the first Red Cross plane arrived at Aden airport 'yesterday' (DCT 7 August -> 6 August, precision 1) "
     "and carried prisoners of the popular resistance, exchanged for Houthi prisoners, as the first phase of a prisoner "
     "exchange between the two sides (prisoner exchange -> Strategic developments/Agreement, as ACLED lists prisoner "
     "exchanges there (the spent SK-887 row's note); the resistance and the Houthis as the two parties, order as the "
     "text; 'Aden Airport, Aden' as the spent rows; alternative not coded). Not coded: the reopening of Aden airport to "
     "civil flights and the first Yemenia plane from Djibouti on Thursday (civil aviation), the 400 displaced arriving "
     "by ship from Mukalla at the al-Buraiqa oil port (humanitarian)"),
    (JZ364, "عبرت ليل الاربعاء", "ومئات الجنود اليمنيين المدربين عبرت ليل الاربعاء الخميس الحدود من السعودية الى اليمن",
     SD, "Other", "Military Forces of Yemen", "", "", "YE", "2015-08-05", "2", "", "",
     JZSRC, "reported",
     "military and tribal sources: military reinforcements with dozens of modern military vehicles and hundreds of "
     "trained Yemeni soldiers crossed the border from Saudi Arabia into Yemen on the night of Wednesday to Thursday to "
     "support the operations against the Houthis and Saleh's forces (troop deployment -> Strategic developments/Other, "
     "as the spent sabq-3187 and almadina-644 deployment rows; Yemeni soldiers -> Military Forces of Yemen, alternative "
     "Saudi-led coalition as sabq-3187, whose text had the coalition pushing them; no crossing named -> location empty, "
     "YE; a night spanning two days -> Wednesday 5 August, precision 2, as the spent night rows)"),
    (JZ364, "سيطرة المتمردين الحوثيين على المطار", "بسبب سيطرة المتمردين الحوثيين على المطار",
     BAT, NSO, HOU, "", "Aden Airport, Aden", "YE", "2015-04-01", "3", "", "",
     "Al Jazirah", "reported",
     "background, borderline: Aden international airport resumed civil flights after a stoppage of 'about 4 months' "
     "caused by the Houthi rebels' seizure of the airport and the escalating violence in the city between the Houthis "
     "and the popular resistance (DCT 7 August minus about four months -> April 2015 -> 1 April, precision 3, within 12 "
     "months; no defender named -> actor2 empty, as the spent adjudicated okaz-3005 'four months ago' Taiz row and the "
     "almadina-644 Sanaa row; the escalating violence is generic; alternative not coded, a causal clause)"),
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
