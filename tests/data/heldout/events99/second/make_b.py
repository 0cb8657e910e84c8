"""Bookkeeping helper for annotator B of the events99 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur52/events99/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 99 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds and stop as in its docstring, which annotator B did not open: the brief limits B to ids.txt, texts/ and second/). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): shuffled with the half-a seed, walked in order; (b) 10 with no text filter: shuffled with the half-b seed, walked in order, >=3 sources (got, by source, a: alriyadh 3, almadina 2, alweeam 2, 3alyoum 1, aawsat 1, aljazirah 1; b: aljazirah 3, aawsat 2, alriyadh 2, alwatan 1, okaz 1, sabq 1).
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
CIVYE = "Civilians (Yemen)"
RY1723 = "SN-alriyadh-20150806-1723"
AL339 = "SN-3alyoum-20150724-339"
MD581 = "SN-almadina-20150722-581"
JZ294 = "SN-aljazirah-20150808-294"
RY733 = "SN-alriyadh-20150723-733"
AW108 = "SN-aawsat-20150808-108"
WM1627 = "SN-alweeam-20150721-1627"
MD593 = "SN-almadina-20150725-593"
AW511 = "SN-aawsat-20150731-511"
SYR = "Military Forces of Syria"
REB = "Syrian rebels"
SOHRW = "Syrian Observatory for Human Rights (via Al Weeam)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RY1723, "تفجير مسجد الإمام الصادق", "إخلاء سبيل 11 متهمًا بتفجير مسجد الإمام الصادق",
     ERV, SUI, UAG, "Civilians (Kuwait)", "Kuwait City", "KW", "2015-08-06", "3", "", "",
     "Al Riyadh (KUNA)", "reported",
     "background to the trial news: the terrorist bombing of the Imam al-Sadiq mosque in Kuwait, carried out during the "
     "Friday prayer by the suicide bomber Fahd Suleiman al-Qabbaa, whom the first defendant drove to the mosque (the "
     "'suicide bomber' -> Suicide bomb; no perpetrator group named -> Unidentified armed group, as the spent "
     "alwatan-908/alyaum-983 rows; worshippers -> Civilians (Kuwait); only the mosque and Kuwait named -> 'Kuwait City', "
     "as the spent alwatan-908 row; the text gives no date (really 26 June 2015) and no toll -> DCT, precision 3, "
     "fatalities empty; the title's and the text's many mentions of the bombing are this one event). Not coded: the "
     "Criminal Court's release of 11 of the 29 defendants, the adjournment and the confession (legal actions and trials)"),
    (AL339, "التفجير الإرهابي بالقديح", "سعود بن نايف يتفقد مصابي التفجير الإرهابي بالقديح",
     ERV, IED, UAG, "Civilians (Saudi Arabia)", "Al Qudaih, Qatif", "SA", "2015-07-24", "2", "", "",
     "Ain Al Yaum (Eastern Province emir Prince Saud bin Nayef)", "reported",
     "background to the emir's hospital visit: the terrorist operation that targeted the worshippers in the Imam Ali "
     "mosque in al-Qudaih village, Qatif governorate (the title's 'التفجير' only -> the generic explosive sub-type, as the "
     "spent rows with only 'تفجير'; no perpetrator named -> Unidentified armed group; worshippers -> Civilians (Saudi "
     "Arabia); 'شهداء' but no number -> fatalities empty). Date: the text gives no day; the emir visits the wounded "
     "'today' and speaks of the martyrs 'who were martyred on this virtuous day' (Friday), so the text presents it as a "
     "same-day report -> DCT (Friday 24 July), precision 2, by the breaking-report rule; the real attack was on Friday "
     "22 May 2015 (the article looks like a stale republication) -> alternative 2015-05-22, precision 1. Not coded: the "
     "emir's and the king's statements"),
    (MD581, "يذبح 13 قائدًا", "البغدادي يذبح 13 قائدًا داعشيًا",
     VAC, "Attack", IS, IS, "", "SY", "2015-06-10", "2", "13", "exact",
     "matching Iraqi and Syrian sources; sources in Mosul and a source close to ISIS (via Al Madina)", "reported",
     "the title's news: a failed coup attempt inside ISIS against al-Baghdadi (planned as an IED attack on his convoy "
     "on a farm road south of Raqqa) was betrayed two days before its execution; Baghdadi had all the plotters arrested "
     "and executed by beheading, 13 leaders and prominent members, their heads left hanging in a main ISIS camp until the "
     "first day of Ramadan (the lead's 'إعدام 13 قياديًا' and the arrests are the same event -> one row; detained "
     "members executed by their own group -> Violence against civilians/Attack with Islamic State on both sides; the "
     "operation 'between the 10th and 13th of last month' (DCT July -> June) -> 10 June, precision 2; the camp is not "
     "named -> location empty, SY by the Raqqa plot). The text is identical to the spent events62 almadina-534 "
     "article; I coded it from my reading and checked it against that adjudicated row (same values). Not coded: the "
     "planned IED attack on Baghdadi's convoy (foiled plot, folded), the expert's 'more explosions' (commentary)"),
    (JZ294, "العمل الجبان الذي شهده مسجد", "ولم يُؤثر عليها العمل الجبان الذي شهده مسجد قوات الطوارئ الخاصة",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Asir emir Prince Faisal bin Khalid (interview with Al Jazirah)", "reported",
     "background to the emir's interview: the cowardly act in the mosque of the Special Emergency Forces in Asir that "
     "killed fifteen people ('خمسة عشر شخصاً' -> 15 exact; later 'a number of' Emergency Forces members killed and "
     "others wounded, the same toll); the text says only 'التفجير' -> the generic explosive sub-type, as the spent Asir "
     "rows of that wording (alternative Suicide bomb); no perpetrator named -> Unidentified armed group; the emergency "
     "forces -> Police Forces of Saudi Arabia, as all spent Asir rows. Date: the interview was 'yesterday afternoon' "
     "(DCT Saturday 8 August -> 7 August) and the question says 'twenty-four hours after the incident' -> 6 August, "
     "precision 1 (alternative precision 2, as the spent aleqtisadiya-258 emir-visit row). Not coded: the cancellation "
     "of the 'Abha Yajmaana' festival celebrations, the blood donations, the emir's visit to the wounded"),
    (RY733, "اندلعت مواجهات", "وبعدها اندلعت مواجهات بين شبان فلسطينيين وقوات الجيش",
     "Riots", "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "Burqin", "PS",
     "2015-07-22", "1", "1", "exact",
     "Palestinian security and medical sources; an Israeli military source (via Al Riyadh)", "reported",
     "the title's news: 'yesterday Wednesday' at dawn (DCT Thursday 23 July -> 22 July) the Israeli army raided several "
     "houses in Burqin village south-west of Jenin to make arrests, clashes broke out between Palestinian youths and the "
     "army, who threw stones and petrol bombs and burned tyres; the forces used riot-control means (tear gas, rubber "
     "bullets) and Mohammed Alawneh (22) was shot in the chest and died in hospital (stone- and petrol-bomb-throwing "
     "youths against a raiding force -> Riots/Violent demonstration with the army as actor2 and the dead youth as its "
     "fatality, as the spent aleqtisadiya-254 row of the same clash; alternative Violence against civilians/Attack for "
     "the killing; the arrest raid is folded, no arrest is stated; 'قرية برقين' -> 'Burqin'; the title's and lead's "
     "'near Jenin' is the same place; 1 exact)"),
    (AW108, "87 حالة انتهاك", "إنه سجل «87 حالة انتهاك» بحق الإعلام",
     VAC, ABD, HOU, CIVYE, "", "YE", "2015-06-01", "3", "", "",
     "Studies and Economic Media Centre (report; its head Mustafa Nasr to Asharq Al-Awsat)", "reported",
     "aggregate, borderline: the centre recorded 87 violations against the media in June and July (40 assaults and "
     "threats, 36 abductions, 8 raids on media outlets, 3 injuries), about 93 per cent of all violations by the Houthis "
     "and Saleh loyalists (one aggregate row; the abductions are the largest clearly ACLED-relevant category -> "
     "Abduction/forced disappearance, alternative Attack; journalists -> Civilians (Yemen); months stated -> 1 June, "
     "precision 3; no place -> location empty; no deaths). Not coded: the two dailies' suspension after threats and an "
     "incitement campaign by Mohammed al-Muqaleh (threats, no act), the journalists held in Houthi prisons (ongoing "
     "detention, generic), the confiscation and looting of media outlets and the displacement of some 300 journalists "
     "(undated, generic), the 14 TV channels and 10 radios stopped (status)"),
    (AW108, "راح ضحيته الصحافيان", "العمل الإجرامي الأليم الذي راح ضحيته الصحافيان عبد الله قابل",
     ERV, AIR, COAL, CIVYE, "Dhamar", "YE", "2015-08-08", "3", "2", "exact",
     "Asharq Al-Awsat", "reported",
     "background, borderline: the journalists Abdullah Qabil and Yousef al-Ayzari were killed after the Houthi gunmen "
     "used them as human shields in a camp in Dhamar governorate, south of Sanaa, one of the camps that became targets "
     "of the coalition aviation (the deaths came from the coalition's strike on the camp -> Air/drone strike, Saudi-led "
     "coalition vs Civilians (Yemen), 2 exact; the text frames it as the Houthis' crime: alternative Violence against "
     "civilians/Attack or Abduction with the Houthis as actor1; the governorate -> 'Dhamar'; no date in the text (really "
     "May 2015) -> DCT, precision 3)"),
    (AW108, "اجتياح جماعة الحوثي للعاصمة", "مع اجتياح جماعة الحوثي للعاصمة اليمنية صنعاء في سبتمبر",
     BAT, NSO, HOU, "", "Sanaa", "YE", "2014-09-01", "3", "", "",
     "Mustafa Nasr, head of the Studies and Economic Media Centre (to Asharq Al-Awsat)", "reported",
     "background: the Houthi group's storming of the capital Sanaa in September 2014 (within 12 months of the DCT -> "
     "1 September 2014, precision 3; no defender named -> actor2 empty, as the spent almadina-644/559 rows; the earlier "
     "'since the Houthis took control of the capital Sanaa and many other governorates' is the same event)"),
    (AW108, "بالإنزال العسكري السعودي الإماراتي", "بالإنزال العسكري السعودي الإماراتي في عدن",
     SD, "Other", COAL, "", "Aden", "YE", "2015-08-08", "3", "", "",
     "the editorial boards of al-Oula and al-Shari (statement, via Asharq Al-Awsat)", "reported",
     "background, borderline: the Saudi-Emirati military landing in Aden, to which al-Muqaleh linked the dailies' "
     "resumption (troop deployment -> Strategic developments/Other, as the spent deployment rows; the Saudi and Emirati "
     "forces -> Saudi-led coalition; no date in the text -> DCT, precision 3; alternative not coded, a passing "
     "reference)"),
    (WM1627, "القى 28 برميلا متفجرا", "التابع لنظام الأسد القى 28 برميلا متفجرا",
     ERV, AIR, SYR, "", "Zabadani", "SY", "2015-07-21", "2", "", "",
     SOHRW, "reported",
     "the Assad regime's helicopters dropped 28 barrel bombs on areas in Zabadani, the last town in the Lebanese border "
     "area still held by the opposition factions (counted strikes by a different means -> own row, as the spent "
     "aawsat-156/aljazirah-298 Zabadani strike rows; areas of the town, no target named -> actor2 empty; no day, in the "
     "current report -> DCT, precision 2; the later 'the regime's helicopters dropped barrel bombs on the city' is the "
     "same bombardment; no toll)"),
    (WM1627, "واستمرت الاشتباكات العنيفة", "واستمرت الاشتباكات العنيفة في محيط الزبداني",
     BAT, CLASH, SYR, REB, "Zabadani", "SY", "2015-07-21", "2", "", "",
     "Al Weeam", "reported",
     "the continuing violent clashes around Zabadani, where the regime forces and the militias retreated on several "
     "axes where they had advanced (ongoing, no day -> DCT, precision 2; the regime forces named first -> Military "
     "Forces of Syria, Hezbollah folded, as the spent Zabadani rows; the opposition factions -> Syrian rebels). Folded: "
     "the regime's mobilisation, backed by Hezbollah militias, on the main road south of Zabadani in an attempt to storm "
     "its plain (same battle, same days)"),
    (WM1627, "بدأت هجوما واسعا", "وكانت قوات الاسد وحزب الله بدأت هجوما واسعا على الزبداني منذ اسبوع",
     BAT, CLASH, SYR, REB, "Zabadani", "SY", "2015-07-14", "3", "120", "at_least",
     "Al Weeam; sources", "reported",
     "aggregate: Assad's forces and Hezbollah began a wide offensive on Zabadani 'a week ago' and entered some parts of "
     "the city under heavy air cover without major progress (dated at its stated start, DCT Tuesday 21 July - 7 -> 14 "
     "July, precision 3, as the spent alwatan-1341 'since the offensive began' aggregate; the entry into parts of the "
     "city has no day of its own -> folded); sources say Hezbollah's dead reached 120, leaders among them, and 210 "
     "wounded (Hezbollah's losses only, regime and rebel dead not given -> 120 at_least; the toll is placed with the "
     "Zabadani fighting by the next sentence, alternative fatalities empty)"),
    (WM1627, "470 برميلاً متفجراً", "اسقط عليها منذ بدء المعركة 470 برميلاً متفجراً",
     ERV, AIR, SYR, "", "Zabadani", "SY", "2015-07-14", "3", "", "",
     "Al Weeam", "reported",
     "aggregate: since the battle began the regime's helicopters dropped 470 barrel bombs and more than 400 missiles on "
     "the city (the title's '500 barrels on Zabadani in a week' and SOHR's 'genocide by barrels' are the same campaign; "
     "dated at the battle's start, 14 July, precision 3, as the spent alwatan-1341 '600 air strikes' aggregate; "
     "alternative folded into the battle aggregate)"),
    (WM1627, "نفَّذت عمليات اعتقال", "وأضاف المصدر أن ميليشيا حزب الله نفَّذت عمليات اعتقال",
     SD, "Arrests", HZB, "Hezbollah (deserting fighters)", "", "SY", "2015-07-21", "2", "", "",
     "sources (via Al Weeam)", "reported",
     "borderline: the source says Hezbollah carried out arrests of 175 of its own fighters who fled the fighting in "
     "Zabadani (arrests by a non-state group of its deserters -> Strategic developments/Arrests, actor2 as the spent "
     "SK-2317 Houthi deserters row; where the arrests happened is not said -> location empty, SY by the Zabadani front, "
     "alternative LB; no day -> DCT, precision 2; alternative not coded)"),
    (MD593, "كثفت قصفها", "إنها كثفت قصفها على منطقة رئيسية لقوات الأسد بوسط درعا أمس الجمعة",
     ERV, SHELL, REB, SYR, "Daraa", "SY", "2015-07-24", "1", "", "",
     "the armed opposition; Southern Front spokesman Issam al-Rayyes (via Al Madina)", "claimed",
     "the title's news: the armed opposition says it intensified its shelling of a main area of Assad's forces in "
     "central Daraa 'yesterday Friday' (DCT Saturday 25 July -> 24 July, precision 1), a new attempt to take the "
     "government-held areas of the city; the Southern Front's spokesman: the latest attack targeted the security zone in "
     "the city centre, turned by Assad's forces into a fortified base, and 'today's operation' paves the way to "
     "liberating the city (the title's 'تكثف هجماتها' and the spokesman's 'الهجوم الأخير' are the same event; bombardment "
     "of positions with no ground fighting described -> Shelling/artillery/missile attack, as the adjudicated spent "
     "aawsat-156 Daraa opposition row; alternative Battles/Armed clash; the Southern Front -> Syrian rebels; only the "
     "party's own statement -> claimed; the security zone in central Daraa -> 'Daraa')"),
    (MD593, "شنت الجبهة الجنوبية هجوما", "وفي الشهر الماضي شنت الجبهة الجنوبية هجوما لطرد القوات الحكومية",
     BAT, CLASH, REB, SYR, "Daraa", "SY", "2015-06-01", "3", "", "",
     "Al Madina", "reported",
     "background: 'last month' (June 2015) the Southern Front launched an offensive to drive the remaining government "
     "forces out of Daraa city but met a government counter-attack relying on air power (counter-attack folded; June -> "
     "1 June, precision 3, as the spent alriyadh-839 'similar attack' row of June; a differently dated step of the Daraa "
     "battle -> own row). Not coded: the partial opposition control of the city and its countryside (status)"),
    (MD593, "هاجم بلدة الغارية الغربية", "إن الجيش السوري هاجم بلدة الغارية الغربية",
     ERV, AIR, SYR, "Civilians (Syria)", "Al-Ghariyah al-Gharbiyah", "SY", "2015-07-24", "2", "13", "exact",
     "Syrian Observatory for Human Rights; opposition websites (via Al Madina)", "reported",
     "'last night' (Friday night, 24 July) SOHR and opposition websites said the Syrian army attacked the town of "
     "al-Ghariyah al-Gharbiyah east of Daraa, killing 13 people, most of them women and children, in an intensification "
     "of the air bombardment this week (an attack on a town in 'تكثيف للقصف الجوي' -> Air/drone strike, as the spent "
     "alriyadh-839 row of the same massacre, which its text dated Thursday 23 July; here the attack has no day of its "
     "own, only the report's 'last night' -> 24 July as the upper bound, precision 2; victims mostly women and children "
     "-> Civilians (Syria); 'مقتل 13 شخصا' -> 13 exact; a monitor, not a party -> reported; spelling as the "
     "adjudicated spent row)"),
    # ---- set b (no text filter) ----
    (AW511, "أضرموا النيران في منزل", "من يشتبه بأنهم متطرفون يهود أضرموا النيران في منزل",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Israeli security officials; police spokeswoman Luba Samri (via Asharq Al-Awsat)", "reported",
     "the title's news: suspected Jewish extremists set fire to a house in the village of Duma near Nablus, West Bank, "
     "killing an 18-month-old Palestinian child and wounding his four-year-old brother and their parents, 'today "
     "(Friday)' / 'the night of Thursday-Friday' (DCT Friday 31 July -> 31 July, precision 1); the 'price tag' slogan "
     "was written on the walls; a neighbouring empty house was badly damaged (folded); the text's 'settlers attacked "
     "their house' -> Settlers (Israel), as the spent Duma rows (alyaum-1001, alweeam-1669); the family -> Civilians "
     "(Palestine); 'كفر دوما' -> 'Duma'; 1 exact. Not coded: Abbas's plan to go to the ICC (legal), Hamas's call to "
     "respond, the condemnations, Netanyahu's order to the security forces (no act), the generic 'price tag' attacks "
     "and mosque burnings of recent years, the burning of a Palestinian youth 'a year ago' (July 2014, more than 12 "
     "months before the DCT) and the killing of three Israelis (June 2014, too old)"),
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
