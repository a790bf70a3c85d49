"""Indonesian titles, roles, honorifics and context cues for people, places and organisations."""

from __future__ import annotations

# Heads of role phrases that precede a name in appositions ("Menteri Luar Negeri Rusia X").
ROLE_HEADS: frozenset[str] = frozenset(
    """
    presiden wapres wakil menteri menlu mendagri menhan menkeu menko perdana pm kanselir
    gubernur wagub bupati wabup wali walikota camat lurah kades kepala ketua
    sekretaris sekjen sekda direktur dirut manajer komisaris duta dubes juru jubir panglima kapolri
    kapolda kapolres kapolsek kasad kasal kasau jenderal jaksa hakim anggota pimpinan pemimpin
    pendiri ceo cfo coo rektor dekan dosen guru pakar pengamat peneliti analis ekonom aktivis
    pengacara kuasa advokat koordinator kapten pelatih pemain striker kiper penyanyi aktor aktris
    artis sutradara penulis wartawan jurnalis senator kongres anggota legislator politikus politisi
    diplomat utusan emir imam paus uskup kardinal pastor pendeta ustaz ustadz kiai syekh habib
    komandan komodor kopral sersan kapten kolonel mayor letnan brigjen mayjen letjen laksamana marsekal kombes akbp kompol irjen komjen
    menhub menkes mendag menkominfo menpan menaker menpora menparekraf menkumham mensesneg menag mendikbud
    mentan menperin menpupr menkop menseskab menteri-menteri kabasarnas kasal kapuspen danlanal danrem dandim
    ajudan staf asisten penasihat tersangka terdakwa pejabat kabid kasubag kadis kabag kasi plt pj penjabat
    dirjen wamen wamenlu kadiv kasat kasatreskrim kabareskrim kajati kajari kalapas pangdam pangkoarmada nakhoda
    mualim perwakilan wakapolri wakapolda sejarawan budayawan ilmuwan sastrawan seniman akademisi
    sopir pengemudi petani nelayan pedagang buruh karyawan pegawai dokter perawat bidan saksi penumpang warga relawan
    novelis penyair pelukis fotografer desainer arsitek atlet pebulu petinju pegolf perenang pelari pembalap
    komedian presenter musisi produser koreografer penari koki pengusaha bankir psikolog sosiolog antropolog
    kriminolog epidemiolog virolog profesor mahasiswa pelajar santri ulama kurator kolumnis pegiat pemerhati
    notaris panitera auditor akuntan insinyur teknisi pilot pramugari masinis mekanik petugas pemulung kurir
    """.split()
)

# Kinship heads of a role that follows a name ("Siti, istri salah seorang ABK, ..."). Only after the name: before
# it they say whose relative the person is ("istri Budi" is not Budi).
KIN_HEADS: frozenset[str] = frozenset(
    "istri suami anak ibu ayah bapak kakak adik putra putri cucu kakek nenek paman bibi keponakan mertua menantu"
    " sepupu kerabat tetangga rekan sahabat teman kekasih tunangan".split()
)

# Roles that say whose someone is ("pengacara Rusdi, Fadli", "juru bicara Putin, Dmitry Peskov"): before a name
# that a comma and another person follow, they belong to that other person.
RELATIONAL_ROLES: frozenset[str] = KIN_HEADS | frozenset(
    "juru bicara jubir pengacara kuasa hukum ajudan asisten penasihat staf sekretaris pribadi".split())

# Quantifier phrases dropped from a role: "istri salah seorang ABK" -> "istri ABK".
ROLE_QUANTIFIERS: tuple[str, ...] = ("salah seorang", "salah satu", "seorang", "sejumlah")

# Words that may continue a role phrase after its head ("Menteri Luar Negeri", "juru bicara").
ROLE_CONTINUATIONS: frozenset[str] = frozenset(
    """
    luar dalam negeri pertahanan keuangan koordinator bidang urusan bicara besar utama umum eksekutif
    jenderal agung tinggi militer sipil kepolisian polisi daerah provinsi kabupaten kota negara
    departemen kementerian dinas badan komisi dewan partai republik rakyat perwakilan keamanan
    nasional luar-negeri politik hukum ham sosial perdagangan perindustrian pertanian kesehatan
    pendidikan kebudayaan agama energi sumber daya mineral lingkungan hidup kehutanan kelautan
    perikanan perhubungan pariwisata ekonomi kreatif investasi bumn bappenas pan-rb tenaga kerja
    komunikasi informatika digital sekretariat kabinet pembangunan perencanaan desa transmigrasi
    pekerjaan umum perumahan pemuda olahraga pemberdayaan perempuan perlindungan anak
    wakil ketua anggota pelaksana harian tugas sementara senior junior operasional
    madya muda pertama laut udara darat besar utama pol pol. polisi (p) p
    staf khusus presiden gedung putih kremlin pbb dk uni eropa nato kepresidenan istana
    perekonomian kemaritiman maritim polhukam pmk marves esdm ristek dikti agraria tata ruang
    """.split()
)

# Honorifics and academic/religious titles stripped from names and kept as role.
HONORIFICS: frozenset[str] = frozenset(
    """
    bapak pak ibu bu bang mas mbak kak saudara saudari sdr. sdri. tuan nyonya nona ny. tn.
    h. hj. haji hajah kh. k.h. dr. drs. dra. prof. ir. dr ir prof drs h hj kh ust. ustaz ustadz
    mr. mrs. ms. mr mrs ms sir dato datuk raden rm. gusti
    """.split()
)

# Degree suffixes printed after a name ("Ani, S.H., M.Si.").
DEGREE_SUFFIXES: frozenset[str] = frozenset(
    "s.h. s.e. s.t. s.pd. s.kom. s.sos. s.ip. s.ag. m.h. m.m. m.si. m.sc. m.a. m.pd. m.kom. ph.d. mba mph lc. sp.a. sp.b. sp.pd. sp.og.".split()
)

# Words right after a person's name in attributions ("..., kata Ani").
PERSON_CUES_BEFORE: frozenset[str] = frozenset(
    "kata ujar ucap ungkap tutur jelas tegas imbuh tambah lanjut sebut papar terang menurut oleh bersama dengan dan kepada pak bu bapak ibu".split()
)
PERSON_CUES_AFTER: frozenset[str] = frozenset(
    "mengatakan menyatakan mengungkapkan menjelaskan menegaskan menambahkan menyebut menyebutkan berkata bilang menuturkan memaparkan menilai meminta mengaku".split()
)

# Place cues before a name.
PLACE_CUES_BEFORE: frozenset[str] = frozenset(
    "di ke dari kota provinsi kabupaten kecamatan desa kelurahan negara negeri wilayah pulau kawasan daerah ibu-kota asal menuju".split()
)

# Heads that start organisation names ("Badan Pusat Statistik", "PT Maju").
ORG_HEADS: frozenset[str] = frozenset(
    """
    pt cv tbk persero badan kementerian kemenlu kemenkeu kemenkes kemendagri dinas partai universitas
    institut sekolah bank komisi dewan majelis mahkamah lembaga yayasan perusahaan perum perseroan
    asosiasi ikatan persatuan perhimpunan himpunan serikat federasi organisasi koperasi kantor
    kepolisian polda polres polsek kejaksaan kejati kejari pengadilan direktorat departemen
    pemerintah pemprov pemkot pemkab dprd dpr mpr kpk bnn bpk kpu bawaslu tni polri pbb uni klub fc
    grup group corporation inc ltd co rumah sakit rs rsud stasiun harian kantor
    kedutaan kedubes konsulat komite subkomite polda polres polsek kodam korem kodim lanal lantamal pangkalan
    """.split()
)

# Speech verbs directly followed by the speaker's name ("kata Budi", "ujar Menteri X").
SPEECH_CUES_BEFORE_NAME: frozenset[str] = frozenset(
    "kata ujar ucap ungkap tutur jelas tegas imbuh tambah lanjut sebut papar terang katanya ujarnya".split()
)

# Citation cues followed by the news organisation quoted ("dilansir Reuters", "seperti dilaporkan AP").
SOURCE_CUES: frozenset[str] = frozenset("dilansir melansir mengutip".split())
# These cite a source only after "seperti"/"sebagaimana" ("seperti dilaporkan AP").
SOURCE_CUES_AFTER_AS: frozenset[str] = frozenset("dilaporkan diberitakan dikutip".split())
AS_WORDS: frozenset[str] = frozenset("seperti sebagaimana".split())

# Generic heads of place names: "Pelabuhan Kayangan" and "Kayangan" name one place.
PLACE_HEADS: frozenset[str] = frozenset(
    """
    pelabuhan bandara bandar stasiun terminal kota kabupaten provinsi kecamatan kelurahan desa dusun kampung
    pulau selat teluk tanjung gunung bukit danau sungai kali laut samudra lembah pantai jalan jl. jalur
    kawasan wilayah daerah distrik negara negeri taman lapangan alun-alun pasar gili nusa muara ujung
    nagari gampong jorong lembang banjar nagari-nagari kepulauan semenanjung dataran
    """.split()
)

# Lower-case words inside organisation names ("Badan Nasional Pencarian dan Pertolongan").
ORG_NAME_JOINERS: frozenset[str] = frozenset("dan & untuk".split())

# Lower-case particles that belong to a surname ("van Dijk", "von Trapp", "van der Berg"): a surname used
# alone keeps them. Only words that are not also ordinary Indonesian words ("di", "la" are left out).
NAME_PARTICLES: frozenset[str] = frozenset("van von der den de ten ter dos del".split())

# Nouns that introduce the title of a work ("film [The Quiet Harbour]", "album [Laut Biru]"): the title is no
# person, place or organisation, however capitalised.
WORK_CUES: frozenset[str] = frozenset(
    """
    film album lagu singel single serial seri sinetron drama novel buku komik judul berjudul bertajuk lakon
    opera musikal episode cerpen puisi antologi video klip trilogi sekuel prekuel
    """.split()
)

# Last words that make a capitalised run an organisation in English-language names ("... Records", "... FC").
ORG_TAILS: frozenset[str] = frozenset(
    """
    records fc united club band group inc inc. ltd ltd. corp corp. corporation company co co. entertainment
    pictures studios studio airlines airways bank university college institute association foundation society
    party council agency news times post journal tv channel network music media broadcasting press tbk tbk.
    """.split()
)

# Role heads tied to a region: the capitalised words between one and a given name are the region
# ("Bupati [Sumbawa Barat] Fauzan Ramadhani").
REGION_ROLE_HEADS: frozenset[str] = frozenset(
    """
    bupati wabup gubernur wagub walikota camat lurah kades kapolda kapolres kapolsek kajati kajari pangdam
    danrem dandim danlanal sekda
    """.split()
)

# Legal forms that open a company name; the next word alone is a short form of it ("PT Maju Jaya" -> "Maju").
LEGAL_FORMS: frozenset[str] = frozenset("pt pt. cv cv. tbk persero perum pd".split())
# Legal forms written after a comma inside the name ("Samudra Lestari, Ltd", "Unilever Indonesia, Tbk").
LEGAL_SUFFIXES: frozenset[str] = frozenset("llc inc ltd co corp plc gmbh ag sa nv bv tbk".split())

# Military and police ranks: right before a name, after an office, they are kept apart from the office
# ("Kepala Basarnas Marsekal Madya X" -> role "Kepala Basarnas (Marsekal Madya)").
RANKS: frozenset[str] = frozenset(
    """
    kapten kolonel mayor letnan brigjen mayjen letjen jenderal laksamana laksda laksma marsekal marsda marsma
    komodor kopral sersan kombes akbp akp kompol irjen komjen brigadir bripka briptu aiptu aipda ipda iptu
    """.split()
)
RANK_CONTINUATIONS: frozenset[str] = frozenset("madya muda pertama laut udara darat pol pol. (p) ( ) p tni polisi".split())

# Capitalised units written after a number ("1.150 GT", "20 MW"): a measure, never an organisation.
# Words of company names that no person's name has ("Kaito Financial", "Samudra Energy"): a "person" with one
# after its first word is a company. Used by the entities stage only, not as a CRF feature.
COMPANY_WORDS: frozenset[str] = frozenset(
    """
    financial finance capital holdings holding group securities sekuritas insurance asuransi energy motors airlines
    airways technologies technology systems solutions industries ventures investments investment pharma
    pharmaceuticals foods beverages logistics resources mining petroleum telecom telecommunications corporation
    corp corp. inc inc. ltd ltd. company tbk tbk. plc llc gmbh
    """.split()
)

# Last words of a club's or team's name that a shorter mention leaves out ("Sriwijaya Muda [FC]").
CLUB_TAILS: frozenset[str] = frozenset("fc sc cf afc united club klub".split())

# Generic last words of a company name that a shorter mention may leave out ("Kaito Financial [Group]").
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    "group grup holdings holding corporation corp corp. company co co. inc inc. ltd ltd. tbk tbk. plc llc gmbh".split())

MEASURE_UNITS: frozenset[str] = frozenset("gt dwt kw mw gw kv kwh mwh ppm sks rpm mph".split())


# English job titles that Indonesian business copy keeps as written ("Vice President Corporate Communication
# Pertamina X", "Manager Fuel Distribution Pertamina Y"): before a company and a name they are the role.
CORPORATE_TITLES: frozenset[str] = frozenset(
    """
    vice president senior executive general manager director head chief officer corporate communication
    communications public relations relation affairs external internal marketing sales operation operations
    distribution region regional area branch division department supply chain finance legal compliance
    strategic planning business development commercial technical project country managing deputy assistant
    associate secretary spokesperson spokesman spokeswoman ceo cfo coo cto cmo vp svp evp avp gm pr hr lead
    principal partner founder co-founder chairman chairwoman unit fuel retail trading investor customer service
    officer-in-charge acting interim
    """.split()
)

# Prefixes of ship names (and words that name an aircraft or a train): the capitalised words after them name
# a vehicle, which linimasa leaves out of the entities (not a place, person or organisation). "pesawat Lion
# Air" names the airline, so a listed organisation after the prefix stays.
VEHICLE_PREFIXES: frozenset[str] = frozenset(
    "km kmp kri kr kapal mv mt kn klm kmc tb tug uss hms pesawat helikopter heli".split())

# Words before a capitalised name that say it is an organisation ("perusahaan minyak [Chevron]", "raksasa
# teknologi [Google]", "emiten [Adaro]"); a listed word may be followed by one sector word.
ORG_CUE_NOUNS: frozenset[str] = frozenset(
    """
    perusahaan perseroan korporasi raksasa produsen pabrikan maskapai operator emiten konglomerasi konsorsium
    kontraktor distributor pengembang startup perusahaan-perusahaan grup bank lembaga organisasi partai klub
    """.split()
)
ORG_SECTOR_WORDS: frozenset[str] = frozenset(
    """
    minyak gas energi teknologi otomotif farmasi tambang pertambangan rokok makanan minuman media ritel asuransi
    penerbangan pelayaran telekomunikasi properti konstruksi elektronik kimia baja semen tekstil logistik
    asal multinasional swasta global internasional raksasa
    """.split()
)

# All-capital abbreviations of things, documents, programmes and procedures (not bodies): "kartu RFID",
# "BBM", "KTP", "APBN". Tagged alone as an organisation they are dropped.
TERM_ACRONYMS: frozenset[str] = frozenset(
    """
    rfid nfc gps gsm cctv usb led lcd ai iot wifi wi-fi qr sms mms pdf html api dna rna pcr atm pin otp
    ktp kk nik npwp sim stnk bpkb bbm lpg cng lng spbu spbe apbn apbd apbn-p apbnp pdb gdp pdrb ppn pph pbb-p2
    umkm ukm umr ump umk kur phk ruu uu perppu perda perpres pp permen kuhp kuhap bap dpo ott sp3 sprindik
    tki tkw pmi-ln wni wna odp pdp otg psbb ppkm icu igd mri ct hiv aids tbc dbd ispa covid covid-19 sars
    mers ebola hp pc tv ac sd smp sma smk tk paud pns asn cpns pppk ojol bpjs-kes sdm sda ipo ihsg kpr ppdb
    unbk utbk snbt snmptn sbmptn ipk lhkpn spt cpo co2 pm2,5 pm2.5 ev bev phev suv mpv km kmp kri kr mv mt abk
    """.split()
)
# Those of them that can open a title ("[Vice] President ...", "[Manager] Fuel Distribution ...").
CORPORATE_TITLE_HEADS: frozenset[str] = frozenset(
    """
    vice president senior executive general manager director head chief ceo cfo coo cto cmo vp svp evp avp gm
    founder co-founder chairman chairwoman spokesperson spokesman spokeswoman secretary officer managing deputy
    acting interim
    """.split()
)

# Words that continue a place name after it ("Jakarta [Utara]", "Sipirok [Hulu]", "Selandia [Baru]").
PLACE_TAILS: frozenset[str] = frozenset("utara selatan barat timur tengah laut daya hulu hilir raya baru".split())

# Words that continue a list after a comma ("Jakarta, Bogor, dan Depok").
LIST_JOINERS: frozenset[str] = frozenset("dan atau serta maupun hingga sampai".split())
