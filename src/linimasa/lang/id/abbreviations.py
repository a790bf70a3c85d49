"""Indonesian abbreviations that end in a period but do not end a sentence (tokenizer data)."""

from __future__ import annotations

# Lower-cased, with their final period. Titles, honorifics, address parts, academic degrees,
# and common Latin/Indonesian short forms in news text.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    jl. jln. gg. no. rt. rw. kel. kec. kab. prov.
    dr. drs. dra. prof. ir. h. hj. kh. k.h. ny. nn. sdr. sdri. tn. bpk.  st. mr. mrs. ms.
    s.h. s.e. s.t. s.pd. s.kom. s.sos. s.ip. s.ag. s.hut. m.h. m.m. m.si. m.sc. m.a. m.pd.
    m.kom. ph.d. ph.d s.ked. sp.a. sp.b. sp.pd. sp.og. mph. msc. mba. lc.
    pt. cv. tbk. persero. ud. yth. a.n. u.p. c.q. d.a. u.b.
    dll. dsb. dst. dkk. tsb. spt. yg. dgn. tgl. thn. hlm.  vol.  cet.
    jend. letjen. mayjen. brigjen. kol. letkol.  kapt. lettu. serma. pol. ipda. iptu. akp.
    kompol. akbp. kombes. irjen. komjen. laks.  marsma.
            rp.    wagub.
    a.m. p.m. i.e. e.g. etc. vs. no. nos. jr. sr.  inc. ltd. corp. dept. gov. st.
    jan. feb. mar. apr. jun. jul. agu. agt. ags. sep. sept. okt. nov. des. dec. aug. oct.
    """.split()
)

# Abbreviations that may legitimately close a sentence ("... sayur, buah, dll.").
SENTENCE_FINAL_OK: frozenset[str] = frozenset("dll. dsb. dst. dkk. etc. tbk. inc. ltd. corp. jr. sr.".split())

# Web domains glued into words ("KOMPAS.com", "detik.com"): the period belongs to the token.
DOMAIN_SUFFIXES: tuple[str, ...] = ("com", "co", "id", "net", "org", "go", "ac", "or", "tv", "news", "info", "io")
