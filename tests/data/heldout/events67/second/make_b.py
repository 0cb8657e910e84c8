"""Bookkeeping helper for annotator B of the events67 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events65/second/make_b.py.
Run: python3 /work/fresh/cur41/events67/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 67 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2922/2923, drawn at the start of stop 41, main 0546bcd, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2922).shuffle, walked in order; (b) 10 with no text filter: random.Random(2923).shuffle, walked in order, >=3 sources (got, by source, a: alwatan 2, almadina 2, 3alyoum 1, aawsat 1, aljazirah 1, alriyadh 1, alweeam 1, alyaum 1; b: aawsat 2, aleqtisadiya 1, aljazirah 1, alriyadh 1, alwatan 1, alyaum 1, arreyadi 1, okaz 1, was 1).
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
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
AIR = "Air/drone strike"
DWU = "Disrupted weapons use"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
MFI = "Military Forces of Iraq"
PSA = "Police Forces of Saudi Arabia"
MD678 = "SN-almadina-20150807-678"
MD585 = "SN-almadina-20150811-585"
WT2174 = "SN-alwatan-20150806-2174"
AW16 = "SN-aawsat-20150722-16"
JZ393 = "SN-aljazirah-20150722-393"
WT1426 = "SN-alwatan-20150721-1426"
WT1977 = "SN-alwatan-20150806-1977"
AOC = "Anbar Operations Command (via Al Watan)"

ROWS = [
    # ---- set a ----
    (MD678, "حادثة التفجير الإرهابية", "في حادثة التفجير الإرهابية التي استهدفت مسجد قوات الطوارئ",
     ERV, IED, UAG, PSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Najran governor Prince Jalawi bin Abdulaziz bin Musaed (via Al Madina)", "reported",
     "background (the news is the Najran governor's condolences and condemnation): the terrorist bombing that targeted "
     "the mosque of the Special Emergency Forces in Asir region; 'the martyrdom of the security men', no number -> "
     "fatalities empty; only 'تفجير' -> generic explosive sub-type; no perpetrator named ('the deviant thought') -> "
     "Unidentified armed group; no day in a text of the day after -> DCT 7 August, precision 2, as the spent DCT-7-August "
     "reaction rows. The blood donations are not coded"),
    (MD585, "تفجير طوارئ عسير", "سمع بخبر تفجير طوارئ عسير",
     ERV, SUI, IS, PSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Madina (opinion column)", "reported",
     "background (opinion column): the columnist spent 'last Thursday evening' (DCT Tuesday 11 August -> 6 August, "
     "precision 1) following the news of 'the Asir Emergency bombing' that killed 'our sons'; 'المُفجِر والمتفجر' and "
     "ISIS 'boasting' in circulated media material that 'the bomber will be in the highest paradise' -> Suicide bomb, "
     "Islamic State (the column presents ISIS's boast as its claim; alternatives Remote explosive/landmine/IED and "
     "Unidentified armed group, as most spent Asir rows); no number -> fatalities empty. Not coded: 'after it hurt us "
     "on the Arabian Gulf coast' (a metaphor for the earlier Eastern Province mosque bombings, no act, place or day; "
     "alternative a background IED row, Eastern Province, DCT precision 3)"),
    (WT2174, "اختراق معاقل داعش", "تمكنا من اختراق معاقل داعش في الفلوجة",
     BAT, CLASH, "Unidentified Tribal Militia (Iraq)", IS, "Fallujah", "IQ", "2015-08-06", "2", "", "",
     "Al Watan; Mohammed al-Shaabani, spokesman of the tribes fighting ISIS (to Al Watan)", "reported",
     "the title's news: large numbers of tribal fighters entered Fallujah district and (spokesman) 'we managed to "
     "penetrate ISIS strongholds in Fallujah', the tribal volunteer regiments carried out operations targeting ISIS "
     "leaders and 'killed dozens of them' ('العشرات' -> fatalities empty); title and lead state the entry as fact -> "
     "reported (alternative claimed); tribal volunteers unnamed -> 'Unidentified Tribal Militia (Iraq)' as the spent "
     "alweeam-919 row; present/ongoing, no day -> DCT, precision 2. Folded: the siege plan of Fallujah. Not coded: the "
     "Iraqi forces 'continuing to impose control over scattered areas' of Anbar (generic), the formation and training "
     "of 10,000+ tribal fighters at Ain al-Asad and Habbaniyah (training), the Jabouri donor-conference call"),
    (WT2174, "إحباط محاولة", "أعلنت قيادة عمليات الأنبار إحباط محاولة للدواعش",
     SD, DWU, MFI, IS, "Ramadi", "IQ", "2015-08-06", "2", "", "",
     AOC, "claimed",
     "the Anbar Operations Command announced it foiled an ISIS attempt to target the university building south of "
     "Ramadi with two car bombs driven by two suicide bombers (foiled attack -> Disrupted weapons use; no day -> DCT, "
     "precision 2; the Command's announcement -> claimed, alternative reported from the sub-heading "
     "'إحباط عملية لداعش'; 'south of Ramadi' -> 'Ramadi')"),
    (WT2174, "مقتل 13 عنصراً", "مشيرة إلى مقتل 13 عنصراً من التنظيم الإرهابي شمال الفلوجة",
     BAT, CLASH, MFI, IS, "Fallujah", "IQ", "2015-08-06", "2", "13", "exact",
     AOC, "claimed",
     "the same announcement: 13 ISIS members killed north of Fallujah (how is not said; the Command's forces as the "
     "other side -> Armed clash, Military Forces of Iraq vs Islamic State; 'north of Fallujah' -> 'Fallujah'; no day -> "
     "DCT, precision 2). Kept apart from the tribal row: another actor and source"),
    (WT2174, "وتدمير سيارتين مفخختين", "وتدمير سيارتين مفخختين في أطراف ناحية الصقلاوية",
     SD, DWU, MFI, IS, "Saqlawiyah", "IQ", "2015-08-06", "2", "", "",
     AOC, "claimed",
     "the same announcement: two car bombs destroyed on the outskirts of Saqlawiyah subdistrict (another place than "
     "the Ramadi university attempt -> own row; alternative fold into it; Saqlawiyah spelled as the spent aawsat-738 "
     "row; no day -> DCT, precision 2)"),
    (WT2174, "بغارة جوية", "بغارة جوية نفذتها طائرات التحالف الدولي",
     ERV, AIR, "Global Coalition Against Daesh", IS, "Baaj", "IQ", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "in Nineveh, ISIS's 'wali of al-Jazira' Abu Barakat al-Afri was wounded and 'a number' of his aides killed and "
     "wounded in an air strike of the international coalition aircraft on his convoy as it passed through Baaj "
     "district south of Mosul ('عدد' -> fatalities empty; no day -> DCT, precision 2)"),
    (WT2174, "حوادث أمنية متفرقة", "بينما أصيب 13 آخرون، في حوادث أمنية متفرقة في بغداد أمس",
     VAC, "Attack", UAG, "Civilians (Iraq)", "Baghdad", "IQ", "2015-08-05", "1", "4", "exact",
     "Al Watan", "reported",
     "aggregate: four Iraqis killed and 13 wounded 'in scattered security incidents in Baghdad yesterday' (DCT "
     "Thursday 6 August -> 5 August; one day, one city -> precision 1, alternative 3 as the aggregate convention; "
     "incidents unspecified, victims 'Iraqis' -> Violence against civilians/Attack, Unidentified armed group vs "
     "Civilians (Iraq), alternative Remote explosive/landmine/IED)"),
    (WT2174, "التظاهرات الشعبية", "تناول بحث التظاهرات الشعبية المطالبة",
     PRO, PEACE, "Protesters (Iraq)", "", "", "IQ", "2015-08-06", "3", "", "",
     "Al Watan; Iraqi Forces Alliance spokesman Dhafer al-Ani (to Al Watan)", "reported",
     "aggregate: the popular demonstrations demanding better government performance and basic services, which the "
     "speaker discussed with the bloc leaders; al-Ani: 'the sweeping demonstrations have begun to expand and sweep "
     "the various Iraqi provinces' (folded; no start date, no place -> DCT, precision 3, location empty; no "
     "violence -> Peaceful protest, actor2 empty)"),
    (WT2174, "تظاهرة", "موعد تنظيم تظاهرة في ساحة التحرير",
     PRO, PEACE, "Protesters (Iraq)", "", "Tahrir Square, Baghdad", "IQ", "2015-08-07", "1", "", "",
     "civil activists on social networks (via Al Watan)", "planned",
     "civil activists set via social networks a demonstration in Tahrir Square in central Baghdad 'tomorrow evening' "
     "(DCT Thursday 6 August -> Friday 7 August, precision 1) to renew the demand for basic services -> planned"),
    (AW16, "تحرير عدن", "واصلت المقاومة، بعد تحرير عدن،",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-22", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the resistance continued its advance north 'after the liberation of Aden' ('تحرير المقاومة للمدينة "
     "من قبضة الحوثيين' in the aid paragraph is the same event, folded); no day -> DCT, precision 3, as the spent "
     "alyaum-1138 'تحرير عدن' row. Not coded: the Iranian officers' interrogation of resistance prisoners in Aden "
     "(undated claim of detention), the captive officer's escape during undated clashes, the aid ships reaching Aden"),
    (AW16, "باتت تسيطر", "باتت تسيطر على 90 في المائة من الجبال والحصون",
     BAT, GRT, YR, HOU, "Al Anad, Lahij", "YE", "2015-07-22", "2", "", "",
     "Qaid Nasr, spokesman of the Radfan-Anad front (to Asharq Al-Awsat)", "claimed",
     "the spokesman: the resistance led by Brig. Thabet Jawas now controls 90 percent of the hills and forts "
     "overlooking the al-Anad axis from the north and right, 200 metres from the Houthi-Saleh militias (the advance "
     "north towards Lahij folded; ground taken -> Government regains territory, alternative Armed clash; no day -> DCT, "
     "precision 2; only his words -> claimed)"),
    (AW16, "بعد اشتباكات", "تقدمًا في غرب المدينة بعد اشتباكات مع المسلحين الحوثيين",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-21", "1", "", "",
     "informed sources in Taiz (via Asharq Al-Awsat)", "reported",
     "'yesterday' (DCT Wednesday 22 July -> 21 July) the resistance advanced in the west of Taiz city after clashes "
     "with the Houthi gunmen and is 400 m from controlling the Mokha-Hodeidah road (no place taken named -> Armed "
     "clash, advance folded; the outlet states it, citing sources -> reported)"),
    (JZ393, "رجل شرطة", "احدهما رجل شرطة",
     BAT, CLASH, UAG, "Police Forces of Burundi", "Bujumbura", "BI", "2015-07-20", "1", "1", "exact",
     "Al Jazirah; presidential adviser Willy Nyamitwe", "reported",
     "the title's news: at least two killed 'during the night' before the presidential election held 'yesterday "
     "Tuesday' (DCT Wednesday 22 July -> the night of 20 July, precision 1, as the spent aawsat-73 rows of the same "
     "night), after explosions and gunfire in Bujumbura: one a policeman (this row; no attacker named -> Unidentified "
     "armed group; amid explosions and gunfire -> Armed clash, alternative Remote explosive/landmine/IED); the adviser "
     "blamed the opposition (not adopted as actor). Alternative: one row for both deaths, 2 at_least"),
    (JZ393, "أحد أفراد المعارضة", "والآخر أحد أفراد المعارضة",
     VAC, "Attack", UAG, "Civilians (Burundi)", "Bujumbura", "BI", "2015-07-20", "1", "1", "exact",
     "Al Jazirah", "reported",
     "the same night (20 July, precision 1): the second dead, a member of the opposition (no armed role stated -> "
     "Civilians (Burundi); no killer named -> Unidentified armed group). The explosions and gunfire heard through the "
     "night are folded into these two rows"),
    (JZ393, "احتجاجات عنيفة", "واثار القرار احتجاجات عنيفة على مدى أسابيع",
     "Riots", "Violent demonstration", "Rioters (Burundi)", "", "", "BI", "2015-07-22", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate (background): Nkurunziza's third-term bid 'sparked violent protests over weeks' ('those behind weeks "
     "of protests' is the same wave, folded; 'عنيفة' -> Riots/Violent demonstration, alternative Peaceful protest as "
     "the spent aawsat-129 'weeks of protests' row; no month in the text -> DCT, precision 3; no place -> location "
     "empty)"),
    (JZ393, "محاولة انقلاب", "ومحاولة انقلاب في منتصف مايو",
     BAT, CLASH, "Mutiny of Military Forces of Burundi", "Military Forces of Burundi", "", "BI", "2015-05-15", "3", "",
     "", "Al Jazirah", "reported",
     "background: 'a coup attempt in mid-May and clashes between rebel soldiers and the army' (one event, the clashes "
     "folded; 'mid-May' -> 15 May, precision 3, as the spent 'mid-July' -> 15 July rows; actors as the spent aawsat-129 "
     "coup row; no place -> location empty)"),
    (WT1426, "بالهجوم الانتحاري", "ندد الرئيس التركي رجب طيب إردوغان بالهجوم الانتحاري",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "30", "at_least",
     "Al Watan; President Erdogan; PM Davutoglu", "reported",
     "the suicide attack that killed 'yesterday' (DCT Tuesday 21 July -> 20 July) at least 30 ('30 قتيلا على الأقل') and "
     "wounded 100 in a cultural centre in Suruc near the Syrian border; officials suspect ISIS and the PM said the "
     "first elements of the investigation show ISIS behind it -> Islamic State, as the spent aleqtisadiya-883 row "
     "(alternative Unidentified armed group); victims -> Civilians (Turkey). Erdogan's condemnation not coded"),
    (WT1426, "فجر انتحاري نفسه", "حيث فجر انتحاري نفسه بسيارة مفخخة",
     ERV, SUI, UAG, "", "Kobani", "SY", "2015-07-20", "1", "", "",
     "Al Watan", "reported",
     "in Kobani, opposite Suruc, 'a suicide bomber blew himself up with a car bomb minutes after the explosion in "
     "Turkey' (same day, 20 July, precision 1; another country and place -> own row; no perpetrator, target or toll "
     "given -> Unidentified armed group, actor2 empty; 'كوباني' -> Kobani). Not coded: ISIS's seizure of wide areas "
     "of Iraq and Syria 'last year' (generic)"),
    # ---- set b (no text filter) ----
    (WT1977, "سقوط القاعدة", "سهلت عملية سقوط القاعدة بأيدي الثوار",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-06", "2", "", "",
     "Al Watan (sources among the Houthis in al-Anad base; battle commander Maj. Gen. Fadl Hassan)", "reported",
     "the title's news: the vehicles sent by the Arab coalition helped the rebels ('الثوار', the pro-Hadi side) take "
     "the strategic al-Anad base, the Houthis fled; 3,000 fighters of the national army and the popular resistance "
     "took part in 'the battle of liberating the base' (one event: the fall, flight and battle folded; "
     "army + resistance -> Yemeni Resistance, as the spent alwatan-823 row; no day in the text, after it the MoD "
     "statement of 'yesterday' -> DCT, precision 2). Not coded: the forces 'now moving' to comb the rest of the "
     "governorate (ongoing, no place), the MoD statement and Hadi's remarks (statements, not the news)"),
    (WT1977, "اختطفوا", "أن الحوثيين اختطفوا عددا كبيرا",
     VAC, "Abduction/forced disappearance", HOU, "Civilians (Yemen)", "Al Anad Air Base", "YE", "2015-08-06", "2",
     "", "", "Qaid Nasr, spokesman of the al-Anad front in Lahij (to Al Watan)", "claimed",
     "the spokesman: the Houthis abducted a large number of political detainees and hostages from al-Anad base, "
     "to use them later as a pressure card (taken with them as the base fell -> DCT, precision 2; only his word -> "
     "claimed; 'عددا كبيرا' -> no number). Borderline: alternative Strategic developments/Arrests or no row"),
    (WT1977, "مسيرات هادرة", "خرج أهالي مدينة الضالع في مسيرات هادرة",
     PRO, PEACE, "Protesters (Yemen)", "", "Al Dhale", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "borderline: celebrations of al-Anad's liberation; the people of al-Dhale city went out in 'roaring marches' "
     "through the city with banners celebrating the resistance's victory (public political rally -> Peaceful "
     "protest, actor2 empty; alternative not coded as a festivity; 'celebrations in most governorates' generic, "
     "folded; no day -> DCT, precision 2)"),
    (WT1977, "مسيرات هادرة", "وخرج السكان في مسيرات هادرة",
     PRO, PEACE, "Protesters (Yemen)", "", "Aden", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "borderline, as the al-Dhale row: in Aden residents went out in 'roaring marches' and gathered at the popular "
     "resistance command headquarters for a celebration of al-Anad's liberation (one row for Aden; alternative not "
     "coded)"),
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
