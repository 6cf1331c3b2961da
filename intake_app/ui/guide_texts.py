"""Plain words for a first-time liaison: what Seinpost does, and what it does not do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def does_and_does_not() -> str:
    """One screen, in the UI language, read before anything is set up."""
    return QCoreApplication.translate(
        "GuideTexts",
        "What Seinpost does:\n"
        "• You write down what someone tells you about interference by a foreign state: "
        "threats, pressure on family, being watched, forced payments.\n"
        "• It keeps your drafts encrypted on this laptop and saves as you type.\n"
        "• It seals each signal so that only the central office can read it, and writes "
        "sealed signals to a USB stick or folder for the office.\n"
        "• When the office confirms receipt, the signals are erased from this laptop.\n\n"
        "What Seinpost does not do:\n"
        "• It is not an emergency line. If someone is in danger now, call 112.\n"
        "• It does not send anything over the internet by itself.\n"
        "• It does not hide that Seinpost is installed, and it cannot protect a laptop that "
        "someone else controls.\n"
        "• After sealing, you cannot read a signal back. Nobody can recover a forgotten "
        "passphrase.",
    )


def how_it_works() -> str:
    """The Help menu's short guide: the path of a signal, step by step."""
    return QCoreApplication.translate(
        "GuideTexts",
        "1. New signal (Ctrl+N): write down what happened. It is saved as you type; "
        "unfinished is fine.\n"
        "2. Seal: when every field is filled, seal the signal. Only the office can read it "
        "then.\n"
        "3. Export: write the sealed signals to a USB stick or folder and bring them to "
        "the office.\n"
        "4. Import the receipt: the office gives you a file named receipt-….json. Import it; "
        "the delivered signals are erased from this laptop.\n\n"
        "Ctrl+L locks Seinpost at once, Ctrl+Q closes it; what you typed is kept.",
    )
