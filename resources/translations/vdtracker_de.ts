<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/about.py" line="+28"/>
        <source>About VD Tracker</source>
        <translation>Über VD Tracker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VD Tracker %1</source>
        <translation>VD Tracker %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private diary of your symptoms, supplements and lab results. It does not give medical advice: discuss your results and your schedule with your clinician.</source>
        <translation>Ein privates Tagebuch Ihrer Beschwerden, Präparate und Laborwerte. Es gibt keinen medizinischen Rat: Besprechen Sie Ihre Werte und Ihren Einnahmeplan mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a database server)</source>
        <translation>(ein Datenbankserver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: nothing logged in this run)</source>
        <translation>(keine: in dieser Sitzung nichts protokolliert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Libraries it runs on, and their licences</source>
        <translation>Verwendete Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VD Tracker itself is MIT-licensed. Qt for Python (PySide6) is used under the LGPL 3.0; its source is at https://code.qt.io/pyside/pyside-setup.git.</source>
        <translation>VD Tracker selbst steht unter der MIT-Lizenz. Qt for Python (PySide6) wird unter der LGPL 3.0 verwendet; der Quelltext liegt unter https://code.qt.io/pyside/pyside-setup.git.</translation>
    </message>
</context>
<context>
    <name>AddOrReplace</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/day_entries.py" line="+87"/>
        <source>Already saved</source>
        <translation>Schon gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for the night of %2</source>
        <translation>%1 in der Nacht vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already saved %1.</source>
        <translation>Sie haben bereits gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this as another entry, or replace the one saved?</source>
        <translation>Als weiteren Eintrag hinzufügen oder den gespeicherten ersetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these as other entries, or replace the ones saved?</source>
        <translation>Als weitere Einträge hinzufügen oder die gespeicherten ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another</source>
        <translation>&amp;Weiteren hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/alert_banner.py" line="+85"/>
        <source>Open %1</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My clinician prescribed &amp;no maintenance…</source>
        <translation>Meine Ärztin oder mein Arzt hat keine Erhaltungsdosis &amp;verordnet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not discussed yet</source>
        <translation>Noch nicht besprochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discussed with my clinician</source>
        <translation>Mit meiner Ärztin oder meinem Arzt besprochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I had stopped ta&amp;king it…</source>
        <translation>Ich hatte die Einnahme &amp;unterbrochen…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more date(s) after these: they are shown here once these are answered.</source>
        <translation>
            <numerusform>%n weiterer Tag nach diesen: Er erscheint hier, sobald diese beantwortet sind.</numerusform>
            <numerusform>%n weitere Tage nach diesen: Sie erscheinen hier, sobald diese beantwortet sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Count the dose of %1 for %2</source>
        <translation>Die Einnahme vom %1 für den Fälligkeitstag %2 zählen</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/alert_card.py" line="+106"/>
        <source>Look at this first</source>
        <translation>Bitte zuerst ansehen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Fold away: %1</source>
        <translation>Einklappen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all of it: %1</source>
        <translation>Ganz anzeigen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold away</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all of it</source>
        <translation>Ganz anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on…</source>
        <translation>Eingenommen am…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on %1</source>
        <translation>Eingenommen am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on another day or at a time, for %1</source>
        <translation>An einem anderen Tag oder zu einer Uhrzeit eingenommen, für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped on %1</source>
        <translation>Ausgelassen am %1</translation>
    </message>
</context>
<context>
    <name>AlertTitles</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/alert_titles.py" line="+21"/>
        <source>%1 %2 on %3 — marked as discussed with your clinician on %4</source>
        <translation>%1 %2 vom %3 – am %4 als mit Ihrer Ärztin oder Ihrem Arzt besprochen markiert</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n dose(s) with nothing logged — taken or skipped?</source>
        <translation>
            <numerusform>%1: %n Dosis ohne Eintrag – eingenommen oder ausgelassen?</numerusform>
            <numerusform>%1: %n Dosen ohne Eintrag – eingenommen oder ausgelassen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: two doses logged within a day — check your diary</source>
        <translation>%1: zwei Einnahmen innerhalb eines Tages eingetragen – prüfen Sie Ihr Tagebuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retest of %1 on %2, the date your clinician set</source>
        <translation>Kontrolltermin für %1 am %2, wie von Ihrer Ärztin oder Ihrem Arzt festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retest of %1 was due on %2 — no result logged since</source>
        <translation>Kontrolltermin für %1 war am %2 – seitdem kein Laborwert eingetragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risen in your diary over the last 14 days: %1 — discuss it with your clinician</source>
        <translation>In Ihrem Tagebuch in den letzten 14 Tagen gestiegen: %1 – besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — due today</source>
        <translation>%1 – heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: running low</source>
        <translation>%1: geht zur Neige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>night-time leg cramps</source>
        <translation>nächtliche Beinkrämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>muscle spasm</source>
        <translation>Muskelspasmus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vitamin D</source>
        <translation>Vitamin D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vitamin B12</source>
        <translation>Vitamin B12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTH</source>
        <translation>PTH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: above the range on your lab report — contact your clinician promptly</source>
        <translation>%1 %2: über dem Referenzbereich Ihres Befunds – wenden Sie sich umgehend an Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: flagged by the profile you chose — discuss it with your clinician</source>
        <translation>%1 %2: nach dem gewählten Profil auffällig eingeordnet – besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: below the range on your lab report — discuss it with your clinician</source>
        <translation>%1 %2: unter dem Referenzbereich Ihres Befunds – besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2: above the range on your lab report — discuss it with your clinician</source>
        <translation>%1 %2: über dem Referenzbereich Ihres Befunds – besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: you noted you stopped taking it on %2 — discuss with your clinician whether it still stands</source>
        <translation>%1: Sie haben eingetragen, dass Sie es am %2 abgesetzt haben – besprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, ob das weiter gilt</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: no dose logged for %n day(s) — log your doses or update the saved schedule</source>
        <translation>
            <numerusform>%1: seit %n Tag keine Einnahme eingetragen – tragen Sie Ihre Einnahmen ein oder passen Sie den gespeicherten Einnahmeplan an</numerusform>
            <numerusform>%1: seit %n Tagen keine Einnahme eingetragen – tragen Sie Ihre Einnahmen ein oder passen Sie den gespeicherten Einnahmeplan an</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stopped on %2 and nothing follows it — discuss it with your clinician</source>
        <translation>%1 am %2 beendet, und danach folgt nichts – besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended on %2 with no maintenance saved after it — add it as prescribed, or discuss it with your clinician</source>
        <translation>%1 endete am %2, und danach ist keine Erhaltungsdosis gespeichert – tragen Sie sie wie verordnet ein oder besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <location filename="../../vdtracker/wording/alerts.py" line="+23"/>
        <source>Signs of too much vitamin D include nausea, vomiting, excessive thirst or urination, confusion, or very high calcium on a report: contact your clinician promptly, or emergency services if severe.</source>
        <translation>Anzeichen für zu viel Vitamin D sind Übelkeit, Erbrechen, starker Durst oder häufiges Wasserlassen, Verwirrtheit oder ein sehr hoher Calciumwert auf einem Befund: Wenden Sie sich umgehend an Ihre Ärztin oder Ihren Arzt, bei schweren Beschwerden an den Rettungsdienst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your saved schedule: %1 — due today. Taken or skipped?</source>
        <translation>Ihr gespeicherter Einnahmeplan: %1 — heute fällig. Eingenommen oder ausgelassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your saved schedule: %1 — was due %2 (%3). Taken or skipped?</source>
        <translation>Ihr gespeicherter Einnahmeplan: %1 — war am %2 fällig (%3). Eingenommen oder ausgelassen?</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No dose logged for %1 on your saved schedule: %2. If you took it, log it; if not, mark it skipped.</source>
        <translation>Für %1 ist keine Dosis aus Ihrem gespeicherten Einnahmeplan eingetragen: %2. Wenn Sie sie eingenommen haben, tragen Sie sie ein; wenn nicht, markieren Sie sie als ausgelassen.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Two doses of %1 were logged within a day (%2 and %3); your saved schedule is %4. If one is a diary mistake, correct it; if you took both, discuss it with your clinician.</source>
        <translation>Innerhalb eines Tages wurden zwei Dosen %1 eingetragen (%2 und %3); Ihr gespeicherter Einnahmeplan lautet %4. Ist eine davon ein Versehen im Tagebuch, korrigieren Sie sie; haben Sie beide eingenommen, besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You counted none left on %1.</source>
        <translation>Am %1 haben Sie gezählt, dass nichts mehr übrig war.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your clinician&apos;s retest date for %1: %2 (%3).</source>
        <translation>Kontrolltermin Ihrer Ärztin oder Ihres Arztes für %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clinician&apos;s retest date for %1 was %2 (%3); no result has been logged since it was set.</source>
        <translation>Der Kontrolltermin Ihrer Ärztin oder Ihres Arztes für %1 war am %2 (%3); seit er festgelegt wurde, ist kein Ergebnis eingetragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Night-time leg cramps: %1 nights a week over the last 14 days, up from %2 a week, your best 14 days since your course started on %3. This is your own diary data; discuss it with your clinician.</source>
        <translation>Nächtliche Beinkrämpfe: %1 Nächte pro Woche in den letzten 14 Tagen, gegenüber %2 pro Woche in Ihren besten 14 Tagen seit Beginn Ihrer Behandlung am %3. Das sind Ihre eigenen Tagebuchdaten; besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Muscle spasm: %1 episodes a week over the last 14 days, up from %2 a week, your best 14 days since your course started on %3. This is your own diary data; discuss it with your clinician.</source>
        <translation>Muskelspasmus: %1 Episoden pro Woche in den letzten 14 Tagen, gegenüber %2 pro Woche in Ihren besten 14 Tagen seit Beginn Ihrer Behandlung am %3. Das sind Ihre eigenen Tagebuchdaten; besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your mean pain over the last 14 days is %1/10, up from %2/10, your best 14-day mean since your course started on %3. This is your own diary data; discuss it with your clinician.</source>
        <translation>Ihre mittlere Schmerzstärke der letzten 14 Tage liegt bei %1/10 und damit über %2/10, Ihrem besten 14-Tage-Mittelwert seit Beginn Ihrer Behandlung am %3. Das sind Ihre eigenen Tagebuchdaten; besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n doses of your saved schedule (%1) have nothing logged since %2. If you took them, log them; if not, mark them skipped.</source>
        <translation>
            <numerusform>Für %n Dosis Ihres gespeicherten Einnahmeplans (%1) ist seit %2 nichts eingetragen. Wenn Sie sie eingenommen haben, tragen Sie sie ein; wenn nicht, markieren Sie sie als ausgelassen.</numerusform>
            <numerusform>Für %n Dosen Ihres gespeicherten Einnahmeplans (%1) ist seit %2 nichts eingetragen. Wenn Sie sie eingenommen haben, tragen Sie sie ein; wenn nicht, markieren Sie sie als ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A dose was logged on %1, %n day(s) after the due date %2.</source>
        <translation>
            <numerusform>Eine Dosis wurde am %1 eingetragen, %n Tag nach dem Fälligkeitstag %2.</numerusform>
            <numerusform>Eine Dosis wurde am %1 eingetragen, %n Tage nach dem Fälligkeitstag %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your saved schedule: %1 (%2). No dose logged since %3 (%4). If your prescription changed, update the saved schedule; if unsure, discuss it with your clinician.</source>
        <translation>Ihr gespeicherter Einnahmeplan: %1 (%2). Seit dem %3 (%4) ist keine Einnahme eingetragen. Wenn sich Ihre Verordnung geändert hat, passen Sie den gespeicherten Einnahmeplan an; wenn Sie unsicher sind, besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+35"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Your %1 schedule %2 was stopped on %3 (%4) and no schedule follows it. Discuss with your clinician whether that was intended.</source>
        <translation>Ihr Einnahmeplan %2 (%1) wurde am %3 beendet (%4), und es folgt kein weiterer Einnahmeplan. Besprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, ob das so vorgesehen war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your loading course %1 ended on %2 (%3 of %4 doses had nothing logged) and no maintenance schedule is saved after it. If your clinician prescribed one, add it as prescribed; otherwise discuss it with your clinician.</source>
        <translation>Ihre Aufsättigung %1 endete am %2 (für %3 von %4 Dosen ist nichts eingetragen), und danach ist kein Einnahmeplan für eine Erhaltungsdosis gespeichert. Wenn Ihre Ärztin oder Ihr Arzt einen verordnet hat, tragen Sie ihn wie verordnet ein; andernfalls besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your loading course %1 ended on %2 and no maintenance schedule is saved after it. If your clinician prescribed one, add it as prescribed; otherwise discuss it with your clinician.</source>
        <translation>Ihre Aufsättigung %1 endete am %2, und danach ist kein Einnahmeplan für eine Erhaltungsdosis gespeichert. Wenn Ihre Ärztin oder Ihr Arzt einen verordnet hat, tragen Sie ihn wie verordnet ein; andernfalls besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 left — %3.</source>
        <translation>%1: noch %2 – %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You noted that you stopped taking it from %1 (reason: %2).</source>
        <translation>Sie haben eingetragen, dass Sie die Einnahme ab dem %1 unterbrochen haben (Grund: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You noted that you stopped taking it from %1.</source>
        <translation>Sie haben eingetragen, dass Sie die Einnahme ab dem %1 unterbrochen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your saved schedule: %1 (%2). %3 No dose logged since %4 (%5). Discuss with your clinician whether this schedule still stands.</source>
        <translation>Ihr gespeicherter Einnahmeplan: %1 (%2). %3 Seit dem %4 (%5) ist keine Einnahme eingetragen. Besprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, ob dieser Einnahmeplan noch gilt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ran out</source>
        <translation>Vorrat aufgebraucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>felt better</source>
        <translation>fühlte mich besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinician&apos;s advice</source>
        <translation>auf ärztlichen Rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other reason</source>
        <translation>anderer Grund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no dose logged since %2</source>
        <translation>%1: keine Einnahme eingetragen seit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: stopped on %2, nothing after it</source>
        <translation>%1: am %2 beendet, danach nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: course ended %2, no maintenance saved</source>
        <translation>%1: Aufsättigung endete am %2, keine Erhaltungsdosis gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is %1, the profile you chose</source>
        <translation>ist nach dem von Ihnen gewählten Profil %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is below the range on your lab report (%1)</source>
        <translation>liegt unterhalb des Referenzbereichs Ihres Laborbefunds (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is above the range on your lab report (%1)</source>
        <translation>liegt oberhalb des Referenzbereichs Ihres Laborbefunds (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 on %3 %4. Discuss it with your clinician.</source>
        <translation>%1 %2 am %3 %4. Besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <location filename="../../vdtracker/ui/summary/options_dialog.py" line="+82"/>
        <source>type it like %1 or %2, or leave it empty</source>
        <translation>Eingabe wie %1 oder %2, oder leer lassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a date yet: %1</source>
        <translation>Noch kein Datum: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not set: left off the summary</source>
        <translation>Nicht angegeben: erscheint nicht auf der Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <location filename="../../vdtracker/wording/alerts.py" line="+78"/>
        <source>VD Tracker schedules</source>
        <translation>VD-Tracker-Einnahmepläne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose on your saved schedule</source>
        <translation>Einnahme nach Ihrem gespeicherten Einnahmeplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From VD Tracker: your saved schedule, as prescribed. Discuss any change with your clinician.</source>
        <translation>Aus VD Tracker: Ihr gespeicherter Einnahmeplan, wie verordnet. Besprechen Sie jede Änderung mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <location filename="../../vdtracker/cli/words.py" line="+52"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is not accepted: %3. Nothing was saved.</source>
        <translation>%1 %2 wird nicht angenommen: %3. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use an id shown by `vdtracker regimen list`</source>
        <translation>bitte eine Nummer angeben, die `vdtracker regimen list` anzeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a supplement with a schedule active on %1; otherwise give --amount and --unit (known: %2)</source>
        <translation>bitte ein Präparat mit einem am %1 aktiven Einnahmeplan wählen; andernfalls --amount und --unit angeben (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --every DAYS or --weekdays</source>
        <translation>bitte entweder --every DAYS oder --weekdays angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --weeks or --end, not both</source>
        <translation>bitte entweder --weeks oder --end angeben, nicht beides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count what you have first with `vdtracker supply set`</source>
        <translation>bitte zuerst mit `vdtracker supply set` zählen, was Sie haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --amount and --unit together</source>
        <translation>bitte --amount und --unit zusammen angeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 If it is, run the same command again with --confirm. Nothing was saved.</source>
        <translation>%1 Wenn ja, führen Sie denselben Befehl noch einmal mit --confirm aus. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote the summary for your appointment to %1. It contains health data: share it only with whom you choose.</source>
        <translation>Die Zusammenfassung für Ihren Termin steht in %1. Sie enthält Gesundheitsdaten: Geben Sie sie nur an Menschen Ihrer Wahl weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up (checked) to %1. It contains health data: keep it where only you can read it.</source>
        <translation>Gesichert (geprüft) in %1. Die Datei enthält Gesundheitsdaten: Bewahren Sie sie dort auf, wo nur Sie sie lesen können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup of %1 (%2). What was there before is set aside in %3: restore that file to undo.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt (%2). Der vorherige Stand liegt in %3: Stellen Sie diese Datei wieder her, um es rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup of %1 (%2). The database that could not be read is kept, as it was, in %3.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt (%2). Die Datenbank, die sich nicht lesen ließ, wird unverändert in %3 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>`vdtracker %1` is not available yet in this version.</source>
        <translation>`vdtracker %1` ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing counted yet. Say what you have with `vdtracker supply set`.</source>
        <translation>Noch nichts gezählt. Geben Sie mit `vdtracker supply set` an, was Sie haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2%3 left — %4</source>
        <translation>%1: noch %2%3 — %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (running low)</source>
        <translation> (wird knapp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No schedules saved yet. Add one with `vdtracker regimen add`.</source>
        <translation>Noch keine Einnahmepläne gespeichert. Fügen Sie einen mit `vdtracker regimen add` hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, stopped %1</source>
        <translation>, beendet am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (reason: %1)</source>
        <translation> (Grund: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, moved %1</source>
        <translation>, verschoben am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, reminder %1</source>
        <translation>, Erinnerung um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ %1 %2/day</source>
        <translation>≈ %1 %2/Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing needs attention as of %1.</source>
        <translation>Stand %1: Es gibt nichts zu beachten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 = %2.</source>
        <translation>Gespeichert: %1 = %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 to %2. It contains health data: keep it where only you can read it.</source>
        <translation>%1 nach %2 exportiert. Die Datei enthält Gesundheitsdaten: Bewahren Sie sie so auf, dass nur Sie sie lesen können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New: %1.</source>
        <translation>Neu: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Already here (skipped): %1.</source>
        <translation>Schon vorhanden (übersprungen): %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings not set here yet: %1.</source>
        <translation>Hier noch nicht gesetzte Einstellungen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cannot be imported (%n problem(s)):</source>
        <translation>
            <numerusform>Kann nicht importiert werden (%n Problem):</numerusform>
            <numerusform>Kann nicht importiert werden (%n Probleme):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Already here, skipped: %1.</source>
        <translation> Schon vorhanden, übersprungen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 from %2.%3</source>
        <translation>%1 aus %2 importiert.%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was there before is backed up in %1 (restore it to undo the import).</source>
        <translation>Was vorher da war, ist in %1 gesichert (stellen Sie diese Sicherung wieder her, um den Import rückgängig zu machen).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (and %n more: see the list above)</source>
        <translation>
            <numerusform> (und %n weiteres: siehe die Liste oben)</numerusform>
            <numerusform> (und %n weitere: siehe die Liste oben)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not imported: %2%3. Nothing was imported.</source>
        <translation>%1 wurde nicht importiert: %2%3. Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved: %n schedule(s) as calendar events in %1.</source>
        <translation>
            <numerusform>Gespeichert: %n Einnahmeplan als Kalendertermin in %1.</numerusform>
            <numerusform>Gespeichert: %n Einnahmepläne als Kalendertermine in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There was no login entry: VD Tracker does not start at login.</source>
        <translation>Es gab keinen Autostart-Eintrag: VD Tracker startet nicht beim Anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the login entry %1: VD Tracker no longer starts at login.</source>
        <translation>Autostart-Eintrag %1 entfernt: VD Tracker startet nicht mehr beim Anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login entry %1 could not be removed: %2.</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht entfernt werden: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../vdtracker/cli/tree.py" line="+51"/>
        <source>VD Tracker: a private diary for vitamin D and B12 courses, labs and symptoms. With no command it opens the window; each command below reads or changes the same diary. `vdtracker COMMAND --help` says more.</source>
        <translation>VD Tracker: ein privates Tagebuch für Behandlungen mit Vitamin D und B12, Laborwerte und Beschwerden. Ohne Befehl öffnet es das Fenster; jeder der folgenden Befehle liest oder ändert dasselbe Tagebuch. Mehr dazu: `vdtracker COMMAND --help`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print the version (vdtracker X.Y.Z) and exit</source>
        <translation>die Version ausgeben (vdtracker X.Y.Z) und beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start in the system tray, window hidden (used at login)</source>
        <translation>im Infobereich starten, ohne Fenster (so startet es beim Anmelden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the login entry, so VD Tracker no longer starts at login, and exit</source>
        <translation>den Autostart-Eintrag entfernen, sodass VD Tracker nicht mehr beim Anmelden startet, und beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the completion script for the shell SHELL (bash or zsh) and exit; e.g. in ~/.bashrc: eval &quot;$(vdtracker --print-completion bash)&quot;</source>
        <translation>das Vervollständigungsskript für die Shell SHELL (bash oder zsh) ausgeben und beenden; z. B. in ~/.bashrc: eval &quot;$(vdtracker --print-completion bash)&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what to do (with none: open the window)</source>
        <translation>was zu tun ist (ohne Befehl: das Fenster öffnen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open the window on a throw-away demo history</source>
        <translation>das Fenster mit einem Demo-Verlauf öffnen, der danach verworfen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the window on a separate copy of a demo history (a loading phase, a lapsed maintenance phase, labs, symptoms) that is thrown away when the window closes; your own data is never opened.</source>
        <translation>Öffnet das Fenster mit einer eigenen Kopie eines Demo-Verlaufs (eine Aufsättigungsphase, eine unterbrochene Erhaltungsphase, Laborwerte, Beschwerden), die beim Schließen des Fensters verworfen wird; Ihre eigenen Daten werden nie geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not available yet</source>
        <translation>noch nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available yet in this version.</source>
        <translation>In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>compute as if today were DATE, YYYY-MM-DD (nothing is saved for days after it)</source>
        <translation>so rechnen, als wäre heute DATE, JJJJ-MM-TT (für Tage danach wird nichts gespeichert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data folder to use, created if missing (default: $VDTRACKER_DATA_DIR, else your user data folder: see `vdtracker --help`)</source>
        <translation>der zu verwendende Datenordner, wird bei Bedarf angelegt (Standard: $VDTRACKER_DATA_DIR, sonst Ihr Benutzer-Datenordner: siehe `vdtracker --help`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>log a symptom: pain, cramps or spasm</source>
        <translation>Beschwerden eintragen: Schmerz, Krämpfe oder Spasmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs a symptom in the diary: a pain rating, the night&apos;s leg cramps, or muscle spasm episodes.</source>
        <translation>Trägt Beschwerden ins Tagebuch ein: eine Schmerzstärke, die Beinkrämpfe einer Nacht oder Episoden von Muskelspasmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pain rating, 0 to 10</source>
        <translation>eine Schmerzstärke von 0 bis 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs a pain rating on the 0-10 visual analogue scale (0: no pain, 10: the worst imaginable), e.g. `vdtracker log pain 6.5 --region neck`.</source>
        <translation>Trägt eine Schmerzstärke auf der visuellen Analogskala von 0 bis 10 ein (0: kein Schmerz, 10: der schlimmste vorstellbare), z. B. `vdtracker log pain 6,5 --region Nacken`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rating, 0 to 10, one decimal allowed (e.g. 6.5; as your language writes numbers)</source>
        <translation>die Stärke von 0 bis 10, eine Nachkommastelle erlaubt (z. B. 6,5; so, wie Ihre Sprache Zahlen schreibt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where it hurts, in your words (e.g. neck)</source>
        <translation>wo es wehtut, in Ihren Worten (z. B. Nacken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>night-time leg cramps</source>
        <translation>nächtliche Beinkrämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the leg cramps of one night (the night that starts on --date), or with --day a daytime cramp, e.g. `vdtracker log cramp --count 3 --severity 7 --duration 4 --sleep 6 --side left`.</source>
        <translation>Trägt die Beinkrämpfe einer Nacht ein (der Nacht, die am --date beginnt) oder mit --day einen Krampf am Tag, z. B. `vdtracker log cramp --count 3 --severity 7 --duration 4 --sleep 6 --side left`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the night that starts on DATE, YYYY-MM-DD</source>
        <translation>die Nacht, die am DATE beginnt, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tonight</source>
        <translation>heute Nacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>how long the longest one lasted, in minutes</source>
        <translation>wie lange der längste dauerte, in Minuten</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>how much they disturbed your sleep, 0 (not at all) to 10</source>
        <translation>wie sehr sie Ihren Schlaf gestört haben, 0 (gar nicht) bis 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where, in your words (e.g. calf)</source>
        <translation>wo, in Ihren Worten (z. B. Wade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which leg: %1</source>
        <translation>welches Bein: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a daytime cramp, not a night-time one</source>
        <translation>ein Krampf am Tag, kein nächtlicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>muscle spasm episodes</source>
        <translation>Episoden von Muskelspasmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs muscle spasm episodes in any region (neck, back, legs, face …), e.g. `vdtracker log spasm --region face --count 5 --severity 4`.</source>
        <translation>Trägt Episoden von Muskelspasmen in einer beliebigen Körperregion ein (Nacken, Rücken, Beine, Gesicht …), z. B. `vdtracker log spasm --region Gesicht --count 5 --severity 4`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where, in your words (e.g. face)</source>
        <translation>wo, in Ihren Worten (z. B. Gesicht)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the day, YYYY-MM-DD</source>
        <translation>der Tag, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of day, 24-hour (default: now, when neither --date nor --as-of is given; else no time)</source>
        <translation>die Uhrzeit, 24-Stunden-Format (Standard: jetzt, wenn weder --date noch --as-of angegeben ist; sonst keine Uhrzeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a note in your own words</source>
        <translation>eine Notiz in Ihren eigenen Worten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many, a whole number from 1 to 200</source>
        <translation>wie viele, eine ganze Zahl von 1 bis 200</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how bad the worst one was, 0 to 10</source>
        <translation>wie stark der schlimmste war, 0 bis 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the schedules your clinician prescribed</source>
        <translation>die Einnahmepläne, die Ihre Ärztin oder Ihr Arzt verordnet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves, lists, moves, stops and deletes the schedules your clinician prescribed; each has an id shown by `vdtracker regimen list`.</source>
        <translation>Speichert, listet, verschiebt, beendet und löscht die Einnahmepläne, die Ihre Ärztin oder Ihr Arzt verordnet hat; jeder hat eine Nummer, die `vdtracker regimen list` anzeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a schedule as the prescription says</source>
        <translation>einen Einnahmeplan wie verordnet speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a schedule as the prescription says, e.g. `vdtracker regimen add --supplement &quot;Vitamin D3&quot; --dose 50000 --unit IU --every 7 --start 2025-01-05 --weeks 12 --phase loading`. The app never suggests a dose: type the one on your prescription.</source>
        <translation>Speichert einen Einnahmeplan so, wie er verordnet ist, z. B. eine wöchentliche Aufsättigung mit dem Präparat Vitamin D3: `vdtracker regimen add --supplement &quot;Vitamin D3&quot; --dose 50000 --unit IU --every 7 --start 2025-01-05 --weeks 12 --phase loading`. Die App schlägt nie eine Dosis vor: Geben Sie die Dosis von Ihrem Rezept ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the supplement&apos;s name, e.g. &quot;Vitamin D3&quot;</source>
        <translation>der Name des Präparats, z. B. &quot;Vitamin D3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the amount of one dose, in --unit (e.g. 50000)</source>
        <translation>die Menge einer Dosis, in --unit (z. B. 50000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dose&apos;s unit: IU, mcg or mg</source>
        <translation>die Einheit der Dosis: IU bzw. I.E., mcg bzw. µg, oder mg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a dose every DAYS days from --start (1: daily; 7: weekly, on the start date&apos;s weekday)</source>
        <translation>eine Dosis alle DAYS Tage ab --start (1: täglich; 7: wöchentlich, am Wochentag des Startdatums)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first day, YYYY-MM-DD</source>
        <translation>der erste Tag, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many weeks it runs (default: until stopped)</source>
        <translation>wie viele Wochen er läuft (Standard: unbefristet, bis Sie ihn beenden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day, YYYY-MM-DD (default: until stopped)</source>
        <translation>der letzte Tag, JJJJ-MM-TT (Standard: unbefristet, bis Sie ihn beenden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the course&apos;s phase: %1</source>
        <translation>die Phase der Behandlung (Aufsättigung, Erhaltung, fortlaufend): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time of day to be reminded of each dose</source>
        <translation>die Uhrzeit, zu der Sie an jede Einnahme erinnert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save an unusually large amount that is what the prescription says</source>
        <translation>eine ungewöhnlich große Menge speichern, die genau so verordnet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the saved schedules</source>
        <translation>die gespeicherten Einnahmepläne anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the saved schedules: id, status, phase, what, when and the amount per day on average.</source>
        <translation>Listet die gespeicherten Einnahmepläne auf: Nummer, Status, Phase, was, wann und die durchschnittliche Menge pro Tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after a late dose on DATE: the rest of the schedule from that day (due dates up to it unchanged)</source>
        <translation>nach einer verspäteten Einnahme am DATE: den Rest des Einnahmeplans ab diesem Tag verschieben (Fälligkeitstage bis dahin unverändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice after a late dose: the dose logged on DATE still counts for the due date it was late for; after DATE an every-N-days schedule counts from DATE (weekly: DATE + 7, on DATE&apos;s weekday), a weekdays schedule takes the new weekdays. Due dates up to DATE are unchanged.</source>
        <translation>Ihre Entscheidung nach einer verspäteten Einnahme: Die am DATE eingetragene Einnahme zählt weiter für den Fälligkeitstag, für den sie zu spät war; nach DATE zählt ein Einnahmeplan „alle N Tage“ ab DATE (wöchentlich: DATE + 7, am Wochentag von DATE), ein Einnahmeplan nach Wochentagen gilt mit den neuen Wochentagen. Fälligkeitstage bis DATE bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day of the late dose, YYYY-MM-DD</source>
        <translation>der Tag der verspäteten Einnahme, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new weekdays of a weekdays schedule, e.g. mon,thu</source>
        <translation>die neuen Wochentage eines Einnahmeplans nach Wochentagen, z. B. mon,thu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a schedule entered by mistake (its logged doses stay); the later half of a moved schedule: the move is undone</source>
        <translation>einen versehentlich eingetragenen Einnahmeplan löschen (seine eingetragenen Einnahmen bleiben); bei der späteren Hälfte eines verschobenen Einnahmeplans wird die Verschiebung rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes schedules entered by mistake, all or none; their logged doses stay in the diary. Deleting the later half of a moved schedule undoes the move; the first half alone is refused (delete the later half first).</source>
        <translation>Löscht versehentlich eingetragene Einnahmepläne, alle oder keinen; ihre eingetragenen Einnahmen bleiben im Tagebuch. Das Löschen der späteren Hälfte eines verschobenen Einnahmeplans macht die Verschiebung rückgängig; die erste Hälfte allein wird abgelehnt (löschen Sie zuerst die spätere Hälfte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id of each schedule to delete (`vdtracker regimen list`)</source>
        <translation>die Nummer jedes zu löschenden Einnahmeplans (`vdtracker regimen list`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the weekdays of each dose, comma-separated: mon, tue, wed, thu, fri, sat, sun (e.g. mon,thu)</source>
        <translation>die Wochentage der Einnahmen, durch Kommas getrennt: mon, tue, wed, thu, fri, sat, sun für Montag bis Sonntag (z. B. mon,thu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the schedule&apos;s id, as `vdtracker regimen list` shows it</source>
        <translation>die Nummer des Einnahmeplans, wie `vdtracker regimen list` sie anzeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print JSON (for scripts) instead of lines of text</source>
        <translation>JSON (für Skripte) statt Textzeilen ausgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of these:</source>
        <translation>einer dieser Befehle:</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../vdtracker/wording/base.py" line="+46"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n days</source>
        <translation>
            <numerusform>täglich</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>jeweils %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A dose on your saved schedule</source>
        <translation>Eine Dosis aus Ihrem gespeicherten Einnahmeplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loading</source>
        <translation>Aufsättigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maintenance</source>
        <translation>Erhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>fortlaufend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vitamin D, 25-hydroxy (serum)</source>
        <translation>25-Hydroxyvitamin D (Serum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitamin B12</source>
        <translation>Vitamin B12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parathyroid hormone (intact)</source>
        <translation>Parathormon (intakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phosphate</source>
        <translation>Phosphat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>below the report&apos;s range</source>
        <translation>unterhalb des Referenzbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the report&apos;s range</source>
        <translation>oberhalb des Referenzbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the report&apos;s range</source>
        <translation>im Referenzbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no range recorded</source>
        <translation>kein Referenzbereich erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed as a limit: it may be inside or outside the range</source>
        <translation>im Befund als Grenzwert angegeben: kann innerhalb oder außerhalb des Referenzbereichs liegen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>below %1 %2</source>
        <translation>unter %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 or more</source>
        <translation>%1 %2 oder mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to under %2 %3</source>
        <translation>%1 bis unter %2 %3</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>; your result is %1</source>
        <translation>; Ihr Ergebnis: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>IU</source>
        <comment>dose unit</comment>
        <translation>I.E.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mcg</source>
        <comment>dose unit</comment>
        <translation>µg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg</source>
        <comment>dose unit</comment>
        <translation>mg</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“%1” or lower</source>
        <translation>„%1“ oder niedriger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” or higher</source>
        <translation>„%1“ oder höher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” (%2) by %3</source>
        <translation>„%1“ (%2) nach %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) by %3</source>
        <translation>%1 (%2) nach %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>above the bands of %1 (the highest ends at %2 %3)</source>
        <translation>über den Bereichen von %1 (der höchste endet bei %2 %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below the bands of %1 (the lowest starts at %2 %3)</source>
        <translation>unter den Bereichen von %1 (der niedrigste beginnt bei %2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in a band of %1, which sets no upper limit</source>
        <translation>in keinem Bereich von %1 (dort ist keine Obergrenze festgelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in a band of %1, which names a concern from %2 %3</source>
        <translation>in keinem Bereich von %1 (dort gilt ab %2 %3 ein Anlass zur Sorge)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By the profile you chose, it is %1.</source>
        <translation>Nach dem von Ihnen gewählten Profil ist der Wert %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile you chose calls it %1.</source>
        <translation>Das von Ihnen gewählte Profil ordnet den Wert so ein: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deficient</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>insufficient</source>
        <translation>unzureichend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sufficient</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the sufficient range</source>
        <translation>oberhalb von „ausreichend“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range the guideline links with toxicity</source>
        <translation>der Bereich, den die Leitlinie mit Toxizität in Verbindung bringt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inadequate</source>
        <translation>nicht ausreichend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for concern</source>
        <translation>Anlass zur Sorge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not low</source>
        <translation>nicht niedrig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deficiency likely</source>
        <translation>Mangel wahrscheinlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indeterminate</source>
        <translation>nicht eindeutig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deficiency unlikely</source>
        <translation>Mangel unwahrscheinlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag vitamin D results by</source>
        <translation>Vitamin-D-Werte einordnen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag B12 results by</source>
        <translation>B12-Werte einordnen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show vitamin D in</source>
        <translation>Vitamin D anzeigen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide supplement names and doses in notifications and calendar exports</source>
        <translation>Namen der Präparate und Dosen in Benachrichtigungen und Kalenderexporten verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size of the summary</source>
        <translation>Papierformat der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Endocrine Society 2011 guideline (replaced in 2024 by one that sets no cut-offs)</source>
        <translation>der Leitlinie der Endocrine Society von 2011 (2024 durch eine Leitlinie ohne Grenzwerte ersetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the IOM (now NAM) 2011 report</source>
        <translation>dem Bericht des IOM (heute NAM) von 2011</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the UK National Osteoporosis Society guideline</source>
        <translation>der Leitlinie der britischen National Osteoporosis Society</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHO</source>
        <translation>der WHO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NICE NG239 (2024)</source>
        <translation>NICE NG239 (2024)</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/typed_boxes.py" line="+76"/>
        <source>0 to %1</source>
        <translation>0 bis %1</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../vdtracker/ui/crash_guard.py" line="+42"/>
        <source>the program&apos;s error output</source>
        <translation>der Fehlerausgabe des Programms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. What you saved is safe; details are in %1.</source>
        <translation>Etwas ist schiefgegangen. Was Sie gespeichert haben, ist sicher; Einzelheiten stehen in %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>VD Tracker</source>
        <translation>VD Tracker</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../../vdtracker/ui/reminders/dbus_notifier.py" line="+93"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Snooze 15 min</source>
        <translation>In 15 Min. erinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Snooze 1 hour</source>
        <translation>In 1 Stunde erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze until tonight</source>
        <translation>Heute Abend erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Open VD Tracker</source>
        <translation>VD Tracker öffnen</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/damaged_store.py" line="+50"/>
        <source>VD Tracker</source>
        <translation>VD Tracker</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your diary could not be opened</source>
        <translation>Ihr Tagebuch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed: the file is exactly as it was, and VD Tracker will not try to repair it.</source>
        <translation>Es wurde nichts verändert: Die Datei ist genau so wie vorher, und VD Tracker versucht nicht, sie zu reparieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed: the file is exactly as it was.</source>
        <translation>Es wurde nichts verändert: Die Datei ist genau so wie vorher.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore the newest good backup (%1)</source>
        <translation>Die neueste intakte Sicherung &amp;wiederherstellen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open another folder…</source>
        <translation>Einen anderen &amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file of recent changes kept beside your diary (its name ends in -wal) is damaged, so the latest entries cannot be read.</source>
        <translation>Die Datei mit den letzten Änderungen neben Ihrem Tagebuch (ihr Name endet auf -wal) ist beschädigt, daher können die neuesten Einträge nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file in your data folder belongs to another program: it holds tables that are not VD Tracker&apos;s.</source>
        <translation>Die Datenbankdatei in Ihrem Datenordner gehört zu einem anderen Programm: Sie enthält Tabellen, die nicht von VD Tracker stammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your diary was saved by a newer version of VD Tracker (database version %1), which this version cannot read. Installing that version or a newer one opens it as it is.</source>
        <translation>Ihr Tagebuch wurde von einer neueren Version von VD Tracker gespeichert (Datenbankversion %1), die diese Version nicht lesen kann. Wenn Sie diese oder eine neuere Version installieren, öffnet es sich unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file in your data folder is damaged or is not a VD Tracker database (it may have been cut short, or overwritten by something else), so it cannot be read.</source>
        <translation>Die Datenbankdatei in Ihrem Datenordner ist beschädigt oder keine VD-Tracker-Datenbank (sie wurde vielleicht abgeschnitten oder von etwas anderem überschrieben) und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no good backup of this data folder to put back. Another folder may hold your diary, for example a copy you kept.</source>
        <translation>Es gibt keine intakte Sicherung dieses Datenordners, die zurückgespielt werden könnte. Ein anderer Ordner enthält vielleicht Ihr Tagebuch, zum Beispiel eine Kopie, die Sie aufbewahrt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest good backup is from %1 and holds %2; what was entered after it is not in it. Restoring it keeps the file that cannot be opened in the backups folder.</source>
        <translation>Die neueste intakte Sicherung ist vom %1 und enthält %2; was danach eingetragen wurde, ist nicht darin. Beim Wiederherstellen wird die Datei, die sich nicht öffnen lässt, im Sicherungsordner aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../vdtracker/ui/data_menu.py" line="+62"/>
        <source>E&amp;xport all my data</source>
        <translation>Alle meine Daten e&amp;xportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a VD Tracker file (.&amp;json) — complete, can be imported…</source>
        <translation>Als VD-Tracker-Datei (.&amp;json) — vollständig, wieder importierbar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As spreadsheet files (a folder of .&amp;csv)…</source>
        <translation>Als Tabellendateien (ein Ordner mit .&amp;csv)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a health record system (&amp;FHIR R4 .json)…</source>
        <translation>Für ein Gesundheitsaktensystem (&amp;FHIR R4 .json)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from an export…</source>
        <translation>Aus einem Export &amp;importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;estore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vdtracker-export.json</source>
        <translation>vdtracker-Export.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vdtracker-export-csv</source>
        <translation>vdtracker-Export-csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vdtracker-fhir.json</source>
        <translation>vdtracker-FHIR.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD Tracker export (*.json)</source>
        <translation>VD-Tracker-Export (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new folder for the csv files (*)</source>
        <translation>Ein neuer Ordner für die csv-Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR Bundle (*.json)</source>
        <translation>FHIR-Bundle (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all my data</source>
        <translation>Alle meine Daten exportieren</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+59"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 to the file below. It contains health data: keep it where only you can read it.</source>
        <translation>%1 in die Datei unten exportiert. Der Export enthält Gesundheitsdaten: Bewahren Sie ihn so auf, dass nur Sie ihn lesen können.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+61"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Backed up, and the copy checked: it is in the file below. It contains health data: keep it where only you can read it.</source>
        <translation>Gesichert und die Kopie geprüft: Sie liegt in der Datei unten. Die Sicherung enthält Gesundheitsdaten: Bewahren Sie sie so auf, dass nur Sie sie lesen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored the backup of %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Import from an export</source>
        <translation>Aus einem Export importieren</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Export schedules</source>
        <translation>Einnahmepläne exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vdtracker-schedules.ics</source>
        <translation>vdtracker-Einnahmeplaene.ics</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n schedule(s) to the file below. Import it into your phone&apos;s calendar; a newer export updates the same events.</source>
        <translation>
            <numerusform>%n Einnahmeplan in die Datei unten exportiert. Importieren Sie sie in den Kalender Ihres Telefons; ein neuerer Export aktualisiert dieselben Termine.</numerusform>
            <numerusform>%n Einnahmepläne in die Datei unten exportiert. Importieren Sie sie in den Kalender Ihres Telefons; ein neuerer Export aktualisiert dieselben Termine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>VD Tracker export (*.json);;Any file of a csv export folder (*.csv)</source>
        <translation>VD-Tracker-Export (*.json);;Eine beliebige Datei eines csv-Exportordners (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be imported: %2. Nothing was changed.</source>
        <translation>%1 kann nicht importiert werden: %2. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the data changed meanwhile; look at the file again</source>
        <translation>die Daten haben sich inzwischen geändert; sehen Sie sich die Datei noch einmal an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 from %2. Edit ▸ Undo takes the import back.</source>
        <translation>%1 aus %2 importiert. Bearbeiten ▸ Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not backed up: %1. Your data is unchanged.</source>
        <translation>Nicht gesichert: %1. Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The backup was not restored: %1. Your data is as it was.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1. Ihre Daten sind wie vorher.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored the backup of %1 (%2). The database that could not be read is kept, as it was, in %3.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt (%2). Die Datenbank, die sich nicht lesen ließ, wird unverändert in %3 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup of %1 (%2). What was there before is set aside in %3: restore that file to undo.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt (%2). Was vorher da war, liegt beiseitegelegt in %3: Stellen Sie diese Datei wieder her, um das rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/date_field.py" line="+46"/>
        <source>Type a date (e.g. 2026-08-30) or press Alt+Down for Today, Yesterday and a calendar</source>
        <translation>Datum eingeben (z. B. 2026-08-30 oder 30.08.2026) oder Alt+Pfeil nach unten für Heute, Gestern und einen Kalender</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today, Yesterday or a day in the calendar (Alt+Down)</source>
        <translation>Heute, Gestern oder ein Tag im Kalender (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the day</source>
        <translation>Tag wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yesterday</source>
        <translation>&amp;Gestern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date as read</source>
        <translation>Das gelesene Datum</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>“%1” was not a date: type or choose the date again</source>
        <translation>„%1“ war kein Datum: bitte das Datum neu eingeben oder wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date that can be used here</source>
        <translation>„%1“ ist kein Datum, das hier verwendet werden kann</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is after %2, the last day that can be chosen</source>
        <translation>„%1“ liegt nach dem letzten wählbaren Tag (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is before %2, the first day that can be chosen</source>
        <translation>„%1“ liegt vor dem ersten wählbaren Tag (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a date yet: type it like %1 or %2</source>
        <translation>Noch kein Datum: bitte wie %1 oder %2 eingeben</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+17"/>
        <source>Not before %1</source>
        <translation>Nicht vor %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Not after %1</source>
        <translation>Nicht nach %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1; kept %2</source>
        <translation>%1; %2 bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date; kept %2</source>
        <translation>„%1“ ist kein Datum; %2 bleibt</translation>
    </message>
</context>
<context>
    <name>DayEntries</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/day_entries.py" line="-66"/>
        <source>Saved for this day</source>
        <translation>Für diesen Tag gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing saved for this day yet.</source>
        <translation>Für diesen Tag ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — “%2”</source>
        <translation>%1 — „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load it into the form above; Save then replaces it</source>
        <translation>In das Formular oben laden; Speichern ersetzt ihn dann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/day_form.py" line="+47"/>
        <location line="+2"/>
        <source>Pain today</source>
        <translation>Schmerz heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mid back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Where the pain is</source>
        <translation>Wo es schmerzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pain (0–10)</source>
        <translation>Sch&amp;merz (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night-time leg cramps (last night)</source>
        <translation>Nächtliche Beinkrämpfe (letzte Nacht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of cramps last night</source>
        <translation>Anzahl der Krämpfe letzte Nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Worst cramp severity</source>
        <translation>Stärke des stärksten Krampfs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not noted</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Longest cramp in minutes</source>
        <translation>Längster Krampf in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much cramps disturbed sleep</source>
        <translation>Wie sehr die Krämpfe den Schlaf gestört haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the cramps were</source>
        <translation>Wo die Krämpfe waren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which side</source>
        <translation>Welche Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation>beidseits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cramps</source>
        <translation>&amp;Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst se&amp;verity</source>
        <translation>&amp;Höchste Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest</source>
        <translation>&amp;Längster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep &amp;disturbed</source>
        <translation>Schla&amp;f gestört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;re</source>
        <translation>Or&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ide</source>
        <translation>Seit&amp;e</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Epis&amp;odes</source>
        <translation>E&amp;pisoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severit&amp;y</source>
        <translation>Stä&amp;rke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Muscle spasm today</source>
        <translation>Muskelspasmus heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of spasm episodes today</source>
        <translation>Anzahl der Spasmus-Episoden heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasm severity</source>
        <translation>Stärke des Spasmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the spasm was</source>
        <translation>Wo der Spasmus war</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note for the day (optional)</source>
        <translation>Eine Notiz zum Tag (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Note for the day</source>
        <translation>Notiz zum Tag</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst severity</source>
        <translation>Höchste Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Längster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disturbed</source>
        <translation>Schlaf gestört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/day_picker.py" line="+25"/>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day to log for</source>
        <translation>Der Tag, für den Sie eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right</source>
        <translation>Alt+Rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;today</source>
        <translation>&amp;Zurück zu heute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day before</source>
        <translation>Der Tag davor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day after (never past today)</source>
        <translation>Der Tag danach (höchstens bis heute)</translation>
    </message>
</context>
<context>
    <name>DeleteWords</name>
    <message>
        <location filename="../../vdtracker/cli/supply_commands.py" line="+92"/>
        <source>Deleted %1. Doses logged on a deleted schedule stay in your diary.</source>
        <translation>Gelöscht: %1. Eingetragene Einnahmen eines gelöschten Einnahmeplans bleiben in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID %1 is not accepted: it was moved on %2 and carries on as ID %3 (%4 from %5): delete ID %3 first (that undoes the move), then this one. Nothing was saved.</source>
        <translation>ID %1 wird nicht angenommen: Der Einnahmeplan wurde am %2 verlegt und läuft als ID %3 weiter (%4 ab %5). Löschen Sie zuerst ID %3 (das macht die Verlegung rückgängig), dann diesen. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>DosesToday</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/doses_today.py" line="+35"/>
        <source>Doses due from your saved schedules</source>
        <translation>Fällige Dosen aus Ihren gespeicherten Einnahmeplänen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing is due today on your saved schedules.</source>
        <translation>Laut Ihren gespeicherten Einnahmeplänen ist heute nichts fällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was due on %1 on your saved schedules.</source>
        <translation>Am %1 war nach Ihren gespeicherten Einnahmeplänen nichts fällig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taken ✓</source>
        <translation>Eingenommen ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 — was due %2 (%3)</source>
        <translation>%1 — war am %2 fällig (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — reminder snoozed until %2</source>
        <translation>%1 — Erinnerung verschoben bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time taken for %1 (empty: the time you press Taken)</source>
        <translation>Uhrzeit der Einnahme von %1 (leer: wenn Sie „Eingenommen“ drücken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time taken for %1, if you remember it</source>
        <translation>Uhrzeit der Einnahme von %1, falls Sie sie wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;aken</source>
        <translation>Einge&amp;nommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken: %1</source>
        <translation>Eingenommen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze the reminder for %1</source>
        <translation>Erinnerung für %1 verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonight</source>
        <translation>Heute Abend</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <location filename="../../vdtracker/wording/entries.py" line="+22"/>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>Gelöscht: %1. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change saved. Undo with Ctrl+Z.</source>
        <translation>Änderung gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pain %1 (%2) on %3</source>
        <translation>Schmerz %1 (%2) am %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain %1 on %2</source>
        <translation>Schmerz %1 am %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cramp(s) in the day %1</source>
        <translation>
            <numerusform>%n Krampf tagsüber am %1</numerusform>
            <numerusform>%n Krämpfe tagsüber am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cramp(s) in the night of %1</source>
        <translation>
            <numerusform>%n Krampf in der Nacht vom %1</numerusform>
            <numerusform>%n Krämpfe in der Nacht vom %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n spasm episode(s) (%1) on %2</source>
        <translation>
            <numerusform>%n Spasmus-Episode (%1) am %2</numerusform>
            <numerusform>%n Spasmus-Episoden (%1) am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n spasm episode(s) on %1</source>
        <translation>
            <numerusform>%n Spasmus-Episode am %1</numerusform>
            <numerusform>%n Spasmus-Episoden am %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 %3 on %4: %5</source>
        <translation>%1 %2 %3 am %4: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retest date for %1: %2</source>
        <translation>Kontrolltermin für %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n dose(s) taken</source>
        <translation>
            <numerusform>%n Dosis eingenommen</numerusform>
            <numerusform>%n Dosen eingenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dose(s) skipped</source>
        <translation>
            <numerusform>%n Dosis ausgelassen</numerusform>
            <numerusform>%n Dosen ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the change</source>
        <translation>die Änderung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 (from %2) stopped on %3; nothing is due from that day on</source>
        <translation>%1 (ab %2) am %3 beendet; ab diesem Tag ist nichts mehr fällig</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (from %2) stopped on %3 (reason: %4); nothing is due from that day on</source>
        <translation>%1 (ab %2) am %3 beendet (Grund: %4); ab diesem Tag ist nichts mehr fällig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dose of %1 taken on %2 counts for the one due on %3 (taken late; its day stays %2)</source>
        <translation>Die Einnahme von %1 am %2 zählt für den Fälligkeitstag %3 (verspätet eingenommen; der Tag bleibt %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 moved: due dates up to %2 are as they were; the next one is on %3</source>
        <translation>%1 verschoben: Die Fälligkeitstage bis %2 bleiben, wie sie waren; der nächste ist am %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your clinician prescribed no maintenance after %1 (from %2), said on %3; its lapse warning is off from then on</source>
        <translation>Ihre Ärztin oder Ihr Arzt hat nach %1 (ab %2) keine Erhaltungsdosis verordnet, mitgeteilt am %3; der Hinweis auf eine Lücke ist ab dann abgeschaltet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>you had stopped taking %1 from %2 to %3; %n due date(s) in that time settled as not taken</source>
        <translation>
            <numerusform>Sie hatten die Einnahme von %1 vom %2 bis %3 unterbrochen; %n Fälligkeitstag in dieser Zeit gilt als nicht eingenommen</numerusform>
            <numerusform>Sie hatten die Einnahme von %1 vom %2 bis %3 unterbrochen; %n Fälligkeitstage in dieser Zeit gelten als nicht eingenommen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time you had stopped taking %1 (%2 to %3) is taken back</source>
        <translation>die Unterbrechung der Einnahme von %1 (%2 bis %3) ist zurückgenommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the move is undone: %1 from %2 goes on as before, with no end date</source>
        <translation>die Verlegung ist rückgängig gemacht: %1 ab %2 läuft wie zuvor weiter, unbefristet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the move is undone: %1 from %2 goes on as before, to %3</source>
        <translation>die Verlegung ist rückgängig gemacht: %1 ab %2 läuft wie zuvor weiter, bis %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 %3 skipped on %4 at %5</source>
        <translation>%1 %2 %3 am %4 um %5 ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 taken on %4 at %5</source>
        <translation>%1 %2 %3 am %4 um %5 eingenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3 skipped on %4</source>
        <translation>%1 %2 %3 am %4 ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 taken on %4</source>
        <translation>%1 %2 %3 am %4 eingenommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — differs from your saved schedule (%1 %2)</source>
        <translation> — weicht von Ihrem gespeicherten Einnahmeplan ab (%1 %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) %3; on average about %4 %5 a day</source>
        <translation>%1 (%2) %3; im Durchschnitt etwa %4 %5 pro Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; reminder at %1</source>
        <translation>; Erinnerung um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>below the range on your lab report</source>
        <translation>unterhalb des Referenzbereichs Ihres Laborbefunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the range on your lab report</source>
        <translation>oberhalb des Referenzbereichs Ihres Laborbefunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the range on your lab report</source>
        <translation>innerhalb des Referenzbereichs Ihres Laborbefunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no range recorded from the report</source>
        <translation>kein Referenzbereich aus dem Befund erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed as a limit: it may be inside or outside the range on your lab report</source>
        <translation>im Befund als Grenzwert angegeben: kann innerhalb oder außerhalb des Referenzbereichs Ihres Laborbefunds liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spasm</source>
        <translation>Spasmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lab result</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinician&apos;s decision</source>
        <translation>ärztliche Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time not taken</source>
        <translation>Einnahmepause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule from %1</source>
        <translation>der Einnahmeplan ab %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain %1</source>
        <translation>Schmerz %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n daytime cramp(s)</source>
        <translation>
            <numerusform>%n Krampf tagsüber</numerusform>
            <numerusform>%n Krämpfe tagsüber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n night cramp(s)</source>
        <translation>
            <numerusform>%n nächtlicher Krampf</numerusform>
            <numerusform>%n nächtliche Krämpfe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worst %1</source>
        <translation>stärkster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longest %1 min</source>
        <translation>längster %1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sleep disturbed %1</source>
        <translation>Schlaf gestört %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n spasm episode(s)</source>
        <translation>
            <numerusform>%n Spasmus-Episode</numerusform>
            <numerusform>%n Spasmus-Episoden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>taken</source>
        <translation>eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your clinician prescribed no maintenance after %1</source>
        <translation>Ihre Ärztin oder Ihr Arzt hat nach %1 keine Erhaltungsdosis verordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clinician prescribed no maintenance after %1 (course ended %2)</source>
        <translation>Ihre Ärztin oder Ihr Arzt hat nach %1 keine Erhaltungsdosis verordnet (Aufsättigung endete am %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mid back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation>beidseits</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../../vdtracker/cli/help_text.py" line="+45"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment:</source>
        <translation>Umgebungsvariablen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data folder, as --data-dir DIR (which wins)</source>
        <translation>der Datenordner, wie --data-dir DIR (das Vorrang hat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database server instead of the file in the data folder, e.g. postgresql+psycopg://anna@clinic.example/vdtracker_anna</source>
        <translation>ein Datenbankserver statt der Datei im Datenordner, z. B. postgresql+psycopg://anna@clinic.example/vdtracker_anna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the language of the window and of the command line (English or German, e.g. LANG=de_DE.UTF-8); LC_NUMERIC too: how numbers are typed (1.5 or 1,5)</source>
        <translation>die Sprache des Fensters und der Befehlszeile (Englisch oder Deutsch, z. B. LANG=de_DE.UTF-8); auch LC_NUMERIC: wie Zahlen eingegeben werden (1.5 oder 1,5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --data-dir DIR: DIR, DIR/backups and DIR/logs/vdtracker.log.</source>
        <translation>Mit --data-dir DIR: DIR, DIR/backups (die Sicherungen) und DIR/logs/vdtracker.log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done (the window: closed, or an already open one shown)</source>
        <translation>erledigt (beim Fenster: Es wurde geschlossen, oder ein schon offenes wurde angezeigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not accepted: a value, a date or a command that is not allowed; one line on stderr names it and what is allowed, and nothing was changed</source>
        <translation>nicht angenommen: ein Wert, ein Datum oder ein Befehl, der nicht erlaubt ist; eine Zeile auf stderr nennt ihn und was erlaubt ist, und es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file cannot be used: the database is in use by another program, damaged or made by a newer version (or the login entry cannot be removed); one line says what to do</source>
        <translation>eine Datei kann nicht verwendet werden: Die Datenbank wird von einem anderen Programm benutzt, ist beschädigt oder stammt von einer neueren Version (oder der Autostart-Eintrag lässt sich nicht entfernen); eine Zeile sagt, was zu tun ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the window cannot open here: no display, or a system library it needs is missing; one line names the command that installs it</source>
        <translation>das Fenster lässt sich hier nicht öffnen: keine Anzeige, oder eine nötige Systembibliothek fehlt; eine Zeile nennt den Befehl, der sie installiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shell completion: vdtracker --print-completion bash (or zsh); the manual page: man vdtracker.</source>
        <translation>Vervollständigung in der Shell: vdtracker --print-completion bash (oder zsh); die Handbuchseite: man vdtracker.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (default: %2)</source>
        <translation>%1 (Standard: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../vdtracker/ui/tables/history_model.py" line="+63"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spasm</source>
        <translation>Spasmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinician</source>
        <translation>Ärztliche Entscheidung</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/pages/history.py" line="+136"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spasm</source>
        <translation>Spasmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labs</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clinician&apos;s decisions</source>
        <translation>Ärztliche Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show which entries</source>
        <translation>Welche Einträge angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entries</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All entries, newest first</source>
        <translation>Alle Einträge, neueste zuerst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the selected entries (in the list)</source>
        <translation>Die ausgewählten Einträge löschen (in der Liste)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1 of %2</source>
        <translation>%1 ändern: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/import_preview.py" line="+25"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New, to be added: %1.</source>
        <translation>Neu, wird hinzugefügt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here, skipped: %1.</source>
        <translation>Schon vorhanden, übersprungen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings not set here yet, taken from the file: %1.</source>
        <translation>Hier noch nicht gesetzte Einstellungen, aus der Datei übernommen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) cannot be imported. Nothing is imported until the file is corrected (or exported again):</source>
        <translation>
            <numerusform>%n Eintrag kann nicht importiert werden. Es wird nichts importiert, bis die Datei korrigiert (oder neu exportiert) ist:</numerusform>
            <numerusform>%n Einträge können nicht importiert werden. Es wird nichts importiert, bis die Datei korrigiert (oder neu exportiert) ist:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything is added in one step: Edit ▸ Undo takes the whole import back (settings it fills in stay).</source>
        <translation>Alles wird in einem Schritt hinzugefügt: Bearbeiten ▸ Rückgängig nimmt den ganzen Import zurück (übernommene Einstellungen bleiben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only settings are new here; once imported, they stay (Undo does not change settings).</source>
        <translation>Nur Einstellungen sind hier neu; einmal importiert, bleiben sie (Rückgängig ändert keine Einstellungen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything in this file is already here: there is nothing to import.</source>
        <translation>Alles aus dieser Datei ist schon vorhanden: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>LabModel</name>
    <message>
        <location filename="../../vdtracker/ui/tables/lab_model.py" line="+26"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result as printed</source>
        <translation>Ergebnis laut Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the other unit</source>
        <translation>In der anderen Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report&apos;s range</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>LabResults</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/lab_results.py" line="+32"/>
        <source>Lab results, newest first</source>
        <translation>Laborwerte, neueste zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lab results saved yet.

Your lab results will appear here, newest first: each as printed on the report, also in the other common unit, and marked against the range printed on your report.
To add one, type it in the form below exactly as the report prints it (the value, the unit, and the report&apos;s range if it gives one).</source>
        <translation>Noch keine Laborwerte gespeichert.

Hier erscheinen Ihre Laborwerte, neueste zuerst: jeder so, wie er im Befund steht, dazu in der anderen üblichen Einheit und eingeordnet nach dem Referenzbereich Ihres Befunds.
Um einen einzutragen, geben Sie ihn im Formular unten genau so ein, wie er im Befund steht (Wert, Einheit und, falls angegeben, den Referenzbereich).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ed&amp;it the selected result</source>
        <translation>Ausgewähltes Ergebnis ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the sele&amp;cted result</source>
        <translation>Ausgewähltes Ergebnis l&amp;öschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the selected result (in the list)</source>
        <translation>Das ausgewählte Ergebnis löschen (in der Liste)</translation>
    </message>
</context>
<context>
    <name>LabsPage</name>
    <message>
        <location filename="../../vdtracker/ui/pages/labs.py" line="+76"/>
        <location line="+266"/>
        <source>Add a result as printed on the report</source>
        <translation>Laborwert so eintragen, wie er im Befund steht</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result value</source>
        <translation>Ergebniswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit as printed</source>
        <translation>Einheit laut Befund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the test</source>
        <translation>Datum der Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low end of the report&apos;s range</source>
        <translation>Untergrenze des Referenzbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High end of the report&apos;s range</source>
        <translation>Obergrenze des Referenzbereichs</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report&apos;s ra&amp;nge</source>
        <translation>Re&amp;ferenzbereich</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Lab name</source>
        <translation>Name des Labors</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Test</source>
        <translation>&amp;Untersuchung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+228"/>
        <source>&amp;Save result</source>
        <translation>Ergebnis &amp;speichern</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>&amp;Keep the saved result</source>
        <translation>Gespeichertes Ergebnis beibe&amp;halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the saved result as it is and empty the form</source>
        <translation>Das gespeicherte Ergebnis so lassen und das Formular leeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Report&apos;s range</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the result typed</source>
        <translation>Das eingegebene Ergebnis speichern</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The lab result you typed and had not saved yet is back in the form below (the window was closed or the app stopped before you saved). Save it, or discard it.</source>
        <translation>Der Laborwert, den Sie eingegeben und noch nicht gespeichert hatten, steht wieder im Formular unten (das Fenster wurde geschlossen oder die App beendet, bevor Sie gespeichert haben). Speichern Sie ihn oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Save it before changing the saved result, discard it, or go back to it?</source>
        <translation>Vor dem Ändern des gespeicherten Ergebnisses speichern, verwerfen oder zurück zur Eingabe?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the result of %1</source>
        <translation>Ergebnis vom %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the change</source>
        <translation>Änderung &amp;speichern</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete the %1 result of %2</source>
        <translation>Ergebnis %1 vom %2 löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted the %1 result of %2.</source>
        <translation>Ergebnis %1 vom %2 gelöscht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The lab result typed on Labs is not saved yet.</source>
        <translation>Der unter „Laborwerte“ eingegebene Laborwert ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Type the numbers as printed, written as in your language, e.g. %1.</source>
        <translation>Geben Sie die Zahlen wie im Befund ein, so geschrieben wie im Deutschen, z. B. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the result as printed on the report.</source>
        <translation>Bitte das Ergebnis so eingeben, wie es im Befund steht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The low end of the range must be below the high end.</source>
        <translation>Die Untergrenze des Bereichs muss unter der Obergrenze liegen.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../vdtracker/ui/launch.py" line="+41"/>
        <source>VD Tracker is already running with this data folder; its window was brought to the front.</source>
        <translation>VD Tracker läuft bereits mit diesem Datenordner; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VD Tracker seems to be running already (another copy holds %1) but did not answer. Close it, or wait a moment and try again.</source>
        <translation>VD Tracker scheint bereits zu laufen (eine andere Instanz belegt %1), antwortet aber nicht. Schließen Sie sie oder warten Sie einen Moment und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VD Tracker</source>
        <translation>VD Tracker</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The backup could not be put back (%1). Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht zurückgespielt werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup of %1 (%2). The file that could not be opened is kept, as it was, in %3.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt (%2). Die Datei, die sich nicht öffnen ließ, wird unverändert in %3 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open another folder</source>
        <translation>Einen anderen Ordner öffnen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This desktop has no system tray: reminders appear in this window while it is open. Export your schedules to your calendar (File menu) to be reminded when it is closed.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich: Erinnerungen erscheinen in diesem Fenster, solange es geöffnet ist. Exportieren Sie Ihre Einnahmepläne in Ihren Kalender (Menü „Datei“), um auch bei geschlossenem Fenster erinnert zu werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reminders could not start (%1). Today still shows the doses due; close VD Tracker and open it again to try once more.</source>
        <translation>Die Erinnerungen konnten nicht starten (%1). „Heute“ zeigt die fälligen Dosen weiterhin; schließen Sie VD Tracker und öffnen Sie es erneut, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>LocaleFormats</name>
    <message>
        <location filename="../../vdtracker/ui/window_words.py" line="+42"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/summary/options_dialog.py" line="-44"/>
        <location filename="../../vdtracker/ui/widgets/date_field.py" line="+13"/>
        <location filename="../../vdtracker/ui/window_words.py" line="+7"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vdtracker/ui/main_window.py" line="+91"/>
        <source>VD Tracker — demo (a throw-away copy)</source>
        <translation>VD Tracker — Demo (eine Wegwerfkopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD Tracker</source>
        <translation>VD Tracker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a demo history. Nothing you do here touches your own data, and it is thrown away when you close the window.</source>
        <translation>Dies ist ein Demo-Verlauf. Nichts, was Sie hier tun, berührt Ihre eigenen Daten, und er wird verworfen, wenn Sie das Fenster schließen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplements</source>
        <translation>Präparate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labs</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../vdtracker/ui/widgets/alt_keys.py" line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export schedules to your &amp;calendar (.ics)…</source>
        <translation>Einnahmepläne in Ihren &amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print summary for my appointment…</source>
        <translation>Zusammenfassung für meinen Termin &amp;drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save summary as P&amp;DF…</source>
        <translation>Zusammenfassung als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../vdtracker/ui/widgets/alt_keys.py" line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the menu bar</source>
        <translation>Die Menüleiste öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About VD Tracker</source>
        <translation>Ü&amp;ber VD Tracker</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <location filename="../../vdtracker/ui/widgets/alt_keys.py" line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>VD Tracker is still running</source>
        <translation>VD Tracker läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders go on from the tray. To stop them, choose Quit in the tray menu.</source>
        <translation>Die Erinnerungen laufen im Infobereich weiter. Um sie zu beenden, wählen Sie „Beenden“ im Menü des Infobereichs.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/message_bar.py" line="+34"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MoreCommands</name>
    <message>
        <location filename="../../vdtracker/cli/tree_commands.py" line="+32"/>
        <source>why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a schedule early</source>
        <translation>einen Einnahmeplan vorzeitig beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends a schedule early, on --date; the reason is shown on the summary, e.g. `vdtracker regimen stop 3 --why side-effects`.</source>
        <translation>Beendet einen Einnahmeplan vorzeitig, am --date; der Grund steht in der Zusammenfassung, z. B. `vdtracker regimen stop 3 --why side-effects`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last day of the schedule, YYYY-MM-DD</source>
        <translation>der letzte Tag des Einnahmeplans, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+69"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 (shown on the summary)</source>
        <translation>%1 (steht in der Zusammenfassung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own words on why you stopped</source>
        <translation>in Ihren eigenen Worten, warum Sie aufgehört haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you did not take this schedule from one day to another</source>
        <translation>eine Einnahmepause eintragen: Tage, an denen Sie nach diesem Einnahmeplan nichts eingenommen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Says you did not take a schedule from --from to --to: every open due date in that time is settled as not taken, in one step, and the gap stays in the story (chart, summary, alerts).</source>
        <translation>Trägt ein, dass Sie nach einem Einnahmeplan von --from bis --to nichts eingenommen haben: Jeder offene Fälligkeitstag in dieser Zeit gilt in einem Schritt als nicht eingenommen, und die Lücke bleibt im Verlauf sichtbar (Diagramm, Zusammenfassung, Hinweise).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first day you did not take it</source>
        <translation>der erste Tag ohne Einnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day you did not take it</source>
        <translation>der letzte Tag ohne Einnahme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your clinician prescribed no maintenance after this course</source>
        <translation>eintragen, dass Ihre Ärztin oder Ihr Arzt nach dieser Behandlung keine Erhaltungsdosis verordnet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that your clinician prescribed no maintenance after this course, so no alert asks about one.</source>
        <translation>Trägt ein, dass Ihre Ärztin oder Ihr Arzt nach dieser Behandlung keine Erhaltungsdosis verordnet hat, sodass kein Hinweis mehr danach fragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day your clinician said so, YYYY-MM-DD</source>
        <translation>der Tag, an dem Ihre Ärztin oder Ihr Arzt das gesagt hat, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record a dose taken (or skipped)</source>
        <translation>eine Einnahme eintragen (oder eine ausgelassene Dosis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records a dose taken: by default today, now, the amount of the schedule active then, e.g. `vdtracker dose --supplement &quot;Vitamin D3&quot;`; with --skipped a due dose you chose to skip.</source>
        <translation>Trägt eine Einnahme ein: standardmäßig heute, jetzt, mit der Menge des dann aktiven Einnahmeplans, z. B. für das Präparat Vitamin D3: `vdtracker dose --supplement &quot;Vitamin D3&quot;`; mit --skipped eine fällige Dosis, die Sie bewusst ausgelassen haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the supplement&apos;s name, as on its schedule</source>
        <translation>der Name des Präparats, wie in seinem Einnahmeplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount taken, with --unit (default: the active schedule&apos;s dose)</source>
        <translation>die eingenommene Menge, mit --unit (Standard: die Dosis des aktiven Einnahmeplans)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit of --amount: IU, mcg or mg</source>
        <translation>die Einheit von --amount: IU bzw. I.E., mcg bzw. µg, oder mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record that a due dose was skipped</source>
        <translation>eintragen, dass eine fällige Dosis ausgelassen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save an amount the typo check asks about, when it is what you took</source>
        <translation>eine Menge speichern, nach der die Tippfehlerprüfung fragt, wenn Sie genau diese eingenommen haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what you have of a supplement</source>
        <translation>Ihr Vorrat an einem Präparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you have of each supplement, packs you buy, and the day it runs out at your saved schedules.</source>
        <translation>Ihr Vorrat an jedem Präparat, gekaufte Packungen und der Tag, an dem er bei Ihren gespeicherten Einnahmeplänen aufgebraucht ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what you have now (with --as-of D: at the start of D)</source>
        <translation>zählen, was Sie jetzt haben (mit --as-of D: zu Beginn von D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts what you have now, e.g. `vdtracker supply set &quot;Vitamin D3&quot; 12 --form capsule --holds 50000 IU`; doses logged after it are taken off.</source>
        <translation>Zählt, was Sie jetzt haben, z. B. `vdtracker supply set &quot;Vitamin D3&quot; 12 --form capsule --holds 50000 IU`; danach eingetragene Einnahmen werden abgezogen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how many units you have (whole units; tablets may be halves, ml any amount)</source>
        <translation>wie viele Einheiten Sie haben (ganze Einheiten; bei Tabletten auch halbe, bei ml jede Menge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what you count: %1</source>
        <translation>was Sie zählen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as before, or tablet</source>
        <translation>wie zuvor, sonst tablet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what one unit holds, e.g. 50000 IU</source>
        <translation>was eine Einheit enthält, z. B. 50000 IU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pack bought: COUNT more units</source>
        <translation>eine gekaufte Packung eintragen: COUNT Einheiten mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a pack you bought: COUNT more units of what you counted with `supply set`.</source>
        <translation>Fügt eine gekaufte Packung hinzu: COUNT weitere Einheiten von dem, was Sie mit `supply set` gezählt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how many units the pack holds</source>
        <translation>wie viele Einheiten die Packung enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units left and the day they run out at your schedules</source>
        <translation>verbleibende Einheiten und der Tag, an dem sie bei Ihren Einnahmeplänen aufgebraucht sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists each supplement&apos;s units left and the day they run out at your saved schedules (with --as-of D: as on D).</source>
        <translation>Listet für jedes Präparat die verbleibenden Einheiten und den Tag, an dem sie bei Ihren gespeicherten Einnahmeplänen aufgebraucht sind (mit --as-of D: Stand D).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the supplement&apos;s name, e.g. &quot;Vitamin D3&quot;</source>
        <translation>der Name des Präparats, z. B. &quot;Vitamin D3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab results as printed on the lab&apos;s report.</source>
        <translation>Laborwerte, wie im Befund des Labors angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a result as printed on the report</source>
        <translation>einen Laborwert wie im Befund speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a lab result as printed on the report, e.g. `vdtracker lab add vitamin-d 19 nmol/L --date 2025-01-02 --low 50 --high 125`. Units: vitamin D ng/mL or nmol/L; B12 pmol/L or pg/mL; PTH ng/L, pg/mL or pmol/L.</source>
        <translation>Speichert einen Laborwert, wie er im Befund steht, z. B. `vdtracker lab add vitamin-d 19 nmol/L --date 2025-01-02 --low 50 --high 125`. Einheiten: Vitamin D ng/mL oder nmol/L; B12 pmol/L oder pg/mL; PTH ng/L, pg/mL oder pmol/L.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what was measured: %1</source>
        <translation>was gemessen wurde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value as printed, e.g. 19 or &quot;&lt;10&quot; (in your language&apos;s numbers)</source>
        <translation>der Wert wie im Befund, z. B. 19 oder &quot;&lt;10&quot; (in der Zahlenschreibweise Ihrer Sprache)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit as printed, e.g. nmol/L</source>
        <translation>die Einheit wie im Befund, z. B. nmol/L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day the sample was taken, YYYY-MM-DD</source>
        <translation>der Tag der Probenentnahme, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the low end of the range printed on the report</source>
        <translation>die Untergrenze des Referenzbereichs laut Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the high end of the range printed on the report</source>
        <translation>die Obergrenze des Referenzbereichs laut Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lab&apos;s name</source>
        <translation>der Name des Labors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save a value or range the typo check asks about</source>
        <translation>einen Wert oder Bereich speichern, nach dem die Tippfehlerprüfung fragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the retest date your clinician set</source>
        <translation>den Kontrolltermin speichern, den Ihre Ärztin oder Ihr Arzt festgelegt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the retest date your clinician set; an alert says when it is due, e.g. `vdtracker recheck 2025-04-20`.</source>
        <translation>Speichert den Kontrolltermin, den Ihre Ärztin oder Ihr Arzt festgelegt hat; ein Hinweis sagt, wann er fällig ist, z. B. `vdtracker recheck 2025-04-20`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day of the retest, YYYY-MM-DD</source>
        <translation>der Tag des Kontrolltermins, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what is retested: %1</source>
        <translation>was beim Kontrolltermin gemessen wird: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what needs attention</source>
        <translation>was zu beachten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the warnings in force today (or on --as-of): doses due or missed, a lapsed maintenance phase, a retest due, lab values outside their range, symptoms back, supplies running low.</source>
        <translation>Gibt die heute (oder am --as-of) geltenden Hinweise aus: fällige oder verpasste Einnahmen, eine unterbrochene Erhaltungsphase, einen fälligen Kontrolltermin, Laborwerte außerhalb ihres Bereichs, wiederkehrende Beschwerden, knapp werdende Vorräte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print a JSON list of objects with kind, severity, date and message</source>
        <translation>eine JSON-Liste von Objekten mit kind, severity, date und message ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag labs by the report&apos;s range (lab) or a guideline: %1</source>
        <translation>Laborwerte nach dem Referenzbereich des Befunds (lab) oder nach einer Leitlinie einordnen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show or change a setting</source>
        <translation>eine Einstellung anzeigen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no KEY: every setting, its value and what it may be. With KEY: its value. With KEY VALUE: saves it, e.g. `vdtracker settings profile.vitamin-d iom2011`.</source>
        <translation>Ohne KEY: jede Einstellung, ihr Wert und welche Werte sie annehmen kann. Mit KEY: ihr Wert. Mit KEY VALUE: speichert den Wert, z. B. `vdtracker settings profile.vitamin-d iom2011`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the setting, e.g. display.vitamin-d-unit</source>
        <translation>die Einstellung, z. B. display.vitamin-d-unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its new value, one of those `vdtracker settings` lists (on/off for a switch)</source>
        <translation>ihr neuer Wert, einer der Werte, die `vdtracker settings` auflistet (on/off für einen Schalter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the appointment summary as a PDF (what the window prints)</source>
        <translation>die Zusammenfassung für Ihren Termin als PDF (was das Fenster druckt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the appointment summary as a PDF, the same document the window prints; no display needed, e.g. `vdtracker report --question &quot;Keep the weekly dose?&quot; --out summary.pdf`.</source>
        <translation>Schreibt die Zusammenfassung für Ihren Termin als PDF, dasselbe Dokument, das das Fenster druckt; ohne Anzeige möglich, z. B. `vdtracker report --question &quot;Bei der wöchentlichen Dosis bleiben?&quot; --out zusammenfassung.pdf`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first day (default: the start of the latest course, or a year ago)</source>
        <translation>erster Tag (Standard: der Beginn der letzten Behandlung, sonst vor einem Jahr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day (default: --as-of, or today)</source>
        <translation>letzter Tag (Standard: --as-of, sonst heute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary&apos;s language: en or de (default: your language)</source>
        <translation>die Sprache der Zusammenfassung: en oder de (Standard: Ihre Sprache)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the paper size for this summary: %1 (default: the summary setting; auto: A4, or Letter where the locale uses it)</source>
        <translation>das Papierformat dieser Zusammenfassung: %1 (Standard: die Einstellung für Zusammenfassungen; auto: A4, oder Letter, wo das Gebietsschema es verwendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your name, on the summary (this summary only)</source>
        <translation>Ihr Name, nur auf dieser Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your date of birth, YYYY-MM-DD, on the summary (this summary only)</source>
        <translation>Ihr Geburtsdatum, JJJJ-MM-TT, nur auf dieser Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a question for your clinician (give it once per question)</source>
        <translation>eine Frage an Ihre Ärztin oder Ihren Arzt (einmal je Frage angeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF file to write (an earlier PDF there is replaced, never another kind of file)</source>
        <translation>die zu schreibende PDF-Datei (eine frühere PDF-Datei dort wird ersetzt, nie eine Datei anderer Art)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write your data to a file</source>
        <translation>Ihre Daten in eine Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes everything to PATH: json losslessly (import reads it back), csv one file per record type in the folder PATH, fhir a FHIR R4 Bundle, ics the saved schedules as recurring calendar events with alarms.</source>
        <translation>Schreibt alles nach PATH: json verlustfrei (import liest es wieder ein), csv eine Datei je Datensatzart im Ordner PATH, fhir ein FHIR-R4-Bundle, ics die gespeicherten Einnahmepläne als wiederkehrende Kalendertermine mit Erinnerungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>json, csv, fhir or ics</source>
        <translation>json, csv, fhir oder ics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to write (csv: the folder)</source>
        <translation>die zu schreibende Datei (bei csv: der Ordner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a consistent, checked copy of your database</source>
        <translation>eine konsistente, geprüfte Sicherung Ihrer Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a consistent copy of the database, checked before it is kept; it is never removed by the rotation of the daily backups.</source>
        <translation>Schreibt eine konsistente Kopie der Datenbank, die vor dem Aufbewahren geprüft wird; sie wird beim Rotieren der täglichen Sicherungen nie entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where (default: the backups folder beside the database)</source>
        <translation>wohin (Standard: der Sicherungsordner neben der Datenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put a backup back (the current database is set aside first)</source>
        <translation>eine Sicherung wiederherstellen (die aktuelle Datenbank wird zuvor beiseitegelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts a backup back, after checking it; the current database is set aside in the backups folder first, so restoring that file undoes it.</source>
        <translation>Stellt eine Sicherung nach einer Prüfung wieder her; die aktuelle Datenbank wird zuvor im Sicherungsordner beiseitegelegt, sodass sich das Wiederherstellen mit dieser Datei rückgängig machen lässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to put back</source>
        <translation>die wiederherzustellende Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the records of a json export (or a csv export folder)</source>
        <translation>die Datensätze eines json-Exports (oder eines csv-Exportordners) hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the records of a json export (or a csv export folder), all or nothing; records already here are skipped.</source>
        <translation>Fügt die Datensätze eines json-Exports (oder eines csv-Exportordners) hinzu, alle oder keinen; bereits vorhandene Datensätze werden übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the json file, or the csv folder, to read</source>
        <translation>die zu lesende json-Datei oder der csv-Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only show what would be added, skipped or refused</source>
        <translation>nur zeigen, was hinzugefügt, übersprungen oder abgelehnt würde</translation>
    </message>
</context>
<context>
    <name>MoveWords</name>
    <message>
        <location filename="../../vdtracker/wording/moves.py" line="+20"/>
        <source>Mondays</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesdays</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesdays</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursdays</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fridays</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturdays</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sundays</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monday&apos;s dose</source>
        <translation>die Dosis vom Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday&apos;s dose</source>
        <translation>die Dosis vom Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday&apos;s dose</source>
        <translation>die Dosis vom Mittwoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday&apos;s dose</source>
        <translation>die Dosis vom Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday&apos;s dose</source>
        <translation>die Dosis vom Freitag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday&apos;s dose</source>
        <translation>die Dosis vom Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday&apos;s dose</source>
        <translation>die Dosis vom Sonntag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>next due on %1</source>
        <translation>nächste Einnahme am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A dose taken on another day: keep the schedule&apos;s day?</source>
        <translation>Eine Einnahme an einem anderen Tag: beim Tag des Einnahmeplans bleiben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: keep %2 or move to %3?</source>
        <translation>%1: beim %2 bleiben oder auf %3 verlegen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: keep the dates or count from %2?</source>
        <translation>%1: die Termine behalten oder ab %2 neu zählen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your supplement</source>
        <translation>Ihr Präparat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took %1 of %2 (due %3) on %4. Keep %5 (%6), or move the rest of this schedule to %7 (next due on %8)? Due dates before then stay as they were, and the summary shows the move.</source>
        <translation>Sie haben %1 (%2, fällig am %3) am %4 eingenommen. Beim %5 bleiben (%6) oder den Rest dieses Einnahmeplans auf %7 verlegen (nächste Einnahme am %8)? Die Fälligkeitstage davor bleiben, wie sie waren, und die Zusammenfassung zeigt die Verlegung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You took the dose of %1 due on %2 on %3. Keep the dates as they are (%4), or count every %5 days from %3 (next due on %6)? Due dates before then stay as they were, and the summary shows the move.</source>
        <translation>Sie haben die Einnahme von %1, fällig am %2, am %3 eingenommen. Die Termine behalten (%4) oder ab %3 alle %5 Tage zählen (nächste Einnahme am %6)? Die Fälligkeitstage davor bleiben, wie sie waren, und die Zusammenfassung zeigt die Verlegung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep %1</source>
        <translation>Beim %1 &amp;bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the dates</source>
        <translation>Termine &amp;behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Move to %1</source>
        <translation>Auf %1 &amp;verlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Count from %1</source>
        <translation>Ab %1 &amp;zählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the rest of this schedule to %1…</source>
        <translation>Den Rest dieses Einnahmeplans auf %1 verlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count every %1 days from %2…</source>
        <translation>Ab %2 alle %1 Tage zählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This schedule cannot be moved from that dose (it ends before its next due date, or was moved or stopped already): the dates stay as they are.</source>
        <translation>Dieser Einnahmeplan lässt sich ab dieser Einnahme nicht verlegen (er endet vor dem nächsten Fälligkeitstag oder wurde schon verlegt oder beendet): Die Termine bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You took %1 on %2: %3 are kept (%4). To move the rest of this schedule to %5 instead: %6</source>
        <translation>Sie haben %1 am %2 eingenommen: Es bleibt beim %3 (%4). Um den Rest dieses Einnahmeplans stattdessen auf %5 zu verlegen: %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You took the dose due on %1 on %2: the dates are kept (%3). To count every %4 days from %2 instead: %5</source>
        <translation>Sie haben die Einnahme, fällig am %1, am %2 eingenommen: Die Termine bleiben (%3). Um stattdessen ab %2 alle %4 Tage zu zählen: %5</translation>
    </message>
</context>
<context>
    <name>NoMaintenanceDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/no_maintenance.py" line="+16"/>
        <source>No maintenance prescribed</source>
        <translation>Keine Erhaltungsdosis verordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a record that your clinician prescribed no maintenance after your course (%1). From the day they said it, the warning that no maintenance schedule follows this course is off. Every other warning stays, and Undo or History takes it back.</source>
        <translation>Festhalten, dass Ihre Ärztin oder Ihr Arzt nach Ihrer Aufsättigung (%1) keine Erhaltungsdosis verordnet hat. Ab dem Tag dieser Mitteilung entfällt der Hinweis, dass auf diese Aufsättigung kein Einnahmeplan für eine Erhaltungsdosis folgt. Alle anderen Hinweise bleiben; Rückgängig oder der Verlauf nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day your clinician said it</source>
        <translation>Der Tag, an dem Ihre Ärztin oder Ihr Arzt es mitgeteilt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Said on</source>
        <translation>&amp;Mitgeteilt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. at the follow-up appointment</source>
        <translation>z. B. beim Kontrolltermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <location filename="../../vdtracker/wording/notices.py" line="+26"/>
        <source>Taken on %1</source>
        <translation>Eingenommen am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken today</source>
        <translation>Heute eingenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open VD Tracker to see it.</source>
        <translation>Öffnen Sie VD Tracker, um es anzusehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: no dose logged for %n day(s)</source>
        <translation>
            <numerusform>%1: seit %n Tag keine Einnahme eingetragen</numerusform>
            <numerusform>%1: seit %n Tagen keine Einnahme eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: stopped on %2, no schedule after it</source>
        <translation>%1: am %2 beendet, danach kein Einnahmeplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: course ended on %2, no maintenance saved</source>
        <translation>%1: Aufsättigung endete am %2, keine Erhaltungsdosis gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no dose logged for %2</source>
        <translation>%1: für %2 keine Einnahme eingetragen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n dose(s) with nothing logged</source>
        <translation>
            <numerusform>%1: für %n Dosis ist nichts eingetragen</numerusform>
            <numerusform>%1: für %n Dosen ist nichts eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retest date for %1: %2</source>
        <translation>Kontrolltermin für %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 left, not enough for the dose due %3</source>
        <translation>%1: noch %2, nicht genug für die Dosis am %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 left, enough until %3</source>
        <translation>%1: noch %2, reicht bis %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>retest date</source>
        <translation>Kontrolltermin</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n item(s) need a look</source>
        <translation>
            <numerusform>%1: %n Eintrag braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%1: %n Einträge brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n dose(s) open</source>
        <translation>
            <numerusform>%1: %n Dosis offen</numerusform>
            <numerusform>%1: %n Dosen offen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved schedule may have lapsed</source>
        <translation>Ein gespeicherter Einnahmeplan ist möglicherweise unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dose on your saved schedule was not logged</source>
        <translation>Für eine Dosis aus Ihrem gespeicherten Einnahmeplan ist nichts eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A retest date is near or past</source>
        <translation>Ein Kontrolltermin steht bevor oder ist vorbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supply is running low</source>
        <translation>Ein Vorrat geht zur Neige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>VD Tracker
%1</source>
        <translation>VD Tracker
%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n Dosis</numerusform>
            <numerusform>%n Dosen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: %1 today</source>
        <translation>Als Nächstes: %1 heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open: %1, due %2</source>
        <translation>Offen: %1, fällig am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: %1 on %2</source>
        <translation>Als Nächstes: %1 am %2</translation>
    </message>
</context>
<context>
    <name>NumberReadings</name>
    <message>
        <location filename="../../vdtracker/ui/number_readings.py" line="+57"/>
        <source>Which number did you mean?</source>
        <translation>Welche Zahl meinten Sie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” can be read two ways. Which one is on the prescription or the report?</source>
        <translation>„%1“ lässt sich auf zwei Arten lesen. Welche steht auf dem Rezept oder dem Befund?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Let me check</source>
        <translation>Ich sehe nach</translation>
    </message>
</context>
<context>
    <name>OneByOneDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/past_doses.py" line="+55"/>
        <source>Doses one by one</source>
        <translation>Dosen einzeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: for each due date, say what happened. Dates left open stay open.</source>
        <translation>%1: Geben Sie für jeden Fälligkeitstag an, was war. Offen gelassene Tage bleiben offen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened on %1</source>
        <translation>Was war am %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../vdtracker/ui/operations.py" line="+51"/>
        <source>Not saved. %1: %2.</source>
        <translation>Nicht gespeichert. %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check what you typed</source>
        <translation>Eingabe prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yes, save it</source>
        <translation>&amp;Ja, speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No, let me check</source>
        <translation>&amp;Nein, ich prüfe es</translation>
    </message>
</context>
<context>
    <name>PastDosesQuestion</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/past_doses.py" line="-38"/>
        <source>Doses before today</source>
        <translation>Dosen vor heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This schedule started on %1.</source>
        <translation>Dieser Einnahmeplan begann am %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due date(s) between then and today have nothing logged. Mark the doses between then and today as taken, go through them one by one, or leave them open?</source>
        <translation>
            <numerusform>Für %n Fälligkeitstag zwischen damals und heute ist nichts eingetragen. Die Dosen zwischen damals und heute als eingenommen markieren, einzeln durchgehen oder offen lassen?</numerusform>
            <numerusform>Für %n Fälligkeitstage zwischen damals und heute ist nichts eingetragen. Die Dosen zwischen damals und heute als eingenommen markieren, einzeln durchgehen oder offen lassen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark them as &amp;taken</source>
        <translation>Als &amp;eingenommen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;One by one…</source>
        <translation>Ein&amp;zeln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave them open</source>
        <translation>&amp;Offen lassen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../vdtracker/ui/summary/printing.py" line="+45"/>
        <source>The summary was not made: %1</source>
        <translation>Die Zusammenfassung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vdtracker-summary-%1.pdf</source>
        <translation>vdtracker-Zusammenfassung-%1.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The summary was not saved: %1</source>
        <translation>Die Zusammenfassung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the summary for your appointment to %1. It contains health data: share it only with whom you choose.</source>
        <translation>Die Zusammenfassung für Ihren Termin steht in %1. Sie enthält Gesundheitsdaten: Geben Sie sie nur an Menschen Ihrer Wahl weiter.</translation>
    </message>
</context>
<context>
    <name>PutBack</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/put_back.py" line="+20"/>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the form: what was typed is not saved</source>
        <translation>Formular leeren: das Eingegebene wird nicht gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard what was typed: %1</source>
        <translation>Das Eingegebene verwerfen: %1</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../../vdtracker/wording/reasons.py" line="+21"/>
        <source>use 0 to 10, one decimal allowed</source>
        <translation>erlaubt sind Werte von 0 bis 10, eine Nachkommastelle ist möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 0 to 10 with at most one decimal</source>
        <translation>erlaubt sind Werte von 0 bis 10 mit höchstens einer Nachkommastelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use IU, mcg or mg</source>
        <translation>erlaubt sind I.E., µg oder mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a dose above 0</source>
        <translation>die Dosis muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a schedule every so many days moves to the day given: no weekdays needed</source>
        <translation>ein Einnahmeplan im Abstand von einigen Tagen wird auf den angegebenen Tag verschoben: Wochentage sind nicht nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the new weekdays, like mon,thu</source>
        <translation>bitte die neuen Wochentage angeben, etwa mon,thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count what you have first</source>
        <translation>bitte zuerst zählen, was Sie haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write B12 doses in mcg or mg, not IU</source>
        <translation>B12-Dosen bitte in µg oder mg angeben, nicht in I.E.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a number of 0 or more</source>
        <translation>erlaubt ist eine Zahl ab 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a number as printed on the report, e.g. 19, %1 or &lt;10</source>
        <translation>bitte eine Zahl wie auf dem Befund angeben, z. B. 19, %1 oder &lt;10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a number</source>
        <translation>bitte eine Zahl angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use day names like mon,thu</source>
        <translation>bitte Wochentage wie mon,thu angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give either how many days apart or which weekdays</source>
        <translation>bitte entweder den Abstand in Tagen oder die Wochentage angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give either a number of weeks or an end date, not both</source>
        <translation>bitte entweder eine Anzahl von Wochen oder ein Enddatum angeben, nicht beides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the supplement&apos;s name, e.g. &quot;Vitamin D3&quot;</source>
        <translation>bitte den Namen des Präparats angeben, z. B. „Vitamin D3“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the number of a saved schedule</source>
        <translation>bitte die Nummer eines gespeicherten Einnahmeplans angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the amount and the unit together</source>
        <translation>bitte Menge und Einheit zusammen angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use an entry that still exists</source>
        <translation>dieser Eintrag existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a date like 2025-01-31</source>
        <translation>bitte ein Datum wie 2025-01-31 angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to save yet: rate your pain or add a cramp or spasm.</source>
        <translation>Noch nichts zu speichern: Bewerten Sie Ihren Schmerz oder tragen Sie einen Krampf oder Spasmus ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To save a note, rate your pain or add a cramp or spasm.</source>
        <translation>Um eine Notiz zu speichern, bewerten Sie Ihren Schmerz oder tragen Sie einen Krampf oder Spasmus ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use a date on or before today (%1)</source>
        <translation>bitte ein Datum bis heute (%1) angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a date on or after %1</source>
        <translation>bitte ein Datum ab dem %1 angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a whole number from %1 to %2</source>
        <translation>bitte eine ganze Zahl von %1 bis %2 angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use minutes from 0 to %1</source>
        <translation>bitte Minuten von 0 bis %1 angeben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>use at most %n characters</source>
        <translation>
            <numerusform>höchstens %n Zeichen sind erlaubt</numerusform>
            <numerusform>höchstens %n Zeichen sind erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use one of %1</source>
        <translation>erlaubt ist einer dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for %1 use one of %2</source>
        <translation>für %1 ist einer dieser Werte erlaubt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make the low end lower than the high end (%1)</source>
        <translation>die Untergrenze muss unter der Obergrenze liegen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a date on or after the start (%1)</source>
        <translation>bitte ein Datum ab dem Beginn (%1) angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use the number of a saved loading course</source>
        <translation>bitte die Nummer einer gespeicherten Aufsättigung angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this course already has &quot;no maintenance prescribed&quot; (said on %1); undo it or delete it in History first</source>
        <translation>für diese Aufsättigung ist schon „keine Erhaltungsdosis verordnet“ eingetragen (mitgeteilt am %1); machen Sie es zuerst rückgängig oder löschen Sie es im Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the schedule that carries it on (it was moved on %1)</source>
        <translation>bitte den Einnahmeplan verwenden, der ihn fortsetzt (er wurde am %1 verschoben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was moved on %1 and carries on as %2 from %3: delete that one first (that undoes the move), then this one</source>
        <translation>der Einnahmeplan wurde am %1 verlegt und läuft als %2 ab %3 weiter: Löschen Sie zuerst jenen (das macht die Verlegung rückgängig), dann diesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use a day from its start (%1) on</source>
        <translation>bitte einen Tag ab seinem Beginn (%1) angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a day from its start (%1) to before its end (%2)</source>
        <translation>bitte einen Tag ab seinem Beginn (%1) und vor seinem Ende (%2) angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a due date before the day it was taken (%1)</source>
        <translation>bitte einen Fälligkeitstag vor dem Tag der Einnahme (%1) angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a dose is logged after that day (on %1): after a move it would count for nothing; move from the last dose you logged, or keep the schedule as it is</source>
        <translation>nach diesem Tag ist eine Einnahme eingetragen (am %1), die nach einer Verschiebung für keinen Fälligkeitstag mehr zählen würde; bitte ab der zuletzt eingetragenen Einnahme verschieben oder den Einnahmeplan lassen, wie er ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing would be due after that day (it ends on %1)</source>
        <translation>nach diesem Tag wäre nichts mehr fällig (er endet am %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a schedule not stopped yet (it was stopped on %1)</source>
        <translation>dieser Einnahmeplan wurde bereits am %1 beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a date on or after the schedule&apos;s start (%1)</source>
        <translation>bitte ein Datum ab dem Beginn des Einnahmeplans (%1) angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a date on or before its end (%1); it has already ended</source>
        <translation>bitte ein Datum bis zu seinem Ende (%1) angeben; er ist bereits abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a supplement with a schedule active on %1, or give the amount and unit (known: %2)</source>
        <translation>bitte ein Präparat mit einem am %1 aktiven Einnahmeplan wählen oder Menge und Einheit angeben (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cramp details are filled in: set how many cramps there were.</source>
        <translation>Angaben zu Krämpfen sind ausgefüllt: Geben Sie an, wie viele Krämpfe es waren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm details are filled in: set how many episodes there were.</source>
        <translation>Angaben zum Spasmus sind ausgefüllt: Geben Sie an, wie viele Episoden es waren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a count above 0, up to %1</source>
        <translation>bitte eine Anzahl über 0 und bis %1 angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a count from 0 to %1</source>
        <translation>bitte eine Anzahl von 0 bis %1 angeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a supplement of your diary (known: %1)</source>
        <translation>bitte ein Präparat aus Ihrem Tagebuch angeben (bekannt: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it reads two ways, as %1 or as %2: type the one you mean that way</source>
        <translation>das lässt sich zweifach lesen, als %1 oder als %2: bitte so eingeben, wie Sie es meinen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You entered %1 %2 of %3 for one dose — is that right? Is that what your prescription says?</source>
        <translation>Sie haben %1 %2 %3 für eine Einnahme eingegeben — stimmt das? Steht das so auf Ihrem Rezept?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You entered %1 %2 of %3 for one dose — about %4 %5. Is that what your prescription says?</source>
        <translation>Sie haben %1 %2 %3 für eine Einnahme eingegeben — etwa %4 %5. Steht das so auf Ihrem Rezept?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A result of %1 %2 is far outside what a %3 report prints in %2 (%4 to %5).</source>
        <translation>Ein Ergebnis von %1 %2 liegt weit außerhalb dessen, was Befunde für %3 in %2 angeben (%4 bis %5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A range of %1 %2 is unusual for %3 in %2 (its high end is usually below %4).</source>
        <translation>Ein Bereich von %1 %2 ist für %3 in %2 ungewöhnlich (die Obergrenze liegt meist unter %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the numbers and the unit on the report.</source>
        <translation>Bitte Zahlen und Einheit auf dem Befund prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You entered %1 %2 %3 — about %4 %5 a day. Is that what your prescription says?</source>
        <translation>Sie haben %1 %2 %3 eingegeben — etwa %4 %5 pro Tag. Steht das so auf Ihrem Rezept?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use a path in a folder that exists</source>
        <translation>bitte einen Pfad in einem vorhandenen Ordner angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a path you can write to (%1)</source>
        <translation>bitte einen Pfad angeben, in den Sie schreiben dürfen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a whole number of %1 or more</source>
        <translation>bitte eine ganze Zahl von %1 oder mehr angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a backup VD Tracker made (this file: %1)</source>
        <translation>verwenden Sie eine Sicherung, die VD Tracker angelegt hat (diese Datei: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close VD Tracker&apos;s window first, then restore</source>
        <translation>schließen Sie zuerst das Fenster von VD Tracker und stellen Sie dann wieder her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backups and restores are for the SQLite file in your data folder; back up a server database with the server&apos;s own tools</source>
        <translation>Sicherung und Wiederherstellung gelten für die SQLite-Datei in Ihrem Datenordner; eine Server-Datenbank sichern Sie mit den Werkzeugen des Servers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a VD Tracker database</source>
        <translation>keine VD-Tracker-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was made by a newer version of VD Tracker</source>
        <translation>von einer neueren Version von VD Tracker erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each record must be an object of named fields</source>
        <translation>jeder Eintrag muss ein Objekt mit benannten Feldern sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use text</source>
        <translation>verwenden Sie Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a whole number</source>
        <translation>verwenden Sie eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use true or false</source>
        <translation>verwenden Sie true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a time like 08:30</source>
        <translation>verwenden Sie eine Uhrzeit wie 08:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a date and time like 2025-01-31T08:30:00</source>
        <translation>verwenden Sie Datum und Uhrzeit wie 2025-01-31T08:30:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this field may not be empty</source>
        <translation>dieses Feld darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a file VD Tracker exported as json (or the folder of a csv export)</source>
        <translation>verwenden Sie eine Datei, die VD Tracker als json exportiert hat (oder den Ordner eines csv-Exports)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not readable JSON; use a file VD Tracker exported as json</source>
        <translation>die Datei ist kein lesbares JSON; verwenden Sie eine Datei, die VD Tracker als json exportiert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder holds none of the csv files VD Tracker exports (pain.csv, doses.csv, …)</source>
        <translation>der Ordner enthält keine der csv-Dateien, die VD Tracker exportiert (pain.csv, doses.csv, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a backup of the whole database: use restore for it, not import</source>
        <translation>das ist eine Sicherung der ganzen Datenbank: Stellen Sie sie wieder her (restore), statt sie zu importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings must map names to text</source>
        <translation>Einstellungen müssen Namen auf Text abbilden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a file or folder that exists</source>
        <translation>verwenden Sie eine Datei oder einen Ordner, die bzw. der existiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another name: that file is a database (your diary or a backup), which an export never replaces</source>
        <translation>wählen Sie einen anderen Namen: Diese Datei ist eine Datenbank (Ihr Tagebuch oder eine Sicherung), die ein Export nie ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a new file name (or a backup to replace): that file is not a backup, and a backup never replaces it</source>
        <translation>wählen Sie einen neuen Dateinamen (oder eine Sicherung, die ersetzt werden soll): Diese Datei ist keine Sicherung, und eine Sicherung ersetzt sie nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a place outside the backups folder: it holds your diary&apos;s backups, which only VD Tracker writes</source>
        <translation>wählen Sie einen Ort außerhalb des Sicherungsordners: Er enthält die Sicherungen Ihres Tagebuchs, die nur VD Tracker schreibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a new file name: that file is not of the kind being written, and it is never replaced</source>
        <translation>wählen Sie einen neuen Dateinamen: Diese Datei ist nicht von der Art, die geschrieben wird, und wird nie ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the csv files as UTF-8 (CSV UTF-8 in a spreadsheet) and import again</source>
        <translation>speichern Sie die csv-Dateien als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8) und importieren Sie erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the csv files cannot be read as csv; export them again</source>
        <translation>die csv-Dateien lassen sich nicht als csv lesen; exportieren Sie sie erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the ref of a schedule in the same file</source>
        <translation>verwenden Sie die ref eines Einnahmeplans aus derselben Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each schedule its own ref (this one is used twice)</source>
        <translation>geben Sie jedem Einnahmeplan eine eigene ref (diese kommt zweimal vor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a new or empty folder (or one holding an earlier csv export, which is replaced)</source>
        <translation>verwenden Sie einen neuen oder leeren Ordner (oder einen mit einem früheren csv-Export, der ersetzt wird)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holds text that is not valid Unicode (a lone surrogate); use a file VD Tracker exported as json</source>
        <translation>die Datei enthält Text, der kein gültiges Unicode ist (ein einzelnes Surrogat); verwenden Sie eine Datei, die VD Tracker als json exportiert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a local time without a UTC offset, e.g. 08:30:00</source>
        <translation>verwenden Sie eine Ortszeit ohne UTC-Versatz, z. B. 08:30:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use text without NUL characters</source>
        <translation>verwenden Sie Text ohne NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name each column once (this one is named twice)</source>
        <translation>benennen Sie jede Spalte nur einmal (diese ist doppelt benannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each setting once (this one is given twice)</source>
        <translation>geben Sie jede Einstellung nur einmal an (diese ist doppelt angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a value this setting allows</source>
        <translation>verwenden Sie einen Wert, den diese Einstellung zulässt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this export was written by a newer VD Tracker (format version %1; this one reads up to %2): update VD Tracker first</source>
        <translation>dieser Export stammt von einem neueren VD Tracker (Formatversion %1; diese Version liest bis %2): Aktualisieren Sie zuerst VD Tracker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use only the fields %1</source>
        <translation>verwenden Sie nur die Felder %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use only the lists %1</source>
        <translation>verwenden Sie nur die Listen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it could not be put back (%1); your data is as it was</source>
        <translation>sie konnte nicht zurückgespielt werden (%1); Ihre Daten sind wie vorher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a file you can read (%1)</source>
        <translation>verwenden Sie eine Datei, die Sie lesen können (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use a regular file or a folder (%1 is a device, a pipe or a socket)</source>
        <translation>verwenden Sie eine normale Datei oder einen Ordner (%1 ist ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the export folder is a folder, not a csv file; put back the file the export wrote</source>
        <translation>%1 im Export-Ordner ist ein Ordner, keine csv-Datei; legen Sie die Datei zurück, die der Export geschrieben hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than %2 MB, more than any export VD Tracker writes</source>
        <translation>%1 ist größer als %2 MB, mehr als jeder Export, den VD Tracker schreibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file nests lists and objects deeper than %1 levels; use a file VD Tracker exported as json</source>
        <translation>die Datei verschachtelt Listen und Objekte tiefer als %1 Ebenen; verwenden Sie eine Datei, die VD Tracker als json exportiert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a link to a file outside the export folder; copy the file itself into the folder</source>
        <translation>%1 ist ein Verweis auf eine Datei außerhalb des Exportordners; kopieren Sie die Datei selbst in den Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: a quoted cell is not closed, or text follows its closing quote; fix the quotes or export again</source>
        <translation>%1, Zeile %2: Eine Zelle in Anführungszeichen ist nicht geschlossen, oder nach dem schließenden Anführungszeichen folgt Text; korrigieren Sie die Anführungszeichen oder exportieren Sie erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, line %2: the line is longer than %3 characters</source>
        <translation>%1, Zeile %2: Die Zeile ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a date from %1 to %2</source>
        <translation>verwenden Sie ein Datum vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format version %1 is not one VD Tracker writes (1 to %2)</source>
        <translation>VD Tracker schreibt keine Formatversion %1 (nur 1 bis %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use only the settings %1</source>
        <translation>verwenden Sie nur die Einstellungen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the row has more cells than the %1 columns</source>
        <translation>die Zeile hat mehr Zellen als die %1 Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a value that is allowed here</source>
        <translation>bitte einen Wert angeben, der hier erlaubt ist</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/records.py" line="+18"/>
        <source>%n supplement(s)</source>
        <translation>
            <numerusform>%n Präparat</numerusform>
            <numerusform>%n Präparate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n Einnahmeplan</numerusform>
            <numerusform>%n Einnahmepläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n Dosis</numerusform>
            <numerusform>%n Dosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clinician decision(s)</source>
        <translation>
            <numerusform>%n ärztliche Entscheidung</numerusform>
            <numerusform>%n ärztliche Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n time(s) not taken</source>
        <translation>
            <numerusform>%n Einnahmepause</numerusform>
            <numerusform>%n Einnahmepausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pain rating(s)</source>
        <translation>
            <numerusform>%n Schmerzbewertung</numerusform>
            <numerusform>%n Schmerzbewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cramp entr(y/ies)</source>
        <translation>
            <numerusform>%n Krampf-Eintrag</numerusform>
            <numerusform>%n Krampf-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n spasm entr(y/ies)</source>
        <translation>
            <numerusform>%n Spasmus-Eintrag</numerusform>
            <numerusform>%n Spasmus-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lab result(s)</source>
        <translation>
            <numerusform>%n Laborwert</numerusform>
            <numerusform>%n Laborwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retest date(s)</source>
        <translation>
            <numerusform>%n Kontrolltermin</numerusform>
            <numerusform>%n Kontrolltermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2%3 — %4</source>
        <translation>%1: %2%3 — %4</translation>
    </message>
</context>
<context>
    <name>RegimenForm</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/regimen_form.py" line="+61"/>
        <source>Supplement name as on the prescription</source>
        <translation>Name des Präparats wie auf dem Rezept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Vitamin D3</source>
        <translation>z. B. Vitamin D3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;pplement</source>
        <translation>&amp;Präparat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as prescribed</source>
        <translation>wie verordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount per dose</source>
        <translation>Menge je Einnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit of the dose</source>
        <translation>Einheit der Dosis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dose each time</source>
        <translation>D&amp;osis je Einnahme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;very</source>
        <translation>Im &amp;Abstand von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days between doses</source>
        <translation>Tage zwischen den Einnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;weekdays</source>
        <translation>An &amp;Wochentagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dose on %1</source>
        <translation>Einnahme am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>Beg&amp;inn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for a number of weeks</source>
        <translation>für eine Anzahl von Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until a date</source>
        <translation>bis zu einem Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the schedule ends</source>
        <translation>Wie der Einnahmeplan endet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of weeks</source>
        <translation>Anzahl der Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind me at</source>
        <translation>Erinnern um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me of each dose</source>
        <translation>An jede Einnahme erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder time of day</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;minder</source>
        <translation>Erinner&amp;ung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading</source>
        <translation>Aufsättigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maintenance</source>
        <translation>Erhaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ongoing</source>
        <translation>fortlaufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Ph&amp;ase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about this schedule</source>
        <translation>Notiz zu diesem Einnahmeplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. who prescribed it (optional)</source>
        <translation>z. B. wer ihn verordnet hat (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>No&amp;tiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Add a schedule as your prescription says</source>
        <translation>Einnahmeplan so anlegen, wie er verordnet ist</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Type the time of the reminder, e.g. 08:00.</source>
        <translation>Bitte die Uhrzeit der Erinnerung eingeben, z. B. 08:00.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> day</source>
        <translation> Tag (täglich)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>E&amp;nds</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The schedule in words</source>
        <translation>Der Einnahmeplan in Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change the schedule %1 from %2</source>
        <translation>Einnahmeplan %1 ab %2 ändern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add the phase that follows %1 from %2</source>
        <translation>Die Phase nach %1 ab %2 anlegen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type the supplement&apos;s name.</source>
        <translation>Bitte den Namen des Präparats eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the dose as a number, e.g. %1.</source>
        <translation>Geben Sie die Dosis als Zahl ein, z. B. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the dose each time, as the prescription says.</source>
        <translation>Bitte die Dosis je Einnahme eingeben, wie verordnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the weekdays of the doses.</source>
        <translation>Bitte die Wochentage der Einnahmen ankreuzen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” can be read as %2 or %3: you will be asked which one when you save.</source>
        <translation>„%1“ lässt sich als %2 oder %3 lesen: beim Speichern werden Sie gefragt, welche Zahl gemeint ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n dose(s) a week</source>
        <translation>
            <numerusform>%n Einnahme pro Woche</numerusform>
            <numerusform>%n Einnahmen pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 doses a week</source>
        <translation>%1 Einnahmen pro Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 %2 a day on average (%3 %2 × %4 ÷ 7). Plain arithmetic, shown for your information.</source>
        <translation>Im Durchschnitt etwa %1 %2 pro Tag (%3 %2 × %4 ÷ 7). Einfache Rechnung, nur zu Ihrer Information.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>every week on %1</source>
        <translation>jede Woche am %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>jede Woche am %1</numerusform>
            <numerusform>alle %n Wochen am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>täglich</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from %2, with no end date</source>
        <translation>%1 ab %2, unbefristet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no dose falls between %2 and %3</source>
        <translation>%1: zwischen %2 und %3 ist keine Einnahme fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, 1 dose, on %2</source>
        <translation>%1, 1 Einnahme, am %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n dose(s), first on %2, last on %3</source>
        <translation>
            <numerusform>%1, %n Einnahme, erste am %2, letzte am %3</numerusform>
            <numerusform>%1, %n Einnahmen, erste am %2, letzte am %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Supplement</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every</source>
        <translation>Abstand in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>RegimenModel</name>
    <message>
        <location filename="../../vdtracker/ui/tables/regimen_model.py" line="+26"/>
        <source>Supplement</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average a day</source>
        <translation>Durchschnitt pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why you stopped, in your words: %1</source>
        <translation>Warum Sie beendet haben, in Ihren Worten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (stopped: %2)</source>
        <translation>%1 (beendet: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (stopped)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (moved)</source>
        <translation>%1 (verlegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, reminder %2</source>
        <translation>%1, Erinnerung um %2</translation>
    </message>
</context>
<context>
    <name>RegimenTimeline</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/timeline.py" line="+30"/>
        <source>Time line of your saved schedules</source>
        <translation>Zeitleiste Ihrer gespeicherten Einnahmepläne</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No schedules saved yet: add one below as your prescription says.</source>
        <translation>Noch keine Einnahmepläne gespeichert: Fügen Sie unten einen so hinzu, wie er verordnet ist.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loading</source>
        <translation>Aufsättigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maintenance</source>
        <translation>Erhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>fortlaufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dose logged (lapse)</source>
        <translation>keine Einnahme eingetragen (Lücke)</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <location filename="../../vdtracker/wording/alerts.py" line="-68"/>
        <source>today&apos;s dose</source>
        <translation>Ihre heutige Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was due %1 (%2). Taken, snooze, or skip?</source>
        <translation>Sie war am %1 fällig (%2). Eingenommen, später erinnern oder auslassen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due now, as your saved schedule says. Taken, snooze, or skip?</source>
        <translation>Jetzt fällig laut Ihrem gespeicherten Einnahmeplan. Eingenommen, später erinnern oder auslassen?</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n items in VD Tracker need a look</source>
        <translation>
            <numerusform>%n Eintrag in VD Tracker braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Einträge in VD Tracker brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n doses on your saved schedules are open</source>
        <translation>
            <numerusform>%n Dosis aus Ihren gespeicherten Einnahmeplänen ist offen</numerusform>
            <numerusform>%n Dosen aus Ihren gespeicherten Einnahmeplänen sind offen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open VD Tracker to answer them.</source>
        <translation>Öffnen Sie VD Tracker, um sie zu beantworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, due %2</source>
        <translation>%1, fällig am %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: may have lapsed</source>
        <translation>%1: möglicherweise unterbrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n dose(s) with nothing logged</source>
        <translation>
            <numerusform>%1: für %n Dosis ist nichts eingetragen</numerusform>
            <numerusform>%1: für %n Dosen ist nichts eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clinician&apos;s retest date for %1: %2</source>
        <translation>Kontrolltermin Ihrer Ärztin oder Ihres Arztes für %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your Monday dose</source>
        <translation>Ihre Dosis am Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your Tuesday dose</source>
        <translation>Ihre Dosis am Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your Wednesday dose</source>
        <translation>Ihre Dosis am Mittwoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your Thursday dose</source>
        <translation>Ihre Dosis am Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your Friday dose</source>
        <translation>Ihre Dosis am Freitag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your Saturday dose</source>
        <translation>Ihre Dosis am Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your Sunday dose</source>
        <translation>Ihre Dosis am Sonntag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A saved schedule may have lapsed.</source>
        <translation>Ein gespeicherter Einnahmeplan ist möglicherweise unterbrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dose on your saved schedule was not logged.</source>
        <translation>Eine Dosis aus Ihrem gespeicherten Einnahmeplan wurde nicht eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your clinician&apos;s retest date is near or past.</source>
        <translation>Der Kontrolltermin Ihrer Ärztin oder Ihres Arztes steht bevor oder ist vorbei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Open VD Tracker to see it.</source>
        <translation>%1 Öffnen Sie VD Tracker, um es anzusehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder snoozed until %1.</source>
        <translation>Erinnerung verschoben bis %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/restore_dialog.py" line="+44"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the copy to put back. What is stored now is set aside first, in the backups folder: restoring that copy undoes this.</source>
        <translation>Wählen Sie die Kopie, die zurückgespielt werden soll. Was jetzt gespeichert ist, wird zuerst im Sicherungsordner beiseitegelegt: Wenn Sie diese Kopie wiederherstellen, machen Sie das rückgängig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no backups in %1 yet.</source>
        <translation>In %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose &amp;another file…</source>
        <translation>Andere &amp;Datei wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>automatic backup</source>
        <translation>automatische Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup you made</source>
        <translation>von Ihnen angelegte Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set aside before a restore</source>
        <translation>vor einer Wiederherstellung beiseitegelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy made before an update</source>
        <translation>Kopie vor einem Update</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 — cannot be restored (%3)</source>
        <translation>%1 · %2 — kann nicht wiederhergestellt werden (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore from a file</source>
        <translation>Aus einer Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VD Tracker backups (*.sqlite3);;All files (*)</source>
        <translation>VD-Tracker-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RetestBox</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/retest_box.py" line="+19"/>
        <source>Retest date your clinician set</source>
        <translation>Kontrolltermin Ihrer Ärztin oder Ihres Arztes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test to repeat</source>
        <translation>Zu wiederholende Untersuchung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retest date</source>
        <translation>Kontrolltermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set retest d&amp;ate</source>
        <translation>&amp;Kontrolltermin festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which test</source>
        <translation>&amp;Welche Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue</source>
        <translation>F&amp;ällig am</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No retest date saved.</source>
        <translation>Kein Kontrolltermin gespeichert.</translation>
    </message>
</context>
<context>
    <name>SavedNote</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/saved_note.py" line="+37"/>
        <source>What was just saved</source>
        <translation>Was gerade gespeichert wurde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it</source>
        <translation>Strg+Z macht die letzte Änderung rückgängig, Strg+Umschalt+Z wiederholt sie</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/score_field.py" line="+90"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 10; Delete clears it back to &quot;not rated&quot;</source>
        <translation>0 bis 10; Entf setzt auf „nicht bewertet“ zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, number from 0 to 10</source>
        <translation>%1, Zahl von 0 bis 10</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>0 to 10, e.g. %1</source>
        <translation>0 bis 10, z. B. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0 to %1</source>
        <translation>0 bis %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severe</source>
        <translation>stark</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../vdtracker/ui/pages/settings.py" line="+41"/>
        <source>Guideline profiles disagree with each other; whichever you pick is named next to every flag. Discuss your results with your clinician.</source>
        <translation>Die Profile der Leitlinien stimmen nicht miteinander überein; das von Ihnen gewählte Profil wird bei jeder Einordnung genannt. Besprechen Sie Ihre Ergebnisse mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows your system&apos;s light or dark theme.</source>
        <translation>Folgt dem hellen oder dunklen Design Ihres Systems.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start VD Tracker in the tray when I log in, so reminders run</source>
        <translation>VD Tracker beim Anmelden im Infobereich starten, damit Erinnerungen laufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the demo: it would change how your own computer starts.</source>
        <translation>Nicht in der Demo: Das würde ändern, wie Ihr eigener Computer startet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login entry starts a copy of VD Tracker that is no longer installed (%1). Tick the box to start this one at login instead.</source>
        <translation>Der Autostart-Eintrag startet eine Kopie von VD Tracker, die nicht mehr installiert ist (%1). Setzen Sie das Häkchen, damit stattdessen diese beim Anmelden startet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The range printed on each lab report (default)</source>
        <translation>Dem Referenzbereich des jeweiligen Laborbefunds (Standard)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: notifications hide supplement names.</source>
        <translation>Gespeichert: Benachrichtigungen verbergen die Namen der Präparate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: notifications show supplement names.</source>
        <translation>Gespeichert: Benachrichtigungen zeigen die Namen der Präparate.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not change the login setting: %1</source>
        <translation>Die Einstellung zum Start beim Anmelden konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>VD Tracker will start in the tray at login.</source>
        <translation>VD Tracker startet beim Anmelden im Infobereich.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Results are always kept exactly as printed; the display unit is used by charts and the printed summary. Until you choose one, it is the unit of your latest vitamin D report.</source>
        <translation>Laborwerte werden immer genau so gespeichert, wie sie im Befund stehen; die Anzeigeeinheit gilt für Diagramme und die gedruckte Zusammenfassung. Bis Sie eine wählen, ist es die Einheit Ihres letzten Vitamin-D-Befunds.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>VD Tracker will no longer start at login.</source>
        <translation>VD Tracker startet nicht mehr beim Anmelden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/shortcuts.py" line="+83"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keys that work in VD Tracker. A page&apos;s keys work while that page is shown.</source>
        <translation>Tasten, die in VD Tracker funktionieren. Die Tasten einer Seite funktionieren, solange diese Seite angezeigt wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In forms and questions</source>
        <translation>In Formularen und Rückfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next or the previous field</source>
        <translation>Das nächste oder das vorige Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field or button whose letter is underlined</source>
        <translation>Das Feld oder die Schaltfläche mit diesem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a question: its highlighted answer</source>
        <translation>In einer Rückfrage: die hervorgehobene Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a question without changing anything</source>
        <translation>Eine Rückfrage schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a text box with typing of its own: undo that typing first</source>
        <translation>In einem Textfeld mit eigener Eingabe: zuerst diese Eingabe rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Speaking</name>
    <message>
        <location filename="../../vdtracker/ui/speaking.py" line="+16"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message>
        <location filename="../../vdtracker/system_libs.py" line="+94"/>
        <source>vdtracker: the window cannot open: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set); start it in a desktop session, or use the command line (vdtracker --help).</source>
        <translation>vdtracker: Das Fenster kann nicht geöffnet werden: Hier gibt es keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); starten Sie VD Tracker in einer Desktop-Sitzung, oder verwenden Sie die Befehlszeile (vdtracker --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vdtracker: the window cannot open: Qt&apos;s %1 display plugin cannot find Qt&apos;s own libraries (%2); install VD Tracker again.</source>
        <translation>vdtracker: Das Fenster kann nicht geöffnet werden: Das Qt-Anzeige-Plugin %1 findet die eigenen Bibliotheken von Qt nicht (%2); installieren Sie VD Tracker neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vdtracker: the window cannot open: Qt&apos;s %1 display plugin needs system libraries missing here (%2); install them, then start VD Tracker again:</source>
        <translation>vdtracker: Das Fenster kann nicht geöffnet werden: Das Qt-Anzeige-Plugin %1 braucht Systembibliotheken, die hier fehlen (%2); installieren Sie sie und starten Sie VD Tracker dann erneut:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vdtracker: the window cannot open: Qt&apos;s %1 display plugin needs system libraries missing here (%2); install the packages that provide them, then start VD Tracker again.</source>
        <translation>vdtracker: Das Fenster kann nicht geöffnet werden: Das Qt-Anzeige-Plugin %1 braucht Systembibliotheken, die hier fehlen (%2); installieren Sie die Pakete, die sie bereitstellen, und starten Sie VD Tracker dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and the packages that provide %1</source>
        <translation>und die Pakete, die %1 bereitstellen</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/welcome.py" line="+46"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Noch offen</translation>
    </message>
</context>
<context>
    <name>StopEarlyDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/stop_early.py" line="+25"/>
        <source>Stop early</source>
        <translation>Vorzeitig beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop your saved schedule %1 (from %2) on %3: nothing of it is due from that day on, and the doses you logged stay in your diary. If you like, say why you stopped; it is kept with the stop and shown on your summary, for your next appointment. Undo takes it back.</source>
        <translation>Ihren gespeicherten Einnahmeplan %1 (ab %2) am %3 beenden: Ab diesem Tag ist davon nichts mehr fällig, und die eingetragenen Dosen bleiben in Ihrem Tagebuch. Wenn Sie möchten, geben Sie an, warum Sie beendet haben; es wird mit dem Beenden gespeichert und auf Ihrer Zusammenfassung für den nächsten Termin gezeigt. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Why (optional)</source>
        <translation>&amp;Grund (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. worried about taking too much</source>
        <translation>z. B. Sorge, zu viel einzunehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on why you stopped</source>
        <translation>Notiz, warum Sie beendet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
</context>
<context>
    <name>StoppedTakingDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/stopped_taking.py" line="+23"/>
        <source>I had stopped taking it</source>
        <translation>Ich hatte die Einnahme unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a record of the time you did not take %1. Every due date in that time with nothing logged then counts as not taken, not as missed, and the time stays in your diary. A dose you logged in it still counts. Undo takes it back.</source>
        <translation>Tragen Sie die Zeit ein, in der Sie %1 nicht eingenommen haben. Jeder Fälligkeitstag in dieser Zeit ohne Eintrag gilt dann als nicht eingenommen, nicht als versäumt, und die Zeit bleibt in Ihrem Tagebuch. Eine Dosis, die Sie darin eingetragen haben, zählt weiter. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first day you did not take it</source>
        <translation>Der erste Tag ohne Einnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day you did not take it</source>
        <translation>Der letzte Tag ohne Einnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why (optional)</source>
        <translation>&amp;Grund (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. worried about taking too much</source>
        <translation>z. B. Sorge, zu viel einzunehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
</context>
<context>
    <name>StorageWords</name>
    <message>
        <location filename="../../vdtracker/wording/reasons.py" line="+9"/>
        <source>The database is in use by another program (is VD Tracker open in another window?). Close it and try again; nothing was changed.</source>
        <translation>Die Datenbank wird von einem anderen Programm verwendet (ist VD Tracker in einem anderen Fenster geöffnet?). Schließen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full, so nothing was saved. Free some space and try again; what was saved before is unharmed.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie etwas Platz und versuchen Sie es erneut; was vorher gespeichert wurde, ist unversehrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file %1could not be read: it may be damaged or not a VD Tracker database. Put back a copy you kept, or choose another data folder; nothing was changed.</source>
        <translation>Die Datenbankdatei %1konnte nicht gelesen werden: Sie ist vielleicht beschädigt oder keine VD-Tracker-Datenbank. Spielen Sie eine aufbewahrte Kopie zurück oder wählen Sie einen anderen Datenordner; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data folder %1cannot be written (check its permissions or free space); nothing was changed.</source>
        <translation>In den Datenordner %1kann nicht geschrieben werden (prüfen Sie die Berechtigungen oder den freien Speicherplatz); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be brought up to date for this version of VD Tracker: some records point at records that are missing, so the update was stopped. Keep using the version you had, or put back a copy you kept; nothing was changed.</source>
        <translation>Die Datenbank konnte nicht für diese Version von VD Tracker aktualisiert werden: Einige Einträge verweisen auf Einträge, die fehlen, daher wurde die Aktualisierung abgebrochen. Verwenden Sie weiter Ihre bisherige Version oder spielen Sie eine aufbewahrte Kopie zurück; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data was written by a newer version of VD Tracker (database version %1). Install that version or newer to open it; nothing was changed.</source>
        <translation>Diese Daten wurden von einer neueren Version von VD Tracker geschrieben (Datenbankversion %1). Installieren Sie diese oder eine neuere Version, um sie zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database holds tables that are not VD Tracker&apos;s. Choose another data folder; nothing was changed.</source>
        <translation>Die Datenbank enthält Tabellen, die nicht zu VD Tracker gehören. Wählen Sie einen anderen Datenordner; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>StoryWords</name>
    <message>
        <location filename="../../vdtracker/wording/story.py" line="+46"/>
        <source>Over this diary, compared with its first %1 days (%2):</source>
        <translation>Im ganzen Tagebuch, verglichen mit den ersten %1 Tagen (%2):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %1 began on %2</source>
        <translation>Seit Beginn von %1 am %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, compared with the %n day(s) logged before it (%2):</source>
        <translation>
            <numerusform>%1, verglichen mit dem %n eingetragenen Tag davor (%2):</numerusform>
            <numerusform>%1, verglichen mit den %n eingetragenen Tagen davor (%2):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Since %1 began on %2: too few days since then to compare.</source>
        <translation>Seit Beginn von %1 am %2: seitdem zu wenige Tage für einen Vergleich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights with leg cramps a week</source>
        <translation>Nächte mit Beinkrämpfen pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp severity (0–10)</source>
        <translation>Stärke der Krämpfe (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disturbed by cramps (0–10)</source>
        <translation>Schlafstörung durch Krämpfe (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm episodes a week</source>
        <translation>Spasmus-Episoden pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm severity (0–10)</source>
        <translation>Stärke der Spasmen (0–10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the last 7 days</source>
        <translation>in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over the last 4 weeks</source>
        <translation>in den letzten 4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>too few days to compare (%1 logged before, at least %2 needed)</source>
        <translation>zu wenige Tage für einen Vergleich (%1 davor eingetragen, mindestens %2 nötig)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>too few days to compare (%1 logged %2, at least %3 needed)</source>
        <translation>zu wenige Tage für einen Vergleich (%1 eingetragen %2, mindestens %3 nötig)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: nothing logged before; %n logged %2.</source>
        <translation>
            <numerusform>%1: davor nichts eingetragen; %n Tag eingetragen %2.</numerusform>
            <numerusform>%1: davor nichts eingetragen; %n Tage eingetragen %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: nothing logged before; %2 %3 (%n day(s) logged).</source>
        <translation>
            <numerusform>%1: davor nichts eingetragen; %2 %3 (%n Tag eingetragen).</numerusform>
            <numerusform>%1: davor nichts eingetragen; %2 %3 (%n Tage eingetragen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %2 before (%n day(s) logged); nothing logged %3.</source>
        <translation>
            <numerusform>%1: %2 davor (%n Tag eingetragen); nichts eingetragen %3.</numerusform>
            <numerusform>%1: %2 davor (%n Tage eingetragen); nichts eingetragen %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 before (%n day(s) logged)</source>
        <translation>
            <numerusform>%1 davor (%n Tag eingetragen)</numerusform>
            <numerusform>%1 davor (%n Tage eingetragen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 %2 (%n day(s) logged)</source>
        <translation>
            <numerusform>%1 %2 (%n Tag eingetragen)</numerusform>
            <numerusform>%1 %2 (%n Tage eingetragen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pain has risen: the last 14 days average %1, %2 points higher than the best 14 days since %3 began on %4 (%5, %6).</source>
        <translation>Der Schmerz ist gestiegen: Die letzten 14 Tage liegen im Mittel bei %1 und damit %2 Punkte höher als die besten 14 Tage seit Beginn von %3 am %4 (%5, %6).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best 14 days of pain since %1 began on %2: %3 (%4).</source>
        <translation>Die besten 14 Tage beim Schmerz seit Beginn von %1 am %2: %3 (%4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the course</source>
        <translation>der Behandlung</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>no dose logged since %1 (%n day(s))</source>
        <translation>
            <numerusform>seit %1 keine Einnahme eingetragen (%n Tag)</numerusform>
            <numerusform>seit %1 keine Einnahme eingetragen (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no dose logged %1 (%n day(s))</source>
        <translation>
            <numerusform>keine Einnahme eingetragen %1 (%n Tag)</numerusform>
            <numerusform>keine Einnahme eingetragen %1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+7"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-59"/>
        <source>%1, compared with the first days logged around it, %n day(s) before it and course days 1–%2 (%3):</source>
        <translation>
            <numerusform>%1, verglichen mit den ersten eingetragenen Tagen um den Beginn, %n Tag davor und Behandlungstage 1–%2 (%3):</numerusform>
            <numerusform>%1, verglichen mit den ersten eingetragenen Tagen um den Beginn, %n Tage davor und Behandlungstage 1–%2 (%3):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, compared with course days %2–%3, the first days logged (%4):</source>
        <translation>%1, verglichen mit den Behandlungstagen %2–%3, den ersten eingetragenen Tagen (%4):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>too few days to compare (%1 logged in those first days, at least %2 needed)</source>
        <translation>zu wenige Tage für einen Vergleich (%1 in diesen ersten Tagen eingetragen, mindestens %2 nötig)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 % higher.</source>
        <translation>%1 — %2 % höher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % lower</source>
        <translation>%1 % niedriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at or above the research benchmark of 50 % (IMMPACT) for a substantial change</source>
        <translation>erreicht den Richtwert aus Studien von 50 % (IMMPACT) für eine deutliche Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or above the research benchmark of 30 % (IMMPACT) for a moderate change</source>
        <translation>erreicht den Richtwert aus Studien von 30 % (IMMPACT) für eine mäßige Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the research benchmark of 30 % (IMMPACT)</source>
        <translation>unter dem Richtwert aus Studien von 30 % (IMMPACT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2; %3.</source>
        <translation>%1 — %2; %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pain has risen: the last 14 days average %1, %2 points higher than the best 14 days in this diary (%3, %4).</source>
        <translation>Der Schmerz ist gestiegen: Die letzten 14 Tage liegen im Mittel bei %1 und damit %2 Punkte höher als die besten 14 Tage in diesem Tagebuch (%3, %4).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Best 14 days of pain in this diary: %1 (%2).</source>
        <translation>Die besten 14 Tage beim Schmerz in diesem Tagebuch: %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last 14 days average %1.</source>
        <translation>Die letzten 14 Tage liegen im Mittel bei %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; you had stopped taking it (%2)</source>
        <translation>%1; Sie hatten die Einnahme unterbrochen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; you had stopped taking it</source>
        <translation>%1; Sie hatten die Einnahme unterbrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” (note of %2)</source>
        <translation>„%1“ (Notiz vom %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was noted around then:</source>
        <translation>Was um diese Zeit notiert wurde:</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../vdtracker/ui/summary/options_dialog.py" line="+62"/>
        <source>Choose the period the summary covers and what to add to it. The name, date of birth, questions and paper size are kept for next time on this computer.</source>
        <translation>Wählen Sie den Zeitraum der Zusammenfassung und was hinzukommt. Name, Geburtsdatum, Fragen und Papierformat bleiben für das nächste Mal auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name on the summary (optional)</source>
        <translation>Ihr Name auf der Zusammenfassung (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your date of birth (optional)</source>
        <translation>Ihr Geburtsdatum (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions for my clinician, one a line</source>
        <translation>Fragen an meine Ärztin oder meinen Arzt, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions for my clinician</source>
        <translation>&amp;Fragen an meine Ärztin / meinen Arzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic (%1 here)</source>
        <translation>Automatisch (hier %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper si&amp;ze</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Preview and print…</source>
        <translation>Vorschau und &amp;drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern …</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>One question a line; %1 of %2 characters</source>
        <translation>Eine Frage pro Zeile; %1 von %2 Zeichen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The period starts after it ends: choose a “From” date on or before %1.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende: Wählen Sie als „Von“-Datum spätestens den %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of birth: “%1” is not a date; %2.</source>
        <translation>Geburtsdatum: „%1“ ist kein Datum; %2.</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+99"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <location filename="../../vdtracker/wording/summary.py" line="+18"/>
        <source>Summary for my appointment</source>
        <translation>Zusammenfassung für meinen Termin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period %1 – %2 · printed %3</source>
        <translation>Zeitraum %1 – %2 · gedruckt am %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As they were on %1, the period&apos;s last day.</source>
        <translation>So, wie sie am %1 waren, dem letzten Tag des Zeitraums.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printed %1</source>
        <translation>gedruckt am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient diary — not a medical record; values as entered by the patient.</source>
        <translation>Patiententagebuch — keine ärztliche Dokumentation; Werte wie von der Patientin oder dem Patienten eingetragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedules</source>
        <translation>Einnahmepläne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts in force</source>
        <translation>Aktuelle Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions for my clinician</source>
        <translation>Fragen an meine Ärztin / meinen Arzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other lab results</source>
        <translation>Weitere Laborwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes in this period</source>
        <translation>Notizen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this was calculated</source>
        <translation>So wurde gerechnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth: %1</source>
        <translation>Geburtsdatum: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As printed</source>
        <translation>Wie im Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other unit</source>
        <translation>Andere Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report&apos;s range</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>25(OH)D</source>
        <translation>25(OH)D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B12</source>
        <translation>B12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PTH</source>
        <translation>PTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>below range</source>
        <translation>unterhalb des Referenzbereichs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above range</source>
        <translation>oberhalb des Referenzbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within range</source>
        <translation>im Referenzbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed as a limit: may be in or out of range</source>
        <translation>im Befund als Grenzwert angegeben: kann innerhalb oder außerhalb des Referenzbereichs liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In italics: the last result before the period, where it started.</source>
        <translation>Kursiv: der letzte Wert vor dem Zeitraum, der Ausgangswert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day&apos;s diary</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a dose</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab result</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping a schedule</source>
        <translation>Beenden eines Einnahmeplans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time not taken</source>
        <translation>Einnahmepause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinician&apos;s decision</source>
        <translation>ärztliche Entscheidung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vitamin D, B12, PTH or calcium result in this period; other results follow below.</source>
        <translation>Kein Vitamin-D-, B12-, PTH- oder Calciumwert in diesem Zeitraum; weitere Laborwerte folgen unten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – open-ended</source>
        <translation>%1 – unbefristet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 logged on the due date</source>
        <translation>%1 von %2 am Fälligkeitstag eingetragen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %2 logged within %n day(s) of the due date</source>
        <translation>
            <numerusform>%1 von %2 im Abstand von höchstens %n Tag zum Fälligkeitstag eingetragen</numerusform>
            <numerusform>%1 von %2 im Abstand von höchstens %n Tagen zum Fälligkeitstag eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>stopped on %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped on %1 (%2)</source>
        <translation>beendet am %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved after the dose taken on %1; the next row carries it on</source>
        <translation>nach der am %1 eingenommenen Dosis verlegt; die nächste Zeile setzt ihn fort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved after the dose taken on %1; it carries on after the end of this summary</source>
        <translation>nach der am %1 eingenommenen Dosis verlegt; der Einnahmeplan läuft nach dem Ende dieser Zusammenfassung weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replaced by the course that began on %1</source>
        <translation>abgelöst durch die Behandlung, die am %1 begann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing logged in the diary in this period.</source>
        <translation>In diesem Zeitraum ist nichts im Tagebuch eingetragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dose counts for a due date when it is logged within its grace window: the same day for daily schedules, 1 day either side for twice-weekly, 2 days for weekly. Late: logged within 3 days after the window. Missed: nothing logged by the end of the window. Before and now: each course is compared over the days the diary covers in the 4 weeks before it started (or, when fewer than 7 were logged before it, the diary&apos;s first 7 days, up to 14 until 7 are logged, course days among them) and the last 4 weeks (pain: the last 7 days). A rate a week = events ÷ days with an entry × 7 (a day without an entry is unknown, not none), at least 7 days; a mean needs at least 3 days with a value, otherwise: too few days to compare. Best 14 days: the lowest 14-day mean pain since the course began (at least 4 days logged). Percent change = (before − now) / before × 100. Research benchmarks (IMMPACT: moderate from 30 %, substantial from 50 %) are context, not targets. Lab flags use the range printed on each report. A chart of your diary shows what happened together, not what caused it.</source>
        <translation>Eine Dosis zählt für einen Fälligkeitstag, wenn sie innerhalb ihres Zeitfensters eingetragen ist: am selben Tag bei täglichen Einnahmeplänen, 1 Tag davor oder danach bei zweimal wöchentlichen, 2 Tage bei wöchentlichen. Verspätet: innerhalb von 3 Tagen nach dem Zeitfenster eingetragen. Versäumt: bis zum Ende des Zeitfensters nichts eingetragen. Davor und jetzt: Jede Behandlung wird über die Tage verglichen, die das Tagebuch in den 4 Wochen vor ihrem Beginn abdeckt (oder, wenn davor weniger als 7 eingetragen sind, über die ersten 7 Tage des Tagebuchs, bis zu 14, bis 7 eingetragen sind, Behandlungstage eingeschlossen), und über die letzten 4 Wochen (Schmerz: die letzten 7 Tage). Eine Häufigkeit pro Woche = Ereignisse ÷ Tage mit einem Eintrag × 7 (ein Tag ohne Eintrag ist unbekannt, nicht null), mindestens 7 Tage; ein Mittelwert braucht mindestens 3 Tage mit einem Wert, sonst: zu wenige Tage für einen Vergleich. Beste 14 Tage: der niedrigste 14-Tage-Mittelwert des Schmerzes seit Beginn der Behandlung (mindestens 4 Tage eingetragen). Prozentuale Veränderung = (davor − jetzt) / davor × 100. Richtwerte aus Studien (IMMPACT: mäßig ab 30 %, deutlich ab 50 %) sind Einordnung, keine Ziele. Die Einordnung der Laborwerte richtet sich nach dem Referenzbereich auf dem jeweiligen Befund. Eine Grafik Ihres Tagebuchs zeigt, was zusammen geschah, nicht was es verursacht hat.</translation>
    </message>
    <message numerus="yes">
        <location line="-42"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n verspätet</numerusform>
            <numerusform>%n verspätet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n versäumt</numerusform>
            <numerusform>%n versäumt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not taken (you had stopped)</source>
        <translation>
            <numerusform>%n nicht eingenommen (Einnahme unterbrochen)</numerusform>
            <numerusform>%n nicht eingenommen (Einnahme unterbrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n noch offen</numerusform>
            <numerusform>%n noch offen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>your clinician prescribed no maintenance after it (said %1)</source>
        <translation>danach hat Ihre Ärztin oder Ihr Arzt keine Erhaltungsdosis verordnet (mitgeteilt am %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No schedule ran in this period.</source>
        <translation>In diesem Zeitraum lief kein Einnahmeplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab result in this period.</source>
        <translation>Kein Laborwert in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alert in force.</source>
        <translation>Kein aktueller Hinweis.</translation>
    </message>
</context>
<context>
    <name>SupplementsPage</name>
    <message>
        <location filename="../../vdtracker/ui/pages/supplements.py" line="+52"/>
        <source>Saved schedules</source>
        <translation>Gespeicherte Einnahmepläne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the ne&amp;xt phase…</source>
        <translation>&amp;Nächste Phase anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date the schedule stopped</source>
        <translation>Datum, an dem der Einnahmeplan beendet wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top early on this date</source>
        <translation>An diesem Datum &amp;vorzeitig beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (entered &amp;by mistake)</source>
        <translation>&amp;Löschen (versehentlich eingetragen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the schedule; the doses you logged for it stay in your history. Undo with Ctrl+Z.</source>
        <translation>Entfernt den Einnahmeplan; die dazu eingetragenen Dosen bleiben in Ihrem Verlauf. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save schedu&amp;le</source>
        <translation>Einnahmeplan &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the schedule typed</source>
        <translation>Den eingegebenen Einnahmeplan speichern</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The schedule you typed and had not saved yet is back in the form below (the window was closed or the app stopped before you saved). Save it, or discard it.</source>
        <translation>Der Einnahmeplan, den Sie eingegeben und noch nicht gespeichert hatten, steht wieder im Formular unten (das Fenster wurde geschlossen oder die App beendet, bevor Sie gespeichert haben). Speichern Sie ihn oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Stop date</source>
        <translation>Datum der Beendigung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the schedule %1 from %2</source>
        <translation>Einnahmeplan %1 ab %2 löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted: %1 from %2; %3.</source>
        <translation>Gelöscht: %1 ab %2; %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted: %1 from %2; %3. Undo with Ctrl+Z.</source>
        <translation>Gelöscht: %1 ab %2; %3. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted: %1 from %2.</source>
        <translation>Gelöscht: %1 ab %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted: %1 from %2. Undo with Ctrl+Z.</source>
        <translation>Gelöscht: %1 ab %2. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The schedule typed on Supplements is not saved yet.</source>
        <translation>Der unter „Präparate“ eingegebene Einnahmeplan ist noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/supply_dialog.py" line="+45"/>
        <source>Count what I have</source>
        <translation>Zählen, was ich habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pack</source>
        <translation>Packung hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the units you have now (capsules, tablets, drops …): the app takes off each dose you log and says how far the rest goes at your saved schedules.</source>
        <translation>Zählen Sie die Einheiten, die Sie jetzt haben (Kapseln, Tabletten, Tropfen …): Die App zieht jede eingetragene Einnahme ab und sagt, wie weit der Rest nach Ihren gespeicherten Einnahmeplänen reicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many units are in the pack you bought: they are added to what you have.</source>
        <translation>Wie viele Einheiten in der gekauften Packung sind: Sie werden zu Ihrem Vorrat hinzugezählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>Supplement</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Su&amp;pplement</source>
        <translation>&amp;Präparat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of units</source>
        <translation>Anzahl der Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of units in the pack</source>
        <translation>Anzahl der Einheiten in der Packung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Form</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Count</source>
        <translation>&amp;Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Units in the pack</source>
        <translation>&amp;Einheiten in der Packung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount one unit holds (optional)</source>
        <translation>Wirkstoffmenge je Einheit (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as on the pack (optional)</source>
        <translation>wie auf der Packung (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit of what one unit holds</source>
        <translation>Maßeinheit der Wirkstoffmenge je Einheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Form</source>
        <translation>&amp;Darreichungsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unit &amp;holds</source>
        <translation>Eine Einheit &amp;enthält</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One unit holds</source>
        <translation>Eine Einheit enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>type a number, e.g. %1</source>
        <translation>bitte eine Zahl angeben, z. B. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type how many units you have</source>
        <translation>bitte angeben, wie viele Einheiten Sie haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type how many units are in the pack</source>
        <translation>bitte angeben, wie viele Einheiten in der Packung sind</translation>
    </message>
</context>
<context>
    <name>SupplyPanel</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/supply_panel.py" line="+34"/>
        <source>What I have</source>
        <translation>Mein Vorrat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing counted yet. Count the capsules, tablets or drops you have, and the app says how far they go at your saved schedules.</source>
        <translation>Noch nichts gezählt. Zählen Sie Ihre Kapseln, Tabletten oder Tropfen, und die App sagt, wie weit sie nach Ihren gespeicherten Einnahmeplänen reichen.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Count what &amp;I have…</source>
        <translation>Vorrat &amp;zählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pac&amp;k…</source>
        <translation>Pac&amp;kung hinzufügen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing counted yet. Once a schedule is saved below, count what you have of it here, and the app says how far it goes.</source>
        <translation>Noch nichts gezählt. Sobald unten ein Einnahmeplan gespeichert ist, zählen Sie hier Ihren Vorrat dafür, und die App sagt, wie weit er reicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count what you have first.</source>
        <translation>Zählen Sie zuerst Ihren Vorrat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2%3, %4</source>
        <translation>%1: %2%3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running low</source>
        <translation>Geht zur Neige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check this</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running low: %1</source>
        <translation>Geht zur Neige: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this: %1</source>
        <translation>Bitte prüfen: %1</translation>
    </message>
</context>
<context>
    <name>SupplyWords</name>
    <message>
        <location filename="../../vdtracker/wording/supplies.py" line="+45"/>
        <source>%1 capsules</source>
        <translation>%1 Kapseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tablets</source>
        <translation>%1 Tabletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 drops</source>
        <translation>%1 Tropfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ampoules</source>
        <translation>%1 Ampullen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capsule(s)</source>
        <translation>
            <numerusform>%n Kapsel</numerusform>
            <numerusform>%n Kapseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tablet(s)</source>
        <translation>
            <numerusform>%n Tablette</numerusform>
            <numerusform>%n Tabletten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drop(s)</source>
        <translation>
            <numerusform>%n Tropfen</numerusform>
            <numerusform>%n Tropfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ml</source>
        <translation>
            <numerusform>%n ml</numerusform>
            <numerusform>%n ml</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ampoule(s)</source>
        <translation>
            <numerusform>%n Ampulle</numerusform>
            <numerusform>%n Ampullen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of %1 %2 each</source>
        <translation> zu je %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted: %1, %2%3.</source>
        <translation>Gezählt: %1, %2%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added: %1 of %2.</source>
        <translation>Hinzugefügt: %1 %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the count of %1 (%2%3)</source>
        <translation>die Zählung von %1 (%2%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pack of %1 of %2</source>
        <translation>die Packung mit %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>capsules</source>
        <translation>Kapseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tablets</source>
        <translation>Tabletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops</source>
        <translation>Tropfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ampoules</source>
        <translation>Ampullen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of one %2 %3 capsule</source>
        <translation>%1 einer Kapsel mit %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of one %2 %3 tablet</source>
        <translation>%1 einer Tablette mit %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of one %2 %3 drop</source>
        <translation>%1 eines Tropfens mit %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of one %2 %3 ampoule</source>
        <translation>%1 einer Ampulle mit %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a dose of %1 %2 (your saved schedule) is %3: count each product under its own supplement name (for example &quot;%4 %1 %2&quot;)</source>
        <translation>eine Dosis von %1 %2 (Ihr gespeicherter Einnahmeplan) ist %3: Zählen Sie jedes Produkt unter einem eigenen Präparatnamen (zum Beispiel „%4 %1 %2“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a dose of %1 %2 (your saved schedule) is %3; count each product under its own supplement name</source>
        <translation>eine Dosis von %1 %2 (Ihr gespeicherter Einnahmeplan) ist %3; zählen Sie jedes Produkt unter einem eigenen Präparatnamen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how far it goes is not known: %1</source>
        <translation>wie lange der Vorrat reicht, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enough for the doses due until %1; from %2 not known: %3</source>
        <translation>reicht für die bis %1 fälligen Einnahmen; ab %2 nicht bekannt: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n logged dose(s) not taken off (not whole or half tablets)</source>
        <translation>
            <numerusform>%n eingetragene Einnahme nicht abgezogen (keine ganzen oder halben Tabletten)</numerusform>
            <numerusform>%n eingetragene Einnahmen nicht abgezogen (keine ganzen oder halben Tabletten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n logged dose(s) not taken off (not whole %1)</source>
        <translation>
            <numerusform>%n eingetragene Einnahme nicht abgezogen (keine ganzen %1)</numerusform>
            <numerusform>%n eingetragene Einnahmen nicht abgezogen (keine ganzen %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no saved schedule is due</source>
        <translation>kein gespeicherter Einnahmeplan ist fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>enough for more than %n year(s)</source>
        <translation>
            <numerusform>reicht für mehr als %n Jahr</numerusform>
            <numerusform>reicht für mehr als %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enough for every dose still due (the last on %1)</source>
        <translation>reicht für alle noch fälligen Einnahmen (die letzte am %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough for the next dose, due %1</source>
        <translation>reicht nicht für die nächste Einnahme, fällig am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enough until %1</source>
        <translation>reicht bis %1</translation>
    </message>
</context>
<context>
    <name>TakenOnDialog</name>
    <message>
        <location filename="../../vdtracker/ui/dialogs/taken_on.py" line="+22"/>
        <source>Taken on…</source>
        <translation>Eingenommen am…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day the dose was taken</source>
        <translation>Tag, an dem die Dosis eingenommen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time the dose was taken, if you remember it</source>
        <translation>Uhrzeit der Einnahme, falls Sie sie wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time, if you remember it</source>
        <translation>&amp;Uhrzeit, falls bekannt</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/time_field.py" line="+26"/>
        <source>Type the time, e.g. 21:30 or 2130</source>
        <translation>Uhrzeit eingeben, z. B. 21:30 oder 2130</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is later than now (%2): type the time it was taken</source>
        <translation>%1 ist später als jetzt (%2): bitte die Uhrzeit der Einnahme eingeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a time: type it like 21:30</source>
        <translation>„%1“ ist keine Uhrzeit: bitte wie 21:30 eingeben</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../vdtracker/ui/pages/today.py" line="+87"/>
        <location line="+130"/>
        <source>&amp;Save today&apos;s entry</source>
        <translation>Heutigen Eintrag &amp;speichern</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Save today&apos;s entry</source>
        <translation>Heutigen Eintrag speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why Save is unavailable</source>
        <translation>Warum Speichern nicht möglich ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the saved entry</source>
        <translation>Gespeicherten Eintrag beibehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the saved entry as it is and empty the form</source>
        <translation>Den gespeicherten Eintrag so lassen und das Formular leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save what is typed for the day</source>
        <translation>Das für den Tag Eingegebene speichern</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>What you typed for %1 and had not saved yet is back in the form below (the window was closed or the app stopped before you saved). Save it, or discard it.</source>
        <translation>Was Sie für %1 eingegeben und noch nicht gespeichert hatten, steht wieder im Formular unten (das Fenster wurde geschlossen oder die App beendet, bevor Sie gespeichert haben). Speichern Sie es oder verwerfen Sie es.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the entry for %1</source>
        <translation>Eintrag für %1 &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the change</source>
        <translation>Änderung &amp;speichern</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 takes %2: correct what was typed there.</source>
        <translation>%1: erlaubt ist %2; bitte das dort Eingegebene korrigieren.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The entry typed on Today for %1 is not saved yet.</source>
        <translation>Der unter „Heute“ für %1 eingegebene Eintrag ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save it before changing the saved entry, discard it, or go back to it?</source>
        <translation>Vor dem Ändern des gespeicherten Eintrags speichern, verwerfen oder zurück zur Eingabe?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1 (%2).</source>
        <translation>Gelöscht: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/pages/today_answers.py" line="+70"/>
        <source>It is %1 now: nothing was logged from the doses drawn before midnight. Answer again on the doses shown now.</source>
        <translation>Es ist jetzt %1: aus den vor Mitternacht angezeigten Einnahmen wurde nichts eingetragen. Bitte bei den jetzt angezeigten erneut antworten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When did you take the dose of %1 due on %2?</source>
        <translation>Wann haben Sie die am %2 fällige Dosis %1 eingenommen?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Marked as discussed with your clinician: it stays in the list as one line until the next result of this test is entered.</source>
        <translation>Als mit Ihrer Ärztin oder Ihrem Arzt besprochen markiert: Der Hinweis bleibt als eine Zeile in der Liste, bis der nächste Laborwert dieses Tests eingetragen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No longer marked as discussed.</source>
        <translation>Nicht mehr als besprochen markiert.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../vdtracker/ui/reminders/tray.py" line="+32"/>
        <source>VD Tracker: reminders from your saved schedules</source>
        <translation>VD Tracker: Erinnerungen aus Ihren gespeicherten Einnahmeplänen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open VD Tracker</source>
        <translation>VD Tracker öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit (no reminders until you start it again)</source>
        <translation>Beenden (keine Erinnerungen, bis Sie VD Tracker erneut starten)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../vdtracker/ui/charts/trend_chart.py" line="+271"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/charts/lab_marks.py" line="+35"/>
        <source>25(OH)D, serum vitamin D — no result yet; results you add on Labs appear here</source>
        <translation>25(OH)D, Vitamin D im Serum — noch kein Wert; Werte, die Sie unter „Laborwerte“ eintragen, erscheinen hier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>25(OH)D, serum vitamin D (%1)</source>
        <translation>25(OH)D, Vitamin D im Serum (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The range printed on your latest report</source>
        <translation>Der Referenzbereich auf Ihrem neuesten Befund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 as printed</source>
        <translation>%1: %2 wie im Befund</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: printed as %2 (beyond the test&apos;s limit)</source>
        <translation>%1: im Befund als %2 angegeben (außerhalb der Messgrenze)</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/charts/trend_chart.py" line="-29"/>
        <source>Schedules and doses logged</source>
        <translation>Einnahmepläne und eingetragene Einnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules — none ran in this period</source>
        <translation>Einnahmepläne — keiner lief in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules — none saved yet; those you add on Supplements appear here</source>
        <translation>Einnahmepläne — noch keiner gespeichert; Pläne, die Sie unter „Präparate“ anlegen, erscheinen hier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pain (0–10) — nothing logged yet; ratings you log on Today appear here</source>
        <translation>Schmerz (0–10) — noch nichts eingetragen; Werte, die Sie unter „Heute“ eintragen, erscheinen hier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leg cramps and spasm (count per day)</source>
        <translation>Beinkrämpfe und Spasmen (Anzahl pro Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps and spasm — none logged</source>
        <translation>Beinkrämpfe und Spasmen — keine eingetragen</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/charts/chart_key.py" line="+26"/>
        <source>loading course</source>
        <translation>Aufsättigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maintenance</source>
        <translation>Erhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>fortlaufend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dose logged</source>
        <translation>Einnahme eingetragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no dose logged (may have lapsed)</source>
        <translation>keine Einnahme eingetragen (evtl. unterbrochen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pain, mean of the day</source>
        <translation>Schmerz, Tagesmittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pain, 7-day mean</source>
        <translation>Schmerz, 7-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 result</source>
        <translation>%1-Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>range printed on your latest report</source>
        <translation>Referenzbereich auf Ihrem neuesten Befund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed as below (or above) the test&apos;s limit</source>
        <translation>im Befund als unter (oder über) der Messgrenze angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cramps in the night</source>
        <translation>nächtliche Beinkrämpfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spasm episodes</source>
        <translation>Spasmus-Episoden</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/charts/best_mark.py" line="+30"/>
        <source>Your best 14 days: mean %1 (%2 – %3)</source>
        <translation>Ihre besten 14 Tage: Mittelwert %1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>best 14 days %1</source>
        <translation>beste 14 Tage %1</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/charts/trend_chart.py" line="+70"/>
        <source>%1: mean %2, worst %3</source>
        <translation>%1: Mittelwert %2, stärkster %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pain %1 (worst %2)</source>
        <translation>Schmerz %1 (stärkster %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>7-day mean %1</source>
        <translation>7-Tage-Mittel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cramps %1</source>
        <translation>Krämpfe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm episodes %1</source>
        <translation>Spasmus-Episoden %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>latest 25(OH)D %1 on %2</source>
        <translation>neuester 25(OH)D-Wert %1 vom %2</translation>
    </message>
    <message>
        <location filename="../../vdtracker/ui/charts/lapse_marks.py" line="+60"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../vdtracker/ui/pages/trends.py" line="+65"/>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;B12</source>
        <translation>B&amp;12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PTH</source>
        <translation>&amp;PTH</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;NG…</source>
        <translation>P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;VG…</source>
        <translation>S&amp;VG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart as a PNG picture (white background, for printing)</source>
        <translation>Diagramm als PNG-Bild speichern (weißer Hintergrund, zum Drucken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart as an SVG drawing (white background, for printing)</source>
        <translation>Diagramm als SVG-Grafik speichern (weißer Hintergrund, zum Drucken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart of pain, cramps, spasm and vitamin D over time</source>
        <translation>Diagramm von Schmerz, Krämpfen, Spasmus und Vitamin D im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the mouse over the chart to read the values of a day.</source>
        <translation>Bewegen Sie die Maus über das Diagramm, um die Werte eines Tages zu lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own diary data. A chart shows what happened together, not what caused it (association is not causation); discuss it with your clinician.</source>
        <translation>Ihre eigenen Tagebuchdaten. Ein Diagramm zeigt, was gemeinsam auftrat, nicht, was es verursacht hat (ein Zusammenhang ist noch keine Ursache); besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to draw yet</source>
        <translation>Noch nichts zu zeichnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your trends appear here as one timeline: the pain, cramps and spasm you log on Today, the vitamin D results you add on Labs, and the schedules and doses from Supplements. After a few days you can compare two stretches of days and see how much your pain changed.</source>
        <translation>Hier erscheinen Ihre Verläufe auf einer Zeitachse: Schmerz, Krämpfe und Spasmen, die Sie unter „Heute“ eintragen, die Vitamin-D-Werte aus „Laborwerte“ und die Einnahmepläne und Einnahmen aus „Präparate“. Nach einigen Tagen können Sie zwei Zeiträume vergleichen und sehen, wie sich Ihr Schmerz verändert hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log a day on Today</source>
        <translation>Einen Tag unter Heute eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a lab result</source>
        <translation>Einen Laborwert eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a schedule</source>
        <translation>Einen Einnahmeplan anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change in pain between two stretches of days you choose</source>
        <translation>Veränderung des Schmerzes zwischen zwei von Ihnen gewählten Zeiträumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before: first day</source>
        <translation>Vorher: erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before: last day</source>
        <translation>Vorher: letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: first day</source>
        <translation>Jetzt: erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: last day</source>
        <translation>Jetzt: letzter Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Not enough pain entries in one of the stretches (at least 3 days each), or the first stretch averaged 0.</source>
        <translation>Zu wenige Schmerzeinträge in einem der Zeiträume (mindestens 3 Tage je Zeitraum), oder der erste Zeitraum hatte einen Mittelwert von 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at or above the 50 % that research (IMMPACT) calls a substantial change</source>
        <translation>mindestens 50 %, der Richtwert aus Studien (IMMPACT) für eine deutliche Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or above the 30 % that research (IMMPACT) calls a moderate change</source>
        <translation>mindestens 30 %, der Richtwert aus Studien (IMMPACT) für eine mäßige Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the 30 % research benchmark (IMMPACT) for a moderate change</source>
        <translation>weniger als 30 %, der Richtwert aus Studien (IMMPACT) für eine mäßige Veränderung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vdtracker-trends-%1</source>
        <translation>vdtracker-Diagramm-%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the chart to %1.</source>
        <translation>Diagramm unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>no improvement</source>
        <translation>keine Besserung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean pain %1 → %2: %3 % lower. Research context: %4.</source>
        <translation>Mittlerer Schmerz %1 → %2: %3 % niedriger. Zur Einordnung: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean pain %1 → %2: %3 % higher. Research context: %4.</source>
        <translation>Mittlerer Schmerz %1 → %2: %3 % höher. Zur Einordnung: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../../vdtracker/ui/undo_steps.py" line="+50"/>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not redone: %1</source>
        <translation>Nicht wiederholt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <location filename="../../vdtracker/ui/leaving.py" line="+26"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it before closing, discard it, or go back to it?</source>
        <translation>Vor dem Schließen speichern, verwerfen oder zurück zur Eingabe?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>ValueDelegate</name>
    <message>
        <location filename="../../vdtracker/ui/tables/value_delegate.py" line="+57"/>
        <source>Not changed: type the number as your language writes it, e.g. %1.</source>
        <translation>Nicht geändert: bitte die Zahl so eingeben, wie Ihre Sprache sie schreibt, z. B. %1.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/welcome.py" line="+13"/>
        <source>Welcome to your diary</source>
        <translation>Willkommen in Ihrem Tagebuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with what your clinician gave you: the schedule on your prescription and your latest lab report. Then log how you feel each day below.</source>
        <translation>Beginnen Sie mit dem, was Ihre Ärztin oder Ihr Arzt Ihnen gegeben hat: dem Einnahmeplan auf Ihrem Rezept und Ihrem letzten Laborbefund. Tragen Sie dann unten jeden Tag ein, wie es Ihnen geht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each schedule has a phase, as your prescription puts it:</source>
        <translation>Jeder Einnahmeplan hat eine Phase, so wie Ihr Rezept sie nennt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Loading: a course for a set time, such as a number of weeks.</source>
        <translation>• Aufsättigung: eine Behandlung für eine festgelegte Zeit, etwa einige Wochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Maintenance: the schedule that follows a loading course, often with no end date.</source>
        <translation>• Erhaltung: der Einnahmeplan mit der Erhaltungsdosis nach einer Aufsättigung, oft unbefristet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Ongoing: any other schedule you take regularly.</source>
        <translation>• Fortlaufend: jeder andere Einnahmeplan für ein Präparat, das Sie regelmäßig einnehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type doses exactly as prescribed: this diary never suggests a dose.</source>
        <translation>Tragen Sie Dosen genau wie verordnet ein: Dieses Tagebuch schlägt nie eine Dosis vor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add the first schedule from your prescription</source>
        <translation>Ersten Einnahmeplan vom Rezept &amp;anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the first la&amp;b result</source>
        <translation>Ersten Laborwert e&amp;intragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First schedule saved</source>
        <translation>Erster Einnahmeplan gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First lab result saved</source>
        <translation>Erster Laborwert gespeichert</translation>
    </message>
</context>
<context>
    <name>WhyBox</name>
    <message>
        <location filename="../../vdtracker/ui/widgets/why_box.py" line="+16"/>
        <source>I ran out</source>
        <translation>Mein Vorrat war aufgebraucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I felt better</source>
        <translation>Ich fühlte mich besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My clinician said so</source>
        <translation>Auf ärztlichen Rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Ein anderer Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you stopped</source>
        <translation>Warum Sie beendet haben</translation>
    </message>
</context>
</TS>
