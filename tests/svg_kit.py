"""SVG drawings as Inkscape writes them, with everything an editor says about its maker planted
(`CANARY`), and a JPEG embedded as a `data:` URI with its own EXIF (tests/test_sealed_svg.py,
the `svg-*` rows of tests/test_media_inventory.py)."""

# ruff: noqa: E501 (SVG is kept as the editors write it)

from __future__ import annotations

import base64
import io
import re

from PIL import Image


def photo() -> bytes:
    """A small JPEG whose EXIF names its maker and camera."""
    exif = Image.Exif()
    exif[0x013B] = "CANARY Jan Jansen"  # Artist
    exif[0x010F] = "CANARY Phone"  # Make
    out = io.BytesIO()
    Image.new("RGB", (16, 8), "teal").save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def drawing(photo: bytes) -> bytes:
    """An Inkscape drawing: editor attributes, metadata, a comment, a font and a picture
    linked from the author's disk, and `photo` embedded."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        "<!-- Created with Inkscape (http://www.inkscape.org/) by CANARY Jan -->\n"
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'width="40" height="20" viewBox="0 0 40 20" version="1.1" id="svg1" inkscape:version="1.3 (0e150ed, 2023-07-21)" '
        'sodipodi:docname="CANARY kaart Utrecht.svg" inkscape:export-filename="/home/CANARYjan/Documenten/kaart.png" inkscape:export-xdpi="96">'
        '<sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:window-width="1920" inkscape:current-layer="layer1"/>'
        "<metadata><rdf:RDF><cc:Work rdf:about=\"\"><dc:creator><cc:Agent><dc:title>CANARY Jan Jansen</dc:title></cc:Agent></dc:creator></cc:Work></rdf:RDF></metadata>"
        "<style>@font-face { font-family: Eigen; src: url(file:///home/CANARYjan/.fonts/eigen.ttf); }</style>"
        '<g inkscape:label="Laag 1" inkscape:groupmode="layer" id="layer1">'
        '<rect x="1" y="1" width="10" height="10" fill="#ff0000" id="rect1"/>'
        '<text x="12" y="10" id="text1">Plein</text>'
        f'<image x="20" y="0" width="16" height="8" id="image1" xlink:href="data:image/jpeg;base64,{base64.b64encode(photo).decode()}" '
        'sodipodi:absref="C:\\Users\\CANARYjan\\Pictures\\IMG_2045.jpg"/>'
        '<image x="0" y="12" width="4" height="4" id="image2" xlink:href="file:///C:/Users/CANARYjan/Pictures/IMG_2046.jpg"/>'
        '<use xlink:href="#rect1" x="0" y="12"/>'
        "</g></svg>\n").encode()


def compressed(svg: bytes) -> bytes:
    """`svg` as an `.svgz`: gzip whose header names the file (CANARY) and its time."""
    import gzip

    out = io.BytesIO()
    with gzip.GzipFile(filename="CANARY kaart Utrecht.svg", mode="wb", fileobj=out,
                       mtime=1715524212) as packed:
        packed.write(svg)
    return out.getvalue()


def embedded(svg: bytes) -> bytes:
    """The first JPEG embedded in `svg` as a data: URI."""
    return base64.b64decode(re.search(rb"data:image/jpeg;base64,([A-Za-z0-9+/=]+)", svg).group(1))


ILLUSTRATOR = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
\t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">
\t<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
\t<!ENTITY ns_graphs "http://ns.adobe.com/Graphs/1.0/">
\t<!ENTITY ns_sfw "http://ns.adobe.com/SaveForWeb/1.0/">
]>
<svg version="1.1" id="Laag_1" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;" xmlns:graph="&ns_graphs;"
\t xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">
<metadata><sfw xmlns="&ns_sfw;"><slices></slices></sfw></metadata>
<switch>
\t<foreignObject requiredExtensions="&ns_ai;" x="0" y="0" width="1" height="1">
\t\t<i:aipgfRef xlink:href="#adobe_illustrator_pgf"></i:aipgfRef>
\t</foreignObject>
\t<g i:extraneous="self"><rect x="10" y="10" width="80" height="80" fill="#c00"/>
\t<image width="10" height="10" xlink:href="file:///C:/Users/CANARYjan/Pictures/IMG_2045.JPG"/></g>
</switch>
<i:aipgf id="adobe_illustrator_pgf" i:pgfEncoding="zstd/base64" i:pgfVersion="24">
\t<![CDATA[ CANARY Jan Jansen C:\\Users\\CANARYjan\\Documents\\kaart.ai ]]>
</i:aipgf>
</svg>
"""
"""An SVG as Illustrator's "Save As SVG" writes it: namespace entities in the DOCTYPE, its private
data (`i:pgf`) naming the `.ai` file's folder, a picture linked from the author's disk."""

NESTED_ENTITIES = b"""<?xml version="1.0"?>
<!DOCTYPE svg [
<!ENTITY a "CANARY CANARY CANARY CANARY">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">
]>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>&b;</title><rect width="5" height="5"/></svg>
"""
"""Entities that nest (the start of a "billion laughs"): refused, and forecast so."""
