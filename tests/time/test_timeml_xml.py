"""TimeML output is well-formed UTF-8 XML for any text and any tagging, and gives the text back."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.model import Timex
from linimasa.time import tag, timeml

HEAD = '<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-07">7 Maret</TIMEX3></DCT>\n<TEXT>'
TAIL = "</TEXT>\n</TimeML>\n"

texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80) | st.lists(
    st.sampled_from(["Senin (3/3/2025)", " & ", "<", ">", "&amp;", "\x00", "\x0b", '"', "kemarin", "\ufffe", " "]),
    max_size=20).map("".join)


def _xml_safe(text: str) -> str:
    """The text as an XML parser reports it: characters XML cannot hold replaced, line ends normalised."""
    return timeml._xml_chars(text).replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 80), st.integers(1, 10), st.text(max_size=5)), max_size=4))
def test_any_text_and_any_timexes_give_well_formed_xml(text, spans):
    doc = timeml.parse(HEAD + text.replace("&", "&amp;").replace("<", "&lt;") + TAIL)
    assert doc.text == text
    timexes = [Timex(s, min(s + n, len(text)), text[s:s + n], "DATE", value) for s, n, value in spans
               if s < len(text)]
    out = timeml.render(doc, timexes)
    assert out.startswith(timeml.DECLARATION)
    root = ET.fromstring(out.encode("utf-8"))
    assert "".join(root.find("TEXT").itertext()) == _xml_safe(text)


def test_an_unrepairable_input_still_gives_well_formed_xml():
    raw = '<TimeML><DCT><TIMEX3 value="2025-03-07">x</TIMEX3></DCT><TITLE><b>judul</TITLE>' \
          "<TEXT>Rapat digelar Senin (3/3/2025).</TEXT></TimeML>"
    doc = timeml.parse(raw)
    out = timeml.render(doc, tag(doc.text, doc.dct))
    root = ET.fromstring(out.encode("utf-8"))
    assert "".join(root.find("TEXT").itertext()) == doc.text
    assert root.find("TEXT/TIMEX3").get("value") == "2025-03-03"
