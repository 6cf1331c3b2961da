<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Fit</name>
    <message>
        <source>…and %1 more (Show Details… lists them all)</source>
        <translation>…and %1 more (Show Details… lists them all)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="22"/>
        <source>Qt for Python: the window</source>
        <extracomment>(distribution, what it does here, licence) of the components bundled with the app; what it does is shown in the UI language (marked here, translated where the box is built).</extracomment>
        <translation>Qt for Python: the window</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="24"/>
        <source>libsodium: keys, signatures, the vault</source>
        <translation>libsodium: keys, signatures, the vault</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="26"/>
        <source>OpenSSL: sealing at speed</source>
        <translation>OpenSSL: sealing at speed</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="28"/>
        <source>the system keyring</source>
        <translation>the system keyring</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="30"/>
        <source>where the profile lives</source>
        <translation>where the profile lives</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="32"/>
        <source>cleaning photos</source>
        <translation>cleaning photos</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="34"/>
        <source>cleaning HEIC photos</source>
        <translation>cleaning HEIC photos</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="36"/>
        <source>cleaning PDF documents</source>
        <translation>cleaning PDF documents</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="38"/>
        <source>country names in your language</source>
        <translation>country names in your language</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="40"/>
        <source>QR codes</source>
        <translation>QR codes</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="42"/>
        <source>passphrase strength</source>
        <translation>passphrase strength</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="44"/>
        <source>Dutch words the passphrase check knows</source>
        <translation>Dutch words the passphrase check knows</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="61"/>
        <source>signal record (signal.json)</source>
        <translation>signal record (signal.json)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="62"/>
        <source>sealed signal</source>
        <translation>sealed signal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="63"/>
        <source>bundle manifest</source>
        <translation>bundle manifest</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="64"/>
        <source>bundle part index</source>
        <translation>bundle part index</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="65"/>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="66"/>
        <source>key card</source>
        <translation>key card</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="67"/>
        <source>vault file (vault.json)</source>
        <translation>vault file (vault.json)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="68"/>
        <source>local store (store.db)</source>
        <translation>local store (store.db)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="69"/>
        <source>encrypted attachment</source>
        <translation>encrypted attachment</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="82"/>
        <location filename="../../intake_app/ui/about_dialog.py" line="109"/>
        <source>About Seinpost</source>
        <translation>About Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="92"/>
        <source>Licence: EUPL-1.2. No warranty.</source>
        <translation>Licence: EUPL-1.2. No warranty.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="93"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="94"/>
        <source>Built on</source>
        <translation>Built on</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/about_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="329"/>
        <source>Remove attachments</source>
        <translation>Remove attachments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/attachment_panel.py" line="330"/>
        <source>Remove these %n attachment(s)? %1</source>
        <translation>
            <numerusform>Remove this attachment? %1</numerusform>
            <numerusform>Remove these %n attachments? %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="332"/>
        <source>&amp;Remove them</source>
        <translation>&amp;Remove them</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="333"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Keep them</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="89"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="107"/>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="108"/>
        <source>Add file</source>
        <translation>Add file</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="110"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="111"/>
        <source>Remove the chosen attachment</source>
        <translation>Remove the chosen attachment</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="113"/>
        <location filename="../../intake_app/ui/attachment_panel.py" line="114"/>
        <source>Keep the original, do not clean</source>
        <translation>Keep the original, do not clean</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="197"/>
        <source>checking whether it can be cleaned…</source>
        <translation>checking whether it can be cleaned…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="235"/>
        <source>It is stored as %1: the name that fits what the file holds.</source>
        <translation>It is stored as %1: the name that fits what the file holds.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="295"/>
        <source>partly cleaned: what may still identify you is named in its warnings</source>
        <translation>partly cleaned: what may still identify you is named in its warnings</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="315"/>
        <source>Not cleaned: %1. Hidden data (names, devices, places) may stay in these files and reach the office as it is. Remove a file if that could put someone at risk.</source>
        <translation>Not cleaned: %1. Hidden data (names, devices, places) may stay in these files and reach the office as it is. Remove a file if that could put someone at risk.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="292"/>
        <source>cleaned of hidden data, in the vault</source>
        <translation>cleaned of hidden data, in the vault</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="116"/>
        <source>Only for evidence that must stay untouched: hidden data stays in the file. It applies to the chosen files in the list and to files you add next.</source>
        <translation>Only for evidence that must stay untouched: hidden data stays in the file. It applies to the chosen files in the list and to files you add next.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="298"/>
        <source>original kept as evidence: hidden data stays in it</source>
        <translation>original kept as evidence: hidden data stays in it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="301"/>
        <source>could not be cleaned: hidden data (location, author) may stay in it</source>
        <translation>could not be cleaned: hidden data (location, author) may stay in it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_panel.py" line="303"/>
        <source>in the vault</source>
        <translation>in the vault</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_drops.py" line="35"/>
        <source>Not added: %1 is not a file on this laptop; save it here first, then add it.</source>
        <translation>Not added: %1 is not a file on this laptop; save it here first, then add it.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_drops.py" line="38"/>
        <source>Not added: %1 is a folder; add the files in it.</source>
        <translation>Not added: %1 is a folder; add the files in it.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/attachment_drops.py" line="40"/>
        <source>Not added: %1 cannot be found or is not a file.</source>
        <translation>Not added: %1 cannot be found or is not a file.</translation>
    </message>
</context>
<context>
    <name>CapsLockWatch</name>
    <message>
        <location filename="../../intake_app/ui/caps_lock.py" line="49"/>
        <source>Caps Lock is on: the passphrase may come out in capitals.</source>
        <translation>Caps Lock is on: the passphrase may come out in capitals.</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="82"/>
        <source>Checking the drafts…</source>
        <translation>Checking the drafts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="98"/>
        <source>%n draft(s) are not complete yet; open them to fill the marked fields.</source>
        <translation>
            <numerusform>%n draft is not complete yet; open it to fill the marked fields.</numerusform>
            <numerusform>%n drafts are not complete yet; open them to fill the marked fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="106"/>
        <source>After sealing, only the central office can read these %n signal(s); you will no longer be able to open or change them. Seal now?</source>
        <translation>
            <numerusform>After sealing, only the central office can read this signal; you will no longer be able to open or change it. Seal now?</numerusform>
            <numerusform>After sealing, only the central office can read these %n signals; you will no longer be able to open or change them. Seal now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="120"/>
        <source>Careful: the text of %n signal(s) may identify someone:</source>
        <translation>
            <numerusform>Careful: the text of %n signal may identify someone:</numerusform>
            <numerusform>Careful: the text of %n signals may identify someone:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="124"/>
        <source>Careful: %n attachment(s) will be sealed with hidden data that may identify someone:</source>
        <translation>
            <numerusform>Careful: %n attachment will be sealed with hidden data that may identify someone:</numerusform>
            <numerusform>Careful: %n attachments will be sealed with hidden data that may identify someone:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="128"/>
        <source>%n draft(s) are not complete and stay drafts.</source>
        <translation>
            <numerusform>%n draft is not complete and stays a draft.</numerusform>
            <numerusform>%n drafts are not complete and stay drafts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="136"/>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="161"/>
        <source>…and %n more, listed in the details.</source>
        <translation>
            <numerusform>…and %n more, listed in the details.</numerusform>
            <numerusform>…and %n more, listed in the details.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="190"/>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="198"/>
        <source>%n signal(s) sealed for the office.</source>
        <translation>
            <numerusform>%n signal sealed for the office.</numerusform>
            <numerusform>%n signals sealed for the office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="227"/>
        <source>%n signal(s) exported. They stay sealed here until the office&apos;s receipt is imported. The bundle was written to:</source>
        <translation>
            <numerusform>%n signal exported. It stays sealed here until the office&apos;s receipt is imported. The bundle was written to:</numerusform>
            <numerusform>%n signals exported. They stay sealed here until the office&apos;s receipt is imported. The bundle was written to:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="235"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="237"/>
        <source>Exporting the bundle…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="252"/>
        <source>%n sealed file(s) saved for the office, as they are, in:</source>
        <translation>
            <numerusform>%n sealed file saved for the office, as it is, in:</numerusform>
            <numerusform>%n sealed files saved for the office, as they are, in:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="256"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="258"/>
        <source>Saving the sealed files…</source>
        <translation>Saving the sealed files…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/delivery_actions.py" line="277"/>
        <source>The office confirmed %n signal(s); they were erased from this laptop.</source>
        <translation>
            <numerusform>The office confirmed %n signal; it was erased from this laptop.</numerusform>
            <numerusform>The office confirmed %n signals; they were erased from this laptop.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/delivery_actions.py" line="284"/>
        <source>Importing the receipt…</source>
        <translation>Importing the receipt…</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../intake_app/ui/draft_actions.py" line="271"/>
        <source>Nothing was typed, so no draft was kept.</source>
        <translation>Nothing was typed, so no draft was kept.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/draft_actions.py" line="327"/>
        <source>The draft was saved in your vault.</source>
        <translation>The draft was saved in your vault.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_actions.py" line="336"/>
        <source>Careful: %n attachment(s) were not cleaned, or not fully: %1. Hidden data (names, devices, places) may stay in them; open the draft to see why.</source>
        <translation>
            <numerusform>Careful: %n attachment was not cleaned, or not fully: %1. Hidden data (names, devices, places) may stay in it; open the draft to see why.</numerusform>
            <numerusform>Careful: %n attachments were not cleaned, or not fully: %1. Hidden data (names, devices, places) may stay in them; open the draft to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_actions.py" line="343"/>
        <source>%n field(s) must still be filled before it can be sealed.</source>
        <translation>
            <numerusform>%n field must still be filled before it can be sealed.</numerusform>
            <numerusform>%n fields must still be filled before it can be sealed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/draft_actions.py" line="351"/>
        <source>Saving the attachments…</source>
        <translation>Saving the attachments…</translation>
    </message>
</context>
<context>
    <name>DraftDeletion</name>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_deletion.py" line="358"/>
        <source>Delete %n signal(s) from this laptop for good?</source>
        <translation>
            <numerusform>Delete %n signal from this laptop for good?</numerusform>
            <numerusform>Delete %n signals from this laptop for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_deletion.py" line="361"/>
        <source>%n of them are sealed but have no receipt yet: they will never reach the office.</source>
        <translation>
            <numerusform>%n of them is sealed but has no receipt yet: it will never reach the office.</numerusform>
            <numerusform>%n of them are sealed but have no receipt yet: they will never reach the office.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/draft_deletion.py" line="367"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/draft_deletion.py" line="379"/>
        <source>%n signal(s) deleted.</source>
        <translation>
            <numerusform>%n signal deleted.</numerusform>
            <numerusform>%n signals deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting signals…</source>
        <translation>Deleting signals…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n signal(s) not deleted are still on the list.</source>
        <translation>
            <numerusform>Stopped: %n signal not deleted is still on the list.</numerusform>
            <numerusform>Stopped: %n signals not deleted are still on the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="62"/>
        <source>Choose…</source>
        <extracomment>The key beside a place&apos;s kind and value that keeps a municipality typed but not on the list.</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="65"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="70"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="73"/>
        <source>Suspected &amp;state actor</source>
        <translation>Suspected &amp;state actor</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="75"/>
        <source>&amp;Targets</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="78"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="81"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="83"/>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="89"/>
        <source>What happened, in the reporter&apos;s words. No names or addresses.</source>
        <translation>What happened, in the reporter&apos;s words. No names or addresses.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="91"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="98"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="100"/>
        <source>Impact &amp;notes</source>
        <translation>Impact &amp;notes</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="102"/>
        <source>&amp;Anonymity</source>
        <translation>&amp;Anonymity</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="105"/>
        <source>C&amp;onsent to share</source>
        <translation>C&amp;onsent to share</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="109"/>
        <source>Already &amp;reported</source>
        <translation>Already &amp;reported</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="115"/>
        <source>Source reliabilit&amp;y</source>
        <translation>Source reliabilit&amp;y</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="121"/>
        <source>Information credi&amp;bility</source>
        <translation>Information credi&amp;bility</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="30"/>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="35"/>
        <source>On a day or between days</source>
        <translation>On a day or between days</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="37"/>
        <source>Some time in a month</source>
        <translation>Some time in a month</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="42"/>
        <location filename="../../intake_app/ui/period_row.py" line="50"/>
        <source>Choose a day…</source>
        <translation>Choose a day…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="43"/>
        <location filename="../../intake_app/ui/period_row.py" line="73"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="46"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="48"/>
        <source>Until a later day</source>
        <translation>Until a later day</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="51"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="65"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/period_row.py" line="72"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="169"/>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="172"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="173"/>
        <source>Type and choose a municipality</source>
        <translation>Type and choose a municipality</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="181"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="182"/>
        <source>Country (optional)</source>
        <translation>Country (optional)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="183"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="195"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_form.py" line="230"/>
        <location filename="../../intake_app/ui/editor_form.py" line="366"/>
        <source>Not a municipality on the official list: choose one from the list.</source>
        <translation>Not a municipality on the official list: choose one from the list.</translation>
    </message>
</context>
<context>
    <name>EditorHelp</name>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="15"/>
        <source>How soon must the office act? Choose &apos;Immediate danger&apos; if someone is at risk now.</source>
        <translation>How soon must the office act? Choose &apos;Immediate danger&apos; if someone is at risk now.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="19"/>
        <source>What kind of interference is it? Choose the closest one.</source>
        <translation>What kind of interference is it? Choose the closest one.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="22"/>
        <source>Which state is thought to be behind it? &apos;Unknown&apos; is a good answer.</source>
        <translation>Which state is thought to be behind it? &apos;Unknown&apos; is a good answer.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="25"/>
        <source>Who or what was targeted? Tick all that apply.</source>
        <translation>Who or what was targeted? Tick all that apply.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="28"/>
        <source>How did it reach the person: in person, by phone, online …</source>
        <translation>How did it reach the person: in person, by phone, online …</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="31"/>
        <source>When it happened: a day, a few days, or only the month if that is all.</source>
        <translation>When it happened: a day, a few days, or only the month if that is all.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="34"/>
        <source>Only the municipality or province, online or abroad: never an address.</source>
        <translation>Only the municipality or province, online or abroad: never an address.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="37"/>
        <source>What happened, in the reporter&apos;s own words. No names or addresses.</source>
        <translation>What happened, in the reporter&apos;s own words. No names or addresses.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="40"/>
        <source>What did it do to the person or the group? Tick all that apply.</source>
        <translation>What did it do to the person or the group? Tick all that apply.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="43"/>
        <source>Optional: a few words more about the impact.</source>
        <translation>Optional: a few words more about the impact.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="46"/>
        <source>Does the reporter stay anonymous, even to you?</source>
        <translation>Does the reporter stay anonymous, even to you?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="49"/>
        <source>With whom may the office share this signal? Ask the reporter.</source>
        <translation>With whom may the office share this signal? Ask the reporter.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="52"/>
        <source>Was it already reported to the police or another body?</source>
        <translation>Was it already reported to the police or another body?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="55"/>
        <source>How reliable has this source been? A = completely reliable … F = cannot be judged.</source>
        <translation>How reliable has this source been? A = completely reliable … F = cannot be judged.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="59"/>
        <source>How credible is this information? 1 = confirmed … 6 = cannot be judged.</source>
        <translation>How credible is this information? 1 = confirmed … 6 = cannot be judged.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="62"/>
        <source>Drop files here or choose them. Photos and documents are cleaned of hidden data (location, camera, author) before sealing.</source>
        <translation>Drop files here or choose them. Photos and documents are cleaned of hidden data (location, camera, author) before sealing.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="73"/>
        <source>Someone in danger right now? Call 112 at once (police, ambulance, fire brigade). No danger right now but a crime to report? Police: 0900-8844. Record the signal afterwards.</source>
        <translation>Someone in danger right now? Call 112 at once (police, ambulance, fire brigade). No danger right now but a crime to report? Police: 0900-8844. Record the signal afterwards.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_help.py" line="84"/>
        <source>Someone in danger right now? Call 112 at once.</source>
        <translation>Someone in danger right now? Call 112 at once.</translation>
    </message>
</context>
<context>
    <name>ErasedSealed</name>
    <message>
        <location filename="../../intake_app/ui/erased_sealed.py" line="38"/>
        <source>&amp;Save them for the office…</source>
        <translation>&amp;Save them for the office…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/erased_sealed.py" line="41"/>
        <source>&amp;Remove them and set up</source>
        <translation>&amp;Remove them and set up</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="252"/>
        <source>Choose the office card</source>
        <extracomment>Where removable drives are mounted for the person (Linux desktops, macOS).</extracomment>
        <translation>Choose the office card</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="253"/>
        <location filename="../../intake_app/ui/dialogs.py" line="291"/>
        <source>Key cards (*.card);;All files (*)</source>
        <translation>Key cards (*.card);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="262"/>
        <source>Choose the office&apos;s new card (or all the cards in between)</source>
        <translation>Choose the office&apos;s new card (or all the cards in between)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="264"/>
        <source>Office cards (*.card *.cards);;All files (*)</source>
        <translation>Office cards (*.card *.cards);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="273"/>
        <source>Add attachments</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="277"/>
        <source>Export the bundle to…</source>
        <translation>Export the bundle to…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="282"/>
        <source>Save the sealed files in…</source>
        <translation>Save the sealed files in…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="290"/>
        <source>Save your key card as…</source>
        <translation>Save your key card as…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="298"/>
        <source>Import a receipt</source>
        <translation>Import a receipt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="308"/>
        <source>Receipts (%1);;All files (*)</source>
        <translation>Receipts (%1);;All files (*)</translation>
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
        <translation>What Seinpost does:
• You write down what someone tells you about interference by a foreign state: threats, pressure on family, being watched, forced payments.
• It keeps your drafts encrypted on this laptop and saves as you type.
• It seals each signal so that only the central office can read it, and writes sealed signals to a USB stick or folder for the office.
• When the office confirms receipt, the signals are erased from this laptop.

What Seinpost does not do:
• It is not an emergency line. If someone is in danger now, call 112.
• It does not send anything over the internet by itself.
• It does not hide that Seinpost is installed, and it cannot protect a laptop that someone else controls.
• After sealing, you cannot read a signal back. Nobody can recover a forgotten passphrase.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/guide_texts.py" line="31"/>
        <source>1. New signal (Ctrl+N): write down what happened. It is saved as you type; unfinished is fine.
2. Seal: when every field is filled, seal the signal. Only the office can read it then.
3. Export: write the sealed signals to a USB stick or folder and bring them to the office.
4. Import the receipt: the office gives you a file named receipt-….json. Import it; the delivered signals are erased from this laptop.

Ctrl+L locks Seinpost at once, Ctrl+Q closes it; what you typed is kept.</source>
        <translation>1. New signal (Ctrl+N): write down what happened. It is saved as you type; unfinished is fine.
2. Seal: when every field is filled, seal the signal. Only the office can read it then.
3. Export: write the sealed signals to a USB stick or folder and bring them to the office.
4. Import the receipt: the office gives you a file named receipt-….json. Import it; the delivered signals are erased from this laptop.

Ctrl+L locks Seinpost at once, Ctrl+Q closes it; what you typed is kept.</translation>
    </message>
</context>
<context>
    <name>KeyringChoice</name>
    <message>
        <location filename="../../intake_app/ui/keyring_choice.py" line="28"/>
        <source>Also protect the vault with this computer&apos;s keyring</source>
        <translation>Also protect the vault with this computer&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/keyring_choice.py" line="56"/>
        <source>This computer has no keyring that Seinpost can use, so your vault will be protected by your passphrase alone. Choose a long one.</source>
        <translation>This computer has no keyring that Seinpost can use, so your vault will be protected by your passphrase alone. Choose a long one.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/keyring_choice.py" line="60"/>
        <source>Then the vault opens only in this user account on this computer, and only while its keyring keeps Seinpost&apos;s entry: a new account, a reset keyring or another computer cannot open it.</source>
        <translation>Then the vault opens only in this user account on this computer, and only while its keyring keeps Seinpost&apos;s entry: a new account, a reset keyring or another computer cannot open it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/ui/unlock_notices.py" line="70"/>
        <source>The words typed before Seinpost locked are back in the draft, but not yet saved: another program is using your vault&apos;s files. Seinpost keeps trying every few seconds; keep the draft open.</source>
        <translation>The words typed before Seinpost locked are back in the draft, but not yet saved: another program is using your vault&apos;s files. Seinpost keeps trying every few seconds; keep the draft open.</translation>
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
        <translation>&amp;Save…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/main_window.py" line="289"/>
        <source>Locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locks itself after %n minute without use.</numerusform>
            <numerusform>Locks itself after %n minutes without use.</numerusform>
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
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="45"/>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="74"/>
        <source>Your key card</source>
        <extracomment>What the QR code holds: this prefix and the fingerprint&apos;s 40 digits (as set-up shows it).</extracomment>
        <translation>Your key card</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="50"/>
        <source>Give your key card to the office (save it on a USB stick) and read them this fingerprint, or let them scan the code. The office accepts your bundles only once it has checked the fingerprint.</source>
        <translation>Give your key card to the office (save it on a USB stick) and read them this fingerprint, or let them scan the code. The office accepts your bundles only once it has checked the fingerprint.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="54"/>
        <source>Your fingerprint: %1</source>
        <translation>Your fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="60"/>
        <source>Your fingerprint as a QR code</source>
        <translation>Your fingerprint as a QR code</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="76"/>
        <source>&amp;Save my key card…</source>
        <translation>&amp;Save my key card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="101"/>
        <source>Your key card was saved in the folder %1 as %2.</source>
        <translation>Your key card was saved in the folder %1 as %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/my_card_dialog.py" line="102"/>
        <source>Your key card was saved in the folder %1 as %2, in place of the file of that name that was there.</source>
        <translation>Your key card was saved in the folder %1 as %2, in place of the file of that name that was there.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="28"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="29"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/qt_strings.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message numerus="yes">
        <location filename="../../intake_app/ui/quit_question.py" line="70"/>
        <source>%n chosen file(s) are not yet stored in your vault. If you quit now, they are not attached to the draft.</source>
        <translation>
            <numerusform>%n chosen file is not yet stored in your vault. If you quit now, it is not attached to the draft.</numerusform>
            <numerusform>%n chosen files are not yet stored in your vault. If you quit now, they are not attached to the draft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="80"/>
        <source>Quit Seinpost</source>
        <translation>Quit Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="81"/>
        <source>What you typed after the last save could not be kept in your vault. If you quit now, it is lost.</source>
        <translation>What you typed after the last save could not be kept in your vault. If you quit now, it is lost.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="88"/>
        <source>&amp;Quit and lose it</source>
        <translation>&amp;Quit and lose it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/quit_question.py" line="90"/>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="49"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="192"/>
        <source>Security settings</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="55"/>
        <source>Your &amp;current passphrase</source>
        <translation>Your &amp;current passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="57"/>
        <source>Needed for every change below except the auto-lock time.</source>
        <translation>Needed for every change below except the auto-lock time.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="65"/>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="67"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="69"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="71"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="153"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="75"/>
        <source>Lock after this many minutes</source>
        <translation>Lock after this many minutes</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="78"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="79"/>
        <source>Set &amp;auto-lock</source>
        <translation>Set &amp;auto-lock</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="81"/>
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="83"/>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="89"/>
        <source>&amp;Erase the vault after this many wrong passphrases:</source>
        <translation>&amp;Erase the vault after this many wrong passphrases:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="92"/>
        <source>Number of wrong passphrases</source>
        <translation>Number of wrong passphrases</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="97"/>
        <source>Set &amp;wipe</source>
        <translation>Set &amp;wipe</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="99"/>
        <source>Wrong passphrases</source>
        <translation>Wrong passphrases</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="111"/>
        <source>Erasing after wrong passphrases works only with the system keyring; this profile is protected by its passphrase alone.</source>
        <translation>Erasing after wrong passphrases works only with the system keyring; this profile is protected by its passphrase alone.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="118"/>
        <source>A duress passphrase opens an empty vault and erases this one for good. Use it only if someone forces you to open Seinpost.</source>
        <translation>A duress passphrase opens an empty vault and erases this one for good. Use it only if someone forces you to open Seinpost.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="128"/>
        <source>Repeat the duress passphrase</source>
        <translation>Repeat the duress passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="129"/>
        <source>Set &amp;duress passphrase</source>
        <translation>Set &amp;duress passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="131"/>
        <source>&amp;Remove it</source>
        <translation>&amp;Remove it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="154"/>
        <source>&amp;Name the emptied profile shows</source>
        <translation>&amp;Name the emptied profile shows</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="172"/>
        <source>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase.</source>
        <translation>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="238"/>
        <source>Seinpost cannot tell whether a duress passphrase is set (it was set with an earlier version, or the vault file was put back from an earlier copy). Set it again or remove it to be sure.</source>
        <translation>Seinpost cannot tell whether a duress passphrase is set (it was set with an earlier version, or the vault file was put back from an earlier copy). Set it again or remove it to be sure.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="126"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="137"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="151"/>
        <source>Duress passphrase</source>
        <translation>Duress passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="242"/>
        <source>A duress passphrase is set.</source>
        <translation>A duress passphrase is set.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="244"/>
        <source>No duress passphrase is set.</source>
        <translation>No duress passphrase is set.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="267"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="323"/>
        <source>Type your current passphrase first.</source>
        <translation>Type your current passphrase first.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="305"/>
        <location filename="../../intake_app/ui/security_dialog.py" line="381"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="312"/>
        <source>Your passphrase was changed.</source>
        <translation>Your passphrase was changed.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="328"/>
        <source>Erase after wrong passphrases</source>
        <translation>Erase after wrong passphrases</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/security_dialog.py" line="330"/>
        <source>After %n wrong passphrase(s) in a row this vault is erased for good, with every signal that has not reached the office. Turn this on?</source>
        <translation>
            <numerusform>After %n wrong passphrase in a row this vault is erased for good, with every signal that has not reached the office. Turn this on?</numerusform>
            <numerusform>After %n wrong passphrases in a row this vault is erased for good, with every signal that has not reached the office. Turn this on?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="352"/>
        <source>The setting for wrong passphrases was saved.</source>
        <translation>The setting for wrong passphrases was saved.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="377"/>
        <source>The duress passphrase was set.</source>
        <translation>The duress passphrase was set.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="386"/>
        <source>There is no duress passphrase any more.</source>
        <translation>There is no duress passphrase any more.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/security_dialog.py" line="398"/>
        <source>Seinpost now locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Seinpost now locks itself after %n minute without use.</numerusform>
            <numerusform>Seinpost now locks itself after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="107"/>
        <source>Choose the office &amp;card…</source>
        <translation>Choose the office &amp;card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="109"/>
        <location filename="../../intake_app/ui/setup_page.py" line="275"/>
        <source>No card chosen yet.</source>
        <translation>No card chosen yet.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="149"/>
        <source>The name the office knows you by</source>
        <translation>The name the office knows you by</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="160"/>
        <location filename="../../intake_app/ui/setup_page.py" line="350"/>
        <source>C&amp;reate my vault</source>
        <translation>C&amp;reate my vault</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="175"/>
        <source>Rep&amp;eat passphrase</source>
        <translation>Rep&amp;eat passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="172"/>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="85"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="88"/>
        <source>&amp;Language / Taal</source>
        <translation>&amp;Language / Taal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="90"/>
        <source>Ne&amp;xt: the office card</source>
        <translation>Ne&amp;xt: the office card</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="99"/>
        <location filename="../../intake_app/ui/setup_page.py" line="103"/>
        <source>Welcome to Seinpost</source>
        <translation>Welcome to Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="111"/>
        <source>8 groups of 5 digits</source>
        <translation>8 groups of 5 digits</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="113"/>
        <source>What the office rea&amp;ds to you</source>
        <translation>What the office rea&amp;ds to you</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="115"/>
        <source>C&amp;heck</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="119"/>
        <source>Nex&amp;t: your passphrase</source>
        <translation>Nex&amp;t: your passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="131"/>
        <source>The office&apos;s card</source>
        <translation>The office&apos;s card</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="133"/>
        <source>Seinpost seals every signal for the central office only. Make sure the card is the office&apos;s real one: call the office, or meet them, and ask them to read its fingerprint aloud. Type what you hear; Seinpost then compares it.</source>
        <translation>Seinpost seals every signal for the central office only. Make sure the card is the office&apos;s real one: call the office, or meet them, and ask them to read its fingerprint aloud. Type what you hear; Seinpost then compares it.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="173"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="182"/>
        <location filename="../../intake_app/ui/setup_page.py" line="196"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="186"/>
        <source>The passphrase opens your vault on this laptop. Nobody can recover it for you, not even the office: choose several unrelated words you will remember.</source>
        <translation>The passphrase opens your vault on this laptop. Nobody can recover it for you, not even the office: choose several unrelated words you will remember.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="202"/>
        <source>Your fingerprint as a QR code</source>
        <translation>Your fingerprint as a QR code</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="203"/>
        <source>&amp;Save my key card…</source>
        <translation>Sa&amp;ve my key card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="206"/>
        <source>&amp;Go to my signals</source>
        <translation>&amp;Go to my signals</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="211"/>
        <location filename="../../intake_app/ui/setup_page.py" line="226"/>
        <source>Your vault is ready</source>
        <translation>Your vault is ready</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="213"/>
        <source>Next step: give your key card to the office (save it on a USB stick) and read them this fingerprint, or let them scan the code. Only then will the office accept your bundles.</source>
        <translation>Next step: give your key card to the office (save it on a USB stick) and read them this fingerprint, or let them scan the code. Only then will the office accept your bundles.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="279"/>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="286"/>
        <source>Choose the office card first.</source>
        <translation>Choose the office card first.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="22"/>
        <source>Type the digits the office reads to you, then press Check.</source>
        <translation>Type the digits the office reads to you, then press Check.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="31"/>
        <source>This does not match the card: group %1 of 8 differs. Ask the office to read it again; if it still differs, do not use this card.</source>
        <translation>This does not match the card: group %1 of 8 differs. Ask the office to read it again; if it still differs, do not use this card.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="35"/>
        <source>This does not match the card: groups %1 of 8 differ. Ask the office to read them again; if they still differ, do not use this card.</source>
        <translation>This does not match the card: groups %1 of 8 differ. Ask the office to read them again; if they still differ, do not use this card.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="296"/>
        <source>✔ The fingerprint matches: %1</source>
        <translation>✔ The fingerprint matches: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="43"/>
        <source>Ask the office to read the whole fingerprint again and type it once more.</source>
        <translation>Ask the office to read the whole fingerprint again and type it once more.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="46"/>
        <source>You typed %1 of the %2 groups: a group is missing.</source>
        <translation>You typed %1 of the %2 groups: a group is missing.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="49"/>
        <source>You typed %1 groups, but a fingerprint has %2.</source>
        <translation>You typed %1 groups, but a fingerprint has %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="52"/>
        <source>Group %1 has %2 digits instead of 5.</source>
        <translation>Group %1 has %2 digits instead of 5.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="54"/>
        <source>You typed %1 of the %2 digits: some are missing.</source>
        <translation>You typed %1 of the %2 digits: some are missing.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/fingerprint_texts.py" line="57"/>
        <source>You typed %1 digits, but a fingerprint has %2.</source>
        <translation>You typed %1 digits, but a fingerprint has %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="324"/>
        <source>Creating your vault…</source>
        <translation>Creating your vault…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="344"/>
        <source>Your fingerprint: %1</source>
        <translation>Your fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="364"/>
        <source>Saved in the folder %1 as %2.</source>
        <translation>Saved in the folder %1 as %2.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="315"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="308"/>
        <source>Give the name the office knows you by.</source>
        <translation>Give the name the office knows you by.</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="172"/>
        <location filename="../../intake_app/ui/signal_editor.py" line="392"/>
        <source>New signal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="105"/>
        <source>The signal&apos;s fields</source>
        <extracomment>Editor heights (logical px) below which the danger banner shortens while errors show.</extracomment>
        <translation>The signal&apos;s fields</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="28"/>
        <source>Sav&amp;e and close</source>
        <translation>Sav&amp;e and close</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="30"/>
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="36"/>
        <source>Ctrl+S keeps what is typed and leaves this open</source>
        <translation>Ctrl+S keeps what is typed and leaves this open</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="39"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="55"/>
        <source>Show this form in %1, for the person in front of you, until it closes. What you typed stays.</source>
        <translation>Show this form in %1, for the person in front of you, until it closes. What you typed stays.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="68"/>
        <source>This form in Dutch</source>
        <translation>This form in Dutch</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/editor_parts.py" line="69"/>
        <source>This form in English</source>
        <translation>This form in English</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="237"/>
        <source>This text may identify someone: %1 (marked and underlined). Check it; nothing is removed for you.</source>
        <translation>This text may identify someone: %1 (marked and underlined). Check it; nothing is removed for you.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="260"/>
        <source>Kept in your vault, encrypted, at %1.</source>
        <translation>Kept in your vault, encrypted, at %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_editor.py" line="264"/>
        <source>%n added file(s) are being stored in your vault.</source>
        <translation>
            <numerusform>%n added file is being stored in your vault.</numerusform>
            <numerusform>%n added files are being stored in your vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_editor.py" line="310"/>
        <source>%n field(s) must be filled or corrected before this signal can be sealed.</source>
        <translation>
            <numerusform>%n field must be filled or corrected before this signal can be sealed.</numerusform>
            <numerusform>%n fields must be filled or corrected before this signal can be sealed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="22"/>
        <source>Close the signal</source>
        <translation>Close the signal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="23"/>
        <source>Keep what you typed in this signal?</source>
        <translation>Keep what you typed in this signal?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="38"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="40"/>
        <source>&amp;Throw away the changes</source>
        <translation>&amp;Throw away the changes</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="41"/>
        <source>&amp;Go on typing</source>
        <translation>&amp;Go on typing</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="112"/>
        <source>Attach&amp;ments</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="172"/>
        <source>Edit draft</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="31"/>
        <source>“Throw away the changes” deletes this new signal, also what was kept of it since %1.</source>
        <translation>“Throw away the changes” deletes this new signal, also what was kept of it since %1.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/close_question.py" line="34"/>
        <source>“Throw away the changes” puts this draft back as it was when you opened it at %1, also undoing what was kept since.</source>
        <translation>“Throw away the changes” puts this draft back as it was when you opened it at %1, also undoing what was kept since.</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="106"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="107"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="116"/>
        <source>Your signals</source>
        <translation>Your signals</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_rows.py" line="208"/>
        <source>No category yet</source>
        <extracomment>A draft&apos;s status: how many fields it still needs (the view&apos;s translation, with %n).</extracomment>
        <translation>No category yet</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_rows.py" line="237"/>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_rows.py" line="258"/>
        <location filename="../../intake_app/ui/signal_rows.py" line="261"/>
        <source>No place yet</source>
        <translation>No place yet</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="108"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="109"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="111"/>
        <source>When the draft was last saved, or the signal sealed</source>
        <translation>When the draft was last saved, or the signal sealed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_table.py" line="112"/>
        <source>Draft, %n to fill</source>
        <translation>
            <numerusform>Draft, %n to fill</numerusform>
            <numerusform>Draft, %n to fill</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateTabs</name>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="50"/>
        <source>Show signals</source>
        <extracomment>Columns read whole where the room allows: a draft&apos;s status is how many fields are empty, and a sealed row has only its status, size and date (review r12z R13: at 1.5× on 1024×600 they read &quot;Concept, n…&quot; and &quot;ard of verze&quot;). Each at most WHOLE_SHARE of the row. (filter key, the statuses it shows); &quot;&quot; shows all.</extracomment>
        <translation>Show signals</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="63"/>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="64"/>
        <source>Drafts (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="65"/>
        <source>Sealed, not delivered (%1)</source>
        <translation>Sealed, not delivered (%1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="66"/>
        <source>Delivered or deleted (%1)</source>
        <translation>Delivered or deleted (%1)</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="76"/>
        <source>Passphrase strength</source>
        <extracomment>How long after the last keystroke the meter judges (milliseconds): a person typing fast starts one judgement per pause, not one per key.</extracomment>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="106"/>
        <source>This passphrase is too easy to guess. Choose a longer one: several unrelated words, or a sentence only you would think of.</source>
        <translation>This passphrase is too easy to guess. Choose a longer one: several unrelated words, or a sentence only you would think of.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="124"/>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="125"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="126"/>
        <source>Not strong enough yet</source>
        <translation>Not strong enough yet</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="127"/>
        <source>Strong enough</source>
        <translation>Strong enough</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/strength_meter.py" line="128"/>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../intake_app/ui/task_progress.py" line="32"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="33"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="34"/>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="35"/>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="36"/>
        <source>Too many entries.</source>
        <translation>Too many entries.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="37"/>
        <source>This text contains characters that are not allowed.</source>
        <translation>This text contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="40"/>
        <source>This is not in the expected format.</source>
        <translation>This is not in the expected format.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="43"/>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="44"/>
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="45"/>
        <source>This date lies before 1950.</source>
        <translation>This date lies before 1950.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="46"/>
        <source>The end of the period lies before its start.</source>
        <translation>The end of the period lies before its start.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="49"/>
        <source>Give only the municipality&apos;s name, never a street, postcode or house number.</source>
        <translation>Give only the municipality&apos;s name, never a street, postcode or house number.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="24"/>
        <source>This choice cannot be combined with the other choices.</source>
        <translation>This choice cannot be combined with the other choices.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="26"/>
        <source>“%1” cannot be combined with other choices: untick it, or untick the others.</source>
        <translation>“%1” cannot be combined with other choices: untick it, or untick the others.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="53"/>
        <source>A place abroad cannot be in the Netherlands.</source>
        <translation>A place abroad cannot be in the Netherlands.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="57"/>
        <source>This value is not accepted.</source>
        <translation>This value is not accepted.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="70"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="71"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="72"/>
        <source>Exported, awaiting receipt</source>
        <translation>Exported, awaiting receipt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="73"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="74"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>UnlockNotices</name>
    <message numerus="yes">
        <location filename="../../intake_app/ui/unlock_notices.py" line="39"/>
        <source>%n file(s) chosen for the draft before Seinpost locked could not be stored in your vault. Add them again:</source>
        <translation>
            <numerusform>%n file chosen for the draft before Seinpost locked could not be stored in your vault. Add it again:</numerusform>
            <numerusform>%n files chosen for the draft before Seinpost locked could not be stored in your vault. Add them again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/unlock_notices.py" line="46"/>
        <source>Locking stopped the sealing: %n draft(s) were not sealed and are still in your list as drafts. Seal them again.</source>
        <translation>
            <numerusform>Locking stopped the sealing: %n draft was not sealed and is still in your list as a draft. Seal it again.</numerusform>
            <numerusform>Locking stopped the sealing: %n drafts were not sealed and are still in your list as drafts. Seal them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="44"/>
        <location filename="../../intake_app/ui/unlock_page.py" line="222"/>
        <source>Seinpost is locked</source>
        <translation>Seinpost is locked</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="46"/>
        <location filename="../../intake_app/ui/unlock_page.py" line="223"/>
        <source>Type your passphrase to open your vault.</source>
        <translation>Type your passphrase to open your vault.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="51"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="53"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="58"/>
        <source>Sh&amp;ow passphrase</source>
        <translation>Sh&amp;ow passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="79"/>
        <source>Getting ready</source>
        <translation>Getting ready</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="84"/>
        <source>Opening your vault…</source>
        <translation>Opening your vault…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="92"/>
        <source>&amp;Set up a new profile…</source>
        <translation>Set up a ne&amp;w profile…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="96"/>
        <source>Sa&amp;ve the sealed files for the office…</source>
        <translation>Sa&amp;ve the sealed files for the office…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="139"/>
        <source>Getting Seinpost ready… It unlocks as soon as it is ready.</source>
        <translation>Getting Seinpost ready… It unlocks as soon as it is ready.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="140"/>
        <source>Getting Seinpost ready…</source>
        <translation>Getting Seinpost ready…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="200"/>
        <source>No system keyring: this vault is protected by the passphrase only.</source>
        <translation>No system keyring: this vault is protected by the passphrase only.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="208"/>
        <source>This vault was erased</source>
        <translation>This vault was erased</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="210"/>
        <source>Too many wrong passphrases erased this vault. Its signals cannot be opened again on this laptop, and signals sealed but not yet delivered will not reach the office. Tell the office which bundles you had not yet handed over. To go on recording, set up a new profile.</source>
        <translation>Too many wrong passphrases erased this vault. Its signals cannot be opened again on this laptop, and signals sealed but not yet delivered will not reach the office. Tell the office which bundles you had not yet handed over. To go on recording, set up a new profile.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="234"/>
        <source>Careful: one more wrong passphrase erases this vault for good.</source>
        <translation>Careful: one more wrong passphrase erases this vault for good.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/unlock_page.py" line="235"/>
        <source>Careful: %n more wrong passphrase(s) erase this vault for good, with every signal not yet at the office.</source>
        <translation>
            <numerusform>Careful: %n more wrong passphrase erases this vault for good, with every signal not yet at the office.</numerusform>
            <numerusform>Careful: %n more wrong passphrases erase this vault for good, with every signal not yet at the office.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="304"/>
        <source>What you typed after the last save could not be put in your vault at the lock.</source>
        <translation>What you typed after the last save could not be put in your vault at the lock.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="306"/>
        <source>What you typed could not be put in your vault at the lock.</source>
        <translation>What you typed could not be put in your vault at the lock.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="284"/>
        <location filename="../../intake_app/ui/unlock_page.py" line="314"/>
        <source>Locked. Unlock again when you are ready.</source>
        <translation>Locked. Unlock again when you are ready.</translation>
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
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="42"/>
        <source>Loc&amp;k now</source>
        <translation>Loc&amp;k now</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="48"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="49"/>
        <source>How Seinpost &amp;works</source>
        <translation>How Seinpost &amp;works</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="51"/>
        <source>&amp;About Seinpost</source>
        <translation>&amp;About Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/window_menus.py" line="58"/>
        <source>How Seinpost works</source>
        <translation>How Seinpost works</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="79"/>
        <location filename="../../intake_app/ui/workspace_page.py" line="176"/>
        <source>Your signals</source>
        <translation>Your signals</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="97"/>
        <source>Clear &amp;finished from the list</source>
        <translation>Clear &amp;finished from the list</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="99"/>
        <source>Delivered and deleted signals leave this list; nothing else changes</source>
        <translation>Delivered and deleted signals leave this list; nothing else changes</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="105"/>
        <source>&amp;New signal…</source>
        <translation>&amp;New signal…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="108"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="110"/>
        <source>Dele&amp;te…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="112"/>
        <source>&amp;Seal selected</source>
        <translation>Seal s&amp;elected</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="114"/>
        <source>Seal &amp;all drafts</source>
        <translation>Seal &amp;all drafts</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="116"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="118"/>
        <source>Write the sealed signals to a USB stick or folder as one signed bundle</source>
        <translation>Write the sealed signals to a USB stick or folder as one signed bundle</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="121"/>
        <source>Import &amp;receipt…</source>
        <translation>Import &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="127"/>
        <source>New office &amp;key card…</source>
        <translation>New office &amp;key card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="129"/>
        <source>Accept the office&apos;s new card; only a card signed by the current one is taken</source>
        <translation>Accept the office&apos;s new card; only a card signed by the current one is taken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="132"/>
        <source>&amp;My key card…</source>
        <translation>&amp;My key card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="138"/>
        <source>Se&amp;curity…</source>
        <translation>Se&amp;curity…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="140"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="146"/>
        <source>More act&amp;ions</source>
        <translation>More act&amp;ions</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="147"/>
        <source>The actions there is no room for in this row</source>
        <translation>The actions there is no room for in this row</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="207"/>
        <source>Sealed for: %1 — fingerprint %2</source>
        <translation>Sealed for: %1 — fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="219"/>
        <source>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase. Security… shows this note again.</source>
        <translation>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase. Security… shows this note again.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="240"/>
        <source>Nothing here. Choose another tab above to see your other signals.</source>
        <translation>Nothing here. Choose another tab above to see your other signals.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="242"/>
        <source>No signals yet. When someone tells you what happened, press New signal (Ctrl+N) and write it down; it is kept encrypted on this laptop until you seal it.</source>
        <translation>No signals yet. When someone tells you what happened, press New signal (Ctrl+N) and write it down; it is kept encrypted on this laptop until you seal it.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="257"/>
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="259"/>
        <source>Take %n delivered or deleted signal(s) off the list? They cannot be shown again; nothing else changes.</source>
        <translation>
            <numerusform>Take %n delivered or deleted signal off the list? It cannot be shown again; nothing else changes.</numerusform>
            <numerusform>Take %n delivered or deleted signals off the list? They cannot be shown again; nothing else changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="271"/>
        <source>%n finished signal(s) taken off the list.</source>
        <translation>
            <numerusform>%n finished signal taken off the list.</numerusform>
            <numerusform>%n finished signals taken off the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="351"/>
        <location filename="../../intake_app/ui/delivery_actions.py" line="86"/>
        <source>Cancelled. Nothing was lost.</source>
        <translation>Cancelled. Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/profile_actions.py" line="40"/>
        <source>New office card accepted. New signals are sealed for fingerprint %1.</source>
        <translation>New office card accepted. New signals are sealed for fingerprint %1.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="134"/>
        <source>Your fingerprint and its QR code, and your key card to save for the office</source>
        <translation>Your fingerprint and its QR code, and your key card to save for the office</translation>
    </message>
</context>
</TS>
