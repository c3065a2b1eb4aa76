"""English and Russian cleaning: a site header or footer printed with the page number at each page break (a line that
is not prose, twice or more) goes with the number, and navigation links in brackets ("[Print this page]") are
furniture; a repeated line away from page numbers stays. Invented wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import framed

EN = ("Joint Communiqué of the Meeting of Heads of Archives of the SCO Member States\n\n"
      "The meeting of heads of archives of the Member States of the SCO was held in Osh on 3 March 2031.\n\n"
      "RIVER ARCHIVES SITE | Documents\n- 1 -\n\n"
      "The Parties noted the progress in the exchange of digital copies.\n\n"
      "RIVER ARCHIVES SITE | Documents\n- 2 -\n\n"
      "The Parties agreed to hold the next meeting in 2032.\n\n"
      "RIVER ARCHIVES SITE | Documents\n- 3 -\n[Print this page]")
RU = ("Совместное коммюнике по итогам совещания руководителей архивов государств – членов ШОС\n\n"
      "3 марта 2031 года в Оше состоялось совещание руководителей архивов государств – членов ШОС.\n\n"
      "Портал архивов | Документы\nСтр. 1\n\n"
      "Стороны отметили прогресс в обмене цифровыми копиями.\n\n"
      "Портал архивов | Документы\nСтр. 2\n\n"
      "Стороны договорились провести следующее совещание в 2032 году.")


@pytest.mark.parametrize(("text", "header"), [(EN, "RIVER ARCHIVES SITE"), (RU, "Портал архивов")])
def test_a_header_repeated_at_page_breaks_goes(text: str, header: str) -> None:
    _, cleaned, segments = framed("{}", text)
    assert header not in cleaned.text
    assert "Print this page" not in cleaned.text
    assert not any(p.text.startswith(("- ", "Стр.")) for p in segments.paragraphs)


def test_a_repeated_line_without_page_numbers_stays() -> None:
    text = ("Joint Communiqué of the Meeting of Heads of Archives of the SCO Member States\n\n"
            "The meeting of heads of archives of the Member States of the SCO was held in Osh on 3 March 2031.\n\n"
            "Annex\n\nThe Parties noted the progress in the exchange of digital copies.\n\nAnnex\n\n"
            "The Parties agreed to hold the next meeting in 2032.")
    _, cleaned, _ = framed("{}", text)
    assert cleaned.text.count("Annex") == 2
