"""Indonesian event triggers, typed into a small coarse ontology (PLOVER/CAMEO-like).

Types (one line each, the whole ontology):
  MEET        meetings, talks, negotiations, summits          bertemu, pertemuan, perundingan, KTT
  STATEMENT   statements, press conferences, comments         konferensi pers, menyatakan, menegaskan
  VISIT       visits and arrivals                             berkunjung, kunjungan, tiba di
  CALL        phone and video calls                           menelepon, panggilan telepon
  AGREE       agreements, deals, signings, acquisitions       sepakat, kesepakatan, menandatangani, akuisisi
  REJECT      refusals, denials, protests of policy           menolak, membantah
  SANCTION    sanctions, bans, freezes                        sanksi, membekukan, melarang
  ATTACK      attacks, invasions, military action            menyerang, serangan, invasi, mencaplok
  ACCIDENT    accidents, sinkings, crashes, disasters         kecelakaan, tenggelam, jatuh, banjir
  CRIME       thefts, robberies, killings, frauds             membobol, mencuri, merampok, membunuh, menipu
  MISSING     disappearances, lost contact                    hilang, hilang kontak
  DISCOVERY   finds of wreckage, bodies, evidence             ditemukan, menemukan
  RESCUE      search and rescue, evacuation                   pencarian, dievakuasi, diselamatkan
  DEATH       deaths                                          tewas, meninggal
  ARREST      arrests, charges, verdicts                      ditangkap, ditahan, divonis
  CEREMONY    memorials, funerals, prayers, celebrations      doa bersama, tabur bunga, pemakaman, syukuran
  ELECTION    elections, appointments, inaugurations          pemilu, dilantik, terpilih, pengundian nomor urut
  SPORT       matches, wins, defeats, titles                  pertandingan, mengalahkan, menekuk, menjuarai
  ANNOUNCE    announcements, launches, decisions              mengumumkan, meluncurkan, memutuskan
  PROTEST     demonstrations                                  unjuk rasa, demonstrasi
  ECONOMY     prices and markets moving                       naik, turun, anjlok, melemah
  POLICY      policies, rules, budgets taking effect          menaikkan harga, menetapkan, memberlakukan
Earlier types win when a sentence has triggers of several types.
"""

from __future__ import annotations

# type -> regular-expression alternatives matched on whole words, case-insensitively.
TRIGGERS: dict[str, list[str]] = {
    "MEET": [r"bertemu", r"pertemuan", r"menemui", r"perundingan", r"berunding", r"pembicaraan",
             r"berbicara\s+(?:dengan|singkat|langsung)", r"mengobrol", r"KTT", r"konferensi\s+tingkat\s+tinggi",
             r"negosiasi", r"bernegosiasi", r"berdialog", r"dialog", r"rapat", r"sidang", r"berjabat\s+tangan",
             r"rapat\s+dengar\s+pendapat", r"RDP"],
    "CALL": [r"menelepon", r"ditelepon", r"panggilan\s+telepon", r"pembicaraan\s+telepon", r"berbicara\s+melalui\s+telepon",
             r"konferensi\s+video"],
    "VISIT": [r"berkunjung", r"kunjungan", r"mengunjungi", r"lawatan", r"melawat", r"tiba\s+di", r"meninjau"],
    "AGREE": [r"sepakat", r"bersepakat", r"menyepakati", r"disepakati", r"kesepakatan", r"perjanjian",
              r"menandatangani", r"ditandatangani", r"nota\s+kesepahaman", r"MoU", r"akuisisi", r"mengakuisisi",
              r"diakuisisi", r"merger", r"penggabungan\s+usaha"],
    "SANCTION": [r"sanksi", r"menjatuhkan\s+sanksi", r"embargo", r"membekukan", r"dibekukan", r"mencabut\s+izin"],
    "ATTACK": [r"menyerang", r"serangan", r"invasi", r"menginvasi", r"mencaplok", r"aneksasi", r"menganeksasi",
               r"pengeboman", r"mengebom", r"menembak", r"penembakan", r"bentrok", r"bentrokan"],
    "ACCIDENT": [r"kecelakaan", r"tenggelam", r"karam", r"terbalik", r"tabrakan", r"bertabrakan", r"jatuh",
                 r"terbakar", r"kebakaran", r"meledak", r"ledakan", r"banjir", r"longsor", r"gempa"],
    "CRIME": [r"membobol", r"dibobol", r"pembobolan", r"mencuri", r"dicuri", r"pencurian", r"merampok", r"dirampok",
              r"perampokan", r"membunuh", r"dibunuh", r"pembunuhan", r"menganiaya", r"dianiaya", r"penganiayaan",
              r"menipu", r"ditipu", r"penipuan", r"menjambret", r"penjambretan", r"begal", r"pembegalan",
              r"mengedarkan\s+narkoba", r"peredaran\s+narkoba", r"menyelundupkan", r"penyelundupan"],
    "MISSING": [r"hilang\s+kontak", r"menghilang", r"dinyatakan\s+hilang", r"hilang"],
    "DISCOVERY": [r"ditemukan", r"menemukan", r"penemuan", r"teridentifikasi", r"diidentifikasi"],
    "RESCUE": [r"pencarian", r"mencari", r"evakuasi", r"dievakuasi", r"mengevakuasi", r"diselamatkan",
               r"menyelamatkan", r"penyelamatan", r"SAR"],
    "DEATH": [r"tewas", r"meninggal(?:\s+dunia)?", r"wafat", r"korban\s+jiwa", r"menewaskan"],
    "ARREST": [r"ditangkap", r"menangkap", r"penangkapan", r"ditahan(?!\s+imbang)", r"menahan(?!\s+imbang)",
               r"membekuk", r"dibekuk", r"tersangka", r"divonis",
               r"dijatuhi\s+hukuman", r"didakwa", r"diadili"],
    "CEREMONY": [r"doa\s+bersama", r"tabur\s+bunga", r"menabur\s+bunga", r"upacara", r"pemakaman", r"dimakamkan",
                 r"memakamkan", r"syukuran", r"tasyakuran", r"peringatan\s+(?:hari|tragedi|peristiwa)", r"mengheningkan\s+cipta",
                 r"takziah", r"melayat"],
    "ELECTION": [r"pemilu", r"pemilihan\s+umum", r"pilkada", r"pilpres", r"dilantik", r"pelantikan", r"terpilih",
                 r"menang\s+pemilu", r"pengundian(?:\s+nomor\s+urut)?", r"pemungutan\s+suara", r"pencoblosan",
                 r"debat\s+(?:calon|kandidat|capres|cawapres|pilkada)", r"kampanye\s+terbuka"],
    "SPORT": [r"pertandingan", r"laga", r"mengalahkan", r"dikalahkan", r"menekuk", r"ditekuk", r"menaklukkan",
              r"ditaklukkan", r"menggilas", r"digilas", r"mempermalukan", r"bermain\s+imbang",
              r"ditahan\s+imbang", r"menahan\s+imbang", r"menjuarai", r"juara", r"meraih\s+gelar",
              r"meraih\s+medali", r"merebut\s+gelar"],
    "STATEMENT": [r"konferensi\s+pers", r"jumpa\s+pers", r"keterangan\s+pers", r"pernyataan", r"menyatakan",
                  r"menegaskan", r"mengatakan", r"menyebut", r"mengungkapkan", r"menjelaskan", r"memperingatkan",
                  r"mendesak", r"menyerukan", r"mengkritik", r"memuji", r"membantah", r"mengklaim"],
    "REJECT": [r"menolak", r"ditolak", r"penolakan"],
    "ANNOUNCE": [r"mengumumkan", r"diumumkan", r"pengumuman", r"meluncurkan", r"diluncurkan", r"memutuskan",
                 r"diputuskan", r"menetapkan", r"ditetapkan", r"meresmikan", r"diresmikan", r"menutup", r"ditutup",
                 r"menghentikan", r"dihentikan", r"memperpanjang", r"diperpanjang", r"merevisi", r"direvisi",
                 r"mengoreksi", r"dikoreksi"],
    "PROTEST": [r"unjuk\s+rasa", r"demonstrasi", r"berdemonstrasi", r"protes", r"mogok"],
    "ECONOMY": [r"anjlok", r"merosot", r"melorot", r"melemah", r"menguat", r"naik", r"turun", r"kenaikan",
                r"melonjak", r"meroket", r"ambruk", r"terjun\s+bebas",
                r"penurunan", r"terendah", r"tertinggi", r"defisit", r"inflasi"],
    "POLICY": [r"memberlakukan", r"diberlakukan", r"menaikkan", r"menurunkan", r"memangkas", r"dipangkas",
               r"subsidi", r"anggaran", r"regulasi", r"peraturan"],
}

# Types that say something happened, ranked above talk about it when a sentence has both.
PRIORITY = ["MEET", "CALL", "VISIT", "AGREE", "SANCTION", "ATTACK", "ACCIDENT", "CRIME", "MISSING", "DISCOVERY", "RESCUE",
            "DEATH", "ARREST", "CEREMONY", "ELECTION", "SPORT", "ANNOUNCE", "PROTEST", "REJECT", "STATEMENT", "ECONOMY", "POLICY"]

# Types that may be merged into one timeline entry when they share a date and participants.
COMPATIBLE = [{"MEET", "CALL", "STATEMENT", "AGREE", "REJECT", "VISIT"},
              {"ACCIDENT", "MISSING", "RESCUE", "DISCOVERY", "DEATH"},
              {"ECONOMY", "POLICY", "ANNOUNCE", "STATEMENT"}]

# Place cues right before a location name inside a clause, strongest first: where it happened, then
# where someone went. "dari" (origin: "timpalannya dari AS") never gives the location.
PLACE_CUES = [["di", "di kota", "di ibu kota", "di perairan", "di wilayah", "di sela-sela"], ["ke", "menuju"]]

# Words that mark a sentence as planned rather than reported.
FUTURE_CUES = ["akan", "dijadwalkan", "berencana", "rencananya", "direncanakan", "bakal", "hendak"]

# Words right before a temporal expression (up to two words apart: "sejak akhir Juli 2009") that make it a
# boundary or a point of comparison, not the time the clause happened: "turun 30 persen sejak Juni".
BOUNDARY_CUES = ["sejak", "semenjak", "dibandingkan", "dibanding", "ketimbang", "sampai dengan"]

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
