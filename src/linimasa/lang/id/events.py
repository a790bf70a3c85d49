"""Indonesian event triggers, typed into a small coarse ontology mapped onto ACE 2005 and CAMEO.

The ontology (our type -> the published class it corresponds to, and what it covers). ACE 2005 event
subtypes are from the LDC's English Events Guidelines v5.4.3; CAMEO codes from the CAMEO codebook 1.1b3.

  type        ACE 2005 / CAMEO class                       definition (Indonesian examples)
  ----------  -------------------------------------------  ----------------------------------------------------
  MEET        Contact:Meet / CAMEO 04 Consult              people or bodies meet, talk, negotiate, hold a summit
                                                           or a hearing (bertemu, perundingan, KTT, RDP)
  CALL        Contact:Phone-Write / CAMEO 040              a phone or video call (menelepon, konferensi video)
  VISIT       Movement:Transport (of a person) / CAMEO 042-043  a visit or arrival somewhere (berkunjung, tiba di)
  AGREE       Business:Merge-Org; CAMEO 057 Sign agreement an agreement, deal, signing, acquisition, merger,
                                                           a hire (sepakat, menandatangani, mengakuisisi)
  REJECT      CAMEO 12 Reject                              a refusal (menolak, penolakan)
  SANCTION    CAMEO 163 Impose embargo/sanctions           a sanction, ban, freeze, seal or licence revoked by
                                                           an authority (sanksi, membekukan, mencabut izin)
  ATTACK      Conflict:Attack / CAMEO 18-19                violence by armed actors, bombings, missile launches,
                                                           cyber attacks, annexation (menyerang, bom bunuh diri)
  ACCIDENT    (none in ACE) / CAMEO none: disasters        accidents and natural or industrial disasters: a ship
                                                           sinking, a crash, a fire, a flood, an earthquake, an
                                                           outage (tenggelam, menabrak, banjir, gempa, meletus)
  CRIME       Conflict:Attack (criminal) / CAMEO none      a crime told as it happened: theft, robbery, murder,
                                                           fraud, embezzlement, smuggling, hostage taking, leaks
  MISSING     (none) / CAMEO none                          people or craft lost: missing, lost contact, swept away
  DISCOVERY   (none) / CAMEO none                          something or someone lost being FOUND: a wreck, a body,
                                                           a black box, a survivor, contraband (ditemukan)
  RESCUE      (none) / CAMEO 073 Provide humanitarian aid  search, rescue and evacuation (pencarian, dievakuasi)
  END         (none) / CAMEO 0874 Halt (own operation)     an operation ending: a search closed, an evacuation
                                                           stopped (menutup operasi pencarian, pencarian dihentikan)
  DEATH       Life:Die / CAMEO none                        people die (tewas, meninggal dunia, menewaskan)
  ARREST      Justice:Arrest-Jail / CAMEO 173 Arrest       arrest, detention, raid, seizure, surrender to police
  CHARGE      Justice:Charge-Indict, Justice:Sue           named a suspect, indicted, prosecuted, demanded a
                                                           sentence, sued (sebagai tersangka, didakwa, dituntut)
  TRIAL       Justice:Trial-Hearing                        a court hearing or a questioning (sidang lanjutan,
                                                           persidangan, diadili, diperiksa sebagai saksi)
  VERDICT     Justice:Convict, Sentence, Acquit, Appeal,   a court decides: verdict, sentence, acquittal, appeal
              Release-Parole, Execute                      lodged or ruled, parole (divonis, menolak kasasi)
  CEREMONY    (none) / CAMEO none                          memorials, funerals, prayers, celebrations, graduations
  ELECTION    Personnel:Elect, Start-Position, End-Position elections and personnel moves: voting, counting,
                                                           inauguration, resignation, dismissal (dilantik, dipecat)
  SPORT       (none) / CAMEO none                          matches, results, titles, records (mengalahkan, juara)
  ANNOUNCE    CAMEO 010-019 Make public statement (of a    an announcement, a launch, an opening or closing of a
              decision)                                    facility, a status set, a decision (mengumumkan)
  REPORT      CAMEO 010 (findings) / ACE none              findings made public: an investigation report, an
                                                           audit, a survey, an autopsy, statistics released
                                                           (laporan akhir, hasil audit menemukan, menyimpulkan)
  PROTEST     CAMEO 14 Protest                             demonstrations and strikes (unjuk rasa, mogok)
  ECONOMY     (none) / CAMEO none: markets                 prices, rates, indices, output and trade moving
                                                           (harga minyak turun, rupiah melemah, inflasi, tumbuh)
  POLICY      CAMEO 0256 / 03 (policy change)              a rule, budget, tariff or rate set by an authority
                                                           taking effect (memberlakukan, menaikkan harga, disahkan)
  STATEMENT   CAMEO 01 Make public statement / 11 Disapprove  words only: statements, comments, warnings, demands,
                                                           denials, condemnations (menegaskan, mengecam, kata)

A sentence's type is its main predicate's: the engine takes the first verbal trigger of the main clause
(before the first subordinate clause, not one that modifies a noun: "korban kecelakaan", "yang hilang");
only a sentence without one falls back to its nominal triggers, ranked by PRIORITY.
"""

from __future__ import annotations

# Nouns whose trigger in an economic-movement phrase makes the phrase a market move, not an accident
# ("Harga minyak jatuh", "rupiah melemah"), and the movement verbs (up to 60 characters apart, one clause).
_MARKET_NOUNS = (r"(?:harga|kurs|nilai\s+tukar|rupiah|dollar|euro|yen|yuan|ringgit|saham|saham-saham|indeks|IHSG|"
                 r"bursa|pasar\s+saham|inflasi|ekspor|impor|penjualan|laba|pendapatan|produksi|ekonomi|"
                 r"pertumbuhan|neraca|cadangan\s+devisa|suku\s+bunga|investasi|konsumsi|omzet)")
_MOVES = (r"(?:naik|turun|jatuh|anjlok|merosot|melorot|melemah|menguat|melonjak|meroket|ambruk|rontok|tumbuh|"
          r"terkoreksi|tertekan|stagnan|defisit|surplus|terjun\s+bebas|menyentuh|mencapai|bertambah|berkurang)")
_MARKET_MOVE = _MARKET_NOUNS + r"(?![\w-])[^.,;:\"“”]{0,60}?(?<![\w-])(?P<core>" + _MOVES + ")"

# Report nouns opening a clause whose verb reports their content ("Hasil audit BPK menemukan ...").
_REPORT_NOUN = (r"(?:hasil\s+(?:audit|investigasi|penyelidikan|autopsi|otopsi|uji(?:\s+laboratorium)?|kajian|"
                r"survei|pemeriksaan|penelitian|visum|rekapitulasi)|laporan|survei|penyelidikan|investigasi|kajian|"
                r"audit|studi|riset|penelitian)")
_REPORT_VERB = r"(?:menunjukkan|menemukan|menyebutkan|menyebut|mengungkap|mengungkapkan|memastikan|menyimpulkan|mencatat)"
_OPERATION = r"(?:operasi|pencarian|evakuasi|misi|upaya\s+pencarian|operasi\s+SAR)"

# type -> regular-expression alternatives matched on whole words, case-insensitively. A longer match wins over
# a shorter one starting at the same place ("menolak kasasi" is a VERDICT, not a REJECT).
TRIGGERS: dict[str, list[str]] = {
    "MEET": [r"bertemu", r"pertemuan", r"menemui", r"perundingan", r"berunding", r"pembicaraan",
             r"berbicara\s+(?:dengan|singkat|langsung)", r"mengobrol", r"KTT", r"konferensi\s+tingkat\s+tinggi",
             r"negosiasi", r"bernegosiasi", r"berdialog", r"dialog", r"rapat", r"sidang", r"berjabat\s+tangan",
             r"rapat\s+dengar\s+pendapat", r"RDP", r"rapat\s+kerja", r"rapat\s+kabinet(?:\s+terbatas)?",
             r"memanggil\s+(?:duta\s+besar|dubes)"],
    "CALL": [r"menelepon", r"ditelepon", r"panggilan\s+telepon", r"pembicaraan\s+telepon", r"berbicara\s+melalui\s+telepon",
             r"konferensi\s+video"],
    "VISIT": [r"berkunjung", r"kunjungan(?:\s+kenegaraan|\s+kerja)?", r"mengunjungi", r"lawatan", r"melawat", r"tiba\s+di",
              r"meninjau"],
    "AGREE": [r"sepakat", r"bersepakat", r"menyepakati", r"disepakati", r"kesepakatan", r"perjanjian",
              r"menandatangani", r"ditandatangani", r"nota\s+kesepahaman", r"MoU", r"akuisisi", r"mengakuisisi",
              r"diakuisisi", r"merger", r"penggabungan\s+usaha", r"merekrut", r"direkrut", r"gencatan\s+senjata"],
    "SANCTION": [r"sanksi", r"menjatuhkan\s+sanksi", r"embargo", r"membekukan", r"dibekukan", r"mencabut\s+izin(?:\s+usaha)?",
                 r"dicabut\s+izin(?:nya)?", r"menyegel", r"disegel", r"penyegelan",
                 r"menarik\s+(?:[\w-]+\s+){0,5}dari\s+peredaran", r"ditarik\s+dari\s+peredaran"],
    "ATTACK": [r"menyerang", r"diserang", r"serangan(?:\s+siber|\s+udara|\s+roket)?", r"invasi", r"menginvasi",
               r"mencaplok", r"aneksasi", r"menganeksasi", r"pengeboman", r"mengebom", r"menembak", r"penembakan",
               r"menembakkan", r"bentrok", r"bentrokan", r"bom\s+bunuh\s+diri", r"(?:ledakan\s+)?bom\s+bunuh\s+diri",
               r"meledakkan", r"serangan\s+bom"],
    "ACCIDENT": [r"kecelakaan", r"tenggelam", r"karam", r"terbalik", r"terguling", r"tabrakan", r"bertabrakan",
                 r"menabrak", r"ditabrak", r"tertabrak", r"tertemper", r"tergelincir", r"kandas", r"jatuh",
                 r"terbakar", r"kebakaran(?:\s+hutan(?:\s+dan\s+lahan)?)?", r"meledak", r"ledakan", r"banjir(?:\s+bandang|\s+rob)?",
                 r"(?:tanah\s+)?longsor", r"gempa(?:\s+bumi|\s+susulan)?", r"meletus", r"erupsi", r"puting\s+beliung",
                 r"tsunami", r"keracunan", r"terjebak", r"roboh", r"runtuh", r"ambruk", r"putus", r"tumpahan\s+minyak",
                 r"cedera", r"mengalami\s+cedera", r"gangguan", r"mengalami\s+gangguan", r"mati\s+mendadak",
                 r"mati\s+listrik", r"padam"],
    "CRIME": [r"membobol", r"dibobol", r"pembobolan", r"mencuri", r"dicuri", r"pencurian", r"merampok", r"dirampok",
              r"perampokan", r"membunuh", r"dibunuh", r"pembunuhan", r"menganiaya", r"dianiaya", r"penganiayaan",
              r"menipu", r"ditipu", r"penipuan", r"menjambret", r"penjambretan", r"begal", r"pembegalan",
              r"mengedarkan\s+narkoba", r"peredaran\s+narkoba", r"menyelundupkan", r"penyelundupan",
              r"menggelapkan", r"digelapkan", r"penggelapan", r"menyandera", r"disandera", r"penyanderaan",
              r"membakar", r"dibakar", r"pembakaran", r"beraksi", r"bocor", r"meretas", r"diretas", r"peretasan",
              r"merampas", r"dirampas", r"menusuk", r"ditusuk", r"penusukan", r"mencabuli", r"pencabulan",
              r"memperkosa", r"diperkosa", r"pemerkosaan"],
    "MISSING": [r"hilang\s+kontak", r"menghilang", r"dinyatakan\s+hilang", r"dilaporkan\s+hilang", r"hilang",
                r"hanyut", r"terseret\s+arus", r"tersesat"],
    "DISCOVERY": [r"ditemukan", r"menemukan", r"penemuan", r"teridentifikasi", r"diidentifikasi", r"mengidentifikasi"],
    "RESCUE": [r"pencarian", r"mencari", r"evakuasi", r"dievakuasi", r"mengevakuasi", r"diselamatkan",
               r"menyelamatkan", r"penyelamatan", r"SAR", r"dibebaskan", r"membebaskan"],
    "END": [r"(?:menutup|menghentikan|mengakhiri)\s+(?:resmi\s+)?(?:\w+\s+){0,2}" + _OPERATION + r"(?!\w)",
            _OPERATION + r"(?![\w-])[^.,;:\"“”]{0,60}?(?<![\w-])(?:resmi\s+)?(?P<core>dihentikan|ditutup|diakhiri|berakhir)"],
    "DEATH": [r"tewas", r"meninggal(?:\s+dunia)?", r"wafat", r"korban\s+jiwa", r"menewaskan"],
    "ARREST": [r"ditangkap", r"menangkap", r"penangkapan", r"ditahan(?!\s+imbang)", r"menahan(?!\s+imbang)",
               r"membekuk", r"dibekuk", r"menggerebek", r"digerebek", r"penggerebekan", r"menyita", r"disita",
               r"penyitaan", r"mengamankan", r"diamankan", r"menyerahkan\s+diri", r"memburu", r"diburu",
               r"menggagalkan", r"menciduk", r"diciduk", r"operasi\s+tangkap\s+tangan",
               r"(?:mengungkap|membongkar|dibongkar)\s+(?:kasus|jaringan|sindikat|praktik|komplotan)"],
    "CHARGE": [r"(?:menetapkan|ditetapkan)\s+(?:[\w.,-]+\s+){0,14}?sebagai\s+tersangka", r"sebagai\s+tersangka",
               r"menjadi\s+tersangka", r"didakwa", r"mendakwa", r"dakwaan", r"menuntut", r"dituntut", r"digugat",
               r"menggugat", r"gugatan", r"dilimpahkan"],
    "TRIAL": [r"sidang\s+(?:perdana|lanjutan|dakwaan|tuntutan|putusan|vonis|pembacaan|kasus|perkara|praperadilan|"
              r"pledoi|eksepsi|pemeriksaan)", r"persidangan", r"disidangkan", r"diadili", r"mengadili",
              r"memeriksa\s+(?:[\w-]+\s+){0,4}sebagai\s+(?:saksi|tersangka)", r"diperiksa\s+sebagai\s+(?:saksi|tersangka)"],
    "VERDICT": [r"vonis", r"divonis(?:\s+bebas)?", r"memvonis", r"(?:menjatuhkan|dijatuhi)\s+(?:vonis|hukuman|pidana)",
                r"dihukum", r"putusan", r"membacakan\s+putusan",
                r"(?:menolak|mengabulkan|ditolak|dikabulkan)\s+(?:\w+\s+){0,3}?(?:kasasi|banding|gugatan|permohonan|"
                r"peninjauan\s+kembali|praperadilan|uji\s+materi)", r"mengabulkan", r"(?:mengajukan\s+)?banding",
                r"kasasi", r"(?:memperberat|memperingan)\s+hukuman", r"dieksekusi", r"bebas\s+bersyarat"],
    "CEREMONY": [r"doa\s+bersama", r"tabur\s+bunga", r"menabur\s+bunga", r"upacara", r"pemakaman", r"dimakamkan",
                 r"memakamkan", r"syukuran", r"tasyakuran", r"peringatan\s+(?:hari|tragedi|peristiwa)", r"mengheningkan\s+cipta",
                 r"takziah", r"melayat", r"merayakan", r"dirayakan", r"perayaan", r"wisuda", r"mewisuda", r"misa",
                 r"salat\s+(?:Id|Idul\s+\w+|berjamaah)"],
    "ELECTION": [r"pemilu", r"pemilihan\s+umum", r"pilkada", r"pilpres", r"dilantik", r"melantik", r"pelantikan",
                 r"terpilih", r"menang\s+pemilu", r"pengundian(?:\s+nomor\s+urut)?", r"pemungutan\s+suara(?:\s+ulang)?",
                 r"pencoblosan", r"debat\s+(?:calon|kandidat|capres|cawapres|pilkada)(?:\s+\w+)?", r"kampanye\s+terbuka",
                 r"rekapitulasi\s+(?:hasil\s+)?suara", r"mengundurkan\s+diri", r"pengunduran\s+diri", r"memberhentikan",
                 r"diberhentikan", r"dipecat", r"memecat", r"mencopot", r"dicopot", r"ditunjuk\s+sebagai"],
    "SPORT": [r"pertandingan", r"laga", r"mengalahkan", r"dikalahkan", r"menekuk", r"ditekuk", r"menaklukkan",
              r"ditaklukkan", r"menggilas", r"digilas", r"mempermalukan", r"bermain\s+imbang",
              r"ditahan\s+imbang", r"menahan\s+imbang", r"menjuarai", r"juara", r"meraih\s+gelar(?:\s+juara)?",
              r"meraih\s+medali(?:\s+\w+)?", r"merebut\s+gelar", r"menang\s+\d+\s*-\s*\d+", r"menang", r"kalah", r"finis",
              r"tersingkir", r"menyingkirkan", r"disingkirkan", r"memecahkan\s+rekor", r"lolos\s+ke\s+(?:final|semifinal|babak)"],
    "STATEMENT": [r"konferensi\s+pers", r"jumpa\s+pers", r"keterangan\s+pers", r"pernyataan", r"menyatakan",
                  r"menegaskan", r"mengatakan", r"menyebut", r"mengungkapkan", r"menjelaskan", r"memperingatkan",
                  r"mendesak", r"menyerukan", r"mengkritik", r"memuji", r"membantah", r"mengklaim", r"mengecam",
                  r"memprotes", r"meminta\s+maaf", r"menyampaikan", r"(?<=,\s)(?:kata|ujar|tutur|ucap)"],
    "REJECT": [r"menolak", r"ditolak", r"penolakan"],
    "ANNOUNCE": [r"mengumumkan", r"diumumkan", r"pengumuman", r"meluncurkan", r"diluncurkan", r"memutuskan",
                 r"diputuskan", r"menetapkan", r"ditetapkan", r"meresmikan", r"diresmikan", r"menutup", r"ditutup",
                 r"menghentikan", r"dihentikan", r"memperpanjang", r"diperpanjang", r"merevisi", r"direvisi",
                 r"mengoreksi", r"dikoreksi", r"membuka", r"dibuka", r"dinaikkan", r"diturunkan",
                 r"(?:menaikkan|menurunkan)\s+status", r"mencabut\s+status", r"mencabut", r"menambah",
                 r"memutus\s+kontrak", r"mulai\s+diberikan", r"mulai\s+diberlakukan"],
    "REPORT": [r"melaporkan", r"merilis\s+(?:laporan|hasil|data|survei)", r"laporan(?:\s+(?:akhir|tahunan|resmi|hasil))?"
               r"(?:\s+(?:investigasi|penyelidikan|audit))?", r"laporan\s+\w+nya",
               _REPORT_NOUN + r"(?![\w-])[^.;:\"“”]{0,80}?(?<![\w-])(?P<core>" + _REPORT_VERB + ")", _REPORT_NOUN,
               r"menyimpulkan", r"disimpulkan", r"memaparkan\s+hasil", r"menyerahkan\s+laporan",
               r"menemukan\s+(?:adanya\s+)?(?:maladministrasi|kerugian|pelanggaran|indikasi|kejanggalan|penyimpangan|"
               r"kesalahan|temuan)"],
    "PROTEST": [r"unjuk\s+rasa", r"berunjuk\s+rasa", r"demonstrasi", r"berdemonstrasi", r"demo", r"protes",
                r"mogok(?:\s+kerja)?", r"memblokade", r"aksi\s+massa",
                r"(?:ratusan|ribuan|puluhan|sejumlah)\s+(?:[\w-]+\s+){0,3}?(?P<core>memprotes|berunjuk\s+rasa|berdemonstrasi|"
                r"menggelar\s+(?:aksi|demonstrasi|unjuk\s+rasa))"],
    "ECONOMY": [_MARKET_MOVE, r"anjlok", r"merosot", r"melorot", r"melemah", r"menguat", r"kenaikan",
                r"melonjak", r"meroket", r"rontok", r"terjun\s+bebas", r"terkoreksi", r"tumbuh",
                r"penurunan", r"defisit", r"surplus", r"inflasi", r"deflasi", r"dividen", r"pendanaan", r"memuncak",
                r"memutus\s+hubungan\s+kerja", r"PHK", r"menutup\s+(?:pabrik|operasinya|usahanya|gerai)"],
    "POLICY": [r"memberlakukan", r"diberlakukan", r"(?:menaikkan|menurunkan)(?:\s+(?:harga|tarif|suku\s+bunga|iuran|"
               r"pajak|cukai|upah))?", r"memangkas", r"dipangkas", r"subsidi", r"anggaran", r"regulasi", r"peraturan",
               r"mengesahkan", r"disahkan", r"menerbitkan\s+(?:surat\s+edaran|peraturan|aturan|kebijakan)",
               r"menghapus", r"dihapus"],
}

# Types ranked for a sentence with nominal triggers only (and for a timeline entry's type on a tie):
# types that say something happened above talk about it.
PRIORITY = ["MEET", "CALL", "VISIT", "AGREE", "SANCTION", "ATTACK", "ACCIDENT", "CRIME", "MISSING", "DISCOVERY", "END",
            "RESCUE", "DEATH", "ARREST", "CHARGE", "TRIAL", "VERDICT", "CEREMONY", "ELECTION", "SPORT", "REPORT",
            "ANNOUNCE", "PROTEST", "REJECT", "STATEMENT", "ECONOMY", "POLICY"]

# A trigger is verbal (it can be the clause's predicate) when one of its words has a verb prefix or is one of
# the bare verbs below; other triggers are nouns ("kecelakaan", "sidang", "banjir") that name a happening.
VERB_FORM = r"(?:me|mem|men|meng|meny|di|ber|be|ter|per)[a-z]{3,}"
NOT_VERBS = ["tersangka", "terdakwa", "terpidana", "tertinggi", "terendah", "pertandingan", "pertemuan", "perundingan",
             "perjanjian", "perayaan", "peringatan", "pernyataan", "persidangan", "penemuan", "demonstrasi", "dialog",
             "debat", "dengan", "bersama", "besar", "bencana", "berita"]
BARE_VERBS = ["tenggelam", "karam", "kandas", "jatuh", "tewas", "wafat", "meninggal", "hilang", "hanyut", "naik", "turun",
              "anjlok", "tumbuh", "rontok", "sepakat", "bertemu", "tiba", "menang", "kalah", "finis", "putus", "roboh",
              "runtuh", "ambruk", "padam", "bocor", "mogok", "kata", "ujar", "tutur", "ucap", "cedera", "mati", "bebas",
              "lolos", "juara", "longsor", "meletus", "merger", "sanksi", "vonis"]
# Verbs whose subject is the happening ("Ledakan bom menewaskan 14 orang", "KTT ASEAN dibuka di ..."): after a
# nominal trigger they leave the sentence to it.
DEFERRING_VERBS = ["menewaskan", "melukai", "merendam", "menimbun", "merusak", "melanda", "mengguncang", "memicu",
                   "menghancurkan", "menelan", "dibuka", "ditutup", "dimulai", "digelar", "berlangsung", "terjadi",
                   "berakhir", "dilanjutkan", "ditunda"]
# Support verbs that make the nominal trigger right after them the predicate ("menggelar demonstrasi").
SUPPORT_VERBS = ["menggelar", "melakukan", "mengadakan", "menyelenggarakan", "melancarkan", "menjalani", "mengikuti",
                 "menghadiri", "memimpin"]
# Words right before a trigger that make it a modifier of a noun phrase, not the clause's predicate (up to
# two words between): a relative clause ("yang hilang") for any trigger; a noun head ("korban kecelakaan",
# "kasus pembunuhan", "operasi pencarian", "korban kapal tenggelam") for a noun or an unprefixed verb.
RELATIVE_WORDS = ["yang"]
MODIFIER_HEADS = ["korban", "kasus", "pelaku", "tersangka", "terdakwa", "terpidana", "operasi", "lokasi", "penyebab",
                  "perkara", "sengketa", "tim", "posko", "saksi", "keluarga", "undang-undang", "penanganan", "masa",
                  "pasca", "pascabencana", "akibat", "dugaan", "rencana", "upaya", "ancaman", "risiko", "bantuan"]

# Types that may be merged into one timeline entry when they share a date and participants.
COMPATIBLE = [{"MEET", "CALL", "STATEMENT", "AGREE", "REJECT", "VISIT"},
              {"ACCIDENT", "MISSING", "RESCUE", "DISCOVERY", "DEATH", "END"},
              {"ARREST", "CHARGE", "TRIAL", "VERDICT", "CRIME"},
              {"ECONOMY", "POLICY", "ANNOUNCE", "STATEMENT", "REPORT"}]

# Place cues right before a location name inside a clause, strongest first: where it happened, then
# where someone went. "dari" (origin: "timpalannya dari AS") never gives the location.
PLACE_CUES = [["di", "di kota", "di ibu kota", "di perairan", "di wilayah", "di sela-sela"], ["ke", "menuju"]]

# Words before a place that make it an origin or a part of a name, never an actor ("asal Brasil", "dari Jepang").
ORIGIN_CUES = ["dari", "asal", "antara", "atas", "terhadap", "kepada", "bagi", "untuk", "dengan"]

# Words that mark a sentence as planned rather than reported.
FUTURE_CUES = ["akan", "dijadwalkan", "berencana", "rencananya", "direncanakan", "bakal", "hendak"]

# Words right before a temporal expression (up to two words apart: "sejak akhir Juli 2009") that make it a
# boundary or a point of comparison, not the time the clause happened: "turun 30 persen sejak Juni".
BOUNDARY_CUES = ["dibandingkan", "dibanding", "ketimbang", "sampai dengan", "hingga", "sampai", "s.d."]
# Words before a temporal expression that mark when a lasting happening began ("Banjir merendam ... sejak Selasa"):
# the start dates the event, except a market move, whose "sejak Juni" is the point it is measured from.
START_CUES = ["sejak", "semenjak"]
START_NOT_DATING = ["ECONOMY"]
# Types that report words (a statement, a report, an agreement, a decision announced): a time after their trigger
# and after the page's date is the content's ("mulai tahun depan"), not when the words were said.
# Of the announcements only those that are words (a decision made public), not acts such as an inauguration.
COMMUNICATIVE = ["STATEMENT", "REPORT", "AGREE"]
COMMUNICATIVE_WORDS = ["mengumumkan", "diumumkan", "pengumuman", "memutuskan", "diputuskan", "menetapkan", "ditetapkan"]

# Words inside an unresolvable temporal expression that point ahead ("minggu depan"): a plan, not an event.
FUTURE_HINT_WORDS = ["depan", "mendatang", "besok", "lusa", "nanti"]

# Words that open a subordinate clause (a cause, a report's content, a condition): a trigger before the
# first of them is the main clause's and wins over a stronger type inside it ("Harga turun ..., karena
# keraguan bahwa pertemuan ..." is a price move, not a meeting).
SUBORDINATE_CUES = ["karena", "lantaran", "sebab", "akibat", "bahwa", "sehingga", "setelah", "sebelum", "menjelang",
                    "meskipun", "meski", "walaupun", "sekalipun", "jika", "apabila", "kecuali", "di tengah"]

# Words that open a clause about an earlier or later happening: a timex after one of them (and after the
# trigger) dates that happening, not the trigger's ("turun ..., setelah kemarin tak kuat").
SEQUENCE_CUES = ["setelah", "sesudah", "sebelum", "menjelang", "usai", "seusai"]

# A timex that restates the one before it in another time zone, "Selasa (6/1/2015) waktu setempat (Rabu
# pagi WIB)": regex fragments matched right before the timex.
RESTATEMENT_CUES = [r"waktu\s+setempat\s*\(\s*", r"atau\s+(?=\w+\s+(?:pagi|siang|sore|malam)\s+WI[BT]A?)"]
