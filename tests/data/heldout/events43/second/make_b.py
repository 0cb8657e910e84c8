"""Bookkeeping helper for annotator B of the events43 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied programmatically from /work/main/tests/data/heldout/events41/second/make_b.py.
Run: python3 /work/fresh/cur33/events43/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 43 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2842/2843, drawn at the start of stop 33, main 28e1bc2, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2842).shuffle, walked in order; (b) 10 with no text filter: random.Random(2843).shuffle, walked in order, >=3 sources (got, by source, a: almadina 2, alweeam 2, alwatan 2, alyaum 1, aleqtisadiya 1, alriyadh 1, 3alyoum 1; b: alriyadh 2, aljazirah 2, aleqtisadiya 1, almadina 1, 3alyoum 1, sabq 1, alwatan 1, okaz 1).
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
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
UAG = "Unidentified armed group"
IS = "Islamic State"
PFSA = "Police Forces of Saudi Arabia"
CSA = "Civilians (Saudi Arabia)"
MFML = "Military Forces of Mali"
YM1035 = "SN-alyaum-20150809-1035"
MD578 = "SN-almadina-20150808-578"
WE996 = "SN-alweeam-20150727-996"
WT842 = "SN-alwatan-20150809-842"
RY669 = "SN-alriyadh-20150809-669"
WT875 = "SN-alwatan-20150723-875"
RY544 = "SN-alriyadh-20150801-544"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YM1035, "التفجير الانتحاري", "والذي أعلن مسؤوليته عن التفجير الانتحاري",
     ERV, "Suicide bomb", IS, PFSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Al Yaum (opinion column)", "reported",
     "background (opinion column, the news is the grief): the terrorist bombing that hit the worshippers during the noon "
     "prayer in the mosque of the Emergency Forces headquarters in the Asir region 'last Thursday' (DCT Sunday 9 August "
     "-> 6 August, precision 1); the 15 martyrs buried in the martyrs' cemetery of Abha on Friday afternoon -> 15 exact; "
     "'ISIS, which claimed responsibility for the suicide bombing' -> Suicide bomb, Islamic State, as the spent aawsat-132 "
     "row; Emergency Forces (Interior Ministry) -> Police Forces of Saudi Arabia; the mosque 'in the Asir region' -> "
     "'Asir' (Abha is where the dead were buried). Not coded: the 300+ operations foiled in a decade and a half "
     "(aggregate older than 12 months, no place), the move of ISIS operations from the Eastern Province and Riyadh to "
     "Abha (generic), ISIS attacks on Syrian rebels in Qalamoun and Aleppo and its kidnapping of foreign journalists "
     "(polemic, undated)"),
    (MD578, "هاجموا فندقًا", "متشددون تكفيريون هاجموا فندقًا في وسط مالي",
     BAT, CLASH, UAG, MFML, "Sevare", "ML", "2015-08-07", "1", "4", "exact",
     "residents and military sources; military spokesman Souleymane Dembele (via Al Madina)", "reported",
     "the title's news: 'yesterday' (DCT Saturday 8 August -> Friday 7 August, before 08:00 GMT) suspected takfiri "
     "militants attacked a hotel used by UN staff near the airport of the town of Sevare, about 600 km north-east of "
     "Bamako, killing at least three people, and exchanged fire with forces near the building; government troops went in "
     "to get the gunmen out; the army spokesman: two Malian soldiers killed and three wounded in the exchange of fire, "
     "and an attacker wearing an explosive vest killed; a witness saw a white man's body before the hotel (attack and "
     "firefight in one place on one day -> one Battles/Armed clash row, as the spent alweeam-949 Sevare barracks row; "
     "'suspected' militants, no group named -> Unidentified armed group; fatalities: the title's 'four killed' -> 4 "
     "exact, the body's 'at least three' plus the attacker fits it, alternative 3 at_least). Not coded: the 2013 "
     "French-led operation and the militants' capture of northern towns a year before (far older than 12 months), the "
     "deployment of the UN force (no date, not an event)"),
    (MD578, "خاطفي الرهائن", "أن خمسة من خاطفي الرهائن موجودون داخل الفندق",
     VAC, "Abduction/forced disappearance", UAG, "Civilians (Mali)", "Sevare", "ML", "2015-08-07", "1", "", "",
     "military spokesman Souleymane Dembele (via Al Madina)", "reported",
     "same attack: the spokesman said nationals of South Africa, France and Ukraine were inside the hotel and five "
     "hostage-takers were believed to be inside (a hostage-taking in the stormed hotel -> its own "
     "Abduction/forced disappearance row, as the spent alweeam-949 Sevare hostage row; foreign civilians in Mali -> "
     "Civilians (Mali) by the country-of-event rule; 7 August, precision 1; the escape of an East European and three "
     "UN staff folded)"),
    (MD578, "بخطف ثلاثة طيارين روس", "التقارير التي أفادت بخطف ثلاثة طيارين روس في وسط مالي",
     VAC, "Abduction/forced disappearance", UAG, "Civilians (Mali)", "", "ML", "2015-08-07", "2", "", "",
     "Russian embassy in Bamako (via ITAR-TASS, Al Madina)", "denied",
     "the Russian embassy in Bamako said 'yesterday' (7 August) that reports of the kidnapping of three Russian pilots "
     "in central Mali are not true (a reported event denied -> denied, as the spent denied rows; no kidnapper named -> "
     "Unidentified armed group; civilian pilots in Mali -> Civilians (Mali); 'central Mali', no place -> location empty; "
     "the reports' day not given, the denial 7 August -> 7 August, precision 2; alternative no row)"),
    (WE996, "غارات جوية في شمال المدينة وغربها", "أن ثمة غارات جوية في شمال المدينة وغربها",
     ERV, AIR, "Saudi-led coalition", "Houthis", "Aden", "YE", "2015-07-27", "2", "", "",
     "UN humanitarian coordinator Johannes van der Klaauw (to Reuters, via Al Weeam)", "reported",
     "after visiting Aden at the weekend, the UN official said the fighting in the city has almost stopped and that "
     "'there are air strikes in the north and the west of the city to push the Houthis inland, away from the city'; "
     "the battle between the Houthis and the local fighters backed by the Saudi-led air campaign moved north (ongoing, "
     "present tense -> DCT 27 July, precision 2; Saudi-led air campaign -> Saudi-led coalition; north and west of the "
     "city -> 'Aden'). Not coded: the remaining snipers and the Houthis not all withdrawn (status), the UN trucks stopped "
     "at the al-Rubat checkpoint outside Aden 'because of shelling and clashes' (undated cause, no named fight), the "
     "five-day ceasefire from last midnight and 'fighting continued in several areas despite the truce' (not the news; "
     "generic, no place), the seizure of all UN property and vehicles and the shelling of the airport buildings "
     "(undated, no actor), the ministers' return to Aden, the aid ships, Saudi and Emirati planes with aid and military "
     "supplies (humanitarian/logistics), the liberation of Aden (not stated as such: 'the fighting stopped', "
     "'moved north'), Taiz as 'the big battle now' (generic)"),
    (WT842, "تطارد عناصر داعش في الرمادي", "القوات المشتركة تطارد عناصر داعش في الرمادي من بيت إلى بيت",
     BAT, CLASH, "Military Forces of Iraq", IS, "Ramadi", "IQ", "2015-08-09", "2", "", "",
     "Sheikh Naim al-Kaoud, head of the council of the Anbar tribes fighting terrorism (to Al Watan)", "claimed",
     "the joint forces (Iraqi forces backed by tribal volunteers) are chasing ISIS members in Ramadi from house to house "
     "and from district to district, after inflicting heavy losses in lives and equipment on them (ongoing, present tense "
     "-> DCT 9 August, precision 2; Iraqi forces -> Military Forces of Iraq, the tribal volunteers in the note; 'heavy "
     "losses' -> fatalities empty; only the tribal council head's assertion, a party to the fight -> claimed, as the spent "
     "Ramadi adviser rows). Not coded: the expected liberation of Ramadi within two weeks and the move to Fallujah "
     "afterwards (expectation/intention), the arming of the tribal volunteers (not an event)"),
    (WT842, "داعش استولى على الأنبار", "داعش استولى على الأنبار في 17 مايو الماضي",
     BAT, "Non-state actor overtakes territory", IS, "Military Forces of Iraq", "Anbar", "IQ", "2015-05-17", "1", "", "",
     "Al Watan", "reported",
     "background: 'ISIS seized Anbar on 17 May' (within 12 months of the DCT; the day is stated -> precision 1; the text "
     "says Anbar, not Ramadi -> 'Anbar'; the losing side not named, the Iraqi forces of the article -> Military Forces "
     "of Iraq, as the spent alwatan-1663 Ramadi row)"),
    (RY669, "الجريمة التي وقعت الخميس", "تعد الجريمة التي وقعت الخميس في مسجد قوات الطوارئ",
     ERV, IED, IS, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Riyadh; Dr Khalid al-Harfash; Dr Hadi al-Yami (Arab human rights committee)", "reported",
     "background (the news is the reactions and the condemnation): the crime 'on Thursday' (DCT Sunday 9 August -> 6 "
     "August) in the mosque of the Special Emergency Forces in Asir, the fourth terrorist operation targeting worshippers "
     "since the start of the year; al-Yami's 'the terrorist bombing of the Emergency Forces mosque in the city of Asir, "
     "which killed a number of security men' is the same event ('a number of' -> fatalities empty; only 'تفجير' -> "
     "the generic explosive sub-type; the article attributes the series to 'the terrorist organisation', ISIS "
     "('تنظيم داعش الإرهابي ... لتنفيذ أعمالهم الإجرامية داخل المملكة') -> Islamic State, alternative Unidentified armed "
     "group as the spent rows whose text names no perpetrator; Emergency Forces -> Police Forces of Saudi Arabia)"),
    (RY669, "قرية الدالوة", "استهدف التنظيم الإرهابي مسجداً في قرية الدالوة",
     VAC, "Attack", IS, CSA, "Al Dalwah, Al Ahsa", "SA", "2015-08-09", "3", "", "",
     "Al Riyadh", "reported",
     "background: the first of the operations against worshippers: 'the terrorist organisation targeted a mosque in the "
     "village of al-Dalwah in al-Ahsa governorate' (no date in the text, only the frame 'since the beginning of the "
     "current year' -> DCT, precision 3, as the spent undated Dammam/Qatif background rows; the means are not stated -> "
     "Violence against civilians/Attack, alternative the generic explosive sub-type; the organisation = ISIS in the "
     "paragraph -> Islamic State; worshippers -> Civilians (Saudi Arabia); no toll)"),
    (RY669, "عملية انتحارية في مسجد", "تلته عملية انتحارية في مسجد الإمام علي بن أبي طالب في القديح",
     ERV, "Suicide bomb", IS, CSA, "Al Qudaih, Qatif", "SA", "2015-08-09", "3", "", "",
     "Al Riyadh", "reported",
     "background: then 'a suicide operation in the Imam Ali bin Abi Talib mosque in al-Qudaih, Qatif governorate' "
     "(undated -> DCT, precision 3, as the Dalwah row; suicide -> Suicide bomb; ISIS as the paragraph's actor -> Islamic "
     "State; worshippers -> Civilians (Saudi Arabia); no toll in the text)"),
    (RY669, "إحباط عملية انتحارية", "تلاها إحباط عملية انتحارية أثناء محاولة إرهابي داعشي",
     SD, "Disrupted weapons use", PFSA, IS, "Dammam", "SA", "2015-08-09", "3", "", "",
     "Al Riyadh", "reported",
     "background, borderline: then 'the foiling of a suicide operation when an ISIS terrorist disguised in women's "
     "clothes tried to enter al-Anoud mosque in the city of Dammam to target the worshippers during Friday prayer' (the "
     "text states a foiled attack, no explosion and no casualties -> Strategic developments/Disrupted weapons use; the "
     "foiling side is not named -> the Saudi security forces, Police Forces of Saudi Arabia, assumed; 'إرهابي داعشي' -> "
     "actor2 Islamic State; undated -> DCT, precision 3; 'بجامع العنود بمدينة الدمام' -> 'Dammam'; alternatives: "
     "Explosions/Remote violence/Suicide bomb, Islamic State vs Civilians (Saudi Arabia) (the bomber blew himself up "
     "outside the mosque, outside knowledge), or no row as a foiled attempt). Not coded: the condemnations and the calls "
     "to support the kingdom (statements)"),
    (WT875, "غارة جوية لقوات الائتلاف الدولي", "أن غارة جوية لقوات الائتلاف الدولي فوق سورية",
     ERV, AIR, "Global Coalition Against Daesh", "Khorasan Group", "Sarmada", "SY", "2015-07-08", "1", "1", "exact",
     "US Department of Defense (spokesman Jeff Davis, via Al Watan)", "reported",
     "the title's news: the Pentagon announced 'the evening of the day before yesterday' (DCT 23 July -> 21 July) that an "
     "air strike by the international coalition over Syria killed Muhsin al-Fadhli, leader of the al-Qaeda-linked "
     "Khorasan group, on 8 July while he travelled in a vehicle near Sarmada in north-west Syria (the day is stated -> "
     "8 July, precision 1; drone or jet not said -> Air/drone strike; international (US-led) coalition -> Global "
     "Coalition Against Daesh, as the spent rows; the group he led -> Khorasan Group, alternative Al Qaeda or Jabhat "
     "al-Nusra; the title states the killing as fact -> reported; 'near Sarmada' -> 'Sarmada', no governorate in the "
     "text). Not coded: the $7 million reward, his role in 9/11 and the 2002 Failaka and Limburg attacks (far older than "
     "12 months), his fighting with the Taliban in Pakistan (undated)"),
    (WT875, "غارة جوية أميركية استهدفت الفضلي", "وكانت غارة جوية أميركية استهدفت الفضلي في سبتمبر الماضي",
     ERV, AIR, "Military Forces of the United States", "Khorasan Group", "", "SY", "2014-09-01", "3", "", "",
     "Al Watan", "reported",
     "background: a US air strike targeted al-Fadhli 'last September' (September 2014, within 12 months of the DCT -> 1 "
     "September 2014, precision 3), without US officials confirming his death then (no death -> fatalities empty; "
     "'أميركية' -> Military Forces of the United States; no place in the text, the Syrian frame -> location empty, SY)"),
    # ---- set b (no text filter) ----
    (RY544, "قذائف عسكرية كثيفة", "تعرض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير لقذائف عسكرية كثيفة",
     ERV, SHELL, UAG, PFSA, "Al Misyal", "SA", "2015-07-31", "1", "3", "exact",
     "Ministry of Interior security spokesman (via Al Riyadh)", "reported",
     "the title's news: at 10:20 am 'yesterday Friday' (DCT Saturday 1 August -> 31 July) the al-Misyal post of the "
     "Dhahran al-Janub sector, Asir region, came under heavy military shells from inside Yemeni territory; Corporal "
     "Ahmed al-Mujayshi and Privates First Class Mohammed al-Omari and Hassan Bashiri killed, seven Border Guard men "
     "wounded (3 exact; the firing side not named -> Unidentified armed group, alternative Houthis; Border Guard, an "
     "Interior Ministry force -> Police Forces of Saudi Arabia; 'Al Misyal', as the spent adjudicated sabq-1241 row of "
     "the same statement)"),
    (RY544, "تدمير منصات إطلاق القذائف", "وتم بتوفيق الله تدمير منصات إطلاق القذائف",
     ERV, SHELL, "Military Forces of Saudi Arabia", UAG, "", "YE", "2015-07-31", "2", "", "",
     "Ministry of Interior security spokesman (via Al Riyadh)", "reported",
     "the response to the al-Misyal shelling: in coordination with the land forces the sources of fire in Yemeni "
     "territory were dealt with and the launch pads destroyed (land forces -> Military Forces of Saudi Arabia; the "
     "launchers' crews not named -> Unidentified armed group; inside Yemen, no place -> location empty, YE; no time of "
     "its own -> 31 July, precision 2, as the spent adjudicated sabq-1241 response row)"),
    (RY544, "لمقذوف عسكري من داخل", "تعرضت دورية مساندة من قوة المجاهدين بقطاع الطوال بمنطقة جازان لمقذوف عسكري من داخل",
     ERV, SHELL, UAG, PFSA, "Al Tuwal", "SA", "2015-07-31", "1", "1", "exact",
     "Ministry of Interior security spokesman (via Al Riyadh)", "reported",
     "at 9 am 'yesterday Friday' (31 July) a support patrol of the Mujahideen force in the al-Tuwal sector, Jazan region, "
     "was hit by a military projectile from inside Yemeni territory: Khalid Musawa Hamdi killed and a colleague wounded "
     "(a different place and hour from al-Misyal -> own row; the title's 'projectile from Yemen' is the same event; no "
     "attacker named -> Unidentified armed group; the Mujahideen force belongs to the Interior Ministry -> Police Forces "
     "of Saudi Arabia, as the spent aljazirah-506 row of the same death; 1 exact)"),
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
