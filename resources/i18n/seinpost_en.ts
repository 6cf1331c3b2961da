<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="44" />
        <source>Choose the office card</source>
        <translation>Choose the office card</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="45" />
        <source>Key cards (*.card);;All files (*)</source>
        <translation>Key cards (*.card);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="51" />
        <source>Add attachments</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="61" />
        <source>Export the bundle to…</source>
        <translation>Export the bundle to…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="66" />
        <source>Save your key card in…</source>
        <translation>Save your key card in…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="72" />
        <source>Import a receipt</source>
        <translation>Import a receipt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="73" />
        <source>Receipts (%1);;All files (*)</source>
        <translation>Receipts (%1);;All files (*)</translation>
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
        <translation><numerusform>Locks itself after %n minute without use.</numerusform><numerusform>Locks itself after %n minutes without use.</numerusform></translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="41" />
        <source>Security settings</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="47" />
        <source>Your &amp;current passphrase</source>
        <translation>Your &amp;current passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="49" />
        <source>Needed for every change below except the auto-lock time.</source>
        <translation>Needed for every change below except the auto-lock time.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="54" />
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="56" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="58" />
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="59" />
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="65" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="66" />
        <source>Set &amp;auto-lock</source>
        <translation>Set &amp;auto-lock</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="68" />
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="70" />
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="76" />
        <source>&amp;Erase the vault after this many wrong passphrases:</source>
        <translation>&amp;Erase the vault after this many wrong passphrases:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="82" />
        <source>Set &amp;wipe</source>
        <translation>Set &amp;wipe</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="84" />
        <source>Wrong passphrases</source>
        <translation>Wrong passphrases</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="93" />
        <source>A duress passphrase opens an empty vault and erases this one for good. Use it only if someone forces you to open Seinpost.</source>
        <translation>A duress passphrase opens an empty vault and erases this one for good. Use it only if someone forces you to open Seinpost.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="99" />
        <source>Set &amp;duress passphrase</source>
        <translation>Set &amp;duress passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="101" />
        <source>&amp;Remove it</source>
        <translation>&amp;Remove it</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="103" />
        <source>Duress passphrase</source>
        <translation>Duress passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="145" />
        <source>Type your current passphrase first.</source>
        <translation>Type your current passphrase first.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="169" />
        <location filename="../../intake_app/ui/security_dialog.py" line="191" />
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation>Choose a passphrase of at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="172" />
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="178" />
        <source>Your passphrase was changed.</source>
        <translation>Your passphrase was changed.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="185" />
        <source>The setting for wrong passphrases was saved.</source>
        <translation>The setting for wrong passphrases was saved.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="196" />
        <source>The duress passphrase was set.</source>
        <translation>The duress passphrase was set.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/security_dialog.py" line="202" />
        <source>There is no duress passphrase any more.</source>
        <translation>There is no duress passphrase any more.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/security_dialog.py" line="213" />
        <source>Seinpost now locks itself after %n minute(s) without use.</source>
        <translation><numerusform>Seinpost now locks itself after %n minute without use.</numerusform><numerusform>Seinpost now locks itself after %n minutes without use.</numerusform></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="40" />
        <source>Set up Seinpost</source>
        <translation>Set up Seinpost</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="44" />
        <source>Seinpost seals every signal for the central office only. First check that you have the office's real card: ask the office to read its fingerprint to you, by phone or in person, and type it below.</source>
        <translation>Seinpost seals every signal for the central office only. First check that you have the office's real card: ask the office to read its fingerprint to you, by phone or in person, and type it below.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="51" />
        <source>Choose the office &amp;card…</source>
        <translation>Choose the office &amp;card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="53" />
        <location filename="../../intake_app/ui/setup_page.py" line="121" />
        <source>No card chosen yet.</source>
        <translation>No card chosen yet.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="58" />
        <source>The digits the office reads to you</source>
        <translation>The digits the office reads to you</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="60" />
        <source>The name the office knows you by</source>
        <translation>The name the office knows you by</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="65" />
        <source>Also protect the vault with this computer's keyring</source>
        <translation>Also protect the vault with this computer's keyring</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="71" />
        <source>C&amp;reate my vault</source>
        <translation>C&amp;reate my vault</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="80" />
        <source>Office card</source>
        <translation>Office card</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="81" />
        <source>Its fingerprint</source>
        <translation>Its fingerprint</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="82" />
        <source>Con&amp;firm the fingerprint</source>
        <translation>Con&amp;firm the fingerprint</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="91" />
        <source>Rep&amp;eat passphrase</source>
        <translation>Rep&amp;eat passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="85" />
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="88" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="126" />
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="133" />
        <source>Choose the office card first.</source>
        <translation>Choose the office card first.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="137" />
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Choose a passphrase of at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="143" />
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="146" />
        <source>Give the name the office knows you by.</source>
        <translation>Give the name the office knows you by.</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="45" />
        <source>New signal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="52" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="55" />
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="57" />
        <source>Suspected &amp;state actor</source>
        <translation>Suspected &amp;state actor</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="58" />
        <source>&amp;Targets</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="60" />
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="62" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="63" />
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="66" />
        <source>What happened, in the reporter's words. No names or addresses.</source>
        <translation>What happened, in the reporter's words. No names or addresses.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="69" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="75" />
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="77" />
        <source>Impact &amp;notes</source>
        <translation>Impact &amp;notes</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="79" />
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="82" />
        <source>&amp;Anonymity</source>
        <translation>&amp;Anonymity</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="84" />
        <source>C&amp;onsent to share</source>
        <translation>C&amp;onsent to share</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="87" />
        <source>Already &amp;reported</source>
        <translation>Already &amp;reported</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="92" />
        <source>Source reliabilit&amp;y</source>
        <translation>Source reliabilit&amp;y</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="97" />
        <source>Information cr&amp;edibility</source>
        <translation>Information cr&amp;edibility</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="100" />
        <source>Attach&amp;ments</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="113" />
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="149" />
        <source>On a day or between days</source>
        <translation>On a day or between days</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="150" />
        <source>Some time in a month</source>
        <translation>Some time in a month</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="155" />
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="179" />
        <source>Municipality only, never an address</source>
        <translation>Municipality only, never an address</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="181" />
        <source>Country (optional)</source>
        <translation>Country (optional)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="196" />
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="198" />
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="202" />
        <source>Photos and documents are cleaned of hidden data (location, camera, author). Tick a file to keep its original as evidence instead.</source>
        <translation>Photos and documents are cleaned of hidden data (location, camera, author). Tick a file to keep its original as evidence instead.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="223" />
        <source>Checked: keep the original file as evidence (not cleaned)</source>
        <translation>Checked: keep the original file as evidence (not cleaned)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="251" />
        <source>This text may identify someone: %1 (marked in yellow). Check it; nothing is removed for you.</source>
        <translation>This text may identify someone: %1 (marked in yellow). Check it; nothing is removed for you.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="304" />
        <source>Edit draft</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="341" />
        <source>%1 (in the vault)</source>
        <translation>%1 (in the vault)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_editor.py" line="355" />
        <source>%n field(s) need attention before the draft can be saved.</source>
        <translation><numerusform>%n field need attention before the draft can be saved.</numerusform><numerusform>%n fields need attention before the draft can be saved.</numerusform></translation>
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
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="16" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_table.py" line="16" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../intake_app/ui/task_progress.py" line="32" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="17" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="18" />
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="19" />
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="20" />
        <source>Too many entries.</source>
        <translation>Too many entries.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="21" />
        <source>This text contains characters that are not allowed.</source>
        <translation>This text contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="24" />
        <source>This is not in the expected format.</source>
        <translation>This is not in the expected format.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="27" />
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="28" />
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="29" />
        <source>This date lies before 1950.</source>
        <translation>This date lies before 1950.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="30" />
        <source>The end of the period lies before its start.</source>
        <translation>The end of the period lies before its start.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="33" />
        <source>Give only the municipality's name, never a street, postcode or house number.</source>
        <translation>Give only the municipality's name, never a street, postcode or house number.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="36" />
        <source>This choice cannot be combined with the other choices.</source>
        <translation>This choice cannot be combined with the other choices.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="39" />
        <source>A place abroad cannot be in the Netherlands.</source>
        <translation>A place abroad cannot be in the Netherlands.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="43" />
        <source>This value is not accepted.</source>
        <translation>This value is not accepted.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="48" />
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="49" />
        <source>an e-mail address</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="50" />
        <source>a bank account number (IBAN)</source>
        <translation>a bank account number (IBAN)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="51" />
        <source>a postcode with house number</source>
        <translation>a postcode with house number</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="54" />
        <source>a street with house number</source>
        <translation>a street with house number</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="55" />
        <source>a citizen service number (BSN)</source>
        <translation>a citizen service number (BSN)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="56" />
        <source>a link to a personal profile</source>
        <translation>a link to a personal profile</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="58" />
        <source>an identifier</source>
        <translation>an identifier</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="63" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="64" />
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="65" />
        <source>Exported, awaiting receipt</source>
        <translation>Exported, awaiting receipt</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="66" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="67" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="23" />
        <source>Seinpost is locked</source>
        <translation>Seinpost is locked</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="25" />
        <source>Type your passphrase to open your vault.</source>
        <translation>Type your passphrase to open your vault.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="29" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="31" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="66" />
        <source>No system keyring: this vault is protected by the passphrase only.</source>
        <translation>No system keyring: this vault is protected by the passphrase only.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="69" />
        <source>Careful: one more wrong passphrase erases this vault for good.</source>
        <translation>Careful: one more wrong passphrase erases this vault for good.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="58" />
        <source>Your signals</source>
        <translation>Your signals</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="74" />
        <source>&amp;New signal…</source>
        <translation>&amp;New signal…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="77" />
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="79" />
        <source>Dele&amp;te…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="81" />
        <source>&amp;Seal selected</source>
        <translation>&amp;Seal selected</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="83" />
        <source>Seal &amp;all drafts</source>
        <translation>Seal &amp;all drafts</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="85" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="87" />
        <source>Write the sealed signals to a USB stick or folder as one signed bundle</source>
        <translation>Write the sealed signals to a USB stick or folder as one signed bundle</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="90" />
        <source>Import &amp;receipt…</source>
        <translation>Import &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="92" />
        <source>New &amp;office card…</source>
        <translation>New &amp;office card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="94" />
        <source>Accept the office's new card; only a card signed by the current one is taken</source>
        <translation>Accept the office's new card; only a card signed by the current one is taken</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="97" />
        <source>&amp;My key card…</source>
        <translation>&amp;My key card…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="99" />
        <source>Save your public key card, for the office to register you</source>
        <translation>Save your public key card, for the office to register you</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="102" />
        <source>Se&amp;curity…</source>
        <translation>Se&amp;curity…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="104" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="138" />
        <source>Sealed for: %1 — fingerprint %2</source>
        <translation>Sealed for: %1 — fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="145" />
        <source>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase.</source>
        <translation>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="203" />
        <source>Cancelled. Nothing was lost.</source>
        <translation>Cancelled. Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="239" />
        <source>Saving the draft…</source>
        <translation>Saving the draft…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="241" />
        <source>The draft was saved in your vault.</source>
        <translation>The draft was saved in your vault.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="265" />
        <source>Delete %n signal(s) from this laptop for good?</source>
        <translation><numerusform>Delete %n signal from this laptop for good?</numerusform><numerusform>Delete %n signals from this laptop for good?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="268" />
        <source>%n of them are sealed but have no receipt yet: they will never reach the office.</source>
        <translation><numerusform>%n of them are sealed but have no receipt yet: they will never reach the office.</numerusform><numerusform>%n of them are sealed but have no receipt yet: they will never reach the office.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="274" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="297" />
        <source>%n signal(s) deleted.</source>
        <translation><numerusform>%n signal deleted.</numerusform><numerusform>%n signals deleted.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="315" />
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="310" />
        <source>After sealing, only the central office can read these %n signal(s); you will no longer be able to open or change them. Seal now?</source>
        <translation><numerusform>After sealing, only the central office can read these %n signal; you will no longer be able to open or change them. Seal now?</numerusform><numerusform>After sealing, only the central office can read these %n signals; you will no longer be able to open or change them. Seal now?</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="332" />
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="334" />
        <source>%n signal(s) sealed for the office.</source>
        <translation><numerusform>%n signal sealed for the office.</numerusform><numerusform>%n signals sealed for the office.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="354" />
        <source>%n signal(s) exported to %1. They stay sealed here until the office's receipt is imported.</source>
        <translation><numerusform>%n signal exported to %1. They stay sealed here until the office's receipt is imported.</numerusform><numerusform>%n signals exported to %1. They stay sealed here until the office's receipt is imported.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="361" />
        <source>Exporting the bundle…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="376" />
        <source>The office confirmed %n signal(s); they were erased from this laptop.</source>
        <translation><numerusform>The office confirmed %n signal; they were erased from this laptop.</numerusform><numerusform>The office confirmed %n signals; they were erased from this laptop.</numerusform></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="383" />
        <source>Importing the receipt…</source>
        <translation>Importing the receipt…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="399" />
        <source>New office card accepted. New signals are sealed for fingerprint %1.</source>
        <translation>New office card accepted. New signals are sealed for fingerprint %1.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="423" />
        <source>Your key card was saved as %1. Give it to the office and read them your fingerprint: %2</source>
        <translation>Your key card was saved as %1. Give it to the office and read them your fingerprint: %2</translation>
    </message>
</context>
</TS>