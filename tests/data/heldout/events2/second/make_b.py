"""Second annotator's rows (typed by hand, blind to events_gold.tsv rows) -> events_b.tsv.
Each row gives a hand-copied context snippet containing the trigger; the script only converts it into the
trigger's occurrence number (n-th exact substring hit in texts/<id>.txt) and fills dct from ids.txt."""
import datetime, email.utils, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier", "source",
        "reported_as", "note"]

# (article_id, trigger, snippet, event_type, sub, actor1, actor2, location, cc, date, prec, fat, qual, source, rep, note)
ROWS = [
 ("SK-middleEast-3790-20181009", "القبض", "بإلقائها القبض، الاثنين", "Strategic developments", "Arrests",
  "Libyan National Army", "Hisham Ashmawi (Al-Murabitoun)", "Derna", "LY", "2018-10-08", "1", "", "",
  "Ahmed al-Mismari (LNA spokesman)", "reported",
  "background attacks (Farafra 2014, interior minister 2013, Oasis road Oct 2017 dated 2017-10-01) not coded"),
 ("BB-middleEast-644-20180621", "توقيف", "وتم توقيف عشرات الآلاف", "Strategic developments", "Arrests",
  "Government of Turkey", "Civilians (TR)", "Turkey", "TR", "2018-06-21", "3", "", "",
  "BBC", "reported", "aggregate: tens of thousands detained under emergency rule since July 2016 (coup attempt itself background)"),
 ("BB-middleEast-644-20180621", "احتجاجات", "شاركت في احتجاجات صغيرة", "Protests", "Peaceful protest",
  "Protesters (Turkey) - teachers' union", "", "Turkey", "TR", "2018-06-21", "3", "", "",
  "Aynur Barkin (dismissed teacher)", "claimed", "small protests by dismissed teachers demanding reinstatement; undated"),
 ("SK-middleEast-2556-20180623", "يحاصر", "الجيش الليبي يحاصر آخر", "Battles", "Armed clash",
  "Libyan National Army", "Al Qaeda", "Al-Maghar, Derna", "LY", "2018-06-23", "2", "", "",
  "Libyan military sources", "reported", "ongoing; siege of al-Maghar/al-Hashisha, militants' surrender folded in"),
 ("SK-middleEast-2616-20180626", "معركة القضاء", "وبعد معركة القضاء على آخر جيوب", "Battles", "Armed clash",
  "Libyan National Army", "Al Qaeda", "Derna", "LY", "2018-06-26", "2", "", "",
  "Sky News Arabia", "reported", "ongoing Derna battle in its last hours; future southern/western battles are analyst speculation, not coded"),
 ("SK-middleEast-1724-20180515", "السيطرة", "السيطرة على مواقع استراتيجية جديدة", "Battles", "Government regains territory",
  "Libyan National Army", "Derna Mujahideen Shura Council", "Derna", "LY", "2018-05-15", "2", "", "",
  "Salem al-Rifadi (Omar al-Mukhtar operations room)", "claimed",
  "Dhahr al-Hamar and al-Hila taken; air sorties and Martuba-axis fighting folded; 'a number' killed"),
 ("SK-middleEast-2139-20180604", "استعادة", "من استعادة منطقة الساحل الشرقي", "Battles", "Government regains territory",
  "Libyan National Army", "Al Qaeda", "Eastern coast, Derna", "LY", "2018-06-04", "1", "", "",
  "Sky News Arabia", "reported", "Sunday entry into largest district folded"),
 ("SK-middleEast-2139-20180604", "انتفض", "وانتفض أهالي منطقة", "Riots", "Mob violence",
  "Rioters (Libya)", "Derna Mujahideen Shura Council", "Bab Tobruk, Derna", "LY", "2018-06-04", "2", "", "",
  "Sky News Arabia", "reported", "residents rose up and expelled DMSC militants"),
 ("SK-middleEast-3815-20181010", "ألقت القبض", "قد ألقت القبض على عشماوي", "Strategic developments", "Arrests",
  "Libyan National Army", "Hisham Ashmawi (Al-Murabitoun)", "Derna", "LY", "2018-10-08", "1", "", "",
  "Sky News Arabia", "reported", "press conference statements are commentary"),
 ("SK-middleEast-953-20180411", "أكد", "وأكد المسماري، الأربعاء", "Statement", "",
  "Libyan National Army", "", "Derna", "LY", "2018-04-11", "1", "", "",
  "Ahmed al-Mismari (LNA spokesman)", "reported", "siege of Derna continues; army will enter the city soon"),
 ("SK-middleEast-953-20180411", "وصول تعزيزات", "بعد وصول تعزيزات عسكرية", "Strategic developments", "Other",
  "Libyan National Army", "", "Derna", "LY", "2018-04-11", "2", "", "",
  "Sky News Arabia", "reported", "large reinforcements reach the outskirts of Derna"),
 ("SK-middleEast-2433-20180617", "عثر", "عثر الجيش على", "Strategic developments", "Disrupted weapons use",
  "Libyan National Army", "Derna Mujahideen Shura Council", "Derna", "LY", "2018-06-17", "2", "", "",
  "Sky News Arabia", "reported", "booby-trap factory, secret prison, media centre in former IS HQ on Derna coast"),
 ("SK-middleEast-2433-20180617", "تضييق الخناق", "قد تمكن ميدانيا من تضييق الخناق", "Battles", "Armed clash",
  "Libyan National Army", "Derna Mujahideen Shura Council", "Al-Bilad, Derna", "LY", "2018-06-17", "2", "", "",
  "Sky News Arabia", "reported", "street fighting in central Derna; capture of most districts within a week folded"),
 ("SK-middleEast-2062-20180531", "هجوما", "صد الجيش الوطني الليبي، الخميس، هجوما", "Battles", "Armed clash",
  "Benghazi Defence Brigades", "Libyan National Army", "Tamanhint", "LY", "2018-05-31", "1", "", "",
  "Ali Abdel Jalil (116th Battalion)", "reported", "with Chadian opposition groups; LNA aircraft, 2 vehicles destroyed; 2 soldiers missing"),
 ("SK-middleEast-2062-20180531", "اقتراب", "مع اقتراب الجيش الليبي من بسط سيطرته", "Battles", "Armed clash",
  "Libyan National Army", "Unidentified Islamist militants", "Derna", "LY", "2018-05-31", "2", "", "",
  "Sky News Arabia", "reported", "ongoing Derna offensive, passing mention"),
 ("SK-middleEast-2062-20180531", "اتفاقهم", "واتفاقهم على اجراء انتخابات", "Strategic developments", "Agreement",
  "Libyan National Army", "Government of National Accord", "Paris", "FR", "2018-05-29", "1", "", "",
  "Sky News Arabia", "reported", "Paris meeting two days before: agreement to hold elections"),
 ("SK-middleEast-7-20180223", "تحرير", "من تحرير الوادي بالكامل", "Battles", "Government regains territory",
  "Hadrami Elite Forces", "AQAP", "Wadi al-Masini, Hadramawt", "YE", "2018-02-23", "2", "", "",
  "WAM (Emirates News Agency)", "reported", "operation al-Faisal with coalition air cover (folded); 'dozens' killed"),
 ("SK-middleEast-7-20180223", "العثور", "تم العثور على كمية من الأسلحة", "Strategic developments", "Disrupted weapons use",
  "Hadrami Elite Forces", "AQAP", "Wadi al-Masini, Hadramawt", "YE", "2018-02-23", "2", "", "",
  "WAM (Emirates News Agency)", "reported", "weapons, IEDs, rockets, mortar shells found while sweeping"),
 ("CN-internationalNews-155-20180320", "انفجاراً", "بأن انفجاراً وقع", "Explosions/Remote violence", "Remote explosive/landmine/IED",
  "Unidentified armed group", "Civilians (US)", "Schertz, Texas", "US", "2018-03-20", "2", "", "",
  "FBI San Antonio", "reported", "FedEx centre; 1 injured"),
 ("CN-internationalNews-155-20180320", "انفجار", "بعد انفجار وقع الأحد", "Explosions/Remote violence", "Remote explosive/landmine/IED",
  "Unidentified armed group", "Civilians (US)", "Austin, Texas", "US", "2018-03-18", "1", "", "",
  "Austin police", "reported", "Sunday explosion"),
 ("CN-internationalNews-155-20180320", "الثلاثة", "عن الثلاثة الباقين", "Explosions/Remote violence", "Remote explosive/landmine/IED",
  "Unidentified armed group", "Civilians (US)", "Austin, Texas", "US", "2018-03-20", "3", "2", "exact",
  "CNN", "reported", "aggregate: three earlier Austin explosions, 2 killed 2 wounded"),
 ("BB-middleEast-967-20180905", "اتفاق لوقف إطلاق النار", "توصلت إلى اتفاق لوقف إطلاق النار", "Strategic developments", "Agreement",
  "Militias (Tripoli)", "Government of National Accord", "Tripoli", "LY", "2018-09-05", "1", "", "",
  "UNSMIL", "reported", "UN-brokered ceasefire signed 'today'"),
 ("BB-middleEast-967-20180905", "هاجمت", "عندما هاجمت ميليشيات", "Battles", "Armed clash",
  "Militia (city south of Tripoli)", "Militias (Tripoli, pro-GNA)", "Tripoli", "LY", "2018-09-05", "2", "47", "at_least",
  "Officials", "reported", "eight days of fighting since last week; 47 killed, 1800 families displaced; airport closed since 31 Aug"),
 ("BB-middleEast-967-20180905", "وقف إطلاق النار الذي أعلنه", "لم يستمر اتفاق وقف إطلاق النار الذي أعلنه", "Strategic developments", "Agreement",
  "Municipal officials (Western Libya)", "", "Tripoli", "LY", "2018-08-29", "2", "", "",
  "BBC", "reported", "last week's ceasefire, lasted only hours"),
 ("SK-internationalNews-190-20180228", "عملية عسكرية", "تشن تركيا عملية عسكرية", "Battles", "Armed clash",
  "Military Forces of Turkey", "YPG", "Northern Syria", "SY", "2018-02-28", "2", "", "",
  "Sky News Arabia", "reported", "ongoing operation for over a month against Kurdish factions"),
 ("SK-internationalNews-190-20180228", "واعتقلت", "واعتقلت 845 شخصا", "Strategic developments", "Arrests",
  "Government of Turkey", "Civilians (TR)", "Turkey", "TR", "2018-02-28", "3", "", "",
  "Turkish authorities", "reported", "aggregate: 845 detained for protesting or 'propaganda' against the offensive"),
 ("SK-middleEast-3361-20180812", "هجوم", "قتل، السبت، في هجوم", "Battles", "Armed clash",
  "Unidentified armed group", "Gendarmerie (Jordan)", "Fuheis", "JO", "2018-08-11", "1", "1", "exact",
  "Sky News Arabia", "reported", "attack on gendarmerie bus; attack method not stated"),
 ("SK-middleEast-3361-20180812", "عملية أمنية", "أطلقت قوات الأمن عملية أمنية", "Battles", "Armed clash",
  "Police Forces of Jordan", "Unidentified armed group", "Salt", "JO", "2018-08-12", "2", "4", "at_least",
  "Sky News Arabia", "reported", "4 security killed + 'a number' of militants killed/arrested"),
 ("SK-middleEast-3361-20180812", "سنقاتل", "سنقاتل الخوارج", "Statement", "",
  "Government of Jordan", "", "Amman", "JO", "2018-08-12", "1", "", "",
  "King Abdullah II", "reported", "King vows to fight the 'Khawarij'"),
]


def dcts():
    out = {}
    for line in open(os.path.join(ROOT, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, t = line.split("\t")
        out[aid] = email.utils.parsedate_to_datetime(t).astimezone(datetime.timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    s = text.find(snippet)
    assert s >= 0 and text.find(snippet, s + 1) < 0, snippet
    t = s + snippet.index(trigger)
    return 1 + sum(1 for m in re.finditer("(?=%s)" % re.escape(trigger), text) if m.start() < t)


def main():
    d = dcts()
    lines = ["\t".join(COLS)]
    for r in ROWS:
        aid, trig, snip = r[:3]
        text = open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()
        lines.append("\t".join([aid, d[aid], trig, str(occurrence(text, trig, snip))] + list(r[3:])))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
