"""`intake-app record --help`: a complete signal.json and every code it may hold (review r7k
R7K-1: a first-time user met 13 lines of "is required" and found the format only in the tests).

The example is a valid signal (tests/test_record_help.py records it); the code lists are read
from the taxonomy itself (domain/taxonomy.py), so they never fall behind it.
"""

from __future__ import annotations

import json

from intake_app.domain import taxonomy

#: A complete signal, every field given (the one the help shows; `record --from` takes it).
EXAMPLE: dict[str, object] = {
    "category": "intimidation",
    "actor": "unknown",
    "targets": ["individual"],
    "channel": "phone",
    "period": {"kind": "date", "start": "2026-11-02", "end": None},
    "place": {"kind": "municipality", "value": "GM0363"},
    "description": "What happened, in the person's words.",
    "impact": ["fear_for_safety"],
    "impact_notes": "",
    "urgency": "medium",
    "anonymity": "anonymous",
    "consent": ["office_only"],
    "reported_elsewhere": "no",
    "source_reliability": "B",
    "information_credibility": "2",
}

# field -> the taxonomy list its codes come from (a list field takes several)
_FIELDS = (("category", "category"), ("targets", "target"), ("channel", "channel"),
           ("place.kind", "place_kind"), ("impact", "impact"), ("urgency", "urgency"),
           ("anonymity", "anonymity"), ("consent", "consent"),
           ("reported_elsewhere", "reported_elsewhere"),
           ("source_reliability", "source_reliability"),
           ("information_credibility", "information_credibility"))


def record_epilog() -> str:
    """The text after `record --help`'s options: the example, then the codes per field."""
    lines = ["A complete FILE.json (all fields are needed; lists may hold several codes):", ""]
    fields = [f'    "{name}": {json.dumps(value)}' for name, value in EXAMPLE.items()]
    lines += ["  {", ",\n".join(fields), "  }"]
    lines += ["", "The codes each field takes:"]
    for field, list_name in _FIELDS:
        lines.append(f"  {field}: {', '.join(taxonomy.codes(list_name))}")
    lines += [
        f"  actor: {taxonomy.UNKNOWN_ACTOR}, or the state's ISO 3166-1 alpha-2 code (TR, CN, ...)",
        "  period: {\"kind\": \"date\", \"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\" or null}"
        " or {\"kind\": \"month\", \"month\": \"YYYY-MM\"}",
        "  place.value: a municipality's CBS code (GM0363), a province code (nl-zh), a country"
        " code (abroad; or null), null (online)",
        f"  {taxonomy.OFFICE_ONLY} (consent) and {taxonomy.NO_IMPACT_KNOWN} (impact) stand"
        " alone; source_reliability and information_credibility are the Admiralty code.",
    ]
    return "\n".join(lines)
