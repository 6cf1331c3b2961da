<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="21"/>
        <source>Choose the office card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="23"/>
        <source>Key cards (*.card);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="31"/>
        <source>Add attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="41"/>
        <source>Export the bundle to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="50"/>
        <source>Import a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/dialogs.py" line="52"/>
        <source>Receipts (*.receipt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="31"/>
        <source>Seinpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/main_window.py" line="74"/>
        <source>Locks itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="24"/>
        <source>Wrong passphrase. Careful: one more wrong attempt erases this vault for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/messages.py" line="29"/>
        <source>Wrong passphrase. %n attempt(s) left before the vault is erased.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="35"/>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="39"/>
        <source>This vault was erased. Its signals cannot be recovered on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="43"/>
        <source>This profile&apos;s key is missing from the system keyring, so it cannot be opened here. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="49"/>
        <source>The system keyring is not available right now. Log in to your desktop session and try again; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="55"/>
        <source>The profile&apos;s key file is damaged. Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="59"/>
        <source>The fingerprint you typed does not match this office card. Check it with the office; nothing was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="65"/>
        <source>This is not a valid, unaltered office card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="67"/>
        <source>Some fields need attention; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="71"/>
        <source>The disk is full. Nothing was lost: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="75"/>
        <source>Seinpost may not write there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="79"/>
        <source>The file or folder could not be read or written. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/messages.py" line="82"/>
        <source>Something went wrong (%1). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="40"/>
        <source>Set up Seinpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="44"/>
        <source>Seinpost seals every signal for the central office only. First check that you have the office&apos;s real card: ask the office to read its fingerprint to you, by phone or in person, and type it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="51"/>
        <source>Choose the office &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="53"/>
        <location filename="../../intake_app/ui/setup_page.py" line="121"/>
        <source>No card chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="58"/>
        <source>The digits the office reads to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="60"/>
        <source>The name the office knows you by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="65"/>
        <source>Also protect the vault with this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="71"/>
        <source>C&amp;reate my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="80"/>
        <source>Office card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="81"/>
        <source>Its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="82"/>
        <source>&amp;Confirm the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="85"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="88"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="91"/>
        <source>Re&amp;peat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="126"/>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="133"/>
        <source>Choose the office card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="137"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="143"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_page.py" line="146"/>
        <source>Give the name the office knows you by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="43"/>
        <source>New signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="49"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="52"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="54"/>
        <source>Suspected &amp;state actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="55"/>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="57"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="59"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="60"/>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="63"/>
        <source>What happened, in the reporter&apos;s words. No names or addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="66"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="72"/>
        <source>&amp;Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="74"/>
        <source>Impact &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="76"/>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="79"/>
        <source>&amp;Anonymity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="81"/>
        <source>C&amp;onsent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="84"/>
        <source>Already &amp;reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="89"/>
        <source>Source reliabilit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="94"/>
        <source>Information cr&amp;edibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="97"/>
        <source>Attach&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="109"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="142"/>
        <source>On a day or between days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="143"/>
        <source>Some time in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="148"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="172"/>
        <source>Municipality only, never an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="174"/>
        <source>Country (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="189"/>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="191"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="195"/>
        <source>Photos and documents are cleaned of hidden data (location, camera, author). Tick a file to keep its original as evidence instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="216"/>
        <source>Checked: keep the original file as evidence (not cleaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/signal_editor.py" line="230"/>
        <source>This text may identify someone: %1. Check it; nothing is removed for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/signal_editor.py" line="288"/>
        <source>%n field(s) need attention before the draft can be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="15"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="16"/>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="17"/>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="18"/>
        <source>Too many entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="19"/>
        <source>This text contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="22"/>
        <source>This is not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="25"/>
        <source>This is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="26"/>
        <source>This date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="27"/>
        <source>This date lies before 1950.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="28"/>
        <source>The end of the period lies before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="31"/>
        <source>Give only the municipality&apos;s name, never a street, postcode or house number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="34"/>
        <source>This choice cannot be combined with the other choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="37"/>
        <source>A place abroad cannot be in the Netherlands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="41"/>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="46"/>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="47"/>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="48"/>
        <source>a bank account number (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="49"/>
        <source>a postcode with house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="52"/>
        <source>a street with house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="53"/>
        <source>a citizen service number (BSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="54"/>
        <source>a link to a personal profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="56"/>
        <source>an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="61"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="62"/>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="63"/>
        <source>Exported, awaiting receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="64"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/texts.py" line="65"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="23"/>
        <source>Seinpost is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="25"/>
        <source>Type your passphrase to open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="29"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="31"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="66"/>
        <source>No system keyring: this vault is protected by the passphrase only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_page.py" line="69"/>
        <source>Careful: one more wrong passphrase erases this vault for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="60"/>
        <source>Your signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="74"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="74"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="74"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="82"/>
        <source>&amp;New signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="85"/>
        <source>&amp;Seal selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="87"/>
        <source>Seal &amp;all drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="89"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="114"/>
        <source>Sealed for: %1 — fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="121"/>
        <source>No system keyring was available: this vault is protected by your passphrase only. Choose a long passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="165"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="189"/>
        <source>Cancelled. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="223"/>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="225"/>
        <source>The draft was saved in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="239"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="241"/>
        <source>After sealing, only the central office can read these %n signal(s); you will no longer be able to open or change them. Seal now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workspace_page.py" line="273"/>
        <source>Sealing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/workspace_page.py" line="275"/>
        <source>%n signal(s) sealed for the office.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
