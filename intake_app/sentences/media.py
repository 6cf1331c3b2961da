"""Sentences of attachment cleaning and its outcomes (intake_app/media/).

One part of the one table (intake_app/sentences/__init__.py): code -> {"nl", "en"}.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "media.cleaned": {
        "nl": "Opgeschoond: namen, apparaten, plaatsen en mappen zijn eruit gehaald.",
        "en": "Cleaned: names, devices, places and folders were removed.",
    },
    "media.cleaned_with_exceptions": {
        "nl": "Deels opgeschoond: namen, apparaten, plaatsen en mappen zijn eruit gehaald, "
        "behalve wat hierna staat.",
        "en": "Partly cleaned: names, devices, places and folders were removed, except what "
        "follows.",
    },
    "media.original_kept": {
        "nl": "Origineel bewaard, zoals u koos: het bestand kan u of anderen herkenbaar maken.",
        "en": "Original kept, as you chose: the file may identify you or others.",
    },
    "media.not_cleanable": {
        "nl": "Kon niet worden opgeschoond en wordt verzegeld zoals het is: het kan u of anderen "
        "herkenbaar maken.",
        "en": "Could not be cleaned and is sealed as it is: it may identify you or others.",
    },
    "media.will_be_cleaned": {
        "nl": "Wordt opgeschoond als het binnen enkele seconden in uw kluis wordt bewaard: namen, "
        "apparaten, plaatsen en mappen gaan eruit. Wat er gebeurde, staat hier daarna.",
        "en": "Will be cleaned as it is stored in your vault, within seconds: names, devices, "
        "places and folders are removed. What happened shows here then.",
    },
    "media.will_not_be_cleaned": {
        "nl": "Wordt niet opgeschoond en wordt verzegeld zoals het is: het kan u of anderen "
        "herkenbaar maken.",
        "en": "Will not be cleaned and will be sealed as it is: it may identify you or others.",
    },
    "media.unknown": {
        "nl": "Er is een onbekende waarschuwing bij deze bijlage.",
        "en": "This attachment has a warning this version does not know.",
    },
    "media.type_not_cleanable": {
        "nl": "Seinpost kan dit soort bestand niet opschonen.",
        "en": "Seinpost cannot clean this kind of file.",
    },
    "media.rtf_not_cleaned": {
        "nl": "Seinpost kan RTF-documenten niet opschonen: dit document houdt de auteur, het "
        "bedrijf, wie wijzigingen en opmerkingen maakte, de map van het sjabloon en wat in de "
        "afbeeldingen staat vast. Wilt u het opgeschoond versturen, sla het dan op als PDF of "
        "als Word-document (.docx) en voeg dat toe.",
        "en": "Seinpost cannot clean RTF documents: this one keeps its author, its company, who "
        "made tracked changes and comments, its template's folder and what its pictures hold. "
        "To send it cleaned, save it as PDF or as a Word document (.docx) and attach that.",
    },
    "media.original_kept_may_identify": {
        "nl": "Namen, apparaten, plaatsen of mappen in het bestand blijven staan.",
        "en": "Names, devices, places or folders in the file stay in it.",
    },
    "media.too_large_to_clean": {
        "nl": "Het bestand is te groot om op te schonen.",
        "en": "The file is too large to clean.",
    },
    "media.unreadable_image": {
        "nl": "De afbeelding is beschadigd of onleesbaar.",
        "en": "The picture is damaged or cannot be read.",
    },
    "media.image_frames_dropped": {
        "nl": "Van de beelden in dit bestand (een animatie, of meer foto's in één bestand zoals "
        "een serie, een diepte- of HDR-beeld) is alleen het eerste bewaard.",
        "en": "Of the images in this file (an animation, or more pictures in one file such as "
        "a burst, a depth or HDR map) only the first was kept.",
    },
    "media.colour_profile_dropped": {
        "nl": "Het kleurprofiel is verwijderd; kleuren kunnen iets afwijken.",
        "en": "The colour profile was removed; colours may look slightly different.",
    },
    "media.unreadable_pdf": {
        "nl": "De PDF is beschadigd of onleesbaar.",
        "en": "The PDF is damaged or cannot be read.",
    },
    "media.pdf_encrypted": {
        "nl": "De PDF is versleuteld; Seinpost kan er niet in.",
        "en": "The PDF is encrypted; Seinpost cannot look inside it.",
    },
    "media.pdf_protection_removed": {
        "nl": "De beveiliging van de PDF tegen bewerken of afdrukken (een eigenaarswachtwoord) "
        "is eraf gehaald; de inhoud is niet veranderd.",
        "en": "The PDF's protection against editing or printing (an owner password) was "
        "removed; its content is unchanged.",
    },
    "media.pdf_repaired": {
        "nl": "De PDF had kleine fouten (zoals na verzending per e-mail of kopiëren als tekst); "
        "die zijn bij het opschonen hersteld, zoals PDF-lezers ze ook herstellen.",
        "en": "The PDF had small faults (as after sending by e-mail or copying as text); they "
        "were repaired while cleaning, as PDF readers repair them too.",
    },
    "media.pdf_metadata_partly_removed": {
        "nl": "Een deel van de PDF was onleesbaar; daar kunnen namen, mappen of apparaten "
        "blijven staan.",
        "en": "Part of the PDF could not be read; names, folders or devices may remain there.",
    },
    "media.pdf_embedded_images_not_cleaned": {
        "nl": "Sommige afbeeldingen in de PDF konden niet worden opgeschoond.",
        "en": "Some pictures inside the PDF could not be cleaned.",
    },
    "media.pdf_colour_profiles_kept": {
        "nl": "Een kleurprofiel in de PDF kon niet worden opgeschoond; het kan het apparaat of "
        "de eigenaar noemen.",
        "en": "A colour profile inside the PDF could not be cleaned; it may name the device or "
        "its owner.",
    },
    "media.pdf_xfa_form_kept": {
        "nl": "Het formulier (XFA) in de PDF is niet opgeschoond: zonder kan de PDF niet worden "
        "getoond. Er kunnen namen en mappen in staan.",
        "en": "The form (XFA) inside the PDF was not cleaned: the PDF cannot be shown without "
        "it. It may hold names and folders.",
    },
    "media.pdf_fonts_kept": {
        "nl": "Een lettertype in de PDF kon niet worden opgeschoond; het kan de naam van de "
        "koper noemen.",
        "en": "A font inside the PDF could not be cleaned; it may name the person who "
        "licensed it.",
    },
    "media.pdf_stamps_kept": {
        "nl": "Een stempel op een pagina van de PDF blijft staan: de tekst of afbeelding kan "
        "noemen wie stempelde en wanneer (veel programma's vullen dat zelf in). Bekijk de "
        "pagina's voordat u verzegelt.",
        "en": "A stamp on a page of the PDF stays: its text or picture may name who stamped it "
        "and when (many programs fill that in themselves). Look at the pages before sealing.",
    },
    "media.pdf_text_boxes_kept": {
        "nl": "Een tekstvak dat op een pagina van de PDF is gezet, blijft staan: de tekst kan "
        "een persoon noemen. Bekijk de pagina's voordat u verzegelt.",
        "en": "A text box placed on a page of the PDF stays: its text may name a person. Look "
        "at the pages before sealing.",
    },
    "media.pdf_ink_kept": {
        "nl": "Een inkttekening op een pagina van de PDF toont tekst of een afbeelding en blijft "
        "staan: die kan een persoon noemen. Bekijk de pagina's voordat u verzegelt.",
        "en": "An ink drawing on a page of the PDF shows text or a picture and stays: it may "
        "name a person. Look at the pages before sealing.",
    },
    "media.pdf_watermarks_kept": {
        "nl": "Een watermerk op de pagina's van de PDF blijft staan: het kan noemen voor wie "
        "het exemplaar is gemaakt. Bekijk de pagina's voordat u verzegelt.",
        "en": "A watermark on the PDF's pages stays: it may name the person the copy was made "
        "for. Look at the pages before sealing.",
    },
    "media.pdf_page_marks_kept": {
        "nl": "Een notitie, vorm of andere markering op een pagina van de PDF toont eigen tekst "
        "of een afbeelding en blijft staan: die kan een persoon noemen. Bekijk de pagina's "
        "voordat u verzegelt.",
        "en": "A note, shape or other mark on a page of the PDF shows text or a picture of its "
        "own and stays: it may name a person. Look at the pages before sealing.",
    },
    "media.pdf_3d_removed": {
        "nl": "Een 3D-model in de PDF is eruit gehaald: zo'n model bewaart zijn eigen maker, "
        "programma en mappen. De pagina's tonen het model niet meer.",
        "en": "A 3D model inside the PDF was taken out: such a model keeps its own maker, "
        "program and folders. The pages no longer show the model.",
    },
    "media.pdf_fonts_removed": {
        "nl": "Een lettertype in de PDF kon niet worden gelezen en is eruit gehaald: het kon de "
        "maker of koper noemen. De tekst wordt nu in een vervangend lettertype getoond en kan er "
        "anders uitzien of, zelden, verkeerde letters tonen.",
        "en": "A font inside the PDF could not be read and was taken out: it could name its maker "
        "or buyer. Its text is now shown in a stand-in font and may look different or, rarely, "
        "show wrong letters.",
    },
    "media.pdf_cleaner_stopped": {
        "nl": "Het opschonen van deze PDF is gestopt: het duurde te lang, gebruikte te veel "
        "geheugen of liep vast op het bestand. Seinpost zelf draait gewoon door.",
        "en": "Cleaning this PDF stopped: it took too long, used too much memory or broke on the "
        "file. Seinpost itself keeps running.",
    },
    "media.office_cleaner_stopped": {
        "nl": "Het opschonen van dit Office-document is gestopt: het duurde te lang of gebruikte "
        "te veel geheugen (het bevat erg veel tekst of opmaak), of liep vast op het bestand. "
        "Seinpost zelf draait gewoon door. Bewaar het als PDF om het wel te laten opschonen.",
        "en": "Cleaning this Office document stopped: it took too long or used too much memory "
        "(it holds a great deal of text or formatting), or broke on the file. Seinpost itself "
        "keeps running. Save it as PDF to have it cleaned.",
    },
    "media.svg_cleaner_stopped": {
        "nl": "Het opschonen van deze SVG-tekening is gestopt: het duurde te lang of gebruikte "
        "te veel geheugen (de tekening is erg groot), of liep vast op het bestand. Seinpost zelf "
        "draait gewoon door. Bewaar haar als PNG of PDF om haar wel te laten opschonen.",
        "en": "Cleaning this SVG drawing stopped: it took too long or used too much memory (the "
        "drawing is very large), or broke on the file. Seinpost itself keeps running. Save it as "
        "PNG or PDF to have it cleaned.",
    },
    "media.image_cleaner_stopped": {
        "nl": "Deze afbeelding kon niet worden opgeschoond: ze is te groot of te ingewikkeld (het "
        "opschonen duurde te lang of gebruikte te veel geheugen), of het opschonen liep vast op "
        "het bestand. Seinpost zelf draait gewoon door. Maak er een schermafbeelding of een "
        "kleinere kopie van om haar wel te laten opschonen.",
        "en": "This picture could not be cleaned: it is too large or too complex (cleaning took "
        "too long or used too much memory), or cleaning broke on the file. Seinpost itself keeps "
        "running. Take a screenshot of it or make a smaller copy to have it cleaned.",
    },
    "media.pdf_embedded_files_not_cleaned": {
        "nl": "Bestanden die in de PDF zijn ingesloten, zijn niet opgeschoond.",
        "en": "Files embedded in the PDF were not cleaned.",
    },
    "media.unreadable_office_document": {
        "nl": "Het Office-document is beschadigd, onleesbaar of te groot.",
        "en": "The Office document is damaged, cannot be read or is too large.",
    },
    "media.office_comments_not_cleaned": {
        "nl": "Opmerkingen in het document zijn niet opgeschoond.",
        "en": "Comments in the document were not cleaned.",
    },
    "media.office_embedded_media_not_cleaned": {
        "nl": "Sommige afbeeldingen in het document konden niet worden opgeschoond.",
        "en": "Some pictures inside the document could not be cleaned.",
    },
    "media.image_cleaned_in_container": {
        "nl": "Een afbeelding kon niet opnieuw worden opgebouwd (beschadigd, ongewoon of zeer "
        "groot); daarom is alleen bewaard wat nodig is om haar te tonen, en het beeld zelf is "
        "ongewijzigd.",
        "en": "A picture could not be rebuilt (damaged, unusual or very large), so only what is "
        "needed to show it was kept, and the picture itself is unchanged.",
    },
    "media.office_cropped_picture_kept": {
        "nl": "Een afbeelding in het document is bijgesneden: het weggesneden deel ziet u niet in "
        "het document, maar het zit nog in het bestand en komt heel bij het bureau aan "
        "(bijvoorbeeld een gezicht of een plek naast wat u ziet). Wilt u alleen het zichtbare "
        "deel versturen, snijd de afbeelding dan zelf bij in een fotobewerker en zet haar "
        "opnieuw in het document.",
        "en": "A picture in the document is cropped: the part cropped away is not shown in the "
        "document, but it is still in the file and reaches the office whole (a face or a place "
        "beside what you see, for example). To send only what is shown, crop the picture itself "
        "in a photo editor and put it in the document again.",
    },
    "media.image_has_sub_images": {
        "nl": "De afbeelding bevat meer dan één beeld (zoals een RAW-foto met een voorbeeld): "
        "Seinpost kan haar niet opschonen zonder het eigenlijke beeld te verliezen.",
        "en": "The picture holds more than one image (like a RAW photo with a preview): "
        "Seinpost cannot clean it without losing the picture itself.",
    },
    "media.office_header_footer_text_removed": {
        "nl": "De tekst in de kop- en voetteksten van het werkblad is verwijderd: Excel zet daar "
        "vaak uw naam of organisatie in. Paginanummers en datum blijven.",
        "en": "The text in the worksheet's headers and footers was removed: Excel often puts "
        "your name or organisation there. Page numbers and the date stay.",
    },
    "media.office_hidden_content_kept": {
        "nl": "Dit bestand bevat inhoud die u bij gewoon bekijken niet ziet: een verborgen "
        "werkblad of dia, of notities bij een dia. Die is ongewijzigd meegestuurd; maak ze "
        "zichtbaar en kijk of er niets in staat dat u of anderen kan identificeren.",
        "en": "This file holds content you do not see when you simply view it: a hidden sheet "
        "or slide, or speaker notes. It is sent unchanged; unhide it and check that nothing "
        "in it could identify you or others.",
    },
    "media.office_unseen_text_removed": {
        "nl": "Tekst die Word niet laat zien, is verwijderd: wat met 'Wijzigingen bijhouden' "
        "was geschrapt (die schrappingen zijn aanvaard) en tekst die als verborgen was "
        "opgemaakt.",
        "en": "Text Word does not show was removed: what was deleted with Track Changes (the "
        "deletions were accepted) and text formatted as hidden.",
    },
    "media.office_signature_removed": {
        "nl": "De digitale handtekening van het document is verwijderd: die noemde de "
        "ondertekenaar en klopt na het opschonen niet meer.",
        "en": "The document's digital signature was removed: it named the signer and no longer "
        "holds after cleaning.",
    },
    "media.office_macros_removed": {
        "nl": "De macro's (VBA-code) zijn verwijderd: die bevatten vaak namen en mappen en zouden "
        "bij het bureau code uitvoeren. Moet het bureau de macro's zelf zien, kies dan om het "
        "origineel te bewaren.",
        "en": "The macros (VBA code) were removed: they often hold names and folders, and would "
        "run code at the office. If the office needs to see the macros themselves, choose to "
        "keep the original.",
    },
    "media.unreadable_svg": {
        "nl": "De tekening (SVG) is beschadigd, of gebruikt XML-entiteiten die Seinpost niet "
        "leest.",
        "en": "The drawing (SVG) is damaged, or uses XML entities Seinpost does not read.",
    },
    "media.office_embedded_objects_not_cleaned": {
        "nl": "Ingesloten objecten of macro's in het document zijn niet opgeschoond.",
        "en": "Embedded objects or macros in the document were not cleaned.",
    },
    "media.pdf_signatures_kept": {
        "nl": "De PDF is digitaal ondertekend; het certificaat met de naam van de ondertekenaar "
        "blijft staan.",
        "en": "The PDF is digitally signed; the certificate with the signer's name stays in it.",
    },
    "media.not_a_png": {
        "nl": "Deze afbeelding is geen PNG die veilig kan worden opgeschoond.",
        "en": "This image is not a PNG that can be cleaned safely.",
    },
    "media.not_a_gif": {
        "nl": "Deze afbeelding is geen GIF die precies zo kan worden herschreven.",
        "en": "This image is not a GIF that can be written anew exactly.",
    },
    "media.not_a_webp": {
        "nl": "Deze afbeelding is geen WebP die veilig kan worden opgeschoond.",
        "en": "This image is not a WebP that can be cleaned safely.",
    },
    "media.not_a_heif": {
        "nl": "Deze afbeelding is geen HEIC- of AVIF-bestand dat veilig kan worden opgeschoond.",
        "en": "This image is not a HEIC or AVIF file that can be cleaned safely.",
    },
    "media.not_a_tiff": {
        "nl": "Deze afbeelding is geen TIFF die veilig kan worden opgeschoond.",
        "en": "This image is not a TIFF that can be cleaned safely.",
    },
    "media.unsafe_xml": {
        "nl": "Een deel van dit Office-document is geen veilige, geldige XML.",
        "en": "Part of this Office document is not safe, well-formed XML.",
    },
    "media.not_a_jpeg": {
        "nl": "Deze afbeelding is geen JPEG die veilig kan worden opgeschoond.",
        "en": "This image is not a JPEG that can be cleaned safely.",
    },
    "media.too_many_jpeg_segments": {
        "nl": "Deze JPEG heeft te veel delen om veilig te worden opgeschoond.",
        "en": "This JPEG has too many parts to be cleaned safely.",
    },
    "media.profile_dropped": {
        "nl": "Het kleurprofiel van deze afbeelding kon niet worden gebruikt.",
        "en": "This image's colour profile could not be used.",
    },
    "media.jpeg_data_not_rebuilt": {
        "nl": "De beeldgegevens van een JPEG-afbeelding konden niet opnieuw worden geschreven; "
        "bytes die tussen die gegevens verborgen zijn, kunnen zijn gebleven.",
        "en": "The picture data of a JPEG picture could not be written anew; bytes hidden "
        "between that data may have stayed.",
    },
    "media.image_colours_clipped": {
        "nl": "De kleuren zijn omgezet naar sRGB, de kleuren die elk scherm toont; de felste "
        "kleuren vielen daarbuiten en zijn nu iets minder fel.",
        "en": "The colours were converted to sRGB, the colours every screen shows; the most "
        "vivid ones fell outside it and are slightly less vivid now.",
    },
    "media.image_colours_changed": {
        "nl": "De GIF is opnieuw opgeslagen en sommige kleuren zijn veranderd: een GIF-beeld "
        "heeft hoogstens 256 kleuren en die zijn opnieuw gekozen (bij een transparante kleur, "
        "of beelden met meer kleuren). Wat hij laat zien, is verder hetzelfde.",
        "en": "The GIF was saved anew and some colours changed: a GIF picture holds at most 256 "
        "colours and they were chosen anew (for a transparent colour, or frames with more "
        "colours). What it shows is otherwise the same.",
    },
    "media.image_recompressed": {
        "nl": "De foto is opnieuw gecomprimeerd (een HEIC- of AVIF-foto wordt JPEG): kleuren "
        "en fijne details kunnen een heel klein beetje verschillen van het origineel; wat ze "
        "laat zien, is hetzelfde.",
        "en": "The photo was compressed anew (a HEIC or AVIF photo becomes JPEG): colours and "
        "fine detail may differ very slightly from the original; what it shows is the same.",
    },
    "media.image_depth_reduced": {
        "nl": "De afbeelding had meer dan 8 bits per kleur (zoals een 10-bits HEIC-foto) en is "
        "opgeslagen met 8 bits (als JPEG, of als PNG als ze transparant is): de fijnste "
        "kleurverschillen zijn afgerond; wat ze laat zien, is hetzelfde.",
        "en": "The picture had more than 8 bits a colour (like a 10-bit HEIC photo) and was "
        "saved with 8 bits (as a JPEG, or as a PNG when it is transparent): the finest shades "
        "of colour are rounded; what it shows is the same.",
    },
    "media.motion_photo_video_dropped": {
        "nl": "Dit is een bewegende foto: het korte filmpje dat erin zat, is weggelaten; alleen "
        "de foto zelf wordt verzegeld.",
        "en": "This is a motion photo: the short video stored in it was left out; only the "
        "still picture is sealed.",
    },
    "media.image_data_not_trimmed": {
        "nl": "De beeldgegevens van een afbeelding (in een ongewone compressie, of te groot om "
        "na te lopen) zijn ongewijzigd bewaard; bytes die erachter verborgen zijn, kunnen zijn "
        "gebleven.",
        "en": "The picture data of a picture (in an unusual compression, or too large to "
        "check) was kept as it is; bytes hidden after it may have stayed.",
    },
    "media.image_data_unusable": {
        "nl": "De beeldgegevens van deze afbeelding zijn onleesbaar.",
        "en": "The picture data of this image cannot be read.",
    },
    "media.image_data_too_large": {
        "nl": "De beeldgegevens van deze afbeelding zijn te groot om na te lopen.",
        "en": "The picture data of this image is too large to check.",
    },
    "media.image_data_not_cut": {
        "nl": "De beeldgegevens van deze afbeelding konden niet worden ingekort.",
        "en": "The picture data of this image could not be cut to what is shown.",
    },
    "media.scan_not_rebuilt": {
        "nl": "De beeldgegevens van deze JPEG konden niet opnieuw worden geschreven.",
        "en": "The picture data of this JPEG could not be written anew.",
    },
}
