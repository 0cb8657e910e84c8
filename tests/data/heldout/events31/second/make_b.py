"""Bookkeeping helper for annotator B of the events31 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied (programmatically) from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur29/events31/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 31 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2802/2803, drawn at the start of stop 29, main da832ac, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2802).shuffle, walked in order; (b) 10 with no text filter: random.Random(2803).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alwatan 2, okaz 2, aleqtisadiya 1, aljazirah 1, alriyadh 1; b: aljazirah 3, almadina 2, aawsat 1, aleqtisadiya 1, alriyadh 1, alyaum 1, sabq 1).
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
ATT = "Attack"
GRT = "Government regains territory"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
TAL = "Taliban"
CAF = "Civilians (Afghanistan)"
OK1223 = "SN-okaz-20150723-1223"
WT768 = "SN-alwatan-20150803-768"
AW178 = "SN-aawsat-20150807-178"
AW771 = "SN-aawsat-20150724-771"
JZ399 = "SN-aljazirah-20150809-399"
WT808 = "SN-alwatan-20150802-808"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OK1223, "مقتل 50 مدنيا", "بمحافظة عدن امس وأدت إلى مقتل 50 مدنيا وجرح 200 آخرين",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-22", "1", "50", "exact",
     "Yemeni Human Rights Minister Ezzedine al-Asbahi (letter to the UN High Commissioner for Human Rights)", "claimed",
     "the Houthi and Saleh militias' 'grave developments' in Dar Saad district, Aden governorate 'yesterday' (DCT "
     "Thursday 23 July -> 22 July) killed 50 civilians and wounded 200, most seriously, women and children among them; "
     "the militias 'deliberately aimed artillery and rockets to kill unarmed citizens and residents' (same event, folded "
     "-> Shelling/artillery/missile attack; Houthis and Saleh's forces -> Houthis, Saleh's forces in the note, as the spent "
     "Dar Saad rows; 'مديرية دار سعد بمحافظة عدن' -> 'Dar Saad, Aden'). Given only inside the minister's letter (a party "
     "to the war) -> claimed, alternative reported. Not coded: the Houthi siege of Taiz blocking food and medicine (an "
     "ongoing condition, no dated violent event; alternative Strategic developments/Other), the siege Aden 'suffered' "
     "(past, generic), the minister's invitation to visit Aden (the article's news, diplomatic)"),
    (WT768, "بهزيمة قواته في عدن", "للاعتراف علنا بهزيمة قواته في عدن على أيدي مقاتلي المقاومة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-03", "3", "", "",
     "Najib Ghallab (Yemeni political researcher, to Al Watan)", "reported",
     "background: the defeat of the rebel leader's forces in Aden at the hands of the resistance fighters, which the "
     "rebel leader publicly admitted (the recapture of Aden, as the spent alwatan-823 'the revolutionaries regained the "
     "city' row; popular resistance -> Yemeni Resistance; no day in the text -> DCT, precision 3; an analyst's presupposed "
     "fact, not a party's claim -> reported). Not coded: Bahah's visit to Aden (the article's occasion, a visit), the "
     "resistance defusing 'many of the mines' the rebels planted (generic, no place or day), the coalition aircraft that "
     "'destroyed most of their strength' and the coalition ban on all Yemeni ports (generic/continuing, commentary), the "
     "expected liberation of neighbouring governorates and feared bombings (expectations)"),
    (AW178, "هجوم بشاحنة مفخخة", "أسفر هجوم بشاحنة مفخخة في حي سكني في كابل",
     ERV, "Suicide bomb", UAG, CAF, "Shahid, Kabul", "AF", "2015-08-07", "1", "8", "at_least",
     "Asharq Al-Awsat (AFP); Kabul police chief Abdul Rahman Rahimi", "reported",
     "the title's news: a truck-bomb attack in a residential neighbourhood of Kabul 'this morning (Friday)' (the DCT, 7 "
     "August) killed at least eight and wounded more than a hundred (police chief: 8 killed, 128 wounded, toll may change "
     "-> 8 at_least); the title and President Ghani call it suicide -> Suicide bomb; no group claimed it ('may bear the "
     "Taliban's fingerprints') -> Unidentified armed group; many women and children and marble-factory workers among the "
     "victims -> Civilians (Afghanistan), alternative Military Forces of Afghanistan (investigators think a nearby military "
     "building was the likely target, lightly damaged); 'حي شهيد' east of the capital -> 'Shahid, Kabul' (alternative "
     "'Shah Shahid, Kabul'). Not coded: Ghani's condemnation, the calls for blood donation, the UN mission's half-year "
     "toll (1 January - 30 June: 1,592 killed and 3,329 wounded 'in the violence', a whole-conflict statistic with no "
     "actor or place, as the spent Yemen whole-war toll), Akhtar Mansour's appointment as Taliban leader 'last week' and "
     "the split over his allegiance (group leadership, no violence), Mullah Omar's death in April 2013 (old), the "
     "postponed Pakistan-hosted talks (diplomatic)"),
    (AW178, "قندهار", "في سلسلة هجمات في قندهار مهد حركة التمرد",
     VAC, ATT, TAL, CAF, "Kandahar", "AF", "2015-08-06", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the Taliban 'killed nine people yesterday' (DCT Friday 7 August -> 6 August) in a series of attacks in "
     "Kandahar, the cradle of the insurgency, and in Logar province south of Kabul (two named places -> two rows, this "
     "one Kandahar; the nine are not split between the two places -> fatalities empty, 9 in total in the note; the "
     "victims are only 'people', in the paragraph on the insurgents' attacks on civilians -> VAC/Attack, Civilians "
     "(Afghanistan); alternative Battles/Armed clash or Suicide bomb, the attack type and the targets are not stated; "
     "the Taliban are named as the killers by the outlet -> reported). The Kabul, Kandahar and Logar attacks are "
     "called the first wave of large attacks since Mansour's appointment (folded)"),
    (AW178, "لوغار", "وفي ولاية لوغار جنوب كابل",
     VAC, ATT, TAL, CAF, "Logar", "AF", "2015-08-06", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the Logar part of the Taliban's series of attacks 'yesterday' (6 August) that killed nine people in "
     "Kandahar and Logar (see the Kandahar row: own row for the second named place; nine in total, not split -> "
     "fatalities empty; 'ولاية لوغار جنوب كابل' -> province 'Logar', no town named; same type/actor choices and "
     "alternatives)"),
    (AW771, "لتحرير عدن من الميليشيات الحوثية", "بالتنسيق مع قيادة قوات تحالف الأمل، لتحرير عدن من الميليشيات الحوثية",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-24", "3", "", "",
     "Asharq Al-Awsat; Rajeh Badi (Yemeni government spokesman, to Asharq Al-Awsat)", "reported",
     "background: the victories of the popular resistance, with the national army loyal to the legitimate government "
     "and in coordination with the coalition, that liberated Aden (completely) from the Houthi militias and the followers "
     "of the deposed president Saleh (the lead's and the spokesman's repeated mentions, 'after the liberation of the city' "
     "of the airport and ports paragraphs and 'بعد تحرير عدن' at the end are the same event, one row; popular resistance "
     "named first -> Yemeni Resistance, alternative Military Forces of Yemen; the ministers arrived on the first day of "
     "Eid al-Fitr after it, but the text gives no Gregorian day -> DCT, precision 3, as the spent aawsat-72 Aden row; "
     "stated in the outlet's own lead -> reported). Not coded: the government's resumption of official work and the "
     "ministers' return (administrative/visits), the Saudi and Emirati relief flights to Aden airport (humanitarian, no "
     "military force stated), the police stations reopening, the 'indiscriminate shelling' of the rebels (generic, "
     "undated), the transfer of 900 wounded to Jordan"),
    (JZ399, "حادث التفجير الإرهابي", "حادث التفجير الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, "Remote explosive/landmine/IED", UAG, PFSA, "Asir", "SA", "2015-08-09", "2", "", "",
     "Al Jazirah (Nasser al-Azizi, dean of the Yemeni community in the Kingdom)", "reported",
     "background (the news is the Yemeni community's condemnation): the terrorist bombing in the mosque of the Special "
     "Emergency Forces in the Asir region, which left 'a number of' martyrs and wounded ('عدد من' -> fatalities empty; the "
     "text says only 'تفجير' -> the generic explosive sub-type, as the spent aljazirah-352 and okaz Asir rows; no "
     "perpetrator named -> Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; region "
     "only -> 'Asir'; the text gives no day: a recent event (condolences) -> DCT, precision 2). Not coded: the "
     "condemnation and support (statements), Decisive Storm, Restoring Hope and Golden Arrow cited as Saudi 'positions' "
     "(generic mentions of the operations)"),
    (WT808, "غارات شنتها الطائرات التركية", "وأصيب ثمانية آخرون أمس في غارات شنتها الطائرات التركية",
     ERV, AIR, MFT, PKK, "Zarkala, Rawanduz", "IQ", "2015-08-01", "1", "6", "at_least",
     "local sources; local official Nehru Abdullah (via Al Watan)", "reported",
     "the title's news: at 4 a.m. 'yesterday' (DCT Sunday 2 August -> 1 August) Turkish warplanes struck the village of "
     "Zarkala in the Rawanduz area east of Erbil, in strikes on PKK positions in northern Iraq: at least six killed, two "
     "women among them, and eight wounded, several buildings destroyed (trigger in the lead; the village sentence 'استهدفت المقاتلات التركية قرية زركلة' "
     "is the same event, folded; 'ستة أشخاص على الأقل' -> 6 at_least; the targets are PKK positions and the official does not say "
     "whether the other victims were PKK members -> actor2 PKK, alternative Civilians (Iraq), as the spent alriyadh-700 "
     "Zarkali row that the text there called civilians; 'قرية زركلة في منطقة رواندز' -> 'Zarkala, Rawanduz', alternative "
     "'Zarkala, Erbil'). Not coded: Ankara's launch of its 'counter-terrorism' operation against ISIS in Syria and the PKK "
     "in northern Iraq, and the Turkish bombing of ISIS in Syria 'entering its second week' (generic framing, no place, "
     "day or toll)"),
    (WT808, "الغارات التركية أسفرت خلال أسبوع", "ونقلت وكالة أنباء الأناضول أن الغارات التركية أسفرت خلال أسبوع",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-26", "3", "260", "about",
     "Anadolu Agency (via Al Watan)", "claimed",
     "aggregate: Anadolu reported that the Turkish air strikes killed about 260 PKK members and wounded about 400 within a "
     "week, victims in Turkey as in Iraq; the outlet adds that the agency cited no specific source, and the PKK in Iraq "
     "spoke of only five killed before yesterday's raids (folded; contested, uncheckable -> claimed, as the spent "
     "alriyadh-700 Anadolu row; 'حوالى 260' -> 260 about; a week -> DCT 2 August - 7 = 26 July, precision 3; no place, "
     "strikes on PKK positions in northern Iraq per the lead -> location empty, IQ, alternative TR)"),
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
