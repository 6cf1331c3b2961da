"""Office and path builders for the inventory rows of issue 11's second review
(test_media_inventory.py): legacy VML picture names, media part names, cropped pictures,
OneDrive drive and item ids, digital signatures, and the path spellings the recogniser missed.

Every planted name, device, place or path contains CANARY (see media_kit).
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import io

import pikepdf
from office_kit import OD, PKG, package
from pikepdf import Array, Dictionary, Name, String
from PIL import Image

VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
IMAGE_REL = ("rIdImage", OD + "image", "media/image1.png")


def small_png(size: tuple[int, int] = (4, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (0, 0, 255)).save(out, "PNG")
    return out.getvalue()


def vml_picture() -> bytes:
    """A picture as Word 2003 and compatibility mode write it: VML `o:title` holds the inserted
    file's name without extension, `alt` and `title` a file name or path."""
    body = (f'<w:p><w:r><w:pict {VML}><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:9pt;height:9pt" '
            'alt="IMG_20240512_CANARY_Utrecht.jpg" title="C:\\Users\\CANARYjjansen\\Pictures\\paspoort.png">'
            '<v:imagedata r:id="rIdImage" o:title="IMG_20240512_143012_CANARY_Anna_Jansen"/></v:shape></w:pict></w:r></w:p>')
    return package("docx", body=body, parts={"word/media/image1.png": small_png()}, main_rels=(IMAGE_REL,))


def named_media_part() -> bytes:
    """A picture part named after the inserted file (LibreOffice and converters keep names)."""
    body = (f'<w:p><w:r><w:pict {VML}><v:shape><v:imagedata r:id="rIdImage" o:title=""/></v:shape></w:pict></w:r></w:p>')
    return package("docx", body=body, parts={"word/media/CANARY_Anna_Jansen_paspoort.png": small_png()},
                   main_rels=(("rIdImage", OD + "image", "media/CANARY_Anna_Jansen_paspoort.png"),),
                   overrides={"word/media/CANARY_Anna_Jansen_paspoort.png": "image/png"})


CROPPED = (
    '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
    '<wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Picture 1"/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="Picture 1"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="rIdImage"/><a:srcRect r="75000"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
)


def cropped_picture() -> bytes:
    """A photo cropped in Word to its left quarter: the media part holds the whole photo."""
    return package("docx", body=CROPPED, parts={"word/media/image1.png": small_png((400, 100))}, main_rels=(IMAGE_REL,))


def cloud_drive_ids() -> bytes:
    """An external workbook link as Excel writes it for a OneDrive file: the URL, and next to it
    the account's drive id and the file's item id."""
    link = ('<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<externalBook r:id="rId1"><xxl21:alternateUrls xmlns:xxl21="http://schemas.microsoft.com/office/spreadsheetml/2021/extlinks2021" driveId="b!CANARYdrive_JanJansen" itemId="01CANARYITEM">'
            '<xxl21:absoluteUrl r:id="rId2"/></xxl21:alternateUrls><sheetNames><sheetName val="Blad1"/></sheetNames></externalBook></externalLink>')
    target = "https://d.docs.live.net/CANARY42/Documenten/B.xlsx"
    link_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{OD}externalLinkPath" Target="{target}" TargetMode="External"/>'
                 f'<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2019/04/relationships/externalLinkLongPath" Target="{target}" TargetMode="External"/></Relationships>')
    return package("xlsx", parts={"xl/externalLinks/externalLink1.xml": link, "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels},
                   main_rels=(("rIdX", OD + "externalLink", "externalLinks/externalLink1.xml"),))


DS = PKG + "digital-signature/"
SIGNATURE = (
    '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo/><SignatureValue>AAAA</SignatureValue>'
    '<KeyInfo><X509Data><X509Certificate>MIIBCANARYCert</X509Certificate></X509Data></KeyInfo>'
    '<Object><SignatureProperties><SignatureProperty Target="#idPackageSignature"><SignatureInfoV1 xmlns="http://schemas.microsoft.com/office/2006/digsig">'
    '<SignatureText>CANARY Ilse Mulder</SignatureText><Monitors>2</Monitors><HorizontalResolution>2560</HorizontalResolution>'
    '</SignatureInfoV1></SignatureProperty></SignatureProperties></Object>'
    '<Object><xd:QualifyingProperties xmlns:xd="http://uri.etsi.org/01903/v1.3.2#"><xd:SignedProperties><xd:SignedSignatureProperties>'
    '<xd:SigningTime>2024-05-12T14:30:12Z</xd:SigningTime><xd:SignerRole><xd:ClaimedRoles><xd:ClaimedRole>CANARY Wethouder</xd:ClaimedRole>'
    '</xd:ClaimedRoles></xd:SignerRole></xd:SignedSignatureProperties></xd:SignedProperties></xd:QualifyingProperties></Object></Signature>'
)


def signed_document() -> bytes:
    """A docx signed in Word (File > Info > Protect Document > Add a Digital Signature)."""
    return package("docx", parts={
        "_xmlsignatures/origin.sigs": b"",
        "_xmlsignatures/_rels/origin.sigs.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                                 f'<Relationship Id="rIdS" Type="{DS}signature" Target="sig1.xml"/></Relationships>',
        "_xmlsignatures/sig1.xml": SIGNATURE,
    }, package_rels=(("rIdOrigin", DS + "origin", "_xmlsignatures/origin.sigs"),),
        overrides={"_xmlsignatures/sig1.xml": "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"})


NETWORK_PATHS = (
    "smb://CANARY-nas.local/homes/jan/p.jpg",
    "afp://CANARY-mac.local/Jan/p.jpg",
    "nfs://CANARY-srv/export/jan/p.jpg",
    "/System/Volumes/Data/Users/CANARY/p.jpg",
    "C%3A%5CUsers%5CCANARY%5Cp.jpg",
    "https://cloud.example.org/remote.php/dav/files/CANARY/Foto/p.jpg",
    "\\\\?\\C:\\Users\\CANARY\\p.jpg",
    "\\\\.\\UNC\\CANARY-server\\share\\p.jpg",
    "/storage/emulated/0/Documents/CANARY/p.jpg",  # Android (review r11l R11L-4)
    "/storage/1A2B-3C4D/CANARY/p.jpg",
    "/sdcard/DCIM/CANARY/p.jpg",
    "content://com.android.externalstorage.documents/document/primary%3ACANARY%2Fp.jpg",
)
"""Spellings of a path on the author's disk, network or own cloud that the recogniser missed."""


def network_paths_docx() -> bytes:
    """Each spelling in a field; and a relationship to one of the package's own parts written
    relative (`../word/media/image1.png`, as charts and slides do), which is not a path."""
    body = "".join(f'<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;{p}&quot; "/></w:p>' for p in NETWORK_PATHS)
    return package("docx", body=body, parts={"word/media/image1.png": small_png()},
                   main_rels=(("rIdImage", OD + "image", "../word/media/image1.png"),))


def network_paths_pdf(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    page.obj.Annots = Array([document.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]),
        A=Dictionary(S=Name.URI, URI=String(p)))) for p in NETWORK_PATHS])
