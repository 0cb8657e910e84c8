"""Bookkeeping helper for annotator B of the events62 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events59/second/make_b.py.
Run: python3 /work/fresh/cur39/events62/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 62 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2904/2905, drawn at the start of stop 39, main 8351216, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2904).shuffle, walked in order; (b) 10 with no text filter: random.Random(2905).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 2, almadina 2, alwatan 2, alweeam 2, alriyadh 1, 3alyoum 1; b: sabq 2, aljazirah 2, alriyadh 2, alwatan 1, 3alyoum 1, aleqtisadiya 1, alyaum 1).
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
SHELL = "Shelling/artillery/missile attack"
ATT = "Attack"
ARR = "Arrests"
DWU = "Disrupted weapons use"
UAG = "Unidentified armed group"
IS = "Islamic State"
YR = "Yemeni Resistance"
HOU = "Houthis"
PSA = "Police Forces of Saudi Arabia"
MD534 = "SN-almadina-20150722-534"
WM1669 = "SN-alweeam-20150731-1669"
MD687 = "SN-almadina-20150807-687"
WM1014 = "SN-alweeam-20150808-1014"
AY230 = "SN-3alyoum-20150731-230"
WT1110 = "SN-alwatan-20150807-1110"
WT1092 = "SN-alwatan-20150807-1092"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (MD534, "وإعدام 13 قياديًا", "انتهت بالفشل وإعدام 13 قياديًا وعنصرًا بارزًا بالتنظيم",
     VAC, ATT, IS, IS, "", "SY", "2015-06-10", "2", "13", "exact",
     "matching Iraqi and Syrian sources; sources in Mosul and a source close to ISIS (via Al Madina)", "reported",
     "the title's news ('البغدادي يذبح 13 قائدًا داعشيًا'): the first real coup attempt inside ISIS to topple Abu Bakr "
     "al-Baghdadi failed and ended with the execution of 13 leaders and prominent members of the group, five of them "
     "known leaders of its general military council; a traitor exposed the plot (to hit al-Baghdadi's convoy with IEDs "
     "on a farm road south of Raqqa) two days before it was to be carried out, and al-Baghdadi had all the plotters "
     "arrested and executed by beheading ('نحرًا'), their heads hung in a main ISIS camp until the first day of Ramadan "
     "(the title's 'يذبح', the later 'إعدامهم نحرًا' and 'أُعدموا' are the same event -> one row; the arrests of the "
     "plotters folded; the foiled plot itself not coded). Detained members killed by their own group -> Violence "
     "against civilians/Attack, actor2 Islamic State (the victims were ISIS members; no spent precedent; alternative "
     "Battles/Armed clash IS vs IS as the spent events57 internal-battle rows). Date: the operation 'took place between "
     "the 10th and 13th of last month' (DCT 22 July -> 10-13 June), the executions after it and before the first day of "
     "Ramadan -> 2015-06-10, precision 2 (alternative 2015-06-01, precision 3). The text names no place of the "
     "executions (an unnamed main camp); the only place tied to the event is the plot south of Raqqa -> location "
     "empty, SY (alternative IQ or 'Raqqa'). 13 exact. The outlet's title states it as fact -> reported. Not coded: "
     "the 'series of executions and liquidations' and al-Baghdadi's killing of rival jihadists in several countries "
     "(generic)"),
    (WM1669, "الهجوم الإرهابي على منزل عائلته", "والهجوم الإرهابي على منزل عائلته في بلدة دوما شمال الضفة الغربية",
     VAC, ATT, "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Fatah (spokesman Ahmed Assaf); Palestinian factions (via Al Weeam)", "reported",
     "the occasion of the factions' reactions (the article's news, not coded): the crime of burning the Palestinian "
     "child Ali Dawabsha and the terrorist attack on his family's home in the town of Duma in the north of the West "
     "Bank; the settlers' act in Duma 'this morning, Friday' (DCT Friday 31 July, precision 1); the infant Ali "
     "Dawabsha killed ('استشهاد الطفل الرضيع') -> 1 exact (the title's 'إحراق دوابشة', 'إحراق المنزل', 'جريمة "
     "إحراق منزل عائلة الدوابشة' and 'المجزرة' are the same event -> one row); settlers -> Settlers (Israel), as the "
     "spent Duma rows. Not coded: Abu al-Ainain's call to arm the Palestinian people, Hamas's and Islamic Jihad's "
     "calls to escalate, al-Zanoun's call to stop security coordination (statements)"),
    (MD687, "العمل الإرهابي الجبان", "العمل الإرهابي الجبان الذي استهدف مسجد قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, IED, UAG, PSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Al Madina (al-Laith education director Marei al-Barakati's condemnation)", "reported",
     "background, the occasion of the condemnation (the article's news, not coded): the cowardly terrorist act that "
     "targeted the mosque of the Special Emergency Forces in the Asir region, taking innocent lives and wounding others "
     "('حادث التفجير الآثم' later is the same event -> one row; only 'التفجير' -> Remote explosive/landmine/IED, as "
     "the spent Asir rows; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi "
     "Arabia; no number -> fatalities empty; no temporal word -> DCT, precision 2, as the spent undated condemnation "
     "rows of the day after, e.g. events29 alriyadh-838 and events35 okaz-1404)"),
    (WM1014, "في مواجهات مع المقاومة الشعبية", "قتل 15 من المسلحين الحوثيين وقوات صالح، في مواجهات مع المقاومة الشعبية",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-08", "2", "15", "exact",
     "Al Weeam (Sky News)", "reported",
     "the title's 'losses for the Houthis in Taiz': 15 Houthi gunmen and Saleh's forces killed in confrontations with "
     "the popular resistance and armed ambushes on several fronts in the city of Taiz (fronts not named, one toll -> "
     "one row at city level, as the spent events20/58 Taiz rows; the ambushes folded; Saleh's forces noted, actor2 "
     "Houthis; no day -> DCT, precision 2; 'خمسة عشر' as '15' -> 15 exact)"),
    (WM1014, "في قصف للحوثيين", "في قصف للحوثيين وقوات صالح، استهدفت الأحياء السكنية في تعز",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Taiz", "YE", "2015-08-08", "2", "1", "exact",
     "sources (via Sky News, via Al Weeam)", "reported",
     "sources via Sky News: one civilian killed and thirteen wounded, two children among them, in shelling by the "
     "Houthis and Saleh's forces that targeted the residential districts in Taiz (shelling of residential areas -> "
     "Shelling, Civilians (Yemen), as the spent events55 Taiz row; no day -> DCT, precision 2; 'بمقتل مدني' -> 1 "
     "exact)"),
    (WM1014, "جراء انفجار ألغام زرعها الحوثيون", "جراء انفجار ألغام زرعها الحوثيون، أثناء انسحابهم من محافظة لحج",
     ERV, IED, HOU, "Civilians (Yemen)", "Lahij", "YE", "2015-08-08", "2", "17", "exact",
     "Yemeni military sources (via Al Weeam)", "reported",
     "Yemeni military sources: seventeen civilians killed and dozens wounded in the past 24 hours by the explosion of "
     "mines the Houthis planted while withdrawing from Lahj governorate in the south (landmines -> Remote "
     "explosive/landmine/IED, Houthis vs Civilians (Yemen), as the spent events59 Lahj mines row; 'the past 24 hours' "
     "-> DCT, precision 2 (alternative 7 August); governorate only -> 'Lahij'; 'سبعة عشر' -> 17 exact; 'قالت مصادر "
     "... إن' is a source the outlet relays, not a party's claim -> reported, alternative claimed)"),
    (WM1014, "وسيطرتهم على مناطق واسعة", "مع تقدم القوات الموالية للشرعية، وسيطرتهم على مناطق واسعة من محافظة لحج",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-08", "2", "", "",
     "Al Weeam", "reported",
     "borderline: the Houthi militias and Saleh's forces withdraw as the pro-legitimacy forces advance and take wide "
     "areas of Lahj governorate (governorate-level recapture, as the spent events58 'Lahij' row; pro-legitimacy forces "
     "-> Yemeni Resistance, as the spent events55 pro-Hadi forces row; the Houthi withdrawal folded; no day, recent -> "
     "DCT, precision 2; alternative: not coded, a context clause of the mines sentence). Not coded: the arrival "
     "'Friday' of military columns in Zinjibar and Jaar in Abyan for an operation to liberate the area, and the title's "
     "'the resistance mobilises in Abyan' (troop movements / expected recapture, no fighting)"),
    (AY230, "إحباط عملية تهريب", "وكانت المنامة أعلنت الجمعة الماضية، إحباط عملية تهريب كمية من المواد المتفجرة",
     SD, DWU, "Police Forces of Bahrain", "", "", "BH", "2015-07-24", "2", "", "",
     "Bahraini government (via Ain Alyoum, citing Asharq Al-Awsat)", "reported",
     "background: Manama announced 'last Friday' (DCT Friday 31 July -> 24 July; the announcement day, the seizure on or "
     "before it -> precision 2) that it foiled the sea smuggling of a quantity of highly dangerous explosives with "
     "automatic weapons and ammunition from Iran, and arrested five people, two after a chase by a coast-guard patrol "
     "(seizure of explosives -> Disrupted weapons use, the arrests folded, as the spent events36/49/53 rows of the same "
     "seizure; no force named -> Police Forces of Bahrain; smugglers not named as a group -> actor2 empty; at sea -> "
     "location empty; 'قبض عليه بعد مطاردة دوريات خفر السواحل' about Abbas Abdul-Hussein is the same arrest). Not "
     "coded: the detainees' confessions about IRGC training (the article's news, investigation), 'the recent terrorist "
     "attacks in Bahrain' (generic, no place or date), the Pearl Roundabout events of 2011 (too old), the life "
     "sentences of two brothers (legal), the recall of the ambassador (diplomatic)"),
    (WT1110, "التفجير الإرهابي بمقر", "حادثة التفجير الإرهابي بمقر قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, IED, UAG, PSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Watan (round-up of world newspapers)", "reported",
     "the occasion of the world press coverage (the article's news, commentary, not coded): the terrorist bombing at "
     "the Special Emergency Forces headquarters in the Asir region; 'حادثة أمس' (DCT 7 August -> 6 August, precision 1; "
     "the papers' 'the terrorist went to the mosque inside the security facility', 'تفجير داخل مسجد تابع لسلطات الأمن' "
     "and CNN's 'التفجير الإرهابي' are the same event -> one row; no suicide stated -> Remote explosive/landmine/IED, "
     "as the spent Asir rows; the papers link it to ISIS incitement, no claim stated -> Unidentified armed group; "
     "security men targeted -> Police Forces of Saudi Arabia; no toll)"),
    (WT1110, "والقطيف", "الاعتداءات السابقة في كل من الدمام والقطيف",
     ERV, IED, IS, "Civilians (Saudi Arabia)", "Qatif", "SA", "2015-08-07", "3", "", "",
     "Al Watan (Daily Mail; CNN)", "reported",
     "background: the Daily Mail recalls the previous attacks in Dammam and Qatif, the first two incidents in the "
     "Eastern Province; CNN: 'more than two months ago' terrorist attacks targeted mosques in the Eastern Province and "
     "ISIS claimed responsibility (one location per row -> Qatif here, Dammam its own row, as the spent events22 "
     "aawsat-249 rows; no suicide stated -> Remote explosive/landmine/IED; ISIS claimed them -> Islamic State; the WSJ's "
     "'after the targets were civilians' -> Civilians (Saudi Arabia); 'more than two months ago', no month -> DCT, "
     "precision 3, alternative 2015-05-01; within 12 months; no toll)"),
    (WT1110, "الدمام", "الاعتداءات السابقة في كل من الدمام",
     ERV, IED, IS, "Civilians (Saudi Arabia)", "Dammam", "SA", "2015-08-07", "3", "", "",
     "Al Watan (Daily Mail; CNN)", "reported",
     "background: the previous attack in Dammam, the other of the first two mosque attacks in the Eastern Province "
     "claimed by ISIS 'more than two months ago' (second named place -> own row; DCT, precision 3, as the Qatif row)"),
    (WT1110, "القبض على نحو 431 شخصا", "عندما أعلنت المملكة عن القبض على نحو 431 شخصا",
     SD, ARR, PSA, IS, "", "SA", "2015-08-07", "3", "", "",
     "Al Watan (CNN)", "reported",
     "background: CNN recalled what happened 'weeks ago' when the Kingdom announced the arrest of about 431 people "
     "involved in security cases, linked to terrorist organisations and to the ISIS-claimed mosque attacks in the "
     "Eastern Province (arrests of militants by the security agencies -> Arrests, Police Forces of Saudi Arabia; linked "
     "to the ISIS-claimed attacks -> Islamic State, as the spent events49 aawsat-71 row, alternative Unidentified armed "
     "group as events21; the Guardian's 'arrested many ISIS members in the last few months' folded; 'weeks ago' -> "
     "DCT, precision 3; no place named -> location empty). Not coded: 'the recent attacks by terrorists on some "
     "security men in the Kingdom in recent weeks' (generic, no number or place; alternative an aggregate row) and the "
     "ISIS leader's calls (statements)"),
    # ---- set b (no text filter) ----
    (WT1092, "عمليات القصف التي شنتها القوات الهندية", "حول عمليات القصف التي شنتها القوات الهندية على الحدود الباكستانية",
     ERV, SHELL, "Military Forces of India", "Civilians (Pakistan)", "", "PK", "2015-08-05", "2", "4", "exact",
     "Inter-Services Public Relations (Pakistani armed forces) statement (via Al Watan)", "reported",
     "the occasion of the title's news (the Pakistani army's protest memo to UNMOGIP 'yesterday', not coded): the "
     "shelling by the Indian forces on the Pakistani border 'during the past two days', which killed four civilians and "
     "wounded 22, targeting populated areas across the border (the 'Indian aggression', 'قصف المناطق المأهولة' and the "
     "'repeated attacks on the Pakistani border' are the same shelling -> one row; civilians targeted -> Civilians "
     "(Pakistan); the memo 'yesterday' 6 August, the past two days -> 5 August, precision 2; the text names no place on "
     "the border -> location empty; 'أربعة' -> 4 exact; the first sentence states it in the outlet's voice -> "
     "reported, alternative claimed since the title frames it as Pakistan's accusation)"),
    (WT1092, "الهجوم الإرهابي الذي استهدف مركزا للشرطة", "الهجوم الإرهابي الذي استهدف مركزا للشرطة في إقليم البنجاب الهندي الشهر الماضي",
     BAT, CLASH, UAG, "Police Forces of India", "Punjab", "IN", "2015-07-01", "3", "", "",
     "Pakistani Foreign Office spokesman Qazi Khalilullah (via Al Watan)", "reported",
     "background, borderline: India accused Pakistan of being behind the terrorist attack that targeted a police "
     "station in the Indian Punjab 'last month' (July -> 1 July, precision 3; attack on a police station -> Battles/Armed "
     "clash, as the spent attacks on security forces; attackers not named (India's accusation is of Pakistan, denied) "
     "-> Unidentified armed group; no toll). Alternative: no row (a passing mention in a diplomatic denial). Not coded: "
     "India's accusations of infiltration, the proposed meeting of the national security advisers on 23-24 August "
     "(diplomatic)"),
    (WT1092, "المسؤولية عن قتل القاضي", "المسؤولية عن قتل القاضي طاهر خان نيازي",
     VAC, ATT, "TTP: Tehreek-i-Taliban Pakistan", "Civilians (Pakistan)", "Rawalpindi", "PK", "2015-08-05", "1", "1", "exact",
     "TTP spokesman Muhammad Khorasani (email statement); criminal-court employee Abdul Hafiz (via Al Watan)", "reported",
     "the Pakistani Taliban claimed in a statement 'yesterday' responsibility for killing Judge Tahir Khan Niazi, a "
     "judge of a court of first instance in Rawalpindi ('our special-missions force targeted Judge Niazi in Rawalpindi "
     "and succeeded'); a court employee confirmed Niazi was killed 'the day before yesterday' (DCT 7 August -> 5 "
     "August, precision 1): some people came to his home and shot him (a judge -> Civilians (Pakistan); the killing "
     "confirmed independently -> reported; 1 exact; the TTP name as the spent events59 row). Not coded: the crash of "
     "the army helicopter in Mansehra that killed nine (an accident, a technical fault suspected)"),
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
