"""The rule layer on hand-made CRF outputs: each rule's correction, and what it must leave alone."""

from __future__ import annotations

from linimasa.entities.rules import (
    apposition,
    comma_person,
    company_run,
    coordinated_person,
    legal_form_company,
    organisation_head,
    place_tail,
    role_organisation,
    surname_particle,
    tidy_org_spans,
    title_org_name,
)


def _run(rule, text: str, tags: str) -> list[tuple[str, str]]:
    words, tag_list = text.split(), tags.split()
    rule(words, tag_list)
    return [(w, t) for w, t in zip(words, tag_list, strict=True) if t != "O"]


def test_org_list_is_split_at_commas_but_a_legal_form_stays():
    assert _run(tidy_org_spans, "Tim TNI AL , Polda NTB , dan Basarnas", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O B-ORG") == [
        ("TNI", "B-ORG"), ("AL", "I-ORG"), ("Polda", "B-ORG"), ("NTB", "I-ORG"), ("Basarnas", "B-ORG")]
    assert _run(tidy_org_spans, "Samudra Lestari , Ltd", "B-ORG I-ORG I-ORG I-ORG") == [
        ("Samudra", "B-ORG"), ("Lestari", "I-ORG"), (",", "I-ORG"), ("Ltd", "I-ORG")]


def test_rank_ending_an_org_span_is_cut_but_a_rank_inside_a_name_stays():
    assert _run(tidy_org_spans, "Polres Badung Kompol Sari", "B-ORG I-ORG I-ORG B-PER") == [
        ("Polres", "B-ORG"), ("Badung", "I-ORG"), ("Sari", "B-PER")]
    kept = "Bandara Marsekal Madya Iswahjudi"
    assert len(_run(tidy_org_spans, kept, "B-ORG I-ORG I-ORG I-ORG")) == 4


def test_unit_after_a_number_is_no_organisation():
    assert _run(tidy_org_spans, "kapal 900 GT itu", "O O B-ORG O") == []
    assert _run(tidy_org_spans, "kapal milik GT itu", "O O B-ORG O") == [("GT", "B-ORG")]


def test_surname_keeps_its_particle():
    assert _run(surname_particle, "keluarga van der Berg datang", "O O O B-PER O") == [
        ("van", "B-PER"), ("der", "I-PER"), ("Berg", "I-PER")]
    # a particle already outside any person, or before a place, is left alone
    assert _run(surname_particle, "de facto Bandung", "O O B-LOC") == [("Bandung", "B-LOC")]


def test_lone_name_coordinated_with_a_full_name():
    assert _run(coordinated_person, "pasangan Noah dan Ella Brandt tiba", "O O O B-PER I-PER O") == [
        ("Noah", "B-PER"), ("Ella", "B-PER"), ("Brandt", "I-PER")]
    # an ordinary capitalised word at sentence start, or a place, is not pulled in
    assert _run(coordinated_person, "Jakarta dan Ella Brandt", "B-LOC O B-PER I-PER")[0] == ("Jakarta", "B-LOC")
    assert _run(coordinated_person, "Sementara dan Ella Brandt", "O O B-PER I-PER")[0] == ("Ella", "B-PER")


def test_apposition_given_name_as_last_word_is_a_surname():
    words = "Kepala Badan Pelestarian Cagar Budaya Wening Astuti berjanji".split()
    tags = ["O"] + ["B-LOC"] + ["I-LOC"] * 5 + ["O"]
    apposition(words, tags)
    assert tags[5:7] == ["B-PER", "I-PER"] and tags[1] == "B-ORG"


def test_words_after_a_legal_form_are_the_company():
    assert _run(legal_form_company, "Direktur PT Sinar Karya Bahari ,", "O B-ORG B-PER I-PER I-PER O") == [
        ("PT", "B-ORG"), ("Sinar", "I-ORG"), ("Karya", "I-ORG"), ("Bahari", "I-ORG")]
    # a given name inside opens a person, whom the entities stage splits off; no legal form, no change
    assert _run(legal_form_company, "PT Kereta Nusantara Bambang Prasetyo", "B-ORG B-PER I-PER I-PER I-PER")[1] == (
        "Kereta", "B-PER")
    assert _run(legal_form_company, "Direktur Sinar Karya", "O B-PER I-PER") == [("Sinar", "B-PER"), ("Karya", "I-PER")]


def test_apposition_keeps_a_legal_form_and_the_company_after_it():
    tags = "O B-ORG I-ORG I-ORG I-ORG O B-PER I-PER O"
    assert _run(apposition, "Direktur PT Sinar Karya Bahari , Hendra Wijaya ,", tags) == _run(
        lambda w, t: None, "Direktur PT Sinar Karya Bahari , Hendra Wijaya ,", tags)


def test_region_before_the_crfs_person_start_after_a_regional_office():
    # "Wakil Bupati [Sipirok Hulu] [Marlina Lubis]": the region is not the start of the name
    assert _run(apposition, "Wakil Bupati Sipirok Hulu Marlina Lubis menyatakan", "O O O O B-PER I-PER O") == [
        ("Sipirok", "B-LOC"), ("Hulu", "I-LOC"), ("Marlina", "B-PER"), ("Lubis", "I-PER")]


def test_role_stops_where_the_crf_starts_a_place():
    # "kabupaten" may continue a role ("Bupati Kabupaten ..."), but not over a place the CRF starts there
    assert _run(apposition, "Warga Kabupaten Sipirok Hulu menggelar syukuran", "O B-LOC I-LOC I-LOC O O") == [
        ("Kabupaten", "B-LOC"), ("Sipirok", "I-LOC"), ("Hulu", "I-LOC")]


def test_lower_case_description_opening_an_org_span_is_cut():
    assert _run(tidy_org_spans, "kantor berita Kyodo melaporkan", "B-ORG I-ORG I-ORG O") == [("Kyodo", "B-ORG")]
    # joiners inside a name stay, and so does a span that ends lower-case (nothing capitalised to keep)
    assert len(_run(tidy_org_spans, "Bank of America", "B-ORG I-ORG I-ORG")) == 3
    assert len(_run(tidy_org_spans, "Persatuan Orangtua Murid dan Guru", "B-ORG I-ORG I-ORG I-ORG I-ORG")) == 5
    assert len(_run(tidy_org_spans, "Universitas negeri", "B-ORG I-ORG")) == 2


def test_capitalised_run_ending_in_a_company_word_is_a_company():
    assert _run(company_run, "diakuisisi Hanbit Capital pekan lalu", "O O O O O") == [
        ("Hanbit", "B-ORG"), ("Capital", "I-ORG")]
    # one word, a run that goes on, or words the CRF already tagged are left alone
    assert _run(company_run, "oleh Capital saja", "O O O") == []
    assert _run(company_run, "Hanbit Capital Tower", "O O O") == []
    assert _run(company_run, "Hanbit Capital", "B-PER I-PER") == [("Hanbit", "B-PER"), ("Capital", "I-PER")]


def test_untagged_body_between_an_office_and_its_holder():
    assert _run(role_organisation, "kata pelatih Persikota , Widodo Cahyono ,", "O O O O B-PER I-PER O") == [
        ("Persikota", "B-ORG"), ("Widodo", "B-PER"), ("Cahyono", "I-PER")]
    # after a regional office it is the region; a relational role takes a person, which the CRF keeps
    assert _run(role_organisation, "Wakil Bupati Lembah Hijau , Marlina Lubis", "O O O O O B-PER I-PER")[:2] == [
        ("Lembah", "B-LOC"), ("Hijau", "I-LOC")]
    assert _run(role_organisation, "kata pengacara Darmawan , Fikri Nasution", "O O O O B-PER I-PER") == [
        ("Fikri", "B-PER"), ("Nasution", "I-PER")]


def test_score_closing_an_org_span_is_cut():
    assert _run(tidy_org_spans, "menekuk Sriwijaya Muda FC 2 - 1", "O B-ORG I-ORG I-ORG I-ORG O O") == [
        ("Sriwijaya", "B-ORG"), ("Muda", "I-ORG"), ("FC", "I-ORG")]
    assert len(_run(tidy_org_spans, "Komisi 2 DPR", "B-ORG I-ORG I-ORG")) == 3


def test_enumerated_organisation_name_stays_whole_but_a_list_of_bodies_splits():
    text = "Badan Meteorologi , Klimatologi , dan Geofisika ( BMKG ) mencatat"
    tags = " ".join(["O"] * len(text.split()))
    assert [w for w, _ in _run(lambda w, t: (organisation_head(w, t), tidy_org_spans(w, t)), text, tags)] == [
        "Badan", "Meteorologi", ",", "Klimatologi", ",", "dan", "Geofisika"]
    text = "Badan Meteorologi , Klimatologi dan Geofisika mencatat"
    tags = " ".join(["O"] * len(text.split()))
    assert len(_run(lambda w, t: (organisation_head(w, t), tidy_org_spans(w, t)), text, tags)) == 6
    listed = _run(tidy_org_spans, "Tim TNI AL , Polda NTB , dan Basarnas", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG")
    assert [t for _, t in listed].count("B-ORG") == 3 and ("dan", "B-ORG") not in listed


def test_corps_of_a_rank_is_no_organisation_mention():
    assert _run(tidy_org_spans, "Letjen TNI Suharyanto Wibowo", "O B-ORG B-PER I-PER") == [
        ("Suharyanto", "B-PER"), ("Wibowo", "I-PER")]
    assert _run(tidy_org_spans, "oleh TNI dan Polri", "O B-ORG O B-ORG") == [("TNI", "B-ORG"), ("Polri", "B-ORG")]


def test_role_opening_an_org_span_before_its_head_is_cut():
    assert _run(tidy_org_spans, "Ekonom Universitas Indonesia , Fithra", "B-ORG I-ORG I-ORG O B-PER") == [
        ("Universitas", "B-ORG"), ("Indonesia", "I-ORG"), ("Fithra", "B-PER")]
    assert len(_run(tidy_org_spans, "Dewan Pers Indonesia", "B-ORG I-ORG I-ORG")) == 3


def test_title_company_and_name_in_one_span_are_split():
    assert _run(title_org_name, "Manager Fuel Distribution Pertamina Suhartoko mengatakan",
                "O B-PER I-PER I-PER I-PER O") == [("Pertamina", "B-ORG"), ("Suhartoko", "B-PER")]
    assert _run(title_org_name, "Manager Fuel Distribution Pertamina Suhartoko mengatakan",
                "O O O B-ORG I-ORG O") == [("Pertamina", "B-ORG"), ("Suhartoko", "B-PER")]
    assert _run(title_org_name, "Communication Pertamina Fajar Djoko Santoso mengatakan",
                "O B-ORG I-ORG B-PER I-PER O") == [
        ("Pertamina", "B-ORG"), ("Fajar", "B-PER"), ("Djoko", "I-PER"), ("Santoso", "I-PER")]


def test_company_name_with_a_place_or_without_a_title_stays_whole():
    # a region after a listed body is its office, not a person; no title before the span: no split
    assert _run(title_org_name, "Kepala BPBD Garut datang", "O B-ORG I-ORG O") == [("BPBD", "B-ORG"), ("Garut", "I-ORG")]
    assert _run(title_org_name, "saham Pertamina Hulu naik", "O B-ORG I-ORG O") == [
        ("Pertamina", "B-ORG"), ("Hulu", "I-ORG")]
    assert _run(title_org_name, "Garuda Indonesia terbang", "B-ORG I-ORG O") == [
        ("Garuda", "B-ORG"), ("Indonesia", "I-ORG")]


def test_direction_word_after_a_place_joins_it_but_not_after_a_person():
    assert _run(place_tail, "di Kabupaten Sipirok Hulu kemarin", "O B-LOC I-LOC O O") == [
        ("Kabupaten", "B-LOC"), ("Sipirok", "I-LOC"), ("Hulu", "I-LOC")]
    assert _run(place_tail, "Budi Barat datang", "B-PER O O") == [("Budi", "B-PER")]
    assert _run(place_tail, "di Jakarta Selasa lalu", "O B-LOC O O") == [("Jakarta", "B-LOC")]


def test_lone_name_between_commas_after_a_place_is_a_person_but_a_list_item_is_not():
    assert _run(comma_person, "Warga Desa Sukamaju , Yanti , mengaku lelah", "O B-LOC I-LOC O O O O O") == [
        ("Desa", "B-LOC"), ("Sukamaju", "I-LOC"), ("Yanti", "B-PER")]
    assert _run(comma_person, "di Jakarta , Bogor , dan Depok", "O B-LOC O O O O B-LOC") == [
        ("Jakarta", "B-LOC"), ("Depok", "B-LOC")]
    assert _run(comma_person, "di Jakarta , Kamis , hujan turun", "O B-LOC O O O O O") == [("Jakarta", "B-LOC")]


def test_unlisted_company_ends_at_its_company_word_before_a_name():
    assert _run(title_org_name, "kata analis Central China Securities Zhang Gang di", "O O B-ORG I-ORG I-ORG I-ORG I-ORG O") == [
        ("Central", "B-ORG"), ("China", "I-ORG"), ("Securities", "I-ORG"), ("Zhang", "B-PER"), ("Gang", "I-PER")]
    # no title before it: a company name that merely goes on stays whole
    assert _run(title_org_name, "saham Kaito Financial Group Asia naik", "O B-ORG I-ORG I-ORG I-ORG O") == [
        ("Kaito", "B-ORG"), ("Financial", "I-ORG"), ("Group", "I-ORG"), ("Asia", "I-ORG")]
