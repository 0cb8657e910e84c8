"""Bookkeeping helper for annotator B of the events29 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events26/second/make_b.py.
Run: python3 /work/fresh/cur28/events29/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 29 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2792/2793, drawn at the start of stop 28, main f7f6cda, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2792).shuffle, walked in order; (b) 10 with no text filter: random.Random(2793).shuffle, walked in order, >=3 sources (got, by source, a: alyaum 3, alriyadh 3, aljazirah 1, alwatan 1, okaz 1, sabq 1; b: aljazirah 3, 3alyoum 2, aleqtisadiya 2, aawsat 1, alriyadh 1, alwatan 1).
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
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
HOU = "Houthis"
RES = "Yemeni Resistance"
ISIS = "Islamic State"
AQAP = "AQAP: Al Qaeda in the Arabian Peninsula"
PKK = "PKK: Kurdistan Workers Party"
TUR = "Military Forces of Turkey"
TURP = "Police Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
UAG = "Unidentified armed group"
YM938 = "SN-alyaum-20150801-938"
OK1328 = "SN-okaz-20150807-1328"
RI838 = "SN-alriyadh-20150807-838"
YM1082 = "SN-alyaum-20150809-1082"
RI811 = "SN-alriyadh-20150726-811"
JZ307 = "SN-aljazirah-20150808-307"
SB1295 = "SN-sabq-20150802-1295"
EQ883 = "SN-aleqtisadiya-20150721-883"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YM938, "مواجهات عنيفة", "إن مواجهات عنيفة اندلعت، مساء الخميس",
     BAT, CLASH, HOU, RES, "Sanah, Ad Dali", "YE", "2015-07-30", "1", "22", "exact",
     "a popular-resistance source (to DPA)", "reported",
     "the title's news: violent clashes broke out on Thursday evening (DCT Saturday 1 August -> 30 July) in the Sanah "
     "area of al-Dhale city after the Houthis tried to attack resistance positions, and went on until Friday morning; "
     "the resistance repelled the advance; 18 Houthis killed, dozens wounded, six captured, four resistance fighters "
     "killed (18 + 4 = 22 exact; the title's 'dozens' is the outlet's rounding); the Houthis attacked -> actor1 "
     "Houthis (alternative actor1 Yemeni Resistance, the title's framing); popular resistance -> Yemeni Resistance; "
     "start day stated -> 30 July, precision 1 (it ran overnight into Friday). Folded: the capture of six Houthis. "
     "Not coded: 'the outskirts of al-Dhale see armed confrontations from time to time for several months' (generic)"),
    (YM938, "كمين مسلح", "جراء كمين مسلح نصبته المقاومة الشعبية",
     BAT, CLASH, RES, HOU, "Al Khamsin Street, Al Hudaydah", "YE", "2015-07-31", "1", "4", "exact",
     "press sources in Hodeidah", "reported",
     "'today Friday' (the report was written on Friday 31 July; DCT Saturday 1 August) four Houthis were killed and "
     "two wounded in an ambush of the Tihama popular resistance on a Houthi checkpoint on al-Khamsin (Fiftieth) Street "
     "in Hodeidah city: a rocket followed by machine-gun fire (resistance attack on an armed checkpoint -> Battles/Armed "
     "clash, as the spent 3alyoum-44 checkpoint row; alternative Shelling/artillery/missile attack). Not coded: the "
     "generic 'Tihama resistance launches attacks from time to time ... killing and wounding dozens'"),
    (YM938, "هجوماً آخر على دورية", "تبنت هجوماً آخر على دورية تابعة للحوثيين",
     BAT, CLASH, RES, HOU, "Al Khamsin Street, Al Hudaydah", "YE", "2015-07-30", "1", "2", "exact",
     "Al Yaum", "reported",
     "the Tihama popular resistance claimed another attack on a Houthi patrol on Thursday evening (DCT Saturday "
     "1 August -> 30 July) 'in the same area' (-> the Khamsin Street location of the row above), killing two and "
     "wounding two (the outlet states the toll; the resistance's claim of responsibility identifies the attacker)"),
    (YM938, "هجوم بسيارة مفخخة", "في هجوم بسيارة مفخخة في جنوب شرق اليمن",
     ERV, "Suicide bomb", AQAP, "Military Forces of Yemen", "Al Qatn", "YE", "2015-07-31", "1", "9", "exact",
     "a military source", "reported",
     "on Friday (DCT Saturday 1 August -> 31 July) a suicide bomber in a car bomb stormed a checkpoint in the town of "
     "al-Qatn, Hadramawt governorate, killing nine soldiers of the forces loyal to President Hadi (the 1st Military "
     "Region, which declared loyalty to Hadi); the military source blamed al-Qaeda in the Arabian Peninsula (attribution "
     "by the source, no claim -> actor1 AQAP with the attribution in this note; alternative Al Qaeda as the spent "
     "Algerian rows, or Unidentified armed group); pro-Hadi army units -> Military Forces of Yemen"),
    (YM938, "ويسيطر عناصرها", "ويسيطر عناصرها منذ أبريل على الملا",
     BAT, "Non-state actor overtakes territory", AQAP, "", "Mukalla", "YE", "2015-04-01", "3", "", "",
     "Al Yaum", "reported",
     "background: AQAP's members have controlled 'al-Malla' (sic, for al-Mukalla), the largest city of Hadramawt, since "
     "April (April 2015, within 12 months -> 1 April, precision 3, as the spent almadina-644 Sanaa takeover row; the "
     "defender is not named -> actor2 empty). Not coded: the 'two other al-Qaeda leaders killed in Yemen in April' (no "
     "actor, type or place), AQAP's use of the 2011 uprising (too old), the unilateral humanitarian truce whose last day "
     "it was and the government's and coalition's accusation that the Houthis broke it from its first hours (truce "
     "declared by one side, declaring party and date not given; violations generic)"),
    (YM938, "هجوم بطائرة أميركية بلا طيار", "في هجوم بطائرة أميركية بلا طيار في الشهر نفسه",
     ERV, AIR, "Military Forces of the United States", AQAP, "", "YE", "2015-06-01", "3", "1", "exact",
     "Al Yaum", "reported",
     "background: in mid-June AQAP acknowledged that its leader Nasser al-Wuhayshi, the organisation's number two, was "
     "killed in an American drone strike 'in the same month' (June 2015 -> 1 June, precision 3; no place -> location "
     "empty, YE; one named leader killed -> 1 exact)"),
    (OK1328, "التفجير الذي طال مسجد", "«التفجير الذي طال مسجد قوات الطوارئ في أبها",
     ERV, IED, UAG, PFSA, "Abha", "SA", "2015-08-07", "2", "", "",
     "Okaz (Minister of Islamic Affairs Saleh Al al-Sheikh)", "reported",
     "background (the news is the scholars' condemnations to Okaz, the title's 'التفجير'): the bombing of the Emergency "
     "Forces mosque in Abha, aimed at the worshippers (as the spent reaction rows alriyadh-982 / okaz-1327: generic "
     "'تفجير' -> Remote explosive/landmine/IED; no perpetrator stated, ISIS named only among 'the terrorist groups' in "
     "general -> Unidentified armed group; the Emergency Forces mosque -> Police Forces of Saudi Arabia; 'loss of "
     "protected lives', no number -> fatalities empty; the text gives no day -> DCT, precision 2, as alriyadh-982; the "
     "city named -> 'Abha'). Not coded: the condemnations themselves"),
    (RI838, "حادثة تفجير مسجد قوات الطوارئ", "حادثة تفجير مسجد قوات الطوارئ في منطقة عسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Al Riyadh", "reported",
     "background (the news is the tweets condemning it, hashtags 'تفجير طوارئ عسير' and 'تفجير مسجد الطوارئ'): the "
     "bombing of the Emergency Forces mosque in Asir region, which killed 'a number of' security men and wounded others "
     "taken to Asir hospital (vague -> fatalities empty; no day in the text -> DCT, precision 2, as the spent alriyadh-982 "
     "row; region named for the event -> 'Asir', Abha appears only in a tweeter's 'Abha is safe'; no perpetrator -> "
     "Unidentified armed group; security men -> Police Forces of Saudi Arabia)"),
    (YM1082, "واعتقل محمد علان", "واعتقل محمد علان (30 عامًا)",
     SD, ARR, "Police Forces of Israel", "Civilians (Palestine)", "", "PS", "2014-11-01", "3", "", "",
     "Al Yaum", "reported",
     "background (borderline): the Palestinian lawyer Mohammed Allan (30) was arrested in November last year and his "
     "administrative detention was extended twice on a charge of belonging to Islamic Jihad (November 2014, within 12 "
     "months of the DCT -> 1 November 2014, precision 3; arresting force not named -> Police Forces of Israel, as the "
     "spent adjudicated alriyadh-605 administrative-detention rows; arrested lawyer -> Civilians (Palestine), "
     "alternative Islamic Jihad; no place -> location empty, PS, alternative IL). Not coded: the Knesset's force-feeding "
     "law and Israel's notice that it will force-feed him (legal/prison measures), his 55-day hunger strike and the 120 "
     "prisoners' hunger strike in Nafha over living conditions (prison protests, not public demonstrations; prison "
     "conditions), the Prisoners' Club call for solidarity demonstrations (a call, no place or day), the two prisoners "
     "who died of force-feeding in the 1980s (too old), Hamas's and the Red Cross's statements"),
    (RI811, "الهجوم على جامعة غاريسا", "الهجوم على جامعة غاريسا الذي ادى",
     VAC, "Attack", "Al Shabaab", "Civilians (Kenya)", "Garissa", "KE", "2015-04-01", "3", "147", "exact",
     "Al Riyadh (AFP)", "reported",
     "background: the Somali al-Shabaab movement's attack on Garissa university in April, which killed 147 students "
     "(April 2015 -> 1 April, precision 3; students -> Civilians (Kenya); the university is named only with the town -> "
     "'Garissa'). Not coded: al-Shabaab's 'large number of suicide attacks and massacres on Kenyan soil' (generic), the "
     "summit's security measures and airspace closure, the US embassy's warning, the crowds greeting Obama"),
    (JZ307, "ألقت قوات الأمن التركية", "ألقت قوات الأمن التركية، فجر أمس الجمعة، القبض على 17 شخصا",
     SD, ARR, TURP, ISIS, "Manisa", "TR", "2015-08-07", "1", "", "",
     "Anadolu Agency (security sources), via Al Jazirah", "reported",
     "the title's news: at dawn 'yesterday Friday' (DCT Saturday 8 August -> 7 August) Turkish counter-terrorism forces "
     "with the gendarmerie raided several places at once in Manisa, western Turkey, and arrested 17 people suspected of "
     "belonging to ISIS (links with ISIS members in Syria, recruiting) (counter-terrorism police -> Police Forces of "
     "Turkey; suspected members -> actor2 Islamic State, as the spent Cameroon Boko Haram arrest row)"),
    (JZ307, "خمس عمليات أمنية متزامنة", "فجر اليوم الجمعة، خمس عمليات أمنية متزامنة في العاصمة أنقرة",
     SD, ARR, TUR, PKK, "Ankara", "TR", "2015-08-07", "1", "", "",
     "Anadolu Agency, via Al Jazirah", "reported",
     "borderline: at dawn on Friday (7 August) the Turkish gendarmerie carried out five simultaneous security operations "
     "in Ankara on places suspected of sheltering PKK members (the lead: 'campaigns targeting PKK members in Ankara'); no "
     "arrest is stated, only the raids (alternative Strategic developments/Other, or no row; own row: other place and "
     "target than the Manisa arrests; gendarmerie -> Military Forces of Turkey as the spent Mus row)"),
    (JZ307, "الهجمات «الإرهابية» التي استهدفت تركيا", "نتيجة الهجمات «الإرهابية» التي استهدفت تركيا",
     BAT, CLASH, UAG, TURP, "", "TR", "2015-07-07", "3", "39", "exact",
     "Anadolu Agency (informed sources), via Al Jazirah", "reported",
     "aggregate: from 7 July to 5 August the 'terrorist' attacks on Turkey killed 22 security men and 6 citizens and "
     "wounded 89; in the same period the 'terrorists' burned more than 100 vehicles and 11 'terrorists' were killed in "
     "clashes with the security forces (one aggregate row for the militant violence of the period, the vehicle burnings "
     "and the clashes folded; 22 + 6 + 11 = 39 exact; mostly security men hit -> Battles/Armed clash vs Police Forces of "
     "Turkey ('رجال الأمن'); the attackers are not named -> Unidentified armed group, alternative PKK from the subtitle "
     "'collapse of the truce between the Turkish government and the PKK'; start 7 July stated -> 7 July, precision 3; no "
     "place -> location empty). Not coded: the subtitle's collapse of the truce (no date or act)"),
    (JZ307, "غارات جوية على أهداف محددة", "بالمقابل شنت القوات المسلحة التركية، غارات جوية على أهداف محددة",
     ERV, AIR, TUR, PKK, "", "TR", "2015-07-07", "3", "260", "at_least",
     "Anadolu Agency, via Al Jazirah", "claimed",
     "aggregate: in the same period (7 July - 5 August) the Turkish armed forces carried out air strikes on specific PKK "
     "targets 'inside and outside the country', killing more than 260 militants and wounding more than 400 (the state "
     "agency's tally of its own side's strikes -> claimed, as the spent alriyadh-700 / alwatan-1057 Anadolu rows; no "
     "place named, 'inside and outside the country' -> country TR, the one the text names, alternative IQ (the spent "
     "rows' northern Iraq); 'more than 260' -> 260 at_least)"),
    (JZ307, "ألقت فرق الأمن القبض على أكثر من ألف و500", "وألقت فرق الأمن القبض على أكثر من ألف و500 مشتبه به",
     SD, ARR, TURP, "", "", "TR", "2015-07-07", "3", "", "",
     "Anadolu Agency, via Al Jazirah", "reported",
     "aggregate: in the same period the security teams arrested more than 1,500 suspects in operations against ISIS, the "
     "PKK and the DHKP-C (three groups -> actor2 empty, alternative Islamic State, the first named; start 7 July -> "
     "precision 3). Not coded: the arrest warrants for 275 accused (legal action)"),
    (SB1295, "ضبط الجهات الأمنية", "خاصة بعد ضبط الجهات الأمنية في شهر مايو الماضي",
     SD, "Disrupted weapons use", PFSA, "", "King Fahd Causeway", "SA", "2015-05-01", "3", "", "",
     "Sabq", "reported",
     "background (borderline): last May the security agencies seized highly explosive RDX and detonators and arrested "
     "their smugglers after customs suspected a car coming from Bahrain over the King Fahd Causeway (seizure of "
     "explosives -> Strategic developments/Disrupted weapons use, the arrest folded; alternative Arrests, or no row as "
     "smuggling; May 2015 -> 1 May, precision 3; the smugglers are not named or called militants -> actor2 empty). Not "
     "coded: the video of the young man smuggling a bottle of alcohol (ordinary crime)"),
    # ---- set b (no text filter) ----
    (EQ883, "الاعتداء الانتحاري", "الاعتداء الانتحاري الذي استهدف أمس مدينة سوروتش",
     ERV, "Suicide bomb", ISIS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "30", "at_least",
     "Turkish Prime Minister Ahmet Davutoglu; President Erdogan", "reported",
     "the title's news: 'yesterday' (DCT Tuesday 21 July -> 20 July) a suicide attack in Suruc, on the Syrian border, "
     "hit the garden of a cultural centre where young leftist/pro-Kurdish activists who wanted to help rebuild Kobani were "
     "staying, killing at least 30 (Erdogan: 30 killed, may rise); Davutoglu said the first findings of the investigation "
     "point to ISIS, not a final verdict (the attribution in this note; alternative Unidentified armed group); activists "
     "-> Civilians (Turkey). Not coded: the reinforcement of the border (deployment), NATO's call for tighter border "
     "control, the British ambassador's tweet, the 2013 Reyhanli attack and the PKK insurgency since 1984 (too old)"),
    (EQ883, "المعركة التي دارت", "من جراء المعركة التي دارت بين مقاتلي تنظيم داعش",
     BAT, CLASH, ISIS, "YPG: Peoples Protection Units", "Ain al-Arab", "SY", "2014-09-01", "3", "", "",
     "Al Eqtisadiya", "reported",
     "background: the battle between ISIS fighters and the Syrian Kurdish People's Protection Units in Kobani (Ain "
     "al-Arab) from September to January, which destroyed the town (September 2014, within 12 months of the DCT -> "
     "1 September 2014, precision 3; 'one of the biggest battles against ISIS last year' is the same battle). Folded: the "
     "YPG's expulsion of ISIS from the town 'last month' with US air support after months of fighting and siege (a stale "
     "agency sentence: read with the 'September to January' just before it, it is the January end of the same battle, "
     "not a June 2015 event)"),
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
