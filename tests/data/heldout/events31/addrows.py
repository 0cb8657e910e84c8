"""Bookkeeping helper for the events31 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur29/events31/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 31 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events31/sample.py ("This set: events31, seeds 2802 / 2803, drawn at the start of stop 29 (main da832ac), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2802).shuffle, walked in order; (b) 10 with no text filter, random.Random(2803).shuffle, >=3 sources (got, by source, a: aawsat 3, alwatan 2, okaz 2, aleqtisadiya 1, aljazirah 1, alriyadh 1; b: aljazirah 3, almadina 2, aawsat 1, aleqtisadiya 1, alriyadh 1, alyaum 1, sabq 1).
# ADJUDICATION_LINE
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in README). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 9 rows): detection F1 0.842 "
       "before (8 matched of 10 A / 9 B rows; 2 A-only rows, 1 B-only row); no row added or dropped; 2 rows retyped to B's "
       "(aawsat-178 Taliban attacks in Kandahar and Logar: Battles/Armed clash -> Violence against civilians/Attack vs "
       "Civilians (Afghanistan), the nine killed are 'people' with no armed role stated); 1 location changed to B's "
       "(aawsat-178 'Shahid, Kabul', the text's name); 2 kept against B (aawsat-178 UNAMA half-year aggregate row; "
       "aljazirah-399 Asir bombing precision 3); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
ATT = "Attack"
RES = "Yemeni Resistance"
HOU = "Houthis"
UAG = "Unidentified armed group"
TAL = "Taliban"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
POLSA = "Police Forces of Saudi Arabia"
CYE = "Civilians (Yemen)"
CAF = "Civilians (Afghanistan)"
OKAZ1223 = "SN-okaz-20150723-1223"
AAW771 = "SN-aawsat-20150724-771"
WAT768 = "SN-alwatan-20150803-768"
AAW178 = "SN-aawsat-20150807-178"
JAZ399 = "SN-aljazirah-20150809-399"
WAT808 = "SN-alwatan-20150802-808"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OKAZ1223, "مقتل 50 مدنيا", "بمحافظة عدن امس وأدت إلى مقتل 50 مدنيا وجرح 200",
     ERV, SHELL, HOU, CYE, "Dar Saad, Aden", "YE", "2015-07-22", "1", "50", "exact",
     "Yemeni Human Rights Minister Izz al-Din al-Asbahi (letter to the UN High Commissioner)", "claimed",
     "the destruction committed by the Houthi and Saleh militias in Dar Saad district, Aden governorate, 'yesterday' "
     "(DCT Thursday 23 July -> 22 July, as the text says; other reports date the Dar Saad shelling 19 July, the spent "
     "aawsat-270 row), killing 50 civilians and wounding 200, among them women and children; the next sentence: the militias "
     "deliberately aimed artillery and rockets at unarmed citizens (folded: same event) -> Shelling/artillery/missile attack; "
     "Houthis and Saleh -> Houthis (Saleh's forces named second, in the note); given only in the minister's letter, a party's "
     "accusation -> claimed (as the spent Ukrainian-spokesman shelling rows; alternative reported). Not coded: the minister's "
     "invitation to the UN (diplomatic), the Houthi siege of Taiz blocking food and medicine (ongoing, generic, no date), the "
     "blockade of Aden (background, generic)"),
    (AAW771, "لتحرير عدن", "المقاومة الشعبية بالتنسيق مع قيادة قوات تحالف الأمل، لتحرير عدن من الميليشيات الحوثية",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-24", "3", "", "",
     "Asharq Al-Awsat; Rajeh Badi (Yemeni government spokesman)", "reported",
     "background: the government's announcements come 'after the victories achieved by the popular resistance, in "
     "coordination with the coalition command, to liberate Aden' from the Houthis and Saleh's followers; Badi: the resistance "
     "and the national army loyal to legitimacy liberated the city of Aden fully (the same event -> one row; pro-Hadi popular "
     "resistance named first -> Yemeni Resistance, the army in the note; Houthis and Saleh -> Houthis; the first ministers "
     "arrived on the first day of Eid al-Fitr 'after the liberation of Aden', no day for the capture -> DCT, precision 3, as "
     "the spent aawsat-72 'بعد تحريرها' row). Not coded: the return of ministers and of government work (administrative), the "
     "Saudi relief planes at Aden airport (humanitarian, as the spent aleqtisadiya-687 decision), the reopened ports under "
     "security protection, the Houthis' 'indiscriminate shelling' of the cities (generic, undated), the 900 wounded to Jordan"),
    (WAT768, "بهزيمة قواته في عدن", "للاعتراف علنا بهزيمة قواته في عدن على أيدي مقاتلي المقاومة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-03", "3", "", "",
     "Najib Ghallab (Yemeni political researcher, to Al Watan)", "reported",
     "background: the rebel leader publicly admitted 'the defeat of his forces in Aden at the hands of the resistance "
     "fighters' (the resistance's capture of Aden; the admission is the Houthi side's own -> reported, as the spent "
     "alwatan-823 Aden row; no day -> DCT, precision 3; pro-Hadi popular resistance -> Yemeni Resistance). Not coded: "
     "Bahah's visit to Aden (visit), the resistance's defusing of 'many' mines left by the Houthis (generic, undated), the "
     "expected bombings, the resistance's daily gains on all fronts, the coalition's air strikes and blockade (generic "
     "commentary), the Houthi claim of forces inside Aden (denied, no event)"),
    (AAW178, "تفجير انتحاري", "قتلى وجرحى في تفجير انتحاري في كابل",
     ERV, SUI, UAG, CAF, "Shahid, Kabul", "AF", "2015-08-07", "1", "8", "at_least",
     "Kabul police chief Abdul Rahman Rahimi (via AFP); Asharq Al-Awsat (AFP)", "reported",
     "the title's news: a truck-bomb attack in a residential district of Kabul killed at least eight and wounded more than "
     "a hundred 'this morning (Friday)' (the DCT, 7 August); the explosion damaged homes, destroyed a fruit market and left a "
     "crater in 'حي شهيد' east of the capital (-> 'Shahid, Kabul'; adjudicated: B's spelling, the name the text gives; "
     "my first version wrote the real-world name 'Shah Shahid', which the text does not); police chief: 8 killed, 128 wounded, the toll may "
     "change ('ثمانية قتلى على الأقل' -> 8 at_least); the title and Ghani say suicide -> Suicide bomb; no claim, 'may bear "
     "the hallmarks of the Taliban' -> Unidentified armed group (alternative Taliban); many children and women, marble-"
     "factory workers -> Civilians (Afghanistan) (the investigators think a nearby military building was the likely target: "
     "alternative Military Forces of Afghanistan). Not coded: Ghani's condemnation, the blood-donation appeals"),
    (AAW178, "في قندهار", "في سلسلة هجمات في قندهار مهد حركة التمرد",
     VAC, ATT, TAL, CAF, "Kandahar", "AF", "2015-08-06", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the Taliban 'killed nine people yesterday' (DCT Friday 7 August -> 6 August) in a series of attacks in "
     "Kandahar, the insurgency's cradle, and in Logar province south of Kabul (two named places -> two rows; the nine are "
     "not split between them -> fatalities empty on both, the 9 in the note; the attacks' kind and targets are not said; "
     "the nine are 'people' with no armed role stated, in a paragraph on insurgent attacks that kill civilians -> "
     "VAC/Attack vs Civilians (Afghanistan), as the spent aleqtisadiya-309/3alyoum-62 'no armed role stated' rows; "
     "adjudicated: retyped as B, my first version was Battles/Armed clash with actor2 empty; alternative Armed clash); "
     "the Logar attack is its own row"),
    (AAW178, "لوغار", "وفي ولاية لوغار جنوب كابل",
     VAC, ATT, TAL, CAF, "Logar", "AF", "2015-08-06", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the Logar part of the Taliban's series of attacks 'yesterday' (6 August) that killed nine in all with "
     "Kandahar (see the Kandahar row; the spent alriyadh-871 row codes the 6 August Pul-e Alam suicide attack on police in "
     "Logar, which this text does not describe; adjudicated: retyped VAC/Attack vs Civilians (Afghanistan) as B, "
     "like the Kandahar row; first Battles/Armed clash, actor2 empty)"),
    (AAW178, "قتل 1592 شخصا", "و30 يونيو (حزيران) قتل 1592 شخصا وأصيب 3329",
     VAC, ATT, TAL, CAF, "", "AF", "2015-01-01", "3", "1592", "exact",
     "UN Assistance Mission in Afghanistan (UNAMA half-year report)", "reported",
     "aggregate: between 1 January and 30 June 1,592 people were killed and 3,329 wounded in the violence (UNAMA's "
     "half-year report, published this week); the figures exclude army and police casualties -> civilians -> Civilians "
     "(Afghanistan); the insurgents are responsible for most of the violence that targeted them -> actor1 Taliban "
     "(alternative Unidentified armed group; the violence includes battles between the insurgents and the security forces, "
     "attacks and assassinations -> VAC/Attack for the civilian toll, borderline); dated at the period's start, 1 January, "
     "precision 3 (within 12 months of the DCT); no place; adjudicated: kept against B, who left it uncoded as a "
     "whole-conflict statistic: it is a half-year 2015 toll, coded as the spent aawsat-100 'more than 800 killed since "
     "29 May' aggregate, VAC/Attack). Not coded: the appointment of Mullah Akhtar Mansour as Taliban "
     "leader 'last week' and the rift over it (internal leadership change, as the spent alriyadh-871 decision on Omar's "
     "death), Omar's death in April 2013 (old), the July talks in Pakistan and the postponed second round (diplomatic)"),
    (JAZ399, "حادث التفجير الإرهابي", "حادث التفجير الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Al Jazirah (Nasser bin Ali al-Azizi, dean of the Yemeni community in the Kingdom)", "reported",
     "background (the news is the Yemeni community's condemnation): the terrorist bombing in the mosque of the Special "
     "Emergency Forces in the Asir region, which left 'a number of' martyrs and wounded ('عدد من' -> fatalities empty; "
     "only 'التفجير' -> the generic explosive sub-type, as the spent adjudicated Asir rows; no perpetrator named -> "
     "Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; the text gives no date -> DCT, "
     "precision 3, as the spent aleqtisadiya-228 row; adjudicated: precision 3 kept against B's 2: a condemnation "
     "three days after the attack, not a breaking report). Not coded: the condemnation and support (statements), Decisive "
     "Storm, Restoring Hope and Golden Arrow named only as operations the Kingdom ran (generic mentions, no action)"),
    (WAT808, "غارات شنتها الطائرات التركية", "وأصيب ثمانية آخرون أمس في غارات شنتها الطائرات التركية ضد مواقع",
     ERV, AIR, MFTR, PKK, "Zarkala, Rawanduz", "IQ", "2015-08-01", "1", "6", "at_least",
     "local sources; local official Nehru Abdullah", "reported",
     "the title's news: at least six killed and eight wounded 'yesterday' (DCT Sunday 2 August -> 1 August; 'at four in the "
     "morning yesterday') in Turkish air strikes on PKK positions in northern Iraq; the warplanes hit the village of "
     "Zarkala in the Rawanduz area east of Erbil, Iraqi Kurdistan (-> 'Zarkala, Rawanduz'; the spent alriyadh-700 row of "
     "the same strike writes 'Zarkali, Erbil'); the official: six killed, two women among them, several buildings destroyed, "
     "not said whether the other victims were PKK ('ستة أشخاص على الأقل' -> 6 at_least); the stated target, PKK positions "
     "-> actor2 PKK (alternative Civilians (Iraq), as the spent row whose text said 'eight civilians')"),
    (WAT808, "أسفرت خلال أسبوع", "أن الغارات التركية أسفرت خلال أسبوع عن مقتل حوالى 260 عنصرا",
     ERV, AIR, MFTR, PKK, "", "IQ", "2015-07-26", "3", "260", "about",
     "Anadolu Agency", "claimed",
     "aggregate: Anadolu said the Turkish air strikes killed about 260 PKK members and wounded about 400 in a week, with "
     "victims in Turkey as in Iraq; the agency cited no source -> claimed, as the spent alriyadh-700 Anadolu row ('حوالى "
     "260' -> 260 about; a week -> DCT 2 August - 7 = 26 July, precision 3; the strikes on rebel positions in northern Iraq "
     "-> IQ, location empty); folded: the Turkish bombing 'entering its second week' and the PKK's counter-claim of only five "
     "killed before yesterday's strikes. Not coded: the Turkish bombing of ISIS in Syria (named only as the campaign's other "
     "front, no place, day or toll), the 'series of bloody attacks' in Turkey (generic), Qandil as the PKK's refuge"),
]


def dcts():
    out = {}
    for line in open(os.path.join(HERE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
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
    head = HEADER.replace("# ADJUDICATION_LINE\n", "# " + ADJ + "\n" if ADJ else "")
    lines = [head.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(HERE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_gold.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
