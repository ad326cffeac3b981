<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Calendar of the last 52 weeks</source>
        <translation>Kalender der letzten 52 Wochen</translation>
    </message>
    <message numerus="yes">
        <source>%n active day(s) in the last 52 weeks</source>
        <translation>
            <numerusform>%n aktiver Tag in den letzten 52 Wochen</numerusform>
            <numerusform>%n aktive Tage in den letzten 52 Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no session</source>
        <translation>{day}: keine Einheit</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s), {minutes} min</source>
        <translation>
            <numerusform>{day}: %n Einheit, {minutes} Min.</numerusform>
            <numerusform>{day}: %n Einheiten, {minutes} Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>less</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>darkest: more than 1.5 × a day&apos;s share of the goal ({minutes} min)</source>
        <translation>am dunkelsten: mehr als das 1,5-Fache des Tagesanteils am Ziel ({minutes} Min.)</translation>
    </message>
</context>
<context>
    <name>CameraWords</name>
    <message>
        <source>You can open a photo file instead.</source>
        <translation>Du kannst stattdessen eine Fotodatei öffnen.</translation>
    </message>
    <message>
        <source>No camera was found on this computer. {file_instead}</source>
        <translation>Auf diesem Computer wurde keine Kamera gefunden. {file_instead}</translation>
    </message>
    <message>
        <source>HipDesk is not allowed to use the camera. Allow it in your system&apos;s privacy settings and try again. {file_instead}</source>
        <translation>HipDesk darf die Kamera nicht benutzen. Erlaube es in den Datenschutzeinstellungen deines Systems und versuch es noch einmal. {file_instead}</translation>
    </message>
    <message>
        <source>The camera cannot be used: {problem}. {file_instead}</source>
        <translation>Die Kamera lässt sich nicht benutzen: {problem}. {file_instead}</translation>
    </message>
    <message>
        <source>The camera could not be used (the system said: {message}). Another program, such as a video call, may be using it: close it and try again. {file_instead}</source>
        <translation>Die Kamera ließ sich nicht benutzen (das System meldete: {message}). Vielleicht benutzt sie ein anderes Programm, etwa ein Videoanruf: Schließ es und versuch es noch einmal. {file_instead}</translation>
    </message>
    <message>
        <source>The camera could not be used. Another program, such as a video call, may be using it: close it and try again. {file_instead}</source>
        <translation>Die Kamera ließ sich nicht benutzen. Vielleicht benutzt sie ein anderes Programm, etwa ein Videoanruf: Schließ es und versuch es noch einmal. {file_instead}</translation>
    </message>
    <message>
        <source>The camera did not take the photo (the system said: {message}). Try again, or open a photo file instead.</source>
        <translation>Die Kamera hat das Foto nicht aufgenommen (das System meldete: {message}). Versuch es noch einmal oder öffne stattdessen eine Fotodatei.</translation>
    </message>
    <message>
        <source>The camera did not take the photo. Try again, or open a photo file instead.</source>
        <translation>Die Kamera hat das Foto nicht aufgenommen. Versuch es noch einmal oder öffne stattdessen eine Fotodatei.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Not advised for you: {concerns} Skip this check, or keep within: {adapt}</source>
        <translation>Für dich nicht empfohlen: {concerns} Überspring diesen Test oder bleib innerhalb dieser Grenzen: {adapt}</translation>
    </message>
    <message>
        <source>Not advised for you</source>
        <translation>Für dich nicht empfohlen</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>How to do the {check} check</source>
        <translation>So geht der Test „{check}“</translation>
    </message>
    <message>
        <source>How to measure</source>
        <translation>So misst du</translation>
    </message>
</context>
<context>
    <name>CheckReminderBar</name>
    <message>
        <source>Weekly check reminder</source>
        <translation>Erinnerung an den Wochentest</translation>
    </message>
    <message>
        <source>Start check</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Start the weekly mobility check</source>
        <translation>Den wöchentlichen Beweglichkeitstest starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hide the weekly check reminder for now</source>
        <translation>Die Erinnerung an den Wochentest vorerst ausblenden</translation>
    </message>
    <message>
        <source>Take a first weekly mobility check: about ten minutes, and it shows where to focus.</source>
        <translation>Mach einen ersten wöchentlichen Beweglichkeitstest: etwa zehn Minuten, und er zeigt, worauf du achten solltest.</translation>
    </message>
    <message numerus="yes">
        <source>Your last mobility check was %n day(s) ago. A few minutes now shows how you are moving.</source>
        <translation>
            <numerusform>Dein letzter Beweglichkeitstest war vor %n Tag. Ein paar Minuten jetzt zeigen, wie beweglich du bist.</numerusform>
            <numerusform>Dein letzter Beweglichkeitstest war vor %n Tagen. Ein paar Minuten jetzt zeigen, wie beweglich du bist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>Left {value}</source>
        <translation>Links {value}</translation>
    </message>
    <message>
        <source>Right {value}</source>
        <translation>Rechts {value}</translation>
    </message>
</context>
<context>
    <name>CommandWords</name>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Sitting breaks are on</source>
        <translation>Sitzpausen sind an</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <source>Next reminder: {when}, once {app} runs</source>
        <translation>Nächste Erinnerung: {when}, sobald {app} läuft</translation>
    </message>
    <message>
        <source>{app} is not running (data folder {folder}).</source>
        <translation>{app} läuft nicht (Datenordner {folder}).</translation>
    </message>
    <message>
        <source>Held: no</source>
        <translation>Zurückgehalten: nein</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n minute(s) of practice</source>
        <translation>
            <numerusform>Heute: %n Minute Training</numerusform>
            <numerusform>Heute: %n Minuten Training</numerusform>
        </translation>
    </message>
    <message>
        <source>{app} does not know the command {command} (a different version?)</source>
        <translation>{app} kennt den Befehl {command} nicht (eine andere Version?)</translation>
    </message>
    <message>
        <source>No routine is called {wanted}. The routines are: {known}.</source>
        <translation>Keine Routine heißt {wanted}. Die Routinen sind: {known}.</translation>
    </message>
    <message>
        <source>Playing {routine}.</source>
        <translation>{routine} läuft.</translation>
    </message>
    <message>
        <source>{app} has not finished starting; try again in a moment.</source>
        <translation>{app} ist noch nicht fertig gestartet; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Snooze for 1 to 1440 minutes.</source>
        <translation>Schlummern für 1 bis 1440 Minuten.</translation>
    </message>
    <message>
        <source>Reminders snoozed until {time}.</source>
        <translation>Erinnerungen schlummern bis {time}.</translation>
    </message>
    <message>
        <source>Pause reminders for a minute to a day.</source>
        <translation>Erinnerungen für eine Minute bis einen Tag pausieren.</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Erinnerungen pausiert bis {time}.</translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow {time}.</source>
        <translation>Erinnerungen pausiert bis morgen {time}.</translation>
    </message>
    <message>
        <source>Reminders are on again.</source>
        <translation>Erinnerungen sind wieder an.</translation>
    </message>
    <message>
        <source>{app} is running (data folder {folder}).</source>
        <translation>{app} läuft (Datenordner {folder}).</translation>
    </message>
    <message>
        <source>Reminders: starting</source>
        <translation>Erinnerungen: starten gerade</translation>
    </message>
    <message>
        <source>Held: yes, {reason}</source>
        <translation>Zurückgehalten: ja, {reason}</translation>
    </message>
</context>
<context>
    <name>CompanionTray</name>
    <message>
        <source>{app} tray menu</source>
        <translation>{app}-Menü im Infobereich</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <source>Snooze 30 minutes</source>
        <translation>30 Minuten schlummern</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 Stunde schlummern</translation>
    </message>
    <message>
        <source>Snooze for today</source>
        <translation>Für heute schlummern</translation>
    </message>
    <message>
        <source>Pause reminders for</source>
        <translation>Erinnerungen pausieren für</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit {app}</source>
        <translation>{app} beenden</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Eine Routine starten</translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation>Zum Starten klicken.</translation>
    </message>
</context>
<context>
    <name>CompanionWords</name>
    <message>
        <source>{app} is still running</source>
        <translation>{app} läuft noch</translation>
    </message>
    <message>
        <source>Your reminders stay on. Open {app} or quit it from this icon.</source>
        <translation>Deine Erinnerungen bleiben an. Öffne oder beende {app} über dieses Symbol.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Open {app} to start.</source>
        <translation>Öffne {app}, um zu starten.</translation>
    </message>
</context>
<context>
    <name>CompletionWords</name>
    <message>
        <source>About {done} % of the planned work was done: most of it was skipped, so this session is kept as partial and does not count toward your day streak (a session counts from {needed} % of its work).</source>
        <translation>Etwa {done} % der geplanten Arbeit wurden geschafft: Das meiste wurde übersprungen, deshalb zählt diese Einheit als teilweise und nicht für deine Tage in Folge (eine Einheit zählt ab {needed} % ihrer Arbeit).</translation>
    </message>
    <message>
        <source>About {done} % of the planned work was done before the session ended early, so it is kept as partial and does not count toward your streak.</source>
        <translation>Etwa {done} % der geplanten Arbeit wurden geschafft, bevor die Einheit vorzeitig endete; deshalb zählt sie als teilweise und nicht für deine Serie.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>the PulseAudio client library (libpulse0) is not installed</source>
        <translation>die PulseAudio-Clientbibliothek (libpulse0) ist nicht installiert</translation>
    </message>
    <message>
        <source>no audio device</source>
        <translation>kein Audiogerät</translation>
    </message>
    <message>
        <source>no speech engine (install speech-dispatcher)</source>
        <translation>keine Sprachausgabe (installiere speech-dispatcher)</translation>
    </message>
    <message>
        <source>speech-dispatcher is installed but did not answer (is its service running?)</source>
        <translation>speech-dispatcher ist installiert, hat aber nicht geantwortet (läuft sein Dienst?)</translation>
    </message>
    <message>
        <source>libpulse0 missing</source>
        <translation>libpulse0 fehlt</translation>
    </message>
    <message>
        <source>no speech engine</source>
        <translation>keine Sprachausgabe</translation>
    </message>
    <message>
        <source>speech-dispatcher not answering</source>
        <translation>speech-dispatcher antwortet nicht</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Qt could not load it ({reason})</source>
        <translation>Qt konnte sie nicht laden ({reason})</translation>
    </message>
    <message>
        <source>the sound file {path} is missing</source>
        <translation>die Tondatei {path} fehlt</translation>
    </message>
    <message>
        <source>the {name} sound could not be played on this audio device</source>
        <translation>der Ton „{name}“ ließ sich auf diesem Audiogerät nicht abspielen</translation>
    </message>
    <message>
        <source>the speech engine stopped ({message})</source>
        <translation>die Sprachausgabe wurde beendet ({message})</translation>
    </message>
    <message>
        <source>Sound and voice cues are off: {problem}. Follow the screen.</source>
        <translation>Töne und Stimme sind aus: {problem}. Folge dem Bildschirm.</translation>
    </message>
    <message>
        <source>Beeps off: {sound}. Voice off: {voice}. Follow the screen.</source>
        <translation>Töne aus: {sound}. Stimme aus: {voice}. Folge dem Bildschirm.</translation>
    </message>
    <message>
        <source>Cues muted (press M to hear them again).</source>
        <translation>Signale stumm (drück M, um sie wieder zu hören).</translation>
    </message>
    <message>
        <source>Beeps off: {problem}.</source>
        <translation>Töne aus: {problem}.</translation>
    </message>
    <message>
        <source>Voice off: {problem}.</source>
        <translation>Stimme aus: {problem}.</translation>
    </message>
    <message>
        <source>Cues on: beeps and voice.</source>
        <translation>Signale an: Töne und Stimme.</translation>
    </message>
    <message>
        <source>Cues on: beeps.</source>
        <translation>Signale an: Töne.</translation>
    </message>
    <message>
        <source>Cues on: voice.</source>
        <translation>Signale an: Stimme.</translation>
    </message>
    <message>
        <source>Cues switched off.</source>
        <translation>Signale ausgeschaltet.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {language}, so its voice for {own} reads the cues (add a voice for {language} to the speech engine to hear them in {language}).</source>
        <translation>Die Sprachausgabe hat keine Stimme für {language}, deshalb liest ihre Stimme für {own} die Signale (füge der Sprachausgabe eine Stimme für {language} hinzu, um sie auf {language} zu hören).</translation>
    </message>
    <message>
        <source>Cues muted (M)</source>
        <translation>Signale stumm (M)</translation>
    </message>
    <message>
        <source>Cues: beeps and voice</source>
        <translation>Signale: Töne und Stimme</translation>
    </message>
    <message>
        <source>Cues: beeps</source>
        <translation>Signale: Töne</translation>
    </message>
    <message>
        <source>Cues: voice</source>
        <translation>Signale: Stimme</translation>
    </message>
    <message>
        <source>Cues off</source>
        <translation>Signale aus</translation>
    </message>
    <message>
        <source>no voice for {language}</source>
        <translation>keine Stimme für {language}</translation>
    </message>
    <message>
        <source>the {engine} speech engine is not installed</source>
        <translation>die Sprachausgabe {engine} ist nicht installiert</translation>
    </message>
    <message>
        <source>the {engine} speech engine did not start ({reason})</source>
        <translation>die Sprachausgabe {engine} ist nicht gestartet ({reason})</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>die Sprachausgabe {engine} ist nicht gestartet</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>DataFileWords</name>
    <message>
        <source>must be an id of 32 hexadecimal digits, got {value}</source>
        <translation>muss eine ID aus 32 Hexadezimalziffern sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be an exercise id (like figure-four-stretch), got {value}</source>
        <translation>muss eine Übungs-ID sein (wie figure-four-stretch), ist aber {value}</translation>
    </message>
    <message>
        <source>must be a routine id, got {value}</source>
        <translation>muss eine Routinen-ID sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a check id (like check-figure-four), got {value}</source>
        <translation>muss eine Test-ID sein (wie check-figure-four), ist aber {value}</translation>
    </message>
    <message>
        <source>must be a preference name, got {value}</source>
        <translation>muss der Name einer Einstellung sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>muss zwischen {low} und {high} liegen, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-02, got {value}</source>
        <translation>muss ein Datum wie 2026-03-02 sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be an object {{...}}, got {kind}</source>
        <translation>muss ein Objekt {{...}} sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>unknown key (allowed here: {keys})</source>
        <translation>unbekannter Schlüssel (hier erlaubt: {keys})</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>ist vorgeschrieben, fehlt aber</translation>
    </message>
    <message>
        <source>must be a list [...], got {kind}</source>
        <translation>muss eine Liste [...] sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>hat {count} Einträge; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>muss Text sein, ist aber {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>contains the character {code} at position {position}</source>
        <translation>enthält das Zeichen {code} an Position {position}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>muss eines von {choices} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a number, got {value}</source>
        <translation>muss eine Zahl sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>muss true oder false sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a time like 2026-03-02T09:15:00+00:00, got {value}</source>
        <translation>muss eine Zeit wie 2026-03-02T09:15:00+00:00 sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must say its time zone (+00:00), got {value}</source>
        <translation>muss ihre Zeitzone angeben (+00:00), ist aber {value}</translation>
    </message>
    <message>
        <source>is {name} but the routine in body is called {body_name}</source>
        <translation>ist {name}, aber die Routine in body heißt {body_name}</translation>
    </message>
    <message>
        <source>is {length} characters of JSON; at most {limit} are allowed</source>
        <translation>ist {length} Zeichen JSON lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>must hold a JSON object {{...}}, got {kind}</source>
        <translation>muss ein JSON-Objekt {{...}} enthalten, ist aber {kind}</translation>
    </message>
    <message>
        <source>is missing: this is not a HipDesk data file</source>
        <translation>fehlt: das ist keine HipDesk-Datendatei</translation>
    </message>
    <message>
        <source>must be the format number {number}, got {value}</source>
        <translation>muss die Formatnummer {number} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>was written by a newer HipDesk (data format {version}); this HipDesk reads format {number}. Update HipDesk to import it; nothing was changed.</source>
        <translation>wurde von einem neueren HipDesk geschrieben (Datenformat {version}); dieses HipDesk liest Format {number}. Aktualisiere HipDesk, um sie zu importieren; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>repeats {value}, given earlier in the same list</source>
        <translation>wiederholt {value}, das schon weiter oben in derselben Liste steht</translation>
    </message>
    <message>
        <source>is a zip without {member}: not a HipDesk data file</source>
        <translation>ist ein ZIP-Archiv ohne {member}: keine HipDesk-Datendatei</translation>
    </message>
    <message>
        <source>{member} is encrypted; HipDesk data files never are</source>
        <translation>{member} ist verschlüsselt; HipDesk-Datendateien sind das nie</translation>
    </message>
    <message>
        <source>{member} unpacks to {size}; at most {limit}</source>
        <translation>{member} ist entpackt {size} groß; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>is not a zip file ({reason}); a HipDesk data file is a zip</source>
        <translation>ist keine ZIP-Datei ({reason}); eine HipDesk-Datendatei ist ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>{member} unpacks to more than {limit}</source>
        <translation>{member} ist entpackt größer als {limit}</translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text (byte {byte})</source>
        <translation>{member} ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>holds other files too ({name}); a HipDesk data file holds only {member}</source>
        <translation>enthält noch andere Dateien ({name}); eine HipDesk-Datendatei enthält nur {member}</translation>
    </message>
</context>
<context>
    <name>DataTransferController</name>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>HipDesk data (*.hipdesk-data.zip *.zip)</source>
        <translation>HipDesk-Daten (*.hipdesk-data.zip *.zip)</translation>
    </message>
    <message>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message>
        <source>{sessions} ({steps})</source>
        <translation>{sessions} ({steps})</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain rating(s)</source>
        <translation>
            <numerusform>%n Schmerzangabe</numerusform>
            <numerusform>%n Schmerzangaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check value(s)</source>
        <translation>
            <numerusform>%n Testwert</numerusform>
            <numerusform>%n Testwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine version(s)</source>
        <translation>
            <numerusform>%n Routinenfassung</numerusform>
            <numerusform>%n Routinenfassungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n Favorit</numerusform>
            <numerusform>%n Favoriten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {records} to {path}.</source>
        <translation>{records} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Left out: {records}.</source>
        <translation>Weggelassen: {records}.</translation>
    </message>
    <message>
        <source>Nothing new in {path}: everything in it is already here.</source>
        <translation>Nichts Neues in {path}: Alles darin ist schon hier.</translation>
    </message>
    <message>
        <source>From {path}:</source>
        <translation>Aus {path}:</translation>
    </message>
    <message>
        <source>added {records}.</source>
        <translation>{records} hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n check value(s) replaced by one recorded later.</source>
        <translation>
            <numerusform>%n Testwert durch einen später erfassten ersetzt.</numerusform>
            <numerusform>%n Testwerte durch später erfasste ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine version(s) superseded or deleted.</source>
        <translation>
            <numerusform>%n Routinenfassung ersetzt oder gelöscht.</numerusform>
            <numerusform>%n Routinenfassungen ersetzt oder gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s) taken (changed there more recently).</source>
        <translation>
            <numerusform>%n Einstellung übernommen (dort später geändert).</numerusform>
            <numerusform>%n Einstellungen übernommen (dort später geändert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already here, skipped.</source>
        <translation>
            <numerusform>%n Eintrag schon vorhanden, übersprungen.</numerusform>
            <numerusform>%n Einträge schon vorhanden, übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine version(s) that cannot be read</source>
        <translation>
            <numerusform>%n Routinenfassung, die sich nicht lesen lässt</numerusform>
            <numerusform>%n Routinenfassungen, die sich nicht lesen lassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s) that cannot be read</source>
        <translation>
            <numerusform>%n Einstellung, die sich nicht lesen lässt</numerusform>
            <numerusform>%n Einstellungen, die sich nicht lesen lassen</numerusform>
        </translation>
    </message>
    <message>
        <source>HipDesk could not read its database to export it: {reason}</source>
        <translation>HipDesk konnte seine Datenbank für den Export nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>HipDesk could not merge {path} into its database ({reason}); nothing was changed.</source>
        <translation>HipDesk konnte {path} nicht in seine Datenbank übernehmen ({reason}); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date pattern: Monday 16 November 2026</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>Qt date pattern: 16 November</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern: 16 Nov 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
</context>
<context>
    <name>DoseEditor</name>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Dose of the selected exercise</source>
        <translation>Dosis der gewählten Übung</translation>
    </message>
    <message>
        <source>Timed hold</source>
        <translation>Gehaltene Zeit</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold or repetitions</source>
        <translation>Halten oder Wiederholungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Halten, Sekunden</translation>
    </message>
    <message>
        <source> reps</source>
        <translation> Wdh.</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Tempo: seconds lowering</source>
        <translation>Tempo: Sekunden absenken</translation>
    </message>
    <message>
        <source>Tempo: seconds pausing</source>
        <translation>Tempo: Sekunden Pause</translation>
    </message>
    <message>
        <source>Tempo: seconds rising</source>
        <translation>Tempo: Sekunden anheben</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Sätzen, Sekunden</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s dose</source>
        <translation>Dosis der Übung nehmen</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own dose</source>
        <translation>Die eigene Dosis der Übung nehmen</translation>
    </message>
    <message>
        <source>The exercise&apos;s own dose</source>
        <translation>Die eigene Dosis der Übung</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>Ha&amp;lten</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>up</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Select an exercise to change its dose.</source>
        <translation>Wähl eine Übung, um ihre Dosis zu ändern.</translation>
    </message>
    <message>
        <source>Dose: {exercise}</source>
        <translation>Dosis: {exercise}</translation>
    </message>
    <message>
        <source>Own dose: {dose}</source>
        <translation>Eigene Dosis: {dose}</translation>
    </message>
    <message>
        <source>Sets, holds and reps count per side.</source>
        <translation>Sätze, Haltezeiten und Wiederholungen zählen pro Seite.</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation>&amp;Wdh.</translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} Sek.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} Sek.</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <source>centimetres</source>
        <translation>Zentimetern</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, linke Seite</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, rechte Seite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>{measure}, in {unit}</source>
        <translation>{measure}, in {unit}</translation>
    </message>
    <message>
        <source>{measure}, {first} or {second}</source>
        <translation>{measure}, {first} oder {second}</translation>
    </message>
    <message>
        <source>{measure}: enter a number from {low} to {high} {unit}, or leave it empty.</source>
        <translation>{measure}: Gib eine Zahl von {low} bis {high} {unit} ein oder lass das Feld leer.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetailView</name>
    <message>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Play now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Start a one-exercise session in the player</source>
        <translation>Eine Einheit mit nur dieser Übung im Player starten</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Add this exercise to one of your routines</source>
        <translation>Diese Übung zu einer deiner Routinen hinzufügen</translation>
    </message>
    <message>
        <source>Exercise text</source>
        <translation>Übungstext</translation>
    </message>
    <message>
        <source>Figure showing the movement</source>
        <translation>Figur, die die Bewegung zeigt</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Targets, equipment and position</source>
        <translation>Zielbereiche, Hilfsmittel und Position</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Key cues</source>
        <translation>Worauf es ankommt</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Easier variations</source>
        <translation>Leichtere Varianten</translation>
    </message>
    <message>
        <source>Harder variations</source>
        <translation>Schwerere Varianten</translation>
    </message>
    <message>
        <source>Why this dose</source>
        <translation>Warum diese Dosis</translation>
    </message>
    <message>
        <source>Not advised for you</source>
        <translation>Für dich nicht empfohlen</translation>
    </message>
    <message>
        <source>Why it is not advised</source>
        <translation>Warum sie nicht empfohlen ist</translation>
    </message>
    <message>
        <source>From 65, holds of {low} to {high} s suit stretching best; as you progress, HipDesk lengthens them first.</source>
        <translation>Ab 65 passen Haltezeiten von {low} bis {high} s am besten zum Dehnen; wenn du Fortschritte machst, verlängert HipDesk zuerst sie.</translation>
    </message>
    <message>
        <source>The library has no safer variation of it: leave it out, or ask your physiotherapist. If you have been cleared to do it: {adapt}</source>
        <translation>Die Bibliothek hat keine sicherere Variante davon: Lass sie weg oder frag in deiner Physiotherapie nach. Wenn sie dir erlaubt wurde: {adapt}</translation>
    </message>
    <message>
        <source>Safer variation: {name} →</source>
        <translation>Sicherere Variante: {name} →</translation>
    </message>
    <message>
        <source>Open the safer variation, {name}</source>
        <translation>Die sicherere Variante öffnen, {name}</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>Desk-friendly</source>
        <translation>Am Schreibtisch machbar</translation>
    </message>
    <message>
        <source>From your routine “{routine}”</source>
        <translation>Aus deiner Routine „{routine}“</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Why this dose: {why}</source>
        <translation>Warum diese Dosis: {why}</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Easier variation: {name}</source>
        <translation>Leichtere Variante: {name}</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Harder variation: {name}</source>
        <translation>Schwerere Variante: {name}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>{action} (Ctrl+D)</source>
        <translation>{action} (Strg+D)</translation>
    </message>
</context>
<context>
    <name>ExerciseFilterModel</name>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>not advised for your health profile</source>
        <translation>für dein Gesundheitsprofil nicht empfohlen</translation>
    </message>
    <message>
        <source>Precautions: {precautions}</source>
        <translation>Vorsichtshinweise: {precautions}</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Figure</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>No figure for this exercise</source>
        <translation>Keine Figur für diese Übung</translation>
    </message>
    <message>
        <source>Follow its written steps.</source>
        <translation>Folge ihren beschriebenen Schritten.</translation>
    </message>
    <message>
        <source>No figure for this exercise.</source>
        <translation>Keine Figur für diese Übung.</translation>
    </message>
    <message>
        <source>Figure: {pose}, left side</source>
        <translation>Figur: {pose}, linke Seite</translation>
    </message>
    <message>
        <source>Figure: {pose}, right side</source>
        <translation>Figur: {pose}, rechte Seite</translation>
    </message>
    <message>
        <source>Figure: {pose}</source>
        <translation>Figur: {pose}</translation>
    </message>
    <message>
        <source>Worked areas in orange: {regions}</source>
        <translation>Beanspruchte Bereiche in Orange: {regions}</translation>
    </message>
</context>
<context>
    <name>HealthCheckBar</name>
    <message>
        <source>Health check before you start</source>
        <translation>Gesundheitsprüfung vor dem Start</translation>
    </message>
    <message>
        <source>Use the safer &amp;variations</source>
        <translation>Sicherere &amp;Varianten nehmen</translation>
    </message>
    <message>
        <source>Start &amp;as it is</source>
        <translation>So &amp;starten</translation>
    </message>
    <message>
        <source>Start the routine as it is</source>
        <translation>Die Routine so starten, wie sie ist</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not start</source>
        <translation>Nicht starten</translation>
    </message>
    <message>
        <source>No safer variation.</source>
        <translation>Keine sicherere Variante.</translation>
    </message>
    <message numerus="yes">
        <source>{routine}: %n exercise(s) may not suit your health profile</source>
        <translation>
            <numerusform>{routine}: %n Übung passt vielleicht nicht zu deinem Gesundheitsprofil</numerusform>
            <numerusform>{routine}: %n Übungen passen vielleicht nicht zu deinem Gesundheitsprofil</numerusform>
        </translation>
    </message>
    <message>
        <source>Play with the safer variations</source>
        <translation>Mit den sichereren Varianten trainieren</translation>
    </message>
    <message>
        <source>Safer &amp;variations, leave the rest out</source>
        <translation>Sicherere &amp;Varianten, den Rest weglassen</translation>
    </message>
    <message>
        <source>Play with the safer variations, the others left out</source>
        <translation>Mit den sichereren Varianten trainieren, die anderen weglassen</translation>
    </message>
    <message>
        <source>Leave &amp;them out</source>
        <translation>&amp;Weglassen</translation>
    </message>
    <message>
        <source>Play without them</source>
        <translation>Ohne sie trainieren</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>{range} zeigen</translation>
    </message>
    <message>
        <source>Show all of history</source>
        <translation>Den ganzen Verlauf zeigen</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>Wochen&amp;ziel:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation>Wochenziel in Minuten</translation>
    </message>
    <message>
        <source>Minutes a week you aim for; 70 is five minutes twice a day</source>
        <translation>Minuten pro Woche, die du anstrebst; 70 sind fünf Minuten zweimal am Tag</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Export sessions and steps as CSV</source>
        <translation>Einheiten und Schritte als CSV exportieren</translation>
    </message>
    <message>
        <source>Save every session and its steps as a CSV file</source>
        <translation>Jede Einheit mit ihren Schritten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation>Dein Verlauf beginnt mit deiner ersten Einheit</translation>
    </message>
    <message>
        <source>After your first session this tab shows your minutes each week against your goal, your streaks, a calendar of the last year, pain before and after sessions, where the time went (by phase, by body region, left against right) and your weekly mobility checks.</source>
        <translation>Nach deiner ersten Einheit zeigt dieser Bereich deine Minuten pro Woche im Vergleich zu deinem Ziel, deine Serien, einen Kalender des letzten Jahres, Schmerzen vor und nach den Einheiten, wofür die Zeit verwendet wurde (nach Phase, nach Körperregion, links gegen rechts) und deine wöchentlichen Beweglichkeitschecks.</translation>
    </message>
    <message>
        <source>Five minutes, twice a day, is a good start. Everything stays on this computer.</source>
        <translation>Fünf Minuten, zweimal am Tag, sind ein guter Anfang. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Start “{routine}” now (5 min)</source>
        <translation>„{routine}“ jetzt starten (5 Min.)</translation>
    </message>
    <message>
        <source>Start the five-minute routine “{routine}” in the player</source>
        <translation>Die fünfminütige Routine „{routine}“ im Player starten</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>Goal streak</source>
        <translation>Ziel in Folge</translation>
    </message>
    <message>
        <source>In this range</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>The last 52 weeks</source>
        <translation>Die letzten 52 Wochen</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Pain before and after (weekly average)</source>
        <translation>Schmerz vorher und nachher (Wochenmittel)</translation>
    </message>
    <message>
        <source>Minutes per week by phase</source>
        <translation>Minuten pro Woche nach Phase</translation>
    </message>
    <message>
        <source>Left against right</source>
        <translation>Links gegen rechts</translation>
    </message>
    <message>
        <source>Where the time went: minutes per week by region</source>
        <translation>Wofür die Zeit verwendet wurde: Minuten pro Woche nach Region</translation>
    </message>
    <message>
        <source>Mobility checks, left and right</source>
        <translation>Beweglichkeitstests, links und rechts</translation>
    </message>
    <message>
        <source>No mobility checks in this range. The weekly check measures each side; its results appear here.</source>
        <translation>Keine Beweglichkeitstests in diesem Zeitraum. Der Wochentest misst jede Seite; seine Ergebnisse erscheinen hier.</translation>
    </message>
    <message>
        <source>Week to list</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>Pick a week, or click a week on a chart</source>
        <translation>Wähl eine Woche oder klick auf eine Woche in einem Diagramm</translation>
    </message>
    <message>
        <source>Sessions of the selected week and their steps</source>
        <translation>Einheiten der gewählten Woche und ihre Schritte</translation>
    </message>
    <message>
        <source>Sessions of a week</source>
        <translation>Einheiten einer Woche</translation>
    </message>
    <message>
        <source>Pain before and after (monthly average)</source>
        <translation>Schmerz vorher und nachher (Monatsmittel)</translation>
    </message>
    <message>
        <source>No pain ratings in this range.
Rate pain before and after a session in the player to see the trend.</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum.
Bewerte den Schmerz vor und nach einer Einheit im Player, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>No one-sided exercises in this range yet.</source>
        <translation>Noch keine einseitigen Übungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>even</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>left gets more</source>
        <translation>links bekommt mehr</translation>
    </message>
    <message>
        <source>right gets more</source>
        <translation>rechts bekommt mehr</translation>
    </message>
    <message>
        <source>In this range: left {left} ({left_share} %), right {right} ({right_share} %), {lean}</source>
        <translation>In diesem Zeitraum: links {left} ({left_share} %), rechts {right} ({right_share} %), {lean}</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>{minutes} to go</source>
        <translation>noch {minutes}</translation>
    </message>
    <message>
        <source>of {goal} min · {to_go}</source>
        <translation>von {goal} Min. · {to_go}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best ever: %n day(s)</source>
        <translation>
            <numerusform>Rekord: %n Tag</numerusform>
            <numerusform>Rekord: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row meeting the goal</source>
        <translation>in Folge mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>{count} partial</source>
        <translation>{count} teilweise</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {days}</source>
        <translation>Woche vom {days}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), {minutes}</source>
        <translation>
            <numerusform>%n Einheit, {minutes}</numerusform>
            <numerusform>%n Einheiten, {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {count} partial</source>
        <translation>, {count} teilweise</translation>
    </message>
    <message>
        <source>{summary}. Expand a session to see its steps.</source>
        <translation>{summary} – klapp eine Einheit auf, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>Keine Einheiten in dieser Woche.</translation>
    </message>
    <message>
        <source>Not saved: {path}</source>
        <translation>Nicht gespeichert: {path}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}</source>
        <translation>
            <numerusform>%n Zeile in {path} gespeichert</numerusform>
            <numerusform>%n Zeilen in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export sessions and steps</source>
        <translation>Einheiten und Schritte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>month (its average week)</source>
        <translation>Monat (seine durchschnittliche Woche)</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts zu zeigen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>minutes a week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>goal {value} min</source>
        <translation>Ziel {value} Min.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>goal met on average</source>
        <translation>Ziel im Schnitt erreicht</translation>
    </message>
    <message>
        <source>{minutes} to go</source>
        <translation>noch {minutes}</translation>
    </message>
    <message>
        <source>{minutes} short on average</source>
        <translation>im Schnitt {minutes} zu wenig</translation>
    </message>
    <message>
        <source>{minutes} short</source>
        <translation>{minutes} zu wenig</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions} on {days}</source>
        <translation>{sessions} an {days}</translation>
    </message>
    <message>
        <source>{minutes} min of the {goal} min goal ({status})</source>
        <translation>{minutes} Min. vom Ziel mit {goal} Min. ({status})</translation>
    </message>
    <message>
        <source>{minutes} min a week on average, goal {goal} min ({status})</source>
        <translation>im Schnitt {minutes} Min. pro Woche, Ziel {goal} Min. ({status})</translation>
    </message>
    <message>
        <source>{minutes} in all: {when}</source>
        <translation>{minutes} insgesamt: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s): {met} met the {goal} minute goal on average; {average} minutes a week on average; this month so far {last} minutes a week</source>
        <translation>
            <numerusform>%n Monat: {met} erreichte im Schnitt das Ziel von {goal} Minuten; im Schnitt {average} Minuten pro Woche; dieser Monat bisher {last} Minuten pro Woche</numerusform>
            <numerusform>%n Monate: {met} erreichten im Schnitt das Ziel von {goal} Minuten; im Schnitt {average} Minuten pro Woche; dieser Monat bisher {last} Minuten pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s): {met} met the {goal} minute goal; {average} minutes a week on average; this week {last} minutes</source>
        <translation>
            <numerusform>%n Woche: {met} erreichte das Ziel von {goal} Minuten; im Schnitt {average} Minuten pro Woche; diese Woche {last} Minuten</numerusform>
            <numerusform>%n Wochen: {met} erreichten das Ziel von {goal} Minuten; im Schnitt {average} Minuten pro Woche; diese Woche {last} Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): {complete} complete, {partial} partial</source>
        <translation>
            <numerusform>%n Einheit: {complete} vollständig, {partial} teilweise</numerusform>
            <numerusform>%n Einheiten: {complete} vollständig, {partial} teilweise</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions} sessions a week on average: {complete} complete, {partial} partial</source>
        <translation>im Schnitt {sessions} Einheiten pro Woche: {complete} vollständig, {partial} teilweise</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all: {complete} complete, {partial} partial</source>
        <translation>
            <numerusform>%n Einheit insgesamt: {complete} vollständig, {partial} teilweise</numerusform>
            <numerusform>%n Einheiten insgesamt: {complete} vollständig, {partial} teilweise</numerusform>
        </translation>
    </message>
    <message>
        <source>pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>month (the average of its ratings)</source>
        <translation>Monat (Mittel seiner Bewertungen)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message>
        <source>average before: {before}
average after: {after}</source>
        <translation>Mittel vorher: {before}
Mittel nachher: {after}</translation>
    </message>
    <message>
        <source>{minutes} min a week</source>
        <translation>{minutes} Min. pro Woche</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>on average</source>
        <translation>im Schnitt</translation>
    </message>
    <message>
        <source>minutes per week (average over the range, from your first session)</source>
        <translation>Minuten pro Woche (Mittel über den Zeitraum, ab deiner ersten Einheit)</translation>
    </message>
    <message>
        <source>{minutes} min a week on average
{total} in all</source>
        <translation>im Schnitt {minutes} Min. pro Woche
{total} insgesamt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>even</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>{minutes} more on the left</source>
        <translation>{minutes} mehr links</translation>
    </message>
    <message>
        <source>{minutes} more on the right</source>
        <translation>{minutes} mehr rechts</translation>
    </message>
    <message>
        <source>left: {left}
right: {right} ({more})</source>
        <translation>links: {left}
rechts: {right} ({more})</translation>
    </message>
    <message>
        <source>month (the middle value of its weekly checks)</source>
        <translation>Monat (Mittelwert seiner Wochentests)</translation>
    </message>
    <message>
        <source>the middle value of the month&apos;s checks</source>
        <translation>der Mittelwert der Tests des Monats</translation>
    </message>
    <message>
        <source>{check}, week of {days}</source>
        <translation>{check}, Woche vom {days}</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>best: {choice}</source>
        <translation>am besten: {choice}</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save the chart “{title}” as a PNG image</source>
        <translation>Das Diagramm „{title}“ als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern: 16 Nov 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date pattern: 16 Nov</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>d</source>
        <comment>Qt date pattern: the first day of a range within a month, 16–22 Nov</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date pattern: Nov 2026</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Week of {days}</source>
        <translation>Woche vom {days}</translation>
    </message>
    <message numerus="yes">
        <source>{month} (%n week(s), {days})</source>
        <translation>
            <numerusform>{month} (%n Woche, {days})</numerusform>
            <numerusform>{month} (%n Wochen, {days})</numerusform>
        </translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation>8 Wochen</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>In 8 weeks</source>
        <translation>In 8 Wochen</translation>
    </message>
    <message>
        <source>In 6 months</source>
        <translation>In 6 Monaten</translation>
    </message>
    <message>
        <source>In 1 year</source>
        <translation>In 1 Jahr</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>When / step</source>
        <translation>Wann / Schritt</translation>
    </message>
    <message>
        <source>Routine / side</source>
        <translation>Routine / Seite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>felt {feeling}</source>
        <translation>empfunden: {feeling}</translation>
    </message>
    <message>
        <source>{done} of {planned} reps</source>
        <translation>{done} von {planned} Wdh.</translation>
    </message>
    <message>
        <source>{done} of {planned} s</source>
        <translation>{done} von {planned} s</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation>Wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>{routine}, started {when}</source>
        <translation>{routine}, begonnen {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n Schritt geschafft</numerusform>
            <numerusform>%n Schritte geschafft</numerusform>
        </translation>
    </message>
    <message>
        <source>pain {before} → {after} out of 10</source>
        <translation>Schmerz {before} → {after} von 10</translation>
    </message>
    <message>
        <source>pain stop at {rating} out of 10</source>
        <translation>Schmerzstopp bei {rating} von 10</translation>
    </message>
    <message>
        <source> (set {set})</source>
        <translation> (Satz {set})</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>JsonWords</name>
    <message>
        <source>is nested too deeply to be a routine</source>
        <translation>ist zu tief verschachtelt, um eine Routine zu sein</translation>
    </message>
    <message>
        <source>is nested too deeply to be HipDesk data</source>
        <translation>ist zu tief verschachtelt, um HipDesk-Daten zu sein</translation>
    </message>
    <message>
        <source>is {size}; a routine file may be at most {limit} MB</source>
        <translation>ist {size} groß; eine Routinedatei darf höchstens {limit} MB groß sein</translation>
    </message>
    <message>
        <source>is {size}; a HipDesk data file may be at most {limit} MB</source>
        <translation>ist {size} groß; eine HipDesk-Datendatei darf höchstens {limit} MB groß sein</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>is not valid JSON: {reason}</source>
        <translation>ist kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>the key {key} appears twice in the same object</source>
        <translation>der Schlüssel {key} kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <source>is nested too deeply to be {kind}</source>
        <translation>ist zu tief verschachtelt für {kind}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>is {size}; {kind} may be at most {limit} MB</source>
        <translation>ist {size} groß; {kind} darf höchstens {limit} MB groß sein</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandmarkHandle</name>
    <message>
        <source>{point} point</source>
        <translation>Punkt „{point}“</translation>
    </message>
    <message>
        <source>Put it on {place}. The arrow keys move it; hold Shift to move it further.</source>
        <translation>Setz ihn auf {place}. Die Pfeiltasten verschieben ihn; mit gedrückter Umschalttaste weiter.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Search by name, alias or body part, e.g. 90/90 or hamstrings</source>
        <translation>Nach Name, Alias oder Körperteil suchen, z. B. 90/90 oder Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Matching exercises</source>
        <translation>Passende Übungen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every exercise again</source>
        <translation>Wieder alle Übungen zeigen</translation>
    </message>
    <message>
        <source>▦ Grid</source>
        <translation>▦ Raster</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>Als Raster zeigen</translation>
    </message>
    <message>
        <source>☰ List</source>
        <translation>☰ Liste</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Als Liste zeigen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielbereich</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Alle Zielbereiche</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alle Hilfsmittel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Alle Positionen</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Jede Schwierigkeit</translation>
    </message>
    <message>
        <source>Desk-friendly</source>
        <translation>Am Schreibtisch machbar</translation>
    </message>
    <message>
        <source>Desk-friendly only</source>
        <translation>Nur am Schreibtisch machbare</translation>
    </message>
    <message>
        <source>Only exercises you can do beside a desk in work clothes</source>
        <translation>Nur Übungen, die du neben dem Schreibtisch in Arbeitskleidung machen kannst</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoriten</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <source>Only your starred exercises (Ctrl+D stars the current one)</source>
        <translation>Nur deine markierten Übungen (Strg+D markiert die aktuelle)</translation>
    </message>
    <message>
        <source>From your routines</source>
        <translation>Aus deinen Routinen</translation>
    </message>
    <message>
        <source>Only exercises from your routines</source>
        <translation>Nur Übungen aus deinen Routinen</translation>
    </message>
    <message>
        <source>Only the exercises that routine files you imported brought with them</source>
        <translation>Nur die Übungen, die importierte Routinedateien mitgebracht haben</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No exercise matches this search and these filters.</source>
        <translation>Keine Übung passt zu dieser Suche und diesen Filtern.</translation>
    </message>
    <message>
        <source>Show every exercise</source>
        <translation>Alle Übungen zeigen</translation>
    </message>
    <message>
        <source>{shown} of {total} exercises shown</source>
        <translation>{shown} von {total} Übungen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>, %n exercise(s) hidden by your health profile</source>
        <translation>
            <numerusform>, %n Übung wegen deines Gesundheitsprofils ausgeblendet</numerusform>
            <numerusform>, %n Übungen wegen deines Gesundheitsprofils ausgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) that may not suit you hidden (Settings, Health)</source>
        <translation>
            <numerusform>%n Übung, die vielleicht nicht zu dir passt, ist ausgeblendet (Einstellungen, Gesundheit)</numerusform>
            <numerusform>%n Übungen, die vielleicht nicht zu dir passen, sind ausgeblendet (Einstellungen, Gesundheit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWords</name>
    <message>
        <source>Not advised for you</source>
        <translation>Für dich nicht empfohlen</translation>
    </message>
    <message>
        <source>, {seconds} s rest between sets</source>
        <translation>, {seconds} s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>. Each rep: {tempo}</source>
        <translation>. Jede Wiederholung: {tempo}</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Challenging</source>
        <translation>Anspruchsvoll</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>lower-case</source>
        <comment>Translate as &apos;lower-case&apos; if common nouns in a list in running text are written in lower case after the first word (English: &apos;Foam roller, band&apos;), or as &apos;keep&apos; if they keep their capital (German nouns).</comment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} main window</source>
        <translation>{app}-Hauptfenster</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>{tab} (Ctrl+{number})</source>
        <translation>{tab} (Strg+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>Alle Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export all data to one file</source>
        <translation>Alle Daten in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import data from a HipDesk data file</source>
        <translation>Daten aus einer HipDesk-Datendatei importieren</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Bericht…</translation>
    </message>
    <message>
        <source>A report for your physiotherapist, as a PDF or CSV</source>
        <translation>Ein Bericht für deine Physiotherapie, als PDF oder CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Weekly check…</source>
        <translation>&amp;Wochentest…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>&amp;Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>HipDesk is free software under the GNU GPL, version 3 or later.&lt;br&gt;&lt;br&gt;It is built with:&lt;br&gt;Qt 6 and PySide6 (LGPL-3.0)&lt;br&gt;SQLAlchemy and Alembic (MIT)&lt;br&gt;appdirs (MIT)&lt;br&gt;&lt;br&gt;Its exercise text and illustrations are HipDesk&apos;s own.</source>
        <translation>HipDesk ist freie Software unter der GNU GPL, Version 3 oder später.&lt;br&gt;&lt;br&gt;Es ist gebaut mit:&lt;br&gt;Qt 6 und PySide6 (LGPL-3.0)&lt;br&gt;SQLAlchemy und Alembic (MIT)&lt;br&gt;appdirs (MIT)&lt;br&gt;&lt;br&gt;Die Übungstexte und Abbildungen sind HipDesks eigene.</translation>
    </message>
    <message>
        <source>Hip mobility for people who sit a lot, five minutes at a time.</source>
        <translation>Bewegliche Hüften für alle, die viel sitzen – fünf Minuten am Stück.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Before you start with {app}</source>
        <translation>Bevor du mit {app} anfängst</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Ich habe es gelesen</translation>
    </message>
    <message>
        <source>Show it again next time</source>
        <translation>Beim nächsten Mal wieder zeigen</translation>
    </message>
    <message>
        <source>I have read the safety notice</source>
        <translation>Ich habe den Sicherheitshinweis gelesen</translation>
    </message>
    <message>
        <source>Show the safety notice again next time</source>
        <translation>Den Sicherheitshinweis beim nächsten Mal wieder zeigen</translation>
    </message>
</context>
<context>
    <name>MeasureEntry</name>
    <message>
        <source>No phone: rate {first} or {second} instead</source>
        <translation>Kein Handy: stattdessen „{first}“ oder „{second}“ wählen</translation>
    </message>
    <message>
        <source>{measure}: no phone, rate {first} or {second}</source>
        <translation>{measure}: kein Handy, „{first}“ oder „{second}“ wählen</translation>
    </message>
</context>
<context>
    <name>MiniPlayerView</name>
    <message>
        <source>HipDesk mini player</source>
        <translation>HipDesk-Mini-Player</translation>
    </message>
    <message>
        <source>Mini player</source>
        <translation>Mini-Player</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Skip to the next step (→)</source>
        <translation>Zum nächsten Schritt springen (→)</translation>
    </message>
    <message>
        <source>Open HipDesk</source>
        <translation>HipDesk öffnen</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Zurück zum Hauptfenster</translation>
    </message>
    <message>
        <source>This desktop does not let HipDesk keep this window on top of others. Keep it beside your work, or use your desktop&apos;s own &quot;Always on top&quot; on its title bar.</source>
        <translation>Dieser Desktop lässt HipDesk dieses Fenster nicht über anderen halten. Stell es neben deine Arbeit oder nutze „Immer im Vordergrund“ in der Titelleiste deines Desktops.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>rep {rep} of {of}</source>
        <translation>Wdh. {rep} von {of}</translation>
    </message>
</context>
<context>
    <name>NextDayPainBar</name>
    <message>
        <source>The day after: pain check</source>
        <translation>Am Tag danach: Schmerzabfrage</translation>
    </message>
    <message>
        <source>Rate 0–10</source>
        <translation>0–10 bewerten</translation>
    </message>
    <message>
        <source>Hip pain today, 0 (none) to 10 (the worst)</source>
        <translation>Hüftschmerz heute, 0 (keiner) bis 10 (am schlimmsten)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save today&apos;s pain rating</source>
        <translation>Die heutige Schmerzbewertung speichern</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip the pain check for this session</source>
        <translation>Den Schmerzabfrage für diese Einheit überspringen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the pain check</source>
        <translation>Den Schmerzabfrage schließen</translation>
    </message>
</context>
<context>
    <name>NextDayPainController</name>
    <message>
        <source>How do your hips feel today?</source>
        <translation>Wie fühlen sich deine Hüften heute an?</translation>
    </message>
    <message>
        <source>After your session {when} ({routine}): 0 is no pain, 10 the worst. Your answer guides what HipDesk suggests next time.</source>
        <translation>Nach deiner Einheit {when} ({routine}): 0 ist kein Schmerz, 10 der schlimmste. Deine Antwort bestimmt mit, was HipDesk beim nächsten Mal vorschlägt.</translation>
    </message>
    <message>
        <source>Saved: {rating}/10 today</source>
        <translation>Gespeichert: heute {rating}/10</translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <source>Front of the hip or groin</source>
        <translation>Vorderseite der Hüfte oder Leiste</translation>
    </message>
    <message>
        <source>Outside of the hip</source>
        <translation>Außenseite der Hüfte</translation>
    </message>
    <message>
        <source>Buttock or back of the hip</source>
        <translation>Gesäß oder Rückseite der Hüfte</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Woanders</translation>
    </message>
    <message>
        <source>Pain – stop</source>
        <translation>Schmerz – Stopp</translation>
    </message>
    <message>
        <source>Pain stop</source>
        <translation>Schmerzstopp</translation>
    </message>
    <message>
        <source>&lt;b&gt;{} is stopped.&lt;/b&gt;&lt;br&gt;How strong is the pain now, and where is it? This is saved with today&apos;s session.</source>
        <translation>&lt;b&gt;{} ist gestoppt.&lt;/b&gt;&lt;br&gt;Wie stark ist der Schmerz jetzt, und wo ist er? Das wird mit der heutigen Einheit gespeichert.</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>Die Übung</translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation>Schmerz jetzt, 0 bis 10</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>It is s&amp;harp, or it catches</source>
        <translation>Er ist s&amp;techend oder es hakt</translation>
    </message>
    <message>
        <source>The pain is sharp or catching</source>
        <translation>Der Schmerz ist stechend oder es hakt</translation>
    </message>
    <message>
        <source>&amp;Pain now:</source>
        <translation>Schmerz &amp;jetzt:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>&amp;Save rating</source>
        <translation>Bewertung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the pain rating</source>
        <translation>Die Schmerzbewertung speichern</translation>
    </message>
    <message>
        <source>Do not rate</source>
        <translation>Nicht bewerten</translation>
    </message>
</context>
<context>
    <name>PainSlider</name>
    <message>
        <source>{value} out of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>PainWords</name>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on {weekday}</source>
        <translation>am {weekday}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <comment>a day and month, such as 16 November</comment>
        <translation>am {date}</translation>
    </message>
    <message>
        <source>Sharp or catching pain is a reason to stop for today and have it checked by a physiotherapist or doctor before you carry on.</source>
        <translation>Stechender Schmerz oder Blockieren ist ein Grund, für heute aufzuhören und es ärztlich oder physiotherapeutisch abklären zu lassen, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>Pain that keeps coming back across sessions is a reason to stop for today and have it checked by a physiotherapist or doctor before you carry on.</source>
        <translation>Schmerz, der über mehrere Einheiten immer wiederkommt, ist ein Grund, für heute aufzuhören und ihn ärztlich oder physiotherapeutisch abklären zu lassen, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>Your pain passed {limit}/10.</source>
        <translation>Dein Schmerz lag über {limit}/10.</translation>
    </message>
    <message>
        <source>Your pain rose by more than {rise} since you started.</source>
        <translation>Dein Schmerz ist seit Beginn um mehr als {rise} gestiegen.</translation>
    </message>
    <message>
        <source>Consider stopping for today. If it is still there tomorrow, or comes back next time, see a physiotherapist or doctor.</source>
        <translation>Überleg, für heute aufzuhören. Wenn er morgen noch da ist oder beim nächsten Mal wiederkommt, lass es ärztlich oder physiotherapeutisch abklären.</translation>
    </message>
    <message>
        <source>Some discomfort is acceptable if it settles within a day. Ease off if it builds.</source>
        <translation>Etwas Unbehagen ist in Ordnung, wenn es innerhalb eines Tages abklingt. Nimm etwas zurück, wenn es zunimmt.</translation>
    </message>
    <message>
        <source>That is within the comfortable range. Carry on gently.</source>
        <translation>Das liegt im angenehmen Bereich. Mach behutsam weiter.</translation>
    </message>
    <message>
        <source>Pain that keeps coming back across sessions is a reason to rest and have it checked by a physiotherapist or doctor before you carry on.</source>
        <translation>Schmerz, der über mehrere Einheiten immer wiederkommt, ist ein Grund, dich zu schonen und ihn ärztlich oder physiotherapeutisch abklären zu lassen, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>{rating}/10 is more than your hips should feel the day after. Rest today and ease off next time; if it does not settle, see a physiotherapist or doctor.</source>
        <translation>{rating}/10 ist mehr, als deine Hüften am Tag danach spüren sollten. Schon dich heute und nimm beim nächsten Mal etwas zurück; wenn es nicht abklingt, lass es ärztlich oder physiotherapeutisch abklären.</translation>
    </message>
    <message>
        <source>That is worse than before the session ({baseline}/10). HipDesk will suggest easing off next time.</source>
        <translation>Das ist schlechter als vor der Einheit ({baseline}/10). HipDesk schlägt beim nächsten Mal vor, etwas zurückzunehmen.</translation>
    </message>
    <message>
        <source>No worse than before the session. Keep it gentle while it settles.</source>
        <translation>Nicht schlechter als vor der Einheit. Bleib behutsam, bis es abklingt.</translation>
    </message>
    <message>
        <source>No worse than before the session: carry on as planned.</source>
        <translation>Nicht schlechter als vor der Einheit: Mach wie geplant weiter.</translation>
    </message>
</context>
<context>
    <name>PhotoAlbumDialog</name>
    <message>
        <source>Photos: {check}</source>
        <translation>Fotos: {check}</translation>
    </message>
    <message>
        <source>Photos of the {check} check</source>
        <translation>Fotos des Tests „{check}“</translation>
    </message>
    <message>
        <source>Photos: result</source>
        <translation>Fotos: Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the photos</source>
        <translation>Die Fotos schließen</translation>
    </message>
    <message>
        <source>Kept in {folder} on this computer. HipDesk never sends or exports them; Save a copy puts one where you choose.</source>
        <translation>Gespeichert in {folder} auf diesem Computer. HipDesk verschickt oder exportiert sie nie; „Kopie speichern“ legt eine dort ab, wo du willst.</translation>
    </message>
    <message>
        <source>No photos of this check yet.</source>
        <translation>Noch keine Fotos zu diesem Test.</translation>
    </message>
    <message>
        <source>Every photo of this check ({count})</source>
        <translation>Alle Fotos dieses Tests ({count})</translation>
    </message>
    <message>
        <source>{caption}: no photo</source>
        <translation>{caption}: kein Foto</translation>
    </message>
    <message>
        <source>{caption} · {angle} · week of {days}</source>
        <translation>{caption} · {angle} · Woche vom {days}</translation>
    </message>
    <message>
        <source>This week, left and right</source>
        <translation>Diese Woche, links und rechts</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left and right differ by {degrees}° on the photos.</source>
        <translation>Links und rechts unterscheiden sich auf den Fotos um {degrees}°.</translation>
    </message>
    <message>
        <source>Left side: this week against the first and the last photo before it</source>
        <translation>Linke Seite: diese Woche gegen das erste und das letzte Foto davor</translation>
    </message>
    <message>
        <source>Right side: this week against the first and the last photo before it</source>
        <translation>Rechte Seite: diese Woche gegen das erste und das letzte Foto davor</translation>
    </message>
    <message>
        <source>Over time: this week against the first and the last photo before it</source>
        <translation>Im Verlauf: diese Woche gegen das erste und das letzte Foto davor</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>the {measure} photo, left side, of {day}</source>
        <translation>das Foto von „{measure}“, linke Seite, vom {day}</translation>
    </message>
    <message>
        <source>the {measure} photo, right side, of {day}</source>
        <translation>das Foto von „{measure}“, rechte Seite, vom {day}</translation>
    </message>
    <message>
        <source>the {measure} photo of {day}</source>
        <translation>das Foto von „{measure}“ vom {day}</translation>
    </message>
    <message>
        <source>Move the points…</source>
        <translation>Punkte verschieben…</translation>
    </message>
    <message>
        <source>Move the points on {photo}</source>
        <translation>Die Punkte auf {photo} verschieben</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy of {photo}</source>
        <translation>Eine Kopie von {photo} speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {photo}</source>
        <translation>{photo} löschen</translation>
    </message>
    <message>
        <source>{problem}. The photo is still listed.</source>
        <translation>{problem}. Das Foto ist weiter aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the photo. %n photo(s) of this check kept.</source>
        <translation>
            <numerusform>Foto gelöscht. %n Foto dieses Tests bleibt.</numerusform>
            <numerusform>Foto gelöscht. %n Fotos dieses Tests bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. No copy was saved.</source>
        <translation>{problem}. Es wurde keine Kopie gespeichert.</translation>
    </message>
    <message>
        <source>Saved a copy as {file}.</source>
        <translation>Kopie als {file} gespeichert.</translation>
    </message>
    <message>
        <source>Delete the photo</source>
        <translation>Das Foto löschen</translation>
    </message>
    <message>
        <source>Delete this photo for good? The angle stays in your check; only the photo goes.

{path}</source>
        <translation>Dieses Foto endgültig löschen? Der Winkel bleibt in deinem Test; nur das Foto verschwindet.

{path}</translation>
    </message>
    <message>
        <source>Save a copy of the photo</source>
        <translation>Eine Kopie des Fotos speichern</translation>
    </message>
    <message>
        <source>JPEG (*.jpg)</source>
        <translation>JPEG (*.jpg)</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <source>Photo with three points to place</source>
        <translation>Foto mit drei Punkten zum Setzen</translation>
    </message>
    <message>
        <source>Photo of the left side with three points to place</source>
        <translation>Foto der linken Seite mit drei Punkten zum Setzen</translation>
    </message>
    <message>
        <source>Photo of the right side with three points to place</source>
        <translation>Foto der rechten Seite mit drei Punkten zum Setzen</translation>
    </message>
</context>
<context>
    <name>PhotoDialogWords</name>
    <message>
        <source>HipDesk could not encode the photo as JPEG.</source>
        <translation>HipDesk konnte das Foto nicht als JPEG speichern.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>{path} is not an image HipDesk can open ({why}). Choose a JPEG or PNG photo.</source>
        <translation>{path} ist kein Bild, das HipDesk öffnen kann ({why}). Wähl ein JPEG- oder PNG-Foto.</translation>
    </message>
</context>
<context>
    <name>PhotoMeasureDialog</name>
    <message>
        <source>Measure on a photo: {subject}</source>
        <translation>Auf einem Foto messen: {subject}</translation>
    </message>
    <message>
        <source>Measure {subject} on a photo</source>
        <translation>{subject} auf einem Foto messen</translation>
    </message>
    <message>
        <source>Camera: {view}</source>
        <translation>Kamera: {view}</translation>
    </message>
    <message>
        <source>Tips for a photo you can measure</source>
        <translation>Tipps für ein Foto, auf dem du messen kannst</translation>
    </message>
    <message>
        <source>Take a photo with the &amp;camera</source>
        <translation>Foto mit der &amp;Kamera aufnehmen</translation>
    </message>
    <message>
        <source>Take a photo with the camera for {subject}</source>
        <translation>Ein Foto mit der Kamera für {subject} aufnehmen</translation>
    </message>
    <message>
        <source>Countdown before the photo, in seconds</source>
        <translation>Countdown vor dem Foto, in Sekunden</translation>
    </message>
    <message>
        <source>after {seconds} s</source>
        <translation>nach {seconds} s</translation>
    </message>
    <message>
        <source>&amp;Open a photo file…</source>
        <translation>Fotodatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a photo file for {subject}</source>
        <translation>Eine Fotodatei für {subject} öffnen</translation>
    </message>
    <message>
        <source>Problem with the photo</source>
        <translation>Problem mit dem Foto</translation>
    </message>
    <message>
        <source>Photos are kept in {folder} on this computer, only when you use their angle, and HipDesk never sends or exports them. Delete them under Photos in the weekly check.</source>
        <translation>Fotos werden nur dann in {folder} auf diesem Computer gespeichert, wenn du ihren Winkel verwendest, und HipDesk verschickt oder exportiert sie nie. Lösch sie unter „Fotos“ im Wochentest.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: measure without a photo</source>
        <translation>Abbrechen: ohne Foto messen</translation>
    </message>
    <message>
        <source>{view} Get into position: the photo is taken when the count ends.</source>
        <translation>{view} Geh in Position: Das Foto wird aufgenommen, wenn der Countdown endet.</translation>
    </message>
    <message>
        <source>Take it &amp;now</source>
        <translation>&amp;Jetzt aufnehmen</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>Das Foto jetzt aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back: turn the camera off</source>
        <translation>Zurück: die Kamera ausschalten</translation>
    </message>
    <message>
        <source>{subject}: the angle on the photo</source>
        <translation>{subject}: der Winkel auf dem Foto</translation>
    </message>
    <message>
        <source>Drag each point onto the body, or Tab to it and move it with the arrow keys.</source>
        <translation>Zieh jeden Punkt auf den Körper, oder spring mit Tab zu ihm und verschieb ihn mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>About this photo</source>
        <translation>Zu diesem Foto</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Another photo</source>
        <translation>&amp;Anderes Foto</translation>
    </message>
    <message>
        <source>Take or open another photo</source>
        <translation>Ein anderes Foto aufnehmen oder öffnen</translation>
    </message>
    <message>
        <source>Cancel: keep nothing</source>
        <translation>Abbrechen: nichts behalten</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Stillhalten…</translation>
    </message>
    <message>
        <source>The points start at their usual places: move each onto the body.</source>
        <translation>Die Punkte beginnen an ihren üblichen Stellen: Schieb jeden auf den Körper.</translation>
    </message>
    <message>
        <source>The points were suggested by {suggester}: check each one.</source>
        <translation>Die Punkte wurden von {suggester} vorgeschlagen: Prüf jeden einzelnen.</translation>
    </message>
    <message>
        <source>The kept photo could not be opened: {problem}</source>
        <translation>Das gespeicherte Foto ließ sich nicht öffnen: {problem}</translation>
    </message>
    <message>
        <source>Kept on {day}. Move the points, then use the angle again.</source>
        <translation>Gespeichert am {day}. Verschieb die Punkte und übernimm den Winkel dann noch einmal.</translation>
    </message>
    <message>
        <source>{angle} is outside what this check records ({low}° to {high}°).</source>
        <translation>{angle} liegt außerhalb dessen, was dieser Test erfasst ({low}° bis {high}°).</translation>
    </message>
    <message>
        <source>&amp;Use {angle}</source>
        <translation>{angle} &amp;übernehmen</translation>
    </message>
    <message>
        <source>Use {angle} for {subject}</source>
        <translation>{angle} für {subject} übernehmen</translation>
    </message>
    <message>
        <source>{problem} The angle was not used; try again.</source>
        <translation>{problem} Der Winkel wurde nicht übernommen; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Open a photo to measure</source>
        <translation>Ein Foto zum Messen öffnen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Measure the {check} check on a photo</source>
        <translation>Den Test „{check}“ auf einem Foto messen</translation>
    </message>
    <message>
        <source>Measure on a photo</source>
        <translation>Auf einem Foto messen</translation>
    </message>
    <message>
        <source>Take a photo with your webcam, or open one, and place three points on it: the angle goes into the box above, where you can still change it.</source>
        <translation>Nimm mit deiner Webcam ein Foto auf oder öffne eines und setz drei Punkte darauf: Der Winkel kommt ins Feld darüber, wo du ihn noch ändern kannst.</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>Measure {measure} on a photo</source>
        <translation>{measure} auf einem Foto messen</translation>
    </message>
    <message>
        <source>This week&apos;s photos: {angles}</source>
        <translation>Fotos dieser Woche: {angles}</translation>
    </message>
    <message>
        <source>&amp;Photos of this check ({count})…</source>
        <translation>&amp;Fotos dieses Tests ({count})…</translation>
    </message>
    <message numerus="yes">
        <source>Compare and delete the %n photo(s) of this check</source>
        <translation>
            <numerusform>Das %n Foto dieses Tests vergleichen und löschen</numerusform>
            <numerusform>Die %n Fotos dieses Tests vergleichen und löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos for measuring</source>
        <translation>Fotos zum Messen</translation>
    </message>
    <message>
        <source>Photos for measuring: go on?</source>
        <translation>Fotos zum Messen: weiter?</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <source>The file is missing: {path}</source>
        <translation>Die Datei fehlt: {path}</translation>
    </message>
    <message>
        <source>Photo of the left side, {angle}</source>
        <translation>Foto der linken Seite, {angle}</translation>
    </message>
    <message>
        <source>Photo of the right side, {angle}</source>
        <translation>Foto der rechten Seite, {angle}</translation>
    </message>
    <message>
        <source>Photo, {angle}</source>
        <translation>Foto, {angle}</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
</context>
<context>
    <name>PhotoTimelineWords</name>
    <message>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>PhotoWords</name>
    <message>
        <source>To measure an angle, HipDesk can take a photo with your webcam or open one you choose.

A photo is kept only when you use its angle, in {folder} on this computer, so you can compare it with later weeks. Photos opened from a file are kept as a fresh copy without the file&apos;s hidden details (such as where it was taken).

HipDesk never sends your photos anywhere and leaves them out of the backups and exports it makes; a copy leaves the folder only when you save one. You can delete any photo under Photos on this check.

Go on?</source>
        <translation>Um einen Winkel zu messen, kann HipDesk mit deiner Webcam ein Foto aufnehmen oder eines öffnen, das du auswählst.

Ein Foto wird nur gespeichert, wenn du seinen Winkel verwendest, in {folder} auf diesem Computer, damit du es mit späteren Wochen vergleichen kannst. Aus einer Datei geöffnete Fotos werden als frische Kopie ohne die versteckten Angaben der Datei gespeichert (etwa wo es aufgenommen wurde).

HipDesk verschickt deine Fotos nie und lässt sie aus den Sicherungen und Exporten heraus, die es erstellt; eine Kopie verlässt den Ordner nur, wenn du eine speicherst. Du kannst jedes Foto unter „Fotos“ bei diesem Check löschen.

Weiter?</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message numerus="yes">
        <source>the routine {routine} names %n exercise(s) HipDesk does not have: {ids}</source>
        <translation>
            <numerusform>die Routine {routine} nennt %n Übung, die HipDesk nicht hat: {ids}</numerusform>
            <numerusform>die Routine {routine} nennt %n Übungen, die HipDesk nicht hat: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <source>the routine {routine} has no exercises</source>
        <translation>die Routine {routine} enthält keine Übungen</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>This routine cannot be played: {problem}.</source>
        <translation>Diese Routine lässt sich nicht abspielen: {problem}.</translation>
    </message>
    <message>
        <source>Your session is kept and will be saved as soon as it can be.</source>
        <translation>Deine Einheit bleibt erhalten und wird gespeichert, sobald das geht.</translation>
    </message>
    <message>
        <source>The session carries on: every set is kept and saved as soon as it can be.</source>
        <translation>Die Einheit geht weiter: Jeder Satz bleibt erhalten und wird gespeichert, sobald das geht.</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>End this session now? Everything done so far is saved. (Enter ends it, Esc keeps going.)</source>
        <translation>Diese Einheit jetzt beenden? Alles bisher Geschaffte ist gespeichert. (Eingabe beendet sie, Esc macht weiter.)</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>The exercise was stopped. Carry on with the rest when you are ready, or end for today.</source>
        <translation>Die Übung wurde gestoppt. Mach mit dem Rest weiter, wenn du bereit bist, oder hör für heute auf.</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>&amp;End for today</source>
        <translation>&amp;Für heute aufhören</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Noted (it is saved as soon as HipDesk can write again).</source>
        <translation>Notiert (wird gespeichert, sobald HipDesk wieder schreiben kann).</translation>
    </message>
</context>
<context>
    <name>PlayerWords</name>
    <message>
        <source>◀  LEFT</source>
        <translation>◀  LINKS</translation>
    </message>
    <message>
        <source>RIGHT  ▶</source>
        <translation>RECHTS  ▶</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>WIEDERHOLUNGEN</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITENWECHSEL</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>First up</source>
        <translation>Als Erstes</translation>
    </message>
    <message>
        <source>Now the other side</source>
        <translation>Jetzt die andere Seite</translation>
    </message>
    <message>
        <source>Next: set {set} of {sets}</source>
        <translation>Als Nächstes: Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera startet…</translation>
    </message>
</context>
<context>
    <name>ProgressionController</name>
    <message>
        <source>{routine} (next step)</source>
        <translation>{routine} (nächster Schritt)</translation>
    </message>
</context>
<context>
    <name>ProgressionPanel</name>
    <message>
        <source>Next time</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&lt;b&gt;For next time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für das nächste Mal&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your earlier version stays in your history.</source>
        <translation>Deine frühere Version bleibt in deinem Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Apply to the routine</source>
        <translation>In die Routine &amp;übernehmen</translation>
    </message>
    <message>
        <source>Apply these changes to the routine</source>
        <translation>Diese Änderungen in die Routine übernehmen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Keep the routine as it is</source>
        <translation>Die Routine so lassen, wie sie ist</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Reminders snoozed until tomorrow</source>
        <translation>Erinnerungen schlummern bis morgen</translation>
    </message>
    <message>
        <source>Reminders snoozed until {time}</source>
        <translation>Erinnerungen schlummern bis {time}</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Reminders paused until {when} (one is waiting)</source>
        <translation>Erinnerungen pausiert bis {when} (eine wartet)</translation>
    </message>
    <message>
        <source>Reminders paused until {when}</source>
        <translation>Erinnerungen pausiert bis {when}</translation>
    </message>
    <message>
        <source>A reminder is waiting: {reason}</source>
        <translation>Eine Erinnerung wartet: {reason}</translation>
    </message>
    <message>
        <source>Reminders are held: {reason}</source>
        <translation>Erinnerungen werden zurückgehalten: {reason}</translation>
    </message>
    <message>
        <source>Sitting breaks are on</source>
        <translation>Sitzpausen sind an</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <translation>Aufsteh-Minute</translation>
    </message>
    <message>
        <source>Start a one-minute stand-up routine</source>
        <translation>Eine einminütige Aufsteh-Routine starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Remind me again in 30 minutes</source>
        <translation>In 30 Minuten noch einmal erinnern</translation>
    </message>
    <message>
        <source>Remind me again in 30 minutes (Esc)</source>
        <translation>In 30 Minuten noch einmal erinnern (Esc)</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Stand-up minute</source>
        <translation>Aufsteh-Minute</translation>
    </message>
    <message>
        <source>Stand up and swing each leg loosely, front to back: a minute that undoes some sitting.</source>
        <translation>Steh auf und schwing jedes Bein locker vor und zurück: eine Minute, die etwas Sitzen wieder gutmacht.</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>der Bildschirm ist gesperrt</translation>
    </message>
    <message>
        <source>you are away</source>
        <translation>du bist nicht da</translation>
    </message>
    <message>
        <source>reminders are paused</source>
        <translation>Erinnerungen sind pausiert</translation>
    </message>
    <message>
        <source>a window is full screen</source>
        <translation>ein Fenster ist im Vollbild</translation>
    </message>
    <message>
        <source>Do Not Disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <source>Your {time} reminder, held while reminders were paused.</source>
        <translation>Deine Erinnerung von {time}, zurückgehalten, solange Erinnerungen pausiert waren.</translation>
    </message>
    <message>
        <source>Your {time} reminder, held while a window was full screen.</source>
        <translation>Deine Erinnerung von {time}, zurückgehalten, solange ein Fenster im Vollbild war.</translation>
    </message>
    <message>
        <source>Your {time} reminder, held while Do Not Disturb was on.</source>
        <translation>Deine Erinnerung von {time}, zurückgehalten, solange „Nicht stören“ an war.</translation>
    </message>
    <message>
        <source>Stand up and move: a one-minute leg swing, or a routine.</source>
        <translation>Steh auf und beweg dich: eine Minute Beinschwingen oder eine Routine.</translation>
    </message>
    <message>
        <source>Stand up and move: a one-minute leg swing, or {routine}.</source>
        <translation>Steh auf und beweg dich: eine Minute Beinschwingen oder {routine}.</translation>
    </message>
    <message numerus="yes">
        <source>Stand up and move: a one-minute leg swing, or {routine} (%n minute(s)).</source>
        <translation>
            <numerusform>Steh auf und beweg dich: eine Minute Beinschwingen oder {routine} (%n Minute).</numerusform>
            <numerusform>Steh auf und beweg dich: eine Minute Beinschwingen oder {routine} (%n Minuten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for that break</source>
        <translation>Zeit für die Pause</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s)</source>
        <translation>
            <numerusform>Du sitzt seit %n Minute</numerusform>
            <numerusform>Du sitzt seit %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine loosens your hips.</source>
        <translation>Eine Routine lockert deine Hüften.</translation>
    </message>
    <message>
        <source>{routine} loosens your hips.</source>
        <translation>{routine} lockert deine Hüften.</translation>
    </message>
    <message numerus="yes">
        <source>{routine} takes %n minute(s) and loosens your hips.</source>
        <translation>
            <numerusform>{routine} dauert %n Minute und lockert deine Hüften.</numerusform>
            <numerusform>{routine} dauert %n Minuten und lockert deine Hüften.</numerusform>
        </translation>
    </message>
    <message>
        <source>You were away at {time}.</source>
        <translation>Um {time} warst du nicht da.</translation>
    </message>
    <message>
        <source>Your {time} reminder, as you asked.</source>
        <translation>Deine Erinnerung von {time}, wie gewünscht.</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Zeit, dich zu bewegen</translation>
    </message>
</context>
<context>
    <name>RepWords</name>
    <message>
        <source>other way</source>
        <translation>andere Richtung</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>eine Richtung</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All of history</source>
        <translation>Der ganze Verlauf</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Selbst gewählte Daten</translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Bericht für deine Physiotherapie</translation>
    </message>
    <message>
        <source>A PDF for a physiotherapist: minutes per week against your goal, sessions done and cut short, pain before, after and the next day, weekly checks left against right, changes to your routines and the routine you play now. The CSV holds the same figures for a spreadsheet.</source>
        <translation>Ein PDF für die Physiotherapie: Minuten pro Woche im Vergleich zu deinem Ziel, geschaffte und abgebrochene Einheiten, Schmerz vorher, nachher und am Tag danach, Wochentests links gegen rechts, Änderungen an deinen Routinen und die Routine, die du gerade machst. Die CSV-Datei enthält dieselben Zahlen für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern: 16 Nov 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Save the report&apos;s figures as a CSV</source>
        <translation>Die Zahlen des Berichts als CSV speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Bericht (%n Seite) in {path} gespeichert.</numerusform>
            <numerusform>Bericht (%n Seiten) in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n Zeile in {path} gespeichert.</numerusform>
            <numerusform>%n Zeilen in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} ließ sich nicht schreiben: {problem}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>d MMM</source>
        <comment>Qt date pattern: 16 Nov</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern: 16 Nov 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Minutes per week against the goal</source>
        <translation>Minuten pro Woche im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>goal, {minutes} a week</source>
        <translation>Ziel, {minutes} pro Woche</translation>
    </message>
    <message>
        <source>minutes done</source>
        <translation>geschaffte Minuten</translation>
    </message>
    <message>
        <source>Pain per week (average rating, 0–10)</source>
        <translation>Schmerz pro Woche (mittlere Bewertung, 0–10)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>am Tag danach</translation>
    </message>
    <message>
        <source>{measure}: left and right</source>
        <translation>{measure}: links und rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{app}: hip-mobility report</source>
        <translation>{app}: Bericht zur Hüftbeweglichkeit</translation>
    </message>
    <message>
        <source>{period} · written by {app} {version} · HipDesk is not medical advice; these are the person&apos;s own records.</source>
        <translation>{period} · erstellt von {app} {version} · HipDesk ist keine medizinische Beratung; dies sind die eigenen Aufzeichnungen der Person.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): {complete} done in full, {cut_short} cut short.</source>
        <translation>
            <numerusform>%n Einheit: {complete} ganz geschafft, {cut_short} abgebrochen.</numerusform>
            <numerusform>%n Einheiten: {complete} ganz geschafft, {cut_short} abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{minutes} in %n week(s);</source>
        <translation>
            <numerusform>{minutes} in %n Woche;</numerusform>
            <numerusform>{minutes} in %n Wochen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal of {goal} a week was met in %n week(s).</source>
        <translation>
            <numerusform>das Ziel von {goal} pro Woche wurde in %n Woche erreicht.</numerusform>
            <numerusform>das Ziel von {goal} pro Woche wurde in %n Wochen erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Tag danach</translation>
    </message>
    <message>
        <source>Left / right min</source>
        <translation>Links / rechts Min.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Ratings from 0 (none) to 10 (worst), averaged per week: before a session, after it, and the next morning. HipDesk asks to stop above 5, or when pain rises more than 2 points in a session.</source>
        <translation>Bewertungen von 0 (kein) bis 10 (am schlimmsten), pro Woche gemittelt: vor einer Einheit, danach und am nächsten Morgen. HipDesk bittet über 5 oder bei einem Anstieg um mehr als 2 Punkte in einer Einheit aufzuhören.</translation>
    </message>
    <message>
        <source>Weekly checks: left against right</source>
        <translation>Wochentests: links gegen rechts</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>, {side} tighter</source>
        <translation>, {side} steifer</translation>
    </message>
    <message>
        <source>No weekly check with both sides in this period.</source>
        <translation>Kein Wochentest mit beiden Seiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>No routine was changed in this period.</source>
        <translation>In diesem Zeitraum wurde keine Routine geändert.</translation>
    </message>
    <message>
        <source>The current routine</source>
        <translation>Die aktuelle Routine</translation>
    </message>
    <message>
        <source>{routine} (played last in this period)</source>
        <translation>{routine} (zuletzt in diesem Zeitraum gemacht)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>No routine was played in this period.</source>
        <translation>In diesem Zeitraum wurde keine Routine gemacht.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Empfinden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{app} report, {period}</source>
        <translation>{app}-Bericht, {period}</translation>
    </message>
</context>
<context>
    <name>RoutineCardDelegate</name>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
</context>
<context>
    <name>RoutineEditorView</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>This is a built-in routine, so it is read-only. Duplicate it to make your own version to change.</source>
        <translation>Das ist eine eingebaute Routine und lässt sich nicht ändern. Dupliziere sie, um deine eigene Version zu bearbeiten.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>Name this routine</source>
        <translation>Gib der Routine einen Namen</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>5 min (default)</source>
        <translation>5 Min. (Standard)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Target length in minutes</source>
        <translation>Ziellänge in Minuten</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Beschreibung der Routine</translation>
    </message>
    <message>
        <source>What this routine is for, and when to do it</source>
        <translation>Wofür diese Routine ist und wann du sie machst</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Übungen in dieser Routine</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected exercise up (Ctrl+Up)</source>
        <translation>Die gewählte Übung nach oben schieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected exercise down (Ctrl+Down)</source>
        <translation>Die gewählte Übung nach unten schieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected exercise from the routine (Delete)</source>
        <translation>Die gewählte Übung aus der Routine entfernen (Entf)</translation>
    </message>
    <message>
        <source>Drag rows to reorder</source>
        <translation>Zeilen ziehen, um sie umzuordnen</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Not advised for your health profile</source>
        <translation>Für dein Gesundheitsprofil nicht empfohlen</translation>
    </message>
    <message>
        <source>Use the safer &amp;variations</source>
        <translation>Sicherere &amp;Varianten nehmen</translation>
    </message>
    <message>
        <source>Swap in the safer variations</source>
        <translation>Die sichereren Varianten einsetzen</translation>
    </message>
    <message>
        <source>Swap each exercise that may not suit you for its safer variation (undoable)</source>
        <translation>Jede Übung, die vielleicht nicht zu dir passt, gegen ihre sicherere Variante tauschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Exer&amp;cises</source>
        <translation>Übun&amp;gen</translation>
    </message>
    <message>
        <source>Search exercises to add</source>
        <translation>Übungen zum Hinzufügen suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Matching exercises</source>
        <translation>Passende Übungen</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen exercise to the routine</source>
        <translation>Die gewählte Übung zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;exercises</source>
        <translation>Übungen hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this routine (Ctrl+S)</source>
        <translation>Diese Routine speichern (Strg+S)</translation>
    </message>
    <message>
        <source>D&amp;uplicate to edit</source>
        <translation>Zum Bearbeiten d&amp;uplizieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Write this routine to a file you can share</source>
        <translation>Diese Routine in eine Datei schreiben, die du weitergeben kannst</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>Not advised for your health profile (Settings, Health):</source>
        <translation>Für dein Gesundheitsprofil nicht empfohlen (Einstellungen, Gesundheit):</translation>
    </message>
    <message>
        <source>Use the safer variations</source>
        <translation>Sicherere Varianten nehmen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Add {exercise}</source>
        <translation>{exercise} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {exercise}</source>
        <translation>{exercise} entfernen</translation>
    </message>
    <message>
        <source>Move {exercise}</source>
        <translation>{exercise} verschieben</translation>
    </message>
    <message>
        <source>Use {exercise}&apos;s own dose</source>
        <translation>Eigene Dosis von {exercise} nehmen</translation>
    </message>
    <message>
        <source>Change {exercise} dose</source>
        <translation>Dosis von {exercise} ändern</translation>
    </message>
    <message>
        <source>Change {exercise} sides</source>
        <translation>Seiten von {exercise} ändern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Beschreiben</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>Ziel ändern</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate this one to make your own.</source>
        <translation>Eingebaute Routinen lassen sich nicht ändern. Dupliziere diese, um deine eigene zu machen.</translation>
    </message>
    <message>
        <source>Give the routine a name before saving it.</source>
        <translation>Gib der Routine einen Namen, bevor du sie speicherst.</translation>
    </message>
    <message>
        <source>Not saved. {where}: {what}</source>
        <translation>Nicht gespeichert. {where}: {what}</translation>
    </message>
    <message>
        <source>Another routine is already called “{name}”. Choose another name.</source>
        <translation>Eine andere Routine heißt schon „{name}“. Wähl einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Not duplicated. {where}: {what}</source>
        <translation>Nicht dupliziert. {where}: {what}</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”. Rename it and make it yours.</source>
        <translation>Als „{name}“ dupliziert. Benenne sie um und mach sie zu deiner.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete “{name}”? Sessions you played with it stay in your history.</source>
        <translation>„{name}“ löschen? Einheiten, die du damit gemacht hast, bleiben in deinem Verlauf.</translation>
    </message>
    <message>
        <source>Not exported. {where}: {what}</source>
        <translation>Nicht exportiert. {where}: {what}</translation>
    </message>
    <message>
        <source>Not exported. {problem}</source>
        <translation>Nicht exportiert. {problem}</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>„{name}“ nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Nothing was imported. {where}: {what}</source>
        <translation>Nichts wurde importiert. {where}: {what}</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>HipDesk routines (*{suffix} *.json);;All files (*)</source>
        <translation>HipDesk-Routinen (*{suffix} *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RoutineFileWords</name>
    <message>
        <source>points outside the file; a routine file must hold everything itself (no includes, paths or URLs)</source>
        <translation>verweist aus der Datei hinaus; eine Routinedatei muss alles selbst enthalten (keine Includes, Pfade oder URLs)</translation>
    </message>
    <message>
        <source>points outside the file; a routine file must hold everything itself (no includes, paths or URLs) (found {value})</source>
        <translation>verweist aus der Datei hinaus; eine Routinedatei muss alles selbst enthalten (keine Includes, Pfade oder URLs) (gefunden: {value})</translation>
    </message>
    <message>
        <source>unknown key (allowed here: {keys})</source>
        <translation>unbekannter Schlüssel (hier erlaubt: {keys})</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>ist vorgeschrieben, fehlt aber</translation>
    </message>
    <message>
        <source>must be an object {{...}}, got {kind}</source>
        <translation>muss ein Objekt {{...}} sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds, got {value} ({duration})</source>
        <translation>muss zwischen {low} und {high} Sekunden liegen, ist aber {value} ({duration})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds, got {value}</source>
        <translation>muss zwischen {low} und {high} Sekunden liegen, ist aber {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} minutes, got {value}</source>
        <translation>muss zwischen {low} und {high} Minuten liegen, ist aber {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>muss zwischen {low} und {high} liegen, ist aber {value}</translation>
    </message>
    <message>
        <source>must be text, got {value}</source>
        <translation>muss Text sein, ist aber {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>contains a control character (code {code}) at position {position}</source>
        <translation>enthält ein Steuerzeichen (Code {code}) an Position {position}</translation>
    </message>
    <message>
        <source>must be the format number {number}, got {value}</source>
        <translation>muss die Formatnummer {number} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>is format {version}, written by a newer HipDesk; this one reads format {number}</source>
        <translation>ist Format {version}, geschrieben von einem neueren HipDesk; dieses liest Format {number}</translation>
    </message>
    <message>
        <source>must be {number}, got {value}</source>
        <translation>muss {number} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not start or end with spaces</source>
        <translation>darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>a routine called {name} already exists; rename it in the file or delete the other</source>
        <translation>eine Routine namens {name} gibt es schon; benenne sie in der Datei um oder lösch die andere</translation>
    </message>
    <message>
        <source>{name} looks the same as the routine {other} (they differ only in look-alike letters or invisible characters); rename it in the file</source>
        <translation>{name} sieht genauso aus wie die Routine {other} (sie unterscheiden sich nur durch ähnlich aussehende Buchstaben oder unsichtbare Zeichen); benenne sie in der Datei um</translation>
    </message>
    <message>
        <source>has {count} exercises; a routine holds at most {limit}</source>
        <translation>hat {count} Übungen; eine Routine enthält höchstens {limit}</translation>
    </message>
    <message>
        <source>the routine would take about {duration}; at most {limit} is allowed</source>
        <translation>die Routine würde etwa {duration} dauern; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>must be an exercise id, got {kind}</source>
        <translation>muss eine Übungs-ID sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>is not an exercise id (like figure-four-stretch): {value}</source>
        <translation>ist keine Übungs-ID (wie figure-four-stretch): {value}</translation>
    </message>
    <message>
        <source>no exercise with id {id} in HipDesk&apos;s library or in this file&apos;s exercises</source>
        <translation>keine Übung mit der ID {id} in HipDesks Bibliothek oder unter den Übungen dieser Datei</translation>
    </message>
    <message>
        <source>{exercise} is not done one side at a time, so sides must be both</source>
        <translation>{exercise} wird nicht seitenweise geübt, deshalb muss sides both sein</translation>
    </message>
    <message>
        <source>{exercise} is not done one side at a time</source>
        <translation>{exercise} wird nicht seitenweise geübt</translation>
    </message>
    <message>
        <source>give either hold_s (a timed hold) or reps, not both and not neither</source>
        <translation>gib entweder hold_s (eine Haltephase auf Zeit) oder reps an, nicht beides und nicht keins von beiden</translation>
    </message>
    <message>
        <source>only goes with reps (a hold has no tempo)</source>
        <translation>gehört nur zu reps (eine Haltephase hat kein Tempo)</translation>
    </message>
    <message>
        <source>must be a number of seconds, got {value}</source>
        <translation>muss eine Zahl von Sekunden sein, ist aber {value}</translation>
    </message>
    <message>
        <source>a repetition must take some time (every part is 0)</source>
        <translation>eine Wiederholung muss etwas Zeit brauchen (jeder Teil ist 0)</translation>
    </message>
    <message>
        <source>has {count} exercises; a routine brings at most {limit}</source>
        <translation>hat {count} Übungen; eine Routine bringt höchstens {limit} mit</translation>
    </message>
    <message>
        <source>{id} is given twice in this file</source>
        <translation>{id} steht zweimal in dieser Datei</translation>
    </message>
    <message>
        <source>must be a list of text [...], got {kind}</source>
        <translation>muss eine Liste von Texten [...] sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>muss mindestens eine Zeile haben</translation>
    </message>
    <message>
        <source>has {count} lines; at most {limit} are allowed</source>
        <translation>hat {count} Zeilen; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>must be an id like my-band-walk, got {value}</source>
        <translation>muss eine ID wie my-band-walk sein, ist aber {value}</translation>
    </message>
    <message>
        <source>{id} is one of HipDesk&apos;s own exercises; give yours another id</source>
        <translation>{id} ist eine von HipDesks eigenen Übungen; gib deiner eine andere ID</translation>
    </message>
    <message>
        <source>must not be empty or start or end with spaces</source>
        <translation>darf nicht leer sein und nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>check is for HipDesk&apos;s weekly check; choose another phase</source>
        <translation>check ist für HipDesks Wochentest reserviert; wähl eine andere Phase</translation>
    </message>
    <message>
        <source>must list 1 to {limit} body regions, got {value}</source>
        <translation>muss 1 bis {limit} Körperregionen aufzählen, ist aber {value}</translation>
    </message>
    <message>
        <source>names a region twice</source>
        <translation>nennt eine Region zweimal</translation>
    </message>
    <message>
        <source>must be true (one side at a time) or false, got {value}</source>
        <translation>muss true (seitenweise) oder false sein, ist aber {value}</translation>
    </message>
    <message>
        <source>write [] for &quot;no equipment&quot;, not &quot;none&quot;</source>
        <translation>schreib [] für „keine Ausrüstung“, nicht &quot;none&quot;</translation>
    </message>
    <message>
        <source>must be a HipDesk exercise id or null, got {value}</source>
        <translation>muss eine HipDesk-Übungs-ID oder null sein, ist aber {value}</translation>
    </message>
    <message>
        <source>no figure called {id}: use one of HipDesk&apos;s exercise ids</source>
        <translation>keine Abbildung namens {id}: nimm eine von HipDesks Übungs-IDs</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>must be a list [...], got {kind}</source>
        <translation>muss eine Liste [...] sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>muss eines von {choices} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>is larger than {limit} MB, too big to be a routine</source>
        <translation>ist größer als {limit} MB, zu groß für eine Routine</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}, on line {line}); save it as UTF-8 and try again</source>
        <translation>ist kein UTF-8-Text (Byte {byte}, in Zeile {line}); speichere sie als UTF-8 und versuch es noch einmal</translation>
    </message>
    <message>
        <source>would not read back as the same routine</source>
        <translation>würde nicht wieder als dieselbe Routine gelesen</translation>
    </message>
    <message>
        <source>stored routine</source>
        <translation>gespeicherte Routine</translation>
    </message>
</context>
<context>
    <name>RoutineFilesWords</name>
    <message>
        <source>a routine called {name} already exists</source>
        <translation>eine Routine namens {name} gibt es schon</translation>
    </message>
</context>
<context>
    <name>RoutineItemWords</name>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
</context>
<context>
    <name>RoutineItemsModel</name>
    <message>
        <source>{exercise} (not in the library)</source>
        <translation>{exercise} (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>+{count} left</source>
        <translation>+{count} links</translation>
    </message>
    <message>
        <source>+{count} right</source>
        <translation>+{count} rechts</translation>
    </message>
    <message>
        <source>The exercise&apos;s own dose</source>
        <translation>Die eigene Dosis der Übung</translation>
    </message>
    <message>
        <source>Changed for this routine (the exercise&apos;s own: {dose})</source>
        <translation>Für diese Routine geändert (die eigene der Übung: {dose})</translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in routine</source>
        <translation>eingebaute Routine</translation>
    </message>
    <message>
        <source>your routine</source>
        <translation>deine Routine</translation>
    </message>
    <message>
        <source>{name}, {kind}, {detail}, phases: {phases}</source>
        <translation>{name}, {kind}, {detail}, Phasen: {phases}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation>Kräftigen</translation>
    </message>
    <message>
        <source>About {total}, on the {target}-minute target.</source>
        <translation>Etwa {total}, genau im Ziel von {target} Minuten.</translation>
    </message>
    <message>
        <source>About {total}, longer than the {target}-minute target.</source>
        <translation>Etwa {total}, länger als das Ziel von {target} Minuten.</translation>
    </message>
    <message>
        <source>About {total}, shorter than the {target}-minute target.</source>
        <translation>Etwa {total}, kürzer als das Ziel von {target} Minuten.</translation>
    </message>
    <message>
        <source>{exercise} (item {number}) is a {phase} exercise after {earlier} (item {earlier_number}, {stage}). The usual order is roll first, stretch second, strengthen third.</source>
        <translation>{exercise} (Nr. {number}) ist eine Übung der Phase „{phase}“ nach {earlier} (Nr. {earlier_number}, {stage}). Die übliche Reihenfolge ist erst Rollen, dann Dehnen, dann Kräftigen.</translation>
    </message>
    <message>
        <source>{exercise} (item {number}) works the left side only; the right side gets none of it.</source>
        <translation>{exercise} (Nr. {number}) trainiert nur die linke Seite; die rechte bekommt nichts davon.</translation>
    </message>
    <message>
        <source>{exercise} (item {number}) works the right side only; the left side gets none of it.</source>
        <translation>{exercise} (Nr. {number}) trainiert nur die rechte Seite; die linke bekommt nichts davon.</translation>
    </message>
    <message>
        <source>This routine has no exercises yet.</source>
        <translation>Diese Routine hat noch keine Übungen.</translation>
    </message>
    <message>
        <source>Item {number} names an exercise this HipDesk does not have ({exercise}).</source>
        <translation>Nr. {number} nennt eine Übung, die dieses HipDesk nicht hat ({exercise}).</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>▶  &amp;Start</source>
        <translation>▶  &amp;Starten</translation>
    </message>
    <message>
        <source>Start the routine in the player</source>
        <translation>Die Routine im Player starten</translation>
    </message>
    <message>
        <source>Play this routine in the player</source>
        <translation>Diese Routine im Player abspielen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Eine Routinedatei importieren</translation>
    </message>
    <message>
        <source>Read a routine someone shared with you (a HipDesk routine file)</source>
        <translation>Eine Routine einlesen, die dir jemand gegeben hat (eine HipDesk-Routinedatei)</translation>
    </message>
    <message>
        <source>Added {exercise} to “{routine}”. Save to keep it.</source>
        <translation>{exercise} zu „{routine}“ hinzugefügt. Speichere, um es zu behalten.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Aus {file} wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>„{name}“ aus {file} importiert.</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>HipDesk routines (*{suffix} *.json);;All files (*)</source>
        <translation>HipDesk-Routinen (*{suffix} *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>a built-in routine</source>
        <translation>eine eingebaute Routine</translation>
    </message>
    <message>
        <source>one of your routines</source>
        <translation>eine deiner Routinen</translation>
    </message>
    <message>
        <source>A routine with this name exists</source>
        <translation>Eine Routine mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>“{name}” is already {kind}. What should HipDesk do with {file}?</source>
        <translation>„{name}“ ist schon {kind}. Was soll HipDesk mit {file} machen?</translation>
    </message>
    <message>
        <source>&amp;Import as “{name}”</source>
        <translation>Als „{name}“ &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Replace “{name}”</source>
        <translation>„{name}“ &amp;ersetzen</translation>
    </message>
    <message>
        <source>Replacing keeps the old version in your history; sessions played from it stay.</source>
        <translation>Beim Ersetzen bleibt die alte Version in deinem Verlauf; Einheiten damit bleiben erhalten.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Discard them?</source>
        <translation>„{name}“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Cue status</source>
        <translation>Signalstatus</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message>
        <source>Repetition and tempo phase</source>
        <translation>Wiederholung und Tempophase</translation>
    </message>
    <message>
        <source>Paused — press Space to carry on</source>
        <translation>Pausiert – drück die Leertaste, um weiterzumachen</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit der Routine</translation>
    </message>
    <message>
        <source>Next exercise picture</source>
        <translation>Bild der nächsten Übung</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Pain advice</source>
        <translation>Rat bei Schmerzen</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>End for today</source>
        <translation>Für heute aufhören</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Back to the previous set (←)</source>
        <translation>Zurück zum vorherigen Satz (←)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Skip to the next step (→)</source>
        <translation>Zum nächsten Schritt springen (→)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add 10 seconds</source>
        <translation>10 Sekunden dazu</translation>
    </message>
    <message>
        <source>Ten more seconds in this step (+)</source>
        <translation>Zehn Sekunden mehr für diesen Schritt (+)</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Schritt neu starten</translation>
    </message>
    <message>
        <source>Start this step again (R)</source>
        <translation>Diesen Schritt noch einmal beginnen (R)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute cues</source>
        <translation>Signale stumm schalten</translation>
    </message>
    <message>
        <source>Mute or unmute the cues (M)</source>
        <translation>Signale stumm oder wieder laut schalten (M)</translation>
    </message>
    <message>
        <source>Mini player</source>
        <translation>Mini-Player</translation>
    </message>
    <message>
        <source>A small window that stays on top of your work</source>
        <translation>Ein kleines Fenster, das über deiner Arbeit bleibt</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen on or off (F)</source>
        <translation>Vollbild an oder aus (F)</translation>
    </message>
    <message>
        <source>Pain – stop</source>
        <translation>Schmerz – Stopp</translation>
    </message>
    <message>
        <source>Pain stop</source>
        <translation>Schmerzstopp</translation>
    </message>
    <message>
        <source>Stop this exercise because it hurts, and rate the pain (P)</source>
        <translation>Diese Übung stoppen, weil es wehtut, und den Schmerz bewerten (P)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>Exercise {current} of {total}</source>
        <translation>Übung {current} von {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next up:&lt;/b&gt; the end. Nearly there.</source>
        <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; das Ende. Fast geschafft.</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next up:&lt;/b&gt; {}</source>
        <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; {}</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>Rep &lt;b&gt;{rep}&lt;/b&gt; of {reps}</source>
        <translation>Wdh. &lt;b&gt;{rep}&lt;/b&gt; von {reps}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Laut</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>HipDesk settings</source>
        <translation>HipDesk-Einstellungen</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Speichern oder abbrechen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me to move, at these times</source>
        <translation>Zu diesen Zeiten ans Bewegen &amp;erinnern</translation>
    </message>
    <message>
        <source>Reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <source>First reminder time</source>
        <translation>Zeit der ersten Erinnerung</translation>
    </message>
    <message>
        <source>&amp;First reminder</source>
        <translation>Erste Erinnerun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Second reminder</source>
        <translation>&amp;Zweite Erinnerung</translation>
    </message>
    <message>
        <source>Second reminder on</source>
        <translation>Zweite Erinnerung an</translation>
    </message>
    <message>
        <source>Second reminder time</source>
        <translation>Zeit der zweiten Erinnerung</translation>
    </message>
    <message>
        <source>Reminder days</source>
        <translation>Erinnerungstage</translation>
    </message>
    <message>
        <source>On &amp;days</source>
        <translation>An &amp;Tagen</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Sitting breaks</source>
        <translation>Sitzpausen</translation>
    </message>
    <message>
        <source>Suggest a short break &amp;when I have sat too long</source>
        <translation>Eine kurze Pause vorschlagen, &amp;wenn ich zu lange gesessen habe</translation>
    </message>
    <message>
        <source>Sitting breaks on</source>
        <translation>Sitzpausen an</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break</source>
        <translation>Minuten Sitzen vor einer Pause</translation>
    </message>
    <message>
        <source>&amp;After sitting for</source>
        <translation>&amp;Nach so langem Sitzen</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break</source>
        <translation>Minuten weg vom Computer, die als Pause zählen</translation>
    </message>
    <message>
        <source>No keyboard or mouse input, a locked screen or a sleep this long is a break</source>
        <translation>So lange keine Tastatur- oder Mauseingabe, ein gesperrter Bildschirm oder Ruhezustand zählt als Pause</translation>
    </message>
    <message>
        <source>Time awa&amp;y is a break after</source>
        <translation>&amp;Abwesenheit zählt als Pause ab</translation>
    </message>
    <message>
        <source>Counted from your last session, break or time away; never during a session. While you are away, the screen is locked, a window is full screen or Do Not Disturb is on, reminders wait, and one comes when that ends.</source>
        <translation>Gezählt ab deiner letzten Einheit, Pause oder Abwesenheit; nie während einer Einheit. Solange du weg bist, der Bildschirm gesperrt ist, ein Fenster im Vollbild ist oder „Nicht stören“ an ist, warten die Erinnerungen, und eine kommt, wenn das endet.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Default routine</source>
        <translation>Standardroutine</translation>
    </message>
    <message>
        <source>Default rou&amp;tine</source>
        <translation>&amp;Standardroutine</translation>
    </message>
    <message>
        <source> min a week</source>
        <translation> Min. pro Woche</translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation>Wochenziel in Minuten</translation>
    </message>
    <message>
        <source>Weekly &amp;goal</source>
        <translation>Wochenzie&amp;l</translation>
    </message>
    <message>
        <source>&amp;Beeps</source>
        <translation>T&amp;öne</translation>
    </message>
    <message>
        <source>Beep cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>St&amp;imme</translation>
    </message>
    <message>
        <source>Voice cues</source>
        <translation>Sprachsignale</translation>
    </message>
    <message>
        <source>In the player</source>
        <translation>Im Player</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Health profile</source>
        <translation>Gesundheitsprofil</translation>
    </message>
    <message>
        <source>Hip replacement</source>
        <translation>Hüftprothese</translation>
    </message>
    <message>
        <source>&amp;Hip replacement</source>
        <translation>&amp;Hüftprothese</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Schwanger</translation>
    </message>
    <message>
        <source>&amp;Pregnant</source>
        <translation>S&amp;chwanger</translation>
    </message>
    <message>
        <source>&amp;Knee trouble</source>
        <translation>&amp;Knieprobleme</translation>
    </message>
    <message>
        <source>Knee trouble</source>
        <translation>Knieprobleme</translation>
    </message>
    <message>
        <source>&amp;Osteoporosis</source>
        <translation>&amp;Osteoporose</translation>
    </message>
    <message>
        <source>Osteoporosis</source>
        <translation>Osteoporose</translation>
    </message>
    <message>
        <source>Bones thinned by osteoporosis (or osteopenia)</source>
        <translation>Durch Osteoporose (oder Osteopenie) geschwächte Knochen</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>From 65, HipDesk suggests longer stretch holds (30 to 60 s)</source>
        <translation>Ab 65 schlägt HipDesk längere Haltezeiten beim Dehnen vor (30 bis 60 s)</translation>
    </message>
    <message>
        <source>Ag&amp;e</source>
        <translation>Alte&amp;r</translation>
    </message>
    <message>
        <source>Exercises that may not suit</source>
        <translation>Übungen, die vielleicht nicht passen</translation>
    </message>
    <message>
        <source>E&amp;xercises that may not suit</source>
        <translation>Ü&amp;bungen, die vielleicht nicht passen</translation>
    </message>
    <message>
        <source>Kept on this computer. Your clinician&apos;s advice comes first.</source>
        <translation>Bleibt auf diesem Computer. Der Rat deiner Fachperson geht vor.</translation>
    </message>
    <message>
        <source>HipDesk uses this to point out exercises that may not suit you and to suggest safer variations.</source>
        <translation>HipDesk nutzt das, um auf Übungen hinzuweisen, die vielleicht nicht zu dir passen, und sicherere Varianten vorzuschlagen.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Start HipDesk when I &amp;log in</source>
        <translation>HipDesk beim Anmel&amp;den starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Adds {file} that runs: {command}</source>
        <translation>Legt {file} an, das Folgendes ausführt: {command}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The desktop&apos;s ({language})</source>
        <translation>Wie der Desktop ({language})</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>{app} changes language when it next starts.</source>
        <translation>{app} wechselt die Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Right now: {status}</source>
        <translation>Gerade: {status}</translation>
    </message>
</context>
<context>
    <name>SideBadge</name>
    <message>
        <source>No side</source>
        <translation>Keine Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn du es bist</translation>
    </message>
    <message>
        <source>Pick a routine and press Start. After that the keyboard is enough: Space pauses, → skips, ← goes back, P stops for pain, Esc ends.</source>
        <translation>Wähl eine Routine und drück auf Starten. Danach reicht die Tastatur: Leertaste pausiert, → springt weiter, ← geht zurück, P stoppt bei Schmerzen, Esc beendet.</translation>
    </message>
    <message>
        <source>Routines to play</source>
        <translation>Routinen zum Abspielen</translation>
    </message>
    <message>
        <source>Choose a routine, then press Enter or Start</source>
        <translation>Wähl eine Routine, dann drück Eingabe oder Starten</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Die gewählte Routine starten</translation>
    </message>
    <message>
        <source>The built-in routines are not here yet. Play a single exercise below.</source>
        <translation>Die eingebauten Routinen sind noch nicht da. Spiel unten eine einzelne Übung ab.</translation>
    </message>
    <message>
        <source>Exercise to play on its own</source>
        <translation>Einzeln abzuspielende Übung</translation>
    </message>
    <message>
        <source>Play exercise</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <source>Play the chosen exercise on its own</source>
        <translation>Die gewählte Übung einzeln starten</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Pain before the session, 0 to 10 (optional)</source>
        <translation>Schmerz vor der Einheit, 0 bis 10 (optional)</translation>
    </message>
    <message>
        <source>Hip or back pain right now (optional):</source>
        <translation>Hüft- oder Rückenschmerzen gerade (optional):</translation>
    </message>
    <message>
        <source>&amp;Beeps</source>
        <translation>&amp;Töne</translation>
    </message>
    <message>
        <source>Beep cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>V&amp;oice</source>
        <translation>St&amp;imme</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Signale</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cue status</source>
        <translation>Signalstatus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Routinen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or play a single exercise&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oder eine einzelne Übung abspielen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation>Signale:</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>StartupWords</name>
    <message>
        <source>HipDesk&apos;s exercise files have a problem</source>
        <translation>Die Übungsdateien von HipDesk haben ein Problem</translation>
    </message>
    <message>
        <source>The details are in the log file {path}.</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei {path}.</translation>
    </message>
    <message>
        <source>The details are in the terminal.</source>
        <translation>Die Einzelheiten stehen im Terminal.</translation>
    </message>
    <message>
        <source>{app} could not start</source>
        <translation>{app} konnte nicht starten</translation>
    </message>
    <message>
        <source>{app} met an error it did not expect. {where}</source>
        <translation>{app} ist auf einen unerwarteten Fehler gestoßen. {where}</translation>
    </message>
</context>
<context>
    <name>StorageWords</name>
    <message>
        <source>HipDesk cannot open its database</source>
        <translation>HipDesk kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>The file {path} was not a readable HipDesk database ({detail}). It was moved to {moved} and HipDesk started with a fresh one.</source>
        <translation>Die Datei {path} war keine lesbare HipDesk-Datenbank ({detail}). Sie wurde nach {moved} verschoben, und HipDesk hat mit einer neuen begonnen.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of HipDesk (schema {schema}). This version cannot read it safely, so it was left untouched. Please update HipDesk, or start this version with another --data-dir.</source>
        <translation>Die Datenbank {path} stammt von einer neueren HipDesk-Version (Schema {schema}). Diese Version kann sie nicht sicher lesen und hat sie deshalb nicht angerührt. Bitte aktualisiere HipDesk oder starte diese Version mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>HipDesk upgraded its database; the previous copy is saved at {path}.</source>
        <translation>HipDesk hat seine Datenbank aktualisiert; die vorherige Fassung ist unter {path} gesichert.</translation>
    </message>
    <message>
        <source>HipDesk could not prepare its database {path}: {reason}</source>
        <translation>HipDesk konnte seine Datenbank {path} nicht vorbereiten: {reason}</translation>
    </message>
    <message>
        <source>HipDesk could not use its data folder</source>
        <translation>HipDesk konnte seinen Datenordner nicht verwenden</translation>
    </message>
    <message>
        <source>HipDesk&apos;s database is in use by another program</source>
        <translation>Ein anderes Programm verwendet die Datenbank von HipDesk</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program (a database browser, or a sync or backup tool that holds it open). Close that program and try again; nothing was changed or lost.</source>
        <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt (einem Datenbank-Browser oder einem Sync- oder Backup-Werkzeug, das sie offen hält). Schließ dieses Programm und versuch es noch einmal; es wurde nichts geändert und nichts ist verloren.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full, so HipDesk could not write to it. Free some space on that disk and try again.</source>
        <translation>Der Datenträger mit {path} ist voll, deshalb konnte HipDesk nicht darauf schreiben. Schaff dort etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>HipDesk cannot write to its data folder</source>
        <translation>HipDesk kann nicht in seinen Datenordner schreiben</translation>
    </message>
    <message>
        <source>HipDesk cannot write to {path}: it is read-only, or you do not have permission to change it. Make it writable for your user, or start HipDesk with another data folder (--data-dir).</source>
        <translation>HipDesk kann nicht in {path} schreiben: Es ist schreibgeschützt, oder du darfst es nicht ändern. Mach es für deinen Benutzer beschreibbar oder starte HipDesk mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>{path} is a folder, but HipDesk keeps its database in a file of that name. Move or rename the folder (HipDesk does not touch it), or start HipDesk with another data folder (--data-dir).</source>
        <translation>{path} ist ein Ordner, aber HipDesk speichert seine Datenbank in einer Datei dieses Namens. Verschieb den Ordner oder benenne ihn um (HipDesk rührt ihn nicht an), oder starte HipDesk mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>HipDesk cannot read its database {path} ({detail}). Give your user read and write access to that file, or start HipDesk with another data folder (--data-dir).</source>
        <translation>HipDesk kann seine Datenbank {path} nicht lesen ({detail}). Gib deinem Benutzer Lese- und Schreibrechte für diese Datei oder starte HipDesk mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>{path} is not a regular file, but HipDesk keeps its database in a file of that name. Move it away, or start HipDesk with another data folder (--data-dir).</source>
        <translation>{path} ist keine normale Datei, aber HipDesk speichert seine Datenbank in einer Datei dieses Namens. Verschieb sie oder starte HipDesk mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>The disk reported an error</source>
        <translation>Der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed with a disk error ({detail}). Check that the disk is connected and healthy, then try again.</source>
        <translation>Lesen oder Schreiben von {path} ist an einem Datenträgerfehler gescheitert ({detail}). Prüf, ob der Datenträger angeschlossen und in Ordnung ist, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>HipDesk&apos;s database is damaged</source>
        <translation>Die Datenbank von HipDesk ist beschädigt</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Quit HipDesk and start it again: it will move the damaged file aside (keeping it) and start a fresh one.</source>
        <translation>Die Datenbank {path} ist beschädigt ({detail}). Beende HipDesk und starte es neu: Es legt die beschädigte Datei beiseite (sie bleibt erhalten) und beginnt mit einer neuen.</translation>
    </message>
    <message>
        <source>{folder} is a file, but HipDesk keeps its data in a folder of that name. Move the file away, or start HipDesk with another data folder (--data-dir).</source>
        <translation>{folder} ist eine Datei, aber HipDesk speichert seine Daten in einem Ordner dieses Namens. Verschieb die Datei oder starte HipDesk mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>HipDesk could not use the photo file</source>
        <translation>HipDesk konnte die Fotodatei nicht verwenden</translation>
    </message>
    <message>
        <source>Could not save the photo in {path}: {reason}</source>
        <translation>Das Foto konnte nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>{path} konnte nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>HipDesk could not move your data</source>
        <translation>HipDesk konnte deine Daten nicht übertragen</translation>
    </message>
    <message>
        <source>HipDesk could not save the file</source>
        <translation>HipDesk konnte die Datei nicht speichern</translation>
    </message>
    <message>
        <source>the disk is full; free some space, or choose another place</source>
        <translation>der Datenträger ist voll; schaff Platz oder wähl einen anderen Ort</translation>
    </message>
    <message>
        <source>you may not write in {folder}; choose another folder</source>
        <translation>du darfst nicht in {folder} schreiben; wähl einen anderen Ordner</translation>
    </message>
    <message>
        <source>that name is a folder; choose a file name</source>
        <translation>dieser Name gehört zu einem Ordner; wähl einen Dateinamen</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>choose another place and try again</source>
        <translation>wähl einen anderen Ort und versuch es noch einmal</translation>
    </message>
    <message>
        <source>HipDesk could not write {path} ({reason}): {hint}. Nothing was saved there.</source>
        <translation>HipDesk konnte {path} nicht schreiben ({reason}): {hint}. Dort wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Routine to add the exercises to</source>
        <translation>Routine, zu der die Übungen hinzukommen</translation>
    </message>
    <message>
        <source>&amp;Add to a routine</source>
        <translation>Zu einer Routine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the ticked exercises to a routine</source>
        <translation>Die angehakten Übungen zu einer Routine hinzufügen</translation>
    </message>
    <message>
        <source>Add to a routine: result</source>
        <translation>Zu einer Routine hinzufügen: Ergebnis</translation>
    </message>
    <message>
        <source>Saved for the week of {day}.</source>
        <translation>Gespeichert für die Woche vom {day}.</translation>
    </message>
    <message>
        <source>Every check was skipped, so there is nothing to compare this week.</source>
        <translation>Jeder Test wurde übersprungen, also gibt es diese Woche nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Skipped: {checks}.</source>
        <translation>Übersprungen: {checks}.</translation>
    </message>
    <message>
        <source>HipDesk compares and suggests; it does not diagnose. Pain that is sharp, catches or lingers is worth showing to a physiotherapist or doctor.</source>
        <translation>HipDesk vergleicht und schlägt vor; es stellt keine Diagnose. Schmerz, der stechend ist, hakt oder anhält, lass ärztlich oder physiotherapeutisch abklären.</translation>
    </message>
    <message>
        <source>Since the last check: {changes}.</source>
        <translation>Seit dem letzten Test: {changes}.</translation>
    </message>
    <message>
        <source>Worth attention: {finding}</source>
        <translation>Beachtenswert: {finding}</translation>
    </message>
    <message>
        <source>{measure}: left and right</source>
        <translation>{measure}: links und rechts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exercises that work on what you found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übungen für das, was du gefunden hast&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing stands out this week: keep your usual routine.</source>
        <translation>Diese Woche fällt nichts auf: Bleib bei deiner üblichen Routine.</translation>
    </message>
    <message numerus="yes">
        <source>+%n round(s) on the left</source>
        <translation>
            <numerusform>+%n Runde links</numerusform>
            <numerusform>+%n Runden links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n round(s) on the right</source>
        <translation>
            <numerusform>+%n Runde rechts</numerusform>
            <numerusform>+%n Runden rechts</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise}  ·  for: {reason}</source>
        <translation>{exercise}  ·  für: {reason}</translation>
    </message>
    <message>
        <source>Because {reason}.</source>
        <translation>Weil {reason}.</translation>
    </message>
    <message>
        <source>{exercise}, because {reason}</source>
        <translation>{exercise}, weil {reason}</translation>
    </message>
    <message>
        <source>New routine: {name}</source>
        <translation>Neue Routine: {name}</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;In:</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Too &amp;easy</source>
        <translation>Zu &amp;leicht</translation>
    </message>
    <message>
        <source>It felt too easy</source>
        <translation>Es war zu leicht</translation>
    </message>
    <message>
        <source>About &amp;right</source>
        <translation>&amp;Genau richtig</translation>
    </message>
    <message>
        <source>It felt about right</source>
        <translation>Es war genau richtig</translation>
    </message>
    <message>
        <source>Too har&amp;d</source>
        <translation>Zu sch&amp;wer</translation>
    </message>
    <message>
        <source>It felt too hard</source>
        <translation>Es war zu schwer</translation>
    </message>
    <message>
        <source>Session facts</source>
        <translation>Daten der Einheit</translation>
    </message>
    <message>
        <source>How this session counts</source>
        <translation>Wie diese Einheit zählt</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was geschafft wurde</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>Wie hat es sich angefühlt?</translation>
    </message>
    <message>
        <source>Rate pain &amp;after the session:</source>
        <translation>Schmerz &amp;nach der Einheit bewerten:</translation>
    </message>
    <message>
        <source>Rate pain after the session</source>
        <translation>Schmerz nach der Einheit bewerten</translation>
    </message>
    <message>
        <source>Pain after the session, 0 to 10</source>
        <translation>Schmerz nach der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Notes (optional): what felt tight, what to change next time…</source>
        <translation>Notizen (optional): Was war steif, was änderst du beim nächsten Mal…</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notizen zur Einheit</translation>
    </message>
    <message>
        <source>Pain advice</source>
        <translation>Rat bei Schmerzen</translation>
    </message>
    <message>
        <source>&amp;Save and close</source>
        <translation>&amp;Speichern und schließen</translation>
    </message>
    <message>
        <source>Save how it felt and close the summary</source>
        <translation>Speichern, wie es sich angefühlt hat, und die Zusammenfassung schließen</translation>
    </message>
    <message>
        <source>Session stopped for pain</source>
        <translation>Einheit wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>Session finished, mostly skipped</source>
        <translation>Einheit beendet, größtenteils übersprungen</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Einheit vorzeitig beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) done, {work} of work</source>
        <translation>
            <numerusform>%n Satz geschafft, {work} Training</numerusform>
            <numerusform>%n Sätze geschafft, {work} Training</numerusform>
        </translation>
    </message>
    <message>
        <source>No sets were finished this time.</source>
        <translation>Diesmal wurde kein Satz fertig.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Die Zusammenfassung schließen</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>left %n set(s) cut short</source>
        <translation>
            <numerusform>links %n Satz abgebrochen</numerusform>
            <numerusform>links %n Sätze abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>right %n set(s) cut short</source>
        <translation>
            <numerusform>rechts %n Satz abgebrochen</numerusform>
            <numerusform>rechts %n Sätze abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) cut short</source>
        <translation>
            <numerusform>%n Satz abgebrochen</numerusform>
            <numerusform>%n Sätze abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left %n set(s), {amount}</source>
        <translation>
            <numerusform>links %n Satz, {amount}</numerusform>
            <numerusform>links %n Sätze, {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>right %n set(s), {amount}</source>
        <translation>
            <numerusform>rechts %n Satz, {amount}</numerusform>
            <numerusform>rechts %n Sätze, {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s), {amount}</source>
        <translation>
            <numerusform>%n Satz, {amount}</numerusform>
            <numerusform>%n Sätze, {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source> ({count} cut short)</source>
        <translation> ({count} abgebrochen)</translation>
    </message>
    <message>
        <source>{exercise}: {parts}</source>
        <translation>{exercise}: {parts}</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Player</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>TextWords</name>
    <message>
        <source>contains {what} ({code}) at position {position}</source>
        <translation>enthält {what} ({code}) an Position {position}</translation>
    </message>
    <message>
        <source>contains a lone surrogate, which is not a character and cannot be stored ({code}) at position {position}</source>
        <translation>enthält ein einzelnes Surrogat, das kein Zeichen ist und nicht gespeichert werden kann ({code}), an Position {position}</translation>
    </message>
    <message>
        <source>contains a direction override, which makes the text show in another order ({code}) at position {position}</source>
        <translation>enthält eine Richtungsumkehr, die den Text in anderer Reihenfolge zeigt ({code}), an Position {position}</translation>
    </message>
    <message>
        <source>contains a line break ({code}) at position {position}</source>
        <translation>enthält einen Zeilenumbruch ({code}) an Position {position}</translation>
    </message>
    <message>
        <source>contains a tab ({code}) at position {position}</source>
        <translation>enthält einen Tabulator ({code}) an Position {position}</translation>
    </message>
    <message>
        <source>contains a control character ({code}) at position {position}</source>
        <translation>enthält ein Steuerzeichen ({code}) an Position {position}</translation>
    </message>
    <message>
        <source>contains an invisible character, so two names could look alike ({code}) at position {position}</source>
        <translation>enthält ein unsichtbares Zeichen, durch das zwei Namen gleich aussehen könnten ({code}), an Position {position}</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>{app} ran into a problem</source>
        <translation>{app} ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <source>{app} could not write a log file; the details are printed in the terminal.</source>
        <translation>{app} konnte keine Protokolldatei schreiben; die Einzelheiten stehen im Terminal.</translation>
    </message>
    <message>
        <source>Something went wrong that {app} did not expect. What you recorded before it is saved.</source>
        <translation>Etwas ist schiefgegangen, das {app} nicht erwartet hat. Was du vorher aufgezeichnet hast, ist gespeichert.</translation>
    </message>
    <message>
        <source>Report of the problem</source>
        <translation>Bericht über das Problem</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy a report of the problem to the clipboard</source>
        <translation>Einen Bericht über das Problem in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
</context>
<context>
    <name>Webcam</name>
    <message>
        <source>the camera is not on</source>
        <translation>die Kamera ist nicht an</translation>
    </message>
    <message>
        <source>the picture was empty</source>
        <translation>das Bild war leer</translation>
    </message>
    <message>
        <source>no picture came within 8 seconds</source>
        <translation>innerhalb von 8 Sekunden kam kein Bild</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckDialog</name>
    <message>
        <source>Weekly mobility check</source>
        <translation>Wöchentlicher Beweglichkeitstest</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckView</name>
    <message>
        <source>Weekly mobility check</source>
        <translation>Wöchentlicher Beweglichkeitstest</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Progress through the checks</source>
        <translation>Fortschritt durch die Tests</translation>
    </message>
    <message>
        <source>Problem with a value</source>
        <translation>Problem mit einem Wert</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous check</source>
        <translation>Zurück zum vorherigen Test</translation>
    </message>
    <message>
        <source>&amp;Skip this check</source>
        <translation>Test über&amp;springen</translation>
    </message>
    <message>
        <source>Skip this check; nothing is stored for it</source>
        <translation>Diesen Test überspringen; für ihn wird nichts gespeichert</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Nächster Test</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Close the weekly check</source>
        <translation>Den Wochentest schließen</translation>
    </message>
    <message>
        <source>This week&apos;s check</source>
        <translation>Der Test dieser Woche</translation>
    </message>
    <message>
        <source>Week of {day} · summary</source>
        <translation>Woche vom {day} · Zusammenfassung</translation>
    </message>
    <message>
        <source>Check {number} of {total}</source>
        <translation>Test {number} von {total}</translation>
    </message>
    <message>
        <source> · this week&apos;s values are filled in; change what you like</source>
        <translation> · die Werte dieser Woche sind eingetragen; ändere, was du möchtest</translation>
    </message>
    <message>
        <source>See the s&amp;ummary</source>
        <translation>Zur Zusammen&amp;fassung</translation>
    </message>
    <message>
        <source>Save and see the summary</source>
        <translation>Speichern und die Zusammenfassung ansehen</translation>
    </message>
    <message>
        <source>Tick at least one exercise to add.</source>
        <translation>Hak mindestens eine Übung zum Hinzufügen an.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n exercise(s) to “{routine}”. Its earlier version stays in your history.</source>
        <translation>
            <numerusform>%n Übung zu „{routine}“ hinzugefügt. Ihre frühere Version bleibt in deinem Verlauf.</numerusform>
            <numerusform>%n Übungen zu „{routine}“ hinzugefügt. Ihre frühere Version bleibt in deinem Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created “{routine}” with %n exercise(s). Find it under Routines.</source>
        <translation>
            <numerusform>„{routine}“ mit %n Übung erstellt. Du findest sie unter „Routinen“.</numerusform>
            <numerusform>„{routine}“ mit %n Übungen erstellt. Du findest sie unter „Routinen“.</numerusform>
        </translation>
    </message>
</context>
</TS>
