"""Bookkeeping helper for annotator B of the events97 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "
" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur51/events97/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 97 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (its seeds, stop and commit not read by annotator B, who opened only ids.txt and texts/ in the set folder). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; selection criteria as in the earlier sets, not re-checked): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT); (b) 10 with no text filter, >=3 sources (got, by source, a: aawsat 2, aljazirah 2, alriyadh 2, alyaum 2, 3alyoum 1, alweeam 1; b: alwatan 4, aljazirah 3, aleqtisadiya 1, almadina 1, alyaum 1).
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
HZB = "Hezbollah"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
POLSD = "Police Forces of Sudan"
CIVSD = "Civilians (Sudan)"
AW99 = "SN-aawsat-20150807-99"
WM891 = "SN-alweeam-20150801-891"
RY671 = "SN-alriyadh-20150804-671"
AW192 = "SN-aawsat-20150725-192"
JZ306 = "SN-aljazirah-20150801-306"
WT823 = "SN-alwatan-20150809-823"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AW99, "هجوم شنه حزب العمال الكردستاني", "بعد إغلاق دام أسبوعا عقب هجوم شنه حزب العمال الكردستاني",
     ERV, IED, PKK, "", "", "TR", "2015-07-30", "2", "", "",
     "Turkish energy official and a shipping agent (to Reuters, via Asharq Al-Awsat)", "reported",
     "the flow through the Iraq-Turkey oil pipeline (from the Kurdish region to Ceyhan) resumed 'yesterday Thursday' "
     "(6 August) after a week-long closure following an attack carried out by the PKK (a week before the Thursday -> "
     "30 July, precision 2); the lead's 'the attack on it recently' that cost the Kurdistan Region more than $250 million "
     "is the same attack -> one row; pipeline sabotage -> Remote explosive/landmine/IED with actor2 empty, as the spent "
     "aawsat-372 pipeline rows (the text says only 'هجوم'; alternative Strategic developments/Looting/property "
     "destruction); no place -> location empty; TR, the pipeline's Turkish section, as those rows (alternative IQ). "
     "Not coded: the article's news, the planned thermal cameras and horse patrols on the pipelines (protective "
     "measures), the PKK's mid-July announcement that it escalates attacks (statement), 'the attacks became almost daily' "
     "since 24 July (generic, no target, toll or place; alternative an aggregate PKK attacks row), the PKK's energy "
     "attacks of the 1990s until the 2013 truce and the 40,000 dead (far older than 12 months)"),
    (AW99, "خط أنابيب ازري شاه دينيز", "وتعرض خط أنابيب ازري شاه دينيز",
     ERV, IED, PKK, "", "", "TR", "2015-07-28", "2", "", "",
     "Asharq Al-Awsat (Reuters)", "reported",
     "the Azeri Shah Deniz gas pipeline and the Iranian pipeline, which together carry 16 billion cubic metres a year, "
     "were attacked 'during the past ten days' (DCT 7 August - 10 -> 28 July, precision 2, as 'last week' -> DCT-7); two "
     "pipelines -> two rows (this one Shah Deniz); attacker not named in the sentence, the article's frame is the rising "
     "attacks of Kurdish militants and the PKK's return to hitting energy infrastructure -> PKK (alternative Unidentified "
     "armed group); sabotage -> Remote explosive/landmine/IED, actor2 empty, as the spent pipeline rows; no place -> "
     "location empty, TR"),
    (AW99, "وخط الأنابيب الإيراني", "وخط الأنابيب الإيراني اللذان",
     ERV, IED, PKK, "", "", "TR", "2015-07-28", "2", "", "",
     "Asharq Al-Awsat (Reuters)", "reported",
     "the same sentence's second pipeline: the Iranian (Iran-Turkey) gas pipeline attacked during the past ten days "
     "(see the Shah Deniz row; 28 July, precision 2; PKK by the article's frame, alternative Unidentified armed group; "
     "alternative one row for both pipelines)"),
    (AW99, "ضربات جوية على معسكرات", "منذ بدأت أنقرة ضربات جوية على معسكرات حزب العمال الكردستاني شمال العراق",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-24", "3", "", "",
     "Asharq Al-Awsat (Reuters)", "reported",
     "aggregate, background: Ankara began air strikes on PKK camps in northern Iraq on the 24th of last month (the "
     "campaign Davutoglu called 'a simultaneous fight against terrorism'; dated at the stated start, 24 July, precision "
     "3, as the spent 'since 26 March' campaign rows; northern Iraq, no place -> location empty, IQ, as the spent Turkish "
     "PKK aggregates; no toll)"),
    (WM891, "قتل 6 أشخاص اليوم", "وعلى صعيد العمليات التركية قتل 6 أشخاص اليوم",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-08-01", "1", "6", "exact",
     "Al Weeam", "reported",
     "on the Turkish operations, six people were killed 'today' (DCT Saturday 1 August, published 20:39 UTC -> 1 August, "
     "precision 1) in raids by Turkish aircraft on the party's (PKK) positions (stated target -> actor2 PKK, as the spent "
     "alwatan-808 row of the 1 August Zarkala strike, alternative Civilians (Iraq) as the spent alriyadh-700 row; the "
     "text names no place -> location empty; the raids of the article are on the PKK on the Iraqi side -> IQ; 6 exact)"),
    (WM891, "خلال أسبوع من الغارات التركية", "وأصيب حوالى400 آخرين، خلال أسبوع من الغارات التركية",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-25", "3", "260", "exact",
     "Al Weeam", "reported",
     "aggregate: 260 Kurdish PKK fighters were killed and about 400 wounded during a week of Turkish air raids, among the "
     "wounded the brother of the HDP leader Selahattin Demirtas (the lead's 'the raids of the Turkish army that killed 260 "
     "Kurds' and the PKK half of the operation Ankara launched 'a week ago' are the same campaign -> one row; a week -> "
     "DCT 1 August - 7 = 25 July, precision 3, as the spent alwatan-808/alriyadh-700 rows; '260' with no 'about' -> "
     "exact; unattributed here, stated by the outlet -> reported (the spent rows of the same figure cite Anadolu and are "
     "claimed); location empty, IQ). Not coded: Barzani's call on the PKK to leave its bases in Kurdistan for Qandil "
     "(the title's 'implementation of the Saddam-era agreement': a statement), Falah Mustafa's call to stop the raids "
     "(statement), the investigation against Demirtas (legal) and the violence that killed 34 people he is accused of "
     "inciting (the October 2014 Kobani protests, no date in the text), the 'series of bloody attacks' in Turkey "
     "attributed to the PKK (generic)"),
    (WM891, "عملية عسكرية جوية", "أطلقت قبل أسبوع عملية عسكرية جوية",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-25", "3", "", "",
     "Al Weeam", "reported",
     "aggregate, background: Ankara launched 'a week ago' an air military operation against two main targets, the "
     "Islamic State in Syria and the PKK (one row per target country, as the spent alriyadh-552 pair; this the SY row, "
     "the PKK half folded into the 260 aggregate; a week -> 25 July, precision 3; no place -> location empty)"),
    (RY671, "اعتقال", "أعادت السلطات السودانية اعتقال أحد أبرز",
     SD, "Arrests", POLSD, CIVSD, "Khartoum", "SD", "2015-08-04", "2", "", "",
     "Al Riyadh; Sheikh al-Sudeira's official Facebook page", "reported",
     "the title's news: the Sudanese authorities re-arrested Sheikh Musaid al-Sudeira, a leading Salafi figure, with a "
     "number of his students, and also arrested Sheikh Omar Abdul-Khaliq, head of the I'tisam group, in a campaign against "
     "those who incite young people to join ISIS (his Facebook page: the security authorities arrested him with Omar "
     "Abdul-Khaliq, Sheikh Salah al-Din and students -> one arrest operation, one row, alternative one row per sheikh; "
     "political/counter-terrorism arrests -> Strategic developments/Arrests; 'السلطات الأمنية', no service named -> Police "
     "Forces of Sudan, alternative Military Forces of Sudan (National Intelligence and Security Service) as the spent "
     "events87 rows; clerics, not said to be ISIS members -> Civilians (Sudan); no day -> DCT, precision 2; the arrest "
     "place is not stated, his institute is in Shambat north of Khartoum -> 'Khartoum', alternative location empty). Not "
     "coded: Vice-President Hasabo's speech (statement), al-Sudeira's arrest after the 2012 US-embassy events and in 2009 "
     "at Cairo airport (far older than 12 months), his release in January after three months' detention (no arrest date "
     "stated), the nine students who went to Syria in March (travel, no event)"),
    (RY671, "إلى المعتقل", "محمد علي الجزولي إلى المعتقل",
     SD, "Arrests", POLSD, CIVSD, "", "SD", "2015-06-30", "1", "", "",
     "Al Riyadh", "reported",
     "background: on 30 June the security authorities returned Muhammad Ali al-Jazouli, general coordinator of the "
     "'One Nation Current', also accused of supporting ISIS, to detention, four days after his release (political "
     "re-arrest -> Arrests; 30 June stated -> precision 1; no place in the text -> location empty; his release not "
     "coded)"),
    (RY671, "وألقت السلطات التركية القبض", "وألقت السلطات التركية القبض، في يونيو الماضي",
     SD, "Arrests", POLTR, "Civilians (Turkey)", "", "TR", "2015-06-01", "3", "", "",
     "Al Riyadh", "reported",
     "background: in June the Turkish authorities arrested 18 Sudanese students on their way to join the Islamic State "
     "(June -> 1 June, precision 3; would-be recruits, not said to be members -> Civilians of the country of the event, "
     "alternative Islamic State as the spent Manisa arrest rows; no place -> location empty, TR)"),
    (AW192, "مقتل 19 من مشجعي الزمالك", "منذ مقتل 19 من مشجعي الزمالك في فبراير",
     "Riots", "Violent demonstration", "Rioters (Egypt)", "Police Forces of Egypt", "Air Defense Stadium, Cairo", "EG",
     "2015-02-01", "3", "19", "exact",
     "Asharq Al-Awsat (AFP); witnesses and rights groups", "reported",
     "background, borderline (the article is a feature on empty Egyptian stadiums): 19 Zamalek fans were killed last "
     "February in front of the Air Defense stadium, the second massacre after Port Said; witnesses and rights groups say "
     "the police fired tear gas while the fans passed through a narrow iron cage, the match 'ended in a tragedy' from the "
     "crowd's stampede, and 16 Zamalek fans are on trial for rioting and causing their colleagues' deaths (fans vs police "
     "with tear gas, rioting charges -> Riots/Violent demonstration, Rioters (Egypt) vs Police Forces of Egypt; "
     "alternative Violence against civilians/Attack by the police, or no row as the adjudicated events70 almadina-1198 "
     "mention, which had no date, actor or kind of violence in its text; February, within 12 months -> 1 February, "
     "precision 3; 19 exact; the stadium is in Cairo, 'استاد الدفاع الجوي' -> 'Air Defense Stadium, Cairo'). Not coded: "
     "the Port Said massacre of 2012, the 2011 and 2013 ousters (far older than 12 months), the hundreds of security "
     "men killed in militant attacks since July 2013, mostly in Sinai (aggregate starting more than 12 months before "
     "the DCT), the May court ban of the Ultras (legal), matches without spectators"),
    (JZ306, "هاجموا مفوضية", "ان مقاتلين من حزب العمال الكردستاني هاجموا مفوضية مدينة بوزانتي",
     BAT, CLASH, PKK, POLTR, "Pozanti, Adana", "TR", "2015-07-31", "1", "2", "exact",
     "Anadolu Agency (via Al Jazirah)", "reported",
     "the title's news: two Turkish policemen were shot dead 'yesterday Friday morning' (DCT Saturday 1 August -> 31 "
     "July, precision 1) in the Adana area (south) in a new attack the authorities attributed to the Kurdish insurgency; "
     "Anadolu: PKK fighters attacked the police station of the town of Pozanti, the police returned fire and two were "
     "killed in the exchange (attack with an exchange of fire -> Armed clash, as the spent adjudicated alriyadh-552 row "
     "of the same AFP text; 'اثنان منهم' read as the two policemen of the title -> 2 exact; 'Pozanti, Adana' as that "
     "row); the later 'the attack yesterday Friday in an area frequented by tourists in the west' is the same attack -> "
     "folded"),
    (JZ306, "جولة العنف الجديدة", "ومنذ اندلاع جولة العنف الجديدة في 20 تموز",
     BAT, CLASH, PKK, TUR, "", "TR", "2015-07-20", "3", "13", "at_least",
     "Al Jazirah (wire report)", "reported",
     "aggregate: since the new round of violence broke out on 20 July at least 13 soldiers and policemen were killed "
     "(dated at the stated start, precision 3; '13 جنديا وشرطيا على الاقل' -> 13 at_least; the previous sentence's 'the "
     "Kurdish insurgency carries out bloody attacks on the security forces daily for a week' and 'most attacks in "
     "south-east Anatolia' folded; PKK by the article's frame, soldiers named first -> Military Forces of Turkey, as the "
     "spent alriyadh-552 aggregate of the same text; no place -> location empty). The Pozanti and ambush rows keep their "
     "own rows"),
    (JZ306, "مكمن", "ثلاثة منهم في مكمن استهدف الخميس قافلة عسكرية",
     BAT, CLASH, PKK, TUR, "", "TR", "2015-07-30", "1", "3", "exact",
     "Al Jazirah (wire report)", "reported",
     "three of the 13 were killed in an ambush that targeted a military convoy on Thursday (DCT Saturday 1 August -> 30 "
     "July, precision 1; ambush, no weapon named -> Armed clash; attackers unnamed, the article's wave is the PKK's -> "
     "PKK, alternative Unidentified armed group, as the spent alriyadh-552 row; no place -> location empty, TR; 3 exact)"),
    (JZ306, "غارات جوية كثيفة", "يشن الجيش التركي يومياً غارات جوية كثيفة",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-08-01", "3", "", "",
     "Al Jazirah (wire report)", "reported",
     "aggregate: in response the Turkish army carries out intensive daily air raids on PKK positions in northern Iraq "
     "(ongoing campaign, no start in this text -> DCT, precision 3, as the spent alyaum-941 'daily intensive raids' "
     "aggregate; location empty, IQ; no toll). Not coded: Erdogan's accusation that Europe does too little for refugees "
     "and the safe zone in Syria (statements), the Syrian refugees in Turkey"),
    # ---- set b (no text filter) ----
    (WT823, "العلميات الانتحارية", "ما الدافع الحقيقي وراء العلميات الانتحارية لقتل المصلين مثل ما حصل في أبها",
     ERV, SUI, UAG, POLSA, "Abha", "SA", "2015-08-09", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background (opinion column on takfir): the columnist opens with 'the suicide operations to kill worshippers, like "
     "what happened in Abha' (the 6 August bombing of the Emergency Forces mosque; the text's 'العلميات' is its "
     "misspelling of 'العمليات'; suicide stated -> Suicide bomb; no perpetrator named -> Unidentified armed group; "
     "worshippers of the Emergency Forces mosque -> Police Forces of Saudi Arabia, as the spent Asir/Abha rows, "
     "alternative actor2 empty as the spent alriyadh-796 column row; the text names Abha -> 'Abha'; no day -> DCT, "
     "precision 3, as the spent column rows; no toll). Not coded: ISIS killing and declaring apostate Nusra followers in "
     "the Levant (generic commentary)"),
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
