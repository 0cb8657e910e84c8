"""Bookkeeping helper for annotator B of the events86 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur47/events86/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 86 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2984/2985, drawn at the start of stop 47, main 9984211, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2984).shuffle, walked in order; (b) 10 with no text filter: random.Random(2985).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 2, alriyadh 2, alwatan 2, aawsat 1, aleqtisadiya 1, alyaum 1, okaz 1; b: 3alyoum 3, almadina 2, alyaum 2, alriyadh 1, alweeam 1, okaz 1).
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
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
LNA = "Libyan National Army"
WT843 = "SN-alwatan-20150809-843"
JZ738 = "SN-aljazirah-20150731-738"
JZ410 = "SN-aljazirah-20150810-410"
RY913 = "SN-alriyadh-20150810-913"
AW327 = "SN-aawsat-20150731-327"
OK1777 = "SN-okaz-20150722-1777"
AY1746 = "SN-alyaum-20150722-1746"
WT765 = "SN-alwatan-20150803-765"
OK1271 = "SN-okaz-20150727-1271"
ZWAI = "Col. Milad al-Zwai, Libyan Special Forces spokesman (via Al Jazirah)"
RESSRC = "sources inside the popular resistance (to Al Watan)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WT843, "حادثة التفجير في عسير", "تقديم التعازي في شهداء حادثة التفجير في عسير",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-09", "3", "", "",
     "Al Watan; cable of al-Ahsa Shia scholars and notables", "reported",
     "background (the news is the al-Ahsa Shia scholars' condolences and cable to the Asir emir): the bombing in Asir, "
     "the crime at the Emergency Forces mosque in the city of Abha, Asir region, which killed and wounded 'many' of the "
     "Emergency Forces members ('العديد' -> fatalities empty; 'جريمة مسجد قوة الطوارئ' and 'ما حدث من إجرام' are the same "
     "event -> one row); only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows of that wording (alternative "
     "Suicide bomb); no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; "
     "the city named -> 'Abha', as the spent alriyadh-560 row; no day in the text (the real 6 August is not stated), a "
     "reaction report three days later -> DCT, precision 3 (alternative precision 2 as the spent next-day reaction rows). "
     "Not coded: the cable, the condolences, the support for the leadership (statements)"),
    (JZ738, "محوري الليثي", "بأن محوري الليثي ومنطقة بوعطني يشهدان هدوءاً حذراً",
     BAT, CLASH, LNA, UAG, "Al Laithi, Benghazi", "LY", "2015-07-31", "2", "", "",
     ZWAI, "claimed",
     "the title's news ('cautious calm in Benghazi'): the Special Forces spokesman said the al-Laithi axis and the Bu Atni "
     "area see cautious calm 'these days' with intermittent clashes and skirmishes (two named places -> two rows, one "
     "location per row; this one al-Laithi, 'Al Laithi, Benghazi' as the spent aawsat-67 row); the Special Forces (Saiqa) "
     "and supporting units of the army under the interim government -> Libyan National Army, as that 2015 row; the "
     "'terrorist groups' not named -> Unidentified armed group; 'these days' -> DCT, precision 2; the spokesman of a party "
     "-> claimed (alternative reported). 'No dead or wounded in the last two days' -> fatalities empty. Not coded: the "
     "Special Forces units supporting the army at the al-Sabri and Souq al-Hout axes and the slow advance 'on the combat "
     "axes' with air support (generic, no engagement described; alternative an Armed clash row each for Sabri and Souq "
     "al-Hout), Rajoy's warning about ISIS in Libya (statement), the Tripoli appeals court's sentences against 37 figures of "
     "the former regime and the general amnesty law (legal/political)"),
    (JZ738, "ومنطقة بوعطني", "محوري الليثي ومنطقة بوعطني يشهدان",
     BAT, CLASH, LNA, UAG, "Bu Atni, Benghazi", "LY", "2015-07-31", "2", "", "",
     ZWAI, "claimed",
     "second named place of the intermittent clashes and skirmishes: the Bu Atni area of Benghazi (see the al-Laithi row)"),
    (JZ410, "تفجير مسجد قوات الطوارئ", "ابن سمار: تفجير مسجد قوات الطوارئ",
     ERV, IED, UAG, POLSA, "", "SA", "2015-08-10", "3", "", "",
     "Al Jazirah; businessman Musaad bin Saud bin Sammar al-Otaibi (statement)", "reported",
     "background (the news is a businessman's condemnation): the bombing of the Emergency Forces mosque, the terrorist "
     "incident that hit 'a number of' the sons of the country while they were at the noon prayer ('عدد من' -> fatalities "
     "empty; the body's 'الحادث الإرهابي الشنيع' is the same event -> one row, on the title's trigger); only 'تفجير' -> "
     "the generic explosive sub-type, as the spent Asir rows of that wording (alternative Suicide bomb); no perpetrator "
     "named -> Unidentified armed group; the text names no place (neither Asir nor Abha) -> location empty, SA "
     "(alternative 'Abha'/'Asir' as the spent rows); no day, four days later -> DCT, precision 3. Not coded: the "
     "condemnation (statement)"),
    (RY913, "واعتقلوا عشرة يهود", "داهمت صباح الأمس عدة نقاط استيطانية عشوائية واعتقلوا عشرة يهود",
     SD, "Arrests", "Police Forces of Israel", "Settlers (Israel)", "West Bank", "PS", "2015-08-09", "1", "", "",
     "Israeli radio (via Al Riyadh)", "reported",
     "the title's news ('an unprecedented series of arrests of Jews after the Dawabsha crime'): Israeli radio reported "
     "'yesterday Sunday' that the West Bank district police's unit for nationalist crimes raided several unauthorised "
     "settlement outposts 'yesterday morning' and arrested ten Jews suspected of involvement in recent violence against "
     "Palestinians in the West Bank (the raid folded; DCT Monday 10 August -> Sunday 9 August, precision 1); arrests "
     "linked to political violence -> Strategic developments/Arrests; the arrested are outpost settlers suspected of "
     "violence -> Settlers (Israel) (alternative Civilians (Israel) as the spent alriyadh-605 row); outposts in the West "
     "Bank, none named -> 'West Bank', PS. Not coded: the defence minister expected to approve administrative detention "
     "orders against far-right activists 'in the coming days' (expected legal measure; alternative a planned Arrests row), "
     "the explanation of administrative detention"),
    (RY913, "جريمة دوما", "مرتبطة مباشرة بجريمة دوما",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-08-10", "3", "", "",
     "Al Riyadh", "reported",
     "background: the 'Dawabsha crime' / 'Duma crime' to which the arrests are linked (the title's 'جريمة «الدوابشة»' is "
     "the same event -> one row, on the body's trigger naming the place); the text does not describe the act, its date "
     "(the real 31 July) or the toll -> fatalities empty, DCT, precision 3; the arrests of Jews in settlement outposts "
     "frame the perpetrators -> Settlers (Israel), victims the Palestinian Dawabsha family -> Civilians (Palestine), as "
     "the spent Duma rows (aljazirah-377 background, DCT precision 3)"),
    (AW327, "ضبط شبكة إرهابية", "أعلنت وزارة الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة إرهابية",
     SD, "Arrests", "Police Forces of Kuwait", IS, "", "KW", "2015-07-30", "2", "", "",
     "Kuwaiti Ministry of Interior statement (KUNA, via Asharq Al-Awsat)", "reported",
     "the title's news: the Kuwaiti Interior Ministry announced 'today (Thursday)' (DCT Friday 31 July, 04:30 UTC -> "
     "Thursday 30 July) the capture of an ISIS terrorist network of 5 Kuwaitis (named; fought with ISIS in Iraq and Syria, "
     "one facilitated travel); arrest day not stated -> the announcement day, precision 2, as the spent alyaum-1675 row of "
     "the same announcement; no place -> location empty, KW; the network 'affiliated with ISIS' -> actor2 Islamic State. "
     "Not coded: the men's past fighting in Iraq and Syria (Mosul) (generic, no event), the ministry's warnings and Sheikh "
     "Mohammed al-Khalid's call for Gulf coordination (statements)"),
    (AW327, "التفجير الإرهابي في مسجد الإمام", "ملابسات التفجير الإرهابي في مسجد الإمام (الصادق) في 26 يونيو",
     ERV, SUI, UAG, "Civilians (Kuwait)", "Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Asharq Al-Awsat", "reported",
     "background: the step follows the ministry's uncovering of the circumstances of the terrorist bombing at the Imam "
     "al-Sadiq mosque on 26 June, which killed 26 and wounded 227 (the lead's 'التفجير الإرهابي في مسجد (الصادق)' is the "
     "same event -> one row, on the dated mention; 26 June -> precision 1, within 12 months); 'تفجير إرهابي' -> Suicide "
     "bomb as the spent adjudicated alyaum-983/alweeam-957 rows of the same wording (alternative the generic explosive "
     "sub-type); no perpetrator stated in the text -> Unidentified armed group (alternative Islamic State); mosque not "
     "located in the text -> 'Kuwait City' as the spent aawsat-250 row"),
    (OK1777, "التفجير الذي نفذه", "في التفجير الذي نفذه تنظيم داعش في خان بني سعد",
     ERV, IED, IS, "Civilians (Iraq)", "Khan Bani Saad", "IQ", "2015-07-22", "3", "100", "exact",
     "Okaz; Iraqi judicial authorities", "reported",
     "background (the news is the investigation): the bombing carried out by ISIS in Khan Bani Saad ('in Baghdad' [sic]; "
     "the town is in Diyala), which left 100 dead and 150 wounded, with a booby-trapped truck ('الشاحنة المفخخة' -> the "
     "generic explosive sub-type, no suicide stated, as the spent aawsat-143 Diyala row); 100 -> exact; the text gives no "
     "date (the real 17 July is not stated) -> DCT, precision 3; victims -> Civilians (Iraq)"),
    (OK1777, "جرى توقيف 11 رجل شرطة", "مضيفة أنه جرى توقيف 11 رجل شرطة",
     SD, "Arrests", "Police Forces of Iraq", "Police Forces of Iraq", "Diyala", "IQ", "2015-07-21", "2", "", "",
     "Diyala Court of Appeal; Iraqi judicial authorities' statement (via Okaz)", "reported",
     "borderline: the Diyala appeals court said 11 policemen forming the security detachment responsible for the area and "
     "their police director were detained over their role in helping ISIS bring in the truck bomb (one confessed; the "
     "lead's '10 other policemen with their director under investigation' is the same detention -> one row); detention "
     "linked to a political-violence attack -> Strategic developments/Arrests (alternative no row, legal investigation); "
     "the detaining force not named -> Police Forces of Iraq, the detained are policemen -> Police Forces of Iraq; the "
     "court and the area are in Diyala -> 'Diyala'; announced in the statement of 'yesterday' (21 July), the day of "
     "detention not stated -> 21 July, precision 2"),
    (OK1777, "الهجمات الصاروخية", "ارتفعت حصيلة الهجمات الصاروخية التي استهدفت منطقة الحديد",
     ERV, SHELL, UAG, "Civilians (Iraq)", "Al Hadid, Baqubah", "IQ", "2015-07-22", "2", "11", "exact",
     "Okaz", "reported",
     "the toll of the rocket attacks that targeted the al-Hadid area west of Baquba rose to 11 dead and 18 wounded, amid "
     "warnings of sectarian war (several attacks on one named area, no separate days -> one row; no day, the toll 'rose' "
     "-> DCT, precision 2; 11 exact; attacker not named -> Unidentified armed group; victims not described, an area "
     "targeted -> Civilians (Iraq); west of Baquba -> 'Al Hadid, Baqubah'). Not coded: MP Salah al-Jubouri's warning "
     "('what Diyala is exposed to now', ISIS sleeper cells: generic), the director's prior knowledge of the bombing"),
    (AY1746, "الاعتداء الذي حصل", "بعد الاعتداء الذي حصل على مصابين سوريين في مجدل شمس",
     VAC, "Attack", UAG, "Civilians (Syria)", "Majdal Shams", "SY", "2015-06-01", "3", "1", "exact",
     "senior Israeli army officer (via Haaretz, Al Yaum)", "reported",
     "background: Israel changed its policy on wounded Syrians 'a month and a half' ago after the attack on wounded "
     "Syrians in Majdal Shams, in which one of them was killed, and five of those who attacked the ambulance were arrested "
     "on suspicion of murder (arrests folded); no date in the text, the policy change 'a month and a half' before the DCT "
     "(22 July) -> June, precision 3 (the real 22 June is not stated); attackers not named -> Unidentified armed group "
     "(alternative Riots/Mob violence, Rioters (Israel): a crowd of local residents, not described as such in the text); "
     "the wounded Syrians -> Civilians (Syria) (their affiliation not stated); the Golan -> SY, as the spent BB-481 Golan "
     "row (alternative IL); 'قتل أحدهما' -> 1 exact. Not coded: Netanyahu's reaction to the Security Council vote and his "
     "letter to Congress, the stop of medical treatment for Nusra fighters (policy), the Israeli army's Iran assessments "
     "(commentary)"),
    (WT765, "قدمت للثوار", "بقيادة المملكة قدمت للثوار أوائل الأسبوع الجاري، أسلحة نوعية",
     SD, "Other", COAL, "", "Taiz", "YE", "2015-08-02", "2", "", "",
     RESSRC, "claimed",
     "the title's news: sources inside the popular resistance revealed that the Saudi-led coalition delivered qualitative "
     "weapons to the Taiz fighters 'early this week' by air-drop operations, and the weapons are already in the "
     "resistance's stores (the body's 'إنزال الأسلحة', the agreed delivery 'in a time and place agreed' are the same -> one "
     "row); airdrop of weapons -> Strategic developments/Other, Saudi-led coalition, Taiz, claimed, as the spent "
     "alwatan-2172 row of an airdrop told by the same kind of sources; 'early this week' (DCT Monday 3 August, the Saudi "
     "week from Sunday 2 August) -> 2 August, precision 2. Not coded: the coalition's intensified supply of weapons and "
     "communications 'during the past period' (generic), the Taiz military council's training of recruits and Brig. "
     "Sadiq Sarhan's visit to training centres, the expected 'zero hour' attack (preparation, no announced date)"),
    (WT765, "السيطرة على مديرية مشرعة وحدنان", "حيث تمكنوا من السيطرة على مديرية مشرعة وحدنان",
     BAT, GRT, YR, HOU, "Mashraa wa Hadnan, Taiz", "YE", "2015-07-27", "2", "80", "about",
     RESSRC, "claimed",
     "the popular resistance fighters made great progress 'during the past week', taking the Mashraa wa Hadnan district "
     "and inflicting heavy losses on the rebels, killing nearly 80 of them, wounding 90 and capturing dozens (one battle, "
     "folded; 'قرابة 80' -> 80 about); 'last week' -> DCT-7 = 27 July, precision 2; 'Mashraa wa Hadnan, Taiz' as the "
     "spent adjudicated alweeam-1630 row; the resistance sources -> claimed"),
    (WT765, "معركة تحرير عدن", "وظهر ذلك بوضوح خلال معركة تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-03", "3", "", "",
     "Al Watan", "reported",
     "background: the battle of liberating Aden, in which the fighters won complete victory over the rebels 'in record "
     "time' (within 12 months; no date in the text -> DCT, precision 3, as the spent background Aden liberation rows, e.g. "
     "alwatan-823, aawsat-72)"),
    # ---- set b (no text filter) ----
    (OK1271, "إلقاء القبض على الخلية الإرهابية", "في إلقاء القبض على الخلية الإرهابية المنتمية للتنظيم الفاشي",
     SD, "Arrests", POLSA, IS, "", "SA", "2015-07-27", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (opinion column): the success of the security services in arresting the terrorist cell belonging to ISIS, "
     "431 people, most of them Saudis ('431 شخصا' counts arrested, not dead -> fatalities empty); the arresting services "
     "-> Police Forces of Saudi Arabia, actor2 Islamic State, no place -> location empty, as the spent alyaum-2213 and "
     "almadina-490 rows; no date in the text (the real announcement of 18 July is not stated), a column nine days later "
     "-> DCT, precision 3 (alternative precision 2 as those column rows). Not coded: the column's reflections on "
     "extremism, regional threats, unlicensed Quran associations (commentary)"),
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
