<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="44" />
        <source>Choose the office card</source>
        <translation>Kies de kaart van het meldpunt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="45" />
        <source>Key cards (*.card);;All files (*)</source>
        <translation>Sleutelkaarten (*.card);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="51" />
        <source>Add attachments</source>
        <translation>Bijlagen toevoegen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="61" />
        <source>Export the bundle to…</source>
        <translation>Bundel exporteren naar…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="66" />
        <source>Save your key card in…</source>
        <translation>Uw sleutelkaart opslaan in…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="72" />
        <source>Import a receipt</source>
        <translation>Ontvangstbewijs inlezen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="73" />
        <source>Receipts (%1);;All files (*)</source>
        <translation>Ontvangstbewijzen (%1);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="32" />
        <source>Seinpost</source>
        <translation>Seinpost</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/main_window.py" line="87" />
        <source>Locks itself after %n minute(s) without use.</source>
        <translation><numerusform>Vergrendelt zich na %n minuut zonder gebruik.</numerusform><numerusform>Vergrendelt zich na %n minuten zonder gebruik.</numerusform></translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="41" />
        <source>Security settings</source>
        <translation>Beveiligingsinstellingen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="47" />
        <source>Your &amp;current passphrase</source>
        <translation>Uw &amp;huidige wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="49" />
        <source>Needed for every change below except the auto-lock time.</source>
        <translation>Nodig voor elke wijziging hieronder, behalve de tijd voor automatisch vergrendelen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="54" />
        <source>C&amp;hange passphrase</source>
        <translation>Wachtzin &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="56" />
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="58" />
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="59" />
        <source>Repeat it</source>
        <translation>Herhaal die</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="65" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="66" />
        <source>Set &amp;auto-lock</source>
        <translation>&amp;Automatisch vergrendelen instellen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="68" />
        <source>Lock when idle</source>
        <translation>Vergrendelen bij niet-gebruik</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="70" />
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="76" />
        <source>&amp;Erase the vault after this many wrong passphrases:</source>
        <translation>De kluis wi&amp;ssen na zoveel verkeerde wachtzinnen:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="82" />
        <source>Set &amp;wipe</source>
        <translation>Wissen &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="84" />
        <source>Wrong passphrases</source>
        <translation>Verkeerde wachtzinnen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="93" />
        <source>A duress passphrase opens an empty vault and erases this one for good. Use it only if someone forces you to open Seinpost.</source>
        <translation>Een noodwachtzin opent een lege kluis en wist deze kluis definitief. Gebruik hem alleen als iemand u dwingt Seinpost te openen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="99" />
        <source>Set &amp;duress passphrase</source>
        <translation>&amp;Noodwachtzin instellen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="101" />
        <source>&amp;Remove it</source>
        <translation>Noodwachtzin &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="103" />
        <source>Duress passphrase</source>
        <translation>Noodwachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="145" />
        <source>Type your current passphrase first.</source>
        <translation>Typ eerst uw huidige wachtzin.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="169" />
        <location filename="../../intake_app/ui/security_dialog.py" line="191" />
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation>Kies een wachtzin van minstens 10 tekens.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="172" />
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="178" />
        <source>Your passphrase was changed.</source>
        <translation>Uw wachtzin is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="185" />
        <source>The setting for wrong passphrases was saved.</source>
        <translation>De instelling voor verkeerde wachtzinnen is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="196" />
        <source>The duress passphrase was set.</source>
        <translation>De noodwachtzin is ingesteld.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="202" />
        <source>There is no duress passphrase any more.</source>
        <translation>Er is geen noodwachtzin meer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/security_dialog.py" line="213" />
        <source>Seinpost now locks itself after %n minute(s) without use.</source>
        <translation><numerusform>Seinpost vergrendelt zich nu na %n minuut zonder gebruik.</numerusform><numerusform>Seinpost vergrendelt zich nu na %n minuten zonder gebruik.</numerusform></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="40" />
        <source>Set up Seinpost</source>
        <translation>Seinpost instellen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="44" />
        <source>Seinpost seals every signal for the central office only. First check that you have the office's real card: ask the office to read its fingerprint to you, by phone or in person, and type it below.</source>
        <translation>Seinpost verzegelt elk signaal zo dat alleen het centrale meldpunt het kan lezen. Controleer eerst of u de echte kaart van het meldpunt hebt: vraag het meldpunt de vingerafdruk voor te lezen, telefonisch of persoonlijk, en typ die hieronder over.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="51" />
        <source>Choose the office &amp;card…</source>
        <translation>Kies de &amp;kaart van het meldpunt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="53" />
        <location filename="../../intake_app/ui/setup_page.py" line="121" />
        <source>No card chosen yet.</source>
        <translation>Nog geen kaart gekozen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="58" />
        <source>The digits the office reads to you</source>
        <translation>De cijfers die het meldpunt u voorleest</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="60" />
        <source>The name the office knows you by</source>
        <translation>De naam waaronder het meldpunt u kent</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="65" />
        <source>Also protect the vault with this computer's keyring</source>
        <translation>De kluis ook beveiligen met de sleutelbos van deze computer</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="71" />
        <source>C&amp;reate my vault</source>
        <translation>Mijn kluis &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="80" />
        <source>Office card</source>
        <translation>Kaart van het meldpunt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="81" />
        <source>Its fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="82" />
        <source>Con&amp;firm the fingerprint</source>
        <translation>Vingerafdruk &amp;bevestigen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="91" />
        <source>Rep&amp;eat passphrase</source>
        <translation>Wachtzin &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="85" />
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="88" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="126" />
        <source>Office: %1</source>
        <translation>Meldpunt: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="133" />
        <source>Choose the office card first.</source>
        <translation>Kies eerst de kaart van het meldpunt.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="137" />
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Kies een wachtzin van minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="143" />
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="146" />
        <source>Give the name the office knows you by.</source>
        <translation>Vul de naam in waaronder het meldpunt u kent.</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="45" />
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="52" />
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="55" />
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="57" />
        <source>Suspected &amp;state actor</source>
        <translation>Vermoedelijke &amp;statelijke actor</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="58" />
        <source>&amp;Targets</source>
        <translation>&amp;Doelwitten</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="60" />
        <source>C&amp;hannel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="62" />
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="63" />
        <source>P&amp;lace</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="66" />
        <source>What happened, in the reporter's words. No names or addresses.</source>
        <translation>Wat er gebeurde, in de woorden van de melder. Geen namen of adressen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="69" />
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="75" />
        <source>&amp;Impact</source>
        <translation>&amp;Gevolgen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="77" />
        <source>Impact &amp;notes</source>
        <translation>Toelichting op de g&amp;evolgen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="79" />
        <source>&amp;Urgency</source>
        <translation>&amp;Urgentie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="82" />
        <source>&amp;Anonymity</source>
        <translation>&amp;Anonimiteit</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="84" />
        <source>C&amp;onsent to share</source>
        <translation>&amp;Toestemming om te delen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="87" />
        <source>Already &amp;reported</source>
        <translation>Al ge&amp;meld</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="92" />
        <source>Source reliabilit&amp;y</source>
        <translation>Betrouwbaarheid van de &amp;bron</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="97" />
        <source>Information cr&amp;edibility</source>
        <translation>Geloofwaardigheid van de &amp;informatie</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="100" />
        <source>Attach&amp;ments</source>
        <translation>Bi&amp;jlagen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="113" />
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="149" />
        <source>On a day or between days</source>
        <translation>Op een dag of tussen twee dagen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="150" />
        <source>Some time in a month</source>
        <translation>Ergens in een maand</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="155" />
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="179" />
        <source>Municipality only, never an address</source>
        <translation>Alleen de gemeente, nooit een adres</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="181" />
        <source>Country (optional)</source>
        <translation>Land (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="196" />
        <source>Add &amp;file…</source>
        <translation>Bestand toe&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="198" />
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="202" />
        <source>Photos and documents are cleaned of hidden data (location, camera, author). Tick a file to keep its original as evidence instead.</source>
        <translation>Foto's en documenten worden ontdaan van verborgen gegevens (locatie, camera, auteur). Vink een bestand aan om in plaats daarvan het origineel als bewijs te bewaren.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="223" />
        <source>Checked: keep the original file as evidence (not cleaned)</source>
        <translation>Aangevinkt: het originele bestand als bewijs bewaren (niet opgeschoond)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="251" />
        <source>This text may identify someone: %1 (marked in yellow). Check it; nothing is removed for you.</source>
        <translation>Deze tekst kan iemand herkenbaar maken: %1 (geel gemarkeerd). Controleer dit; er wordt niets voor u verwijderd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="304" />
        <source>Edit draft</source>
        <translation>Concept bewerken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="341" />
        <source>%1 (in the vault)</source>
        <translation>%1 (in de kluis)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_editor.py" line="355" />
        <source>%n field(s) need attention before the draft can be saved.</source>
        <translation><numerusform>%n veld vraagt aandacht voordat het concept kan worden opgeslagen.</numerusform><numerusform>%n velden vragen aandacht voordat het concept kan worden opgeslagen.</numerusform></translation>
    </message>
</context>
<context>
    <name>SignalTable</name>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="16" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="16" />
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="16" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="16" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../intake_app/ui/task_progress.py" line="32" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="17" />
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="18" />
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="19" />
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="20" />
        <source>Too many entries.</source>
        <translation>Te veel keuzes.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="21" />
        <source>This text contains characters that are not allowed.</source>
        <translation>Deze tekst bevat tekens die niet zijn toegestaan.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="24" />
        <source>This is not in the expected format.</source>
        <translation>Dit heeft niet de verwachte vorm.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="27" />
        <source>This is not a valid date.</source>
        <translation>Dit is geen geldige datum.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="28" />
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="29" />
        <source>This date lies before 1950.</source>
        <translation>Deze datum ligt vóór 1950.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="30" />
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="33" />
        <source>Give only the municipality's name, never a street, postcode or house number.</source>
        <translation>Geef alleen de naam van de gemeente, nooit een straat, postcode of huisnummer.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="36" />
        <source>This choice cannot be combined with the other choices.</source>
        <translation>Deze keuze kan niet met de andere keuzes worden gecombineerd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="39" />
        <source>A place abroad cannot be in the Netherlands.</source>
        <translation>Een plaats in het buitenland kan niet in Nederland liggen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="43" />
        <source>This value is not accepted.</source>
        <translation>Deze waarde wordt niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="48" />
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="49" />
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="50" />
        <source>a bank account number (IBAN)</source>
        <translation>een rekeningnummer (IBAN)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="51" />
        <source>a postcode with house number</source>
        <translation>een postcode met huisnummer</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="54" />
        <source>a street with house number</source>
        <translation>een straat met huisnummer</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="55" />
        <source>a citizen service number (BSN)</source>
        <translation>een burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="56" />
        <source>a link to a personal profile</source>
        <translation>een link naar een persoonlijk profiel</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="58" />
        <source>an identifier</source>
        <translation>een identificerend gegeven</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="63" />
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="64" />
        <source>Sealed</source>
        <translation>Verzegeld</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="65" />
        <source>Exported, awaiting receipt</source>
        <translation>Geëxporteerd, wacht op ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="66" />
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="67" />
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="23" />
        <source>Seinpost is locked</source>
        <translation>Seinpost is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="25" />
        <source>Type your passphrase to open your vault.</source>
        <translation>Typ uw wachtzin om uw kluis te openen.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="29" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="31" />
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="66" />
        <source>No system keyring: this vault is protected by the passphrase only.</source>
        <translation>Geen sleutelbos van het systeem: deze kluis is alleen met de wachtzin beveiligd.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="69" />
        <source>Careful: one more wrong passphrase erases this vault for good.</source>
        <translation>Let op: nog één verkeerde wachtzin en deze kluis wordt definitief gewist.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="58" />
        <source>Your signals</source>
        <translation>Uw signalen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="74" />
        <source>&amp;New signal…</source>
        <translation>&amp;Nieuw signaal…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="77" />
        <source>E&amp;dit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="79" />
        <source>Dele&amp;te…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="81" />
        <source>&amp;Seal selected</source>
        <translation>Selectie &amp;verzegelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="83" />
        <source>Seal &amp;all drafts</source>
        <translation>&amp;Alle concepten verzegelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="85" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="87" />
        <source>Write the sealed signals to a USB stick or folder as one signed bundle</source>
        <translation>De verzegelde signalen als één ondertekende bundel naar een USB-stick of map schrijven</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="90" />
        <source>Import &amp;receipt…</source>
        <translation>&amp;Ontvangstbewijs inlezen…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="92" />
        <source>New &amp;office card…</source>
        <translation>Nieuwe &amp;kaart van het meldpunt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="94" />
        <source>Accept the office's new card; only a card signed by the current one is taken</source>
        <translation>De nieuwe kaart van het meldpunt aannemen; alleen een kaart die met de huidige is ondertekend wordt geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="97" />
        <source>&amp;My key card…</source>
        <translation>&amp;Mijn sleutelkaart…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="99" />
        <source>Save your public key card, for the office to register you</source>
        <translation>Uw openbare sleutelkaart opslaan, zodat het meldpunt u kan registreren</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="102" />
        <source>Se&amp;curity…</source>
        <translation>&amp;Beveiliging…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="104" />
        <source>&amp;Lock</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="138" />
        <source>Sealed for: %1 — fingerprint %2</source>
        <translation>Verzegeld voor: %1 — vingerafdruk %2</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="145" />
        <source>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase.</source>
        <translation>Er was geen sleutelbos van het systeem beschikbaar: deze kluis is alleen met uw wachtzin beveiligd. Kies een lange wachtzin.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="203" />
        <source>Cancelled. Nothing was lost.</source>
        <translation>Geannuleerd. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="239" />
        <source>Saving the draft…</source>
        <translation>Concept opslaan…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="241" />
        <source>The draft was saved in your vault.</source>
        <translation>Het concept is in uw kluis opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="265" />
        <source>Delete %n signal(s) from this laptop for good?</source>
        <translation><numerusform>Dit signaal definitief van deze laptop verwijderen?</numerusform><numerusform>Deze %n signalen definitief van deze laptop verwijderen?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="268" />
        <source>%n of them are sealed but have no receipt yet: they will never reach the office.</source>
        <translation><numerusform>%n ervan is verzegeld maar heeft nog geen ontvangstbewijs: het zal het meldpunt nooit bereiken.</numerusform><numerusform>%n ervan zijn verzegeld maar hebben nog geen ontvangstbewijs: ze zullen het meldpunt nooit bereiken.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="274" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="297" />
        <source>%n signal(s) deleted.</source>
        <translation><numerusform>%n signaal verwijderd.</numerusform><numerusform>%n signalen verwijderd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="315" />
        <source>Seal</source>
        <translation>Verzegelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="310" />
        <source>After sealing, only the central office can read these %n signal(s); you will no longer be able to open or change them. Seal now?</source>
        <translation><numerusform>Na het verzegelen kan alleen het centrale meldpunt dit signaal lezen; u kunt het dan niet meer openen of wijzigen. Nu verzegelen?</numerusform><numerusform>Na het verzegelen kan alleen het centrale meldpunt deze %n signalen lezen; u kunt ze dan niet meer openen of wijzigen. Nu verzegelen?</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="332" />
        <source>Sealing…</source>
        <translation>Verzegelen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="334" />
        <source>%n signal(s) sealed for the office.</source>
        <translation><numerusform>%n signaal verzegeld voor het meldpunt.</numerusform><numerusform>%n signalen verzegeld voor het meldpunt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="354" />
        <source>%n signal(s) exported to %1. They stay sealed here until the office's receipt is imported.</source>
        <translation><numerusform>%n signaal geëxporteerd naar %1. Het blijft hier verzegeld bewaard tot het ontvangstbewijs van het meldpunt is ingelezen.</numerusform><numerusform>%n signalen geëxporteerd naar %1. Ze blijven hier verzegeld bewaard tot het ontvangstbewijs van het meldpunt is ingelezen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="361" />
        <source>Exporting the bundle…</source>
        <translation>Bundel exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="376" />
        <source>The office confirmed %n signal(s); they were erased from this laptop.</source>
        <translation><numerusform>Het meldpunt bevestigde %n signaal; het is van deze laptop gewist.</numerusform><numerusform>Het meldpunt bevestigde %n signalen; ze zijn van deze laptop gewist.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="383" />
        <source>Importing the receipt…</source>
        <translation>Ontvangstbewijs inlezen…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="399" />
        <source>New office card accepted. New signals are sealed for fingerprint %1.</source>
        <translation>Nieuwe kaart van het meldpunt aangenomen. Nieuwe signalen worden verzegeld voor vingerafdruk %1.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="423" />
        <source>Your key card was saved as %1. Give it to the office and read them your fingerprint: %2</source>
        <translation>Uw sleutelkaart is opgeslagen als %1. Geef haar aan het meldpunt en lees uw vingerafdruk voor: %2</translation>
    </message>
</context>
</TS>