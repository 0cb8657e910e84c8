"""Bookkeeping helper for the events89 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur48/events89/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 89 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events89/sample.py ("This set: events89, seeds 2994 / 2995, drawn at the start of stop 48 (33dff2c), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2994).shuffle, walked in order; (b) 10 with no text filter, random.Random(2995).shuffle, >=3 sources (got, by source, a: alriyadh 3, aawsat 2, alwatan 2, okaz 1, alyaum 1, alweeam 1; b: aljazirah 3, 3alyoum 2, alwatan 2, aleqtisadiya 1, almadina 1, okaz 1).
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

ADJ = 'Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 14 rows): detection F1 0.923 before by compare.py (12 matched of 12 A / 14 B rows, P 0.857, R 1.000; all 12 pairs are true event pairs; both gave rows to the same 6 articles and left the same 14 empty); on the 12 pairs event_type, actor2, location_country, fatalities and fatalities_qualifier agreed 12/12, sub_event_type, actor1, location, event_date and reported_as 11/12, time_precision 10/12; triggers 6/12 identical trigger+occurrence, 10/12 nested; 12 -> 14 rows: 2 rows added from B (alwatan-911 the Houthis\' transfer of prisoners and civilians from al-Anad base to Sanaa, Violence against civilians/Abduction/forced disappearance, as the spent alwatan-1977 row; aljazirah-364 background Houthi seizure of Aden airport about four months earlier, Non-state actor overtakes territory, 1 April 2015, precision 3, as the spent okaz-3005 Taiz row); 4 values changed to B\'s: okaz-2559 Iraqi F-16 raids reported_as claimed (first reported), aljazirah-364 border reinforcements actor1 \'Military Forces of Yemen\' (first Saudi-led coalition) and time_precision 2 (first 1), aljazirah-364 Lahij clearing sub_event_type Armed clash (first Government regains territory, as the spent aljazirah-339 row); kept against B: aljazirah-364 Zinjibar air cover precision 1 (B 2), Lahij clearing date DCT 7 August (B 6 August), almadina-1171 location "Al Ha\'ir" (B \'Al Hair\'), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md.'

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
BAT = "Battles"
VAC = "Violence against civilians"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
SLC = "Saudi-led coalition"
GCAD = "Global Coalition Against Daesh"
PFSA = "Police Forces of Saudi Arabia"
RYD672 = "SN-alriyadh-20150723-672"
OKZ2559 = "SN-okaz-20150721-2559"
YUM1198 = "SN-alyaum-20150811-1198"
WAT911 = "SN-alwatan-20150726-911"
MAD1171 = "SN-almadina-20150721-1171"
JAZ364 = "SN-aljazirah-20150807-364"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # SOHR toll of the coalition air campaign in Syria (alriyadh-672, DCT Thursday 23 July 19:15 UTC)
    (RYD672, "غارات التحالف", "مقتل 3042 من داعش والنصرة جراء غارات التحالف خلال 10 أشهر",
     ERV, AIR, GCAD, IS, "", "SY", "2014-09-23", "3", "3216", "at_least",
     "Syrian Observatory for Human Rights (statement, via Al Riyadh)", "reported",
     "aggregate, the title's news: the Syrian Observatory's statement 'today Thursday': the international coalition's "
     "aircraft have killed 3,042 members of ISIS and Jabhat al-Nusra in 10 months, 170 civilians too, the total "
     "rising to 'at least 3,216' in the coalition's air raids and missile strikes on areas of Syria 'since 23 September "
     "2014 until the dawn of today' (one campaign tally -> ONE aggregate row, dated at its stated start day, 23 September "
     "2014, within 12 months of the DCT, precision 3, as the spent 'since 26 March' and aleqtisadiya-295 'since "
     "September 2014' campaign rows; the stated total 'at least 3,216' -> 3216 at_least (2,927 ISIS + 115 Nusra = 3,042 "
     "fighters, 170 civilians); US-led coalition -> Global Coalition Against Daesh, as the spent rows; the main target "
     "-> Islamic State, the Nusra strikes on its headquarters in the western Aleppo and northern Idlib countryside "
     "folded (alternative: a second aggregate row, Jabhat al-Nusra, 115 at_least); six provinces named, no single "
     "place -> location empty; a monitor, not a party -> reported). Not coded: the named leaders killed (part of the tally)"),
    # Iraq's first F-16 raids (okaz-2559, DCT Tuesday 21 July 10:25 UTC)
    (OKZ2559, "أولى غاراتها", "نفذت أولى غاراتها على مواقع تنظيم داعش دون أن يحدد مكان وزمان هذه الغارات",
     ERV, AIR, "Military Forces of Iraq", IS, "", "IQ", "2015-07-21", "2", "", "",
     "Special Operations commander Brig. Maan al-Saadi (official statement, via Okaz)", "claimed",
     "the four new F-16 aircraft Iraq received recently carried out their first raids on ISIS positions, said the "
     "Special Operations commander in an official statement, 'without stating the place and time of these raids' (the "
     "earlier 'التي نفذت أولى الغارات على تنظيم داعش', in the outlet's voice, is the same raids -> one row; adjudicated: "
     "claimed, as B (first reported, from that relative clause): the raids are known only from the striking side's "
     "statement, which gives no place or time, as the spent aawsat-738 War Media Cell rows and the Hakurk row; "
     "no place -> location empty, IQ; no day -> DCT, precision 2; no toll). Not coded: the Islamic parliaments' summit "
     "in Baghdad and Turkey's lobbying (diplomatic), the MPs' questions on the F-16 munitions and Iraq's receipt of the "
     "first four F-16s 'last week' (arms delivery, no event)"),
    # Opinion column on the Asir bomber (alyaum-1198, DCT Tuesday 11 August 14:14 UTC)
    (YUM1198, "القاتل الأخير", "يوسف السليمان القاتل الأخير",
     ERV, SUI, UAG, PFSA, "", "SA", "2015-08-11", "3", "", "",
     "Al Yaum (opinion column)", "reported",
     "background, borderline (an opinion column): 'Yusuf al-Sulaiman, the latest killer', released after 45 days of "
     "detention, who then 'renewed his pact with evil' (the bomber of the Emergency Forces mosque in Asir on 6 August, "
     "as the spent alwatan-1041 column row, 'the latest of them the terrorist Yusuf al-Sulaiman'); the opening's "
     "'تفجير آثم' and the column's 'suicide operations and the deliberate striking of security men in the streets or "
     "the mosques' frame it -> Suicide bomb vs Police Forces of Saudi Arabia; no group named for him (the 'waiting list "
     "of the Daesh criminals' is hedged with 'it seems') -> Unidentified armed group, alternative Islamic State; the "
     "text names no place -> location empty (Asir from annotator knowledge only), SA; no temporal word -> DCT, "
     "precision 3, as the spent column rows; no toll; alternative: no row, since the text names neither the place nor "
     "the act). Not coded: the '(Fukku al-Ani)' sit-ins he once joined (undated, years old), the quick arrests after "
     "each operation and the suicide operations in general (generic)"),
    # Yemeni government sends ministers to Aden (alwatan-911, DCT Sunday 26 July 16:57 UTC)
    (WAT911, "استكمال تحريرها", "لممارسة مهماتهم من هناك بعد استكمال تحريرها",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-26", "3", "", "",
     "Al Watan", "reported",
     "background: the ministers go to Aden 'after the completion of its liberation', the city freed 'after the victories "
     "achieved by the popular resistance and the national army loyal to the legitimacy' (same event -> one row, as the "
     "spent aawsat-771 row of the same Badi announcement; the resistance named first -> Yemeni Resistance, the army in "
     "the note; no day -> DCT, precision 3, as the spent undated Aden-liberation rows). Not coded: the cabinet's decision "
     "to send four ministers and the return of the security chief and two ministers (administrative), the planned "
     "invitation to the UN envoy (diplomatic), the Houthi 'aggression' that killed innocents and destroyed the "
     "governorate (generic), the Houthi field leaders captured on the Aden and Dhale fronts (undated, generic)"),
    (WAT911, "تقدمهم صوب قاعدة العند الجوية", "يواصل مقاتلو المقاومة والجيش الموالي للشرعية تقدمهم صوب قاعدة العند الجوية",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-26", "2", "", "",
     "Al Watan", "reported",
     "the fighters of the resistance and the army loyal to the legitimacy continue their advance towards al-Anad air "
     "base, where the Houthis and Saleh hold prisoners (an ongoing offensive on a Houthi-held base, no capture yet -> "
     "Armed clash, as the spent adjudicated Tawahi advance; the resistance named first -> Yemeni Resistance; the "
     "base's holders, the Houthis and their ally Saleh -> Houthis; ongoing -> DCT, precision 2; 'Al Anad Air Base' as "
     "the spent alwatan-823 row, whose capture came on 3 August)"),
    (WAT911, "نقل عدد من الأسرى والمدنيين", "عمدوا أخيرا إلى نقل عدد من الأسرى والمدنيين الذين تحتجزهم في القاعدة إلى صنعاء",
     VAC, "Abduction/forced disappearance", HOU, "Civilians (Yemen)", "Al Anad Air Base", "YE", "2015-07-26", "2", "", "",
     "field sources; journalist Jamal Nasser (via Al Watan)", "reported",
     "adjudicated, added from B; borderline: field sources say the Houthis and their ally Saleh 'recently' moved a "
     "number of prisoners and civilians they hold in the (al-Anad) base to Sanaa, to use them later as human shields; "
     "the journalist Jamal Nasser confirmed the transfer, adding that the Houthis also want them for prisoner swaps "
     "(detainees taken away by the Houthis -> Violence against civilians/Abduction/forced disappearance, as the spent "
     "adjudicated alwatan-1977 'اختطفوا' row of detainees and hostages taken from al-Anad; my first version left it "
     "out as a continuing detention, which stays the alternative; civilians named -> Civilians (Yemen); taken from the "
     "base -> 'Al Anad Air Base'; 'أخيرا' -> DCT, precision 2; field sources and a journalist, not a party -> reported, "
     "alternative claimed as alwatan-1977)"),
    # Column on Friday sermons (almadina-1171, DCT Tuesday 21 July 13:02 UTC)
    (MAD1171, "تفجير الحائر الإجرامي", "بعد تفجير الحائر الإجرامي بأقل من 24 ساعة",
     ERV, IED, UAG, "", "Al Ha'ir", "SA", "2015-07-16", "1", "", "",
     "Al Madina (opinion column)", "reported",
     "background (an opinion column): 'the criminal al-Ha'ir bombing', which happened 'on the last day of the month of "
     "Ramadan', at the time of prayer shortly before the iftar, less than 24 hours before the Eid sermons (Ramadan 1436 "
     "ended on Thursday 16 July 2015, Eid al-Fitr on Friday 17 July -> 16 July, precision 1, calendar from annotator "
     "knowledge; only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows, alternative Suicide bomb (the "
     "car bomb at the checkpoint near al-Ha'ir, from annotator knowledge); 'Al Ha'ir' kept in adjudication against B's "
     "'Al Hair' (spelling only; the places sets' al-Ha'ir); no perpetrator named -> Unidentified armed "
     "group; the text names no target -> actor2 empty, alternative Police Forces of Saudi Arabia; no toll in the "
     "text). Not coded: the Interior Ministry statement on the ISIS-linked cell plot (a statement; the text states no "
     "arrest), the Arab Labour Organization's unemployment figure, the 'Arab Spring revolutions' (generic), the "
     "'explosive belts and slaughter' (generic)"),
    # Aden airport reopens (aljazirah-364, DCT Friday 7 August 06:41 UTC)
    (JAZ364, "سيطرة المتمردين الحوثيين على المطار", "بسبب سيطرة المتمردين الحوثيين على المطار وتصاعد العنف في المدينة",
     BAT, "Non-state actor overtakes territory", HOU, "", "Aden Airport, Aden", "YE", "2015-04-01", "3", "", "",
     "Al Jazirah (DPA)", "reported",
     "background, borderline; adjudicated, added from B: Aden international airport resumed civil flights after a "
     "stoppage of 'about 4 months' caused by the Houthi rebels' seizure of the airport and the escalating violence in the "
     "city between the Houthis and the popular resistance (DCT 7 August minus about four months -> April 2015 -> 1 "
     "April, precision 3, within 12 months, as the spent adjudicated okaz-3005 'fell to the Houthis four months ago' "
     "Taiz row; no defender named -> actor2 empty, as that row; the escalating violence generic, folded). My first "
     "version left it out as a causal clause with no event of its own (as the spent aawsat-118 'since 26 March' "
     "decision); that stays the alternative"),
    (JAZ364, "نقل أسرى من المقاومة الشعبية", "مشيرة إلى أنها قامت بنقل أسرى من المقاومة الشعبية واستبدالهم بأسرى من الحوثيين",
     SD, "Agreement", YR, HOU, "Aden Airport, Aden", "YE", "2015-08-06", "1", "", "",
     "press sources in Aden (to DPA, via Al Jazirah)", "reported",
     "the first Red Cross plane reached Aden airport 'yesterday' (DCT Friday 7 August -> Thursday 6 August) and "
     "carried prisoners of the popular resistance, exchanging them for Houthi prisoners, as a first stage of a "
     "prisoner exchange between the two sides (a prisoner exchange -> Strategic developments/Agreement, as ACLED and "
     "the spent SK-887 prisoner-release row; the resistance named first -> actor1; at Aden airport, where the plane "
     "landed; borderline: alternative not coded as humanitarian). Not coded: the reopening of Aden airport to civil "
     "flights after about four months (the title's news; civil aviation), the arrival of 400 displaced at al-Buraiqa "
     "(humanitarian)"),
    (JAZ364, "عبرت ليل الاربعاء الخميس الحدود", "ومئات الجنود اليمنيين المدربين عبرت ليل الاربعاء الخميس الحدود من السعودية الى اليمن",
     SD, "Other", "Military Forces of Yemen", "", "", "YE", "2015-08-05", "2", "", "",
     "military and tribal sources (via Al Jazirah, DPA)", "reported",
     "military and tribal sources: military reinforcements, dozens of modern military vehicles and hundreds of trained "
     "Yemeni soldiers, crossed the border from Saudi Arabia into Yemen on the night of Wednesday to Thursday to support "
     "the operations against the Houthis and Saleh's forces (troop deployment -> Strategic developments/Other, as the "
     "spent sabq-3187 coalition-reinforcements row of a like movement; adjudicated, as B: actor1 Military Forces of "
     "Yemen (first Saudi-led coalition, after sabq-3187, whose text had the coalition pushing the reinforcements; this "
     "text names only the trained Yemeni soldiers who crossed), alternative Saudi-led coalition; no crossing named -> "
     "location empty, YE; the night of Wednesday 5 to Thursday 6 August -> 5 August; adjudicated, as B: precision 2 "
     "(first 1, after the spent BB-723 'night of Wednesday/Thursday' row, whose fighting began on the Wednesday): the "
     "crossing may fall on either calendar day; alternative not coded, as the spent 'border reinforcements')"),
    (JAZ364, "السيطرة على مدينة جعار", "تمكنت من السيطرة على مدينة جعار ثاني أكبر مدن محافظة أبين",
     BAT, GRT, YR, HOU, "Jaar, Abyan", "YE", "2015-08-06", "1", "", "",
     "sources (via Al Jazirah, DPA)", "reported",
     "'yesterday' (DCT Friday 7 August -> 6 August) the popular resistance took the city of Jaar, the second city of "
     "Abyan governorate, after violent battles with the Houthis and their allies in which there were dead and wounded "
     "on both sides ('قتلى وجرحى' -> fatalities empty; the lead's 'regained control of several new areas' in the south "
     "'yesterday' folded here, the only area named; stated by the outlet, then by sources -> reported)"),
    (JAZ364, "استهدف عدة مواقع للحوثيين", "الذي استهدف عدة مواقع للحوثيين في محيط مدينة زنجبار",
     ERV, AIR, SLC, HOU, "Zinjibar, Abyan", "YE", "2015-08-06", "1", "", "",
     "sources (via Al Jazirah, DPA)", "reported",
     "the Jaar advance came under the air cover of the Saudi-led coalition's aircraft, which targeted several Houthi "
     "positions around the city of Zinjibar and the camp of the 15th Mechanised Brigade inside the city (a different "
     "actor and place from the Jaar battle -> own row, as the spent split of ground battles and strikes; the brigade "
     "camp folded, same city; the same day as the advance -> 6 August, precision 1, kept in adjudication against B's 2: "
     "the strikes are the air cover of 'yesterday's' advance, as the spent aljazirah-339 air-cover row of the Saturday "
     "attack, precision 1; alternative precision 2)"),
    (JAZ364, "عمليات تطهير وتمشيط", "واصلت المقاومة الشعبية عمليات تطهير وتمشيط الجيوب الحوثية المتبقية في بعض مناطق محافظة لحج",
     BAT, CLASH, YR, HOU, "Lahij", "YE", "2015-08-07", "2", "", "",
     "Al Jazirah (DPA)", "reported",
     "the popular resistance continued clearing and combing operations against the remaining Houthi pockets in some "
     "areas of Lahij governorate (borderline; adjudicated, as B: Armed clash, as the spent adjudicated aljazirah-339 "
     "row of the same wording, 'the operation to clear the remaining Houthi pockets in Lahj' (first Government regains "
     "territory, after the spent alweeam-1014 'control of wide areas of Lahj' row; no capture of a place is stated "
     "here); only the governorate named -> 'Lahij'; ongoing, no day of its own -> DCT, precision 2, as aljazirah-339; "
     "kept against B's 6 August: the clause has no 'yesterday' of its own; alternative not coded)"),
    (JAZ364, "ضرباتها الجوية", "واصلت طائرات التحالف ضرباتها الجوية لمواقع المليشيات الحوثية",
     ERV, AIR, SLC, HOU, "", "YE", "2015-08-07", "3", "", "",
     "Al Jazirah (DPA)", "reported",
     "aggregate: the coalition aircraft continued their air strikes on the positions of the Houthi militias and their "
     "allied forces 'in many Yemeni governorates' (the continuing campaign, no place or day -> location empty, DCT, "
     "precision 3, as the spent aawsat-157 'continue their raids' aggregate; alternative not coded as a generic "
     "closing clause)"),
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
