"""Bookkeeping helper for annotator B of the events49 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events47/second/make_b.py.
Run: python3 /work/fresh/cur35/events49/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 49 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2862/2863, drawn at the start of stop 35, main fa9223d, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2862).shuffle, walked in order; (b) 10 with no text filter: random.Random(2863).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alyaum 2, 3alyoum 1, aleqtisadiya 1, aljazirah 1, almadina 1, alwatan 1; b: aawsat 2, alriyadh 2, okaz 2, aljazirah 1, almadina 1, alwatan 1, was 1).
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
NSAOT = "Non-state actor overtakes territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ATT = "Attack"
ARR = "Arrests"
UAG = "Unidentified armed group"
HOU = "Houthis"
SLC = "Saudi-led coalition"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
MFI = "Military Forces of Israel"
CPS = "Civilians (Palestine)"
ERV = "Explosions/Remote violence"
BAT = "Battles"
SD = "Strategic developments"
VAC = "Violence against civilians"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
ATT = "Attack"
ARR = "Arrests"
DWU = "Disrupted weapons use"
UAG = "Unidentified armed group"
HOU = "Houthis"
YR = "Yemeni Resistance"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFB = "Police Forces of Bahrain"
PFS = "Police Forces of Saudi Arabia"
GCAD = "Global Coalition Against Daesh"
JZ812 = "SN-aljazirah-20150731-812"
EQ344 = "SN-aleqtisadiya-20150802-344"
WT1045 = "SN-alwatan-20150811-1045"
AW71 = "SN-aawsat-20150721-71"
AW104 = "SN-aawsat-20150804-104"
OK2042 = "SN-okaz-20150731-2042"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    (JZ812, "ضبطت في البحر", "شحنة من المتفجرات والأسلحة ضبطت في البحر قبالة سواحل المملكة",
     SD, DWU, PFB, "", "", "BH", "2015-07-25", "1", "", "",
     "Al Jazirah (opinion column); Bahraini government", "reported",
     "background (opinion column on Zarif's Gulf tour): a shipment of explosives and weapons 'sent' to Bahrain was seized "
     "at sea off the kingdom's coast: 43.8 kg of C-4, eight Kalashnikov rifles, 33 magazines, rounds and detonators; the "
     "seizure took place 'last Saturday' (DCT Friday 31 July -> Saturday 25 July, precision 1) (seizure of smuggled "
     "explosives -> Disrupted weapons use, as the spent events36 alwatan-2223 Bahrain smuggling row; the seizing force is "
     "not named, Bahraini authorities -> Police Forces of Bahrain as that row; the columnist's 'sent by Iran's mullahs' "
     "is his opinion and no smuggler group is named -> actor2 empty; 'at sea off the coast', no place -> location empty). "
     "Not coded: Zarif's visits to Qatar, Kuwait and Iraq (diplomatic)"),
    (JZ812, "تفجير إرهابي", "حيث قُتلا من قِبل الإرهابيين بعد تفجير إرهابي تسبب",
     ERV, IED, UAG, PFB, "Sitra", "BH", "2015-07-28", "1", "2", "exact",
     "Al Jazirah (opinion column); Bahraini government (investigation)", "reported",
     "'on Tuesday' (DCT Friday 31 July -> Tuesday 28 July, precision 1) unrest broke out in the village of Sitra south "
     "of Manama; two Bahraini policemen on duty were killed by a terrorist bombing that also badly wounded a third "
     "policeman and lightly wounded five others ('شرطيين' -> 2 exact); the government's investigation of 'the sites of "
     "the Sitra explosions' found explosives of the same type as those seized on Saturday (the 'Sitra unrest' and "
     "'Sitra bombings' are the same event -> one row, the unrest folded, alternative an extra Riots row; the column "
     "blames 'agents of Iran's mullahs', an opinion, no group named -> Unidentified armed group; 'قرية سترة' -> 'Sitra')"),
    (EQ344, "سيطرة المقاومة الشعبية", "وجاءت دعوة هادي بعد سيطرة المقاومة الشعبية على مناطق ومؤسسات حيوية في عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-16", "2", "", "",
     "Al Eqtisadiya", "reported",
     "background (the news is Vice-President/PM Bahah's return to Aden 'yesterday Saturday' with six ministers and the "
     "Yemeni commentators' reading of it): Hadi's instruction to send a ministerial committee, which reached Aden airport "
     "on 16 July, came 'after the popular resistance took control of areas and vital institutions in Aden, among them "
     "the airport and security facilities' (pro-Hadi popular resistance retaking Aden from the Houthis -> Government "
     "regains territory, Yemeni Resistance vs Houthis, as the spent Aden rows; several places in the city, the airport "
     "among them -> 'Aden', alternative 'Aden Airport, Aden'; the capture precedes the 16 July arrival -> 16 July, "
     "precision 2 (on or before), alternative DCT/3 as the spent undated Aden rows). Not coded: Bahah's return and the "
     "ministers' arrival on 16 July (visits, administrative), the commentators' statements, the Houthis' control of "
     "state institutions in Sanaa (generic)"),
    (EQ344, "الهجوم الذي شنته ميليشيات الحوثي", "أثناء الهجوم الذي شنته ميليشيات الحوثي وقوات الرئيس المخلوع على عدن في مارس الماضي",
     BAT, CLASH, HOU, YR, "Aden", "YE", "2015-03-01", "3", "", "",
     "Al Eqtisadiya", "reported",
     "background: Hadi, the government members and foreign ambassadors left Aden during 'the attack launched by the "
     "Houthi militias and the forces of the deposed president on Aden in March' (month known -> 1 March 2015, precision "
     "3, within 12 months of the DCT; the attackers first -> Houthis, Saleh's forces in the note; the defenders are not "
     "named -> Yemeni Resistance, as the spent events22 aljazirah-324 war aggregate, alternative Military Forces of "
     "Yemen; borderline: the spent events18/45 rows left undated mentions of the Houthi march on Aden out; this one is "
     "dated, so it is coded)"),
    (WT1045, "الإقامة الجبرية", "من كسر حاجز الإقامة الجبرية الذي فرضه عليه المتمردون الحوثيون",
     SD, ARR, HOU, "Civilians (Yemen)", "", "YE", "2015-07-11", "3", "", "",
     "Al Watan; unnamed sources", "reported",
     "background (the news is the governor's escape to Hadramawt): the Houthi rebels put the Central Bank of Yemen "
     "governor Mohammed Bin Humam under house arrest, besieged his house and stopped him leaving it 'about a month ago' "
     "(DCT 11 August - about a month -> 11 July, precision 3), because he protested their looting of the bank; they had "
     "threatened to liquidate him and forced him to keep working after he resigned (house arrest of an official by an "
     "armed group -> Arrests, as the spent okaz-1982 Houthi detentions; a civilian official -> Civilians (Yemen); the "
     "text does not say where his house is -> location empty). Not coded: the escape (not an ACLED event), the threats, "
     "the repeated seizure of hundreds of millions of dollars from the bank treasury for the 'war effort' (undated, "
     "repeated; alternative a background Looting/property destruction row), the ban on travelling to his son's wedding"),
    (AW71, "أعداد الموقوفين", "حمل في طياته مفاجآت كثيرة ليس فقط من حيث أعداد الموقوفين",
     SD, ARR, PFS, IS, "", "SA", "2015-07-20", "2", "", "",
     "Saudi Interior Ministry statement (via Asharq Al-Awsat)", "reported",
     "the article's subject: in the past weeks the Saudi security forces carried out pre-emptive operations that foiled "
     "plots to target mosques during Friday prayers in Riyadh and Dammam, among them an ISIS plot against a mosque of the "
     "Special Emergency Forces building attended by about 3,000, mostly military; the interior ministry's statement "
     "announced 'yesterday' (DCT 21 July -> 20 July) gave the numbers of those arrested ('الموقوفين', 'المقبوض عليهم') "
     "(the interior ministry's ISIS-cell arrests, as the spent '431' rows, the number is not in this text; the foiled "
     "plots folded, as those rows; ISIS named as the plotter -> Islamic State; arrests over 'the past weeks', announced "
     "yesterday -> 20 July, precision 2, alternative DCT/2 as the spent rows; no place for the arrests -> empty)"),
    (AW71, "الكويت", "التي وقعت في الكويت وتونس وفرنسا في 26 من الشهر الماضي",
     ERV, IED, IS, "", "Kuwait City", "KW", "2015-06-26", "1", "", "",
     "Saudi Interior Ministry; Asharq Al-Awsat", "reported",
     "background: 'the bombings claimed by the terrorist organisation (ISIS) that took place in Kuwait, Tunisia and "
     "France', the 'bloody terrorist operations carried out simultaneously on 26 June on three continents' (dated, within "
     "12 months -> coded; one location per row: Kuwait, Tunisia, France; the text says only 'التفجيرات' -> generic "
     "explosive sub-type, alternative Suicide bomb as the spent Imam al-Sadiq rows; victims not described -> actor2 "
     "empty; 'الدامية' -> fatalities empty; 'Kuwait' with no district -> 'Kuwait City', as the spent events45 "
     "aawsat-250 row)"),
    (AW71, "وتونس", "التي وقعت في الكويت وتونس وفرنسا في 26 من الشهر الماضي",
     ERV, IED, IS, "", "", "TN", "2015-06-26", "1", "", "",
     "Saudi Interior Ministry; Asharq Al-Awsat", "reported",
     "background: the Tunisian attack of the same 26 June series claimed by ISIS (see the Kuwait row; the text calls all "
     "three 'bombings' -> the generic explosive sub-type by the written rule; the real Sousse attack was a shooting, "
     "alternative Violence against civilians/Attack, Civilians (Tunisia), 'Sousse', as the spent Sousse rows, which the "
     "text does not support; country only -> location empty)"),
    (AW71, "وفرنسا", "التي وقعت في الكويت وتونس وفرنسا في 26 من الشهر الماضي",
     ERV, IED, IS, "", "", "FR", "2015-06-26", "1", "", "",
     "Saudi Interior Ministry; Asharq Al-Awsat", "reported",
     "background: the French attack of the same 26 June series claimed by ISIS (see the Kuwait row; 'bombings' -> generic "
     "explosive sub-type, alternative Violence against civilians/Attack; country only -> location empty)"),
    (AW71, "استهداف مساجد في المنطقة الشرقية", "وأن استهداف مساجد في المنطقة الشرقية خلال الأسابيع الماضية",
     VAC, ATT, IS, "Civilians (Saudi Arabia)", "Eastern Province", "SA", "2015-07-21", "3", "", "",
     "Ahmed al-Mukalli, researcher on extremist groups (to Asharq Al-Awsat)", "reported",
     "background: 'the targeting of mosques in the Eastern Province during the past weeks' (the May mosque attacks, in a "
     "researcher's words; the title and lead give the mosque attacks to ISIS -> Islamic State; the means are not stated "
     "('استهداف') -> Violence against civilians/Attack, as the spent al-Dalwah row, alternative the generic explosive "
     "sub-type as the spent okaz-1244 'bombed a mosque' row; mosques -> Civilians (Saudi Arabia); plural, no town, no "
     "day -> one row, 'Eastern Province', DCT, precision 3). Not coded: the 1979 Grand Mosque seizure, the Afghan war and "
     "the US invasion of Iraq (far older than 12 months), the Syrian war (generic)"),
    (AW104, "ستمدد حملتها الجوية", "إنّ بلاده ستمدد حملتها الجوية في العراق ضد تنظيم «داعش» سنة",
     "Statement", "", "Government of the United Kingdom", IS, "Iraq", "IQ", "2015-08-04", "1", "", "",
     "UK Defence Secretary Michael Fallon (via Asharq Al-Awsat, BBC)", "reported",
     "the title's news: 'today (Tuesday)' (the DCT, 4 August) the British defence secretary said Britain will extend its "
     "air campaign against ISIS in Iraq by a year, using its Tornado jets for strikes until at least early 2017, speaking "
     "during a visit to Iraq (an official declaration on the conduct of an air war, the article's news -> Statement, as "
     "the spent Cameron and Cavusoglu rows; said during a visit to Iraq, no city -> 'Iraq', as the spent 'Malaysia'/"
     "'Indonesia' statement rows; alternative: not coded, a policy decision). Not coded: the Tornados' record and the "
     "parliament's support for strikes in Iraq only (commentary)"),
    (AW104, "عشرات الغارات الجوية", "شنت عشرات الغارات الجوية في العراق وسوريا خلال الايام القليلة الماضية",
     ERV, AIR, GCAD, IS, "", "IQ", "2015-08-04", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the US-led international coalition has carried out dozens of air strikes in Iraq and Syria 'in the past "
     "few days' to weaken the militants who hold large areas of both countries (one aggregate -> one row; two countries, "
     "no place -> location empty, IQ from the article's Iraq frame, as the spent events38 aawsat-118 'Syria and Iraq' "
     "aggregate took its paragraph's country, alternative one row per country; no start -> DCT, precision 3; 'dozens' -> "
     "fatalities empty; US-led coalition -> Global Coalition Against Daesh)"),
    (AW104, "شنّت تركيا أولى ضرباتها", "وقبل حوالى عشرة ايام فقط، شنّت تركيا أولى ضرباتها ضد التنظيم المتطرف في سوريا",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-25", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background: 'only about ten days ago' (DCT 4 August - 10 -> 25 July, precision 2) Turkey carried out its first "
     "strikes against ISIS in Syria (means not stated, in an air-campaign article -> Air/drone strike, as the spent "
     "events22 alyaum-1100 row of the same Turkish campaign; no place -> location empty)"),
    (AW104, "مهاجمة مقاتلين أكراد", "كما بدأت في مهاجمة مقاتلين أكراد",
     ERV, AIR, MFT, PKK, "", "TR", "2015-07-25", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background: at the same time (about ten days ago -> 25 July, precision 2) Turkey also began attacking Kurdish "
     "fighters (a different target -> own row, as the spent events26 aljazirah-969 split; Kurdish fighters in Turkey's "
     "campaign -> PKK, as the spent rows of the same campaign, alternative an unnamed Kurdish group; means not stated -> "
     "Air/drone strike, as the spent alyaum-1100 row; the text names no country for these attacks -> TR, the frame of "
     "the sentence's actor, as the adjudicated spent alweeam-1057 and alriyadh-676 rows, alternative IQ (northern Iraq) "
     "or SY from the preceding clause; no place -> location empty)"),
    (OK2042, "في تصريح صحفي", "وأكد اللواء المقدشي في تصريح صحفي بثته وكالة الأنباء اليمنية الرسمية أمس",
     "Statement", "", "Military Forces of Yemen", HOU, "", "YE", "2015-07-30", "1", "", "",
     "Yemeni Chief of General Staff Maj. Gen. Mohammed al-Maqdashi (via Saba, Okaz)", "reported",
     "the article's news: in a press statement carried by the official Yemeni news agency 'yesterday' (DCT Friday 31 "
     "July -> 30 July, precision 1) the chief of the general staff said Decisive Storm was a resounding slap for the "
     "putschists, the popular resistance and the forces loyal to the legitimacy are on their way to a military decision, "
     "the resistance is about to prevail in Lahij and retake al-Anad base, the resistance and the national army control "
     "all districts of Aden (the remaining rebel pockets small), the putschists suffer daily attrition in al-Dhale, "
     "Marib and Taiz, and Sanaa will be liberated soon (a military declaration of victory and coming operations that is "
     "the article's news -> Statement, as the spent events37 alwatan-2033 defence-ministry statement; chief of staff -> "
     "Military Forces of Yemen; place of the statement not stated -> empty). Not coded: the expected recapture of "
     "al-Anad and Sanaa (expectations), the daily attrition on three fronts (generic, as the spent okaz-1426 "
     "'victories' decision), the reiterated control of Aden (a status claim, folded)"),
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
