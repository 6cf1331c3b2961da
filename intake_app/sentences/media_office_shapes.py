"""Sentences of the shapes an Office file keeps out of its viewer's sight
(intake_app/media/office_hidden_shapes.py).

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
}
