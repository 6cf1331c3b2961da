"""What a signal editor hands over to the new one that carries on for it (the form's language
button rebuilds the editor: ui/draft_actions.py, `SignalEditor.carry_on`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intake_app.ui.signal_editor import SignalEditor


def hand_over(editor: SignalEditor) -> dict[str, Any]:
    """What a new editor needs to carry on for `editor`, with "saved_anything" added once
    `editor` was kept and closed (`SignalEditor.carry_on`)."""
    return {
        "baseline": editor.baseline(),
        "opened_new": editor.opened_new,
        "opened_at": editor.opened_at,
        "focus": editor.form.focused_field(),
        "caret": editor.form.caret(),
        "kept_at": None if editor.keeper is None else editor.keeper.kept_at,
        "stored_here": [] if editor.files is None else list(editor.files.stored_here),
    }
