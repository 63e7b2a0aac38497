<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TimeSeriesPainter</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Previous period (no data)</source>
        <translation>Vorheriger Zeitraum (keine Daten)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <source>Good ≤ %1</source>
        <translation>Gut ≤ %1</translation>
    </message>
    <message>
        <source>Poor &gt; %1</source>
        <translation>Schlecht &gt; %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore Real User Monitoring data.</source>
        <translation>Real-User-Monitoring-Daten untersuchen.</translation>
    </message>
    <message>
        <source>The store to open (default: the last one opened, else the demo store).</source>
        <translation>Der zu öffnende Speicher (Vorgabe: der zuletzt geöffnete, sonst der Demo-Speicher).</translation>
    </message>
    <message>
        <source>Show this session&apos;s journey: rumscope --session ID STORE. Support staff open a customer&apos;s session this way.</source>
        <translation>Den Ablauf dieser Sitzung zeigen: rumscope --session ID STORE. So öffnet der Support die Sitzung eines Kunden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>rumscope: %1
</source>
        <translation>rumscope: %1
</translation>
    </message>
    <message>
        <source>--session needs a session id.</source>
        <translation>--session braucht eine Sitzungs-ID.</translation>
    </message>
    <message>
        <source>--session needs the store the session is in: rumscope --session ID STORE</source>
        <translation>--session braucht den Speicher, in dem die Sitzung liegt: rumscope --session ID STORE</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>Der Speicher %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>rumscope::BreakdownModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 samples (%5 good, %6 needs improvement, %7 poor)</source>
        <translation>%1: %2 %3 aus %4 Messwerten (%5 gut, %6 verbesserungswürdig, %7 schlecht)</translation>
    </message>
    <message>
        <source>%1: no samples of %2 in %3 page views</source>
        <translation>%1: keine Messwerte für %2 in %3 Seitenaufrufen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Needs impr.</source>
        <translation>Verbess.</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
</context>
<context>
    <name>rumscope::BreakdownView</name>
    <message>
        <source>Click a row to show only its page views; right-click for more</source>
        <translation>Klicken Sie auf eine Zeile, um nur ihre Seitenaufrufe zu zeigen; Rechtsklick für mehr</translation>
    </message>
</context>
<context>
    <name>rumscope::Canonical</name>
    <message>
        <source>field &quot;%1&quot;: %2 is outside the plausible range %3 to %4</source>
        <translation>Feld &quot;%1&quot;: %2 liegt außerhalb des plausiblen Bereichs %3 bis %4</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a JSON object</source>
        <translation>Feld &quot;%1&quot; muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a number</source>
        <translation>Feld &quot;%1&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>Feld &quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an array of stack frames</source>
        <translation>Feld &quot;%1&quot; muss ein Array von Stack-Frames sein</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>das Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;navigationType&quot;: &quot;%1&quot; is not one of %2</source>
        <translation>Feld &quot;navigationType&quot;: &quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>field &quot;kind&quot;: &quot;%1&quot; is not one of %2</source>
        <translation>Feld &quot;kind&quot;: &quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;type&quot; field naming the record type</source>
        <translation>kein Feld &quot;type&quot;, das den Datensatztyp nennt</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>unbekannter Datensatztyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>unbekannter Datensatztyp</translation>
    </message>
</context>
<context>
    <name>rumscope::ChartAxis</name>
    <message numerus="yes">
        <source>%n-minute</source>
        <translation>
            <numerusform>%n-minütige</numerusform>
            <numerusform>%n-minütige</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>one-minute</source>
        <translation>minütlich</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
</context>
<context>
    <name>rumscope::ChartExport</name>
    <message>
        <source>There is nothing to save: the view has no size.</source>
        <translation>Es gibt nichts zu speichern: Die Ansicht hat keine Größe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported from rumscope</source>
        <translation>Aus rumscope exportiert</translation>
    </message>
    <message>
        <source>Cannot draw the view as SVG.</source>
        <translation>Die Ansicht kann nicht als SVG gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot write %1 as PNG.</source>
        <translation>%1 kann nicht als PNG geschrieben werden.</translation>
    </message>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation>Als PNG oder SVG exportieren …</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>rumscope::Collector</name>
    <message>
        <source>The collector cannot listen on %1:%2: %3</source>
        <translation>Der Collector kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>There is no beacon endpoint at %1.</source>
        <translation>Unter %1 gibt es keinen Beacon-Endpunkt.</translation>
    </message>
    <message>
        <source>Beacons from %1 are not accepted here.</source>
        <translation>Beacons von %1 werden hier nicht angenommen.</translation>
    </message>
    <message>
        <source>%1 is not accepted at %2.</source>
        <translation>%1 wird unter %2 nicht angenommen.</translation>
    </message>
    <message>
        <source>Too many requests from this client; try again in a second.</source>
        <translation>Zu viele Anfragen von diesem Client; bitte in einer Sekunde erneut versuchen.</translation>
    </message>
    <message>
        <source>The beacon carries no app key this collector knows.</source>
        <translation>Das Beacon trägt keinen App-Schlüssel, den dieser Collector kennt.</translation>
    </message>
    <message>
        <source>OTLP protobuf bodies are not read yet: configure the exporter for JSON (application/json).</source>
        <translation>OTLP-Protobuf-Inhalte werden noch nicht gelesen: Konfigurieren Sie den Exporter für JSON (application/json).</translation>
    </message>
    <message>
        <source>The body is %1 bytes; at most %2 are accepted.</source>
        <translation>Der Inhalt ist %1 Bytes groß; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>The collector is catching up; try again shortly.</source>
        <translation>Der Collector holt auf; bitte gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>The feed is read with GET.</source>
        <translation>Der Feed wird mit GET gelesen.</translation>
    </message>
    <message>
        <source>This collector has no feed: start it with a read token to have one.</source>
        <translation>Dieser Collector hat keinen Feed: Starten Sie ihn mit einem Lese-Token, um einen zu haben.</translation>
    </message>
    <message>
        <source>Reading the feed takes a read token: Authorization: Bearer TOKEN.</source>
        <translation>Den Feed zu lesen braucht ein Lese-Token: Authorization: Bearer TOKEN.</translation>
    </message>
    <message>
        <source>after must be a cursor the feed gave, 0 or more.</source>
        <translation>after muss ein Cursor sein, den der Feed gegeben hat, 0 oder mehr.</translation>
    </message>
    <message>
        <source>limit must be between 1 and %1.</source>
        <translation>limit muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>wait must be between 0 and %1 seconds.</source>
        <translation>wait muss zwischen 0 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>What came after cursor %1 was pruned; the feed starts after %2.</source>
        <translation>Was nach Cursor %1 kam, wurde bereinigt; der Feed beginnt nach %2.</translation>
    </message>
    <message>
        <source>Cursor %1 is past the end of this feed (%2): it belongs to another store.</source>
        <translation>Cursor %1 liegt hinter dem Ende dieses Feeds (%2): Er gehört zu einem anderen Speicher.</translation>
    </message>
    <message>
        <source>The cursor belongs to store %1; this collector writes to %2: start again from 0.</source>
        <translation>Der Cursor gehört zu Speicher %1; dieser Collector schreibt in %2: Beginnen Sie wieder bei 0.</translation>
    </message>
</context>
<context>
    <name>rumscope::CollectorSettingsDialog</name>
    <message>
        <source>Receive beacons while a store is open</source>
        <translation>Beacons empfangen, solange ein Speicher geöffnet ist</translation>
    </message>
    <message>
        <source>Collector Settings</source>
        <translation>Collector-Einstellungen</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>any origin</source>
        <translation>jeder Ursprung</translation>
    </message>
    <message>
        <source>Origins whose pages may send, e.g. https://shop.example.com, separated by spaces.</source>
        <translation>Ursprünge, deren Seiten senden dürfen, z. B. https://shop.example.com, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The window&apos;s collector listens on 127.0.0.1, for SDKs on this machine. For a team, run &lt;tt&gt;rumscope-cli serve&lt;/tt&gt; on a server and follow it with Collector ▸ Connect to Collector…</source>
        <translation>Der Collector des Fensters lauscht auf 127.0.0.1, für SDKs auf diesem Rechner. Für ein Team starten Sie &lt;tt&gt;rumscope-cli serve&lt;/tt&gt; auf einem Server und folgen ihm mit Collector ▸ Mit Collector verbinden…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>Erlaubte &amp;Ursprünge:</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>App-&amp;Schlüssel:</translation>
    </message>
</context>
<context>
    <name>rumscope::ConnectDialog</name>
    <message>
        <source>Connect to Collector</source>
        <translation>Mit Collector verbinden</translation>
    </message>
    <message>
        <source>the collector&apos;s --read-token</source>
        <translation>das --read-token des Collectors</translation>
    </message>
    <message>
        <source>Beacons that a rumscope collector (&lt;tt&gt;rumscope-cli serve&lt;/tt&gt;) receives are copied into %1 as they arrive, and keep coming after a break where they left off.</source>
        <translation>Beacons, die ein rumscope-Collector (&lt;tt&gt;rumscope-cli serve&lt;/tt&gt;) empfängt, werden beim Eintreffen nach %1 kopiert und kommen nach einer Unterbrechung dort weiter, wo sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Collector &amp;URL:</source>
        <translation>Collector-&amp;URL:</translation>
    </message>
    <message>
        <source>Read &amp;token:</source>
        <translation>Lese-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The URL must be http:// or https:// with a host name.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen und einen Hostnamen haben.</translation>
    </message>
</context>
<context>
    <name>rumscope::DemoStoreBuilder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Writing the demo store failed: %1</source>
        <translation>Schreiben des Demo-Speichers fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot move the demo store to %1.</source>
        <translation>Der Demo-Speicher kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>rumscope::DeviceVitalsModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Zu wenige Daten</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>%1 passes the Core Web Vitals: LCP, INP and CLS are all good at %2.</source>
        <translation>%1 besteht die Core Web Vitals: LCP, INP und CLS sind bei %2 alle gut.</translation>
    </message>
    <message>
        <source>%1 fails the Core Web Vitals: not all of LCP, INP and CLS are good at %2.</source>
        <translation>%1 besteht die Core Web Vitals nicht: LCP, INP und CLS sind bei %2 nicht alle gut.</translation>
    </message>
    <message>
        <source>%1: not enough data; a vital has no samples.</source>
        <translation>%1: zu wenige Daten; ein Vitalwert hat keine Messwerte.</translation>
    </message>
    <message>
        <source>%1: no samples.</source>
        <translation>%1: keine Messwerte.</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 Messwert</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 Messwerte</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4).</source>
        <translation>%1: %2, %3 (%4).</translation>
    </message>
    <message>
        <source>%1 page views.</source>
        <translation>%1 Seitenaufrufe.</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Core Web Vitals</source>
        <translation>Core Web Vitals</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
</context>
<context>
    <name>rumscope::DeviceVitalsPanel</name>
    <message>
        <source>Core Web Vitals by device type</source>
        <translation>Core Web Vitals nach Gerätetyp</translation>
    </message>
    <message>
        <source>Passes Core Web Vitals</source>
        <translation>Besteht die Core Web Vitals</translation>
    </message>
    <message>
        <source>LCP, INP and CLS all good at %1</source>
        <translation>LCP, INP und CLS alle gut bei %1</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No page views in this range.</source>
        <translation>Keine Seitenaufrufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Click to filter every view to this device type.</source>
        <translation>Klicken, um alle Ansichten auf diesen Gerätetyp zu filtern.</translation>
    </message>
    <message>
        <source>A device type passes the Core Web Vitals when its LCP, INP and CLS are all good at the chosen percentile (CrUX assesses p75 of the last 28 days).</source>
        <translation>Ein Gerätetyp besteht die Core Web Vitals, wenn LCP, INP und CLS beim gewählten Perzentil alle gut sind (CrUX beurteilt p75 der letzten 28 Tage).</translation>
    </message>
    <message>
        <source>&amp;Filter to %1</source>
        <translation>Auf %1 &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Exclude %1</source>
        <translation>%1 &amp;ausschließen</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation>A&amp;lle Zeilen kopieren</translation>
    </message>
</context>
<context>
    <name>rumscope::Dimension</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Browser version</source>
        <translation>Browserversion</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Navigation type</source>
        <translation>Navigationstyp</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>Quellformat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>rumscope::DisplayFormat</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>p%1</source>
        <translation>p%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>rumscope::Engine</name>
    <message>
        <source>The store has no session with the id &quot;%1&quot;.</source>
        <translation>Der Speicher enthält keine Sitzung mit der ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the page views of %1: %2</source>
        <translation>Die Seitenaufrufe von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the errors: %1</source>
        <translation>Die Fehler können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The store %1 kept changing while it was read.</source>
        <translation>Der Speicher %1 hat sich beim Lesen immer wieder verändert.</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s changes: %1</source>
        <translation>Die Änderungen des Speichers können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store has no error with the fingerprint &quot;%1&quot;.</source>
        <translation>Der Speicher enthält keinen Fehler mit dem Fingerprint &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>rumscope::Enrich</name>
    <message>
        <source>The user-agent rules %1 cannot be read: %2.</source>
        <translation>Die User-Agent-Regeln %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The user-agent rules %1 cannot be used. %2</source>
        <translation>Die User-Agent-Regeln %1 können nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>The GeoIP database %1 does not exist.</source>
        <translation>Die GeoIP-Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The GeoIP database %1 cannot be read.</source>
        <translation>Die GeoIP-Datenbank %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a MaxMind GeoIP database, or it is damaged (%2).</source>
        <translation>%1 ist keine MaxMind-GeoIP-Datenbank oder sie ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The GeoIP database %1 cannot be opened: %2.</source>
        <translation>Die GeoIP-Datenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The route rule “%1” is not a valid regular expression: %2.</source>
        <translation>Die Routenregel „%1“ ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <source>The route rule “%1” has no route.</source>
        <translation>Die Routenregel „%1“ hat keine Route.</translation>
    </message>
    <message>
        <source>The user-agent rules have no “%1” list: they are not uap-core&apos;s regexes.yaml.</source>
        <translation>Den User-Agent-Regeln fehlt die Liste „%1“: Sie sind nicht die regexes.yaml von uap-core.</translation>
    </message>
    <message>
        <source>The user-agent rules cannot be read: %1.</source>
        <translation>Die User-Agent-Regeln können nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The built-in user-agent rules are missing: this build of rumscope lacks uap-core&apos;s regexes.yaml.</source>
        <translation>Die eingebauten User-Agent-Regeln fehlen: Diesem Build von rumscope fehlt die regexes.yaml von uap-core.</translation>
    </message>
</context>
<context>
    <name>rumscope::ErrorDetailPane</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>no response: network error, CORS or blocked</source>
        <translation>keine Antwort: Netzwerkfehler, CORS oder blockiert</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation>Nicht verarbeitbarer Inhalt</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(unknown file)</source>
        <translation>(unbekannte Datei)</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>Fi&amp;lter to This Error</source>
        <translation>Auf diesen Fehler fi&amp;ltern</translation>
    </message>
    <message>
        <source>Show only the page views that had this error, in every view</source>
        <translation>In allen Ansichten nur die Seitenaufrufe zeigen, die diesen Fehler hatten</translation>
    </message>
    <message>
        <source>Show &amp;Sessions with This Error</source>
        <translation>&amp;Sitzungen mit diesem Fehler zeigen</translation>
    </message>
    <message>
        <source>List the sessions in which this error happened</source>
        <translation>Die Sitzungen auflisten, in denen dieser Fehler auftrat</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Exclude this error, or copy its message or fingerprint</source>
        <translation>Diesen Fehler ausschließen oder seine Meldung oder seinen Fingerprint kopieren</translation>
    </message>
    <message>
        <source>&amp;Exclude This Error</source>
        <translation>Diesen Fehler &amp;ausschließen</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>&amp;Meldung kopieren</translation>
    </message>
    <message>
        <source>Copy F&amp;ingerprint</source>
        <translation>Finger&amp;print kopieren</translation>
    </message>
    <message>
        <source>Copy the session id</source>
        <translation>Die Sitzungs-ID kopieren</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Release:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>In the store:</source>
        <translation>Im Speicher:</translation>
    </message>
    <message>
        <source>Latest occurrence</source>
        <translation>Letztes Auftreten</translation>
    </message>
    <message>
        <source>Stack frames, innermost first</source>
        <translation>Stack-Frames, innerster zuerst</translation>
    </message>
    <message>
        <source>The stack, innermost frame first; right-click to copy</source>
        <translation>Der Stack, innerster Frame zuerst; Rechtsklick zum Kopieren</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>File:line:column</source>
        <translation>Datei:Zeile:Spalte</translation>
    </message>
    <message>
        <source>Raw stack</source>
        <translation>Roher Stack</translation>
    </message>
    <message>
        <source>The browser reported no stack for this error.</source>
        <translation>Der Browser hat für diesen Fehler keinen Stack gemeldet.</translation>
    </message>
    <message>
        <source>Stack frames</source>
        <translation>Stack-Frames</translation>
    </message>
    <message>
        <source>Copy Stack</source>
        <translation>Stack kopieren</translation>
    </message>
    <message>
        <source>Copy the stack as the browser reported it</source>
        <translation>Den Stack so kopieren, wie der Browser ihn gemeldet hat</translation>
    </message>
    <message>
        <source>Copy Frame</source>
        <translation>Frame kopieren</translation>
    </message>
    <message>
        <source>Copy Frames</source>
        <translation>Frames kopieren</translation>
    </message>
    <message>
        <source>Copy All Frames</source>
        <translation>Alle Frames kopieren</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>%1 errors in %2 sessions · first seen %3 · last seen %4</source>
        <translation>%1 Fehler in %2 Sitzungen · zuerst gesehen %3 · zuletzt gesehen %4</translation>
    </message>
    <message>
        <source>In the time range and for the filter; fingerprint %1</source>
        <translation>Im Zeitraum und für den Filter; Fingerprint %1</translation>
    </message>
    <message>
        <source>Reading the latest occurrence from the store…</source>
        <translation>Lese das letzte Auftreten aus dem Speicher …</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1 Vorkommen</translation>
    </message>
    <message>
        <source>No stack frames were reported</source>
        <translation>Es wurden keine Stack-Frames gemeldet</translation>
    </message>
    <message>
        <source>Stack frames (%1)</source>
        <translation>Stack-Frames (%1)</translation>
    </message>
    <message>
        <source>Select an error group to see its stack, the page and session it last happened in, and the URL and status of a failed request.</source>
        <translation>Wählen Sie eine Fehlergruppe, um ihren Stack, die Seite und Sitzung ihres letzten Auftretens sowie URL und Status einer fehlgeschlagenen Anfrage zu sehen.</translation>
    </message>
</context>
<context>
    <name>rumscope::ErrorExampleLoader</name>
    <message>
        <source>No store is open.</source>
        <translation>Es ist kein Speicher geöffnet.</translation>
    </message>
</context>
<context>
    <name>rumscope::ErrorGroupModel</name>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No trend for this group</source>
        <translation>Kein Verlauf für diese Gruppe</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>Errors %1 over the time range
Peak: %2 at %3
Latest: %4 at %5</source>
        <translation>Fehler %1 im Zeitraum
Spitze: %2 (%3)
Zuletzt: %4 (%5)</translation>
    </message>
    <message>
        <source>%1
%2 · fingerprint %3
Click to show only the page views with this error; right-click for more</source>
        <translation>%1
%2 · Fingerprint %3
Klicken Sie, um nur die Seitenaufrufe mit diesem Fehler zu zeigen; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Kind of error: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
    <message>
        <source>%1 errors in the time range</source>
        <translation>%1 Fehler im Zeitraum</translation>
    </message>
    <message>
        <source>It happened in %1 sessions</source>
        <translation>Er trat in %1 Sitzungen auf</translation>
    </message>
    <message>
        <source>First seen in the time range: %1</source>
        <translation>Im Zeitraum zuerst gesehen: %1</translation>
    </message>
    <message>
        <source>Last seen in the time range: %1</source>
        <translation>Im Zeitraum zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>Browsers not known yet</source>
        <translation>Browser noch nicht bekannt</translation>
    </message>
    <message>
        <source>Browsers it happened in most:</source>
        <translation>Browser, in denen er am häufigsten auftrat:</translation>
    </message>
    <message>
        <source>%1: %2 errors</source>
        <translation>%1: %2 Fehler</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Top browsers</source>
        <translation>Häufigste Browser</translation>
    </message>
</context>
<context>
    <name>rumscope::ErrorKind</name>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Unhandled rejection</source>
        <translation>Unbehandelte Rejection</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>rumscope::ErrorKindBadge</name>
    <message>
        <source>Kind of error: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
</context>
<context>
    <name>rumscope::ErrorsPage</name>
    <message>
        <source>Error groups</source>
        <translation>Fehlergruppen</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>%1 errors in %2 groups</source>
        <translation>%1 Fehler in %2 Gruppen</translation>
    </message>
    <message>
        <source>%1 (the %2 with most errors listed)</source>
        <translation>%1 (aufgeführt: die %2 mit den meisten Fehlern)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Filter to This Error</source>
        <translation>Auf diesen Fehler &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Exclude This Error</source>
        <translation>Diesen Fehler &amp;ausschließen</translation>
    </message>
    <message>
        <source>Show &amp;Sessions with This Error</source>
        <translation>&amp;Sitzungen mit diesem Fehler zeigen</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>&amp;Meldung kopieren</translation>
    </message>
    <message>
        <source>Copy F&amp;ingerprint</source>
        <translation>Finger&amp;print kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
</context>
<context>
    <name>rumscope::FeedFollower</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collector&apos;s address: give one like http://rum.example.com:8787.</source>
        <translation>„%1“ ist keine Collector-Adresse: Geben Sie eine wie http://rum.example.com:8787 an.</translation>
    </message>
    <message>
        <source>Following a collector takes its read token.</source>
        <translation>Einem Collector zu folgen braucht sein Lese-Token.</translation>
    </message>
    <message>
        <source>%1 does not answer as a rumscope collector (no feed cursor).</source>
        <translation>%1 antwortet nicht wie ein rumscope-Collector (kein Feed-Cursor).</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>%1 sent a page of more than %2 MB: that is not a rumscope feed.</source>
        <translation>%1 hat eine Seite von mehr als %2 MB geschickt: Das ist kein rumscope-Feed.</translation>
    </message>
    <message>
        <source>a page of the feed arrived incomplete</source>
        <translation>eine Seite des Feeds kam unvollständig an</translation>
    </message>
</context>
<context>
    <name>rumscope::FileKind</name>
    <message>
        <source>rumscope stores (*.rumscope *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>rumscope-Speicher (*.rumscope *.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Beacon files (*.ndjson *.jsonl *.json *.log *.txt);;All files (*)</source>
        <translation>Beacon-Dateien (*.ndjson *.jsonl *.json *.log *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rumscope::FilterBar</name>
    <message>
        <source>Which page views every view shows, counted back from the last page view in the store</source>
        <translation>Welche Seitenaufrufe alle Ansichten zeigen, zurückgerechnet vom letzten Seitenaufruf im Speicher</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Percentile:</source>
        <translation>&amp;Perzentil:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous filter (%1)</source>
        <translation>Zurück zum vorigen Filter (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward to the next filter (%1)</source>
        <translation>Vor zum nächsten Filter (%1)</translation>
    </message>
    <message>
        <source>Which metric the breakdowns, the map and the trends show</source>
        <translation>Welche Metrik die Aufschlüsselungen, die Karte und die Verläufe zeigen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Which percentile of each metric the views show</source>
        <translation>Welches Perzentil jeder Metrik die Ansichten zeigen</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Remove the selected time span</source>
        <translation>Den ausgewählten Zeitabschnitt entfernen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove the filter “%1”</source>
        <translation>Den Filter „%1“ entfernen</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>Without errors</source>
        <translation>Ohne Fehler</translation>
    </message>
    <message>
        <source>Remove the error filter</source>
        <translation>Den Fehlerfilter entfernen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>rumscope::FilterState</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>rumscope::Formats</name>
    <message>
        <source>a captured request must be a JSON object</source>
        <translation>eine aufgezeichnete Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a captured request needs a method</source>
        <translation>eine aufgezeichnete Anfrage braucht eine Methode</translation>
    </message>
    <message>
        <source>the captured body is not valid base64</source>
        <translation>der aufgezeichnete Body ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>unknown body encoding &quot;%1&quot;</source>
        <translation>unbekannte Body-Kodierung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the body is larger than %1 MiB</source>
        <translation>der Body ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>not a boomerang beacon: it has neither a v= nor a u= parameter</source>
        <translation>kein boomerang-Beacon: Er hat weder den Parameter v= noch den Parameter u=</translation>
    </message>
    <message>
        <source>the boomerang beacon carries no plausible time</source>
        <translation>der boomerang-Beacon enthält keine plausible Zeit</translation>
    </message>
    <message>
        <source>the boomerang payload turns into more than %1 records</source>
        <translation>die boomerang-Nutzdaten ergeben mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The Elastic metadata line is not valid JSON: %1</source>
        <translation>Die Elastic-Metadatenzeile ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Line %1 of the Elastic payload is not valid JSON: %2</source>
        <translation>Zeile %1 der Elastic-Nutzdaten ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Line %1 of the Elastic payload is not a JSON object</source>
        <translation>Zeile %1 der Elastic-Nutzdaten ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The Elastic payload holds more than %1 events</source>
        <translation>Die Elastic-Nutzdaten enthalten mehr als %1 Ereignisse</translation>
    </message>
    <message>
        <source>The Elastic payload does not start with a metadata line</source>
        <translation>Die Elastic-Nutzdaten beginnen nicht mit einer Metadatenzeile</translation>
    </message>
    <message>
        <source>The Elastic payload is empty</source>
        <translation>Die Elastic-Nutzdaten sind leer</translation>
    </message>
    <message>
        <source>the Faro payload holds a list of more than %1 items</source>
        <translation>die Faro-Nutzdaten enthalten eine Liste mit mehr als %1 Einträgen</translation>
    </message>
    <message>
        <source>the Faro payload turns into more than %1 records</source>
        <translation>die Faro-Nutzdaten ergeben mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>the Faro payload holds more than %1 trace spans</source>
        <translation>die Faro-Nutzdaten enthalten mehr als %1 Trace-Spans</translation>
    </message>
    <message>
        <source>a Faro payload must be a JSON object</source>
        <translation>Faro-Nutzdaten müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>not a Faro payload: it has no meta object and no list of measurements, events, exceptions, logs or traces</source>
        <translation>keine Faro-Nutzdaten: Sie haben weder ein meta-Objekt noch eine Liste measurements, events, exceptions, logs oder traces</translation>
    </message>
    <message>
        <source>the OTLP body is not JSON: protobuf exports are not supported, configure the exporter for JSON (OTLP/HTTP JSON)</source>
        <translation>der OTLP-Body ist kein JSON: Protobuf-Exporte werden nicht unterstützt, stellen Sie den Exporter auf JSON um (OTLP/HTTP JSON)</translation>
    </message>
    <message>
        <source>not an OTLP trace export: there is no resourceSpans array</source>
        <translation>kein OTLP-Trace-Export: Es gibt kein Array resourceSpans</translation>
    </message>
    <message>
        <source>not an OTLP trace export: resourceSpans is not an array</source>
        <translation>kein OTLP-Trace-Export: resourceSpans ist kein Array</translation>
    </message>
    <message>
        <source>the OTLP export holds more than %1 spans</source>
        <translation>der OTLP-Export enthält mehr als %1 Spans</translation>
    </message>
    <message>
        <source>the OTLP export holds more than %1 records</source>
        <translation>der OTLP-Export enthält mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>a Sentry transaction holds more than %1 spans</source>
        <translation>eine Sentry-Transaktion enthält mehr als %1 Spans</translation>
    </message>
    <message>
        <source>a Sentry span item holds more than %1 spans</source>
        <translation>ein Sentry-Span-Eintrag enthält mehr als %1 Spans</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>die Nutzdaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the envelope header: %1</source>
        <translation>der Envelope-Header: %1</translation>
    </message>
    <message>
        <source>the envelope header is not a JSON object</source>
        <translation>der Envelope-Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>item %1 header: %2</source>
        <translation>Header von Eintrag %1: %2</translation>
    </message>
    <message>
        <source>item %1 header is not a JSON object</source>
        <translation>der Header von Eintrag %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>item %1 has no type</source>
        <translation>Eintrag %1 hat keinen Typ</translation>
    </message>
    <message>
        <source>item %1 has an invalid length</source>
        <translation>Eintrag %1 hat eine ungültige Länge</translation>
    </message>
    <message>
        <source>item %1 claims %2 bytes, but only %3 follow</source>
        <translation>Eintrag %1 gibt %2 Bytes an, es folgen aber nur %3</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>the envelope holds more than %1 records</source>
        <translation>der Envelope enthält mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>a web-vitals report must be a JSON object</source>
        <translation>ein web-vitals-Bericht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>no web-vitals metric (a name of LCP, INP, CLS, FCP, TTFB or FID and a numeric value) in the payload</source>
        <translation>keine web-vitals-Metrik (ein Name aus LCP, INP, CLS, FCP, TTFB oder FID und ein numerischer Wert) in den Nutzdaten</translation>
    </message>
</context>
<context>
    <name>rumscope::GeographyModel</name>
    <message numerus="yes">
        <source>Fewer than %n samples: too few to rate, greyed on the map.</source>
        <translation>
            <numerusform>Weniger als %n Messwert: zu wenige für eine Bewertung, auf der Karte grau dargestellt.</numerusform>
            <numerusform>Weniger als %n Messwerte: zu wenige für eine Bewertung, auf der Karte grau dargestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too small to draw on the world map; listed here only.</source>
        <translation>Zu klein für die Weltkarte; nur hier aufgeführt.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
</context>
<context>
    <name>rumscope::GeographyPage</name>
    <message>
        <source>&amp;World</source>
        <translation>&amp;Welt</translation>
    </message>
    <message>
        <source>Show every country again: removes the filter on countries</source>
        <translation>Wieder alle Länder zeigen: entfernt den Filter auf Länder</translation>
    </message>
    <message>
        <source>Countries, regions and cities with fewer samples are greyed and not rated: their percentile is too uncertain to trust.</source>
        <translation>Länder, Regionen und Städte mit weniger Messwerten werden grau dargestellt und nicht bewertet: Ihr Perzentil ist zu unsicher, um ihm zu trauen.</translation>
    </message>
    <message>
        <source>&amp;Minimum samples:</source>
        <translation>&amp;Mindestzahl Messwerte:</translation>
    </message>
    <message>
        <source>Countries — %1 %2</source>
        <translation>Länder — %1 %2</translation>
    </message>
    <message>
        <source>Regions of %1 — %2 %3</source>
        <translation>Regionen von %1 — %2 %3</translation>
    </message>
    <message>
        <source>Cities — %1 %2</source>
        <translation>Städte — %1 %2</translation>
    </message>
    <message>
        <source>Cities of %1 — %2 %3</source>
        <translation>Städte von %1 — %2 %3</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 page views from %n countries</source>
        <translation>
            <numerusform>%1 von %2 Seitenaufrufen aus %n Land</numerusform>
            <numerusform>%1 von %2 Seitenaufrufen aus %n Ländern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3: %1 of %2 page views; the map shows all %n countries</source>
        <translation>
            <numerusform>%3: %1 von %2 Seitenaufrufen; die Karte zeigt %n Land</numerusform>
            <numerusform>%3: %1 von %2 Seitenaufrufen; die Karte zeigt alle %n Länder</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, …</source>
        <translation>%1, …</translation>
    </message>
    <message>
        <source>Too small to draw: %1 (in the table)</source>
        <translation>Zu klein zum Zeichnen: %1 (in der Tabelle)</translation>
    </message>
    <message>
        <source>Not on the map at this scale, listed in the table: %1</source>
        <translation>In diesem Maßstab nicht auf der Karte, in der Tabelle aufgeführt: %1</translation>
    </message>
</context>
<context>
    <name>rumscope::HistogramChart</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Distribution chart</source>
        <translation>Verteilungsdiagramm</translation>
    </message>
    <message>
        <source>No page view in this span reported %1.</source>
        <translation>Kein Seitenaufruf in diesem Zeitabschnitt hat %1 gemeldet.</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>0 or less</source>
        <translation>0 oder weniger</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 page views (%3)
%4</source>
        <translation>%1
%2 Seitenaufrufe (%3)
%4</translation>
    </message>
    <message>
        <source>Copy Data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <source>From	To	Page views</source>
        <translation>Von	Bis	Seitenaufrufe</translation>
    </message>
</context>
<context>
    <name>rumscope::ImportJob</name>
    <message>
        <source>Writing to the store failed: %1</source>
        <translation>Schreiben in den Speicher fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the %1 records read before were kept.</source>
        <translation>Import abgebrochen; die %1 zuvor gelesenen Datensätze bleiben erhalten.</translation>
    </message>
    <message>
        <source>Imported %1 records (%2).</source>
        <translation>%1 Datensätze importiert (%2).</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 lines were quarantined — %2%3</source>
        <translation>%1 Zeilen kamen in Quarantäne — %2%3</translation>
    </message>
    <message>
        <source>; …</source>
        <translation>; …</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 implausible values were left out (first: %2).</source>
        <translation>%1 unplausible Werte wurden ausgelassen (erster: %2).</translation>
    </message>
</context>
<context>
    <name>rumscope::Importer</name>
    <message>
        <source>the line is longer than %1 MiB</source>
        <translation>die Zeile ist länger als %1 MiB</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: reading stopped: %2</source>
        <translation>%1: Lesen abgebrochen: %2</translation>
    </message>
    <message>
        <source>the payload is larger than %1 MiB</source>
        <translation>die Nutzdaten sind größer als %1 MiB</translation>
    </message>
    <message>
        <source>not a format rumscope reads (%1)</source>
        <translation>kein Format, das rumscope liest (%1)</translation>
    </message>
    <message>
        <source>%1: not a format rumscope reads; name one with --format (%2)</source>
        <translation>%1: kein Format, das rumscope liest; nennen Sie eines mit --format (%2)</translation>
    </message>
    <message>
        <source>%1: the folder holds no files to read</source>
        <translation>%1: der Ordner enthält keine Dateien zum Einlesen</translation>
    </message>
</context>
<context>
    <name>rumscope::Ingest</name>
    <message>
        <source>%1 %2 = %3 is out of range; dropped</source>
        <translation>%1 %2 = %3 liegt außerhalb des zulässigen Bereichs; verworfen</translation>
    </message>
    <message>
        <source>a %1 has no plausible time (%2)</source>
        <translation>ein Datensatz vom Typ %1 hat keine plausible Zeit (%2)</translation>
    </message>
    <message>
        <source>a session has no id</source>
        <translation>eine Sitzung hat keine ID</translation>
    </message>
    <message>
        <source>a page view has no session or view id</source>
        <translation>ein Seitenaufruf hat keine Sitzungs- oder Seitenaufruf-ID</translation>
    </message>
    <message>
        <source>the payload is larger than %1 MiB</source>
        <translation>die Nutzdaten sind größer als %1 MiB</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>the payload holds more than %1 records</source>
        <translation>die Nutzdaten enthalten mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>cannot start decompressing (out of memory)</source>
        <translation>das Entpacken kann nicht beginnen (nicht genügend Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>the body inflates to more than %1 MiB</source>
        <translation>der Body ist entpackt größer als %1 MiB</translation>
    </message>
    <message>
        <source>the compressed body is damaged</source>
        <translation>der komprimierte Body ist beschädigt</translation>
    </message>
    <message>
        <source>the compressed body is truncated</source>
        <translation>der komprimierte Body ist abgeschnitten</translation>
    </message>
    <message>
        <source>the compressed body is damaged (%1)</source>
        <translation>der komprimierte Body ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the body is larger than %1 MiB</source>
        <translation>der Body ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the content encoding &quot;%1&quot; is not supported (gzip and deflate are)</source>
        <translation>das Content-Encoding &quot;%1&quot; wird nicht unterstützt (gzip und deflate schon)</translation>
    </message>
    <message>
        <source>out of memory for parsing JSON</source>
        <translation>nicht genügend Arbeitsspeicher zum Parsen von JSON</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the JSON is larger than %1 MiB</source>
        <translation>das JSON ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the payload is empty</source>
        <translation>die Nutzdaten sind leer</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>rumscope::JourneyDetails</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>nicht identifiziert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Einstiegsseite</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Ausstiegsseite</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Click an event on the timeline, or step through them with Up and Down, to see it here. Zoom with + and − or Ctrl+wheel, pan with Left and Right or by dragging; 0 shows the whole session. Right-click to copy or export.</source>
        <translation>Klicken Sie auf ein Ereignis in der Zeitleiste oder gehen Sie die Ereignisse mit Auf und Ab durch, um es hier zu sehen. Zoomen mit + und − oder Strg+Mausrad, verschieben mit Links und Rechts oder durch Ziehen; 0 zeigt die ganze Sitzung. Rechtsklick zum Kopieren oder Exportieren.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Route change</source>
        <translation>Routenwechsel</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Seitenaufruf</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Shown for</source>
        <translation>Anzeigedauer</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>Auf dieser Seite</translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 Ressource</translation>
    </message>
    <message>
        <source>%1 resources</source>
        <translation>%1 Ressourcen</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 Interaktion</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 Interaktionen</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 long task</source>
        <translation>1 langer Task</translation>
    </message>
    <message>
        <source>%1 long tasks</source>
        <translation>%1 lange Tasks</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <source>LCP parts</source>
        <translation>LCP-Phasen</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation>Time to First Byte</translation>
    </message>
    <message>
        <source>Resource load delay</source>
        <translation>Ressourcen-Ladeverzögerung</translation>
    </message>
    <message>
        <source>Resource load duration</source>
        <translation>Ressourcen-Ladedauer</translation>
    </message>
    <message>
        <source>Element render delay</source>
        <translation>Element-Renderverzögerung</translation>
    </message>
    <message>
        <source>INP parts</source>
        <translation>INP-Phasen</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Input delay</source>
        <translation>Eingabeverzögerung</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <source>Presentation delay</source>
        <translation>Darstellungsverzögerung</translation>
    </message>
    <message>
        <source>Largest shift</source>
        <translation>Größte Verschiebung</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>DOM interactive</source>
        <translation>DOM interaktiv</translation>
    </message>
    <message>
        <source>DOM content loaded</source>
        <translation>DOM-Inhalt geladen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Total blocking time</source>
        <translation>Total Blocking Time</translation>
    </message>
    <message>
        <source>Device and network</source>
        <translation>Gerät und Netzwerk</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Round-Trip-Zeit</translation>
    </message>
    <message>
        <source>Downlink</source>
        <translation>Downlink</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Zeitaufteilung</translation>
    </message>
    <message>
        <source>Resource (%1)</source>
        <translation>Ressource (%1)</translation>
    </message>
    <message>
        <source>After the page view began</source>
        <translation>Nach Beginn des Seitenaufrufs</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>nothing (from cache)</source>
        <translation>nichts (aus dem Cache)</translation>
    </message>
    <message>
        <source>Encoded size</source>
        <translation>Kodierte Größe</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Render-blocking</source>
        <translation>Render-blockierend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Long task</source>
        <translation>Langer Task</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>rumscope::JourneyLanes</name>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Long tasks</source>
        <translation>Lange Tasks</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Long task</source>
        <translation>Langer Task</translation>
    </message>
    <message>
        <source>Long task (%1)</source>
        <translation>Langer Task (%1)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation>Bei %1 (%2)</translation>
    </message>
    <message>
        <source>Route change: %1</source>
        <translation>Routenwechsel: %1</translation>
    </message>
    <message>
        <source>Page view: %1</source>
        <translation>Seitenaufruf: %1</translation>
    </message>
    <message>
        <source>%1 · shown for %2</source>
        <translation>%1 · angezeigt für %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 Ressource</translation>
    </message>
    <message>
        <source>%1 resources</source>
        <translation>%1 Ressourcen</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 Interaktion</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 Interaktionen</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 long task</source>
        <translation>1 langer Task</translation>
    </message>
    <message>
        <source>%1 long tasks</source>
        <translation>%1 lange Tasks</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>at %1 (%2:%3:%4)</source>
        <translation>at %1 (%2:%3:%4)</translation>
    </message>
    <message>
        <source>&lt;anonymous&gt;</source>
        <translation>&lt;anonymous&gt;</translation>
    </message>
    <message>
        <source>Interaction: %1</source>
        <translation>Interaktion: %1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Input delay %1</source>
        <translation>Eingabeverzögerung %1</translation>
    </message>
    <message>
        <source>Processing %1</source>
        <translation>Verarbeitung %1</translation>
    </message>
    <message>
        <source>Presentation %1</source>
        <translation>Darstellung %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Resource (%1)</source>
        <translation>Ressource (%1)</translation>
    </message>
    <message>
        <source>%1, %2 after the page view began</source>
        <translation>%1, %2 nach Beginn des Seitenaufrufs</translation>
    </message>
    <message>
        <source>%1 · took %2</source>
        <translation>%1 · dauerte %2</translation>
    </message>
    <message>
        <source>%1 transferred</source>
        <translation>%1 übertragen</translation>
    </message>
    <message>
        <source>from cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>%1 encoded</source>
        <translation>%1 kodiert</translation>
    </message>
    <message>
        <source>render-blocking</source>
        <translation>render-blockierend</translation>
    </message>
    <message>
        <source>%1 · blocked the main thread for %2</source>
        <translation>%1 · blockierte den Haupt-Thread für %2</translation>
    </message>
    <message>
        <source>Measurement: %1</source>
        <translation>Messung: %1</translation>
    </message>
    <message>
        <source>%1:%2:%3.%4</source>
        <translation>%1:%2:%3,%4</translation>
    </message>
    <message>
        <source>%1:%2.%3</source>
        <translation>%1:%2,%3</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rumscope::JourneyLoader</name>
    <message>
        <source>Cannot read the session: the store %1 does not exist any more.</source>
        <translation>Die Sitzung kann nicht gelesen werden: Der Speicher %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rumscope::JourneyPaint</name>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Page load</source>
        <translation>Seitenladevorgang</translation>
    </message>
    <message>
        <source>Route change</source>
        <translation>Routenwechsel</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Stylesheet</source>
        <translation>Stylesheet</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Fetch/XHR</source>
        <translation>Fetch/XHR</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>Andere Ressource</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Each page view from its start to the next one, with its LCP, INP and CLS in their ratings&apos; colours; route changes are dashed. Click one to see its resources below.</source>
        <translation>Jeder Seitenaufruf von seinem Beginn bis zum nächsten, mit LCP, INP und CLS in den Farben ihrer Bewertung; Routenwechsel sind gestrichelt. Klicken Sie auf einen, um unten seine Ressourcen zu sehen.</translation>
    </message>
    <message>
        <source>Clicks, taps and key presses, coloured by how fast the page answered (the INP thresholds).</source>
        <translation>Klicks, Tipps und Tastendrücke, gefärbt danach, wie schnell die Seite reagiert hat (die INP-Schwellenwerte).</translation>
    </message>
    <message>
        <source>JavaScript errors, unhandled rejections and failed requests.</source>
        <translation>JavaScript-Fehler, unbehandelte Promise-Rejections und fehlgeschlagene Anfragen.</translation>
    </message>
    <message>
        <source>Tasks that kept the main thread busy for 50 ms or more.</source>
        <translation>Tasks, die den Haupt-Thread 50 ms oder länger beschäftigt haben.</translation>
    </message>
    <message>
        <source>Every resource the pages fetched, coloured by type; failed requests in red.</source>
        <translation>Jede Ressource, die die Seiten geladen haben, nach Typ gefärbt; fehlgeschlagene Anfragen in Rot.</translation>
    </message>
    <message>
        <source>Custom measurements and events the site reported.</source>
        <translation>Eigene Messungen und Ereignisse, die die Website gemeldet hat.</translation>
    </message>
</context>
<context>
    <name>rumscope::JourneyTimeline</name>
    <message>
        <source>Session journey</source>
        <translation>Sitzungsablauf</translation>
    </message>
    <message>
        <source>Choose a session in the list, or press Ctrl+L and enter a session id.</source>
        <translation>Wählen Sie eine Sitzung in der Liste, oder drücken Sie Strg+L und geben Sie eine Sitzungs-ID ein.</translation>
    </message>
    <message>
        <source>The session has no page views: no resources to show.</source>
        <translation>Die Sitzung hat keine Seitenaufrufe: keine Ressourcen anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4</source>
        <translation>%1 %2 von %3: %4</translation>
    </message>
    <message>
        <source>Route change</source>
        <translation>Routenwechsel</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Seitenaufruf</translation>
    </message>
    <message>
        <source>At %1 · 1 resource · vitals:</source>
        <translation>Bei %1 · 1 Ressource · Vitalwerte:</translation>
    </message>
    <message>
        <source>At %1 · %2 resources · vitals:</source>
        <translation>Bei %1 · %2 Ressourcen · Vitalwerte:</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>No resources were reported.</source>
        <translation>Es wurden keine Ressourcen gemeldet.</translation>
    </message>
    <message>
        <source>Copy Session ID</source>
        <translation>Sitzungs-ID kopieren</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Zoom to “%1”</source>
        <translation>Auf „%1“ zoomen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
</context>
<context>
    <name>rumscope::LiveController</name>
    <message>
        <source>&amp;Collector</source>
        <translation>&amp;Collector</translation>
    </message>
    <message>
        <source>&amp;Receive Beacons</source>
        <translation>Beacons &amp;empfangen</translation>
    </message>
    <message>
        <source>Run a collector on 127.0.0.1 that stores what SDKs send in the open store</source>
        <translation>Einen Collector auf 127.0.0.1 betreiben, der speichert, was SDKs an den geöffneten Speicher senden</translation>
    </message>
    <message>
        <source>Collector &amp;Settings…</source>
        <translation>Collector-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Connect to Collector…</source>
        <translation>Mit Collector &amp;verbinden…</translation>
    </message>
    <message>
        <source>Follow a remote rumscope collector&apos;s beacons into the open store</source>
        <translation>Die Beacons eines entfernten rumscope-Collectors in den geöffneten Speicher übernehmen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>%1 Change the port with Collector ▸ Collector Settings…</source>
        <translation>%1 Ändern Sie den Port unter Collector ▸ Collector-Einstellungen…</translation>
    </message>
    <message>
        <source>Open or create a store first: a collector&apos;s beacons are copied into the open store.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Speicher: Die Beacons eines Collectors werden in den geöffneten Speicher kopiert.</translation>
    </message>
    <message>
        <source>● Receiving on 127.0.0.1:%1</source>
        <translation>● Empfang auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Collector off: %1</source>
        <translation>Collector aus: %1</translation>
    </message>
    <message>
        <source>● Following %1</source>
        <translation>● Folgt %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Verbinde erneut mit %1…</translation>
    </message>
    <message>
        <source>Not following %1</source>
        <translation>Folgt %1 nicht</translation>
    </message>
</context>
<context>
    <name>rumscope::LiveEventModel</name>
    <message>
        <source>Page view</source>
        <translation>Seitenaufruf</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>LCP %1</source>
        <translation>LCP %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Page, message or target</source>
        <translation>Seite, Meldung oder Ziel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>rumscope::LivePage</name>
    <message>
        <source>Beacons received per second</source>
        <translation>Empfangene Beacons pro Sekunde</translation>
    </message>
    <message>
        <source>Accepted since start</source>
        <translation>Angenommen seit Start</translation>
    </message>
    <message>
        <source>Records stored</source>
        <translation>Gespeicherte Datensätze</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting to be parsed</source>
        <translation>Warten auf Verarbeitung</translation>
    </message>
    <message>
        <source>Double-click an event to open its session&apos;s journey.</source>
        <translation>Doppelklicken Sie auf ein Ereignis, um den Verlauf seiner Sitzung zu öffnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest events&lt;/b&gt; — none has arrived since %1.</source>
        <translation>&lt;b&gt;Neueste Ereignisse&lt;/b&gt; — seit %1 ist keines eingetroffen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest events&lt;/b&gt; — the newest %1 of those stored since %2, by their time. Double-click one for its session.</source>
        <translation>&lt;b&gt;Neueste Ereignisse&lt;/b&gt; — die neuesten %1 der seit %2 gespeicherten, nach ihrer Zeit. Doppelklick öffnet die Sitzung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receiving beacons at %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Point an SDK here — Faro: &lt;tt&gt;%1/collect&lt;/tt&gt; · Elastic RUM: &lt;tt&gt;%1&lt;/tt&gt; · OpenTelemetry: &lt;tt&gt;%1/v1/traces&lt;/tt&gt; · Sentry: &lt;tt&gt;%1/api/1/envelope/&lt;/tt&gt; · boomerang: &lt;tt&gt;%1/beacon&lt;/tt&gt; · web-vitals: &lt;tt&gt;%1/vitals&lt;/tt&gt; · canonical NDJSON: &lt;tt&gt;%1/ingest&lt;/tt&gt;&lt;/small&gt;</source>
        <translation>&lt;b&gt;Empfange Beacons unter %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Richten Sie ein SDK hierauf — Faro: &lt;tt&gt;%1/collect&lt;/tt&gt; · Elastic RUM: &lt;tt&gt;%1&lt;/tt&gt; · OpenTelemetry: &lt;tt&gt;%1/v1/traces&lt;/tt&gt; · Sentry: &lt;tt&gt;%1/api/1/envelope/&lt;/tt&gt; · boomerang: &lt;tt&gt;%1/beacon&lt;/tt&gt; · web-vitals: &lt;tt&gt;%1/vitals&lt;/tt&gt; · kanonisches NDJSON: &lt;tt&gt;%1/ingest&lt;/tt&gt;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not receiving beacons.&lt;/b&gt; Turn the collector on with Collector ▸ Receive Beacons.</source>
        <translation>&lt;b&gt;Keine Beacons im Empfang.&lt;/b&gt; Schalten Sie den Collector mit Collector ▸ Beacons empfangen ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not receiving beacons:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine Beacons im Empfang:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Records followed per second</source>
        <translation>Übernommene Datensätze pro Sekunde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connecting to %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbinde mit %1…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Following %1&lt;/b&gt; — live.</source>
        <translation>&lt;b&gt;Folgt %1&lt;/b&gt; — live.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Following %1&lt;/b&gt; — connection lost: %2</source>
        <translation>&lt;b&gt;Folgt %1&lt;/b&gt; — Verbindung verloren: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped following %1:&lt;/b&gt; %2 (Collector ▸ Connect to Collector… to try again)</source>
        <translation>&lt;b&gt;Folgt %1 nicht mehr:&lt;/b&gt; %2 (Collector ▸ Mit Collector verbinden…, um es erneut zu versuchen)</translation>
    </message>
</context>
<context>
    <name>rumscope::MainWindow</name>
    <message>
        <source>rumscope</source>
        <translation>rumscope</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Speicher ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Neuer Speicher …</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About rumscope</source>
        <translation>&amp;Über rumscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1 …</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Generating two months of demo traffic…
%1 of %2 sessions</source>
        <translation>Erzeuge zwei Monate Demo-Verkehr …
%1 von %2 Sitzungen</translation>
    </message>
    <message>
        <source>The demo store could not be made: %1</source>
        <translation>Der Demo-Speicher konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Demo data was not generated. Open a store with File ▸ Open Store…, or create one with File ▸ New Store… and import files into it.</source>
        <translation>Es wurden keine Demo-Daten erzeugt. Öffnen Sie einen Speicher mit Datei ▸ Speicher öffnen … oder legen Sie mit Datei ▸ Neuer Speicher … einen an und importieren Sie Dateien hinein.</translation>
    </message>
    <message>
        <source>Preparing the demo store</source>
        <translation>Demo-Speicher wird vorbereitet</translation>
    </message>
    <message>
        <source>Generating two months of demo traffic…</source>
        <translation>Erzeuge zwei Monate Demo-Verkehr …</translation>
    </message>
    <message>
        <source>Open or create a store first: imported records go into the open store.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Speicher: Importierte Datensätze kommen in den geöffneten Speicher.</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Importiere nach %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere …</translation>
    </message>
    <message>
        <source>Read %1 of %2
%3 records stored</source>
        <translation>%1 von %2 gelesen
%3 Datensätze gespeichert</translation>
    </message>
    <message>
        <source>%1 — rumscope</source>
        <translation>%1 — rumscope</translation>
    </message>
    <message>
        <source>%1 holds no page views yet. Import beacon files with File ▸ Import Files… or drop them on this window.</source>
        <translation>%1 enthält noch keine Seitenaufrufe. Importieren Sie Beacon-Dateien mit Datei ▸ Dateien importieren … oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <source>rumscope stores (*.rumscope)</source>
        <translation>rumscope-Speicher (*.rumscope)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>About rumscope</source>
        <translation>Über rumscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rumscope %1&lt;/h3&gt;&lt;p&gt;Explore Real User Monitoring data — Core Web Vitals, errors and sessions from the beacons your users&apos; browsers send — on your own machine.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rumscope %1&lt;/h3&gt;&lt;p&gt;Untersuchen Sie Real-User-Monitoring-Daten — Core Web Vitals, Fehler und Sitzungen aus den Beacons, die die Browser Ihrer Nutzer senden — auf Ihrem eigenen Rechner.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>An import is running already; import these files when it has finished.</source>
        <translation>Es läuft bereits ein Import; importieren Sie diese Dateien, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Import beacon files of any supported SDK, captured requests or canonical NDJSON into the open store</source>
        <translation>Beacon-Dateien jedes unterstützten SDKs, aufgezeichnete Anfragen oder kanonisches NDJSON in den geöffneten Speicher importieren</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Import every file in a folder and its subfolders into the open store</source>
        <translation>Alle Dateien eines Ordners und seiner Unterordner in den geöffneten Speicher importieren</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Session id:</source>
        <translation>Sitzungs-ID:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen …</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Show one session&apos;s journey by its id: every page, click, error and request</source>
        <translation>Den Ablauf einer Sitzung über ihre ID zeigen: jede Seite, jeden Klick, jeden Fehler und jede Anfrage</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>rumscope::MessageStrip</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>rumscope::Metric</name>
    <message>
        <source>Largest Contentful Paint</source>
        <translation>Largest Contentful Paint</translation>
    </message>
    <message>
        <source>Interaction to Next Paint</source>
        <translation>Interaction to Next Paint</translation>
    </message>
    <message>
        <source>Cumulative Layout Shift</source>
        <translation>Cumulative Layout Shift</translation>
    </message>
    <message>
        <source>First Contentful Paint</source>
        <translation>First Contentful Paint</translation>
    </message>
    <message>
        <source>Time to First Byte</source>
        <translation>Time to First Byte</translation>
    </message>
    <message>
        <source>First Input Delay</source>
        <translation>First Input Delay</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Verbesserungswürdig</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
</context>
<context>
    <name>rumscope::MetricCard</name>
    <message>
        <source>1 sample</source>
        <translation>1 Messwert</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 Messwerte</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4, %5. %6 good, %7 needs improvement, %8 poor; %9.</source>
        <translation>%1 %2 (%3): %4, %5. %6 gut, %7 verbesserungswürdig, %8 schlecht; %9.</translation>
    </message>
    <message>
        <source>%1 (%2): no page view in the current range reported it.</source>
        <translation>%1 (%2): Kein Seitenaufruf im aktuellen Zeitraum hat diesen Wert gemeldet.</translation>
    </message>
    <message>
        <source>Good up to %1, poor above %2 (web.dev thresholds).</source>
        <translation>Gut bis %1, schlecht über %2 (Schwellenwerte von web.dev).</translation>
    </message>
    <message>
        <source>No samples</source>
        <translation>Keine Messwerte</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Period: %1.</source>
        <translation>Zeitraum: %1.</translation>
    </message>
    <message>
        <source>%1 against the %2 (%3): %4 from %5. Lower is better.</source>
        <translation>%1 gegenüber dem vorherigen Zeitraum (%2, %3): %4 aus %5. Niedriger ist besser.</translation>
    </message>
    <message>
        <source>No samples in the %1 (%2) to compare with.</source>
        <translation>Keine Messwerte im vorherigen Zeitraum (%1, %2) zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2: no samples</source>
        <translation>%1
%2: keine Messwerte</translation>
    </message>
    <message>
        <source>%1
%2: %3 (%4)
%5</source>
        <translation>%1
%2: %3 (%4)
%5</translation>
    </message>
</context>
<context>
    <name>rumscope::MetricCardModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Verbesserungswürdig</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>rumscope::OverviewPage</name>
    <message>
        <source>%1 page views from %2 sessions</source>
        <translation>%1 Seitenaufrufe aus %2 Sitzungen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>%1 · compared with the %2: %3</source>
        <translation>%1 · verglichen mit dem vorherigen Zeitraum (%2): %3</translation>
    </message>
    <message>
        <source>%1 · no page views in the %2 to compare with</source>
        <translation>%1 · keine Seitenaufrufe im vorherigen Zeitraum (%2) zum Vergleich</translation>
    </message>
</context>
<context>
    <name>rumscope::OverviewSparklineModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>Beginn des Zeitabschnitts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rumscope::OverviewTile</name>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>rumscope::OverviewTotalsModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 page views a session</source>
        <translation>%1 Seitenaufrufe pro Sitzung</translation>
    </message>
    <message>
        <source>%1 of %2 page views</source>
        <translation>%1 von %2 Seitenaufrufen</translation>
    </message>
    <message>
        <source>Page views: page loads and route changes that match the filter.</source>
        <translation>Seitenaufrufe: Seitenladevorgänge und Routenwechsel, die zum Filter passen.</translation>
    </message>
    <message>
        <source>Sessions: distinct sessions with at least one of these page views.</source>
        <translation>Sitzungen: verschiedene Sitzungen mit mindestens einem dieser Seitenaufrufe.</translation>
    </message>
    <message>
        <source>Error rate: the share of page views that had at least one error (%1 of %2).</source>
        <translation>Fehlerquote: der Anteil der Seitenaufrufe mit mindestens einem Fehler (%1 von %2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 page views)</source>
        <translation>%1 (%2 von %3 Seitenaufrufen)</translation>
    </message>
    <message>
        <source>%1 (the %2): %3; %4.</source>
        <translation>%1 (vorheriger Zeitraum, %2): %3; %4.</translation>
    </message>
    <message>
        <source>No page views in the %1 (%2) to compare with.</source>
        <translation>Keine Seitenaufrufe im vorherigen Zeitraum (%1, %2) zum Vergleich.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>rumscope::PagesModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4 from %5 samples</source>
        <translation>%1 %2 von %3: %4 aus %5 Messwerten</translation>
    </message>
    <message>
        <source>%1 of %2 page views had an error</source>
        <translation>%1 von %2 Seitenaufrufen hatten einen Fehler</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rumscope::PagesPage</name>
    <message>
        <source>Click a route to show only its page views; right-click for more</source>
        <translation>Klicken Sie auf eine Route, um nur ihre Seitenaufrufe zu zeigen; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>%1 routes, %2 page views</source>
        <translation>%1 Routen, %2 Seitenaufrufe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
</context>
<context>
    <name>rumscope::PeriodChange</name>
    <message>
        <source>no data before</source>
        <translation>keine Daten davor</translation>
    </message>
    <message>
        <source>± 0%</source>
        <translation>± 0 %</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 from 0</source>
        <translation>%1 von 0</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>previous %1 days</source>
        <translation>vorige %1 Tage</translation>
    </message>
    <message>
        <source>previous hour</source>
        <translation>vorige Stunde</translation>
    </message>
    <message>
        <source>previous %1 hours</source>
        <translation>vorige %1 Stunden</translation>
    </message>
    <message>
        <source>previous minute</source>
        <translation>vorige Minute</translation>
    </message>
    <message>
        <source>previous %1 minutes</source>
        <translation>vorige %1 Minuten</translation>
    </message>
</context>
<context>
    <name>rumscope::RateChart</name>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>rumscope::RecentStores</name>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Keine zuletzt geöffneten Speicher</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>rumscope::SessionListModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The session reported no user id</source>
        <translation>Die Sitzung hat keine Nutzer-ID gemeldet</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>From the first to the last event: %1 – %2</source>
        <translation>Vom ersten bis zum letzten Ereignis: %1 – %2</translation>
    </message>
    <message>
        <source>Page views matching the filter</source>
        <translation>Seitenaufrufe, die zum Filter passen</translation>
    </message>
    <message>
        <source>Errors on the page views matching the filter</source>
        <translation>Fehler in den Seitenaufrufen, die zum Filter passen</translation>
    </message>
    <message>
        <source>The worst-rated Core Web Vital of its page views: %1 (%2)</source>
        <translation>Der am schlechtesten bewertete Core Web Vital ihrer Seitenaufrufe: %1 (%2)</translation>
    </message>
    <message>
        <source>None of its page views reported LCP, INP or CLS</source>
        <translation>Keiner ihrer Seitenaufrufe hat LCP, INP oder CLS gemeldet</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show its journey; right-click for more</source>
        <translation>Doppelklick oder Eingabetaste zeigt ihren Ablauf; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Worst vital</source>
        <translation>Schlechtester Vitalwert</translation>
    </message>
</context>
<context>
    <name>rumscope::SessionsPage</name>
    <message>
        <source>Search by session id (its start is enough) or user id</source>
        <translation>Nach Sitzungs-ID (ihr Anfang genügt) oder Nutzer-ID suchen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Type the start of a session id, or a whole user id (Ctrl+F)</source>
        <translation>Geben Sie den Anfang einer Sitzungs-ID oder eine vollständige Nutzer-ID ein (Strg+F)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ablauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel on the timeline)</source>
        <translation>Vergrößern (+ oder Strg+Mausrad auf der Zeitleiste)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole session (0)</source>
        <translation>Die ganze Sitzung zeigen (0)</translation>
    </message>
    <message>
        <source>Keys: + and − zoom, 0 shows everything, Left and Right pan, Up and Down step through the events, Page Up and Page Down through the page views, Enter zooms to the selected event. Drag to pan; Ctrl+wheel zooms.</source>
        <translation>Tasten: + und − zoomen, 0 zeigt alles, Links und Rechts verschieben, Auf und Ab gehen die Ereignisse durch, Bild auf und Bild ab die Seitenaufrufe, Eingabe zoomt auf das ausgewählte Ereignis. Ziehen verschiebt; Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Details of the selected event</source>
        <translation>Details des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>The %1 most recently active of %2 sessions</source>
        <translation>Die %1 zuletzt aktiven von %2 Sitzungen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>%1 passend zu „%2“</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Choose a session in the list, or press Ctrl+L and enter a session id.</source>
        <translation>Wählen Sie eine Sitzung in der Liste, oder drücken Sie Strg+L und geben Sie eine Sitzungs-ID ein.</translation>
    </message>
    <message>
        <source>Session &lt;b&gt;%1&lt;/b&gt; opens when the store has loaded…</source>
        <translation>Sitzung &lt;b&gt;%1&lt;/b&gt; wird geöffnet, sobald der Speicher geladen ist …</translation>
    </message>
    <message>
        <source>Loading session &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Lade Sitzung &lt;b&gt;%1&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>Loading session %1…</source>
        <translation>Lade Sitzung %1 …</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>no user id</source>
        <translation>keine Nutzer-ID</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Nutzer %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>Beginn %1</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 page view</source>
        <translation>1 Seitenaufruf</translation>
    </message>
    <message>
        <source>%1 page views</source>
        <translation>%1 Seitenaufrufe</translation>
    </message>
    <message>
        <source>Session &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>Sitzung &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Show Journey</source>
        <translation>Ablauf zeigen</translation>
    </message>
    <message>
        <source>Copy Session ID</source>
        <translation>Sitzungs-ID kopieren</translation>
    </message>
    <message>
        <source>Copy User ID</source>
        <translation>Nutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Filter to %1 “%2”</source>
        <translation>Auf %1 „%2“ filtern</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>rumscope::Store</name>
    <message>
        <source>No store path was given.</source>
        <translation>Es wurde kein Speicherpfad angegeben.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied).</source>
        <translation>die Datei kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>the file is not a SQLite database, so not a rumscope store.</source>
        <translation>die Datei ist keine SQLite-Datenbank und damit kein rumscope-Speicher.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>die Datei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>it was written by a newer rumscope (store format %1; this version reads up to %2). Please update rumscope.</source>
        <translation>er wurde von einem neueren rumscope geschrieben (Speicherformat %1; diese Version liest bis %2). Bitte aktualisieren Sie rumscope.</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not a rumscope store.</source>
        <translation>es ist eine SQLite-Datenbank, aber kein rumscope-Speicher.</translation>
    </message>
    <message>
        <source>upgrading it to the current format failed: %1</source>
        <translation>die Umstellung auf das aktuelle Format ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>it uses an older store format; open it once for writing to upgrade it.</source>
        <translation>er nutzt ein älteres Speicherformat; öffnen Sie ihn einmal zum Schreiben, um ihn umzustellen.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2</source>
        <translation>Der Speicher %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot prepare writing to the store %1: %2</source>
        <translation>Das Schreiben in den Speicher %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The store refused the record: %1</source>
        <translation>Der Speicher hat den Datensatz abgelehnt: %1</translation>
    </message>
    <message>
        <source>Writing to the store failed: %1</source>
        <translation>Schreiben in den Speicher fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the payload journal %1: %2</source>
        <translation>Das Beacon-Journal %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it belongs to another store.</source>
        <translation>es gehört zu einem anderen Speicher.</translation>
    </message>
    <message>
        <source>Feed batch %1 of the store is damaged.</source>
        <translation>Feed-Stapel %1 des Speichers ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>rumscope::StoreLoader</name>
    <message>
        <source>Cannot open the store %1: the file does not exist.</source>
        <translation>Der Speicher %1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
</context>
<context>
    <name>rumscope::StoreStatusWidget</name>
    <message>
        <source>Stop loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Speicher: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 page views · %2 sessions</source>
        <translation>%1 Seitenaufrufe · %2 Sitzungen</translation>
    </message>
    <message>
        <source>%1 errors, %2 interactions, %3 resources; %4 lines quarantined</source>
        <translation>%1 Fehler, %2 Interaktionen, %3 Ressourcen; %4 Zeilen in Quarantäne</translation>
    </message>
    <message>
        <source>no page views yet</source>
        <translation>noch keine Seitenaufrufe</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
</context>
<context>
    <name>rumscope::TableFilterActions</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Filter to “%1”</source>
        <translation>Auf „%1“ filtern</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>„%1“ ausschließen</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>Zeile kopieren</translation>
    </message>
</context>
<context>
    <name>rumscope::TechnologyPage</name>
    <message>
        <source>Browser versions — %1 %2</source>
        <translation>Browserversionen — %1 %2</translation>
    </message>
    <message>
        <source>Browsers — %1 %2</source>
        <translation>Browser — %1 %2</translation>
    </message>
    <message>
        <source>Operating systems — %1 %2</source>
        <translation>Betriebssysteme — %1 %2</translation>
    </message>
    <message>
        <source>Device types — %1 %2</source>
        <translation>Gerätetypen — %1 %2</translation>
    </message>
    <message>
        <source>Connection types — %1 %2</source>
        <translation>Verbindungstypen — %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 page views, by the technology they ran on</source>
        <translation>%1 von %2 Seitenaufrufen, nach der Technik, auf der sie liefen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>Device types</source>
        <translation>Gerätetypen</translation>
    </message>
    <message>
        <source>Connection types</source>
        <translation>Verbindungstypen</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
</context>
<context>
    <name>rumscope::TimeSeriesChart</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Zoom to %1</source>
        <translation>Auf %1 zoomen</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
</context>
<context>
    <name>rumscope::TimelineScale</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
</context>
<context>
    <name>rumscope::TrendChartView</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — no data</source>
        <translation>%1 — keine Daten</translation>
    </message>
    <message>
        <source>%1
%2 %3: %4
%5 samples</source>
        <translation>%1
%2 %3: %4
%5 Messwerte</translation>
    </message>
    <message>
        <source>%.2g s</source>
        <comment>printf format of the chart&apos;s value axis</comment>
        <translation>%.2g s</translation>
    </message>
    <message>
        <source>%.0f ms</source>
        <comment>printf format of the chart&apos;s value axis</comment>
        <translation>%.0f ms</translation>
    </message>
</context>
<context>
    <name>rumscope::TrendModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
</context>
<context>
    <name>rumscope::TrendsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>Messwerte: %1</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorheriger Zeitraum: %1</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>New release: %1</source>
        <translation>Neues Release: %1</translation>
    </message>
    <message>
        <source>The same bucket of the period of equal length before: %1 samples</source>
        <translation>Derselbe Zeitabschnitt im gleich langen Zeitraum davor: %1 Messwerte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
</context>
<context>
    <name>rumscope::TrendsPage</name>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole time range again (Escape or a double-click in the chart)</source>
        <translation>Wieder den ganzen Zeitraum zeigen (Esc oder Doppelklick in das Diagramm)</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into that span; every page follows. Left and Right move between buckets, Shift extends a selection, Enter zooms to it, Escape resets the zoom.</source>
        <translation>Ziehen Sie über das Diagramm, um auf diesen Abschnitt zu zoomen; alle Seiten folgen. Links und Rechts wechseln zwischen Zeitabschnitten, Umschalt erweitert eine Auswahl, Eingabe zoomt darauf, Esc setzt den Zoom zurück.</translation>
    </message>
    <message>
        <source>Trend by time bucket</source>
        <translation>Verlauf nach Zeitabschnitt</translation>
    </message>
    <message>
        <source>Zoom to This Bucket</source>
        <translation>Auf diesen Zeitabschnitt zoomen</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>No page view in this span matches the filter.</source>
        <translation>Kein Seitenaufruf in diesem Zeitabschnitt passt zum Filter.</translation>
    </message>
    <message>
        <source>%1 at %2, %3 buckets</source>
        <translation>%1 bei %2, %3 Zeitabschnitte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 page views, %3 with %4</source>
        <translation>%1 · %2 Seitenaufrufe, %3 mit %4</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
</context>
<context>
    <name>rumscope::WorldGeometry</name>
    <message>
        <source>The world map data is not a list of countries.</source>
        <translation>Die Weltkartendaten sind keine Liste von Ländern.</translation>
    </message>
    <message>
        <source>The world map data holds no countries.</source>
        <translation>Die Weltkartendaten enthalten keine Länder.</translation>
    </message>
</context>
<context>
    <name>rumscope::WorldMapView</name>
    <message>
        <source>World map</source>
        <translation>Weltkarte</translation>
    </message>
    <message>
        <source>Each country in the colour of its rating. Click a country to show only its page views, click it again to show the world. The wheel or + and − zoom, a drag or the arrow keys move the map, 0 shows the whole world.</source>
        <translation>Jedes Land in der Farbe seiner Bewertung. Klicken Sie auf ein Land, um nur seine Seitenaufrufe zu zeigen, und erneut, um wieder die ganze Welt zu zeigen. Mausrad oder + und − zoomen, Ziehen oder die Pfeiltasten verschieben die Karte, 0 zeigt die ganze Welt.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No page views</source>
        <translation>Keine Seitenaufrufe</translation>
    </message>
    <message>
        <source>No %1 samples in %2 page views</source>
        <translation>Keine %1-Messwerte in %2 Seitenaufrufen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 — too few samples to rate</source>
        <translation>%1 — zu wenige Messwerte für eine Bewertung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 samples of %2 page views</source>
        <translation>%1 Messwerte aus %2 Seitenaufrufen</translation>
    </message>
    <message>
        <source>Good %1 · Needs improvement %2 · Poor %3</source>
        <translation>Gut %1 · Verbesserungswürdig %2 · Schlecht %3</translation>
    </message>
    <message>
        <source>Click to show every country again</source>
        <translation>Klicken, um wieder alle Länder zu zeigen</translation>
    </message>
    <message>
        <source>Click to show only %1</source>
        <translation>Klicken, um nur %1 zu zeigen</translation>
    </message>
    <message>
        <source>Filter to “%1”</source>
        <translation>Auf „%1“ filtern</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>„%1“ ausschließen</translation>
    </message>
    <message>
        <source>Show All Countries</source>
        <translation>Alle Länder zeigen</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show the Whole World</source>
        <translation>Die ganze Welt zeigen</translation>
    </message>
    <message>
        <source>Good (≤ %1)</source>
        <translation>Gut (≤ %1)</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Verbesserungswürdig</translation>
    </message>
    <message>
        <source>Poor (&gt; %1)</source>
        <translation>Schlecht (&gt; %1)</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n samples</source>
        <translation>
            <numerusform>Weniger als %n Messwert</numerusform>
            <numerusform>Weniger als %n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rumscope::cli</name>
    <message>
        <source>Writes synthetic RUM traffic as canonical NDJSON.</source>
        <translation>Schreibt synthetischen RUM-Verkehr als kanonisches NDJSON.</translation>
    </message>
    <message>
        <source>Imports canonical NDJSON files into a store.</source>
        <translation>Importiert Dateien mit kanonischem NDJSON in einen Speicher.</translation>
    </message>
    <message>
        <source>Shows what a store holds.</source>
        <translation>Zeigt, was ein Speicher enthält.</translation>
    </message>
    <message>
        <source>Computes a metric&apos;s percentile and ratings, overall, per group or per time bucket.</source>
        <translation>Berechnet Perzentil und Bewertungen einer Metrik, insgesamt, je Gruppe oder je Zeitabschnitt.</translation>
    </message>
    <message>
        <source>Shows one session&apos;s page views, errors, interactions and resources in time order.</source>
        <translation>Zeigt Seitenaufrufe, Fehler, Interaktionen und Ressourcen einer Sitzung in zeitlicher Reihenfolge.</translation>
    </message>
    <message>
        <source>Usage: rumscope-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: rumscope-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Works with rumscope stores from the command line: generates demo traffic, imports canonical NDJSON and answers questions about the stored RUM data.</source>
        <translation>Arbeitet auf der Kommandozeile mit rumscope-Speichern: erzeugt Demo-Verkehr, importiert kanonisches NDJSON und beantwortet Fragen zu den gespeicherten RUM-Daten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Every command takes --help, and --json for machine-readable output (one JSON document on standard output). Messages and errors go to standard error.</source>
        <translation>Jeder Befehl kennt --help sowie --json für maschinenlesbare Ausgabe (ein JSON-Dokument auf der Standardausgabe). Meldungen und Fehler gehen auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  Erfolg</translation>
    </message>
    <message>
        <source>  1  runtime failure (e.g. the store cannot be opened)</source>
        <translation>  1  Laufzeitfehler (z. B. lässt sich der Speicher nicht öffnen)</translation>
    </message>
    <message>
        <source>  2  usage error (unknown command or option, bad value)</source>
        <translation>  2  Aufruffehler (unbekannter Befehl oder unbekannte Option, ungültiger Wert)</translation>
    </message>
    <message>
        <source>  3  nothing could be read (import)</source>
        <translation>  3  nichts konnte gelesen werden (import)</translation>
    </message>
    <message>
        <source>  4  not found (session id)</source>
        <translation>  4  nicht gefunden (Sitzungs-ID)</translation>
    </message>
    <message>
        <source>Run &apos;rumscope-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;rumscope-cli &lt;Befehl&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>rumscope-cli: %1</source>
        <translation>rumscope-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;rumscope-cli --help&apos; for the list of commands.</source>
        <translation>Die Liste der Befehle zeigt &apos;rumscope-cli --help&apos;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Prints machine-readable output: one JSON document on standard output.</source>
        <translation>Gibt maschinenlesbar aus: ein JSON-Dokument auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>rumscope-cli %1: %2</source>
        <translation>rumscope-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;rumscope-cli %1 --help&apos; for its options.</source>
        <translation>Die Optionen zeigt &apos;rumscope-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: rumscope-cli %1 %2</source>
        <translation>Aufruf: rumscope-cli %1 %2</translation>
    </message>
    <message>
        <source>Number of sessions to generate (at least 1).</source>
        <translation>Anzahl der zu erzeugenden Sitzungen (mindestens 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random generator (default 1).</source>
        <translation>Startwert des Zufallsgenerators (Vorgabe 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Days of traffic before the end time, 1 to 3650 (default 30).</source>
        <translation>Tage mit Verkehr vor dem Endzeitpunkt, 1 bis 3650 (Vorgabe 30).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>When the traffic ends, as ISO 8601 (UTC unless it has an offset) or epoch milliseconds. Default: now, so pass it for reproducible output.</source>
        <translation>Wann der Verkehr endet, als ISO 8601 (UTC, sofern kein Versatz angegeben ist) oder in Millisekunden seit der Epoche. Vorgabe: jetzt; für reproduzierbare Ausgabe also angeben.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>The file to write; &apos;-&apos; writes to standard output (the summary then goes to standard error).</source>
        <translation>Die zu schreibende Datei; &apos;-&apos; schreibt auf die Standardausgabe (die Zusammenfassung geht dann auf die Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Missing --sessions N.</source>
        <translation>--sessions N fehlt.</translation>
    </message>
    <message>
        <source>Missing -o FILE (use &apos;-o -&apos; for standard output).</source>
        <translation>-o FILE fehlt (&apos;-o -&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--sessions must be a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation>--sessions muss eine ganze Zahl von mindestens 1 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 18446744073709551615 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 3650, not &apos;%1&apos;.</source>
        <translation>--days muss eine ganze Zahl von 1 bis 3650 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--end must be an ISO 8601 time such as 2024-05-01T00:00:00Z or epoch milliseconds, not &apos;%1&apos;.</source>
        <translation>--end muss eine Zeit nach ISO 8601 wie 2024-05-01T00:00:00Z oder in Millisekunden seit der Epoche sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Kann nicht auf die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation>Kann &apos;%1&apos; nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Cannot write to &apos;%1&apos;: %2</source>
        <translation>Kann nicht in &apos;%1&apos; schreiben: %2</translation>
    </message>
    <message>
        <source>Generating: %1 of %2 sessions</source>
        <translation>Erzeuge: %1 von %2 Sitzungen</translation>
    </message>
    <message>
        <source>Wrote %1 sessions, %2 records (%3) to %4 in %5 (traffic ending %6).</source>
        <translation>%1 Sitzungen, %2 Datensätze (%3) in %5 nach %4 geschrieben (Verkehr bis %6).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>The store file to import into (created when missing).</source>
        <translation>Die Speicherdatei, in die importiert wird (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <source>Missing --store STORE.</source>
        <translation>--store STORE fehlt.</translation>
    </message>
    <message>
        <source>No file to import given.</source>
        <translation>Keine Datei zum Importieren angegeben.</translation>
    </message>
    <message>
        <source>Writing to the store failed: %1</source>
        <translation>Schreiben in den Speicher fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Imported %1 records (%2 read) into %3 in %4, %5 records/s.</source>
        <translation>%1 Datensätze (%2 gelesen) in %4 nach %3 importiert, %5 Datensätze/s.</translation>
    </message>
    <message>
        <source>  … and %1 more, kept in the store&apos;s quarantine.</source>
        <translation>  … und %1 weitere, in der Quarantäne des Speichers aufbewahrt.</translation>
    </message>
    <message>
        <source>Import interrupted; the %1 records committed before are kept.</source>
        <translation>Import abgebrochen; die %1 bereits gespeicherten Datensätze bleiben erhalten.</translation>
    </message>
    <message>
        <source>Nothing could be read from %1.</source>
        <translation>Aus %1 konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DIMENSION=VALUE.</source>
        <translation>&apos;%1&apos; hat nicht die Form DIMENSION=WERT.</translation>
    </message>
    <message>
        <source>Unknown dimension &apos;%1&apos;; use one of: %2.</source>
        <translation>Unbekannte Dimension &apos;%1&apos;; möglich sind: %2.</translation>
    </message>
    <message>
        <source>The store file to query.</source>
        <translation>Die abzufragende Speicherdatei.</translation>
    </message>
    <message>
        <source>The metric: lcp, inp, cls, fcp, ttfb or fid.</source>
        <translation>Die Metrik: lcp, inp, cls, fcp, ttfb oder fid.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>One row per value of this dimension: %1.</source>
        <translation>Eine Zeile je Wert dieser Dimension: %1.</translation>
    </message>
    <message>
        <source>DIM</source>
        <translation>DIM</translation>
    </message>
    <message>
        <source>One row per hour or per day (UTC) instead of per group.</source>
        <translation>Eine Zeile je Stunde oder je Tag (UTC) statt je Gruppe.</translation>
    </message>
    <message>
        <source>hour|day</source>
        <translation>hour|day</translation>
    </message>
    <message>
        <source>DIM=VALUE</source>
        <translation>DIM=VALUE</translation>
    </message>
    <message>
        <source>Leave out page views whose dimension has this value; repeatable.</source>
        <translation>Seitenaufrufe auslassen, deren Dimension diesen Wert hat; wiederholbar.</translation>
    </message>
    <message>
        <source>Only page views at or after this time: ISO 8601 (UTC unless it has an offset) or epoch milliseconds.</source>
        <translation>Nur Seitenaufrufe ab diesem Zeitpunkt: ISO 8601 (UTC, sofern kein Versatz angegeben ist) oder Millisekunden seit der Epoche.</translation>
    </message>
    <message>
        <source>Only page views before this time: ISO 8601 or epoch milliseconds.</source>
        <translation>Nur Seitenaufrufe vor diesem Zeitpunkt: ISO 8601 oder Millisekunden seit der Epoche.</translation>
    </message>
    <message>
        <source>Missing --metric M.</source>
        <translation>--metric M fehlt.</translation>
    </message>
    <message>
        <source>Unknown metric &apos;%1&apos;; use one of: lcp, inp, cls, fcp, ttfb, fid.</source>
        <translation>Unbekannte Metrik &apos;%1&apos;; möglich sind: lcp, inp, cls, fcp, ttfb, fid.</translation>
    </message>
    <message>
        <source>--percentile must be between 0 and 100 (e.g. 75, p75 or 0.75), not &apos;%1&apos;.</source>
        <translation>--percentile muss zwischen 0 und 100 liegen (z. B. 75, p75 oder 0.75), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use either --by or --bucket, not both.</source>
        <translation>Entweder --by oder --bucket angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--bucket must be hour or day, not &apos;%1&apos;.</source>
        <translation>--bucket muss hour oder day sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit muss eine ganze Zahl von mindestens 0 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>Loading: %1</source>
        <translation>Lade: %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Verbesserungswürdig</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>All page views</source>
        <translation>Alle Seitenaufrufe</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>page view</source>
        <translation>Seitenaufruf</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>long task</source>
        <translation>langer Task</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Einstiegsseite</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Ausstiegsseite</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Shows one session: its summary, then its page views, errors, interactions, resources, long tasks and measurements in time order. With --json, prints the session and its events as canonical records (one JSON array). Exits with 4 when the store has no such session.</source>
        <translation>Zeigt eine Sitzung: ihre Zusammenfassung, dann ihre Seitenaufrufe, Fehler, Interaktionen, Ressourcen, langen Tasks und Messungen in zeitlicher Reihenfolge. Mit --json werden Sitzung und Ereignisse als kanonische Datensätze ausgegeben (ein JSON-Array). Endet mit 4, wenn der Speicher keine solche Sitzung enthält.</translation>
    </message>
    <message>
        <source>The store file to read.</source>
        <translation>Die zu lesende Speicherdatei.</translation>
    </message>
    <message>
        <source>The session id.</source>
        <translation>Die Sitzungs-ID.</translation>
    </message>
    <message>
        <source>No session id given.</source>
        <translation>Keine Sitzungs-ID angegeben.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows what a store holds: records per type, quarantined lines, imports, the time span of its page views, its schema version and file size.</source>
        <translation>Zeigt, was ein Speicher enthält: Datensätze je Typ, Zeilen in Quarantäne, Importe, den Zeitraum seiner Seitenaufrufe, seine Schemaversion und Dateigröße.</translation>
    </message>
    <message>
        <source>The store file to describe.</source>
        <translation>Die zu beschreibende Speicherdatei.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Long tasks</source>
        <translation>Lange Tasks</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Quarantined lines</source>
        <translation>Zeilen in Quarantäne</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>First page view</source>
        <translation>Erster Seitenaufruf</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Last page view</source>
        <translation>Letzter Seitenaufruf</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>Lines quarantined: %1</source>
        <translation>Zeilen in Quarantäne: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Importing: %1 (%2 of %3) %4</source>
        <translation>Importiere: %1 (%2 von %3) %4</translation>
    </message>
    <message>
        <source>Importing: %1 read %2</source>
        <translation>Importiere: %1 gelesen %2</translation>
    </message>
    <message>
        <source>Writes synthetic but realistic RUM traffic as canonical NDJSON: sessions of page views with web vitals, interactions, resources, long tasks and errors. With --format, the same traffic as the HTTP requests that SDK would send, one captured request per line (rumscope-cli import reads them). The same arguments (including --end) give byte-identical output.</source>
        <translation>Schreibt synthetischen, aber realistischen RUM-Verkehr als kanonisches NDJSON: Sitzungen aus Seitenaufrufen mit Web Vitals, Interaktionen, Ressourcen, langen Tasks und Fehlern. Mit --format denselben Verkehr als die HTTP-Anfragen, die dieses SDK senden würde, eine aufgezeichnete Anfrage je Zeile (rumscope-cli import liest sie). Dieselben Argumente (einschließlich --end) ergeben byteweise identische Ausgabe.</translation>
    </message>
    <message>
        <source>Encode the traffic as this SDK sends it: %1 (default canonical).</source>
        <translation>Den Verkehr so kodieren, wie dieses SDK ihn sendet: %1 (Vorgabe canonical).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Wrote %1 sessions as %2 %3 requests (%4) to %5 in %6 (traffic ending %7).</source>
        <translation>%1 Sitzungen als %2 Anfragen im Format %3 (%4) in %6 nach %5 geschrieben (Verkehr bis %7).</translation>
    </message>
    <message>
        <source>Imports files and folders into a store, creating the store if it does not exist: canonical NDJSON, the beacons of web-vitals, boomerang, Grafana Faro, Elastic APM RUM, OpenTelemetry and Sentry, and files of captured HTTP requests. Each file&apos;s format is detected unless --format names it. Lines that cannot be read are kept in the store&apos;s quarantine with their line number and reason; the rest is imported. Exits with 3 when nothing at all could be read.</source>
        <translation>Importiert Dateien und Ordner in einen Speicher und legt ihn an, falls er nicht existiert: kanonisches NDJSON, die Beacons von web-vitals, boomerang, Grafana Faro, Elastic APM RUM, OpenTelemetry und Sentry sowie Dateien mit aufgezeichneten HTTP-Anfragen. Das Format jeder Datei wird erkannt, sofern --format es nicht nennt. Zeilen, die nicht gelesen werden können, werden mit Zeilennummer und Grund in der Quarantäne des Speichers aufbewahrt; der Rest wird importiert. Endet mit 3, wenn überhaupt nichts gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Read every file as FORMAT instead of detecting it: %1.</source>
        <translation>Jede Datei als FORMAT lesen, statt das Format zu erkennen: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>A MaxMind-format database (GeoLite2 or GeoIP2 City or Country, .mmdb) to find the country, region and city of each beacon&apos;s client address; the address itself is never stored.</source>
        <translation>Eine Datenbank im MaxMind-Format (GeoLite2 oder GeoIP2 City oder Country, .mmdb), um Land, Region und Stadt der Client-Adresse jedes Beacons zu bestimmen; die Adresse selbst wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Take the country from a CDN&apos;s header (CF-IPCountry, CloudFront-Viewer-Country, X-Country-Code) in captured requests.</source>
        <translation>Das Land in aufgezeichneten Anfragen aus dem Header eines CDN übernehmen (CF-IPCountry, CloudFront-Viewer-Country, X-Country-Code).</translation>
    </message>
    <message>
        <source>Files or folders (read recursively); &apos;-&apos; reads standard input.</source>
        <translation>Dateien oder Ordner (rekursiv gelesen); &apos;-&apos; liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Implausible values left out: %1</source>
        <translation>Ausgelassene unplausible Werte: %1</translation>
    </message>
    <message>
        <source>The percentile: 75, p75 and 0.75 all mean the 75th (default 75). Several, comma-separated, give a column each; rows are ordered by the first.</source>
        <translation>Das Perzentil: 75, p75 und 0.75 bedeuten alle das 75. (Standard 75). Mehrere, durch Kommas getrennt, ergeben je eine Spalte; Zeilen werden nach dem ersten geordnet.</translation>
    </message>
    <message>
        <source>With --by: only the first N groups in the order (0 = all).</source>
        <translation>Mit --by: nur die ersten N Gruppen der Reihenfolge (0 = alle).</translation>
    </message>
    <message>
        <source>With --by: order the groups by page views (the default), by the percentile&apos;s value, or by name.</source>
        <translation>Mit --by: die Gruppen nach Seitenaufrufen (Standard), nach dem Wert des Perzentils oder nach Namen ordnen.</translation>
    </message>
    <message>
        <source>views|value|name</source>
        <translation>views|value|name</translation>
    </message>
    <message>
        <source>With --by: smallest (or A) first instead of largest (or Z).</source>
        <translation>Mit --by: kleinste (oder A) zuerst statt größte (oder Z).</translation>
    </message>
    <message>
        <source>Only page views with an error (yes) or without one (no).</source>
        <translation>Nur Seitenaufrufe mit einem Fehler (yes) oder ohne (no).</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>--percentile takes at most 20 values.</source>
        <translation>--percentile nimmt höchstens 20 Werte.</translation>
    </message>
    <message>
        <source>--order must be views, value or name, not &apos;%1&apos;.</source>
        <translation>--order muss views, value oder name sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--has-error must be yes or no, not &apos;%1&apos;.</source>
        <translation>--has-error muss yes oder no sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Lists the errors grouped by fingerprint, most frequent first.</source>
        <translation>Listet die Fehler nach Fingerprint gruppiert auf, die häufigsten zuerst.</translation>
    </message>
    <message>
        <source>Lists the sessions whose page views match, most recently active first.</source>
        <translation>Listet die Sitzungen mit passenden Seitenaufrufen auf, die zuletzt aktiven zuerst.</translation>
    </message>
    <message>
        <source>%1 of %2 shown (--limit 0 shows all)</source>
        <translation>%1 von %2 gezeigt (--limit 0 zeigt alle)</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Zuerst gesehen (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>All errors</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>Only the N groups with most errors (default 50; 0 = all).</source>
        <translation>Nur die N Gruppen mit den meisten Fehlern (Vorgabe 50; 0 = alle).</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 time or epoch milliseconds, not &apos;%2&apos;.</source>
        <translation>--%1 muss eine Zeit nach ISO 8601 oder in Millisekunden seit der Epoche sein, nicht &apos;%2&apos;.</translation>
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
        <source>0 or less</source>
        <translation>0 oder weniger</translation>
    </message>
    <message>
        <source>No samples.</source>
        <translation>Keine Messwerte.</translation>
    </message>
    <message>
        <source>Computes a metric&apos;s percentile (exactly: the value at rank ceil(n*p)-1 of the sorted values) and the shares of good, needs-improvement and poor values over the store&apos;s page views, overall, per value of a dimension or per time bucket, or the distribution of its values in bins.</source>
        <translation>Berechnet das Perzentil einer Metrik (exakt: den Wert an Rang ceil(n*p)-1 der sortierten Werte) und die Anteile guter, verbesserungswürdiger und schlechter Werte über die Seitenaufrufe des Speichers, insgesamt, je Wert einer Dimension oder je Zeitabschnitt, oder die Verteilung ihrer Werte auf Klassen.</translation>
    </message>
    <message>
        <source>Instead of groups: how many samples lie in each of at most N bins (1 to %1) whose bounds grow by the same ratio, and how many are 0 or less.</source>
        <translation>Statt Gruppen: wie viele Messwerte in jeder von höchstens N Klassen (1 bis %1) liegen, deren Grenzen um denselben Faktor wachsen, und wie viele 0 oder weniger sind.</translation>
    </message>
    <message>
        <source>--histogram cannot be combined with --by or --bucket.</source>
        <translation>--histogram lässt sich nicht mit --by oder --bucket kombinieren.</translation>
    </message>
    <message>
        <source>--histogram must be a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--histogram muss eine ganze Zahl von 1 bis %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Worst vital</source>
        <translation>Schlechtester Vitalwert</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sitzungen: %1</translation>
    </message>
    <message>
        <source>Lists the sessions whose page views the filter options choose, most recently active first: id, user, start, duration, country, device, browser, page views and errors (of the chosen page views) and the worst-rated Core Web Vital among them.</source>
        <translation>Listet die Sitzungen auf, deren Seitenaufrufe die Filteroptionen auswählen, die zuletzt aktiven zuerst: ID, Nutzer, Beginn, Dauer, Land, Gerät, Browser, Seitenaufrufe und Fehler (der ausgewählten Seitenaufrufe) und den am schlechtesten bewerteten Core Web Vital unter ihnen.</translation>
    </message>
    <message>
        <source>Only the N most recently active sessions (default 100; 0 = all).</source>
        <translation>Nur die N zuletzt aktiven Sitzungen (Vorgabe 100; 0 = alle).</translation>
    </message>
    <message>
        <source>Only sessions whose id starts with this, or whose user id is this.</source>
        <translation>Nur Sitzungen, deren ID hiermit beginnt oder deren Nutzer-ID dies ist.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Lists the store&apos;s errors grouped by fingerprint (or by message when they have none), most errors first: message, type, kind, how many, in how many sessions, first and last seen. The filter options choose page views; errors count when their page view is chosen, and --from and --to apply to the errors&apos; own times. With --json, each group also has its top browsers and, with --bucket, its errors per hour or day.</source>
        <translation>Listet die Fehler des Speichers nach Fingerprint gruppiert auf (oder nach Meldung, wenn sie keinen haben), die häufigsten zuerst: Meldung, Typ, Art, Anzahl, in wie vielen Sitzungen, zuerst und zuletzt gesehen. Die Filteroptionen wählen Seitenaufrufe aus; Fehler zählen, wenn ihr Seitenaufruf ausgewählt ist, und --from und --to gelten für die Zeitpunkte der Fehler selbst. Mit --json enthält jede Gruppe außerdem ihre häufigsten Browser und, mit --bucket, ihre Fehler je Stunde oder Tag.</translation>
    </message>
    <message>
        <source>Count each group&apos;s errors per hour or per day (UTC) over the time range, in the JSON output&apos;s &quot;trend&quot; (at most %1 buckets: a longer range gets wider ones).</source>
        <translation>Die Fehler jeder Gruppe je Stunde oder je Tag (UTC) über den Zeitraum zählen, im Feld &quot;trend&quot; der JSON-Ausgabe (höchstens %1 Zeitabschnitte: ein längerer Zeitraum bekommt breitere).</translation>
    </message>
    <message>
        <source>Only page views whose dimension has this value; repeat it to allow several values (of one dimension: any of them; of several: all must hold). Dimensions: %1; error=FINGERPRINT keeps the page views that had an error of that group.</source>
        <translation>Nur Seitenaufrufe, deren Dimension diesen Wert hat; wiederholbar, um mehrere Werte zuzulassen (bei einer Dimension: einer davon; bei mehreren: alle müssen zutreffen). Dimensionen: %1; error=FINGERPRINT behält die Seitenaufrufe, die einen Fehler dieser Gruppe hatten.</translation>
    </message>
    <message>
        <source>--by %1 is not possible: a page view can have several errors, so errors only filter (--filter %1=FINGERPRINT); use the errors command to list them. Group by one of: %2.</source>
        <translation>--by %1 ist nicht möglich: Ein Seitenaufruf kann mehrere Fehler haben, daher filtern Fehler nur (--filter %1=FINGERPRINT); zum Auflisten dient der Befehl errors. Gruppieren Sie nach einer von: %2.</translation>
    </message>
    <message>
        <source>Runs the collector that SDKs in browsers send beacons to.</source>
        <translation>Startet den Collector, an den SDKs in Browsern ihre Beacons senden.</translation>
    </message>
    <message>
        <source>Runs the collector: real SDKs send their beacons to it, and it journals each before answering, then stores its records. Stops on Ctrl+C or SIGTERM once everything it accepted is committed.</source>
        <translation>Startet den Collector: Echte SDKs senden ihm ihre Beacons; er protokolliert jedes, bevor er antwortet, und speichert dann seine Datensätze. Endet mit Strg+C oder SIGTERM, sobald alles Angenommene gespeichert ist.</translation>
    </message>
    <message>
        <source>The store to write to (created when missing).</source>
        <translation>Der Speicher, in den geschrieben wird (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Accept beacons from pages of this origin only (repeat for more; default: any).</source>
        <translation>Nur Beacons von Seiten dieses Origins annehmen (für mehrere wiederholen; Vorgabe: alle).</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <source>Accept only beacons carrying this app key (repeat for more).</source>
        <translation>Nur Beacons mit diesem App-Schlüssel annehmen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Requests per second one client may send (default 500).</source>
        <translation>Anfragen pro Sekunde, die ein Client senden darf (Vorgabe 500).</translation>
    </message>
    <message>
        <source>A MaxMind GeoIP2/GeoLite2 City or Country database (.mmdb).</source>
        <translation>Eine MaxMind-Datenbank GeoIP2/GeoLite2 City oder Country (.mmdb).</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:8787, not &quot;%1&quot;.</source>
        <translation>--listen erwartet HOST:PORT, z. B. 127.0.0.1:8787, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--rate wants a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--rate erwartet eine ganze Zahl von mindestens 1, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung lässt sich nicht einrichten.</translation>
    </message>
    <message>
        <source>Listening on http://%1:%2/ for %3. Ctrl+C stops.</source>
        <translation>Lausche auf http://%1:%2/ für %3. Strg+C beendet.</translation>
    </message>
    <message>
        <source>Stopped: %1 beacons accepted (%2 records, %3 quarantined), %4 refused.</source>
        <translation>Beendet: %1 Beacons angenommen (%2 Datensätze, %3 in Quarantäne), %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Posts generated traffic to a collector as the SDKs would.</source>
        <translation>Sendet erzeugten Verkehr an einen Collector, wie es die SDKs täten.</translation>
    </message>
    <message>
        <source>Posts generated traffic to a collector as each SDK would post it (the paths, headers and bodies of formats.md), at a steady rate, then reports how the collector answered.</source>
        <translation>Sendet erzeugten Verkehr so an einen Collector, wie jedes SDK ihn senden würde (Pfade, Header und Inhalte aus formats.md), in gleichmäßiger Rate, und berichtet dann, wie der Collector geantwortet hat.</translation>
    </message>
    <message>
        <source>The collector, e.g. http://127.0.0.1:8787.</source>
        <translation>Der Collector, z. B. http://127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Requests per second (default 50).</source>
        <translation>Anfragen pro Sekunde (Vorgabe 50).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Seconds to keep sending (default 10).</source>
        <translation>Sekunden, die gesendet wird (Vorgabe 10).</translation>
    </message>
    <message>
        <source>One SDK&apos;s requests: %1; or mix (the default): the six SDKs in turn, a session each.</source>
        <translation>Die Anfragen eines SDK: %1; oder mix (Vorgabe): die sechs SDKs abwechselnd, je eine Sitzung.</translation>
    </message>
    <message>
        <source>The app key the collector wants, sent as each SDK sends it.</source>
        <translation>Der App-Schlüssel, den der Collector verlangt, so gesendet, wie jedes SDK ihn sendet.</translation>
    </message>
    <message>
        <source>Missing --url URL.</source>
        <translation>--url URL fehlt.</translation>
    </message>
    <message>
        <source>--url wants an http:// or https:// address, not &quot;%1&quot;.</source>
        <translation>--url erwartet eine Adresse mit http:// oder https://, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--rate wants a number above 0 and at most 100000, not &quot;%1&quot;.</source>
        <translation>--rate erwartet eine Zahl über 0 und höchstens 100000, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--duration wants seconds above 0 and at most 86400, not &quot;%1&quot;.</source>
        <translation>--duration erwartet Sekunden über 0 und höchstens 86400, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2, or mix.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; verwenden Sie eines von %2 oder mix.</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &quot;%1&quot;.</source>
        <translation>--seed erwartet eine ganze Zahl, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sent %1 requests in %2 s (%3/s): %4 accepted, %5 refused, %6 failed (%7).</source>
        <translation>%1 Anfragen in %2 s gesendet (%3/s): %4 angenommen, %5 abgelehnt, %6 fehlgeschlagen (%7).</translation>
    </message>
    <message>
        <source>The collector at %1 could not be reached: %2</source>
        <translation>Der Collector unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Where to listen (default 127.0.0.1:8787; port 0 picks a free one). Any address but loopback needs --app-key and --read-token.</source>
        <translation>Wo gelauscht wird (Vorgabe 127.0.0.1:8787; Port 0 wählt einen freien). Jede Adresse außer Loopback braucht --app-key und --read-token.</translation>
    </message>
    <message>
        <source>A bearer token that may read the feed, GET /api/v1/feed, which remote rumscope windows follow (repeat for more; without one there is no feed).</source>
        <translation>Ein Bearer-Token, das den Feed GET /api/v1/feed lesen darf, dem entfernte rumscope-Fenster folgen (für mehrere wiederholen; ohne eines gibt es keinen Feed).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Prune journaled payloads and feed batches older than this many days (default 7; 0 keeps them).</source>
        <translation>Gejournalte Payloads und Feed-Stapel bereinigen, die älter als so viele Tage sind (Vorgabe 7; 0 behält sie).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>--retention-days wants a whole number of days from 0 to 36500, not &quot;%1&quot;.</source>
        <translation>--retention-days braucht eine ganze Zahl von Tagen von 0 bis 36500, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Listening on %1 lets anyone on the network send and read: give at least one --app-key and one --read-token.</source>
        <translation>Auf %1 zu lauschen lässt jeden im Netz senden und lesen: Geben Sie mindestens ein --app-key und ein --read-token an.</translation>
    </message>
    <message>
        <source>Copies what a remote collector receives into a local store.</source>
        <translation>Kopiert, was ein entfernter Collector empfängt, in einen lokalen Speicher.</translation>
    </message>
    <message>
        <source>Copies the beacons a remote collector (rumscope-cli serve --read-token) receives into a local store as they arrive, resuming where the store left off. Stops on Ctrl+C or SIGTERM.</source>
        <translation>Kopiert die Beacons, die ein entfernter Collector (rumscope-cli serve --read-token) empfängt, beim Eintreffen in einen lokalen Speicher und macht dort weiter, wo der Speicher aufgehört hat. Endet mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>The store to copy into (created when missing).</source>
        <translation>Der Speicher, in den kopiert wird (wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>The collector, e.g. http://rum.example.com:8787.</source>
        <translation>Der Collector, z. B. http://rum.example.com:8787.</translation>
    </message>
    <message>
        <source>Its read token (default: the RUMSCOPE_READ_TOKEN environment variable, which other users of this machine cannot see).</source>
        <translation>Sein Lese-Token (Vorgabe: die Umgebungsvariable RUMSCOPE_READ_TOKEN, die andere Benutzer dieses Rechners nicht sehen).</translation>
    </message>
    <message>
        <source>Stop once nothing new has arrived for this many seconds (default: never).</source>
        <translation>Beenden, sobald so viele Sekunden lang nichts Neues eingetroffen ist (Vorgabe: nie).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Missing the read token: --token TOKEN or RUMSCOPE_READ_TOKEN.</source>
        <translation>Das Lese-Token fehlt: --token TOKEN oder RUMSCOPE_READ_TOKEN.</translation>
    </message>
    <message>
        <source>--until-idle wants a whole number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--until-idle braucht eine ganze Zahl von Sekunden von 1 bis 86400, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Following %1 into %2. Ctrl+C stops.</source>
        <translation>Folge %1 nach %2. Strg+C beendet.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 records copied; the store resumes after cursor %2.</source>
        <translation>Beendet: %1 Datensätze kopiert; der Speicher macht nach Cursor %2 weiter.</translation>
    </message>
</context>
</TS>
