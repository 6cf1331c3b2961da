"""Sentences of what a PDF keeps out of its reader's sight (intake_app/media/pdf_out_of_sight.py).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}. Kept apart
from `media` so that each part stays under the package's 400 lines.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "media.pdf_page_cropped": {
        "nl": "Een pagina van de PDF is bijgesneden: het weggesneden deel ziet u niet, maar het "
        "zit nog in het bestand en komt heel bij het bureau aan (bijvoorbeeld een naam of een "
        "adres naast wat u ziet). Wilt u alleen het zichtbare deel versturen, maak dan een "
        "schermafbeelding van de pagina en voeg die toe in plaats van de PDF.",
        "en": "A page of the PDF is cropped: the part cropped away is not shown, but it is "
        "still in the file and reaches the office whole (a name or an address beside what you "
        "see, for example). To send only what is shown, take a screenshot of the page and "
        "attach that instead of the PDF.",
    },
    "media.pdf_redaction_not_applied": {
        "nl": "Een deel van de PDF is gemarkeerd om zwart te maken, maar niet zwart gemaakt: de "
        "tekst eronder zit nog in het bestand en komt bij het bureau aan. Pas het zwart maken "
        "eerst toe in uw PDF-programma (in Acrobat: 'Toepassen') en voeg de PDF opnieuw toe.",
        "en": "A part of the PDF is marked for blacking out but was not blacked out: the text "
        "under it is still in the file and reaches the office. Apply the blacking out in your "
        "PDF program first (in Acrobat: Apply) and attach the PDF again.",
    },
    "media.pdf_hidden_content_kept": {
        "nl": "Deze PDF bevat inhoud die u bij gewoon bekijken niet ziet: een laag die uit "
        "staat, of een verborgen formulierveld dat is ingevuld. Die is ongewijzigd meegestuurd; "
        "zet de lagen aan, bekijk de velden en kijk of er niets in staat dat u of anderen kan "
        "identificeren.",
        "en": "This PDF holds content you do not see when you simply view it: a layer that is "
        "switched off, or a hidden form field that is filled in. It is sent unchanged; switch "
        "the layers on, look at the fields and check that nothing in them could identify you or "
        "others.",
    },
    "media.pdf_sound_kept": {
        "nl": "De PDF bevat een geluidsopname (een ingesproken opmerking, of een geluid bij een "
        "knop). Die is ongewijzigd meegestuurd: een stem, en wat die zegt, kan u of anderen "
        "herkenbaar maken.",
        "en": "The PDF holds a sound recording (a spoken comment, or a sound played by a "
        "button). It is sent unchanged: a voice, and what it says, may identify you or others.",
    },
}
