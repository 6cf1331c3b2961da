"""The two command lines: `intake-app` (`liaison.py`) and `intake-office` (`office.py`), and
what they share. A front end like `ui/`: it parses arguments, reads passphrases, prints; the
engine rooms it calls do none of that."""
