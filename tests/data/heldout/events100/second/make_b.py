"""Bookkeeping helper for annotator B of the events100 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur52/events100/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 100 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds and stop as in its docstring, which annotator B did not open: the brief limits B to ids.txt, texts/ and second/). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): shuffled with the half-a seed, walked in order; (b) 10 with no text filter: shuffled with the half-b seed, walked in order, >=3 sources (got, by source, a: alwatan 4, almadina 3, 3alyoum 1, aawsat 1, alyaum 1; b: alriyadh 3, okaz 2, 3alyoum 1, aawsat 1, aleqtisadiya 1, almadina 1, alweeam 1).
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
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
DWU = "Disrupted weapons use"
IS = "Islamic State"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
LNA = "Libyan National Army"
AY1300 = "SN-alyaum-20150725-1300"
WT1026 = "SN-alwatan-20150807-1026"
AO37 = "SN-3alyoum-20150811-37"
WT1695 = "SN-alwatan-20150724-1695"
WT894 = "SN-alwatan-20150808-894"
MD537 = "SN-almadina-20150811-537"
AW195 = "SN-aawsat-20150811-195"
OK1179 = "SN-okaz-20150809-1179"
OK2412 = "SN-okaz-20150721-2412"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY1300, "اشتباكات", "اشتباكات في بنغازي والجيش الليبي",
     BAT, CLASH, LNA, UAG, "Benghazi", "LY", "2015-07-23", "1", "2", "exact",
     "medical sources; military officials (via Al Yaum)", "reported",
     "the title's news: two people killed and ten wounded 'on Thursday' (DCT Saturday 25 July -> 23 July, precision 1) in "
     "clashes in central Benghazi between the forces of the government based in eastern Libya and extremist fighters "
     "(the lead's 'اشتباكات' is the same event -> one row, on the title's trigger); folded: the government forces' new "
     "attempt on Thursday to advance towards the commercial port held by Islamist groups and the field commander "
     "Faraj Aqeim's 'today the army advanced on the al-Sabri axis, a strong sweeping attack with heavy weapons' (the same "
     "Thursday push; alternative location 'Al Sabri, Benghazi', the coastal district of central Benghazi near the port); "
     "the eastern-based government's army (Haftar's) -> Libyan National Army, as the spent aawsat-67 and aljazirah-738 "
     "Benghazi rows; 'مقاتلين متطرفين' not named -> Unidentified armed group, as those rows; 'شخصين' -> 2 exact. Not "
     "coded: the army's regaining 'some of the land it lost last year' in Benghazi (generic, the fighting began more than "
     "a year before the DCT), the two rival governments and the rival group's taking of Tripoli (older than 12 months, "
     "political), ISIS's seizure of 'a few towns', executions of foreigners and attacks on embassies in Tripoli (generic, "
     "undated; alternative background rows), the up to 40 migrants drowned off Libya and the Holstein's landing of 88 "
     "migrants in Augusta (migrant incidents at sea)"),
    (AY1300, "قام بقصف تمركزات", "سلاح الجو قام بقصف تمركزات للمجموعات الإرهابية في محور الصابري",
     ERV, AIR, LNA, UAG, "Al Sabri, Benghazi", "LY", "2015-07-23", "2", "", "",
     "air force spokesman Nasser al-Hassi (via Al Yaum)", "claimed",
     "the air force spokesman: 'the air force bombed positions of the terrorist groups on the al-Sabri axis', a coastal "
     "district of central Benghazi near the port, and 'blew up an ammunition depot of the terrorist groups in al-Sabri' "
     "(folded: same strikes, same place); another actor and type than the ground clash -> own row, as the spent aawsat-67 "
     "al-Laithi strike row; no day of its own, told with Thursday's push -> 23 July, precision 2; only the spokesman's "
     "words -> claimed, as that spent row; air force of the eastern government -> Libyan National Army"),
    (WT1026, "تفجير مسجد قوة طوارئ عسير", "تفجير مسجد قوة طوارئ عسير استهدف 911 متدربا",
     ERV, SUI, IS, POLSA, "Abha", "SA", "2015-08-06", "1", "15", "exact",
     "Al Watan; eyewitnesses; Interior Ministry security spokesman Maj. Gen. Mansour al-Turki", "reported",
     "the title's news: the terrorist operation that targeted the mosque of the Asir Emergency Forces in Abha 'yesterday' "
     "(DCT Friday 7 August -> 6 August, precision 1): the suicide bomber blew himself up with explosive belts in the fourth "
     "rak'a of the noon prayer at 12:40; 15 martyrs, 12 members of the forces and 3 workers, others wounded (title "
     "'والشهداء 15' -> 15 exact; the spokesman's earlier 10 + 3 and the rise to 12 members are the same toll); the "
     "bomber 'belongs to ISIS' and the organisation 'later claimed responsibility' -> Islamic State, as the spent "
     "aawsat-132 row; Emergency Forces -> Police Forces of Saudi Arabia; 'في أبها' -> 'Abha', as that row. The body's "
     "'العملية الإرهابية', 'الهجوم الإرهابي' and 'حدث تفجير في جموع المصلين' are the same event -> one row. Not coded: "
     "the dismissal of about 911 trainees before the prayer, the eyewitness accounts of how the bomber entered, the "
     "ministry's vow to pursue the perpetrators (statement), the 'foiling of terrorist operations that targeted a number "
     "of other mosques' in which ISIS was involved (plural, undated, no place; the 431-arrest plots of the spent rows; "
     "alternative an aggregate Disrupted weapons use row), the question about a link with the coalition's successes in Aden"),
    (WT1026, "إحباط محاولة إرهابية فاشلة", "بعد 21 يوما من إحباط محاولة إرهابية فاشلة استهدفت حاجزا أمنيا",
     SD, DWU, POLSA, UAG, "Al Ha'ir", "SA", "2015-07-16", "1", "", "",
     "Al Watan", "reported",
     "background: the Asir operation came '21 days' after the foiling of a failed terrorist attempt that targeted a "
     "security checkpoint on the road to al-Ha'ir prison in Riyadh (6 August - 21 days -> 16 July, precision 1; the text "
     "frames it as foiled -> Strategic developments/Disrupted weapons use, alternative Explosions/Remote violence (the "
     "car bomb at the checkpoint, dated 16 July and coded as an explosion in the spent almadina-1171 row); the foiling "
     "force not named, in Saudi Arabia -> Police Forces of Saudi Arabia; attacker not named -> Unidentified armed group; "
     "'Al Ha'ir' as that adjudicated row, alternative 'Riyadh')"),
    (WT1026, "إحباط عملية إرهابية أخرى", "وفيما تواترت أنباء عن إحباط عملية إرهابية أخرى كانت تستهدف مقر قيادة قوات الطوارئ في الرياض",
     SD, DWU, POLSA, UAG, "Riyadh", "SA", "2015-08-07", "2", "", "",
     "Saudi Interior Ministry (Twitter) (via Al Watan)", "denied",
     "borderline: reports spread of the foiling of another terrorist operation that targeted the command headquarters of "
     "the Emergency Forces in Riyadh; the Interior Ministry denied them on its Twitter account ('the security spokesman "
     "confirms that no other headquarters of the Special Emergency Forces was subjected to an attempted terrorist "
     "bombing') -> one denied row, as the spent alwatan-931 North Sinai and almadina-578 Mali rows; the reports have no "
     "date of their own -> DCT, precision 2; alternative not coded"),
    (AO37, "تستهدفهم يد الغدر", "أن تستهدفهم يد الغدر على يد أحد المجرمين",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Eastern Province emir Prince Saud bin Nayef (via Ain Alyoum)", "reported",
     "background (the news is the Eastern Province emir's condolences at his weekly majlis): the martyrs of the Special "
     "Emergency Forces in the city of Abha targeted by 'the hand of treachery, by one of the criminals', killed 'last "
     "Thursday' (DCT Tuesday 11 August -> 6 August, precision 1; 'ما قبض إخواننا في الخميس الماضي' and the title's "
     "'تفجير المساجد' refer to it -> one row); only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows of "
     "that wording (alternative Suicide bomb); perpetrator not named -> Unidentified armed group; no toll -> fatalities "
     "empty; 'في مدينة أبها' -> 'Abha'. Not coded: the condolences, the call on citizens to report changes in relatives "
     "(statements)"),
    (WT1695, "الكويت", "الكويت وتونس ومصر وفرنسا واجهت عمليات قتل وتفجير نفذها",
     ERV, IED, IS, "", "Kuwait City", "KW", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background (an opinion column on Ramadan 1436): 'Kuwait, Tunisia, Egypt and France faced killing and bombing "
     "operations carried out by ISIS that reaped lives wholesale' during the month (one location per row -> one row per "
     "country, as the spent Kuwait/Tunisia/France rows; this the Kuwait one); 'نفذها داعش' -> Islamic State; 'قتل "
     "وتفجير' only -> the generic explosive sub-type, as those rows (alternative Suicide bomb); no target or number -> "
     "actor2 and fatalities empty ('أرواحا بالجملة'); the text gives only 'this Ramadan' (1 Ramadan 1436 = 18 June 2015, "
     "calendar from annotator knowledge) -> 18 June, precision 3 (the real 26 June is not stated); 'Kuwait' only -> "
     "'Kuwait City', as the adjudicated spent row of the same list. Not coded: 'a number of soldiers were martyred in "
     "the war' (generic, no place or date), Prince Saud al-Faisal's death and the nuclear deal (not political violence)"),
    (WT1695, "وتونس", "الكويت وتونس ومصر وفرنسا واجهت",
     ERV, IED, IS, "", "", "TN", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background: the Tunisian one of the Ramadan ISIS 'killing and bombing operations' (see the Kuwait row; alternative "
     "Violence against civilians/Attack, as the spent Sousse rows whose texts described a shooting; no place -> location "
     "empty)"),
    (WT1695, "ومصر", "الكويت وتونس ومصر وفرنسا واجهت",
     ERV, IED, IS, "", "", "EG", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background: the Egyptian one of the Ramadan ISIS 'killing and bombing operations' (see the Kuwait row; no place -> "
     "location empty; which attacks are meant is not stated)"),
    (WT1695, "وفرنسا", "الكويت وتونس ومصر وفرنسا واجهت",
     ERV, IED, IS, "", "", "FR", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background: the French one of the Ramadan ISIS 'killing and bombing operations' (see the Kuwait row; no place -> "
     "location empty)"),
    (WT1695, "استشهد عوض المالكي غيلة", "في منتصف الشهر استشهد عوض المالكي غيلة",
     VAC, "Attack", UAG, "", "", "SA", "2015-07-02", "2", "1", "exact",
     "Al Watan (opinion column)", "reported",
     "background (borderline): 'in the middle of the month (Ramadan) Awad al-Malki was martyred by treachery (غيلة, "
     "an assassination)', his father's and children's tears moved people (mid-Ramadan, 15 Ramadan 1436 = 2 July 2015, "
     "precision 2; killer not named -> Unidentified armed group; his status (security man or civilian) not stated -> "
     "actor2 empty, alternative Civilians (Saudi Arabia) or a Battles row if he was a security man; no place -> location "
     "empty, SA by the Saudi column's frame; one named man killed -> 1 exact; alternative not coded)"),
    (WT1695, "قتل والده في خميس مشيط", "أقدم مجرم متطرف على قتل والده في خميس مشيط",
     VAC, "Attack", UAG, "Civilians (Saudi Arabia)", "Khamis Mushait", "SA", "2015-07-08", "2", "1", "exact",
     "Al Watan (opinion column)", "reported",
     "background (borderline): 'in the last ten days (of Ramadan) an extremist criminal killed his father in Khamis "
     "Mushait' (21-29 Ramadan 1436 = 8-16 July 2015 -> 8 July, precision 2; 'متطرف' gives the political/extremist "
     "motive -> in scope, alternative not coded as a family crime; a lone unnamed killer -> Unidentified armed group; the "
     "father -> Civilians (Saudi Arabia); 1 exact)"),
    (WT894, "فحادث الإرهاب", "فحادث الإرهاب الذي طال مسجد طوارئ عسير ظهر يوم الخميس الماضي",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Watan (opinion column)", "reported",
     "background (an opinion column): the terrorist incident that struck the mosque of the Asir Emergency Forces 'at noon "
     "last Thursday' (DCT Saturday 8 August -> 6 August, precision 1); the column says the attackers 'blew themselves up "
     "among the worshippers' -> Suicide bomb (alternative the generic explosive sub-type); perpetrators not named -> "
     "Unidentified armed group; no toll -> fatalities empty; 'مسجد طوارئ عسير' -> 'Asir', as the spent rows. The title's "
     "and body's 'تفجيراتكم/تفجيراتهم' are generic"),
    (MD537, "استهداف المصلين في مسجد قوات الطوارئ", "إن استهداف المصلين في مسجد قوات الطوارئ وغيره من المساجد",
     ERV, IED, UAG, POLSA, "", "SA", "2015-08-11", "3", "", "",
     "Naif Arab University vice-president Dr Abdulrahman al-Shaer (via Al Madina)", "reported",
     "background (a feature on social-media monitoring): the vice-president of Naif University said 'the targeting of "
     "worshippers in the Emergency Forces mosque and other mosques is a condemned act' (the Asir mosque bombing of 6 "
     "August, not dated or placed in this text -> DCT, precision 3, as the spent alriyadh-796 column row; 'other "
     "mosques' generic; the text names no place -> location empty, alternative 'Asir'; the article's 'أعمال التفجير' "
     "frame -> the generic explosive sub-type; perpetrator not named -> Unidentified armed group). Not coded: Turkey's "
     "suspension of Twitter 'months ago' and the US Congress decision (not political violence), the pre-emptive foiling "
     "of terrorist operations and arrests (generic)"),
    # ---- set b (no text filter) ----
    (AW195, "انفجار ألغام", "تزايد التوتر بين الكوريتين بعد انفجار ألغام على الحدود",
     ERV, IED, "Military Forces of North Korea", "Military Forces of South Korea", "Korean Demilitarized Zone", "KR",
     "2015-08-04", "2", "", "",
     "Asharq Al-Awsat; South Korean Ministry of Defence", "reported",
     "the title's news: a landmine explosion 'last week' (DCT Tuesday 11 August -> DCT-7 = 4 August, precision 2) in the "
     "demilitarised zone on the border maimed two South Korean soldiers (one lost both legs, the other one leg); Seoul "
     "holds the North responsible and accuses North Korean soldiers of crossing the border to plant anti-personnel "
     "mines (the explosion is stated as fact, the attribution is Seoul's -> reported with actor1 Military Forces of North "
     "Korea, alternative Unidentified armed group or reported_as claimed); wounded only -> fatalities empty; the DMZ, "
     "the soldiers South Korean -> KR (the south side)"),
    (AW195, "أعادت كوريا الجنوبية", "وردا على ذلك أعادت كوريا الجنوبية للمرة الأولى منذ أحد عشر عاما تشغيل مكبرات الصوت",
     SD, "Other", "Military Forces of South Korea", "", "Korean Demilitarized Zone", "KR", "2015-08-11", "2", "", "",
     "South Korean Ministry of Defence (via Asharq Al-Awsat)", "reported",
     "borderline: in retaliation, South Korea restarted for the first time in eleven years the propaganda loudspeakers "
     "in the border zone (a coercive military measure -> Strategic developments/Other; alternative not coded); folded: "
     "the reinforcement of the defensive positions along the border and the warning that the army 'will respond "
     "immediately' if the North fires on them; no day -> DCT, precision 2. Not coded: the presidency's demand for an "
     "apology (statement), Pyongyang's 2010 threat (older than 12 months), the joint US-South Korean exercises next week "
     "(military exercises)"),
    (OK1179, "المذبحة الباغية", "ضحايا المذبحة الباغية التي وقعت في مسجد قوات الطوارئ في منطقة عسير ظهر الخميس الماضي",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Okaz (opinion column)", "reported",
     "background (an opinion column): the martyrs of 'the oppressive massacre' in the Emergency Forces mosque in the Asir "
     "region 'at noon last Thursday' (DCT Sunday 9 August -> 6 August, precision 1); the column's 'these fools who blow "
     "themselves up in mosques to kill the worshippers' and 'these suicide killers' -> Suicide bomb (alternative the "
     "generic explosive sub-type); perpetrator not named -> Unidentified armed group; no toll -> fatalities empty; 'منطقة "
     "عسير' -> 'Asir'. Not coded: the comparison with Israel's acts at al-Aqsa (generic)"),
    (OK2412, "الإطاحة بأكبر شبكة عنقودية", "حول الضربة الأمنية الساحقة التي أسفرت عن الإطاحة بأكبر شبكة عنقودية داعشية في المملكة",
     SD, "Arrests", POLSA, IS, "", "SA", "2015-07-19", "2", "", "",
     "Saudi Interior Ministry statement (via Okaz, families of the martyrs)", "reported",
     "background (the news is the martyrs' families' praise): the Interior Ministry's statement 'the evening before "
     "yesterday' (DCT Tuesday 21 July -> 19 July) on the security strike that brought down the largest ISIS cluster "
     "network in the Kingdom; the title's 'الضربة الأمنية ضد داعش', the lead's 'بضرب خلايا داعش العنقودية' and 'من تم "
     "ضبطهم والاطاحة بهم' are the same event -> one row (the 431 arrests of the spent aawsat-71 and aljazirah-970 rows; "
     "the number is not given here); ISIS named -> Islamic State; no place -> location empty; arrests on or before the "
     "announcement -> precision 2. Not coded: the families' statements, 'the corrupt clique whose victims were dozens of "
     "citizens and residents' (generic)"),
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
