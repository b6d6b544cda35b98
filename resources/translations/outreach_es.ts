<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../outreach/gui/app.py" line="162" />
        <source>About %s</source>
        <extracomment>The user closed the unlock or first-run dialog without unlocking: the app should end.</extracomment>
        <translation>Acerca de %s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/app.py" line="164" />
        <source>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;An offline, encrypted directory of services and private notes for outreach workers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Un directorio de servicios cifrado y sin conexión, con notas privadas, para trabajadores de calle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="65" />
        <source>This service is no longer in the directory.</source>
        <extracomment>Emitted with the service id once its record is on screen.</extracomment>
        <translation>Este servicio ya no está en el directorio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="80" />
        <source>This service could not be shown (%s).</source>
        <translation>No se pudo mostrar este servicio (%s).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="88" />
        <source>Copied the %s.</source>
        <translation>Se copió: %s.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="94" />
        <source>Copied the referral slip.</source>
        <translation>Se copió la hoja de derivación.</translation>
    </message>
</context>
<context>
    <name>DirectoryForm</name>
    <message>
        <location filename="../../ui/directory_view.ui" line="16" />
        <source>Search services: detox, narcan, shelter, comida…  (Ctrl+F)</source>
        <translation>Buscar servicios: desintoxicación, narcan, albergue, comida…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="17" />
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="36" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="37" />
        <source>Only services in this category</source>
        <translation>Solo servicios de esta categoría</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="43" />
        <source>&amp;Open now</source>
        <translation>&amp;Abierto ahora</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="44" />
        <source>Only services whose hours say they are open right now (services with unknown hours are left out)</source>
        <translation>Solo servicios cuyo horario dice que están abiertos ahora (se omiten los de horario desconocido)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="49" />
        <source>Near: ZIP, city or lat,lon</source>
        <translation>Cerca de: código postal, ciudad o lat,lon</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="50" />
        <source>Near a place</source>
        <translation>Cerca de un lugar</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="51" />
        <source>A postcode, "City, ST" or coordinates; looked up offline in the directory's own addresses</source>
        <translation>Un código postal, "Ciudad, ST" o coordenadas; se busca sin conexión en las direcciones del propio directorio</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="59" />
        <source>Distance in kilometres</source>
        <translation>Distancia en kilómetros</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="60" />
        <source>How far from the place to look</source>
        <translation>Hasta qué distancia del lugar buscar</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="61" />
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="62" />
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="70" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="71" />
        <source>Only services that offer this language</source>
        <translation>Solo servicios que ofrecen este idioma</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="77" />
        <source>F&amp;ree</source>
        <translation>&amp;Gratis</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="78" />
        <source>Only services that say they are free (a sliding scale is not free)</source>
        <translation>Solo servicios que dicen ser gratuitos (una tarifa escalonada no es gratis)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="83" />
        <source>&amp;Walk-in</source>
        <translation>&amp;Sin cita</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="84" />
        <source>Only services that take walk-ins or need no appointment</source>
        <translation>Solo servicios que atienden sin cita previa</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="89" />
        <source>Age of the person</source>
        <translation>Edad de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="90" />
        <source>The person's age: leaves out services whose age limits exclude them</source>
        <translation>La edad de la persona: omite los servicios cuyos límites de edad la excluyen</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="91" />
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="92" />
        <source>Age </source>
        <translation>Edad </translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="100" />
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="117" />
        <source>color: #8a4b00;</source>
        <translation>color: #8a4b00;</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="126" />
        <source>&lt;p style="font-size:14pt"&gt;What does the person need?&lt;/p&gt;&lt;p&gt;Type a word: &lt;b&gt;detox&lt;/b&gt;, &lt;b&gt;narcan&lt;/b&gt;, &lt;b&gt;shelter&lt;/b&gt;, &lt;b&gt;comida&lt;/b&gt;, a service or an organization name, or pick a category, &lt;i&gt;Open now&lt;/i&gt; or a place.&lt;/p&gt;&lt;p&gt;Press ↓ to go to the results, Enter for the details, Esc to come back here.&lt;/p&gt;</source>
        <translation>&lt;p style="font-size:14pt"&gt;¿Qué necesita la persona?&lt;/p&gt;&lt;p&gt;Escriba una palabra: &lt;b&gt;detox&lt;/b&gt;, &lt;b&gt;narcan&lt;/b&gt;, &lt;b&gt;albergue&lt;/b&gt;, &lt;b&gt;comida&lt;/b&gt;, el nombre de un servicio o de una organización, o elija una categoría, &lt;i&gt;Abierto ahora&lt;/i&gt; o un lugar.&lt;/p&gt;&lt;p&gt;Pulse ↓ para ir a los resultados, Intro para ver los detalles y Esc para volver aquí.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="145" />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="163" />
        <source>Service details</source>
        <translation>Detalles del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="166" />
        <source>Pick a result to see its hours, phones, address and what to bring.</source>
        <translation>Elija un resultado para ver su horario, teléfonos, dirección y qué llevar.</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="173" />
        <source>Copy &amp;referral slip</source>
        <translation>Copiar hoja de &amp;derivación</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="174" />
        <source>Copy name, address, phone, today's hours and what to bring as plain text (Ctrl+Shift+C)</source>
        <translation>Copiar nombre, dirección, teléfono, horario de hoy y qué llevar como texto (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="175" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="208" />
        <source>&lt;h2&gt;The directory is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;El directorio está vacío&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="228" />
        <source>Load the starter directory</source>
        <translation>Cargar el directorio inicial</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="235" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="261" />
        <source>You can also use File → Import directory… or Sync now to load your own area's directory.</source>
        <translation>También puede usar Archivo → Importar directorio… o Sincronizar ahora para cargar el directorio de su zona.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="216" />
        <location filename="../../outreach/gui/directory/view.py" line="236" />
        <source>No results</source>
        <extracomment>Milliseconds of quiet typing before a search runs. ``(services_text, age_text, warning)`` for the status bar, after every refresh. The results on screen changed (after a search, a clear or a lock). The clock hours are evaluated against (replaceable for tests on a fixed time).</extracomment>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="236" />
        <source>%s results</source>
        <translation>%s resultados</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="239" />
        <source>Near %s.</source>
        <translation>Cerca de %s.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="242" />
        <source>(Also found in %d other states: add “, ST”.)</source>
        <translation>(También se encontró en %d estados más: añada “, ST”.)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="245" />
        <source>Nothing found. Try another word or fewer filters.</source>
        <translation>No se encontró nada. Pruebe otra palabra o menos filtros.</translation>
    </message>
</context>
<context>
    <name>FeedsTab</name>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="71" />
        <source>Unlock the vault to manage feeds.</source>
        <extracomment>An invite is a small JSON file; anything bigger is refused before reading it all. Emitted after a feed was added (with its name). Emitted after the list was (re)loaded.</extracomment>
        <translation>Desbloquee la bóveda para gestionar las fuentes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="83" />
        <source>Open a feed invite</source>
        <translation>Abrir una invitación de fuente</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="85" />
        <source>Feed invites (*.json *.invite);;All files (*)</source>
        <translation>Invitaciones de fuente (*.json *.invite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="121" />
        <source>No feed yet. Open the invite file your coordinator sent you.</source>
        <translation>Aún no hay ninguna fuente. Abra el archivo de invitación que le envió su coordinador.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="132" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="135" />
        <source>Last checked: %1 · Last verified: %2</source>
        <translation>Última comprobación: %1 · Última verificación: %2</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="140" />
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="65" />
        <location filename="../../outreach/gui/directory/filter_bar.py" line="94" />
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="70" />
        <location filename="../../outreach/gui/directory/filter_bar.py" line="96" />
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="53" />
        <source>Set up Outreach Companion</source>
        <extracomment>Tests swap in cheaper Argon2id parameters; the app always uses the default.</extracomment>
        <translation>Configurar Outreach Companion</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="87" />
        <source>The two differ.</source>
        <translation>Las dos no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="95" />
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="110" />
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="13" />
        <source>&lt;h2&gt;Welcome to Outreach Companion&lt;/h2&gt;&lt;p&gt;Your directory and notes are kept encrypted on this laptop. Choose a passphrase to lock them. Nobody, including us, can recover your notes without it or the recovery code you get next.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Outreach Companion&lt;/h2&gt;&lt;p&gt;Su directorio y sus notas se guardan cifrados en este portátil. Elija una frase de contraseña para protegerlos. Nadie, ni siquiera nosotros, puede recuperar sus notas sin ella o sin el código de recuperación que recibirá a continuación.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="19" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="21" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="27" />
        <source>Use at least 8 characters; four or more unrelated words are best.</source>
        <translation>Use al menos 8 caracteres; lo mejor son cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="38" />
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="47" />
        <source>&lt;h2&gt;Your recovery code&lt;/h2&gt;&lt;p&gt;Write this code down on paper and keep it away from the laptop. If you forget your passphrase, it is the only way back in. It is shown only now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Su código de recuperación&lt;/h2&gt;&lt;p&gt;Anote este código en papel y guárdelo lejos del portátil. Si olvida su frase de contraseña, es la única forma de volver a entrar. Solo se muestra ahora.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="55" />
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="58" />
        <source>I have written the recovery code down and put it somewhere safe.</source>
        <translation>He anotado el código de recuperación y lo he guardado en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="63" />
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="55" />
        <source>Import directory</source>
        <translation>Importar directorio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="64" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="70" />
        <source>From the data (or this device)</source>
        <translation>Según los datos (o este equipo)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="87" />
        <source>Choose a directory export</source>
        <translation>Elegir una exportación de directorio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="89" />
        <source>Directory exports (*.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exportaciones de directorio (*.json *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="95" />
        <source>Choose an HSDS folder</source>
        <translation>Elegir una carpeta HSDS</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="102" />
        <source>Choose a column mapping</source>
        <translation>Elegir una correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="104" />
        <source>Column mappings (*.toml *.json);;All files (*)</source>
        <translation>Correspondencias de columnas (*.toml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="121" />
        <source>There is no file or folder at %1.</source>
        <translation>No hay ningún archivo ni carpeta en %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="128" />
        <source>There is no mapping file at %1.</source>
        <translation>No hay ningún archivo de correspondencia en %1.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="9" />
        <source>Import a directory export: HSDS JSON, an HSDS CSV folder (datapackage), or a plain CSV file with a column mapping. Services already in the directory are updated; nothing is removed.</source>
        <translation>Importe una exportación de directorio: HSDS JSON, una carpeta HSDS CSV (datapackage) o un archivo CSV simple con una correspondencia de columnas. Los servicios que ya están en el directorio se actualizan; no se elimina nada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="15" />
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="18" />
        <source>A file or a folder</source>
        <translation>Un archivo o una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="19" />
        <source>&amp;File…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="20" />
        <source>F&amp;older…</source>
        <translation>Ca&amp;rpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="23" />
        <source>Column &amp;mapping:</source>
        <translation>Corres&amp;pondencia de columnas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="26" />
        <source>Optional; only for a plain CSV file (TOML or JSON)</source>
        <translation>Opcional; solo para un archivo CSV simple (TOML o JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="27" />
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="30" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="38" />
        <source>Import report</source>
        <extracomment>Problems listed in the dialog; the rest are counted ("… and 812 more").</extracomment>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="61" />
        <source>&lt;b&gt;Nothing was imported from %1.&lt;/b&gt; The directory is unchanged.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;No se importó nada de %1.&lt;/b&gt; El directorio no ha cambiado.&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="74" />
        <source>&lt;b&gt;Imported %1 services from %2&lt;/b&gt; (%3): %4 new, %5 updated, %6 unchanged.</source>
        <translation>&lt;b&gt;Se importaron %1 servicios de %2&lt;/b&gt; (%3): %4 nuevos, %5 actualizados, %6 sin cambios.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="91" />
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="91" />
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="91" />
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="91" />
        <source>Repaired</source>
        <translation>Reparadas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="107" />
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="111" />
        <source>Problems: %1 (the first %2 are listed)</source>
        <translation>Problemas: %1 (se muestran los primeros %2)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="115" />
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="118" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="119" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="120" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="121" />
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="122" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ImportReportForm</name>
    <message>
        <location filename="../../ui/import_report.ui" line="14" />
        <source>Rows per table:</source>
        <translation>Filas por tabla:</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.ui" line="33" />
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="192" />
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="193" />
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="209" />
        <source>Saving %1 services…</source>
        <translation>Guardando %1 servicios…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="233" />
        <source>Something went wrong inside the app (%1). Nothing was changed.</source>
        <translation>Algo falló dentro de la aplicación (%1). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6" />
        <source>Outreach Companion</source>
        <translation>Outreach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="19" />
        <source>The directory is empty. Use File → Import… or Sync now to load services.</source>
        <translation>El directorio está vacío. Use Archivo → Importar… o Sincronizar ahora para cargar servicios.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66" />
        <source>&amp;Import directory…</source>
        <translation>&amp;Importar directorio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67" />
        <source>Import &amp;pack from file…</source>
        <translation>Importar &amp;paquete desde archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69" />
        <source>&amp;Back up vault…</source>
        <translation>&amp;Copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72" />
        <source>&amp;Find service</source>
        <translation>B&amp;uscar servicio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="73" />
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="73" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="74" />
        <source>&amp;About Outreach Companion</source>
        <translation>&amp;Acerca de Outreach Companion</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="21" />
        <source>Recover access</source>
        <translation>Recuperar el acceso</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="42" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="46" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="58" />
        <source>Done. Your NEW recovery code is below: write it down now, it is shown once.</source>
        <translation>Listo. Su NUEVO código de recuperación está abajo: anótelo ahora, solo se muestra una vez.</translation>
    </message>
</context>
<context>
    <name>RecoverForm</name>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="9" />
        <source>Enter the recovery code you wrote down when you set up the app, then choose a new passphrase. You will get a new recovery code; the old one stops working.</source>
        <translation>Escriba el código de recuperación que anotó al configurar la aplicación y elija una nueva frase de contraseña. Recibirá un código de recuperación nuevo; el anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="15" />
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="16" />
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="17" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="19" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12" />
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="13" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14" />
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="16" />
        <source>Default &amp;radius:</source>
        <translation>&amp;Radio predeterminado:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17" />
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="18" />
        <source>Keep notes for:</source>
        <translation>Conservar las notas durante:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="23" />
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="29" />
        <source>&amp;Open invite file…</source>
        <translation>&amp;Abrir archivo de invitación…</translation>
    </message>
</context>
<context>
    <name>StarterOffer</name>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="72" />
        <source>Checking the bundled starter directory…</source>
        <extracomment>The pack to offer; the bundled one unless set (tests and custom builds).</extracomment>
        <translation>Comprobando el directorio inicial incluido…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="84" />
        <source>A ready-made directory is included, so you can search straight away:</source>
        <translation>Se incluye un directorio listo para usar, para que pueda buscar enseguida:</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="89" />
        <source>Load the starter directory (%s services)</source>
        <translation>Cargar el directorio inicial (%s servicios)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="99" />
        <source>No starter directory can be loaded: %s</source>
        <translation>No se puede cargar el directorio inicial: %s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="115" />
        <source>Loading the starter directory…</source>
        <translation>Cargando el directorio inicial…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="131" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="152" />
        <source>Cancelled. Nothing was loaded.</source>
        <translation>Cancelado. No se cargó nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="156" />
        <source>The starter directory could not be loaded.</source>
        <translation>No se pudo cargar el directorio inicial.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="172" />
        <source>Load the starter directory</source>
        <translation>Cargar el directorio inicial</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../outreach/gui/sync.py" line="99" />
        <source>A sync is already running.</source>
        <extracomment>How long "up to date" stays in the status bar; warnings and offline stay until replaced.</extracomment>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="105" />
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="105" />
        <source>Checking the feeds for updates…</source>
        <translation>Buscando actualizaciones en las fuentes…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="110" />
        <source>Checking for directory updates…</source>
        <translation>Buscando actualizaciones del directorio…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="127" />
        <source>Sync cancelled; nothing changed.</source>
        <translation>Sincronización cancelada; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="132" />
        <source>⚠ The directory could not be checked for updates.</source>
        <translation>⚠ No se pudo comprobar si hay actualizaciones del directorio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="143" />
        <source>No feed is set up yet. Open the invite file from your coordinator in Settings → Feeds, then sync again.</source>
        <translation>Aún no hay ninguna fuente configurada. Abra el archivo de invitación de su coordinador en Preferencias → Fuentes y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="172" />
        <source>Directory updated to version %1.</source>
        <translation>Directorio actualizado a la versión %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="180" />
        <source>The directory is up to date (version %1).</source>
        <translation>El directorio está al día (versión %1).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="189" />
        <source>%1: version %2 → %3
%4 added, %5 updated, %6 removed.</source>
        <translation>%1: versión %2 → %3
%4 añadidos, %5 actualizados, %6 eliminados.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="199" />
        <source>Directory updated</source>
        <translation>Directorio actualizado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="200" />
        <source>The directory was updated and verified.</source>
        <translation>El directorio se actualizó y se verificó.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="218" />
        <source>Offline – no directory has been downloaded yet.</source>
        <translation>Sin conexión: aún no se ha descargado ningún directorio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="221" />
        <source>Offline – using the directory from %1</source>
        <translation>Sin conexión: se usa el directorio del %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="246" />
        <source>Import a feed bundle</source>
        <translation>Importar un paquete de fuente</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="248" />
        <source>Feed bundles (*.zip);;All files (*)</source>
        <translation>Paquetes de fuente (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="268" />
        <location filename="../../outreach/gui/sync.py" line="299" />
        <source>Import pack</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="268" />
        <source>Verifying %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="289" />
        <source>A bundle can only be verified against a feed you trust. Open the invite file from your coordinator in Settings → Feeds first.</source>
        <translation>Un paquete solo se puede verificar con una fuente de confianza. Primero abra el archivo de invitación de su coordinador en Preferencias → Fuentes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="300" />
        <source>Which feed is this bundle from?</source>
        <translation>¿De qué fuente es este paquete?</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../outreach/gui/progress.py" line="34" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/progress.py" line="67" />
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="25" />
        <source>Unlock – Outreach Companion</source>
        <translation>Desbloquear – Outreach Companion</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="50" />
        <source>Enter your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="55" />
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="76" />
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="80" />
        <source>The vault could not be opened (%s).</source>
        <translation>No se pudo abrir la bóveda (%s).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="92" />
        <source>Wait %d s</source>
        <translation>Espere %d s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="97" />
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="9" />
        <source>&lt;h2&gt;Outreach Companion&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Outreach Companion&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="14" />
        <source>Enter your passphrase to unlock the directory and your notes.</source>
        <translation>Escriba su frase de contraseña para desbloquear el directorio y sus notas.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="21" />
        <location filename="../../ui/unlock_dialog.ui" line="22" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="36" />
        <source>Forgot passphrase…</source>
        <translation>¿Olvidó la frase de contraseña?…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="45" />
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="16" />
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="24" />
        <source>Save encrypted backup</source>
        <translation>Guardar copia de seguridad cifrada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="26" />
        <source>Outreach backups (*.ocbackup)</source>
        <translation>Copias de Outreach (*.ocbackup)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="30" />
        <source>A passphrase for this backup (8+ characters):</source>
        <translation>Una frase de contraseña para esta copia (8 caracteres o más):</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="33" />
        <source>Repeat the backup passphrase:</source>
        <translation>Repita la frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="37" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="42" />
        <source>Encrypted backup saved to %s.</source>
        <translation>Copia de seguridad cifrada guardada en %s.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="29" />
        <source>Something went wrong inside the app. Nothing was changed.

%s</source>
        <translation>Algo falló dentro de la aplicación. No se cambió nada.

%s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip.py" line="77" />
        <source>Print referral slip</source>
        <extracomment>Printed size of the slip's text, in points (readable when handed over on the street).</extracomment>
        <translation>Imprimir hoja de derivación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip.py" line="113" />
        <source>Save referral slip</source>
        <translation>Guardar hoja de derivación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip.py" line="113" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="154" />
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="155" />
        <source>repaired</source>
        <translation>reparada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="156" />
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
</TS>