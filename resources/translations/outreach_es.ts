<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../outreach/gui/app.py" line="238"/>
        <source>About %s</source>
        <extracomment>The user closed the unlock or first-run dialog without unlocking: the app should end. The main window was closed (the app ends). Everything that is filled on unlock and wiped on lock, in that order.</extracomment>
        <translation>Acerca de %s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/app.py" line="240"/>
        <source>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;An offline, encrypted directory of services and private notes for outreach workers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Un directorio de servicios cifrado y sin conexión, con notas privadas, para trabajadores de calle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="19"/>
        <source>Substance use treatment</source>
        <extracomment>The top-level categories of ``resources/categories.toml``.</extracomment>
        <translation>Tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="20"/>
        <source>Detox / withdrawal</source>
        <translation>Desintoxicación / abstinencia</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="21"/>
        <source>Naloxone</source>
        <translation>Naloxona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="22"/>
        <source>Syringe services</source>
        <translation>Servicios de jeringas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="23"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="24"/>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="25"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="26"/>
        <source>Medical</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="27"/>
        <source>Legal aid</source>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="28"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="29"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../outreach/gui/notes/person_dialogs.py" line="86"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/person_dialogs.py" line="101"/>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/person_dialogs.py" line="102"/>
        <source>Not asked yet</source>
        <translation>Aún no se preguntó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/person_dialogs.py" line="103"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/person_dialogs.py" line="104"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="9"/>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="11"/>
        <source>A&amp;ge range:</source>
        <translation>&amp;Edad aproximada:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="13"/>
        <source>&amp;Year of birth:</source>
        <translation>Año de naci&amp;miento:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="15"/>
        <source>G&amp;ender:</source>
        <translation>Géne&amp;ro:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="17"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="18"/>
        <location filename="../../ui/contact_dialog.ui" line="20"/>
        <source>Separated by commas</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="19"/>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="21"/>
        <source>How to &amp;reach:</source>
        <translation>Cómo &amp;localizarle:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="22"/>
        <source>For example: via the day centre on 5th (no phone numbers)</source>
        <translation>Por ejemplo: en el centro de día de la calle 5 (sin números de teléfono)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="23"/>
        <source>&amp;Do not contact</source>
        <translation>&amp;No contactar</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="24"/>
        <source>&amp;Consent to notes:</source>
        <translation>&amp;Consiente las notas:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="28"/>
        <source>Date consent was given</source>
        <translation>Fecha del consentimiento</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../outreach/gui/notes/contact_model.py" line="53"/>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/contact_model.py" line="55"/>
        <source>found in a note</source>
        <translation>encontrado en una nota</translation>
    </message>
</context>
<context>
    <name>CoordinatorForm</name>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="9"/>
        <source>No feed open</source>
        <translation>Ningún canal abierto</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="11"/>
        <source>&amp;Set up a feed…</source>
        <translation>&amp;Crear un canal…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="12"/>
        <source>&amp;Open a feed…</source>
        <translation>A&amp;brir un canal…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="15"/>
        <source>The coordinator&apos;s desk: bring in your directory export, review what changed, correct records and publish the signed update your workers receive. Set up a new feed, or open the feed folder you already publish.</source>
        <translation>La mesa de coordinación: traiga la exportación de su directorio, revise qué cambió, corrija registros y publique la actualización firmada que reciben sus trabajadores. Cree un canal nuevo o abra la carpeta del canal que ya publica.</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="19"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="23"/>
        <source>&amp;Import an export file…</source>
        <translation>Importar un arc&amp;hivo exportado…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="26"/>
        <source>…or drop a file or folder here. It goes into a draft; workers get nothing until you publish.</source>
        <translation>…o suelte aquí un archivo o carpeta. Va a un borrador; los trabajadores no reciben nada hasta que usted publique.</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="33"/>
        <source>&amp;Added</source>
        <translation>&amp;Nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="34"/>
        <source>&amp;Updated</source>
        <translation>&amp;Modificados</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="35"/>
        <source>Re&amp;moved</source>
        <translation>Elimina&amp;dos</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="38"/>
        <source>Search the changes</source>
        <translation>Buscar en los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="51"/>
        <source>&amp;Correct this service…</source>
        <translation>Corre&amp;gir este servicio…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="59"/>
        <source>Your corrections (kept across imports):</source>
        <translation>Sus correcciones (se mantienen entre importaciones):</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="69"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="71"/>
        <source>Where the feed is served. Each copy sends the new files first and timestamp.json last, so workers never see half an update.</source>
        <translation>Dónde se sirve el canal. Cada copia envía primero los archivos nuevos y timestamp.json al final, así los trabajadores nunca ven media actualización.</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="79"/>
        <source>Add an S3 &amp;bucket…</source>
        <translation>Añadir un buc&amp;ket S3…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="86"/>
        <source>The change is real: publish it although it looks like a broken export</source>
        <translation>El cambio es real: publicarlo aunque parezca una exportación rota</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="94"/>
        <source>Published versions:</source>
        <translation>Versiones publicadas:</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="106"/>
        <source>Make a &amp;USB bundle…</source>
        <translation>Crear un paquete para &amp;USB…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="107"/>
        <source>Print the &amp;key sheet…</source>
        <translation>Imprimir la &amp;hoja de claves…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="24"/>
        <source>Import an e&amp;xport folder…</source>
        <translation>Importar una carpeta e&amp;xportada…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="25"/>
        <source>Import repor&amp;t…</source>
        <translation>In&amp;forme de importación…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="36"/>
        <source>Unchange&amp;d</source>
        <translation>Sin cambi&amp;os</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="37"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="44"/>
        <source>Changes in the draft</source>
        <translation>Cambios en el borrador</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="48"/>
        <source>What changed in this service</source>
        <translation>Qué cambió en este servicio</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="62"/>
        <source>Your corrections</source>
        <translation>Sus correcciones</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="63"/>
        <source>For&amp;get</source>
        <translation>O&amp;lvidar</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="74"/>
        <source>Where the feed is served</source>
        <translation>Dónde se sirve el canal</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="77"/>
        <source>&amp;Add a folder…</source>
        <translation>Aña&amp;dir una carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="78"/>
        <source>Add SSH (rs&amp;ync)…</source>
        <translation>Añadir SSH (r&amp;sync)…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="80"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="89"/>
        <source>Publish the &amp;draft…</source>
        <translation>Publicar el b&amp;orrador…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="95"/>
        <source>Published versions</source>
        <translation>Versiones publicadas</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="99"/>
        <source>Hea&amp;lth</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="102"/>
        <source>Feed health</source>
        <translation>Estado del canal</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="105"/>
        <source>Refresh the si&amp;gnatures now…</source>
        <translation>Renovar las &amp;firmas ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="113"/>
        <source>Replace a ke&amp;y:</source>
        <translation>Sustituir una c&amp;lave:</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="115"/>
        <source>Rotate…</source>
        <translation>Rotar…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="121"/>
        <source>Run the daily refresh on:</source>
        <translation>Renovación diaria en:</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="123"/>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="127"/>
        <source>Daily refresh schedule</source>
        <translation>Programación de la renovación diaria</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="131"/>
        <source>I&amp;nvites</source>
        <translation>&amp;Invitaciones</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="135"/>
        <source>Feed &amp;URL:</source>
        <translation>&amp;URL del canal:</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="136"/>
        <source>https://feeds.example.org/county/</source>
        <translation>https://feeds.example.org/condado/</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="137"/>
        <source>&amp;Create an invite…</source>
        <translation>Crear una invitació&amp;n…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="143"/>
        <source>An invite holds the feed&apos;s name, its URL and the root of trust. Workers open it once (Settings → Feeds). The QR code carries the URL and the root fingerprint, to check an invite by phone.</source>
        <translation>Una invitación lleva el nombre del canal, su URL y la raíz de confianza. Los trabajadores la abren una vez (Ajustes → Canales). El código QR lleva la URL y la huella de la raíz, para comprobar una invitación con el teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="146"/>
        <source>Invites issued:</source>
        <translation>Invitaciones emitidas:</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_view.ui" line="147"/>
        <source>Invites issued</source>
        <translation>Invitaciones emitidas</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="116"/>
        <source>Field</source>
        <extracomment>Emitted after a feed was opened or set up (the app remembers it in the settings). A background step finished (ok or not); tests wait on :attr:`busy` instead.</extracomment>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="116"/>
        <source>Published now</source>
        <translation>Publicado ahora</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="116"/>
        <source>In the draft</source>
        <translation>En el borrador</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="228"/>
        <source>Open a feed folder</source>
        <translation>Abrir la carpeta de un canal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="269"/>
        <source>Import an export</source>
        <translation>Importar una exportación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="271"/>
        <source>Directory exports (*.json *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Exportaciones de directorio (*.json *.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="277"/>
        <source>Import an export folder</source>
        <translation>Importar una carpeta exportada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="286"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="307"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="309"/>
        <source>%1 services read from %2.</source>
        <translation>%1 servicios leídos de %2.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="339"/>
        <source>No feed open</source>
        <translation>Ningún canal abierto</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="349"/>
        <source>version %1 is live</source>
        <translation>versión %1 publicada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="351"/>
        <source>nothing published yet</source>
        <translation>aún no se ha publicado nada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="357"/>
        <source>No draft yet: import your directory export to start the next version.</source>
        <translation>Aún no hay borrador: importe la exportación de su directorio para empezar la próxima versión.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="362"/>
        <source>Draft for version %1: %2 added, %3 updated, %4 removed, %5 unchanged.</source>
        <translation>Borrador de la versión %1: %2 nuevos, %3 modificados, %4 eliminados, %5 sin cambios.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="373"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="426"/>
        <source>New service</source>
        <translation>Servicio nuevo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="427"/>
        <source>Changed service</source>
        <translation>Servicio modificado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="428"/>
        <source>Removed service</source>
        <translation>Servicio eliminado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="429"/>
        <source>Unchanged service</source>
        <translation>Servicio sin cambios</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="431"/>
        <source> Other details changed too.</source>
        <translation> También cambiaron otros datos.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="458"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="459"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="460"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="461"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="462"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="463"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/view.py" line="464"/>
        <source>Note for workers</source>
        <translation>Nota para los trabajadores</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="179"/>
        <source>Correct a service</source>
        <extracomment>The changes, as :meth:`outreach.desk.workspace.Desk.correct` takes them.</extracomment>
        <translation>Corregir un servicio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="182"/>
        <source>Correct &lt;b&gt;%1&lt;/b&gt;. Workers will see “Edited by the coordinator”.</source>
        <translation>Corregir &lt;b&gt;%1&lt;/b&gt;. Los trabajadores verán «Editado por la coordinación».</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="196"/>
        <source>As the export says</source>
        <translation>Lo que dice la exportación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="198"/>
        <source>Open (active)</source>
        <translation>Abierto (activo)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="199"/>
        <source>Temporarily closed</source>
        <translation>Cerrado temporalmente</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="200"/>
        <source>Closed for good</source>
        <translation>Cerrado definitivamente</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="10"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="11"/>
        <source>The number to call; several with ;</source>
        <translation>El número al que llamar; varios con ;</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="12"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="13"/>
        <source>Mon-Fri 09:00-17:00; Sat 10:00-14:00</source>
        <translation>Mon-Fri 09:00-17:00; Sat 10:00-14:00</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="14"/>
        <source>&amp;Street:</source>
        <translation>&amp;Calle:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="16"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="18"/>
        <source>St&amp;ate, postcode:</source>
        <translation>Estado, código &amp;postal:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="22"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="25"/>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="27"/>
        <source>&amp;Note for workers:</source>
        <translation>&amp;Nota para los trabajadores:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="28"/>
        <source>Call before going: walk-in hours change weekly</source>
        <translation>Llame antes de ir: el horario sin cita cambia cada semana</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="31"/>
        <source>Leave a field empty to keep what the export says. Your corrections are re-applied to every later import of this export.</source>
        <translation>Deje un campo vacío para mantener lo que dice la exportación. Sus correcciones se vuelven a aplicar en cada importación posterior de esta exportación.</translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="186"/>
        <source>Main</source>
        <extracomment>The labels the starter directory gives its phone numbers (SAMHSA&apos;s &quot;Phone&quot; and &quot;Intake&quot;).</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="187"/>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="209"/>
        <source>Payment accepted: %1</source>
        <translation>Formas de pago aceptadas: %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="71"/>
        <source>This service is no longer in the directory.</source>
        <extracomment>Emitted with the service id once its record is on screen.</extracomment>
        <translation>Este servicio ya no está en el directorio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="93"/>
        <source>This service could not be shown (%s).</source>
        <translation>No se pudo mostrar este servicio (%s).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="102"/>
        <source>Copied the phone number.</source>
        <translation>Se copió el número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="103"/>
        <source>Copied the address.</source>
        <translation>Se copió la dirección.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="104"/>
        <source>Copied the web address.</source>
        <translation>Se copió la dirección web.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="106"/>
        <source>Copied the text.</source>
        <translation>Se copió el texto.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="127"/>
        <source>Saved the slip to %s.</source>
        <translation>Se guardó la hoja en %s.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_pane.py" line="112"/>
        <source>Copied the referral slip.</source>
        <translation>Se copió la hoja de derivación.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="50"/>
        <source>Copy to the clipboard</source>
        <extracomment>Verified longer ago than this (two years) and the pane warns under the service&apos;s name. Links inside the pane: &quot;copy:&lt;key&gt;&quot; copies ``DetailContent.copy_targets[key]``.</extracomment>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="51"/>
        <source>[Copy]</source>
        <translation>[Copiar]</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="80"/>
        <source>Categories: %1</source>
        <translation>Categorías: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="86"/>
        <source>Alert:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="96"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="114"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="127"/>
        <source>Location approximate (ZIP %1): the exact place is not known.</source>
        <translation>Ubicación aproximada (código postal %1): no se conoce el lugar exacto.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="131"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="136"/>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="141"/>
        <source>What to bring</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="146"/>
        <source>Wait: %1</source>
        <translation>Espera: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="147"/>
        <source>How to get in</source>
        <translation>Cómo acceder</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="154"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="158"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="163"/>
        <source>About</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="176"/>
        <source>Web and email</source>
        <translation>Web y correo electrónico</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="181"/>
        <source>Last verified: %1</source>
        <translation>Última verificación: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="185"/>
        <source>Last verified %1</source>
        <translation>Verificado por última vez el %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="189"/>
        <source>No verification date recorded</source>
        <translation>Sin fecha de verificación registrada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="192"/>
        <source>Edited by the coordinator on %1</source>
        <translation>Editado por la coordinación el %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="215"/>
        <source>Last verified %1 (%2): call to check before sending someone.</source>
        <translation>Última verificación: %1 (%2). Llame para comprobarlo antes de enviar a alguien.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="236"/>
        <source>Services listed by SAMHSA</source>
        <translation>Servicios según SAMHSA</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="242"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="249"/>
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="250"/>
        <source>text</source>
        <translation>mensajes de texto</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="251"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="252"/>
        <source>cell</source>
        <translation>celular</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="253"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="254"/>
        <source>pager</source>
        <translation>localizador</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="255"/>
        <source>textphone</source>
        <translation>teléfono de texto (TTY)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="276"/>
        <source>Call before going.</source>
        <translation>Llame antes de ir.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/detail_html.py" line="279"/>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryForm</name>
    <message>
        <location filename="../../ui/directory_view.ui" line="16"/>
        <source>Search services: detox, narcan, shelter, comida…  (Ctrl+F)</source>
        <translation>Buscar servicios: desintoxicación, narcan, albergue, comida…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="17"/>
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="36"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="37"/>
        <source>Only services in this category</source>
        <translation>Solo servicios de esta categoría</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="43"/>
        <source>&amp;Open now</source>
        <translation>Abierto a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="44"/>
        <source>Only services whose hours say they are open right now (services with unknown hours are left out)</source>
        <translation>Solo servicios cuyo horario dice que están abiertos ahora (se omiten los de horario desconocido)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="49"/>
        <source>Near: ZIP, city or lat,lon</source>
        <translation>Cerca de: código postal, ciudad o lat,lon</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="50"/>
        <source>Near a place</source>
        <translation>Cerca de un lugar</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="51"/>
        <source>A postcode, &quot;City, ST&quot; or coordinates; looked up offline in the directory&apos;s own addresses</source>
        <translation>Un código postal, &quot;Ciudad, ST&quot; o coordenadas; se busca sin conexión en las direcciones del propio directorio</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="59"/>
        <source>Distance in kilometres</source>
        <translation>Distancia en kilómetros</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="60"/>
        <source>How far from the place to look</source>
        <translation>Hasta qué distancia del lugar buscar</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="61"/>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="62"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="70"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="71"/>
        <source>Only services that offer this language</source>
        <translation>Solo servicios que ofrecen este idioma</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="77"/>
        <source>Free o&amp;nly</source>
        <translation>Solo &amp;gratis</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="100"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="210"/>
        <source>&amp;Refer…</source>
        <translation>De&amp;rivar…</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="217"/>
        <source>&amp;Copy referral slip</source>
        <translation>&amp;Copiar hoja de derivación</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="284"/>
        <source>Where &amp;do you work?</source>
        <translation>¿&amp;Dónde trabaja?</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="78"/>
        <source>Only services that say they are free (a sliding scale is not free)</source>
        <translation>Solo servicios que dicen ser gratuitos (una tarifa escalonada no es gratis)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="83"/>
        <source>&amp;Walk-in</source>
        <translation>&amp;Sin cita</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="84"/>
        <source>Only services that take walk-ins or need no appointment</source>
        <translation>Solo servicios que atienden sin cita previa</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="89"/>
        <source>Age of the person</source>
        <translation>Edad de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="90"/>
        <source>The person&apos;s age: leaves out services whose age limits exclude them</source>
        <translation>La edad de la persona: omite los servicios cuyos límites de edad la excluyen</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="91"/>
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="92"/>
        <source>Age </source>
        <translation>Edad </translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="120"/>
        <source>color: #8a4b00;</source>
        <translation>color: #8a4b00;</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="126"/>
        <source>Show the services with unknown hours</source>
        <translation>Mostrar los servicios con horario desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="128"/>
        <source>Services whose hours are not in the directory may be open: call before going</source>
        <translation>Los servicios cuyo horario no está en el directorio pueden estar abiertos: llame antes de ir</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="145"/>
        <source>&lt;p style=&quot;font-size:14pt&quot;&gt;What does the person need?&lt;/p&gt;&lt;p&gt;Type a word: &lt;b&gt;detox&lt;/b&gt;, &lt;b&gt;narcan&lt;/b&gt;, &lt;b&gt;shelter&lt;/b&gt;, &lt;b&gt;comida&lt;/b&gt;, a service or an organization name, or pick a category, &lt;i&gt;Open now&lt;/i&gt; or a place.&lt;/p&gt;&lt;p&gt;Press ↓ to go to the results, Enter for the details, Esc to come back here.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:14pt&quot;&gt;¿Qué necesita la persona?&lt;/p&gt;&lt;p&gt;Escriba una palabra: &lt;b&gt;detox&lt;/b&gt;, &lt;b&gt;narcan&lt;/b&gt;, &lt;b&gt;albergue&lt;/b&gt;, &lt;b&gt;comida&lt;/b&gt;, el nombre de un servicio o de una organización, o elija una categoría, &lt;i&gt;Abierto ahora&lt;/i&gt; o un lugar.&lt;/p&gt;&lt;p&gt;Pulse ↓ para ir a los resultados, Intro para ver los detalles y Esc para volver aquí.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="173"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="183"/>
        <source>Show more results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="185"/>
        <source>Load the next results of this search (End in the list, then ↓)</source>
        <translation>Cargar los siguientes resultados de esta búsqueda (Fin en la lista y luego ↓)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="200"/>
        <source>Service details</source>
        <translation>Detalles del servicio</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="203"/>
        <source>Pick a result to see its hours, phones, address and what to bring.</source>
        <translation>Elija un resultado para ver su horario, teléfonos, dirección y qué llevar.</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="211"/>
        <source>Refer someone to this service: the referral goes into their notes with a code for the slip (Ctrl+R)</source>
        <translation>Derivar a alguien a este servicio: la derivación queda en sus notas con un código para la hoja (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="218"/>
        <source>Copy name, address, phone, today&apos;s hours and what to bring as plain text (Ctrl+Shift+C)</source>
        <translation>Copiar nombre, dirección, teléfono, horario de hoy y qué llevar como texto (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="224"/>
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir hoja…</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="225"/>
        <source>Print the referral slip with a QR code (Ctrl+P)</source>
        <translation>Imprimir la hoja de derivación con un código QR (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="231"/>
        <source>Save slip as P&amp;DF…</source>
        <translation>Guardar hoja como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="264"/>
        <source>&lt;h2&gt;The directory is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;El directorio está vacío&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="290"/>
        <source>A state, a city or a ZIP code</source>
        <translation>Un estado, una ciudad o un código postal</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="291"/>
        <source>Searches start near this place; you can change the place in the Near box at any time. Leave it empty to search the whole country.</source>
        <translation>Las búsquedas empiezan cerca de este lugar; puede cambiarlo en la casilla «Cerca de» en cualquier momento. Déjelo vacío para buscar en todo el país.</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="318"/>
        <source>Load the starter directory</source>
        <translation>Cargar el directorio inicial</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="325"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/directory_view.ui" line="352"/>
        <source>You can also use File → Import directory… or Sync now to load your own area&apos;s directory.</source>
        <translation>También puede usar Archivo → Importar directorio… o Sincronizar ahora para cargar el directorio de su zona.</translation>
    </message>
</context>
<context>
    <name>DirectoryStatus</name>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="38"/>
        <source>1 year ago</source>
        <extracomment>Older than this and the age is shown as a warning: hours, phones and beds change.</extracomment>
        <translation>hace 1 año</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="39"/>
        <source>1 month ago</source>
        <translation>hace 1 mes</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="40"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="41"/>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="42"/>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="47"/>
        <source>%1 years ago</source>
        <translation>hace %1 años</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="48"/>
        <source>%1 months ago</source>
        <translation>hace %1 meses</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="49"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="50"/>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="51"/>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="68"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="80"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="91"/>
        <source>starter directory, data of %1</source>
        <translation>directorio inicial, datos del %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="93"/>
        <source>starter directory, data of %1 to %2</source>
        <translation>directorio inicial, datos del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="115"/>
        <source>No services loaded</source>
        <translation>No hay servicios cargados</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="128"/>
        <source>starter directory from %1 (%2)</source>
        <translation>directorio inicial del %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="135"/>
        <source>directory verified %1</source>
        <translation>directorio verificado %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="138"/>
        <source>directory pack applied %1</source>
        <translation>paquete del directorio aplicado %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="141"/>
        <source>imported %1</source>
        <translation>importado %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/status.py" line="143"/>
        <source>age unknown</source>
        <translation>antigüedad desconocida</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="95"/>
        <source>&amp;Find service</source>
        <extracomment>Milliseconds of quiet typing before a search runs. ``(services_text, age_text, warning)`` for the status bar, after every refresh. The results on screen changed (after a search, a clear or a lock).</extracomment>
        <translation>B&amp;uscar servicio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="98"/>
        <source>&amp;Refer to this service…</source>
        <translation>De&amp;rivar a este servicio…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="115"/>
        <source>&amp;Copy referral slip</source>
        <translation>&amp;Copiar hoja de derivación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="118"/>
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir hoja…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="121"/>
        <source>Save slip as P&amp;DF…</source>
        <translation>Guardar hoja como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="163"/>
        <source>↓ or Enter</source>
        <extracomment>The worker&apos;s place as last put in the Near box (&quot;&quot; for none). &quot;Open now&quot; also shows services with unknown hours (until &quot;Open now&quot; is changed). The search on screen: (query, filters, with unknown hours), to tell a new search (start at the top) from the same one again (keep the place in the list).</extracomment>
        <translation>↓ o Intro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="163"/>
        <source>From the search box to the results</source>
        <translation>De la búsqueda a los resultados</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="164"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="164"/>
        <source>From a result to its details</source>
        <translation>De un resultado a sus detalles</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="165"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="165"/>
        <source>Back to the search box (in the search box: clear it)</source>
        <translation>Volver a la búsqueda (en la búsqueda: borrarla)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="381"/>
        <location filename="../../outreach/gui/directory/view.py" line="535"/>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="446"/>
        <source>In %s.</source>
        <translation>En %s.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="448"/>
        <source>Near %s.</source>
        <translation>Cerca de %s.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="451"/>
        <source>(Also found in %d other states: add “, ST”.)</source>
        <translation>(También se encontró en %d estados más: añada “, ST”.)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="458"/>
        <source>Nothing found. Try another word or fewer filters.</source>
        <translation>No se encontró nada. Pruebe otra palabra o menos filtros.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="537"/>
        <source>First %1 results</source>
        <translation>Primeros %1 resultados</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="540"/>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/view.py" line="541"/>
        <source>%1 results</source>
        <translation>%1 resultados</translation>
    </message>
</context>
<context>
    <name>EmptyAnswer</name>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="125"/>
        <source>substance use treatment services</source>
        <extracomment>How each category reads in &quot;The directory has no …&quot; (see outreach.directory.coverage).</extracomment>
        <translation>servicios de tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="126"/>
        <source>detox or withdrawal services</source>
        <translation>servicios de desintoxicación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="127"/>
        <source>naloxone services</source>
        <translation>servicios de naloxona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="128"/>
        <source>syringe services programmes</source>
        <translation>programas de servicios de jeringas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="129"/>
        <source>mental health services</source>
        <translation>servicios de salud mental</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="130"/>
        <source>shelters</source>
        <translation>albergues</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="131"/>
        <source>food services</source>
        <translation>servicios de comida</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="132"/>
        <source>medical services</source>
        <translation>servicios médicos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="133"/>
        <source>legal aid services</source>
        <translation>servicios de ayuda legal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="134"/>
        <source>housing services</source>
        <translation>servicios de vivienda</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="135"/>
        <source>crisis services</source>
        <translation>servicios de crisis</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="142"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="147"/>
        <source>The starter directory has no %1; your coordinator&apos;s feed can add them.</source>
        <translation>El directorio inicial no tiene %1; la fuente de su coordinador puede añadirlos.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="151"/>
        <source>The directory has no %1; your coordinator&apos;s feed can add them.</source>
        <translation>El directorio no tiene %1; la fuente de su coordinador puede añadirlos.</translation>
    </message>
</context>
<context>
    <name>EncounterDialog</name>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="92"/>
        <source>New encounter</source>
        <extracomment>&quot;Did they get to …?&quot; questions shown before the list scrolls (each is a row&apos;s height).</extracomment>
        <translation>Nuevo encuentro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="113"/>
        <source>Referrals waiting for an answer</source>
        <translation>Derivaciones pendientes de respuesta</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="135"/>
        <source>Who you met (an alias, never a real name)</source>
        <translation>A quién viste (un alias, nunca un nombre real)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="213"/>
        <source>Someone new: they will be added.</source>
        <translation>Alguien nuevo: se añadirá.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="237"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="240"/>
        <source>Did they get to %1?</source>
        <translation>¿Llegó a %1?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="255"/>
        <source>entered later</source>
        <translation>anotado después</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/encounter_dialog.py" line="281"/>
        <source>Type an alias: who did you meet?</source>
        <translation>Escribe un alias: ¿a quién viste?</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="11"/>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="19"/>
        <source>Pick someone you have met, or type a new alias to add them.</source>
        <translation>Elige a alguien que ya viste, o escribe un alias nuevo para añadirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="29"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="35"/>
        <source>Where you met (a place, not an address)</source>
        <translation>Dónde os visteis (un lugar, no una dirección)</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="41"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="67"/>
        <source>Did they get there?</source>
        <translation>¿Llegó?</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="73"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="79"/>
        <source>Supplies handed out</source>
        <translation>Material entregado</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="85"/>
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_dialog.ui" line="92"/>
        <source>What happened, in a few words (only you can read this)</source>
        <translation>Qué pasó, en pocas palabras (solo tú puedes leerlo)</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <location filename="../../outreach/gui/errors.py" line="101"/>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="103"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="115"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="118"/>
        <source>Wrong recovery code.</source>
        <translation>Código de recuperación incorrecto.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="121"/>
        <source>This vault has no recovery code left.</source>
        <translation>Esta bóveda ya no tiene código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="124"/>
        <source>Wrong backup passphrase.</source>
        <translation>Frase de contraseña de la copia incorrecta.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="127"/>
        <source>The key does not open this vault (wrong passphrase or damaged file).</source>
        <translation>La clave no abre esta bóveda (frase de contraseña incorrecta o archivo dañado).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/errors.py" line="135"/>
        <source>Something went wrong inside the app. Nothing was changed.

%1</source>
        <translation>Algo falló dentro de la aplicación. No se cambió nada.

%1</translation>
    </message>
</context>
<context>
    <name>FeedBundle</name>
    <message>
        <location filename="../../outreach/gui/sync_jobs.py" line="68"/>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_jobs.py" line="71"/>
        <source>%1 is not a feed bundle (not a ZIP file).</source>
        <translation>%1 no es un paquete de fuente (no es un archivo ZIP).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_jobs.py" line="76"/>
        <source>%1 is a resource pack on its own, without the feed&apos;s signatures, so it cannot be verified. Ask the coordinator for a feed bundle (outreach feed bundle).</source>
        <translation>%1 es un paquete de recursos suelto, sin las firmas de la fuente, así que no se puede verificar. Pida a su coordinador un paquete de fuente (outreach feed bundle).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_jobs.py" line="82"/>
        <source>%1 is not a feed bundle (it has no timestamp.json).</source>
        <translation>%1 no es un paquete de fuente (no tiene timestamp.json).</translation>
    </message>
</context>
<context>
    <name>FeedInvite</name>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="42"/>
        <source>%1: too large to be a feed invite.</source>
        <extracomment>An invite is a small JSON file; anything bigger is refused before reading it all.</extracomment>
        <translation>%1: demasiado grande para ser una invitación de fuente.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="46"/>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>FeedSetupDialog</name>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="45"/>
        <source>Set up a feed</source>
        <extracomment>(name, feed folder, key folder, passphrases by slot) when Create is pressed.</extracomment>
        <translation>Crear un canal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="67"/>
        <source>Choose the feed folder</source>
        <translation>Elegir la carpeta del canal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="70"/>
        <source>Choose the key folder</source>
        <translation>Elegir la carpeta de claves</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="105"/>
        <source>Use a different passphrase for each key.</source>
        <translation>Use una frase de contraseña distinta para cada clave.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="114"/>
        <source>The key folder is inside the feed folder: the keys would be published. Choose a folder outside it.</source>
        <translation>La carpeta de claves está dentro de la carpeta del canal: las claves se publicarían. Elija una carpeta fuera de ella.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="118"/>
        <source>The key folder is on the same disk as the feed folder: one lost or broken computer takes both. Better: a USB stick or other removable media, kept apart.</source>
        <translation>La carpeta de claves está en el mismo disco que la carpeta del canal: un ordenador perdido o roto se lleva las dos. Mejor: una memoria USB u otro medio extraíble, guardado aparte.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="124"/>
        <source>The two root key passphrases differ.</source>
        <translation>Las dos frases de la clave raíz no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="125"/>
        <source>The two targets key passphrases differ.</source>
        <translation>Las dos frases de la clave de contenidos no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="126"/>
        <source>The two online key passphrases differ.</source>
        <translation>Las dos frases de la clave en línea no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="135"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="145"/>
        <source>The feed is ready. Print this sheet and keep it with the keys; it holds no passphrase. Next: import your directory export in the Review tab.</source>
        <translation>El canal está listo. Imprima esta hoja y guárdela con las claves; no contiene ninguna frase de contraseña. Después: importe la exportación de su directorio en la pestaña Revisar.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="154"/>
        <source>&amp;Create the feed</source>
        <translation>&amp;Crear el canal</translation>
    </message>
</context>
<context>
    <name>FeedSetupForm</name>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="11"/>
        <source>A feed is a folder of signed files that any web server can host. Three keys sign it, each locked by its own passphrase; keep them outside the feed folder, best on removable media.</source>
        <translation>Un canal es una carpeta de archivos firmados que cualquier servidor web puede alojar. Lo firman tres claves, cada una protegida por su propia frase de contraseña; guárdelas fuera de la carpeta del canal, mejor en un medio extraíble.</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="14"/>
        <source>Feed n&amp;ame:</source>
        <translation>&amp;Nombre del canal:</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="15"/>
        <source>County 211</source>
        <translation>Condado 211</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="16"/>
        <source>Feed &amp;folder:</source>
        <translation>&amp;Carpeta del canal:</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="20"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="23"/>
        <source>&amp;Key folder:</source>
        <translation>Carpe&amp;ta de claves:</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="27"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="35"/>
        <source>R&amp;oot key passphrase:</source>
        <translation>Frase de la clave &amp;raíz:</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="37"/>
        <location filename="../../ui/feed_setup_dialog.ui" line="42"/>
        <location filename="../../ui/feed_setup_dialog.ui" line="47"/>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="40"/>
        <source>&amp;Targets key passphrase:</source>
        <translation>Frase de la clave de c&amp;ontenidos:</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="45"/>
        <source>O&amp;nline key passphrase:</source>
        <translation>Frase de la clave en &amp;línea:</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="56"/>
        <source>&amp;Create the feed</source>
        <translation>Crear el can&amp;al</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="64"/>
        <source>Key sheet</source>
        <translation>Hoja de claves</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="67"/>
        <source>&amp;Print the key sheet…</source>
        <translation>&amp;Imprimir la hoja de claves…</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="68"/>
        <source>&amp;Save it as PDF…</source>
        <translation>&amp;Guardarla como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/feed_setup_dialog.ui" line="70"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
</context>
<context>
    <name>FeedsTab</name>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="92"/>
        <source>Unlock the vault to manage feeds.</source>
        <extracomment>Emitted after a feed was added (with its name). Emitted after a feed was removed (with its name). Emitted after the list was (re)loaded.</extracomment>
        <translation>Desbloquee la bóveda para gestionar las fuentes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="104"/>
        <source>Open a feed invite</source>
        <translation>Abrir una invitación de fuente</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="106"/>
        <source>Feed invites (*.json *.invite);;All files (*)</source>
        <translation>Invitaciones de fuente (*.json *.invite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="157"/>
        <source>Remove a feed</source>
        <translation>Quitar una fuente</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="158"/>
        <source>Stop trusting the feed “%1”?</source>
        <translation>¿Dejar de confiar en la fuente «%1»?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="164"/>
        <source>Sync will no longer check it. The services it delivered stay in your directory and can still be searched, but nothing updates them any more: opening hours and phone numbers grow older until you add the feed again from its invite file. Your notes are not touched.</source>
        <translation>La sincronización ya no la consultará. Los servicios que trajo se quedan en su directorio y se pueden seguir buscando, pero ya nada los actualiza: los horarios y los teléfonos envejecen hasta que vuelva a añadir la fuente con su archivo de invitación. Sus notas no se tocan.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="170"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="211"/>
        <source>No feed yet. Open the invite file your coordinator sent you.</source>
        <translation>Aún no hay ninguna fuente. Abra el archivo de invitación que le envió su coordinador.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="225"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="228"/>
        <source>Last checked: %1 · Last verified: %2</source>
        <translation>Última comprobación: %1 · Última verificación: %2</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/feeds.py" line="234"/>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="49"/>
        <source> mi</source>
        <extracomment>The radius a reset goes back to: the Settings value, read when it is needed. The radius is typed in miles where the worker&apos;s country uses them.</extracomment>
        <translation> mi</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="50"/>
        <source>Distance in miles</source>
        <translation>Distancia en millas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="80"/>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="113"/>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="85"/>
        <location filename="../../outreach/gui/directory/filter_bar.py" line="115"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="33"/>
        <source>Too short: use at least %1 characters.</source>
        <extracomment>Tests swap in cheaper Argon2id parameters; the app always uses the default.</extracomment>
        <translation>Demasiado corta: use al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="48"/>
        <source>Weak: add more words.</source>
        <translation>Débil: agregue más palabras.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="49"/>
        <source>Fair: one or two more words make it strong.</source>
        <translation>Regular: una o dos palabras más la harán fuerte.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="52"/>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="60"/>
        <source>Set up Outreach Companion</source>
        <translation>Configurar Outreach Companion</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="93"/>
        <source>The two differ.</source>
        <translation>Las dos no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="101"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/first_run.py" line="119"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="13"/>
        <source>&lt;h2&gt;Welcome to Outreach Companion&lt;/h2&gt;&lt;p&gt;Your directory and notes are kept encrypted on this laptop. Choose a passphrase to lock them. Nobody, including us, can recover your notes without it or the recovery code you get next.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Outreach Companion&lt;/h2&gt;&lt;p&gt;Su directorio y sus notas se guardan cifrados en este portátil. Elija una frase de contraseña para protegerlos. Nadie, ni siquiera nosotros, puede recuperar sus notas sin ella o sin el código de recuperación que recibirá a continuación.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="19"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="21"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="27"/>
        <source>Use at least 8 characters; four or more unrelated words are best.</source>
        <translation>Use al menos 8 caracteres; lo mejor son cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="38"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="47"/>
        <source>&lt;h2&gt;Your recovery code&lt;/h2&gt;&lt;p&gt;Write this code down on paper and keep it away from the laptop. If you forget your passphrase, it is the only way back in. It is shown only now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Su código de recuperación&lt;/h2&gt;&lt;p&gt;Anote este código en papel y guárdelo lejos del portátil. Si olvida su frase de contraseña, es la única forma de volver a entrar. Solo se muestra ahora.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="55"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="58"/>
        <source>I have written the recovery code down and put it somewhere safe.</source>
        <translation>He anotado el código de recuperación y lo he guardado en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="63"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../outreach/gui/notes/person_dialogs.py" line="154"/>
        <source>Add a follow-up</source>
        <translation>Añadir un seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="9"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Para el día:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="11"/>
        <source>&amp;What to do:</source>
        <translation>&amp;Qué hacer:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="53"/>
        <source>Import directory</source>
        <translation>Importar directorio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="62"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="71"/>
        <source>From the data (or this device: %1)</source>
        <translation>Según los datos (o este equipo: %1)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="73"/>
        <source>From the data (or this device)</source>
        <translation>Según los datos (o este equipo)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="95"/>
        <source>Choose a directory export</source>
        <translation>Elegir una exportación de directorio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="97"/>
        <source>Directory exports (*.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exportaciones de directorio (*.json *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="103"/>
        <source>Choose an HSDS folder</source>
        <translation>Elegir una carpeta HSDS</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="110"/>
        <source>Choose a column mapping</source>
        <translation>Elegir una correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="112"/>
        <source>Column mappings (*.toml *.json);;All files (*)</source>
        <translation>Correspondencias de columnas (*.toml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="129"/>
        <source>There is no file or folder at %1.</source>
        <translation>No hay ningún archivo ni carpeta en %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="136"/>
        <source>There is no mapping file at %1.</source>
        <translation>No hay ningún archivo de correspondencia en %1.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="9"/>
        <source>Import a directory export: HSDS JSON, an HSDS CSV folder (datapackage), or a plain CSV file with a column mapping. Services already in the directory are updated; nothing is removed.</source>
        <translation>Importe una exportación de directorio: HSDS JSON, una carpeta HSDS CSV (datapackage) o un archivo CSV simple con una correspondencia de columnas. Los servicios que ya están en el directorio se actualizan; no se elimina nada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="15"/>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="18"/>
        <source>A file or a folder</source>
        <translation>Un archivo o una carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="19"/>
        <source>&amp;File…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="20"/>
        <source>F&amp;older…</source>
        <translation>Ca&amp;rpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="23"/>
        <source>Column &amp;mapping:</source>
        <translation>Corres&amp;pondencia de columnas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="26"/>
        <source>Optional; only for a plain CSV file (TOML or JSON)</source>
        <translation>Opcional; solo para un archivo CSV simple (TOML o JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="27"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="30"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="42"/>
        <source>Import report</source>
        <extracomment>Problems listed in the dialog; the rest are counted (&quot;… and 812 more&quot;).</extracomment>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="72"/>
        <source>&lt;b&gt;Nothing was imported from %1.&lt;/b&gt; The directory is unchanged.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;No se importó nada de %1.&lt;/b&gt; El directorio no ha cambiado.&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="91"/>
        <source>&lt;b&gt;Imported %1 services from %2&lt;/b&gt; (%3): %4 new, %5 updated, %6 unchanged.</source>
        <translation>&lt;b&gt;Se importaron %1 servicios de %2&lt;/b&gt; (%3): %4 nuevos, %5 actualizados, %6 sin cambios.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="108"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="108"/>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="108"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="108"/>
        <source>Repaired</source>
        <translation>Reparadas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="135"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="133"/>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="139"/>
        <source>Files in the folder that were not read: %1</source>
        <translation>Archivos de la carpeta que no se leyeron: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="163"/>
        <source>Problems by &amp;kind (%1)</source>
        <translation>Problemas por &amp;tipo (%1)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="167"/>
        <location filename="../../outreach/gui/import_report.py" line="213"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="180"/>
        <source>&amp;First %1 problems</source>
        <translation>Los &amp;primeros %1 problemas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="182"/>
        <source>&amp;Each problem (%1)</source>
        <translation>Cada &amp;problema (%1)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="188"/>
        <location filename="../../outreach/gui/import_report.py" line="213"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="189"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="190"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="209"/>
        <source>Files &amp;not read (%1)</source>
        <translation>Archivos &amp;no leídos (%1)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="213"/>
        <source>Why it was not read</source>
        <translation>Por qué no se leyó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="167"/>
        <location filename="../../outreach/gui/import_report.py" line="191"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="167"/>
        <location filename="../../outreach/gui/import_report.py" line="192"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ImportReportForm</name>
    <message>
        <location filename="../../ui/import_report.ui" line="14"/>
        <source>Rows per table:</source>
        <translation>Filas por tabla:</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.ui" line="16"/>
        <source>What was read</source>
        <translation>Lo que se leyó</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.ui" line="29"/>
        <source>Problems by kind</source>
        <translation>Problemas por tipo</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.ui" line="41"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.ui" line="53"/>
        <source>Files not read</source>
        <translation>Archivos no leídos</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.ui" line="66"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="198"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="199"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_dialog.py" line="213"/>
        <source>Saving %1 services…</source>
        <translation>Guardando %1 servicios…</translation>
    </message>
</context>
<context>
    <name>KeyPassphrasesDialog</name>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="254"/>
        <source>Key passphrases</source>
        <translation>Frases de contraseña de las claves</translation>
    </message>
</context>
<context>
    <name>KeyPassphrasesForm</name>
    <message>
        <location filename="../../ui/key_passphrases_dialog.ui" line="10"/>
        <source>R&amp;oot key:</source>
        <translation>Clave &amp;raíz:</translation>
    </message>
    <message>
        <location filename="../../ui/key_passphrases_dialog.ui" line="12"/>
        <source>&amp;Targets key:</source>
        <translation>Clave de &amp;contenidos:</translation>
    </message>
    <message>
        <location filename="../../ui/key_passphrases_dialog.ui" line="14"/>
        <source>O&amp;nline key:</source>
        <translation>Clave en &amp;línea:</translation>
    </message>
    <message>
        <location filename="../../ui/key_passphrases_dialog.ui" line="18"/>
        <source>Passphrases are used for this step only and never stored.</source>
        <translation>Las frases de contraseña se usan solo para este paso y nunca se guardan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Outreach Companion</source>
        <translation>Outreach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>&amp;Import directory…</source>
        <translation>&amp;Importar directorio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="64"/>
        <source>&amp;Publish a feed (coordinators)…</source>
        <translation>&amp;Publicar un canal (coordinación)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>Import pack from &amp;file…</source>
        <translation>Importar paquete desde &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>&amp;About Outreach Companion</source>
        <translation>&amp;Acerca de Outreach Companion</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="22"/>
        <source>Waiting for an answer</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="23"/>
        <source>Got there</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="24"/>
        <source>Did not get there</source>
        <translation>No llegó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="25"/>
        <source>Declined</source>
        <translation>Lo rechazó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="26"/>
        <source>No show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="27"/>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="35"/>
        <source>&amp;Got there</source>
        <translation>&amp;Llegó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="36"/>
        <source>Did &amp;not get there</source>
        <translation>&amp;No llegó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="37"/>
        <source>&amp;Declined</source>
        <translation>Lo &amp;rechazó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="38"/>
        <source>No &amp;show</source>
        <translation>No se &amp;presentó</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="39"/>
        <source>&amp;Unknown</source>
        <translation>Se &amp;desconoce</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="67"/>
        <source>Did they get to %1?</source>
        <translation>¿Llegó a %1?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="70"/>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="78"/>
        <source>Overdue since %1</source>
        <translation>Atrasado desde %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="82"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="88"/>
        <source>1 follow-up due</source>
        <translation>1 seguimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/words.py" line="89"/>
        <source>%1 follow-ups due</source>
        <translation>%1 seguimientos pendientes</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="79"/>
        <location filename="../../ui/notes_view.ui" line="79"/>
        <source>&amp;New encounter…</source>
        <translation>&amp;Nuevo encuentro…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="82"/>
        <source>&amp;Find in notes</source>
        <translation>&amp;Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="88"/>
        <source>Delete &amp;old notes…</source>
        <translation>Borrar notas &amp;antiguas…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="141"/>
        <source>Delete old notes</source>
        <translation>Borrar notas antiguas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="142"/>
        <source>No notes are older than the retention period.</source>
        <translation>Ninguna nota es más antigua que el periodo de conservación.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="222"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="222"/>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="257"/>
        <source>Do not contact.</source>
        <translation>No contactar.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="259"/>
        <source>How to reach: %1</source>
        <translation>Cómo localizarle: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="262"/>
        <source>Consent to notes: yes</source>
        <translation>Consiente las notas: sí</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="264"/>
        <source>Consent to notes: no</source>
        <translation>Consiente las notas: no</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="307"/>
        <source>D&amp;ue today (%1)</source>
        <translation>Pa&amp;ra hoy (%1)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/view.py" line="309"/>
        <location filename="../../ui/notes_view.ui" line="31"/>
        <source>D&amp;ue today</source>
        <translation>Pa&amp;ra hoy</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="12"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="15"/>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="16"/>
        <source>Search aliases, tags, places and notes</source>
        <translation>Buscar alias, etiquetas, lugares y notas</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="21"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="34"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="38"/>
        <source>Nothing due today.</source>
        <translation>Nada pendiente para hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="43"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="44"/>
        <source>Snooze until &amp;tomorrow</source>
        <translation>Aplazar hasta &amp;mañana</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="45"/>
        <source>Snooze a &amp;week</source>
        <translation>Aplazar una &amp;semana</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="67"/>
        <source>Ed&amp;it person…</source>
        <translation>Ed&amp;itar persona…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="73"/>
        <source>&amp;Add follow-up…</source>
        <translation>Añadir se&amp;guimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="92"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="108"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="96"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="97"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/notes_view.ui" line="104"/>
        <source>On a referral, press O (or Enter), then the underlined letter of the outcome.</source>
        <translation>En una derivación, pulsa O (o Intro) y luego la letra subrayada del resultado.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../outreach/gui/place.py" line="99"/>
        <source>Where do you work?</source>
        <translation>¿Dónde trabaja?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/place.py" line="103"/>
        <source>Searches can start near where you work: type a US state, a city or a ZIP code. You can change it later in Settings.</source>
        <translation>Las búsquedas pueden empezar cerca de donde trabaja: escriba un estado de EE. UU., una ciudad o un código postal. Puede cambiarlo más tarde en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/place.py" line="109"/>
        <source>&amp;Where do you work?</source>
        <translation>¿&amp;Dónde trabaja?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/place.py" line="112"/>
        <source>A state, a city or a ZIP code</source>
        <translation>Un estado, una ciudad o un código postal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/place.py" line="122"/>
        <source>&amp;Use this place</source>
        <translation>&amp;Usar este lugar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/place.py" line="125"/>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="16"/>
        <source>{file} is not a file, so it cannot be a vault.</source>
        <translation>{file} no es un archivo, así que no puede ser una bóveda.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="19"/>
        <source>{file} is a folder, not a vault file.</source>
        <translation>{file} es una carpeta, no un archivo de bóveda.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="22"/>
        <source>No vault at {file}. Create one with &apos;outreach vault init&apos;.</source>
        <translation>No hay ninguna bóveda en {file}. Cree una con &apos;outreach vault init&apos;.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="25"/>
        <source>A vault already exists at {file}.</source>
        <translation>Ya existe una bóveda en {file}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="28"/>
        <source>A vault already exists at {file}; use --force to replace it.</source>
        <translation>Ya existe una bóveda en {file}; use --force para reemplazarla.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="31"/>
        <source>The vault file {file} is missing.</source>
        <translation>Falta el archivo de la bóveda {file}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="34"/>
        <source>The vault file {file} is missing; only its key file is there. If creating the vault was interrupted, create it again (&apos;outreach vault init&apos;); the key file is kept aside.</source>
        <translation>Falta el archivo de la bóveda {file}; solo está su archivo de clave. Si se interrumpió la creación de la bóveda, créela de nuevo (&apos;outreach vault init&apos;); el archivo de clave se guarda aparte.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="40"/>
        <source>The vault file {file} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de la bóveda {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="43"/>
        <source>{file} is an unencrypted SQLite file, not a vault.</source>
        <translation>{file} es un archivo SQLite sin cifrar, no una bóveda.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="46"/>
        <source>SQLCipher is not available; refusing to open the vault.</source>
        <translation>SQLCipher no está disponible; la bóveda no se abre.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="49"/>
        <source>The vault file {file} holds no data (it is empty or cut short). Restore it from a backup; it has not been changed.</source>
        <translation>El archivo de la bóveda {file} no contiene datos (está vacío o cortado). Restáurelo desde una copia de seguridad; no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="54"/>
        <source>The vault file {file} does not open with its key file: it is damaged, or the key file belongs to another vault. Restore from a backup; nothing was changed.</source>
        <translation>El archivo de la bóveda {file} no se abre con su archivo de clave: está dañado, o el archivo de clave es de otra bóveda. Restaure desde una copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="59"/>
        <source>The vault failed its integrity check ({count} problem(s)): {problem}. Restore it from a backup; it has not been changed.</source>
        <translation>La bóveda no pasó la comprobación de integridad ({count} problema(s)): {problem}. Restáurela desde una copia de seguridad; no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="64"/>
        <source>The vault failed its integrity check ({problem}); it was not re-encrypted. Restore it from a backup first.</source>
        <translation>La bóveda no pasó la comprobación de integridad ({problem}); no se volvió a cifrar. Restáurela antes desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="69"/>
        <source>The re-encrypted copy failed its check ({problem}); nothing changed.</source>
        <translation>La copia vuelta a cifrar no pasó su comprobación ({problem}); no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="72"/>
        <source>This vault was written by a newer version of Outreach Companion. Update the app to open it.</source>
        <translation>Esta bóveda la escribió una versión más nueva de Outreach Companion. Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="77"/>
        <source>The key file {file} is missing.</source>
        <translation>Falta el archivo de clave {file}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="80"/>
        <source>The key file {file} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de clave {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="83"/>
        <source>The key file {file} is damaged and cannot be read. Put back a copy of it, or restore the vault from a backup; the passphrase was not tried.</source>
        <translation>El archivo de clave {file} está dañado y no se puede leer. Vuelva a poner una copia suya, o restaure la bóveda desde una copia de seguridad; no se probó la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="88"/>
        <source>The key file {file} has an unknown format (written by a newer version?).</source>
        <translation>El archivo de clave {file} tiene un formato desconocido (¿lo escribió una versión más nueva?).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="91"/>
        <source>The key file {file} has no passphrase slot. The key file {file} is damaged and cannot be read. Put back a copy of it, or restore the vault from a backup; the passphrase was not tried.</source>
        <translation>El archivo de clave {file} no tiene la entrada de la frase de contraseña. El archivo de clave {file} está dañado y no se puede leer. Vuelva a poner una copia suya, o restaure la bóveda desde una copia de seguridad; no se probó la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="97"/>
        <source>The backup {file} is damaged and cannot be read. Put back a copy of it, or restore the vault from a backup; the passphrase was not tried.</source>
        <translation>La copia de seguridad {file} está dañada y no se puede leer. Vuelva a poner una copia suya, o restaure la bóveda desde otra copia de seguridad; no se probó la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="102"/>
        <source>The backup {file} has an unknown format (written by a newer version?).</source>
        <translation>La copia de seguridad {file} tiene un formato desconocido (¿la escribió una versión más nueva?).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="105"/>
        <source>The backup {file} has no passphrase slot. The backup {file} is damaged and cannot be read. Put back a copy of it, or restore the vault from a backup; the passphrase was not tried.</source>
        <translation>La copia de seguridad {file} no tiene la entrada de la frase de contraseña. La copia de seguridad {file} está dañada y no se puede leer. Vuelva a poner una copia suya, o restaure la bóveda desde otra copia de seguridad; no se probó la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="111"/>
        <source>Cannot write the backup to {file}: the folder does not exist.</source>
        <translation>No se puede escribir la copia de seguridad en {file}: la carpeta no existe.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="114"/>
        <source>Cannot write the backup to {file}: it is a folder.</source>
        <translation>No se puede escribir la copia de seguridad en {file}: es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="117"/>
        <source>Cannot write the backup to {file}: {reason}.</source>
        <translation>No se puede escribir la copia de seguridad en {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="120"/>
        <source>Cannot write the backup to {file}: that is the vault&apos;s own folder. Choose another place, ideally a USB stick kept apart from this laptop.</source>
        <translation>No se puede escribir la copia de seguridad en {file}: es la carpeta de la propia bóveda. Elija otro lugar, mejor una memoria USB que se guarde lejos de este portátil.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="125"/>
        <source>{file} is a folder, not a backup file.</source>
        <translation>{file} es una carpeta, no un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="128"/>
        <source>Cannot read the backup {file}: {reason}.</source>
        <translation>No se puede leer la copia de seguridad {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="131"/>
        <source>{file} is not an Outreach Companion backup.</source>
        <translation>{file} no es una copia de seguridad de Outreach Companion.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="134"/>
        <source>{file} is a folder; name the vault file to restore to.</source>
        <translation>{file} es una carpeta; indique el archivo de bóveda en el que restaurar.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="137"/>
        <source>{file} is not a folder.</source>
        <translation>{file} no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="138"/>
        <source>The vault is open in another window or process; close it first, then restore.</source>
        <translation>La bóveda está abierta en otra ventana o proceso; ciérrela primero y luego restaure.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="142"/>
        <source>The vault is open in another window or process; close it first, then re-encrypt it.</source>
        <translation>La bóveda está abierta en otra ventana o proceso; ciérrela primero y luego vuelva a cifrarla.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="146"/>
        <source>The vault is open in another window or process; close it first, then create the vault.</source>
        <translation>La bóveda está abierta en otra ventana o proceso; ciérrela primero y luego cree la bóveda.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="151"/>
        <source>The key file&apos;s {slot} slot is damaged.</source>
        <translation>La entrada {slot} del archivo de clave está dañada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="154"/>
        <source>The backup {file} is damaged (its header is not readable).</source>
        <translation>La copia de seguridad {file} está dañada (su cabecera no se puede leer).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="157"/>
        <source>The backup {file} is truncated.</source>
        <translation>La copia de seguridad {file} está cortada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="160"/>
        <source>The backup {file} is truncated: it holds no database.</source>
        <translation>La copia de seguridad {file} está cortada: no contiene base de datos.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="163"/>
        <source>The backup {file} is damaged: its database does not open.</source>
        <translation>La copia de seguridad {file} está dañada: su base de datos no se abre.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="166"/>
        <source>The backup {file} is damaged: {problem}</source>
        <translation>La copia de seguridad {file} está dañada: {problem}</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="17"/>
        <source>{where}: the feed&apos;s root metadata is not valid ({detail}).</source>
        <translation>{where}: los metadatos raíz del canal no son válidos ({detail}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="20"/>
        <source>{where}: the feed does not use consistent snapshots.</source>
        <translation>{where}: el canal no usa instantáneas coherentes (consistent snapshots).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="23"/>
        <source>The feed URL must start with http:// or https:// (got {url}).</source>
        <translation>La URL del canal debe empezar por http:// o https:// (se recibió {url}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="26"/>
        <source>{where}: too large to be an invite.</source>
        <translation>{where}: demasiado grande para ser una invitación.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="29"/>
        <source>{where}: not a feed invite (not valid JSON: {detail}).</source>
        <translation>{where}: no es una invitación de canal (no es JSON válido: {detail}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="32"/>
        <source>{where}: not a feed invite (missing or unknown &apos;format&apos;).</source>
        <translation>{where}: no es una invitación de canal (falta &apos;format&apos; o es desconocido).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="35"/>
        <source>{where}: the field &apos;name&apos; is missing or empty.</source>
        <translation>{where}: falta el campo &apos;name&apos; o está vacío.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="38"/>
        <source>{where}: the field &apos;url&apos; is not an http(s) URL.</source>
        <translation>{where}: el campo &apos;url&apos; no es una URL http(s).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="41"/>
        <source>{where}: the field &apos;root&apos; is missing.</source>
        <translation>{where}: falta el campo &apos;root&apos;.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="44"/>
        <source>A feed named {name} is already trusted with other keys, and the invite&apos;s keys do not follow from them. Remove the feed first if you trust this invite.</source>
        <translation>Ya se confía en un canal llamado {name} con otras claves, y las claves de la invitación no se derivan de ellas. Si confía en esta invitación, quite primero el canal.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="49"/>
        <source>The trust in the feed {name} changed meanwhile; try again.</source>
        <translation>La confianza en el canal {name} cambió mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="52"/>
        <source>The invite&apos;s keys are newer than the ones trusted; checking that they follow from them needs the feed&apos;s root version {version}, which could not be fetched. Connect to the internet and try again.</source>
        <translation>Las claves de la invitación son más nuevas que las de confianza; para comprobar que se derivan de ellas hace falta la versión raíz {version} del canal, que no se pudo descargar. Conéctese a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="58"/>
        <source>No feed is set up. Add one with: outreach feed add INVITE</source>
        <translation>No hay ningún canal configurado. Añada uno con: outreach feed add INVITE</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="61"/>
        <source>Several feeds are set up; say which one with --feed NAME.</source>
        <translation>Hay varios canales configurados; indique cuál con --feed NAME.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="64"/>
        <source>No feed named {name}.</source>
        <translation>No hay ningún canal llamado {name}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="65"/>
        <source>The verified feed metadata could not be read back.</source>
        <translation>No se pudieron volver a leer los metadatos verificados del canal.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="68"/>
        <source>The feed does not list {target}.</source>
        <translation>El canal no incluye {target}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="71"/>
        <source>The feed {name} has not published a pack yet.</source>
        <translation>El canal {name} aún no ha publicado ningún paquete.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="74"/>
        <source>The feed index is too large.</source>
        <translation>El índice del canal es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="77"/>
        <source>The feed {name} was removed while it was being checked.</source>
        <translation>El canal {name} se quitó mientras se comprobaba.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="80"/>
        <source>The directory or the trust in the feed {name} changed while the update was downloading; nothing changed. Sync again.</source>
        <translation>El directorio o la confianza en el canal {name} cambiaron mientras se descargaba la actualización; no cambió nada. Sincronice de nuevo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="85"/>
        <source>The {role} signature must stay valid for some time (got {valid}); nothing was signed.</source>
        <translation>La firma {role} debe seguir siendo válida durante un tiempo (se recibió {valid}); no se firmó nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="89"/>
        <source>{folder} is not a feed folder (no timestamp.json).</source>
        <translation>{folder} no es una carpeta de canal (no tiene timestamp.json).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="92"/>
        <source>The feed folder {folder} is incomplete or damaged: {detail}</source>
        <translation>La carpeta del canal {folder} está incompleta o dañada: {detail}</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="95"/>
        <source>The feed needs a name.</source>
        <translation>El canal necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="96"/>
        <source>{folder} already holds a feed.</source>
        <translation>{folder} ya contiene un canal.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="99"/>
        <source>{folder} already holds feed keys; use an empty key folder.</source>
        <translation>{folder} ya contiene claves de canal; use una carpeta de claves vacía.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="102"/>
        <source>{folder} holds no root metadata.</source>
        <translation>{folder} no contiene metadatos raíz.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="105"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>No se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="108"/>
        <source>{file} does not match its signed hash; the folder was altered.</source>
        <translation>{file} no coincide con su hash firmado; la carpeta se modificó.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="111"/>
        <source>The {slot} key in the key folder is not the one this feed&apos;s root trusts for {role}; wrong key folder?</source>
        <translation>La clave {slot} de la carpeta de claves no es la que la raíz de este canal acepta para {role}; ¿carpeta de claves equivocada?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="116"/>
        <source>Unknown role {role}: use root, targets, snapshot, timestamp or online.</source>
        <translation>Rol desconocido {role}: use root, targets, snapshot, timestamp u online.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="119"/>
        <source>No passphrase for the {slot} key: set {variable}.</source>
        <translation>No hay frase de contraseña para la clave {slot}: defina {variable}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="122"/>
        <source>The key folder {keys} is inside the feed folder {feed}; keys there would be published. Choose a folder outside it.</source>
        <translation>La carpeta de claves {keys} está dentro de la carpeta del canal {feed}; las claves se publicarían. Elija una carpeta fuera de ella.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="127"/>
        <source>The {slot} key passphrase must not be empty.</source>
        <translation>La frase de contraseña de la clave {slot} no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="130"/>
        <source>No {slot} key at {file}.</source>
        <translation>No hay clave {slot} en {file}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="131"/>
        <source>Cannot read the {slot} key at {file}: {reason}.</source>
        <translation>No se puede leer la clave {slot} en {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="134"/>
        <source>Wrong passphrase for the {slot} key, or {file} is damaged.</source>
        <translation>Frase de contraseña incorrecta para la clave {slot}, o {file} está dañado.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="137"/>
        <source>{file} is not an Ed25519 key.</source>
        <translation>{file} no es una clave Ed25519.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="140"/>
        <source>Cannot publish this pack: {detail}</source>
        <translation>No se puede publicar este paquete: {detail}</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="143"/>
        <source>Publish a full pack; the feed computes deltas itself.</source>
        <translation>Publique un paquete completo; el canal calcula los cambios por sí mismo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="146"/>
        <source>The pack is version {version}, but the feed already has version {latest}. Build the pack with a higher version.</source>
        <translation>El paquete es la versión {version}, pero el canal ya tiene la versión {latest}. Cree el paquete con una versión mayor.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="156"/>
        <source>This update needs version {base} of the directory and version {have} is installed; get the full pack instead.</source>
        <translation>Esta actualización necesita la versión {base} del directorio y está instalada la versión {have}; consiga el paquete completo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="161"/>
        <source>This update needs version {base} of the directory and no version from a feed is installed; get the full pack instead.</source>
        <translation>Esta actualización necesita la versión {base} del directorio y no hay instalada ninguna versión de un canal; consiga el paquete completo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="166"/>
        <source>A directory from a feed is already installed; the starter pack is not needed.</source>
        <translation>Ya hay instalado un directorio de un canal; el directorio inicial no hace falta.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="170"/>
        <source>Pack version {version} is older than the installed version {installed}; it was not applied.</source>
        <translation>La versión {version} del paquete es más antigua que la instalada, {installed}; no se aplicó.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="175"/>
        <source>This file is not a resource pack.</source>
        <translation>Este archivo no es un paquete de recursos.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="178"/>
        <source>This file is not a resource pack (it has no manifest).</source>
        <translation>Este archivo no es un paquete de recursos (no tiene manifiesto).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="181"/>
        <source>This file is not a resource pack (the archive is damaged).</source>
        <translation>Este archivo no es un paquete de recursos (el archivo comprimido está dañado).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="184"/>
        <source>The resource pack&apos;s contents are not as expected: unexpected {member}.</source>
        <translation>El contenido del paquete de recursos no es el esperado: sobra {member}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="187"/>
        <source>The resource pack&apos;s contents are not as expected.</source>
        <translation>El contenido del paquete de recursos no es el esperado.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="190"/>
        <source>The resource pack uses a compression this app does not read.</source>
        <translation>El paquete de recursos usa una compresión que esta aplicación no lee.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="193"/>
        <source>The resource pack would unpack to {size} bytes, more than the {allowed} allowed.</source>
        <translation>El paquete de recursos ocuparía {size} bytes al descomprimirlo, más de los {allowed} permitidos.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="197"/>
        <source>The resource pack&apos;s {member} unpacks to more than {allowed} bytes.</source>
        <translation>{member} del paquete de recursos ocupa más de {allowed} bytes al descomprimirlo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="200"/>
        <source>The resource pack is damaged ({member} cannot be read).</source>
        <translation>El paquete de recursos está dañado ({member} no se puede leer).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="203"/>
        <source>The resource pack is incomplete: its manifest lists {services} services and {removals} removals, it holds {held_services} and {held_removals}.</source>
        <translation>El paquete de recursos está incompleto: su manifiesto indica {services} servicios y {removals} eliminaciones, y contiene {held_services} y {held_removals}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="208"/>
        <source>The resource pack is damaged: its content does not match its manifest.</source>
        <translation>El paquete de recursos está dañado: su contenido no coincide con su manifiesto.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="211"/>
        <source>This resource pack uses format {format}, newer than this app reads ({readable}). Update Outreach Companion.</source>
        <translation>Este paquete de recursos usa el formato {format}, más nuevo que el que lee esta aplicación ({readable}). Actualice Outreach Companion.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="216"/>
        <source>The starter directory is not included in this installation.</source>
        <translation>El directorio inicial no está incluido en esta instalación.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="224"/>
        <source>{folder} is not a feed folder (no {timestamp}).</source>
        <translation>{folder} no es una carpeta de canal (no tiene {timestamp}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="227"/>
        <source>The folder {folder} overlaps the feed folder itself.</source>
        <translation>La carpeta {folder} se solapa con la propia carpeta del canal.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="230"/>
        <source>Cannot write {file}: {reason}. Workers still see the previous version.</source>
        <translation>No se puede escribir {file}: {reason}. Los trabajadores siguen viendo la versión anterior.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="233"/>
        <source>{destination} is not an rsync destination.</source>
        <translation>{destination} no es un destino de rsync.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="236"/>
        <source>SSH port {port} is not a port number.</source>
        <translation>El puerto SSH {port} no es un número de puerto.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="239"/>
        <source>rsync is not installed on this computer.</source>
        <translation>rsync no está instalado en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="242"/>
        <source>rsync to {destination} failed (exit {code}): {detail}. Workers still see the previous version.</source>
        <translation>rsync a {destination} falló (salida {code}): {detail}. Los trabajadores siguen viendo la versión anterior.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="247"/>
        <source>{bucket} is not a bucket name.</source>
        <translation>{bucket} no es un nombre de bucket.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="250"/>
        <source>Uploading to {target} failed ({reason}). Workers still see the previous version.</source>
        <translation>La subida a {target} falló ({reason}). Los trabajadores siguen viendo la versión anterior.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="254"/>
        <source>The corrections file {file} cannot be read ({kind}); it was left as it is.</source>
        <translation>El archivo de correcciones {file} no se puede leer ({kind}); se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="257"/>
        <source>{field} cannot be corrected here.</source>
        <translation>{field} no se puede corregir aquí.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="260"/>
        <source>An address correction needs its parts (street, city, …).</source>
        <translation>Una corrección de dirección necesita sus partes (calle, ciudad, …).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="263"/>
        <source>An address needs at least a street and a city.</source>
        <translation>Una dirección necesita al menos una calle y una ciudad.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="266"/>
        <source>The {field} correction must be text.</source>
        <translation>La corrección de {field} debe ser texto.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="269"/>
        <source>Status {status} is not one of: {choices}.</source>
        <translation>El estado {status} no es uno de: {choices}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="272"/>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="275"/>
        <source>Type the opening hours, e.g. Mon-Fri 09:00-17:00.</source>
        <translation>Escriba el horario, p. ej. Mon-Fri 09:00-17:00.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="278"/>
        <source>Cannot read the days in {part}.</source>
        <translation>No se pueden leer los días en {part}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="281"/>
        <source>Cannot read {part}: write the days, then the hours, e.g. Mon-Fri 09:00-17:00.</source>
        <translation>No se puede leer {part}: escriba los días y luego las horas, p. ej. Mon-Fri 09:00-17:00.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="285"/>
        <source>Those hours have no opening time on any day.</source>
        <translation>Ese horario no tiene hora de apertura en ningún día.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="288"/>
        <source>Cannot read the times {window} in {part}: write them as 09:00-17:00 or 9am-5pm.</source>
        <translation>No se pueden leer las horas {window} en {part}: escríbalas como 09:00-17:00 o 9am-5pm.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="292"/>
        <source>{window} opens and closes at the same time.</source>
        <translation>{window} abre y cierra a la misma hora.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="295"/>
        <source>The desk settings {file} cannot be read ({kind}).</source>
        <translation>La configuración de la mesa {file} no se puede leer ({kind}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="298"/>
        <source>There is no publish target number {number}.</source>
        <translation>No hay ningún destino de publicación número {number}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="301"/>
        <source>No services could be read from that export; nothing changed.</source>
        <translation>No se pudo leer ningún servicio de esa exportación; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="304"/>
        <source>There is no draft: import an export first.</source>
        <translation>No hay borrador: importe primero una exportación.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="307"/>
        <source>There is no service {service} in the current import; import the export first, then correct it.</source>
        <translation>No hay ningún servicio {service} en la importación actual; importe primero la exportación y luego corríjalo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="312"/>
        <source>The draft is the same as the published version: nothing to publish.</source>
        <translation>El borrador es igual que la versión publicada: no hay nada que publicar.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_feed.py" line="315"/>
        <source>Two services in the export share the id {service}; corrections are kept by id, so the export must give each service its own.</source>
        <translation>Dos servicios de la exportación comparten el id {service}; las correcciones se guardan por id, así que la exportación debe dar a cada servicio el suyo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="174"/>
        <source>{file}: no such file or folder.</source>
        <translation>{file}: no existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="177"/>
        <source>{file}: no services.csv and no JSON files in this folder.</source>
        <translation>{file}: en esta carpeta no hay services.csv ni archivos JSON.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="180"/>
        <source>{file}: no services.csv next to this datapackage.</source>
        <translation>{file}: no hay services.csv junto a este datapackage.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="183"/>
        <source>{file}: unknown format (expected HSDS JSON, an HSDS CSV folder or a CSV file).</source>
        <translation>{file}: formato desconocido (se esperaba HSDS JSON, una carpeta HSDS CSV o un archivo CSV).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="187"/>
        <source>{file}: nested too deeply to read.</source>
        <translation>{file}: tiene demasiados niveles anidados para leerlo.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="190"/>
        <source>{file}: cannot read ({reason}).</source>
        <translation>{file}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="193"/>
        <source>{file}: cannot read the file ({reason}).</source>
        <translation>{file}: no se puede leer el archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="196"/>
        <source>{file}: cannot decode the file as text.</source>
        <translation>{file}: el archivo no se puede leer como texto.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="199"/>
        <source>{file}: a plain CSV file needs a column mapping (--mapping FILE) saying which column is the name, address, phone…</source>
        <translation>{file}: un archivo CSV simple necesita una correspondencia de columnas (--mapping FILE) que diga qué columna es el nombre, la dirección, el teléfono…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="204"/>
        <source>Unknown time zone {zone} (expected e.g. America/Chicago).</source>
        <translation>Zona horaria desconocida {zone} (se esperaba, por ejemplo, America/Chicago).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="207"/>
        <source>{file}: no services.csv in this folder.</source>
        <translation>{file}: no hay services.csv en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="210"/>
        <source>{file}: no JSON files in this folder.</source>
        <translation>{file}: no hay archivos JSON en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="213"/>
        <source>{file}: no HSDS services found.</source>
        <translation>{file}: no se encontró ningún servicio HSDS.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="216"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: el archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="217"/>
        <source>{file}: not an iCarol resource export.</source>
        <translation>{file}: no es una exportación de recursos de iCarol.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="220"/>
        <source>{file}: the mapping says the name is in column {column}, which this file does not have.</source>
        <translation>{file}: la correspondencia dice que el nombre está en la columna {column}, que este archivo no tiene.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="225"/>
        <source>No column for {fields} (the headers are: {headers}). Give a column mapping (--mapping) for these headers.</source>
        <translation>No hay columna para {fields} (los encabezados son: {headers}). Indique una correspondencia de columnas (--mapping) para estos encabezados.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="230"/>
        <source>No column for {fields} (the headers are: {headers}). Add them to the mapping&apos;s [fields].</source>
        <translation>No hay columna para {fields} (los encabezados son: {headers}). Añádalas a [fields] de la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="235"/>
        <source>Mapping {file}: cannot read it ({reason}).</source>
        <translation>Correspondencia {file}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="238"/>
        <source>Mapping {file}: not valid TOML or JSON ({detail}).</source>
        <translation>Correspondencia {file}: no es TOML ni JSON válido ({detail}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="241"/>
        <source>Mapping {file}: expected a [fields] table.</source>
        <translation>Correspondencia {file}: se esperaba una tabla [fields].</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="244"/>
        <source>Mapping {file}: unknown field {field} (known: {known}).</source>
        <translation>Correspondencia {file}: campo desconocido {field} (conocidos: {known}).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="247"/>
        <source>Mapping {file}: fields.{field} must be a column name or a list.</source>
        <translation>Correspondencia {file}: fields.{field} debe ser un nombre de columna o una lista.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="250"/>
        <source>Mapping {file}: fields.{field} names column {column}, which the file lacks.</source>
        <translation>Correspondencia {file}: fields.{field} nombra la columna {column}, que el archivo no tiene.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="253"/>
        <source>Mapping {file}: date_order must be &quot;mdy&quot; or &quot;dmy&quot;.</source>
        <translation>Correspondencia {file}: date_order debe ser &quot;mdy&quot; o &quot;dmy&quot;.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="261"/>
        <source>A contact needs an alias.</source>
        <translation>Una persona necesita un alias.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="264"/>
        <source>An alias has at most {limit} characters.</source>
        <translation>Un alias tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="267"/>
        <source>The year of birth must be between {first} and {last}.</source>
        <translation>El año de nacimiento debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="270"/>
        <source>&apos;How to reach&apos; has at most {limit} characters.</source>
        <translation>&apos;Cómo localizarle&apos; tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="273"/>
        <source>The consent date cannot be in the future.</source>
        <translation>La fecha del consentimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="276"/>
        <source>That contact no longer exists (it may have been purged).</source>
        <translation>Esa persona ya no existe (puede que se haya borrado).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="279"/>
        <source>The encounter time needs a time zone.</source>
        <translation>La hora del encuentro necesita una zona horaria.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="282"/>
        <source>An encounter cannot be in the future.</source>
        <translation>Un encuentro no puede estar en el futuro.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="285"/>
        <source>A note has at most {limit} characters.</source>
        <translation>Una nota tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="288"/>
        <source>A place has at most {limit} characters.</source>
        <translation>Un lugar tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="291"/>
        <source>{supply}: the number must be between 0 and {limit}.</source>
        <translation>{supply}: la cantidad debe estar entre 0 y {limit}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="294"/>
        <source>That encounter no longer exists.</source>
        <translation>Ese encuentro ya no existe.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="297"/>
        <source>That encounter no longer exists (it may have been purged).</source>
        <translation>Ese encuentro ya no existe (puede que se haya borrado).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="300"/>
        <source>A referral needs a service from the directory.</source>
        <translation>Una derivación necesita un servicio del directorio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="303"/>
        <source>An outcome cannot be dated in the future.</source>
        <translation>Un resultado no puede tener fecha en el futuro.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="306"/>
        <source>That referral no longer exists (it may have been purged).</source>
        <translation>Esa derivación ya no existe (puede que se haya borrado).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="309"/>
        <source>An outcome cannot be dated before the referral was made.</source>
        <translation>Un resultado no puede tener fecha anterior a la derivación.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="312"/>
        <source>Referrals become follow-ups after at least one day.</source>
        <translation>Las derivaciones pasan a seguimientos después de al menos un día.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="315"/>
        <source>A follow-up has at most {limit} characters.</source>
        <translation>Un seguimiento tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="318"/>
        <source>A follow-up needs a few words on what to do.</source>
        <translation>Un seguimiento necesita unas palabras sobre qué hacer.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="321"/>
        <source>Snooze until a day after today.</source>
        <translation>Aplace hasta un día posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="324"/>
        <source>That follow-up no longer exists.</source>
        <translation>Ese seguimiento ya no existe.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="327"/>
        <source>Notes are kept for at least {days} days.</source>
        <translation>Las notas se guardan al menos {days} días.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="330"/>
        <source>The report&apos;s end comes before its start.</source>
        <translation>El final del informe es anterior a su inicio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="333"/>
        <source>A report covers at most {months} months.</source>
        <translation>Un informe abarca como máximo {months} meses.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="341"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>No se puede crear la carpeta {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/problem_words_local.py" line="344"/>
        <source>Cannot write the export to {folder}: {reason}.</source>
        <translation>No se puede escribir la exportación en {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="97"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="97"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="97"/>
        <source>Left</source>
        <translation>Queda</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="97"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="102"/>
        <source>Online key (snapshot and timestamp)</source>
        <translation>Clave en línea (instantánea y marca de tiempo)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="103"/>
        <source>Targets key (publishing)</source>
        <translation>Clave de contenidos (publicar)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="104"/>
        <source>Root key</source>
        <translation>Clave raíz</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="109"/>
        <source>Linux (cron)</source>
        <translation>Linux (cron)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="110"/>
        <source>Windows (Task Scheduler)</source>
        <translation>Windows (Programador de tareas)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="111"/>
        <source>macOS (launchd)</source>
        <translation>macOS (launchd)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="154"/>
        <source>Version %1, %2: %3</source>
        <translation>Versión %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="162"/>
        <source>Check the export. Publish only if the change is real.</source>
        <translation>Revise la exportación. Publique solo si el cambio es real.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="172"/>
        <source>Fine</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="173"/>
        <source>Renew soon</source>
        <translation>Renovar pronto</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="174"/>
        <source>EXPIRED</source>
        <translation>CADUCADA</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="192"/>
        <source>All signatures are valid. Refresh daily (below) to keep it so.</source>
        <translation>Todas las firmas son válidas. Renueve a diario (abajo) para que sigan así.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="207"/>
        <source>KEYFOLDER</source>
        <translation>CARPETA_DE_CLAVES</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="250"/>
        <source>The folder the web server serves</source>
        <translation>La carpeta que sirve el servidor web</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="258"/>
        <source>Publish over SSH</source>
        <translation>Publicar por SSH</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="259"/>
        <source>Where to copy the feed (user@host:/var/www/feed):</source>
        <translation>Dónde copiar el canal (usuario@servidor:/var/www/canal):</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="304"/>
        <source>Where are this feed&apos;s keys?</source>
        <translation>¿Dónde están las claves de este canal?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="329"/>
        <source>Publishing signs version %1 with the targets and online keys.</source>
        <translation>Publicar firma la versión %1 con las claves de contenidos y en línea.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="347"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="359"/>
        <source>Version %1 is live. Full pack %2 bytes.</source>
        <translation>La versión %1 está publicada. Paquete completo: %2 bytes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="362"/>
        <source>Workers download an update of %1 bytes.</source>
        <translation>Los trabajadores descargan una actualización de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="366"/>
        <source>Copied to %1: %2 files, %3 bytes.</source>
        <translation>Copiado a %1: %2 archivos, %3 bytes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="371"/>
        <source>No place to copy it to is set: add one above, or copy the feed folder yourself.</source>
        <translation>No hay ningún destino: añada uno arriba o copie usted la carpeta del canal.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="403"/>
        <source>Refreshing re-signs the snapshot and timestamp with the online key.</source>
        <translation>Renovar vuelve a firmar la instantánea y la marca de tiempo con la clave en línea.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="416"/>
        <source>Save the USB bundle</source>
        <translation>Guardar el paquete para USB</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="435"/>
        <source>A bundle re-signs the timestamp to stay valid for 14 days.</source>
        <translation>Un paquete para USB vuelve a firmar la marca de tiempo para que valga 14 días.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="448"/>
        <source>Rotating makes a new %1 key (the old file is kept, marked retired) and a new root naming it, signed by the root key. Workers follow the change at their next sync; the old key is refused from then on. The new key keeps the same passphrase.</source>
        <translation>Rotar crea una nueva clave %1 (el archivo anterior se conserva, marcado como retirado) y una nueva raíz que la nombra, firmada con la clave raíz. Los trabajadores siguen el cambio en su próxima sincronización; desde entonces se rechaza la clave anterior. La nueva clave conserva la misma frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="491"/>
        <source>Save the key sheet</source>
        <translation>Guardar la hoja de claves</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="515"/>
        <source>Type the address the feed is served at.</source>
        <translation>Escriba la dirección donde se sirve el canal.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="519"/>
        <source>Save the invite</source>
        <translation>Guardar la invitación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/desk/publish_panel.py" line="544"/>
        <source>Feed URL: %1
Root fingerprint: %2
Send the invite file to workers.</source>
        <translation>URL del canal: %1
Huella de la raíz: %2
Envíe el archivo de invitación a los trabajadores.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="27"/>
        <source>Recover access</source>
        <translation>Recuperar el acceso</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="54"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="61"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="61"/>
        <source>Checking, then re-encrypting…</source>
        <translation>Comprobando y después volviendo a cifrar…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="74"/>
        <source>Your NEW recovery code is below: write it down now, it is shown once.</source>
        <translation>Su NUEVO código de recuperación está abajo: anótelo ahora, solo se muestra una vez.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="78"/>
        <source>Done, but the vault was not re-encrypted: %1 Old copies of its key file still open it; re-encrypt later in Settings.</source>
        <translation>Hecho, pero la bóveda no se volvió a cifrar: %1 Las copias antiguas de su archivo de clave todavía la abren; vuelva a cifrarla más tarde en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="83"/>
        <source>Done, and the vault is re-encrypted: old copies of its key file no longer open it.</source>
        <translation>Hecho, y la bóveda está cifrada de nuevo: las copias antiguas de su archivo de clave ya no la abren.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/recover_dialog.py" line="87"/>
        <source>Done. Old copies of the key file still open the vault with the old passphrase or this used code; Settings → Re-encrypt the vault makes them useless.</source>
        <translation>Hecho. Las copias antiguas del archivo de clave todavía abren la bóveda con la frase antigua o con este código ya usado; Preferencias → Volver a cifrar la bóveda las deja inservibles.</translation>
    </message>
</context>
<context>
    <name>RecoverForm</name>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="9"/>
        <source>Enter the recovery code you wrote down when you set up the app, then choose a new passphrase. You will get a new recovery code; the old one stops working.</source>
        <translation>Escriba el código de recuperación que anotó al configurar la aplicación y elija una nueva frase de contraseña. Recibirá un código de recuperación nuevo; el anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="15"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="16"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="17"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="19"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="23"/>
        <source>Also re-encrypt the vault with a fresh &amp;key (recommended)</source>
        <translation>Volver a cifrar también la bóveda con una clave nue&amp;va (recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="23"/>
        <source>A recovery only re-seals the old key: a copy of the old key file would still open the vault with the old passphrase or this recovery code. Re-encrypting makes such copies useless. It takes a few more seconds.</source>
        <translation>Una recuperación solo vuelve a sellar la clave de siempre: una copia del archivo de clave antiguo todavía abriría la bóveda con la frase antigua o con este código de recuperación. Volver a cifrar deja inservibles esas copias. Tarda unos segundos más.</translation>
    </message>
    <message>
        <location filename="../../ui/recover_dialog.ui" line="25"/>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="42"/>
        <location filename="../../outreach/gui/rekey.py" line="49"/>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="56"/>
        <source>I have &amp;written down the new recovery code</source>
        <translation>He &amp;anotado el nuevo código de recuperación</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="54"/>
        <source>Refer</source>
        <translation>Derivar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="72"/>
        <source>&amp;Refer</source>
        <translation>&amp;Derivar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="77"/>
        <source>Refer someone to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Derivar a alguien a &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="121"/>
        <source>Someone new: they will be added.</source>
        <translation>Alguien nuevo: se añadirá.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="126"/>
        <source>Type an alias: whom are you referring?</source>
        <translation>Escribe un alias: ¿a quién derivas?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="148"/>
        <source>Referred to %1. The referral code is:</source>
        <translation>Derivación a %1. El código de derivación es:</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="173"/>
        <source>Saved the slip to %1.</source>
        <translation>Hoja guardada en %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/refer_dialog.py" line="180"/>
        <source>Copied the slip.</source>
        <translation>Hoja copiada.</translation>
    </message>
    <message>
        <location filename="../../ui/refer_dialog.ui" line="19"/>
        <source>Refer &amp;whom (pick someone, or type a new alias):</source>
        <translation>Derivar a &amp;quién (elige a alguien o escribe un alias nuevo):</translation>
    </message>
    <message>
        <location filename="../../ui/refer_dialog.ui" line="69"/>
        <source>Give them a slip: it has the code and the service, never their alias.</source>
        <translation>Entrégale una hoja: lleva el código y el servicio, nunca su alias.</translation>
    </message>
    <message>
        <location filename="../../ui/refer_dialog.ui" line="74"/>
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir hoja…</translation>
    </message>
    <message>
        <location filename="../../ui/refer_dialog.ui" line="75"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/refer_dialog.ui" line="76"/>
        <source>&amp;Copy slip text</source>
        <translation>&amp;Copiar el texto de la hoja</translation>
    </message>
</context>
<context>
    <name>RekeyFlow</name>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="104"/>
        <location filename="../../outreach/gui/rekey.py" line="134"/>
        <location filename="../../outreach/gui/rekey.py" line="155"/>
        <location filename="../../outreach/gui/rekey.py" line="213"/>
        <source>Re-encrypt the vault</source>
        <translation>Volver a cifrar la bóveda</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="105"/>
        <source>Re-encrypt the vault with a fresh key?</source>
        <translation>¿Volver a cifrar la bóveda con una clave nueva?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="111"/>
        <source>Any old copy of the vault&apos;s key file — in an old copy of the data folder, on a lost USB stick — stops opening this vault, with the old passphrase and with old recovery codes. Your passphrase stays the same. You get a new recovery code, and the one you have now stops working. Backups keep working with their own backup passphrase.

It takes a few seconds to a minute; nothing else can be done in the meantime.</source>
        <translation>Cualquier copia antigua del archivo de clave de la bóveda —en una copia antigua de la carpeta de datos, en una memoria USB perdida— deja de abrir esta bóveda, con la frase antigua y con los códigos de recuperación antiguos. Su frase de contraseña no cambia. Recibe un código de recuperación nuevo y el que tiene ahora deja de funcionar. Las copias de seguridad siguen funcionando con su propia frase de copia.

Tarda de unos segundos a un minuto; mientras tanto no se puede hacer nada más.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="119"/>
        <source>&amp;Re-encrypt…</source>
        <translation>&amp;Volver a cifrar…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="135"/>
        <source>Your vault &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la bóveda:</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="137"/>
        <source>Re-encrypt</source>
        <translation>Volver a cifrar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="156"/>
        <source>Re-encrypting the vault with a fresh key…</source>
        <translation>Volviendo a cifrar la bóveda con una clave nueva…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="180"/>
        <source>Done: the vault is re-encrypted with a fresh key. Old copies of its key file no longer open it. Your passphrase is unchanged.

Your NEW recovery code is below. Write it down now and keep it apart from this laptop: it is shown only once, and the old one no longer works.</source>
        <translation>Hecho: la bóveda está cifrada con una clave nueva. Las copias antiguas de su archivo de clave ya no la abren. Su frase de contraseña no cambia.

Su NUEVO código de recuperación está abajo. Anótelo ahora y guárdelo lejos de este portátil: solo se muestra una vez, y el antiguo ya no funciona.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="202"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Frase de contraseña incorrecta. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/rekey.py" line="204"/>
        <source>The vault was not re-encrypted: %1 Nothing was changed.</source>
        <translation>La bóveda no se volvió a cifrar: %1 No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/report_view.ui" line="9"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.ui" line="11"/>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.ui" line="13"/>
        <source>&amp;Make report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.ui" line="14"/>
        <source>&amp;Save as CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.ui" line="21"/>
        <source>Counts only: no aliases, no notes, no day finer than a month. Counts from 1 to 4 show as &lt;5, and any number that would let one be worked out shows as x.</source>
        <translation>Solo recuentos: sin alias, sin notas, sin fechas más finas que el mes. Los recuentos de 1 a 4 se muestran como &lt;5, y cualquier número que permitiría deducir uno se muestra como x.</translation>
    </message>
    <message>
        <location filename="../../ui/report_view.ui" line="25"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="38"/>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="39"/>
        <source>People met</source>
        <translation>Personas atendidas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="40"/>
        <source>Referrals made</source>
        <translation>Derivaciones hechas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="41"/>
        <source>Referrals attained</source>
        <translation>Derivaciones logradas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="42"/>
        <source>Median days to attained</source>
        <translation>Mediana de días hasta lograrla</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="47"/>
        <location filename="../../outreach/gui/reports/view.py" line="52"/>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="48"/>
        <source>Need: %1</source>
        <translation>Necesidad: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="53"/>
        <source>Handed out: %1</source>
        <translation>Entregado: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="112"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="114"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="123"/>
        <source>Chart: encounters per month.</source>
        <translation>Gráfico: encuentros por mes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="136"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="138"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="145"/>
        <source>Could not save the report (%1).</source>
        <translation>No se pudo guardar el informe (%1).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/reports/view.py" line="151"/>
        <source>Saved the report to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../outreach/gui/notes/retention_prompt.py" line="23"/>
        <source>Notes older than %1 days (before %2) will be deleted for good: %3 encounters, %4 referrals, %5 follow-ups and %6 people with nothing left.</source>
        <translation>Las notas de más de %1 días (anteriores al %2) se borrarán para siempre: %3 encuentros, %4 derivaciones, %5 seguimientos y %6 personas sin nada más.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/retention_prompt.py" line="75"/>
        <source>Delete old notes</source>
        <translation>Borrar notas antiguas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/retention_prompt.py" line="78"/>
        <source>&amp;Delete them</source>
        <translation>&amp;Borrarlas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/retention_prompt.py" line="82"/>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
</context>
<context>
    <name>S3TargetDialog</name>
    <message>
        <location filename="../../outreach/gui/desk/dialogs.py" line="281"/>
        <source>Publish to an S3 bucket</source>
        <translation>Publicar en un bucket S3</translation>
    </message>
</context>
<context>
    <name>S3TargetForm</name>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="9"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="11"/>
        <source>&amp;Folder in the bucket:</source>
        <translation>&amp;Carpeta en el bucket:</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="12"/>
        <source>county/ (optional)</source>
        <translation>condado/ (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="13"/>
        <source>&amp;Endpoint URL:</source>
        <translation>URL del &amp;servicio:</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="14"/>
        <source>Only for R2, B2, MinIO…; empty for AWS</source>
        <translation>Solo para R2, B2, MinIO…; vacío para AWS</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="15"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="17"/>
        <source>Credentials &amp;profile:</source>
        <translation>&amp;Perfil de credenciales:</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="18"/>
        <source>From the AWS credentials file (optional)</source>
        <translation>Del archivo de credenciales de AWS (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/s3_target_dialog.ui" line="21"/>
        <source>The access keys are not kept here: they come from the AWS environment variables or credentials file, as for the aws command.</source>
        <translation>Las claves de acceso no se guardan aquí: vienen de las variables de entorno o del archivo de credenciales de AWS, como para el comando aws.</translation>
    </message>
</context>
<context>
    <name>SamhsaCodes</name>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="34"/>
        <source>Type of care</source>
        <extracomment>SAMHSA&apos;s code-book group names and the names of the codes the app maps.</extracomment>
        <translation>Tipo de atención</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="35"/>
        <source>Emergency mental health services</source>
        <translation>Servicios de emergencia de salud mental</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="36"/>
        <source>Opioid medications used in treatment</source>
        <translation>Medicamentos para opioides usados en el tratamiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="37"/>
        <source>Type of opioid treatment</source>
        <translation>Tipo de tratamiento de opioides</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="38"/>
        <source>Pharmacotherapies</source>
        <translation>Farmacoterapias</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="39"/>
        <source>Detoxification (medical withdrawal) services</source>
        <translation>Servicios de desintoxicación (abstinencia con supervisión médica)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="40"/>
        <source>Service setting</source>
        <translation>Modalidad del servicio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="41"/>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="42"/>
        <source>Facility type</source>
        <translation>Tipo de centro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="43"/>
        <source>Payment, insurance or funding accepted</source>
        <translation>Pagos, seguros o financiación aceptados</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="44"/>
        <source>Payment assistance</source>
        <translation>Ayuda con el pago</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="45"/>
        <source>Language services</source>
        <translation>Servicios de idiomas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="46"/>
        <source>Other languages</source>
        <translation>Otros idiomas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="47"/>
        <source>Age groups accepted</source>
        <translation>Grupos de edad atendidos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="48"/>
        <source>Gender accepted</source>
        <translation>Género atendido</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="49"/>
        <source>Special programs or groups</source>
        <translation>Programas o grupos especiales</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="50"/>
        <source>Exclusive services</source>
        <translation>Servicios exclusivos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="51"/>
        <source>Transitional services</source>
        <translation>Servicios de transición</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="52"/>
        <source>Ancillary services</source>
        <translation>Servicios complementarios</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="53"/>
        <source>Recovery support services</source>
        <translation>Servicios de apoyo a la recuperación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="54"/>
        <source>Testing</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="55"/>
        <source>Medical services</source>
        <translation>Servicios médicos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="56"/>
        <source>Education and counseling services</source>
        <translation>Servicios de educación y orientación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="57"/>
        <source>Treatment approaches</source>
        <translation>Enfoques de tratamiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="58"/>
        <source>Assessment and pre-treatment</source>
        <translation>Evaluación y pretratamiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="59"/>
        <source>Other services</source>
        <translation>Otros servicios</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="60"/>
        <source>Alcohol use disorder treatment</source>
        <translation>Tratamiento del trastorno por consumo de alcohol</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="61"/>
        <source>Facility operation</source>
        <translation>Gestión del centro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="62"/>
        <source>License, certification or accreditation</source>
        <translation>Licencia, certificación o acreditación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="63"/>
        <source>External opioid medications source</source>
        <translation>Fuente externa de medicamentos para opioides</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="64"/>
        <source>External source of medications for alcohol use disorder</source>
        <translation>Fuente externa de medicamentos para el trastorno por consumo de alcohol</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="65"/>
        <source>Smoking policy</source>
        <translation>Política sobre fumar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="66"/>
        <source>Vaping policy</source>
        <translation>Política sobre vapear</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="67"/>
        <source>Substance use treatment</source>
        <translation>Tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="68"/>
        <source>Detoxification</source>
        <translation>Desintoxicación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="69"/>
        <source>Transitional housing, halfway house, or sober home</source>
        <translation>Vivienda de transición, casa de medio camino o vivienda sin alcohol ni drogas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="70"/>
        <source>Treatment for co-occurring substance use plus either serious mental health illness in adults/serious emotional disturbance in children</source>
        <translation>Tratamiento del consumo de sustancias junto con enfermedad mental grave en adultos o trastorno emocional grave en menores</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="74"/>
        <source>Mental health treatment</source>
        <translation>Tratamiento de salud mental</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="75"/>
        <source>Crisis intervention team</source>
        <translation>Equipo de intervención en crisis</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="76"/>
        <source>Psychiatric emergency onsite services</source>
        <translation>Emergencias psiquiátricas en el centro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="77"/>
        <source>Psychiatric emergency mobile/off-site services</source>
        <translation>Emergencias psiquiátricas móviles o fuera del centro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="78"/>
        <source>Psychiatric emergency walk-in services</source>
        <translation>Emergencias psiquiátricas sin cita</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="79"/>
        <source>Methadone used in Treatment</source>
        <translation>Metadona usada en el tratamiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="80"/>
        <source>Buprenorphine used in Treatment</source>
        <translation>Buprenorfina usada en el tratamiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="81"/>
        <source>Naltrexone used in Treatment</source>
        <translation>Naltrexona usada en el tratamiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="82"/>
        <source>Federally-certified Opioid Treatment Program</source>
        <translation>Programa de tratamiento de opioides con certificación federal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="83"/>
        <source>Buprenorphine detoxification</source>
        <translation>Desintoxicación con buprenorfina</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="84"/>
        <source>Buprenorphine maintenance</source>
        <translation>Mantenimiento con buprenorfina</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="85"/>
        <source>Methadone detoxification</source>
        <translation>Desintoxicación con metadona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="86"/>
        <source>Methadone maintenance</source>
        <translation>Mantenimiento con metadona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="87"/>
        <source>Prescribes buprenorphine</source>
        <translation>Receta buprenorfina</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="88"/>
        <source>Prescribes naltrexone</source>
        <translation>Receta naltrexona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="89"/>
        <source>Relapse prevention with naltrexone</source>
        <translation>Prevención de recaídas con naltrexona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="90"/>
        <source>Lofexidine or Clonidine detoxification</source>
        <translation>Desintoxicación con lofexidina o clonidina</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="91"/>
        <source>Maintenance service with medically supervised withdrawal after stabilization</source>
        <translation>Mantenimiento con retirada supervisada por un médico tras la estabilización</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="95"/>
        <source>Methadone</source>
        <translation>Metadona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="96"/>
        <source>Buprenorphine with naloxone</source>
        <translation>Buprenorfina con naloxona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="97"/>
        <source>Buprenorphine without naloxone</source>
        <translation>Buprenorfina sin naloxona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="98"/>
        <source>Buprenorphine (extended-release, injectable)</source>
        <translation>Buprenorfina (liberación prolongada, inyectable)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="99"/>
        <source>Buprenorphine sub-dermal implant</source>
        <translation>Implante subdérmico de buprenorfina</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="100"/>
        <source>Naltrexone (oral)</source>
        <translation>Naltrexona (oral)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="101"/>
        <source>Naltrexone (extended-release, injectable)</source>
        <translation>Naltrexona (liberación prolongada, inyectable)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="102"/>
        <source>Acamprosate (Campral®)</source>
        <translation>Acamprosato (Campral®)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="103"/>
        <source>Disulfiram</source>
        <translation>Disulfiram</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="104"/>
        <source>Lofexidine</source>
        <translation>Lofexidina</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="105"/>
        <source>Clonidine</source>
        <translation>Clonidina</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="106"/>
        <source>Medications for HIV treatment</source>
        <translation>Medicamentos para el tratamiento del VIH</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="107"/>
        <source>Medications for Hepatitis C treatment</source>
        <translation>Medicamentos para el tratamiento de la hepatitis C</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="108"/>
        <source>Medications for pre-exposure to prophylaxis</source>
        <translation>Medicamentos de profilaxis preexposición (PrEP)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="109"/>
        <source>Medication for mental disorders</source>
        <translation>Medicamentos para trastornos mentales</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="110"/>
        <source>Antipsychotics used in treatment of SMI</source>
        <translation>Antipsicóticos para el tratamiento de enfermedades mentales graves</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="111"/>
        <source>Alcohol Detoxification</source>
        <translation>Desintoxicación de alcohol</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="112"/>
        <source>Benzodiazepines Detoxification</source>
        <translation>Desintoxicación de benzodiacepinas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="113"/>
        <source>Cocaine Detoxification</source>
        <translation>Desintoxicación de cocaína</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="114"/>
        <source>Methamphetamines detoxification</source>
        <translation>Desintoxicación de metanfetaminas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="115"/>
        <source>Opioids detoxification</source>
        <translation>Desintoxicación de opioides</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="116"/>
        <source>Medication routinely used during detoxification</source>
        <translation>Medicación habitual durante la desintoxicación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="117"/>
        <source>Hospital inpatient detoxification</source>
        <translation>Desintoxicación con ingreso hospitalario</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="118"/>
        <source>Outpatient detoxification</source>
        <translation>Desintoxicación ambulatoria</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="119"/>
        <source>Outpatient methadone/buprenorphine or naltrexone treatment</source>
        <translation>Tratamiento ambulatorio con metadona, buprenorfina o naltrexona</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="120"/>
        <source>Residential detoxification</source>
        <translation>Desintoxicación residencial</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="121"/>
        <source>General Hospital (including VA hospital)</source>
        <translation>Hospital general (incluido hospital de la VA)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="122"/>
        <source>Psychiatric hospital</source>
        <translation>Hospital psiquiátrico</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="123"/>
        <source>Community mental health center</source>
        <translation>Centro comunitario de salud mental</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="124"/>
        <source>Certified Community Behavioral Health Clinic</source>
        <translation>Clínica comunitaria certificada de salud conductual</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="125"/>
        <source>Multi-setting mental health facility (e.g., non-hospital residential plus either outpatient and/or partial hospitalization/day treatment)</source>
        <translation>Centro de salud mental con varias modalidades (p. ej., residencial no hospitalario más ambulatorio u hospitalización parcial o de día)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="129"/>
        <source>Outpatient mental health facility</source>
        <translation>Centro ambulatorio de salud mental</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="130"/>
        <source>Other residential treatment facility</source>
        <translation>Otro centro de tratamiento residencial</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="131"/>
        <source>Partial hospitalization/day treatment</source>
        <translation>Hospitalización parcial o tratamiento de día</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="132"/>
        <source>Residential treatment center (RTC) for adults</source>
        <translation>Centro de tratamiento residencial (RTC) para adultos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="133"/>
        <source>Residential treatment center (RTC) for children</source>
        <translation>Centro de tratamiento residencial (RTC) para menores</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="134"/>
        <source>Separate inpatient psychiatric unit of a general hospital</source>
        <translation>Unidad psiquiátrica de hospitalización de un hospital general</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="135"/>
        <source>State hospital</source>
        <translation>Hospital estatal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="136"/>
        <source>Veterans Affairs Medical Center or other VA healthcare facility</source>
        <translation>Centro médico de Asuntos de Veteranos (VA) u otro centro de salud de la VA</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="139"/>
        <source>No payment accepted</source>
        <translation>No se acepta pago (gratuito)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="140"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="141"/>
        <source>Sign language services for the deaf and hard of hearing</source>
        <translation>Lengua de señas para personas sordas o con problemas de audición</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="142"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="143"/>
        <source>Any Chinese Language</source>
        <translation>Cualquier idioma chino</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="144"/>
        <source>Creole</source>
        <translation>Criollo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="145"/>
        <source>Farsi</source>
        <translation>Persa (farsi)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="146"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="147"/>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="148"/>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="149"/>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="150"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="151"/>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="152"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="153"/>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="154"/>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="155"/>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="156"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="157"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="158"/>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="159"/>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="160"/>
        <source>Ojibwa</source>
        <translation>Ojibwa</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="161"/>
        <source>Yupik</source>
        <translation>Yupik</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="162"/>
        <source>Children/Adolescents</source>
        <translation>Niños y adolescentes</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="163"/>
        <source>Young Adults</source>
        <translation>Adultos jóvenes</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="164"/>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="165"/>
        <source>Seniors</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="166"/>
        <source>Naloxone and overdose education</source>
        <translation>Naloxona y educación sobre sobredosis</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="167"/>
        <source>Suicide prevention services</source>
        <translation>Servicios de prevención del suicidio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="168"/>
        <source>Mental health services</source>
        <translation>Servicios de salud mental</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="169"/>
        <source>Integrated primary care services</source>
        <translation>Servicios integrados de atención primaria</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="170"/>
        <source>Legal advocacy</source>
        <translation>Defensa legal</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="171"/>
        <source>Supported housing</source>
        <translation>Vivienda con apoyo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="172"/>
        <source>Early intervention for HIV</source>
        <translation>Intervención temprana del VIH</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="173"/>
        <source>Housing services</source>
        <translation>Servicios de vivienda</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="174"/>
        <source>Hepatitis A (HAV) vaccination</source>
        <translation>Vacunación contra la hepatitis A (VHA)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="175"/>
        <source>Hepatitis B (HBV) vaccination</source>
        <translation>Vacunación contra la hepatitis B (VHB)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="176"/>
        <source>This facility administers/prescribes medication for alcohol use disorder</source>
        <translation>Este centro administra o receta medicación para el trastorno por consumo de alcohol</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="179"/>
        <source>SAMHSA certification for opioid treatment program (OTP)</source>
        <translation>Certificación de SAMHSA como programa de tratamiento de opioides (OTP)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/data_words.py" line="180"/>
        <source>Federally Qualified Health Center</source>
        <translation>Centro de salud con calificación federal (FQHC)</translation>
    </message>
</context>
<context>
    <name>SearchJob</name>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="81"/>
        <source>No place called “%1” in the directory&apos;s addresses. Try a ZIP code, a city and its state (“Baltimore MD”), a state or coordinates like 41.88,-87.63.</source>
        <extracomment>Rows shown at first, and added by each &quot;Show more&quot;. Set when nothing was found because the directory covers nothing of what was asked. With &quot;open now&quot;: services that match but whose hours are unknown (hidden unless ``include_unknown_hours`` was asked). The search found more than ``hits``: &quot;Show more&quot; can ask for the next page. The place is a whole state (&quot;Maryland&quot;): searched inside it, no distances.</extracomment>
        <translation>Ningún lugar llamado “%1” en las direcciones del directorio. Pruebe un código postal, una ciudad y su estado (“Baltimore MD”), un estado o coordenadas como 41.88,-87.63.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="161"/>
        <source>Including 1 service with unknown hours: call before going.</source>
        <translation>Se incluye 1 servicio con horario desconocido: llame antes de ir.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="164"/>
        <source>Including %1 services with unknown hours: call before going.</source>
        <translation>Se incluyen %1 servicios con horario desconocido: llame antes de ir.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="169"/>
        <source>1 service with unknown hours is hidden by “Open now”.</source>
        <translation>“Abierto ahora” oculta 1 servicio con horario desconocido.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="172"/>
        <source>%1 services with unknown hours are hidden by “Open now”.</source>
        <translation>“Abierto ahora” oculta %1 servicios con horario desconocido.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="181"/>
        <source>Hide the %1 with unknown hours</source>
        <translation>Ocultar los %1 con horario desconocido</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/search_job.py" line="183"/>
        <source>Show %1 with unknown hours</source>
        <translation>Mostrar %1 con horario desconocido</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <location filename="../../outreach/gui/directory/results_model.py" line="46"/>
        <source>HOURS ?</source>
        <extracomment>The hit itself, for the view and the delegate. The service id, to fetch the full record.</extracomment>
        <translation>HORARIO ?</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/results_model.py" line="48"/>
        <source>OPEN</source>
        <translation>ABIERTO</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/results_model.py" line="49"/>
        <source>CLOSED</source>
        <translation>CERRADO</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="186"/>
        <source>about %1 mi</source>
        <translation>unas %1 mi</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="187"/>
        <source>about %1 km</source>
        <translation>unos %1 km</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="191"/>
        <source>%1 mi</source>
        <translation>%1 mi</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="192"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/results_model.py" line="84"/>
        <source>verified %1</source>
        <translation>verificado %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="39"/>
        <source>System default</source>
        <extracomment>The choices; each language&apos;s name is written in that language, so it is never translated.</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="53"/>
        <source>Settings</source>
        <extracomment>A rekey could not open the vault again: the app should lock.</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="68"/>
        <source>The window changes to the new language when you press OK.</source>
        <translation>La ventana cambia al nuevo idioma al pulsar Aceptar.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="76"/>
        <source>The desktop&apos;s colours</source>
        <translation>Los colores del escritorio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="77"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="78"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/settings_dialog.py" line="85"/>
        <source> mi</source>
        <extracomment>Miles where the worker&apos;s country uses them; the setting itself stays in km.</extracomment>
        <translation> mi</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="13"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="18"/>
        <source>The app&apos;s colours: the desktop&apos;s own, or dark or light whatever the desktop uses</source>
        <translation>Los colores de la aplicación: los del escritorio, u oscuros o claros sea cual sea el escritorio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>&amp;Where you work:</source>
        <translation>&amp;Dónde trabaja:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>A state, a city or a ZIP code</source>
        <translation>Un estado, una ciudad o un código postal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>Searches start near this place. Empty: the whole country.</source>
        <translation>Las búsquedas empiezan cerca de este lugar. Vacío: todo el país.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="22"/>
        <source>Default &amp;radius:</source>
        <translation>&amp;Radio predeterminado:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="23"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>&amp;Keep notes for:</source>
        <translation>&amp;Conservar las notas durante:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <location filename="../../ui/settings_dialog.ui" line="27"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="26"/>
        <source>Follow &amp;up unanswered referrals after:</source>
        <translation>&amp;Seguimiento de derivaciones sin respuesta tras:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="27"/>
        <source>A referral with no answer after this many days becomes a follow-up in Due today.</source>
        <translation>Una derivación sin respuesta tras estos días pasa a ser un seguimiento en «Para hoy».</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="28"/>
        <source>I &amp;publish a feed (show the Coordinator view)</source>
        <translation>Yo &amp;publico un canal (mostrar la vista de coordinación)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="29"/>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source>Re-e&amp;ncrypt the vault with a fresh key…</source>
        <translation>Volver a cifrar la bóveda con una clave &amp;nueva…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source>Makes old copies of the vault&apos;s key file useless, with their old passphrase or recovery code. Gives you a new recovery code.</source>
        <translation>Deja inservibles las copias antiguas del archivo de clave de la bóveda, con su frase o código de recuperación antiguos. Le da un código de recuperación nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="34"/>
        <location filename="../../ui/settings_dialog.ui" line="36"/>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="40"/>
        <source>&amp;Open invite file…</source>
        <translation>&amp;Abrir archivo de invitación…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="41"/>
        <source>&amp;Remove feed…</source>
        <translation>&amp;Quitar fuente…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../outreach/gui/shortcuts_dialog.py" line="75"/>
        <location filename="../../outreach/gui/shortcuts_dialog.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/shortcuts_dialog.py" line="79"/>
        <source>Underlined letters work with Alt (Alt+F opens the File menu). Entries that belong to one view work while that view is shown.</source>
        <translation>Las letras subrayadas funcionan con Alt (Alt+A abre el menú Archivo). Las entradas de una vista funcionan mientras esa vista se muestra.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/shortcuts_dialog.py" line="87"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/shortcuts_dialog.py" line="87"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/shortcuts_dialog.py" line="94"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../outreach/gui/slip.py" line="199"/>
        <source>Print referral slip</source>
        <extracomment>Printed size of the slip&apos;s text, in points (readable when handed over on the street). The slip is laid out in CSS pixels, whatever the printer&apos;s resolution. Margins on every side of the page, in millimetres. How far a crowded slip may shrink to stay on one page. Where paper is Letter, not A4: CLDR&apos;s paper-size data (supplementalData.xml, &quot;US-Letter&quot;: BZ CA CL CO CR GT MX NI PA PH PR SV US VE).</extracomment>
        <translation>Imprimir hoja de derivación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip.py" line="228"/>
        <source>Could not write the slip to %1.</source>
        <translation>No se pudo guardar la hoja en %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip.py" line="240"/>
        <source>Save referral slip</source>
        <translation>Guardar hoja de derivación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip.py" line="242"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip.py" line="254"/>
        <source>Referral slip</source>
        <translation>Hoja de derivación</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="29"/>
        <source>Note</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="30"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="31"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="32"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="33"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="34"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="35"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="36"/>
        <source>Who can go</source>
        <translation>Quién puede ir</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="37"/>
        <source>What to bring</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="38"/>
        <source>Bring</source>
        <translation>Llevar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/slip_words.py" line="39"/>
        <source>Referral code</source>
        <translation>Código de derivación</translation>
    </message>
</context>
<context>
    <name>StarterOffer</name>
    <message>
        <location filename="../../outreach/gui/place.py" line="40"/>
        <source>Searches will start near %1, the largest city in %2; type a city or ZIP code to start closer.</source>
        <extracomment>The directory_info key holding the worker&apos;s default &quot;Near&quot; place (as typed in Near). Set once the worker was asked (answered or not), so the question comes only once.</extracomment>
        <translation>Las búsquedas empezarán cerca de %1, la ciudad más grande de %2; escriba una ciudad o un código postal para empezar más cerca.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/place.py" line="46"/>
        <source>Searches will start near %1.</source>
        <translation>Las búsquedas empezarán cerca de %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/place.py" line="51"/>
        <source>No US state, city or ZIP code called “%1”. Try a ZIP code such as 21201, “Baltimore, MD” or “Maryland”, or leave it empty.</source>
        <translation>Ningún estado, ciudad o código postal de EE. UU. llamado “%1”. Pruebe un código postal como 21201, “Baltimore, MD” o “Maryland”, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="39"/>
        <source>built %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="83"/>
        <source>Checking the bundled starter directory…</source>
        <extracomment>What an in-place update of the starter directory is doing (for the view&apos;s message line). The pack to offer; the bundled one unless set (tests and custom builds).</extracomment>
        <translation>Comprobando el directorio inicial incluido…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="92"/>
        <source>A ready-made directory is included, so you can search straight away:</source>
        <translation>Se incluye un directorio listo para usar, para que pueda buscar enseguida:</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="97"/>
        <source>Load the starter directory (%s services)</source>
        <translation>Cargar el directorio inicial (%s servicios)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="105"/>
        <source>No starter directory can be loaded: %s</source>
        <translation>No se puede cargar el directorio inicial: %s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="119"/>
        <source>Loading the starter directory…</source>
        <translation>Cargando el directorio inicial…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="142"/>
        <source>Updating the starter directory to version %s…</source>
        <translation>Actualizando el directorio inicial a la versión %s…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="152"/>
        <source>The starter directory could not be updated: %s</source>
        <translation>No se pudo actualizar el directorio inicial: %s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="157"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="183"/>
        <source>Cancelled. Nothing was loaded.</source>
        <translation>Cancelado. No se cargó nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="188"/>
        <source>The starter directory could not be loaded.</source>
        <translation>No se pudo cargar el directorio inicial.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/directory/starter_offer.py" line="207"/>
        <source>Load the starter directory</source>
        <translation>Cargar el directorio inicial</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../outreach/gui/sync.py" line="112"/>
        <source>A sync is already running.</source>
        <extracomment>How long &quot;up to date&quot; stays in the status bar; warnings and offline stay until replaced.</extracomment>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="118"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="118"/>
        <source>Checking the feeds for updates…</source>
        <translation>Buscando actualizaciones en las fuentes…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="123"/>
        <source>Checking for directory updates…</source>
        <translation>Buscando actualizaciones del directorio…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="172"/>
        <source>Sync cancelled; nothing changed.</source>
        <translation>Sincronización cancelada; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="177"/>
        <source>⚠ The directory could not be checked for updates.</source>
        <translation>⚠ No se pudo comprobar si hay actualizaciones del directorio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="188"/>
        <source>No feed is set up yet. Open the invite file from your coordinator in Settings → Feeds, then sync again.</source>
        <translation>Aún no hay ninguna fuente configurada. Abra el archivo de invitación de su coordinador en Preferencias → Fuentes y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="218"/>
        <source>Directory updated to version %1.</source>
        <translation>Directorio actualizado a la versión %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="226"/>
        <source>The directory is up to date (version %1).</source>
        <translation>El directorio está al día (versión %1).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="235"/>
        <source>%1: version %2 → %3
%4 added, %5 updated, %6 removed.</source>
        <translation>%1: versión %2 → %3
%4 añadidos, %5 actualizados, %6 eliminados.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="245"/>
        <source>Directory updated</source>
        <translation>Directorio actualizado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="246"/>
        <source>The directory was updated and verified.</source>
        <translation>El directorio se actualizó y se verificó.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="264"/>
        <source>Offline – no directory has been downloaded yet.</source>
        <translation>Sin conexión: aún no se ha descargado ningún directorio.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="267"/>
        <source>Offline – using the directory from %1</source>
        <translation>Sin conexión: se usa el directorio del %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="286"/>
        <source>Import a feed bundle</source>
        <translation>Importar un paquete de fuente</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="288"/>
        <source>Feed bundles (*.zip);;All files (*)</source>
        <translation>Paquetes de fuente (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="308"/>
        <location filename="../../outreach/gui/sync.py" line="341"/>
        <source>Import pack</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="308"/>
        <source>Verifying %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="331"/>
        <source>A bundle can only be verified against a feed you trust. Open the invite file from your coordinator in Settings → Feeds first.</source>
        <translation>Un paquete solo se puede verificar con una fuente de confianza. Primero abra el archivo de invitación de su coordinador en Preferencias → Fuentes.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync.py" line="342"/>
        <source>Which feed is this bundle from?</source>
        <translation>¿De qué fuente es este paquete?</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="19"/>
        <source>Updated to version %3: %4 added, %5 updated, %6 removed.</source>
        <translation>Actualizado a la versión %3: %4 agregados, %5 actualizados, %6 eliminados.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="22"/>
        <source>Version %3 is already installed; nothing changed.</source>
        <translation>La versión %3 ya está instalada; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="25"/>
        <source>The directory is up to date (version %3).</source>
        <translation>El directorio está al día (versión %3).</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="28"/>
        <source>The signatures of the feed %1 have expired, so it cannot be verified now; the current directory is kept. Tell the feed&apos;s coordinator if this lasts.</source>
        <translation>Las firmas de la fuente %1 han caducado, así que ahora no se puede verificar; se conserva el directorio actual. Avise al coordinador de la fuente si esto continúa.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="33"/>
        <source>The feed %1 sent more data than it signed for; the download was refused and nothing changed.</source>
        <translation>La fuente %1 envió más datos de los que firmó; se rechazó la descarga y no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="38"/>
        <source>Could not reach the feed %1: the server answered HTTP %2. Nothing changed; try again later.</source>
        <translation>No se pudo conectar con la fuente %1: el servidor respondió HTTP %2. No cambió nada; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="43"/>
        <source>Could not reach the feed %1: the server stopped responding. Nothing changed.</source>
        <translation>No se pudo conectar con la fuente %1: el servidor dejó de responder. No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="47"/>
        <source>Could not reach the feed %1 (no connection, or the download was cut off). Nothing changed; the current directory stays in use.</source>
        <translation>No se pudo conectar con la fuente %1 (sin conexión, o se cortó la descarga). No cambió nada; se sigue usando el directorio actual.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="52"/>
        <source>The feed %1 offered older metadata than already seen (a rollback); it was refused and nothing changed.</source>
        <translation>La fuente %1 ofreció metadatos más antiguos que los ya vistos (una reversión); se rechazaron y no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="57"/>
        <source>The feed %1 sent metadata that is not signed by its trusted keys; it was refused and nothing changed.</source>
        <translation>La fuente %1 envió metadatos que no están firmados con sus claves de confianza; se rechazaron y no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="62"/>
        <source>A file from the feed %1 does not match its signed hash (tampered or damaged); it was refused and nothing changed.</source>
        <translation>Un archivo de la fuente %1 no coincide con su hash firmado (alterado o dañado); se rechazó y no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="67"/>
        <source>The feed %1 failed verification (%2); nothing changed.</source>
        <translation>La fuente %1 no pasó la verificación (%2); no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="70"/>
        <source>%2 Nothing changed.</source>
        <translation>%2 No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/sync_words.py" line="71"/>
        <source>Cannot read %2.</source>
        <translation>No se puede leer %2.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../outreach/gui/progress.py" line="47"/>
        <source>Cancel</source>
        <extracomment>``(done, total, message)``; the message object as the core gave it (a ``Step`` keeps its stage, so it can be worded in the interface language).</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/progress.py" line="92"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
</context>
<context>
    <name>TimelineTree</name>
    <message>
        <location filename="../../outreach/gui/notes/timeline_tree.py" line="52"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/timeline_tree.py" line="61"/>
        <source>(entered later)</source>
        <translation>(anotado después)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/timeline_tree.py" line="77"/>
        <source>Older encounters are not shown.</source>
        <translation>Los encuentros más antiguos no se muestran.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/notes/timeline_tree.py" line="106"/>
        <source>Referred to %1 · code %2</source>
        <translation>Derivación a %1 · código %2</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="25"/>
        <source>Unlock – Outreach Companion</source>
        <translation>Desbloquear – Outreach Companion</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="68"/>
        <source>Enter your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="74"/>
        <location filename="../../outreach/gui/unlock.py" line="138"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="128"/>
        <source>Wait %d s</source>
        <translation>Espere %d s</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="130"/>
        <source>Too many wrong passphrases: unlocking in %d s…</source>
        <translation>Demasiadas frases de contraseña incorrectas: se desbloquea en %d s…</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="133"/>
        <source>Wrong passphrase. Try again in %d s.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo en %d s.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/unlock.py" line="142"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="9"/>
        <source>&lt;h2&gt;Outreach Companion&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Outreach Companion&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="14"/>
        <source>Enter your passphrase to unlock the directory and your notes.</source>
        <translation>Escriba su frase de contraseña para desbloquear el directorio y sus notas.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="21"/>
        <location filename="../../ui/unlock_dialog.ui" line="22"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="36"/>
        <source>Forgot passphrase…</source>
        <translation>¿Olvidó la frase de contraseña?…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="45"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../outreach/gui/views.py" line="42"/>
        <source>&amp;Directory</source>
        <extracomment>A stable id (settings, tests); never shown. The title in English, marked for translation in the &quot;Views&quot; context. Whether the view is offered with these settings (``None``: always).</extracomment>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/views.py" line="43"/>
        <source>&amp;Contacts &amp;&amp; notes</source>
        <translation>&amp;Contactos y notas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/views.py" line="44"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/views.py" line="47"/>
        <source>C&amp;oordinator</source>
        <translation>C&amp;oordinación</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../outreach/gui/wording.py" line="33"/>
        <source>en_US</source>
        <comment>the locale of this translation, as language_COUNTRY</comment>
        <translation>es_US</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="104"/>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="71"/>
        <source>Holiday closure</source>
        <translation>Cerrado por feriado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="72"/>
        <location filename="../../outreach/gui/wording.py" line="102"/>
        <source>Closed for holiday</source>
        <translation>Cerrado por feriado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="73"/>
        <location filename="../../outreach/gui/wording.py" line="98"/>
        <source>Open 24 hours</source>
        <translation>Abierto las 24 horas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="74"/>
        <source>No opening hours listed</source>
        <translation>No hay horario registrado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="75"/>
        <source>Hours not known for this day</source>
        <translation>Horario desconocido para este día</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="84"/>
        <source>Hours unknown</source>
        <translation>Horario desconocido</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="101"/>
        <source>Open until %1</source>
        <translation>Abierto hasta %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="97"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="103"/>
        <source>opens %1</source>
        <translation>abre %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="99"/>
        <source>Closed (%1)</source>
        <translation>Cerrado (%1)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="111"/>
        <source>Times are %1 time.</source>
        <translation>Horas en la zona horaria %1.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="117"/>
        <source>Ages %1–%2</source>
        <translation>Edades de %1 a %2 años</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="118"/>
        <source>Ages %1 and over</source>
        <translation>Desde los %1 años</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="119"/>
        <source>Ages up to %1</source>
        <translation>Hasta los %1 años</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="127"/>
        <source>1 service</source>
        <translation>1 servicio</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="128"/>
        <source>%1 services</source>
        <translation>%1 servicios</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="139"/>
        <source>Indexing services</source>
        <translation>Indexando servicios</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="140"/>
        <source>Exporting services</source>
        <translation>Exportando servicios</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="141"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="136"/>
        <source>Reading tables</source>
        <translation>Leyendo tablas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="137"/>
        <source>Joining tables</source>
        <translation>Uniendo tablas</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="138"/>
        <source>Read JSON</source>
        <translation>JSON leído</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="146"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="144"/>
        <source>Checking version %1</source>
        <translation>Comprobando la versión %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="145"/>
        <source>Applying version %1</source>
        <translation>Aplicando la versión %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="142"/>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="143"/>
        <source>Downloading %1</source>
        <translation>Descargando %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="134"/>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="135"/>
        <source>Read %1</source>
        <translation>Leído: %1</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/wording.py" line="163"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="15"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="23"/>
        <source>Save encrypted backup</source>
        <translation>Guardar copia de seguridad cifrada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="25"/>
        <source>Outreach backups (*.ocbackup)</source>
        <translation>Copias de Outreach (*.ocbackup)</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="29"/>
        <source>A passphrase for this backup (8+ characters):</source>
        <translation>Una frase de contraseña para esta copia (8 caracteres o más):</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="32"/>
        <source>Repeat the backup passphrase:</source>
        <translation>Repita la frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="36"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/backup_dialog.py" line="41"/>
        <source>Encrypted backup saved to %s.</source>
        <translation>Copia de seguridad cifrada guardada en %s.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="235"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="236"/>
        <source>repaired</source>
        <translation>reparada</translation>
    </message>
    <message>
        <location filename="../../outreach/gui/import_report.py" line="237"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
</TS>
