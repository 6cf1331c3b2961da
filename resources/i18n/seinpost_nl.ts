<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Fit</name>
    <message>
        <source>…and %1 more (Show Details… lists them all)</source>
        <translation>…en nog %1 (Details tonen… noemt ze allemaal)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="22"/>
        <source>Qt for Python: the window</source>
        <extracomment>(distribution, what it does here, licence) of the components bundled with the app; what it does is shown in the UI language (marked here, translated where the box is built).</extracomment>
        <translation>Qt for Python: het venster</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="24"/>
        <source>libsodium: keys, signatures, the vault</source>
        <translation>libsodium: sleutels, handtekeningen, de kluis</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="26"/>
        <source>OpenSSL: sealing at speed</source>
        <translation>OpenSSL: snel verzegelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="28"/>
        <source>the system keyring</source>
        <translation>de sleutelbos van het systeem</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="30"/>
        <source>where the profile lives</source>
        <translation>waar het profiel staat</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="32"/>
        <source>cleaning photos</source>
        <translation>foto&apos;s opschonen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="34"/>
        <source>cleaning HEIC photos</source>
        <translation>HEIC-foto&apos;s opschonen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="36"/>
        <source>cleaning PDF documents</source>
        <translation>PDF-documenten opschonen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="38"/>
        <source>country names in your language</source>
        <translation>landnamen in uw taal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="40"/>
        <source>QR codes</source>
        <translation>QR-codes</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="42"/>
        <source>passphrase strength</source>
        <translation>sterkte van de wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="44"/>
        <source>Dutch words the passphrase check knows</source>
        <translation>Nederlandse woorden die de wachtzincontrole kent</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="61"/>
        <source>signal record (signal.json)</source>
        <translation>signaalrecord (signal.json)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="62"/>
        <source>sealed signal</source>
        <translation>verzegeld signaal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="63"/>
        <source>bundle manifest</source>
        <translation>bundelmanifest</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="64"/>
        <source>bundle part index</source>
        <translation>index van een bundeldeel</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="65"/>
        <source>receipt</source>
        <translation>ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="66"/>
        <source>key card</source>
        <translation>sleutelkaart</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="67"/>
        <source>vault file (vault.json)</source>
        <translation>kluisbestand (vault.json)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="68"/>
        <source>local store (store.db)</source>
        <translation>lokale opslag (store.db)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="69"/>
        <source>encrypted attachment</source>
        <translation>versleutelde bijlage</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="82"/>
        <location filename="../../intake_app/ui/about_dialog.py" line="109"/>
        <source>About Seinpost</source>
        <translation>Over Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="92"/>
        <source>Licence: EUPL-1.2. No warranty.</source>
        <translation>Licentie: EUPL-1.2. Zonder garantie.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="93"/>
        <source>Formats</source>
        <translation>Formaten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="94"/>
        <source>Built on</source>
        <translation>Gebouwd op</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="329"/>
        <source>Remove attachments</source>
        <translation>Bijlagen verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/attachment_panel.py" line="330"/>
        <source>Remove these %n attachment(s)? %1</source>
        <translation>
            <numerusform>Deze bijlage verwijderen? %1</numerusform>
            <numerusform>Deze %n bijlagen verwijderen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="332"/>
        <source>&amp;Remove them</source>
        <translation>&amp;Ja, verwijderen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="333"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Nee, houden</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="89"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="107"/>
        <source>Add &amp;file…</source>
        <translation>Bestand toe&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="108"/>
        <source>Add file</source>
        <translation>Bestand toevoegen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="110"/>
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="111"/>
        <source>Remove the chosen attachment</source>
        <translation>De gekozen bijlage verwijderen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="113"/>
        <location filename="../../intake_app/ui/attachment_panel.py" line="114"/>
        <source>Keep the original, do not clean</source>
        <translation>Origineel bewaren, niet opschonen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="197"/>
        <source>checking whether it can be cleaned…</source>
        <translation>nagaan of het opgeschoond kan worden…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="235"/>
        <source>It is stored as %1: the name that fits what the file holds.</source>
        <translation>Het wordt bewaard als %1: de naam die past bij wat het bestand bevat.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="295"/>
        <source>partly cleaned: what may still identify you is named in its warnings</source>
        <translation>deels opgeschoond: wat u nog herkenbaar kan maken, staat in de waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="315"/>
        <source>Not cleaned: %1. Hidden data (names, devices, places) may stay in these files and reach the office as it is. Remove a file if that could put someone at risk.</source>
        <translation>Niet opgeschoond: %1. Verborgen gegevens (namen, apparaten, plaatsen) kunnen in deze bestanden blijven en zo bij het meldpunt komen. Haal een bestand weg als dat iemand in gevaar kan brengen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="292"/>
        <source>cleaned of hidden data, in the vault</source>
        <translation>ontdaan van verborgen gegevens, in de kluis</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="116"/>
        <source>Only for evidence that must stay untouched: hidden data stays in the file. It applies to the chosen files in the list and to files you add next.</source>
        <translation>Alleen voor bewijs dat onaangeroerd moet blijven: verborgen gegevens blijven in het bestand. Het geldt voor de gekozen bestanden in de lijst en voor bestanden die u hierna toevoegt.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="298"/>
        <source>original kept as evidence: hidden data stays in it</source>
        <translation>origineel bewaard als bewijs: verborgen gegevens blijven erin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="301"/>
        <source>could not be cleaned: hidden data (location, author) may stay in it</source>
        <translation>kon niet worden opgeschoond: verborgen gegevens (locatie, auteur) kunnen erin blijven</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="303"/>
        <source>in the vault</source>
        <translation>in de kluis</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_drops.py" line="35"/>
        <source>Not added: %1 is not a file on this laptop; save it here first, then add it.</source>
        <translation>Niet toegevoegd: %1 is geen bestand op deze laptop; sla het hier eerst op en voeg het dan toe.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_drops.py" line="38"/>
        <source>Not added: %1 is a folder; add the files in it.</source>
        <translation>Niet toegevoegd: %1 is een map; voeg de bestanden erin toe.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_drops.py" line="40"/>
        <source>Not added: %1 cannot be found or is not a file.</source>
        <translation>Niet toegevoegd: %1 is niet te vinden of is geen bestand.</translation>
    </message>
</context>
<context>
    <name>CapsLockWatch</name>
    <message>
        <location filename="../../intake_app/ui/caps_lock.py" line="49"/>
        <source>Caps Lock is on: the passphrase may come out in capitals.</source>
        <translation>Caps Lock staat aan: de wachtzin komt misschien in hoofdletters.</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="82"/>
        <source>Checking the drafts…</source>
        <translation>De concepten worden gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="98"/>
        <source>%n draft(s) are not complete yet; open them to fill the marked fields.</source>
        <translation>
            <numerusform>%n concept is nog niet compleet; open het om de gemarkeerde velden in te vullen.</numerusform>
            <numerusform>%n concepten zijn nog niet compleet; open ze om de gemarkeerde velden in te vullen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="106"/>
        <source>After sealing, only the central office can read these %n signal(s); you will no longer be able to open or change them. Seal now?</source>
        <translation>
            <numerusform>Na het verzegelen kan alleen het centrale meldpunt dit signaal lezen; u kunt het dan niet meer openen of wijzigen. Nu verzegelen?</numerusform>
            <numerusform>Na het verzegelen kan alleen het centrale meldpunt deze %n signalen lezen; u kunt ze dan niet meer openen of wijzigen. Nu verzegelen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="120"/>
        <source>Careful: the text of %n signal(s) may identify someone:</source>
        <translation>
            <numerusform>Let op: de tekst van %n signaal kan iemand herkenbaar maken:</numerusform>
            <numerusform>Let op: de tekst van %n signalen kan iemand herkenbaar maken:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="124"/>
        <source>Careful: %n attachment(s) will be sealed with hidden data that may identify someone:</source>
        <translation>
            <numerusform>Let op: %n bijlage wordt verzegeld met verborgen gegevens die iemand herkenbaar kunnen maken:</numerusform>
            <numerusform>Let op: %n bijlagen worden verzegeld met verborgen gegevens die iemand herkenbaar kunnen maken:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="128"/>
        <source>%n draft(s) are not complete and stay drafts.</source>
        <translation>
            <numerusform>%n concept is niet compleet en blijft een concept.</numerusform>
            <numerusform>%n concepten zijn niet compleet en blijven concepten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="136"/>
        <source>Seal</source>
        <translation>Verzegelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="161"/>
        <source>…and %n more, listed in the details.</source>
        <translation>
            <numerusform>…en nog %n, te zien onder de details.</numerusform>
            <numerusform>…en nog %n, te zien onder de details.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="190"/>
        <source>Sealing…</source>
        <translation>Verzegelen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="198"/>
        <source>%n signal(s) sealed for the office.</source>
        <translation>
            <numerusform>%n signaal verzegeld voor het meldpunt.</numerusform>
            <numerusform>%n signalen verzegeld voor het meldpunt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="227"/>
        <source>%n signal(s) exported. They stay sealed here until the office&apos;s receipt is imported. The bundle was written to:</source>
        <translation>
            <numerusform>%n signaal geëxporteerd. Het blijft hier verzegeld tot het ontvangstbewijs van het meldpunt is ingelezen. De bundel is geschreven naar:</numerusform>
            <numerusform>%n signalen geëxporteerd. Ze blijven hier verzegeld tot het ontvangstbewijs van het meldpunt is ingelezen. De bundel is geschreven naar:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="235"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="237"/>
        <source>Exporting the bundle…</source>
        <translation>Bundel exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="252"/>
        <source>%n sealed file(s) saved for the office, as they are, in:</source>
        <translation>
            <numerusform>%n verzegeld bestand is ongewijzigd voor het meldpunt bewaard in:</numerusform>
            <numerusform>%n verzegelde bestanden zijn ongewijzigd voor het meldpunt bewaard in:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="256"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="258"/>
        <source>Saving the sealed files…</source>
        <translation>De verzegelde bestanden bewaren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="277"/>
        <source>The office confirmed %n signal(s); they were erased from this laptop.</source>
        <translation>
            <numerusform>Het meldpunt bevestigde %n signaal; het is van deze laptop gewist.</numerusform>
            <numerusform>Het meldpunt bevestigde %n signalen; ze zijn van deze laptop gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="284"/>
        <source>Importing the receipt…</source>
        <translation>Ontvangstbewijs inlezen…</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../intake_app/ui/draft_actions.py" line="271"/>
        <source>Nothing was typed, so no draft was kept.</source>
        <translation>Er is niets getypt, dus er is geen concept bewaard.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/draft_actions.py" line="327"/>
        <source>The draft was saved in your vault.</source>
        <translation>Het concept is in uw kluis opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_actions.py" line="336"/>
        <source>Careful: %n attachment(s) were not cleaned, or not fully: %1. Hidden data (names, devices, places) may stay in them; open the draft to see why.</source>
        <translation>
            <numerusform>Let op: %n bijlage is niet of niet helemaal opgeschoond: %1. Verborgen gegevens (namen, apparaten, plaatsen) kunnen erin blijven; open het concept om te zien waarom.</numerusform>
            <numerusform>Let op: %n bijlagen zijn niet of niet helemaal opgeschoond: %1. Verborgen gegevens (namen, apparaten, plaatsen) kunnen erin blijven; open het concept om te zien waarom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_actions.py" line="343"/>
        <source>%n field(s) must still be filled before it can be sealed.</source>
        <translation>
            <numerusform>Nog %n veld moet worden ingevuld voordat het verzegeld kan worden.</numerusform>
            <numerusform>Nog %n velden moeten worden ingevuld voordat het verzegeld kan worden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/draft_actions.py" line="351"/>
        <source>Saving the attachments…</source>
        <translation>De bijlagen worden bewaard…</translation>
    </message>
</context>
<context>
    <name>DraftDeletion</name>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_deletion.py" line="358"/>
        <source>Delete %n signal(s) from this laptop for good?</source>
        <translation>
            <numerusform>Dit signaal definitief van deze laptop verwijderen?</numerusform>
            <numerusform>Deze %n signalen definitief van deze laptop verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_deletion.py" line="361"/>
        <source>%n of them are sealed but have no receipt yet: they will never reach the office.</source>
        <translation>
            <numerusform>%n ervan is verzegeld maar heeft nog geen ontvangstbewijs: het zal het meldpunt nooit bereiken.</numerusform>
            <numerusform>%n ervan zijn verzegeld maar hebben nog geen ontvangstbewijs: ze zullen het meldpunt nooit bereiken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/draft_deletion.py" line="367"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_deletion.py" line="379"/>
        <source>%n signal(s) deleted.</source>
        <translation>
            <numerusform>%n signaal verwijderd.</numerusform>
            <numerusform>%n signalen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting signals…</source>
        <translation>Signalen worden verwijderd…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n signal(s) not deleted are still on the list.</source>
        <translation>
            <numerusform>Gestopt: %n signaal dat niet is verwijderd, staat nog in de lijst.</numerusform>
            <numerusform>Gestopt: %n signalen die niet zijn verwijderd, staan nog in de lijst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="62"/>
        <source>Choose…</source>
        <extracomment>The key beside a place&apos;s kind and value that keeps a municipality typed but not on the list.</extracomment>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="65"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgentie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="70"/>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="73"/>
        <source>Suspected &amp;state actor</source>
        <translation>Vermoedelijke &amp;statelijke actor</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="75"/>
        <source>&amp;Targets</source>
        <translation>&amp;Doelwitten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="78"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="81"/>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="83"/>
        <source>P&amp;lace</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="89"/>
        <source>What happened, in the reporter&apos;s words. No names or addresses.</source>
        <translation>Wat er gebeurde, in de woorden van de melder. Geen namen of adressen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="91"/>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="98"/>
        <source>&amp;Impact</source>
        <translation>&amp;Gevolgen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="100"/>
        <source>Impact &amp;notes</source>
        <translation>Toelichting op de g&amp;evolgen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="102"/>
        <source>&amp;Anonymity</source>
        <translation>&amp;Anonimiteit</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="105"/>
        <source>C&amp;onsent to share</source>
        <translation>&amp;Toestemming om te delen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="109"/>
        <source>Already &amp;reported</source>
        <translation>Al ge&amp;meld</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="115"/>
        <source>Source reliabilit&amp;y</source>
        <translation>Betrouwbaarheid van de &amp;bron</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="121"/>
        <source>Information credi&amp;bility</source>
        <translation>Geloofwaardigheid van de &amp;informatie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="30"/>
        <source>Kind of period</source>
        <translation>Soort periode</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="35"/>
        <source>On a day or between days</source>
        <translation>Op een dag of tussen dagen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="37"/>
        <source>Some time in a month</source>
        <translation>Ergens in een maand</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="42"/>
        <location filename="../../intake_app/ui/period_row.py" line="50"/>
        <source>Choose a day…</source>
        <translation>Kies een dag…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="43"/>
        <location filename="../../intake_app/ui/period_row.py" line="73"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="46"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="48"/>
        <source>Until a later day</source>
        <translation>Tot een latere dag</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="51"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="65"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="72"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="169"/>
        <source>Kind of place</source>
        <translation>Soort plaats</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="172"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="173"/>
        <source>Type and choose a municipality</source>
        <translation>Typ en kies een gemeente</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="181"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="182"/>
        <source>Country (optional)</source>
        <translation>Land (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="183"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="195"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="230"/>
        <location filename="../../intake_app/ui/editor_form.py" line="366"/>
        <source>Not a municipality on the official list: choose one from the list.</source>
        <translation>Geen gemeente van de officiële lijst: kies er een uit de lijst.</translation>
    </message>
</context>
<context>
    <name>EditorHelp</name>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="15"/>
        <source>How soon must the office act? Choose &apos;Immediate danger&apos; if someone is at risk now.</source>
        <translation>Hoe snel moet het meldpunt iets doen? Kies &apos;Acuut gevaar&apos; als iemand nu gevaar loopt.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="19"/>
        <source>What kind of interference is it? Choose the closest one.</source>
        <translation>Wat voor inmenging is het? Kies wat er het dichtst bij komt.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="22"/>
        <source>Which state is thought to be behind it? &apos;Unknown&apos; is a good answer.</source>
        <translation>Welke staat zit er vermoedelijk achter? &apos;Onbekend&apos; is een goed antwoord.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="25"/>
        <source>Who or what was targeted? Tick all that apply.</source>
        <translation>Op wie of wat was het gericht? Vink alles aan wat past.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="28"/>
        <source>How did it reach the person: in person, by phone, online …</source>
        <translation>Hoe bereikte het de persoon: persoonlijk, per telefoon, online …</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="31"/>
        <source>When it happened: a day, a few days, or only the month if that is all.</source>
        <translation>Wanneer het gebeurde: een dag, een paar dagen, of alleen de maand als dat alles is.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="34"/>
        <source>Only the municipality or province, online or abroad: never an address.</source>
        <translation>Alleen de gemeente of provincie, online of buitenland: nooit een adres.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="37"/>
        <source>What happened, in the reporter&apos;s own words. No names or addresses.</source>
        <translation>Wat er gebeurde, in de eigen woorden van de melder. Geen namen of adressen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="40"/>
        <source>What did it do to the person or the group? Tick all that apply.</source>
        <translation>Wat deed het met de persoon of de groep? Vink alles aan wat past.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="43"/>
        <source>Optional: a few words more about the impact.</source>
        <translation>Niet verplicht: een paar woorden meer over de gevolgen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="46"/>
        <source>Does the reporter stay anonymous, even to you?</source>
        <translation>Blijft de melder anoniem, ook voor u?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="49"/>
        <source>With whom may the office share this signal? Ask the reporter.</source>
        <translation>Met wie mag het meldpunt dit signaal delen? Vraag het de melder.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="52"/>
        <source>Was it already reported to the police or another body?</source>
        <translation>Is het al gemeld bij de politie of een andere instantie?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="55"/>
        <source>How reliable has this source been? A = completely reliable … F = cannot be judged.</source>
        <translation>Hoe betrouwbaar is deze bron gebleken? A = volledig betrouwbaar … F = niet te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="59"/>
        <source>How credible is this information? 1 = confirmed … 6 = cannot be judged.</source>
        <translation>Hoe geloofwaardig is deze informatie? 1 = bevestigd … 6 = niet te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="62"/>
        <source>Drop files here or choose them. Photos and documents are cleaned of hidden data (location, camera, author) before sealing.</source>
        <translation>Sleep bestanden hierheen of kies ze. Foto&apos;s en documenten worden vóór het verzegelen ontdaan van verborgen gegevens (locatie, camera, auteur).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="73"/>
        <source>Someone in danger right now? Call 112 at once (police, ambulance, fire brigade). No danger right now but a crime to report? Police: 0900-8844. Record the signal afterwards.</source>
        <translation>Is iemand nu in gevaar? Bel meteen 112 (politie, ambulance, brandweer). Geen direct gevaar maar wel aangifte doen? Politie: 0900-8844. Leg het signaal daarna vast.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="84"/>
        <source>Someone in danger right now? Call 112 at once.</source>
        <translation>Is iemand nu in gevaar? Bel meteen 112.</translation>
    </message>
</context>
<context>
    <name>ErasedSealed</name>
    <message>
        <location filename="../../intake_app/ui/erased_sealed.py" line="38"/>
        <source>&amp;Save them for the office…</source>
        <translation>&amp;Bewaren voor het meldpunt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/erased_sealed.py" line="41"/>
        <source>&amp;Remove them and set up</source>
        <translation>&amp;Verwijderen en inrichten</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="252"/>
        <source>Choose the office card</source>
        <extracomment>Where removable drives are mounted for the person (Linux desktops, macOS).</extracomment>
        <translation>Kies de kaart van het meldpunt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="253"/>
        <location filename="../../intake_app/ui/dialogs.py" line="291"/>
        <source>Key cards (*.card);;All files (*)</source>
        <translation>Sleutelkaarten (*.card);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="262"/>
        <source>Choose the office&apos;s new card (or all the cards in between)</source>
        <translation>Kies de nieuwe kaart van het meldpunt (of alle kaarten daartussen)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="264"/>
        <source>Office cards (*.card *.cards);;All files (*)</source>
        <translation>Kaarten van het meldpunt (*.card *.cards);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="273"/>
        <source>Add attachments</source>
        <translation>Bijlagen toevoegen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="277"/>
        <source>Export the bundle to…</source>
        <translation>Bundel exporteren naar…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="282"/>
        <source>Save the sealed files in…</source>
        <translation>De verzegelde bestanden bewaren in…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="290"/>
        <source>Save your key card as…</source>
        <translation>Uw sleutelkaart opslaan als…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="298"/>
        <source>Import a receipt</source>
        <translation>Ontvangstbewijs inlezen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="308"/>
        <source>Receipts (%1);;All files (*)</source>
        <translation>Ontvangstbewijzen (%1);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>GuideTexts</name>
    <message>
        <location filename="../../intake_app/ui/guide_texts.py" line="10"/>
        <source>What Seinpost does:
• You write down what someone tells you about interference by a foreign state: threats, pressure on family, being watched, forced payments.
• It keeps your drafts encrypted on this laptop and saves as you type.
• It seals each signal so that only the central office can read it, and writes sealed signals to a USB stick or folder for the office.
• When the office confirms receipt, the signals are erased from this laptop.

What Seinpost does not do:
• It is not an emergency line. If someone is in danger now, call 112.
• It does not send anything over the internet by itself.
• It does not hide that Seinpost is installed, and it cannot protect a laptop that someone else controls.
• After sealing, you cannot read a signal back. Nobody can recover a forgotten passphrase.</source>
        <translation>Wat Seinpost doet:
• U schrijft op wat iemand u vertelt over inmenging door een buitenlandse staat: bedreiging, druk op familie, in de gaten gehouden worden, afgedwongen betalingen.
• Het bewaart uw concepten versleuteld op deze laptop en slaat op terwijl u typt.
• Het verzegelt elk signaal zo dat alleen het centrale meldpunt het kan lezen, en zet verzegelde signalen op een USB-stick of in een map voor het meldpunt.
• Als het meldpunt de ontvangst bevestigt, worden de signalen van deze laptop gewist.

Wat Seinpost niet doet:
• Het is geen noodlijn. Is iemand nu in gevaar, bel dan 112.
• Het verstuurt uit zichzelf niets via internet.
• Het verbergt niet dat Seinpost geïnstalleerd is, en het kan een laptop die een ander beheert niet beschermen.
• Na het verzegelen kunt u een signaal niet meer teruglezen. Niemand kan een vergeten wachtzin herstellen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/guide_texts.py" line="31"/>
        <source>1. New signal (Ctrl+N): write down what happened. It is saved as you type; unfinished is fine.
2. Seal: when every field is filled, seal the signal. Only the office can read it then.
3. Export: write the sealed signals to a USB stick or folder and bring them to the office.
4. Import the receipt: the office gives you a file named receipt-….json. Import it; the delivered signals are erased from this laptop.

Ctrl+L locks Seinpost at once, Ctrl+Q closes it; what you typed is kept.</source>
        <translation>1. Nieuw signaal (Ctrl+N): schrijf op wat er gebeurde. Het wordt bewaard terwijl u typt; onaf is goed.
2. Verzegelen: als elk veld is ingevuld, verzegelt u het signaal. Dan kan alleen het meldpunt het lezen.
3. Exporteren: zet de verzegelde signalen op een USB-stick of in een map en breng ze naar het meldpunt.
4. Ontvangstbewijs inlezen: het meldpunt geeft u een bestand met de naam receipt-….json. Lees het in; de afgeleverde signalen worden van deze laptop gewist.

Ctrl+L vergrendelt Seinpost meteen, Ctrl+Q sluit het; wat u typte blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>KeyringChoice</name>
    <message>
        <location filename="../../intake_app/ui/keyring_choice.py" line="28"/>
        <source>Also protect the vault with this computer&apos;s keyring</source>
        <translation>De kluis ook beveiligen met de sleutelbos van deze computer</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/keyring_choice.py" line="56"/>
        <source>This computer has no keyring that Seinpost can use, so your vault will be protected by your passphrase alone. Choose a long one.</source>
        <translation>Deze computer heeft geen sleutelbos die Seinpost kan gebruiken, dus uw kluis wordt alleen door uw wachtzin beveiligd. Kies een lange.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/keyring_choice.py" line="60"/>
        <source>Then the vault opens only in this user account on this computer, and only while its keyring keeps Seinpost&apos;s entry: a new account, a reset keyring or another computer cannot open it.</source>
        <translation>De kluis opent dan alleen in deze gebruikersaccount op deze computer, en alleen zolang de sleutelbos de sleutel van Seinpost bewaart: een nieuwe account, een gewiste sleutelbos of een andere computer kan hem niet openen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/ui/unlock_notices.py" line="70"/>
        <source>The words typed before Seinpost locked are back in the draft, but not yet saved: another program is using your vault&apos;s files. Seinpost keeps trying every few seconds; keep the draft open.</source>
        <translation>De woorden die vóór het vergrendelen waren getypt, staan weer in het concept, maar zijn nog niet bewaard: een ander programma gebruikt de bestanden van uw kluis. Seinpost probeert het om de paar seconden opnieuw; houd het concept open.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_notices.py" line="47"/>
        <location filename="../../intake_app/ui/unlock_notices.py" line="59"/>
        <location filename="../../intake_app/ui/main_window.py" line="80"/>
        <location filename="../../intake_app/ui/main_window.py" line="119"/>
        <location filename="../../intake_app/ui/keyless_save.py" line="57"/>
        <location filename="../../intake_app/ui/erased_sealed.py" line="34"/>
        <location filename="../../intake_app/ui/erased_sealed.py" line="80"/>
        <source>Seinpost</source>
        <translation>Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_notices.py" line="69"/>
        <source>&amp;Save…</source>
        <translation>&amp;Bewaren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/main_window.py" line="289"/>
        <source>Locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Vergrendelt zich na %n minuut zonder gebruik.</numerusform>
            <numerusform>Vergrendelt zich na %n minuten zonder gebruik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../intake_app/ui/message_bar.py" line="56"/>
        <location filename="../../intake_app/ui/message_bar.py" line="57"/>
        <source>Hide this message</source>
        <extracomment>How long a notice (not a warning or an error) stays, in milliseconds: long enough to read a few sentences twice.</extracomment>
        <translation>Dit bericht verbergen</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="45"/>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="74"/>
        <source>Your key card</source>
        <extracomment>What the QR code holds: this prefix and the fingerprint&apos;s 40 digits (as set-up shows it).</extracomment>
        <translation>Uw sleutelkaart</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="50"/>
        <source>Give your key card to the office (save it on a USB stick) and read them this fingerprint, or let them scan the code. The office accepts your bundles only once it has checked the fingerprint.</source>
        <translation>Geef uw sleutelkaart aan het meldpunt (zet hem op een USB-stick) en lees ze deze vingerafdruk voor, of laat ze de code scannen. Het meldpunt neemt uw bundels pas aan als het de vingerafdruk heeft gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="54"/>
        <source>Your fingerprint: %1</source>
        <translation>Uw vingerafdruk: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="60"/>
        <source>Your fingerprint as a QR code</source>
        <translation>Uw vingerafdruk als QR-code</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="76"/>
        <source>&amp;Save my key card…</source>
        <translation>Mijn sleutelkaart o&amp;pslaan…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="101"/>
        <source>Your key card was saved in the folder %1 as %2.</source>
        <translation>Uw sleutelkaart is opgeslagen in de map %1 als %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="102"/>
        <source>Your key card was saved in the folder %1 as %2, in place of the file of that name that was there.</source>
        <translation>Uw sleutelkaart is opgeslagen in de map %1 als %2, in plaats van het bestand met die naam dat er al stond.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="28"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="29"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Snelkoppeling</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message numerus="yes">
        <location filename="../../intake_app/ui/quit_question.py" line="70"/>
        <source>%n chosen file(s) are not yet stored in your vault. If you quit now, they are not attached to the draft.</source>
        <translation>
            <numerusform>%n gekozen bestand is nog niet in uw kluis bewaard. Als u nu afsluit, wordt het niet aan het concept toegevoegd.</numerusform>
            <numerusform>%n gekozen bestanden zijn nog niet in uw kluis bewaard. Als u nu afsluit, worden ze niet aan het concept toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="80"/>
        <source>Quit Seinpost</source>
        <translation>Seinpost afsluiten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="81"/>
        <source>What you typed after the last save could not be kept in your vault. If you quit now, it is lost.</source>
        <translation>Wat u na de laatste keer bewaren typte, kon niet in uw kluis worden bewaard. Als u nu afsluit, is het verloren.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="88"/>
        <source>&amp;Quit and lose it</source>
        <translation>&amp;Afsluiten en het kwijtraken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="90"/>
        <source>&amp;Go back</source>
        <translation>&amp;Terug</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="49"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="192"/>
        <source>Security settings</source>
        <translation>Beveiligingsinstellingen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="55"/>
        <source>Your &amp;current passphrase</source>
        <translation>Uw &amp;huidige wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="57"/>
        <source>Needed for every change below except the auto-lock time.</source>
        <translation>Nodig voor elke wijziging hieronder, behalve de tijd voor automatisch vergrendelen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="65"/>
        <source>C&amp;hange passphrase</source>
        <translation>Wachtzin &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="67"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="69"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="71"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="153"/>
        <source>Repeat it</source>
        <translation>Herhaal die</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="75"/>
        <source>Lock after this many minutes</source>
        <translation>Vergrendelen na zoveel minuten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="78"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="79"/>
        <source>Set &amp;auto-lock</source>
        <translation>&amp;Automatisch vergrendelen instellen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="81"/>
        <source>Lock when idle</source>
        <translation>Vergrendelen bij niet-gebruik</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="83"/>
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="89"/>
        <source>&amp;Erase the vault after this many wrong passphrases:</source>
        <translation>De kluis wi&amp;ssen na zoveel verkeerde wachtzinnen:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="92"/>
        <source>Number of wrong passphrases</source>
        <translation>Aantal verkeerde wachtzinnen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="97"/>
        <source>Set &amp;wipe</source>
        <translation>Wissen &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="99"/>
        <source>Wrong passphrases</source>
        <translation>Verkeerde wachtzinnen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="111"/>
        <source>Erasing after wrong passphrases works only with the system keyring; this profile is protected by its passphrase alone.</source>
        <translation>Wissen na verkeerde wachtzinnen werkt alleen met de sleutelbos van het systeem; dit profiel wordt alleen door zijn wachtzin beschermd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="118"/>
        <source>A duress passphrase opens an empty vault and erases this one for good. Use it only if someone forces you to open Seinpost.</source>
        <translation>Een noodwachtzin opent een lege kluis en wist deze kluis definitief. Gebruik hem alleen als iemand u dwingt Seinpost te openen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="128"/>
        <source>Repeat the duress passphrase</source>
        <translation>Herhaal de noodwachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="129"/>
        <source>Set &amp;duress passphrase</source>
        <translation>&amp;Noodwachtzin instellen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="131"/>
        <source>&amp;Remove it</source>
        <translation>Noodwachtzin &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="154"/>
        <source>&amp;Name the emptied profile shows</source>
        <translation>Naam die het &amp;lege profiel toont</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="172"/>
        <source>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase.</source>
        <translation>Er was geen sleutelbos van het systeem beschikbaar: deze kluis is alleen met uw wachtzin beveiligd. Kies een lange wachtzin.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="238"/>
        <source>Seinpost cannot tell whether a duress passphrase is set (it was set with an earlier version, or the vault file was put back from an earlier copy). Set it again or remove it to be sure.</source>
        <translation>Seinpost kan niet zien of er een noodwachtzin is ingesteld (die is met een eerdere versie ingesteld, of het sleutelbestand is teruggezet vanuit een eerdere kopie). Stel hem opnieuw in of verwijder hem om het zeker te weten.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="126"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="137"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="151"/>
        <source>Duress passphrase</source>
        <translation>Noodwachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="242"/>
        <source>A duress passphrase is set.</source>
        <translation>Er is een noodwachtzin ingesteld.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="244"/>
        <source>No duress passphrase is set.</source>
        <translation>Er is geen noodwachtzin ingesteld.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="267"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="323"/>
        <source>Type your current passphrase first.</source>
        <translation>Typ eerst uw huidige wachtzin.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="305"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="381"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="312"/>
        <source>Your passphrase was changed.</source>
        <translation>Uw wachtzin is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="328"/>
        <source>Erase after wrong passphrases</source>
        <translation>Wissen na verkeerde wachtzinnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/security_dialog.py" line="330"/>
        <source>After %n wrong passphrase(s) in a row this vault is erased for good, with every signal that has not reached the office. Turn this on?</source>
        <translation>
            <numerusform>Na %n verkeerde wachtzin op rij wordt deze kluis voorgoed gewist, met elk signaal dat het meldpunt nog niet heeft bereikt. Aanzetten?</numerusform>
            <numerusform>Na %n verkeerde wachtzinnen op rij wordt deze kluis voorgoed gewist, met elk signaal dat het meldpunt nog niet heeft bereikt. Aanzetten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="352"/>
        <source>The setting for wrong passphrases was saved.</source>
        <translation>De instelling voor verkeerde wachtzinnen is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="377"/>
        <source>The duress passphrase was set.</source>
        <translation>De noodwachtzin is ingesteld.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="386"/>
        <source>There is no duress passphrase any more.</source>
        <translation>Er is geen noodwachtzin meer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/security_dialog.py" line="398"/>
        <source>Seinpost now locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Seinpost vergrendelt zich nu na %n minuut zonder gebruik.</numerusform>
            <numerusform>Seinpost vergrendelt zich nu na %n minuten zonder gebruik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="107"/>
        <source>Choose the office &amp;card…</source>
        <translation>Kies de &amp;kaart van het meldpunt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="109"/>
        <location filename="../../intake_app/ui/setup_page.py" line="275"/>
        <source>No card chosen yet.</source>
        <translation>Nog geen kaart gekozen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="149"/>
        <source>The name the office knows you by</source>
        <translation>De naam waaronder het meldpunt u kent</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="160"/>
        <location filename="../../intake_app/ui/setup_page.py" line="350"/>
        <source>C&amp;reate my vault</source>
        <translation>Mijn kluis &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="175"/>
        <source>Rep&amp;eat passphrase</source>
        <translation>Wachtzin h&amp;erhalen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="172"/>
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="85"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="88"/>
        <source>&amp;Language / Taal</source>
        <translation>&amp;Taal / Language</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="90"/>
        <source>Ne&amp;xt: the office card</source>
        <translation>&amp;Volgende: de kaart van het meldpunt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="99"/>
        <location filename="../../intake_app/ui/setup_page.py" line="103"/>
        <source>Welcome to Seinpost</source>
        <translation>Welkom bij Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="111"/>
        <source>8 groups of 5 digits</source>
        <translation>8 groepen van 5 cijfers</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="113"/>
        <source>What the office rea&amp;ds to you</source>
        <translation>Wat het meldpunt u voo&amp;rleest</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="115"/>
        <source>C&amp;heck</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="119"/>
        <source>Nex&amp;t: your passphrase</source>
        <translation>V&amp;olgende: uw wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="131"/>
        <source>The office&apos;s card</source>
        <translation>De kaart van het meldpunt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="133"/>
        <source>Seinpost seals every signal for the central office only. Make sure the card is the office&apos;s real one: call the office, or meet them, and ask them to read its fingerprint aloud. Type what you hear; Seinpost then compares it.</source>
        <translation>Seinpost verzegelt elk signaal alleen voor het centrale meldpunt. Zorg dat de kaart echt van het meldpunt is: bel het meldpunt, of spreek af, en vraag of ze de vingerafdruk voorlezen. Typ wat u hoort; Seinpost vergelijkt het dan.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="173"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="182"/>
        <location filename="../../intake_app/ui/setup_page.py" line="196"/>
        <source>Your passphrase</source>
        <translation>Uw wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="186"/>
        <source>The passphrase opens your vault on this laptop. Nobody can recover it for you, not even the office: choose several unrelated words you will remember.</source>
        <translation>De wachtzin opent uw kluis op deze laptop. Niemand kan hem voor u herstellen, ook het meldpunt niet: kies een paar losse woorden die u onthoudt.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="202"/>
        <source>Your fingerprint as a QR code</source>
        <translation>Uw vingerafdruk als QR-code</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="203"/>
        <source>&amp;Save my key card…</source>
        <translation>Mijn sleutelkaart o&amp;pslaan…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="206"/>
        <source>&amp;Go to my signals</source>
        <translation>Naar &amp;mijn signalen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="211"/>
        <location filename="../../intake_app/ui/setup_page.py" line="226"/>
        <source>Your vault is ready</source>
        <translation>Uw kluis is klaar</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="213"/>
        <source>Next step: give your key card to the office (save it on a USB stick) and read them this fingerprint, or let them scan the code. Only then will the office accept your bundles.</source>
        <translation>Volgende stap: geef uw sleutelkaart aan het meldpunt (zet hem op een USB-stick) en lees ze deze vingerafdruk voor, of laat ze de code scannen. Pas dan neemt het meldpunt uw bundels aan.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="279"/>
        <source>Office: %1</source>
        <translation>Meldpunt: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="286"/>
        <source>Choose the office card first.</source>
        <translation>Kies eerst de kaart van het meldpunt.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="22"/>
        <source>Type the digits the office reads to you, then press Check.</source>
        <translation>Typ de cijfers die het meldpunt u voorleest en kies dan Controleren.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="31"/>
        <source>This does not match the card: group %1 of 8 differs. Ask the office to read it again; if it still differs, do not use this card.</source>
        <translation>Dit klopt niet met de kaart: groep %1 van 8 verschilt. Vraag het meldpunt het nog eens voor te lezen; verschilt het dan nog, gebruik deze kaart dan niet.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="35"/>
        <source>This does not match the card: groups %1 of 8 differ. Ask the office to read them again; if they still differ, do not use this card.</source>
        <translation>Dit klopt niet met de kaart: groepen %1 van 8 verschillen. Vraag het meldpunt ze nog eens voor te lezen; verschillen ze dan nog, gebruik deze kaart dan niet.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="296"/>
        <source>✔ The fingerprint matches: %1</source>
        <translation>✔ De vingerafdruk klopt: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="43"/>
        <source>Ask the office to read the whole fingerprint again and type it once more.</source>
        <translation>Vraag het meldpunt de hele vingerafdruk opnieuw voor te lezen en typ hem nog eens.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="46"/>
        <source>You typed %1 of the %2 groups: a group is missing.</source>
        <translation>U typte %1 van de %2 groepen: er ontbreekt een groep.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="49"/>
        <source>You typed %1 groups, but a fingerprint has %2.</source>
        <translation>U typte %1 groepen, maar een vingerafdruk heeft er %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="52"/>
        <source>Group %1 has %2 digits instead of 5.</source>
        <translation>Groep %1 heeft %2 cijfers in plaats van 5.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="54"/>
        <source>You typed %1 of the %2 digits: some are missing.</source>
        <translation>U typte %1 van de %2 cijfers: er ontbreken cijfers.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="57"/>
        <source>You typed %1 digits, but a fingerprint has %2.</source>
        <translation>U typte %1 cijfers, maar een vingerafdruk heeft er %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="324"/>
        <source>Creating your vault…</source>
        <translation>Kluis aanmaken…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="344"/>
        <source>Your fingerprint: %1</source>
        <translation>Uw vingerafdruk: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="364"/>
        <source>Saved in the folder %1 as %2.</source>
        <translation>Opgeslagen in de map %1 als %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="315"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="308"/>
        <source>Give the name the office knows you by.</source>
        <translation>Vul de naam in waaronder het meldpunt u kent.</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="172"/>
        <location filename="../../intake_app/ui/signal_editor.py" line="392"/>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="105"/>
        <source>The signal&apos;s fields</source>
        <extracomment>Editor heights (logical px) below which the danger banner shortens while errors show.</extracomment>
        <translation>De velden van het signaal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="28"/>
        <source>Sav&amp;e and close</source>
        <translation>Bewa&amp;ren en sluiten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="30"/>
        <source>Save and close</source>
        <translation>Bewaren en sluiten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="36"/>
        <source>Ctrl+S keeps what is typed and leaves this open</source>
        <translation>Ctrl+S bewaart wat getypt is en laat dit open</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="39"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="55"/>
        <source>Show this form in %1, for the person in front of you, until it closes. What you typed stays.</source>
        <translation>Dit formulier in het %1 tonen, voor de persoon tegenover u, tot het sluit. Wat u typte blijft staan.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="68"/>
        <source>This form in Dutch</source>
        <translation>Dit formulier in het Nederlands</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="69"/>
        <source>This form in English</source>
        <translation>Dit formulier in het Engels</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="237"/>
        <source>This text may identify someone: %1 (marked and underlined). Check it; nothing is removed for you.</source>
        <translation>Deze tekst kan iemand herkenbaar maken: %1 (gemarkeerd en onderstreept). Controleer het; er wordt niets voor u weggehaald.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="260"/>
        <source>Kept in your vault, encrypted, at %1.</source>
        <translation>Versleuteld bewaard in uw kluis, om %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_editor.py" line="264"/>
        <source>%n added file(s) are being stored in your vault.</source>
        <translation>
            <numerusform>%n toegevoegd bestand wordt in uw kluis bewaard.</numerusform>
            <numerusform>%n toegevoegde bestanden worden in uw kluis bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_editor.py" line="310"/>
        <source>%n field(s) must be filled or corrected before this signal can be sealed.</source>
        <translation>
            <numerusform>Nog %n veld moet worden ingevuld of verbeterd voordat dit signaal verzegeld kan worden.</numerusform>
            <numerusform>Nog %n velden moeten worden ingevuld of verbeterd voordat dit signaal verzegeld kan worden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="22"/>
        <source>Close the signal</source>
        <translation>Het signaal sluiten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="23"/>
        <source>Keep what you typed in this signal?</source>
        <translation>Bewaren wat u in dit signaal hebt getypt?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="38"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="40"/>
        <source>&amp;Throw away the changes</source>
        <translation>&amp;Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="41"/>
        <source>&amp;Go on typing</source>
        <translation>Verder &amp;typen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="112"/>
        <source>Attach&amp;ments</source>
        <translation>Bi&amp;jlagen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="172"/>
        <source>Edit draft</source>
        <translation>Concept bewerken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="31"/>
        <source>“Throw away the changes” deletes this new signal, also what was kept of it since %1.</source>
        <translation>“Wijzigingen weggooien” verwijdert dit nieuwe signaal, ook wat er sinds %1 van is bewaard.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="34"/>
        <source>“Throw away the changes” puts this draft back as it was when you opened it at %1, also undoing what was kept since.</source>
        <translation>“Wijzigingen weggooien” zet dit concept terug zoals het was toen u het om %1 opende, ook wat er sindsdien is bewaard.</translation>
    </message>
</context>
<context>
    <name>SignalTable</name>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="104"/>
        <source>Status</source>
        <extracomment>How many rows, besides those in sight, set a column&apos;s natural width: every row&apos;s text made for that cost 180 ms of one turn at 400 rows (issue 12 &quot;Quick&quot;). Enter or Return on a row (the same as a double-click: open the draft). The selection changed (QTableWidget&apos;s name for it, kept).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="105"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="106"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="107"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="116"/>
        <source>Your signals</source>
        <translation>Uw signalen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_rows.py" line="208"/>
        <source>No category yet</source>
        <extracomment>A draft&apos;s status: how many fields it still needs (the view&apos;s translation, with %n).</extracomment>
        <translation>Nog geen categorie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_rows.py" line="237"/>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_rows.py" line="258"/>
        <location filename="../../intake_app/ui/signal_rows.py" line="261"/>
        <source>No place yet</source>
        <translation>Nog geen plaats</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="108"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="109"/>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="111"/>
        <source>When the draft was last saved, or the signal sealed</source>
        <translation>Wanneer het concept het laatst is bewaard, of het signaal is verzegeld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_table.py" line="112"/>
        <source>Draft, %n to fill</source>
        <translation>
            <numerusform>Concept, %n leeg</numerusform>
            <numerusform>Concept, %n leeg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateTabs</name>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="50"/>
        <source>Show signals</source>
        <extracomment>Columns read whole where the room allows: a draft&apos;s status is how many fields are empty, and a sealed row has only its status, size and date (review r12z R13: at 1.5× on 1024×600 they read &quot;Concept, n…&quot; and &quot;ard of verze&quot;). Each at most WHOLE_SHARE of the row. (filter key, the statuses it shows); &quot;&quot; shows all.</extracomment>
        <translation>Signalen tonen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="63"/>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="64"/>
        <source>Drafts (%1)</source>
        <translation>Concepten (%1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="65"/>
        <source>Sealed, not delivered (%1)</source>
        <translation>Verzegeld, niet afgeleverd (%1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="66"/>
        <source>Delivered or deleted (%1)</source>
        <translation>Afgeleverd of verwijderd (%1)</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="76"/>
        <source>Passphrase strength</source>
        <extracomment>How long after the last keystroke the meter judges (milliseconds): a person typing fast starts one judgement per pause, not one per key.</extracomment>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="106"/>
        <source>This passphrase is too easy to guess. Choose a longer one: several unrelated words, or a sentence only you would think of.</source>
        <translation>Deze wachtzin is te makkelijk te raden. Kies een langere: een paar losse woorden, of een zin die alleen u zou bedenken.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="124"/>
        <source>Very weak</source>
        <translation>Heel zwak</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="125"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="126"/>
        <source>Not strong enough yet</source>
        <translation>Nog niet sterk genoeg</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="127"/>
        <source>Strong enough</source>
        <translation>Sterk genoeg</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="128"/>
        <source>Very strong</source>
        <translation>Heel sterk</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../intake_app/ui/task_progress.py" line="32"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="33"/>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="34"/>
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="35"/>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="36"/>
        <source>Too many entries.</source>
        <translation>Te veel keuzes.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="37"/>
        <source>This text contains characters that are not allowed.</source>
        <translation>Deze tekst bevat tekens die niet zijn toegestaan.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="40"/>
        <source>This is not in the expected format.</source>
        <translation>Dit heeft niet de verwachte vorm.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="43"/>
        <source>This is not a valid date.</source>
        <translation>Dit is geen geldige datum.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="44"/>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="45"/>
        <source>This date lies before 1950.</source>
        <translation>Deze datum ligt vóór 1950.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="46"/>
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="49"/>
        <source>Give only the municipality&apos;s name, never a street, postcode or house number.</source>
        <translation>Geef alleen de naam van de gemeente, nooit een straat, postcode of huisnummer.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="24"/>
        <source>This choice cannot be combined with the other choices.</source>
        <translation>Deze keuze kan niet met de andere keuzes worden gecombineerd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="26"/>
        <source>“%1” cannot be combined with other choices: untick it, or untick the others.</source>
        <translation>“%1” kan niet met andere keuzes samen: vink het uit, of vink de andere uit.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="53"/>
        <source>A place abroad cannot be in the Netherlands.</source>
        <translation>Een plaats in het buitenland kan niet in Nederland liggen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="57"/>
        <source>This value is not accepted.</source>
        <translation>Deze waarde wordt niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="70"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="71"/>
        <source>Sealed</source>
        <translation>Verzegeld</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="72"/>
        <source>Exported, awaiting receipt</source>
        <translation>Geëxporteerd, wacht op ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="73"/>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="74"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>UnlockNotices</name>
    <message numerus="yes">
        <location filename="../../intake_app/ui/unlock_notices.py" line="39"/>
        <source>%n file(s) chosen for the draft before Seinpost locked could not be stored in your vault. Add them again:</source>
        <translation>
            <numerusform>%n bestand dat vóór het vergrendelen voor het concept was gekozen, kon niet in uw kluis worden bewaard. Voeg het opnieuw toe:</numerusform>
            <numerusform>%n bestanden die vóór het vergrendelen voor het concept waren gekozen, konden niet in uw kluis worden bewaard. Voeg ze opnieuw toe:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/unlock_notices.py" line="46"/>
        <source>Locking stopped the sealing: %n draft(s) were not sealed and are still in your list as drafts. Seal them again.</source>
        <translation>
            <numerusform>Het vergrendelen heeft het verzegelen gestopt: %n concept is niet verzegeld en staat nog als concept in uw lijst. Verzegel het opnieuw.</numerusform>
            <numerusform>Het vergrendelen heeft het verzegelen gestopt: %n concepten zijn niet verzegeld en staan nog als concept in uw lijst. Verzegel ze opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="44"/>
        <location filename="../../intake_app/ui/unlock_page.py" line="222"/>
        <source>Seinpost is locked</source>
        <translation>Seinpost is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="46"/>
        <location filename="../../intake_app/ui/unlock_page.py" line="223"/>
        <source>Type your passphrase to open your vault.</source>
        <translation>Typ uw wachtzin om uw kluis te openen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="51"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="53"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="58"/>
        <source>Sh&amp;ow passphrase</source>
        <translation>Wachtzin &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="79"/>
        <source>Getting ready</source>
        <translation>Bezig met klaarmaken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="84"/>
        <source>Opening your vault…</source>
        <translation>Kluis openen…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="92"/>
        <source>&amp;Set up a new profile…</source>
        <translation>&amp;Nieuw profiel inrichten…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="96"/>
        <source>Sa&amp;ve the sealed files for the office…</source>
        <translation>&amp;Verzegelde bestanden voor het meldpunt bewaren…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="139"/>
        <source>Getting Seinpost ready… It unlocks as soon as it is ready.</source>
        <translation>Seinpost wordt klaargemaakt… Het ontgrendelt zodra het klaar is.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="140"/>
        <source>Getting Seinpost ready…</source>
        <translation>Seinpost wordt klaargemaakt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="200"/>
        <source>No system keyring: this vault is protected by the passphrase only.</source>
        <translation>Geen sleutelbos van het systeem: deze kluis is alleen met de wachtzin beveiligd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="208"/>
        <source>This vault was erased</source>
        <translation>Deze kluis is gewist</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="210"/>
        <source>Too many wrong passphrases erased this vault. Its signals cannot be opened again on this laptop, and signals sealed but not yet delivered will not reach the office. Tell the office which bundles you had not yet handed over. To go on recording, set up a new profile.</source>
        <translation>Te veel verkeerde wachtzinnen hebben deze kluis gewist. De signalen kunnen op deze laptop niet meer worden geopend, en signalen die verzegeld maar nog niet afgeleverd waren, bereiken het meldpunt niet. Laat het meldpunt weten welke bundels u nog niet had overgedragen. Richt een nieuw profiel in om verder te gaan met vastleggen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="234"/>
        <source>Careful: one more wrong passphrase erases this vault for good.</source>
        <translation>Let op: nog één verkeerde wachtzin en deze kluis wordt definitief gewist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/unlock_page.py" line="235"/>
        <source>Careful: %n more wrong passphrase(s) erase this vault for good, with every signal not yet at the office.</source>
        <translation>
            <numerusform>Let op: nog %n verkeerde wachtzin en deze kluis wordt definitief gewist, met elk signaal dat nog niet bij het meldpunt is.</numerusform>
            <numerusform>Let op: nog %n verkeerde wachtzinnen en deze kluis wordt definitief gewist, met elk signaal dat nog niet bij het meldpunt is.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="304"/>
        <source>What you typed after the last save could not be put in your vault at the lock.</source>
        <translation>Wat u na de laatste keer bewaren typte, kon bij het vergrendelen niet in uw kluis worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="306"/>
        <source>What you typed could not be put in your vault at the lock.</source>
        <translation>Wat u typte, kon bij het vergrendelen niet in uw kluis worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="284"/>
        <location filename="../../intake_app/ui/unlock_page.py" line="314"/>
        <source>Locked. Unlock again when you are ready.</source>
        <translation>Vergrendeld. Ontgrendel opnieuw wanneer u klaar bent.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="32"/>
        <source>&amp;Seinpost</source>
        <translation>&amp;Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="33"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="42"/>
        <source>Loc&amp;k now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="48"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="49"/>
        <source>How Seinpost &amp;works</source>
        <translation>Hoe Seinpost &amp;werkt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="51"/>
        <source>&amp;About Seinpost</source>
        <translation>&amp;Over Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="58"/>
        <source>How Seinpost works</source>
        <translation>Hoe Seinpost werkt</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="79"/>
        <location filename="../../intake_app/ui/workspace_page.py" line="176"/>
        <source>Your signals</source>
        <translation>Uw signalen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="97"/>
        <source>Clear &amp;finished from the list</source>
        <translation>Afgehandelde uit de &amp;lijst halen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="99"/>
        <source>Delivered and deleted signals leave this list; nothing else changes</source>
        <translation>Afgeleverde en verwijderde signalen verdwijnen uit deze lijst; verder verandert er niets</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="105"/>
        <source>&amp;New signal…</source>
        <translation>&amp;Nieuw signaal…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="108"/>
        <source>E&amp;dit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="110"/>
        <source>Dele&amp;te…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="112"/>
        <source>&amp;Seal selected</source>
        <translation>Selectie &amp;verzegelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="114"/>
        <source>Seal &amp;all drafts</source>
        <translation>&amp;Alle concepten verzegelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="116"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="118"/>
        <source>Write the sealed signals to a USB stick or folder as one signed bundle</source>
        <translation>De verzegelde signalen als één ondertekende bundel naar een USB-stick of map schrijven</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="121"/>
        <source>Import &amp;receipt…</source>
        <translation>&amp;Ontvangstbewijs inlezen…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="127"/>
        <source>New office &amp;key card…</source>
        <translation>Nieuwe &amp;kaart van het meldpunt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="129"/>
        <source>Accept the office&apos;s new card; only a card signed by the current one is taken</source>
        <translation>De nieuwe kaart van het meldpunt aannemen; alleen een kaart die met de huidige is ondertekend wordt geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="132"/>
        <source>&amp;My key card…</source>
        <translation>&amp;Mijn sleutelkaart…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="138"/>
        <source>Se&amp;curity…</source>
        <translation>&amp;Beveiliging…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="140"/>
        <source>&amp;Lock</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="146"/>
        <source>More act&amp;ions</source>
        <translation>Mee&amp;r acties</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="147"/>
        <source>The actions there is no room for in this row</source>
        <translation>De acties waarvoor in deze rij geen plaats is</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="207"/>
        <source>Sealed for: %1 — fingerprint %2</source>
        <translation>Verzegeld voor: %1 — vingerafdruk %2</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="219"/>
        <source>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase. Security… shows this note again.</source>
        <translation>Er was geen sleutelbos van het systeem beschikbaar: deze kluis is alleen met uw wachtzin beveiligd. Kies een lange wachtzin. Onder Beveiliging… staat deze melding ook.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="240"/>
        <source>Nothing here. Choose another tab above to see your other signals.</source>
        <translation>Hier staat niets. Kies hierboven een ander tabblad om uw andere signalen te zien.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="242"/>
        <source>No signals yet. When someone tells you what happened, press New signal (Ctrl+N) and write it down; it is kept encrypted on this laptop until you seal it.</source>
        <translation>Nog geen signalen. Als iemand u vertelt wat er gebeurde, kies dan Nieuw signaal (Ctrl+N) en schrijf het op; het blijft versleuteld op deze laptop tot u het verzegelt.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="257"/>
        <source>Clear finished</source>
        <translation>Afgehandelde weghalen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="259"/>
        <source>Take %n delivered or deleted signal(s) off the list? They cannot be shown again; nothing else changes.</source>
        <translation>
            <numerusform>%n afgeleverd of verwijderd signaal uit de lijst halen? Het kan niet meer getoond worden; verder verandert er niets.</numerusform>
            <numerusform>%n afgeleverde of verwijderde signalen uit de lijst halen? Ze kunnen niet meer getoond worden; verder verandert er niets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="271"/>
        <source>%n finished signal(s) taken off the list.</source>
        <translation>
            <numerusform>%n afgehandeld signaal uit de lijst gehaald.</numerusform>
            <numerusform>%n afgehandelde signalen uit de lijst gehaald.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="351"/>
        <location filename="../../intake_app/ui/delivery_actions.py" line="86"/>
        <source>Cancelled. Nothing was lost.</source>
        <translation>Geannuleerd. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/profile_actions.py" line="40"/>
        <source>New office card accepted. New signals are sealed for fingerprint %1.</source>
        <translation>Nieuwe kaart van het meldpunt aangenomen. Nieuwe signalen worden verzegeld voor vingerafdruk %1.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="134"/>
        <source>Your fingerprint and its QR code, and your key card to save for the office</source>
        <translation>Uw vingerafdruk met de QR-code, en uw sleutelkaart om op te slaan voor het meldpunt</translation>
    </message>
</context>
</TS>
