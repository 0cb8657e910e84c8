"""Bookkeeping helper for annotator B of the events24 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events22/second/make_b.py.
Run: python3 /work/fresh/events24/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 24 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2770/2771, drawn at the start of stop 26, main 861ff0f, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2770).shuffle, walked in order; (b) 10 with no text filter: random.Random(2771).shuffle, walked in order, >=3 sources (got, by source, a: almadina 3, alriyadh 2, alwatan 2, 3alyoum 1, aawsat 1, aljazirah 1; b: alweeam 3, alyaum 3, alwatan 2, alriyadh 1, okaz 1).
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
VAC = "Violence against civilians"
SD = "Strategic developments"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
ISIS = "Islamic State"
BH = "Boko Haram"
RI982 = "SN-alriyadh-20150807-982"
RI605 = "SN-alriyadh-20150809-605"
AY44 = "SN-3alyoum-20150809-44"
MD613 = "SN-almadina-20150808-613"
JZ834 = "SN-aljazirah-20150731-834"
MD483 = "SN-almadina-20150723-483"
RI700 = "SN-alriyadh-20150802-700"
OK1951 = "SN-okaz-20150731-1951"
AYSRC = "Yemeni security and military sources (Ain Alyoum)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RI982, "استهدف", "للعمل الجبان الذي استهدف رجال الأمن في مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Al Riyadh", "reported",
     "follow-up: the article's news is the flood of tweets (hashtag 'تفجير_طوارئ_عسير', over a million tweets) "
     "condemning the 'cowardly act that targeted the security men in the Emergency Forces mosque in Asir region'; the "
     "bombing itself is coded once (only 'تفجير' / 'فجّر' in the text -> generic explosive sub-type, as the adjudicated "
     "events19/23 rows; perpetrator not named, the tweets' 'Daeshis' is a tweeter's insult -> Unidentified armed group; "
     "security men and workers killed and wounded, no number -> fatalities empty; the text states no day -> DCT "
     "Friday 7 August, precision 2 (recent event in a follow-up report), the real day is not given here). Reactions, "
     "blood donations, condolences not coded"),
    (RI605, "اعتقلا", "اللذين اعتقلا في الأيام الأخيرة قيد الاعتقال الإداري",
     SD, "Arrests", "Police Forces of Israel", "Civilians (Israel)", "", "IL", "2015-08-09", "2", "", "",
     "Israeli defence ministry spokesman (via AFP)", "reported",
     "the Israeli authorities announced on Sunday (the DCT, 9 August) that two Jewish extremists, Meir Ettinger and "
     "Evyatar Slonim, 'arrested in the last days', were put under six-month renewable administrative detention without "
     "charge, for involvement in a Jewish extremist organisation, after the arson killing of the Palestinian toddler "
     "(arrest + detention order of the same two men -> one Arrests row; the arresting force is not named -> Police "
     "Forces of Israel, alternative Military Forces of Israel since the defence minister signs the order; activists not "
     "named as a group -> Civilians (Israel), alternative Settlers (Israel); no place -> location empty, IL assumed; "
     "'last days' -> DCT, precision 2)"),
    (RI605, "وضع الأسبوع الماضي", "وكان مردخاي ماير (18 عاما) وضع الأسبوع الماضي قيد الاعتقال الإداري",
     SD, "Arrests", "Police Forces of Israel", "Civilians (Israel)", "", "IL", "2015-08-02", "2", "", "",
     "Israeli defence ministry spokesman (via AFP)", "reported",
     "background: Mordechai Meyer (18) was put under administrative detention 'last week' (DCT 9 August - 7 -> 2 "
     "August, precision 2), the first of the three Jews held administratively after the toddler's killing (borderline: "
     "only the detention order is stated, no arrest scene; could be folded into the Ettinger/Slonim row or left out as "
     "a legal measure)"),
    (RI605, "قتل حرقا في 31 يوليو", "علي دوابشة (18 شهرا) قتل حرقا في 31 يوليو عندما ألقى متطرفون يهود",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "", "PS", "2015-07-31", "1", "2", "exact",
     "Al Riyadh (AFP)", "reported",
     "background: on 31 July Jewish extremists threw a firebomb through the open window of the Dawabsheh family home, "
     "burning to death the 18-month-old Ali Dawabsheh; his father Saad died of his wounds on Saturday 8 August (same "
     "attack -> one row, 2 exact); the text says only 'Jewish extremists' -> Settlers (Israel) as the spent events18 "
     "row of this arson (alternative Unidentified armed group); the village (Duma) is not named in the text -> "
     "location empty, PS. Rabbi Kahane's assassination (1990) not coded (too old)"),
    (AY44, "3 غارات جوية", "وشنت طائرات التحالف العربي 3 غارات جوية على مواقع للحوثيين بجبهة المخدرة",
     ERV, AIR, COAL, HOU, "Al Mukhdara, Marib", "YE", "2015-08-08", "2", "", "",
     AYSRC, "reported",
     "Yemeni security sources reported on the night of Saturday to Sunday (8/9 August; DCT Sunday 9 August) that the "
     "coalition aircraft struck Houthi positions in Marib and Ibb (the lead, split here by place): three air strikes "
     "on Houthi positions on the al-Mukhdara front, northwest of Marib, targeting a gathering of machines and fighters of "
     "the Houthis and Saleh's forces (Saleh's forces -> Houthis; one row for the three strikes on one front; night of "
     "Saturday -> 8 August, precision 2)"),
    (AY44, "وغارة رابعة", "وغارة رابعة استهدفت مواقع للحوثيين في جبهـة الجفينة",
     ERV, AIR, COAL, HOU, "Al Jufaynah, Marib", "YE", "2015-08-08", "2", "", "",
     AYSRC, "reported",
     "same night: a fourth coalition air strike on Houthi positions on the al-Jufaynah front, southwest of Marib "
     "governorate (differently named place -> own row)"),
    (AY44, "قصفت طائرات التحالف", "فيما قصفت طائرات التحالف أيضا معسكر الحمزة الموالي لصالح والحوثيين في محافظة إب",
     ERV, AIR, COAL, HOU, "Al Hamza Camp, Ibb", "YE", "2015-08-08", "2", "", "",
     "local source (Ain Alyoum)", "reported",
     "same night: the coalition aircraft also bombed the al-Hamza camp, loyal to Saleh and the Houthis, in Ibb "
     "governorate (the lead's strikes 'in Ibb'; Saleh/Houthi camp -> Houthis)"),
    (AY44, "الدخول إلى مدينة زنجبار", "نجاح القوات الحكومية والمقاومة الشعبية في الدخول إلى مدينة زنجبار في أبين",
     BAT, GRT, RES, HOU, "Zinjibar, Abyan", "YE", "2015-08-08", "2", "", "",
     "Yemeni military sources (Ain Alyoum)", "reported",
     "title and lead: military sources confirmed that the government forces and the popular resistance entered "
     "Zinjibar, capital of Abyan, through its southern entrance after the rebels fled (pro-Hadi forces -> Yemeni "
     "Resistance, as the spent rows; the reports of the night of Saturday to Sunday -> 8 August, precision 2)"),
    (AY44, "تحرير القوات الشرعية محافظة الضالع", "ويأتي ذلك في أعقاب تحرير القوات الشرعية محافظة الضالع",
     BAT, GRT, RES, HOU, "Al Dhale", "YE", "2015-08-09", "3", "", "",
     "Ain Alyoum", "reported",
     "background: the Zinjibar entry came 'in the wake of' the legitimate forces' liberation of al-Dhale governorate "
     "after they took all the positions the Houthi/Saleh militias held; folded: the capture of several government "
     "buildings 'after bloody confrontations' that drove the rebels to flee towards neighbouring Ibb (read as the "
     "al-Dhale fighting; alternative: the Zinjibar buildings). No day stated -> DCT, precision 3; governorate only"),
    (AY44, "مديرية حزم العدين", "قبل أن تسيطر على مديرية حزم العدين كاملة بمحافظة إب",
     BAT, GRT, RES, HOU, "Hazm al-Udayn, Ibb", "YE", "2015-08-08", "2", "", "",
     "Yemeni military sources (Ain Alyoum)", "reported",
     "the loyalist forces then took the whole Hazm al-Udayn district of Ibb governorate after confrontations with the "
     "Houthis that left dead and wounded (no number -> fatalities empty; the clashes folded into the capture; same "
     "night's reports -> 8 August, precision 2)"),
    (AY44, "هجوم للمقاومة بقذيفة صاروخية", "بعد هجوم للمقاومة بقذيفة صاروخية على نقطة تابعة للحوثيين",
     BAT, CLASH, RES, HOU, "Hajjah", "YE", "2015-08-08", "2", "4", "exact",
     "Ain Alyoum", "reported",
     "meanwhile 4 Houthis were killed and two wounded when the resistance attacked a Houthi checkpoint with a "
     "rocket-propelled shell on the international road linking Hodeidah and Haradh in Hajjah governorate (attack on an "
     "armed post -> Armed clash, alternative Shelling/artillery/missile attack; the road is not a named locality -> "
     "governorate; same reports -> 8 August, precision 2)"),
    (MD613, "الجريمة النكراء", "أدانوا فيها الجريمة النكراء التي وقعت في مسجد قوات الطوارئ بمنطقة عسير أمس الأول",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Madina", "reported",
     "follow-up: the news is the condolence calls received 'yesterday' by the Crown Prince (Bahrain's crown prince, the "
     "interior ministers of the UAE, Bahrain, Kuwait); the 'heinous crime' in the Emergency Forces mosque in Asir "
     "'the day before yesterday' (DCT Saturday 8 August -> Thursday 6 August, precision 1), the 'terrorist bombing' "
     "(generic explosive sub-type) that killed 'a number of security men and civilians' (vague -> fatalities empty; "
     "security men the target -> Police Forces of Saudi Arabia); perpetrator not named -> Unidentified armed group"),
    (JZ834, "بوندارام", "في بوندارام، قتلوا أربعة أشخاص",
     VAC, "Attack", BH, "Civilians (Nigeria)", "Bundaram", "NG", "2015-07-27", "1", "4", "exact",
     "Borno fishermen's union head Abubakar Gamandi (via AFP)", "reported",
     "Monday (DCT Friday 31 July -> 27 July) at 16:00 Boko Haram fighters attacked three fishing villages near Baga "
     "on Lake Chad and slaughtered ten fishermen with knives (to avoid alerting the soldiers in Baga); by village: "
     "Bundaram 4, Fishdam 2, Kwatar Mali 4 -> one row per village (one location per row; alternative one row 'Baga', "
     "10 exact). Here Bundaram, 4 exact"),
    (JZ834, "فيشدام", "ثم في فيشدام قتلوا شخصين",
     VAC, "Attack", BH, "Civilians (Nigeria)", "Fishdam", "NG", "2015-07-27", "1", "2", "exact",
     "Borno fishermen's union head Abubakar Gamandi (via AFP)", "reported",
     "same Monday attack: in Fishdam they killed two people (see the Bundaram row)"),
    (JZ834, "كواتار مالي", "وفي كواتار مالي قتلوا أربعة أشخاص",
     VAC, "Attack", BH, "Civilians (Nigeria)", "Kwatar Mali", "NG", "2015-07-27", "1", "4", "exact",
     "Borno fishermen's union head Abubakar Gamandi (via AFP)", "reported",
     "same Monday attack: in Kwatar Mali they killed four people (see the Bundaram row)"),
    (JZ834, "لهجمات كانت الأعنف", "إثر تعرضها لهجمات كانت الأعنف لحركة بوكو حرام",
     VAC, "Attack", BH, "Civilians (Nigeria)", "Baga", "NG", "2015-01-01", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "background: the residents abandoned the fishing villages around Baga in January after they were hit by Boko "
     "Haram's most violent attacks (January 2015, within 12 months -> 1 January, precision 3; one row for the attacks; "
     "no toll in the text; borderline: could be judged too vague). The residents' return 'a month ago' under army "
     "protection not coded"),
    (MD483, "غارات جوية", "في غارات جوية نفذها الجيش السوري على قرية يسيطر عليها",
     ERV, AIR, "Military Forces of Syria", "Civilians (Syria)", "Qasr al-Buraij", "SY", "2015-07-22", "1", "12",
     "at_least", "Syrian Observatory for Human Rights", "reported",
     "'yesterday Wednesday' (DCT Thursday 23 July -> 22 July): at least 12 people, among them four children and a "
     "pregnant woman, were killed in Syrian army air strikes (the aircraft dropped barrel bombs in the morning) on the "
     "ISIS-held village of Qasr al-Buraij, more than 60 km east of Aleppo (victims civilians -> Civilians (Syria), "
     "alternative Islamic State as the village's holder)"),
    (MD483, "حملة قصف كثيفة", "ويشن الجيش السوري منذ 11 يوليو حملة قصف كثيفة على المدن والقرى",
     ERV, AIR, "Military Forces of Syria", ISIS, "Aleppo", "SY", "2015-07-11", "3", "", "",
     "Syrian Observatory for Human Rights", "reported",
     "aggregate: since 11 July the Syrian army has waged an intense bombing campaign on the towns and villages the "
     "organisation holds in Aleppo governorate (start date stated -> 11 July, precision 3 as an aggregate; 'قصف' with "
     "the air strikes and barrel bombs as its example -> Air/drone strike, alternative Shelling/artillery/missile "
     "attack; Wednesday's Qasr al-Buraij raid is its own row)"),
    (MD483, "تفجير سيارة مفخخة", "وجرح 30 في تفجير سيارة مفخخة في شارع تجاري في منطقة البياع",
     ERV, IED, UAG, "Civilians (Iraq)", "Al Bayaa, Baghdad", "IQ", "2015-07-22", "1", "16", "at_least",
     "Iraqi police colonel, interior ministry and medical sources", "reported",
     "Wednesday 22 July: at least 16 killed and 30 wounded in a car bomb in a commercial street of al-Bayaa, west "
     "Baghdad (car bomb, no suicide attacker stated -> Remote explosive/landmine/IED; no claim for Wednesday's attacks, "
     "only for the day before -> Unidentified armed group). 'At least 21 killed Wednesday in attacks on Shia-majority "
     "areas' = this row + al-Shaab (not a separate row)"),
    (MD483, "هجوم استهدف", "وجرح 16 في هجوم استهدف منطقة الشعب",
     ERV, SUI, UAG, "Military Forces of Iraq", "Al Shaab, Baghdad", "IQ", "2015-07-22", "1", "5", "exact",
     "Iraqi police colonel and interior ministry source", "reported",
     "same Wednesday: five killed and 16 wounded in an attack on the Shia-majority al-Shaab area (north-east Baghdad); "
     "accounts differ: the police colonel and the interior ministry source say two suicide bombers with explosive belts "
     "attacked a joint army-police checkpoint and the victims were security forces (followed: two sources -> Suicide "
     "bomb, actor2 Military Forces of Iraq, alternative Police Forces of Iraq), the medical source says a car bomb "
     "targeting civilians (alternative IED vs Civilians (Iraq)); no claim -> Unidentified armed group"),
    (MD483, "تفجير سيارة مفخخة", "وأصيب 43 في تفجير سيارة مفخخة استهدف سوقا تجارية",
     ERV, IED, ISIS, "Civilians (Iraq)", "Baghdad al-Jadida, Baghdad", "IQ", "2015-07-21", "1", "19", "at_least",
     "Iraqi security and medical sources", "reported",
     "background: the day before (Tuesday 21 July) two bombings claimed by ISIS hit east and south Baghdad ('at least "
     "23 killed' = 19 + 4, not its own row); the deadliest, a car bomb at a commercial market in Baghdad al-Jadida "
     "(east), killed at least 19 and wounded 43 (ISIS claim stated as fact -> actor1 Islamic State, reported)"),
    (MD483, "انفجرت سيارة", "كما انفجرت سيارة في اليوم نفسه في منطقة الزعفرانية",
     ERV, IED, ISIS, "Civilians (Iraq)", "Al Zafaraniya, Baghdad", "IQ", "2015-07-21", "1", "4", "at_least",
     "Iraqi security and medical sources", "reported",
     "background: the same Tuesday a car exploded in al-Zafaraniya (south Baghdad), killing at least four and wounding "
     "ten (the second of the two bombings claimed by ISIS; victims 'people' -> Civilians (Iraq), borderline)"),
    # ---- set b (no text filter) ----
    (RI700, "الغارات الجوية التركية", "خلال اسبوع من الغارات الجوية التركية على قواعد للمتمردين",
     ERV, AIR, "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "", "IQ", "2015-07-26", "3", "260",
     "about", "Anadolu Agency", "claimed",
     "aggregate: Turkey's state Anadolu agency says about 260 PKK fighters were killed and hundreds wounded (among them "
     "the brother of the HDP leader Demirtas) during a week of Turkish air strikes on rebel bases (a week before the DCT "
     "Sunday 2 August -> 26 July, precision 3; 'about 260' -> about; the figures of a Turkish state agency, 'which "
     "cannot be checked against any other source' -> claimed; the bases are not placed, the text puts the PKK in the "
     "mountains of northern Iraq -> IQ, location empty, alternative TR as the events19 adjudication)"),
    (RI700, "قصف للطائرات الحربية التركية", "في قصف للطائرات الحربية التركية على مناطق جبل قنديل",
     ERV, AIR, "Military Forces of Turkey", "Civilians (Iraq)", "Zarkali", "IQ", "2015-08-01", "1", "8", "exact",
     "eyewitnesses (Zarkali resident Marwan Mohammed)", "reported",
     "'yesterday morning' (DCT 2 August -> 1 August): Turkish warplanes struck the Qandil mountain area; a resident of "
     "the village of Zarkali near the Qandil mountains, north of Erbil, says the raid on that area killed eight "
     "civilians and wounded seven (the lead's witnesses and the resident describe one raid -> one row; the village named "
     "-> location Zarkali)"),
    (OK1951, "اغتالته يد الغدر", "الذي اغتالته يد الغدر في بلدة «الجش» بالقطيف",
     BAT, CLASH, UAG, POLSA, "Al Jesh, Qatif", "SA", "2015-07-31", "3", "1", "exact",
     "Okaz", "reported",
     "background: the article (the family's pride and condolences) is about the security man Sami al-Harbi, "
     "'assassinated by the hand of treachery' in the town of al-Jesh in Qatif while serving (no perpetrator, means or "
     "day in the text -> Unidentified armed group, DCT precision 3; a killed security man -> Police Forces of Saudi "
     "Arabia, 1 exact; attack on a member of the security forces -> Battles/Armed clash as ACLED codes attacks on "
     "security personnel, alternative Violence against civilians/Attack). Burial in Medina and condolences not coded"),
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
