"""Sentences of what a spreadsheet keeps out of its reader's sight (intake_app/media/
office_sheet_hidden.py, office_chart_data.py).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}. Kept apart
from `media` so that each part stays under the package's 400 lines.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "media.office_sheet_hidden_content_kept": {
        "nl": "Dit bestand bevat rekenbladinhoud die u bij gewoon bekijken niet ziet: gegevens "
        "in verborgen rijen of kolommen, cellen die leeg lijken door hun getalnotatie (zoals "
        "';;;'), namen met tekst of een waarde erin (Formules > Namenbeheer; verborgen namen "
        "staan daar niet eens bij), een draaitabel met gegevens van buiten het werkboek, of "
        "gegevens in het werkboek van een grafiek die de grafiek niet toont. Die zijn "
        "ongewijzigd meegestuurd; maak ze zichtbaar en kijk of er niets in staat dat u of "
        "anderen kan identificeren, of verwijder ze en voeg het bestand opnieuw toe.",
        "en": "This file holds spreadsheet content you do not see when you simply view it: "
        "data in hidden rows or columns, cells that look empty because of their number format "
        "(such as ';;;'), names holding text or a value (Formulas > Name Manager; hidden names "
        "are not even listed there), a pivot table of data from outside the workbook, or data "
        "in a chart's workbook that the chart does not show. It is sent unchanged; unhide it "
        "and check that nothing in it could identify you or others, or delete it and attach "
        "the file again.",
    },
}
