"""Sentences of what a file keeps out of its viewer's sight: shapes in an Office file
(intake_app/media/office_hidden_shapes.py), colour under a picture's transparent pixels
(intake_app/media/picture_alpha.py).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}. Kept apart
from `media` so that each part stays under the package's 400 lines.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "media.office_hidden_shapes_kept": {
        "nl": "Dit bestand bevat vormen, afbeeldingen of tekstvakken die u bij gewoon bekijken "
        "niet ziet: verborgen (in het selectievenster) of helemaal naast de dia geplaatst. Ze "
        "zijn ongewijzigd meegestuurd; maak ze zichtbaar of zet ze op de dia en kijk of er "
        "niets in staat dat u of anderen kan identificeren, of verwijder ze.",
        "en": "This file holds shapes, pictures or text boxes you do not see when you simply "
        "view it: hidden (in the Selection Pane) or placed wholly beside the slide. They are "
        "sent unchanged; show them or move them onto the slide and check that nothing in them "
        "could identify you or others, or delete them.",
    },
    "media.image_invisible_colour_kept": {
        "nl": "Deze afbeelding heeft doorzichtige delen en is opgeschoond zonder de beeldpunten "
        "opnieuw op te slaan: de kleur onder de volledig doorzichtige delen is gebleven. Wat "
        "daar doorzichtig is gemaakt (een naam, een gezicht) kan weer zichtbaar worden. Wilt u "
        "dat niet, sla de afbeelding dan op zonder doorzichtigheid (bijvoorbeeld als JPEG) en "
        "voeg die toe.",
        "en": "This picture has transparent parts and was cleaned without writing its pixels "
        "anew: the colour under its fully transparent parts stays. What was made transparent "
        "there (a name, a face) can show again. If you do not want that, save the picture "
        "without transparency (as JPEG, for example) and attach that.",
    },
}
