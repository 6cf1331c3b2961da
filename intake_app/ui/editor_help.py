"""Short help for every field of the editor, and what to do at once when someone is in danger.

One line per field, in the UI language: what the field is for, in the words a liaison uses in a
conversation. Shown under the field and read out by screen readers as its description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_help(field: str) -> str:
    """The help line for an editor field ("" when the field needs none)."""
    texts = {
        "urgency": QCoreApplication.translate(
            "EditorHelp",
            "How soon must the office act? Choose 'Immediate danger' if someone is at risk now.",
        ),
        "category": QCoreApplication.translate(
            "EditorHelp", "What kind of interference is it? Choose the closest one."
        ),
        "actor": QCoreApplication.translate(
            "EditorHelp", "Which state is thought to be behind it? 'Unknown' is a good answer."
        ),
        "targets": QCoreApplication.translate(
            "EditorHelp", "Who or what was targeted? Tick all that apply."
        ),
        "channel": QCoreApplication.translate(
            "EditorHelp", "How did it reach the person: in person, by phone, online …"
        ),
        "period": QCoreApplication.translate(
            "EditorHelp", "When it happened: a day, a few days, or only the month if that is all."
        ),
        "place": QCoreApplication.translate(
            "EditorHelp", "Only the municipality or province, online or abroad: never an address."
        ),
        "description": QCoreApplication.translate(
            "EditorHelp", "What happened, in the reporter's own words. No names or addresses."
        ),
        "impact": QCoreApplication.translate(
            "EditorHelp", "What did it do to the person or the group? Tick all that apply."
        ),
        "impact_notes": QCoreApplication.translate(
            "EditorHelp", "Optional: a few words more about the impact."
        ),
        "anonymity": QCoreApplication.translate(
            "EditorHelp", "Does the reporter stay anonymous, even to you?"
        ),
        "consent": QCoreApplication.translate(
            "EditorHelp", "With whom may the office share this signal? Ask the reporter."
        ),
        "reported_elsewhere": QCoreApplication.translate(
            "EditorHelp", "Was it already reported to the police or another body?"
        ),
        "source_reliability": QCoreApplication.translate(
            "EditorHelp",
            "How reliable has this source been? A = completely reliable … F = cannot be judged.",
        ),
        "information_credibility": QCoreApplication.translate(
            "EditorHelp", "How credible is this information? 1 = confirmed … 6 = cannot be judged."
        ),
        "attachments": QCoreApplication.translate(
            "EditorHelp",
            "Drop files here or choose them. Photos and documents are cleaned of hidden data "
            "(location, camera, author) before sealing.",
        ),
    }
    return texts.get(field, "")


def acute_danger_text() -> str:
    """What to do now when someone is in immediate danger (shown above everything else)."""
    return QCoreApplication.translate(
        "EditorHelp",
        "Someone in danger right now? Call 112 at once (police, ambulance, fire brigade). "
        "No danger right now but a crime to report? Police: 0900-8844. "
        "Record the signal afterwards.",
    )


def acute_danger_short_text() -> str:
    """The danger banner's one line where the screen is small and the form needs the room
    (review r12y R9); the whole text stays its tooltip."""
    return QCoreApplication.translate(
        "EditorHelp", "Someone in danger right now? Call 112 at once.")
