<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/widgets/alert_banner.py" line="+131"/>
        <source>%n more date(s) after these: they are shown here once these are answered.</source>
        <translation>
            <numerusform>%n more date after these: it is shown here once these are answered.</numerusform>
            <numerusform>%n more dates after these: they are shown here once these are answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTitles</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/widgets/alert_titles.py" line="+28"/>
        <source>%1: %n dose(s) with nothing logged — taken or skipped?</source>
        <translation>
            <numerusform>%1: %n dose with nothing logged — taken or skipped?</numerusform>
            <numerusform>%1: %n doses with nothing logged — taken or skipped?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1: no dose logged for %n day(s) — log your doses or update the saved schedule</source>
        <translation>
            <numerusform>%1: no dose logged for %n day — log your doses or update the saved schedule</numerusform>
            <numerusform>%1: no dose logged for %n days — log your doses or update the saved schedule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/alerts.py" line="+92"/>
        <source>%n doses of your saved schedule (%1) have nothing logged since %2. If you took them, log them; if not, mark them skipped.</source>
        <translation>
            <numerusform>%n dose of your saved schedule (%1) has nothing logged since %2. If you took it, log it; if not, mark it skipped.</numerusform>
            <numerusform>%n doses of your saved schedule (%1) have nothing logged since %2. If you took them, log them; if not, mark them skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A dose was logged on %1, %n day(s) after the due date %2.</source>
        <translation>
            <numerusform>A dose was logged on %1, %n day after the due date %2.</numerusform>
            <numerusform>A dose was logged on %1, %n days after the due date %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+35"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/cli/words.py" line="+165"/>
        <source>Cannot be imported (%n problem(s)):</source>
        <translation>
            <numerusform>Cannot be imported (%n problem):</numerusform>
            <numerusform>Cannot be imported (%n problems):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> (and %n more: see the list above)</source>
        <translation>
            <numerusform> (and %n more: see the list above)</numerusform>
            <numerusform> (and %n more: see the list above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved: %n schedule(s) as calendar events in %1.</source>
        <translation>
            <numerusform>Saved: %n schedule as a calendar event in %1.</numerusform>
            <numerusform>Saved: %n schedules as calendar events in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/base.py" line="+50"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>every %n days</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/data_menu.py" line="+56"/>
        <source>Exported %n schedule(s) to the file below. Import it into your phone&apos;s calendar; a newer export updates the same events.</source>
        <translation>
            <numerusform>Exported %n schedule to the file below. Import it into your phone&apos;s calendar; a newer export updates the same events.</numerusform>
            <numerusform>Exported %n schedules to the file below. Import it into your phone&apos;s calendar; a newer export updates the same events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/entries.py" line="+39"/>
        <source>%n cramp(s) in the day %1</source>
        <translation>
            <numerusform>%n cramp in the day %1</numerusform>
            <numerusform>%n cramps in the day %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cramp(s) in the night of %1</source>
        <translation>
            <numerusform>%n cramp in the night of %1</numerusform>
            <numerusform>%n cramps in the night of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n spasm episode(s) (%1) on %2</source>
        <translation>
            <numerusform>%n spasm episode (%1) on %2</numerusform>
            <numerusform>%n spasm episodes (%1) on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n spasm episode(s) on %1</source>
        <translation>
            <numerusform>%n spasm episode on %1</numerusform>
            <numerusform>%n spasm episodes on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n dose(s) taken</source>
        <translation>
            <numerusform>%n dose taken</numerusform>
            <numerusform>%n doses taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dose(s) skipped</source>
        <translation>
            <numerusform>%n dose skipped</numerusform>
            <numerusform>%n doses skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>you had stopped taking %1 from %2 to %3; %n due date(s) in that time settled as not taken</source>
        <translation>
            <numerusform>you had stopped taking %1 from %2 to %3; %n due date in that time settled as not taken</numerusform>
            <numerusform>you had stopped taking %1 from %2 to %3; %n due dates in that time settled as not taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n daytime cramp(s)</source>
        <translation>
            <numerusform>%n daytime cramp</numerusform>
            <numerusform>%n daytime cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n night cramp(s)</source>
        <translation>
            <numerusform>%n night cramp</numerusform>
            <numerusform>%n night cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n spasm episode(s)</source>
        <translation>
            <numerusform>%n spasm episode</numerusform>
            <numerusform>%n spasm episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/pages/history.py" line="+136"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/dialogs/import_preview.py" line="+46"/>
        <source>%n record(s) cannot be imported. Nothing is imported until the file is corrected (or exported again):</source>
        <translation>
            <numerusform>%n record cannot be imported. Nothing is imported until the file is corrected (or exported again):</numerusform>
            <numerusform>%n records cannot be imported. Nothing is imported until the file is corrected (or exported again):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/notices.py" line="+40"/>
        <source>%1: no dose logged for %n day(s)</source>
        <translation>
            <numerusform>%1: no dose logged for %n day</numerusform>
            <numerusform>%1: no dose logged for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %n dose(s) with nothing logged</source>
        <translation>
            <numerusform>%1: %n dose with nothing logged</numerusform>
            <numerusform>%1: %n doses with nothing logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: %n item(s) need a look</source>
        <translation>
            <numerusform>%1: %n item needs a look</numerusform>
            <numerusform>%1: %n items need a look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n dose(s) open</source>
        <translation>
            <numerusform>%1: %n dose open</numerusform>
            <numerusform>%1: %n doses open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dose</numerusform>
            <numerusform>%n doses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastDosesQuestion</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/dialogs/past_doses.py" line="+37"/>
        <source>%n due date(s) between then and today have nothing logged. Mark the doses between then and today as taken, go through them one by one, or leave them open?</source>
        <translation>
            <numerusform>%n due date between then and today has nothing logged. Mark the doses between then and today as taken, go through them one by one, or leave them open?</numerusform>
            <numerusform>%n due dates between then and today have nothing logged. Mark the doses between then and today as taken, go through them one by one, or leave them open?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/reasons.py" line="+57"/>
        <source>use at most %n characters</source>
        <translation>
            <numerusform>use at most %n character</numerusform>
            <numerusform>use at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/records.py" line="+18"/>
        <source>%n supplement(s)</source>
        <translation>
            <numerusform>%n supplement</numerusform>
            <numerusform>%n supplements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n schedule</numerusform>
            <numerusform>%n schedules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dose</numerusform>
            <numerusform>%n doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clinician decision(s)</source>
        <translation>
            <numerusform>%n clinician decision</numerusform>
            <numerusform>%n clinician decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n time(s) not taken</source>
        <translation>
            <numerusform>%n time not taken</numerusform>
            <numerusform>%n times not taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pain rating(s)</source>
        <translation>
            <numerusform>%n pain rating</numerusform>
            <numerusform>%n pain ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cramp entr(y/ies)</source>
        <translation>
            <numerusform>%n cramp entry</numerusform>
            <numerusform>%n cramp entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n spasm entr(y/ies)</source>
        <translation>
            <numerusform>%n spasm entry</numerusform>
            <numerusform>%n spasm entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lab result(s)</source>
        <translation>
            <numerusform>%n lab result</numerusform>
            <numerusform>%n lab results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retest date(s)</source>
        <translation>
            <numerusform>%n retest date</numerusform>
            <numerusform>%n retest dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegimenForm</name>
    <message numerus="yes">
        <location filename="../../vdtracker/ui/widgets/regimen_form.py" line="+283"/>
        <source>%n dose(s) a week</source>
        <translation>
            <numerusform>%n dose a week</numerusform>
            <numerusform>%n doses a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>every %n week on %1</numerusform>
            <numerusform>every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1, %n dose(s), first on %2, last on %3</source>
        <translation>
            <numerusform>%1, %n dose, first on %2, last on %3</numerusform>
            <numerusform>%1, %n doses, first on %2, last on %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/alerts.py" line="+67"/>
        <source>%n items in VD Tracker need a look</source>
        <translation>
            <numerusform>%n item in VD Tracker needs a look</numerusform>
            <numerusform>%n items in VD Tracker need a look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n doses on your saved schedules are open</source>
        <translation>
            <numerusform>%n dose on your saved schedules is open</numerusform>
            <numerusform>%n doses on your saved schedules are open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n dose(s) with nothing logged</source>
        <translation>
            <numerusform>%1: %n dose with nothing logged</numerusform>
            <numerusform>%1: %n doses with nothing logged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/story.py" line="+55"/>
        <source>%1, compared with the %n day(s) logged before it (%2):</source>
        <translation>
            <numerusform>%1, compared with the %n day logged before it (%2):</numerusform>
            <numerusform>%1, compared with the %n days logged before it (%2):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, compared with the first days logged around it, %n day(s) before it and course days 1–%2 (%3):</source>
        <translation>
            <numerusform>%1, compared with the first days logged around it, %n day before it and course days 1–%2 (%3):</numerusform>
            <numerusform>%1, compared with the first days logged around it, %n days before it and course days 1–%2 (%3):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1: nothing logged before; %n logged %2.</source>
        <translation>
            <numerusform>%1: nothing logged before; %n logged %2.</numerusform>
            <numerusform>%1: nothing logged before; %n logged %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: nothing logged before; %2 %3 (%n day(s) logged).</source>
        <translation>
            <numerusform>%1: nothing logged before; %2 %3 (%n day logged).</numerusform>
            <numerusform>%1: nothing logged before; %2 %3 (%n days logged).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %2 before (%n day(s) logged); nothing logged %3.</source>
        <translation>
            <numerusform>%1: %2 before (%n day logged); nothing logged %3.</numerusform>
            <numerusform>%1: %2 before (%n days logged); nothing logged %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 before (%n day(s) logged)</source>
        <translation>
            <numerusform>%1 before (%n day logged)</numerusform>
            <numerusform>%1 before (%n days logged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 %2 (%n day(s) logged)</source>
        <translation>
            <numerusform>%1 %2 (%n day logged)</numerusform>
            <numerusform>%1 %2 (%n days logged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>no dose logged since %1 (%n day(s))</source>
        <translation>
            <numerusform>no dose logged since %1 (%n day)</numerusform>
            <numerusform>no dose logged since %1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no dose logged %1 (%n day(s))</source>
        <translation>
            <numerusform>no dose logged %1 (%n day)</numerusform>
            <numerusform>no dose logged %1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/summary.py" line="+97"/>
        <source>%1 of %2 logged within %n day(s) of the due date</source>
        <translation>
            <numerusform>%1 of %2 logged within %n day of the due date</numerusform>
            <numerusform>%1 of %2 logged within %n days of the due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not taken (you had stopped)</source>
        <translation>
            <numerusform>%n not taken (you had stopped)</numerusform>
            <numerusform>%n not taken (you had stopped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplyWords</name>
    <message numerus="yes">
        <location filename="../../vdtracker/wording/supplies.py" line="+49"/>
        <source>%n capsule(s)</source>
        <translation>
            <numerusform>%n capsule</numerusform>
            <numerusform>%n capsules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tablet(s)</source>
        <translation>
            <numerusform>%n tablet</numerusform>
            <numerusform>%n tablets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drop(s)</source>
        <translation>
            <numerusform>%n drop</numerusform>
            <numerusform>%n drops</numerusform>
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
            <numerusform>%n ampoule</numerusform>
            <numerusform>%n ampoules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n logged dose(s) not taken off (not whole or half tablets)</source>
        <translation>
            <numerusform>%n logged dose not taken off (not whole or half tablets)</numerusform>
            <numerusform>%n logged doses not taken off (not whole or half tablets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n logged dose(s) not taken off (not whole %1)</source>
        <translation>
            <numerusform>%n logged dose not taken off (not whole %1)</numerusform>
            <numerusform>%n logged doses not taken off (not whole %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>enough for more than %n year(s)</source>
        <translation>
            <numerusform>enough for more than %n year</numerusform>
            <numerusform>enough for more than %n years</numerusform>
        </translation>
    </message>
</context>
</TS>
