"""One regression test per crash signature the long fuzz found, and the hypothesis fuzz of `annotate`.

Each hostile text sits inside an ordinary page; `annotate` must return an Article, and a value the
calendar cannot hold is no timex value (the span is dropped, or kept without a value), never a crash.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import linimasa
from linimasa.model import InputError
from linimasa.time import values as V
from tests.robustness.corpus import page

ISO_VALUE = re.compile(r"^(?:\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}(?:T.*)?|\d{4}-W\d{2}.*|\d{3}|\d{2})$")


def _annotate(fragment: str, published: str | None = "2021-05-20", html: bool = False):
    text = page(1).replace("Warga berencana", f"Acara itu, {fragment}, dihadiri warga. Warga berencana")
    if html:
        text = f"<html><body>{fragment}<article><p>{page(2).replace(chr(10) * 2, '</p><p>')}</p></article></body></html>"
    return linimasa.annotate(text, published=published)


@pytest.mark.parametrize("fragment", [
    "65451 tahun kemudian", "465492 pekan kemudian", "3521794 hari sebelumnya", "786118106 dekade sebelumnya",
    "9" * 90 + " tahun kemudian", "9" * 90, "2013 529510840 tahun sebelumnya", "Idul Fitri 2091",
    "Idul Adha 1801", "9999999 bulan lalu", "99999999999999999999 jam kemudian"])
@pytest.mark.parametrize("published", ["2021-05-20", None])
def test_far_offsets_and_years_are_no_timex_value(fragment, published):
    article = _annotate(fragment, published)
    for t in article.timexes:
        if t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit():
            assert ISO_VALUE.match(t.value), t
            assert 1 <= int(t.value[:4]) <= 9999 if len(t.value) >= 4 else True


def test_a_lone_surrogate_is_replaced_not_a_crash():
    article = _annotate("kata Budi \ud800 Santoso \udfff di Desa Cibodas")
    assert "\ud800" not in article.body and "\ufffd" in article.body
    article.to_dict()  # serialisable


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30", "99999-01-01", "2025-00-10"])
def test_an_impossible_time_element_dates_nothing(bad):
    article = _annotate(f'<time datetime="{bad}">kemarin</time>', published=None, html=True)
    assert article.published.value != bad and (article.published.value is None or V.exists(article.published.value))


@pytest.mark.parametrize("bad", ["2021-13-45", "2021-02-30", "yesterday", "2021-05-20T25:61"])
def test_an_impossible_published_is_an_error_naming_the_field(bad):
    with pytest.raises(InputError, match="'published'"):
        linimasa.annotate(page(3), published=bad)


def test_shift_leaves_nothing_outside_the_calendar():
    a = V.Anchor(2021, 5, 20)
    assert V.shift(a, 65451, "Y") is None and V.shift(a, -3521794, "D") is None
    assert V.shift(a, float("inf"), "D") is None and V.shift(V.Anchor(2021), 10 ** 90, "DE") is None
    assert V.shift(a, 3, "D") == "2021-05-23" and V.islamic_holiday(2091, 10, 1) is None


_ATOMS = st.sampled_from([
    "tahun kemudian", "hari sebelumnya", "dekade lalu", "pekan depan", "Idul Fitri", "pukul", "tanggal",
    "“", "”", '"', "'", "kata", "ujar", "Presiden", "Jakarta", "\u2028", "\r", "\x0c", "\n\n", "/", ".", "-",
    "\ud800", "\x00", "<time datetime=\"2025-13-45\">", "<p>", "</p>", "Senin (3/3/2025)", "13/45/2021"])
_TEXT = st.lists(st.one_of(_ATOMS, st.integers(0, 10 ** 30).map(str), st.text(max_size=20)), max_size=60)


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from([None, "2021-05-20"]))
def test_hypothesis_annotate_never_raises_anything_but_input_error(parts, published):
    text = page(4).replace("Warga berencana", " ".join(parts) + " Warga berencana")
    try:
        article = linimasa.annotate(text, published=published)
    except InputError:
        return
    article.to_dict()
