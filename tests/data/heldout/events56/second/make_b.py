"""Bookkeeping helper for annotator B of the events56 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events53/second/make_b.py.
Run: python3 /work/fresh/cur37/events56/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 56 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2884/2885, drawn at the start of stop 37, main eabb647, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2884).shuffle, walked in order; (b) 10 with no text filter: random.Random(2885).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, okaz 3, alriyadh 2, alweeam 1, 3alyoum 1; b: aleqtisadiya 3, alyaum 3, aawsat 1, alriyadh 1, alwatan 1, aljazirah 1).
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
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
ATT = "Attack"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
IS = "Islamic State"
MIL = "Military Forces of Israel"
PKK = "PKK: Kurdistan Workers Party"
MTR = "Military Forces of Turkey"
AW120 = "SN-aawsat-20150722-120"
RY552 = "SN-alriyadh-20150801-552"
AW193 = "SN-aawsat-20150726-193"
OK1227 = "SN-okaz-20150803-1227"
RY827 = "SN-alriyadh-20150811-827"
WM1163 = "SN-alweeam-20150807-1163"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WM1163, "غارة على سوريا", "كانت قد سجنت بعد غارة على سوريا أودت بحياة زوجها",
     BAT, CLASH, "Military Forces of the United States", IS, "", "SY", "2015-05-15", "1", "1", "exact",
     "Al Weeam (US Department of Defense statement)", "reported",
     "background (the title's news is the handover 'yesterday Thursday' of Umm Sayyaf to the Kurdistan Region's interior "
     "ministry, a transfer of custody -> not coded, alternative Strategic developments/Other): the US forces' raid in "
     "eastern Syria on 15 May, 'the first ground operation officially adopted by the US against ISIS', which killed her "
     "husband, the ISIS leader Abu Sayyaf, and in which she was captured ('غارة' here a ground raid, 'عملية على الأرض' "
     "-> Battles/Armed clash, alternative Air/drone strike; the capture of Umm Sayyaf is folded; 'في 15 مايو' -> "
     "15 May, precision 1, within 12 months of the DCT; 'eastern Syria', no place -> location empty, SY; one death "
     "stated -> 1 exact)"),
    (AW120, "حادث اغتيال النائب العام", "وأهمها حادث اغتيال النائب العام المصري بعد استهداف موكبه بمصر الجديدة بسيارة مفخخة",
     ERV, IED, UAG, "Civilians (Egypt)", "Heliopolis, Cairo", "EG", "2015-07-22", "2", "1", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the news is Sisi's bicycle ride in Heliopolis during the Ahly-Zamalek match): among the incidents "
     "Egypt suffered 'in the last days', the assassination of the Egyptian public prosecutor by a car bomb targeting his "
     "motorcade in Heliopolis (car bomb, no suicide stated -> Remote explosive/landmine/IED; no perpetrator named -> "
     "Unidentified armed group; a state official who is no combatant -> Civilians (Egypt), as the spent landmine row of "
     "the Yemeni deputy speaker, alternative Government of Egypt; 'مصر الجديدة', placed in Cairo by the text's previous "
     "paragraph -> 'Heliopolis, Cairo'; 'اغتيال' states the killing -> 1 exact; 'في الأيام الأخيرة', no day -> DCT, "
     "precision 2, as the spent 'in recent days' rows). Not coded: 'the terrorist incidents and violence of the recent "
     "period' of the lead (generic)"),
    (AW120, "والهجوم المسلح", "والهجوم المسلح الذي نفذه نحو 300 من مسلحي «ولاية سيناء» بمدينة الشيخ زويد",
     BAT, CLASH, IS, "Military Forces of Egypt", "Sheikh Zuweid", "EG", "2015-07-22", "2", "17", "exact",
     "Asharq Al-Awsat", "reported",
     "background: the armed attack carried out by about 300 gunmen of 'Wilayat Sinai' in the town of Sheikh Zuweid, "
     "North Sinai, and the targeting of military checkpoints, in which 17 Egyptian soldiers and officers were killed "
     "(the checkpoints are the same attack -> folded, one row; 'Wilayat Sinai' -> Islamic State, as the spent "
     "events50 'ISIS Sinai' row; attack on army positions -> Armed clash; 17 exact; 'in the last days', no day -> DCT, "
     "precision 2, as the prosecutor row)"),
    (RY552, "وهاجم مقاتلو حزب العمال الكردستاني", "وهاجم مقاتلو حزب العمال الكردستاني مفوضية مدينة بوزانتي",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Pozanti, Adana", "TR", "2015-07-31", "1", "2", "exact",
     "Anadolu (via Al Riyadh)", "reported",
     "the title's news: two Turkish policemen were shot dead 'yesterday Friday morning' (DCT Saturday 1 August -> "
     "31 July) in the Adana region in an attack the authorities attributed to the Kurdish insurgency; Anadolu: PKK "
     "fighters attacked the police station of the town of Pozanti, the police returned fire and two of them were "
     "killed in the exchange of fire (the title's and the lead's 'هجوم' are the same event -> one row; attack on the "
     "police with an exchange of fire -> Armed clash, as the spent Adana row of events52; 'منهم' read as the two "
     "policemen of the title -> 2 exact; 'Pozanti, Adana' as the spent 'Sarikamis, Kars')"),
    (RY552, "في هجوم بالأسلحة", "وأصيب شخص آخر في هجوم بالأسلحة مساء الخميس",
     VAC, ATT, PKK, "Civilians (Turkey)", "Sarikamis, Kars", "TR", "2015-07-30", "1", "1", "exact",
     "Al Riyadh", "reported",
     "a worker of the Turkish railways company was killed and another person wounded in an armed attack on Thursday "
     "evening (DCT Saturday 1 August -> 30 July) by suspected PKK members in the Sarikamis area of Kars province, "
     "eastern Turkey ('من يشتبه بأنهم عناصر من حزب العمال الكردستاني' -> PKK, suspicion in the note; railway workers "
     "repairing the line -> Civilians (Turkey); 1 exact; as the spent events52 aawsat-82 row of the same AFP line)"),
    (RY552, "انفجار قنبلة على الخط", "أضرار تسبب بها انفجار قنبلة على الخط نسب إلى حزب العمال الكردستاني",
     ERV, IED, PKK, "", "Sarikamis, Kars", "TR", "2015-07-29", "1", "", "",
     "Al Riyadh", "reported",
     "background: the two men were repairing damage caused by a bomb explosion on the (railway) line, attributed to the "
     "PKK, 'a day before' (Thursday 30 July - 1 -> 29 July, precision 1; 'نسب إلى' -> PKK; no victim -> actor2 empty; "
     "no toll; the line where the men worked -> 'Sarikamis, Kars')"),
    (RY552, "عملية عسكرية ضد تنظيم داعش في سوريا", "أن أنقرة أطلقت عملية عسكرية ضد تنظيم داعش في سوريا",
     ERV, AIR, MTR, IS, "", "SY", "2015-08-01", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: Ankara launched a military operation against ISIS in Syria after a series of bloody attacks in Turkey "
     "(the lead's 'إطلاق عملية عسكرية تركية ضد المتشددين في سوريا والعراق' is the same campaign; two targets in two "
     "countries -> two rows, as the spent 3alyoum-206 pair; the text gives no means: Air/drone strike as the spent "
     "events22 row of the same campaign, alternative Shelling/artillery/missile attack; no start in the text -> DCT, "
     "precision 3; no place -> location empty, SY)"),
    (RY552, "وضد متمردي حزب العمال الكردستاني في شمال العراق", "وضد متمردي حزب العمال الكردستاني في شمال العراق بعد سلسلة",
     ERV, AIR, MTR, PKK, "", "IQ", "2015-08-01", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: the same Turkish operation's second target, the PKK rebels in northern Iraq (own row, another "
     "country; means not stated, Air/drone strike as the row above; DCT, precision 3; northern Iraq, no place -> "
     "location empty, IQ)"),
    (RY552, "قتل 13 جنديا وشرطيا", "ومنذ اندلاع موجة العنف الجديدة في 20 يوليو، قتل 13 جنديا وشرطيا على الأقل",
     BAT, CLASH, PKK, MTR, "", "TR", "2015-07-20", "3", "13", "at_least",
     "Al Riyadh", "reported",
     "aggregate: since the new wave of violence broke out on 20 July at least 13 soldiers and policemen have been killed, "
     "three of them in Thursday's convoy ambush (own row), and the Pozanti policemen among them (own row) (dated at the "
     "stated start, 20 July, precision 3; the killers are not named in the sentence, the wave is the PKK insurgency of "
     "the article -> PKK, alternative Unidentified armed group; soldiers named first -> Military Forces of Turkey, the "
     "police in this note; 'على الأقل' -> 13 at_least; no place -> location empty)"),
    (RY552, "في كمين استهدف الخميس قافلة عسكرية", "ثلاثة منهم في كمين استهدف الخميس قافلة عسكرية",
     BAT, CLASH, PKK, MTR, "", "TR", "2015-07-30", "1", "3", "exact",
     "Al Riyadh", "reported",
     "three of the 13 soldiers and policemen were killed in an ambush that targeted a military convoy on Thursday (DCT "
     "Saturday 1 August -> 30 July, precision 1) (ambush on an army convoy -> Armed clash vs Military Forces of "
     "Turkey; attacker not named, in the article's PKK frame -> PKK, alternative Unidentified armed group; no place -> "
     "location empty, TR; 3 exact)"),
    (AW193, "احتجاج سكان المنطقة", "بسبب احتجاج سكان المنطقة على الروائح الكريهة",
     PRO, PEACE, "Protesters (Lebanon)", "", "Naameh", "LB", "2015-07-17", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background (the news is the resumption of waste collection in Beirut 'today Sunday' after a temporary agreement): "
     "the main landfill in the Naameh area south of Beirut was closed because of the residents' protest against its "
     "stench; the government's deadline to close it by 17 July expired without a solution, 'so the residents closed the "
     "road leading to the landfill' (the later road closure is the same protest -> one row; road blocking, no violence "
     "or intervention -> Peaceful protest, as the spent Sayyida Zaynab road-cutting row; after the 17 July deadline, "
     "no day -> 17 July, precision 2). Not coded: the waste agreement and the minister's statement (administrative)"),
    (AW193, "اقفل عشرات الاشخاص", "كما اقفل عشرات الاشخاص الذين يعارضون استخدام مطمر في منطقة الجية الساحلية اليوم",
     PRO, PEACE, "Protesters (Lebanon)", "", "Jiyeh", "LB", "2015-07-26", "1", "", "",
     "AFP correspondent (via Asharq Al-Awsat)", "reported",
     "dozens of people opposing the use of a landfill in the coastal Jiyeh area 'today' (the DCT, Sunday 26 July) "
     "closed part of the coastal road linking Beirut with south Lebanon and stopped the trucks carrying the capital's "
     "waste from entering (road blocking, no violence or intervention stated -> Peaceful protest; 'منطقة الجية' -> "
     "'Jiyeh')"),
    (OK1227, "تظاهر عشرات الصحفيين المصريين", "تظاهر عشرات الصحفيين المصريين أمس",
     PRO, PEACE, "Protesters (Egypt)", "", "Journalists Syndicate, Cairo", "EG", "2015-08-02", "1", "", "",
     "Okaz", "reported",
     "the title's news: 'yesterday' (DCT Monday 3 August -> 2 August) dozens of Egyptian journalists demonstrated in "
     "front of their syndicate against the settlers' burning of the Palestinian child Ali Dawabsheh, raised Palestinian "
     "flags, burned the Israeli flag and called for a boycott of Israel (flag burning is symbolic, no violence or "
     "intervention -> Peaceful protest; journalists in this note; 'أمام نقابتهم', the title's Cairo -> 'Journalists "
     "Syndicate, Cairo'). Not coded: the syndicate's condemnation and its call for a Security Council draft (statements)"),
    (OK1227, "جريمة حرق مستوطنين إسرائيليين", "احتجاجا على جريمة حرق مستوطنين إسرائيليين للطفل الفلسطيني",
     VAC, ATT, "Settlers (Israel)", "Civilians (Palestine)", "Nablus", "PS", "2015-07-31", "1", "", "",
     "Okaz", "reported",
     "background: the crime of Israeli settlers burning the Palestinian child Ali Dawabsheh 'last Friday' in Nablus (DCT "
     "Monday 3 August -> 31 July, precision 1; the syndicate's 'حرق الطفل الرضيع' is the same event -> one row; "
     "settlers -> Settlers (Israel), as the spent Duma rows; the text names only Nablus -> 'Nablus'; the text says "
     "'burning' but never that the child died -> fatalities empty, as the adjudicated spent events18 okaz-2948 row)"),
    (OK1227, "واغتيال ليث الخالدي", "وآخرها جريمة حرق الطفل الرضيع، واغتيال ليث الخالدي",
     VAC, ATT, MIL, "Civilians (Palestine)", "", "PS", "2015-08-03", "3", "1", "exact",
     "Egyptian Journalists Syndicate (via Okaz)", "reported",
     "background, borderline: the syndicate condemned 'the Israeli crimes committed by the occupation forces and the "
     "settler gangs' against the Palestinian people, 'the latest of them' the burning of the baby (the Dawabsheh row) "
     "and the assassination of Laith al-Khalidi (a killing stated -> 1 exact; the burning is the settlers', so the "
     "killing is read as the occupation forces' -> Military Forces of Israel, alternative Settlers (Israel) or "
     "Unidentified armed group; no place, no day -> location empty, DCT, precision 3; alternative not coded, a passing "
     "mention in a condemnation)"),
    (RY827, "للعمل الإرهابي الجبان", "عن استنكاره للعمل الإرهابي الجبان الذي استهدف مسجد قوة الطوارئ الخاصة في عسير",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-11", "3", "", "",
     "Al Riyadh", "reported",
     "background (the news is the condemnation by the Saudi ambassador in Kuwait): the cowardly terrorist act that "
     "targeted the mosque of the Special Emergency Forces in Asir, in which 'a number of' security men and trainees "
     "were martyred and wounded (the later 'حادث التفجير الآثم' is the same event -> one row; the text says only "
     "'تفجير' -> Remote explosive/landmine/IED, as the spent Asir rows of that wording; no group named -> Unidentified "
     "armed group; 'عدد من' -> fatalities empty; no day in the text -> DCT, precision 3, as the spent undated Asir "
     "background rows)"),
    # ---- set b (no text filter): no events ----
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
