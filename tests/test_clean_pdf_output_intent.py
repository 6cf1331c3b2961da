"""A PDF's output intent keeps no words its maker typed about the device (review r11i L2, issue
11). `/OutputCondition` is free text ("JJLAPTOP profile"), and `/OutputConditionIdentifier` is
free text too when no registry names it; the output intent's `/Info` was already removed. The
sealed file is checked with exiftool and by reading the intent; the colour profile it points to,
and a standard condition's name, stay."""

from __future__ import annotations

import io

import pikepdf
from media_kit import canaries, identifying_tags
from office_kit import pdf
from pikepdf import Array, Dictionary, Name, String
from PIL import ImageCms

from intake_app.media.clean import clean_attachment


def _intent(**keys: object):
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        profile = document.make_stream(srgb, N=3)
        document.Root.OutputIntents = Array([Dictionary(
            Type=Name.OutputIntent, S=Name.GTS_PDFA1, DestOutputProfile=profile, **keys)])
    return build


def _cleaned_intent(original: bytes) -> pikepdf.Dictionary:
    result = clean_attachment(original, "a.pdf")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    document = pikepdf.open(io.BytesIO(result.data))
    return document.Root.OutputIntents[0]


def test_a_typed_condition_and_identifier_go_and_the_profile_stays() -> None:
    original = pdf(_intent(OutputCondition=String("CANARY JJLAPTOP profile"),
                           OutputConditionIdentifier=String("CANARY printer of Jan Jansen")))
    assert canaries(original)
    intent = _cleaned_intent(original)
    assert Name.OutputCondition not in intent
    assert str(intent.OutputConditionIdentifier) == "Custom"
    assert Name.DestOutputProfile in intent and intent.S == Name.GTS_PDFA1


def test_a_standard_or_registered_condition_keeps_its_name() -> None:
    for identifier, registry in (("FOGRA39", "http://www.color.org"),
                                 ("sRGB IEC61966-2.1", None), ("CGATS TR 001", None)):
        keys = {"OutputConditionIdentifier": String(identifier)}
        if registry:
            keys["RegistryName"] = String(registry)
        intent = _cleaned_intent(pdf(_intent(**keys)))
        assert str(intent.OutputConditionIdentifier) == identifier
