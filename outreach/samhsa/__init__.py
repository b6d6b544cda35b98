"""Building the starter directory from SAMHSA's national directories (build time only).

``tools/build_starter_pack.py`` drives it: :mod:`.sources` reads the workbooks and CSV files,
:mod:`.facilities` turns directory rows into HSDS records, :mod:`.otp` merges the Opioid
Treatment Program directory, :mod:`.geocode` places each facility. Nothing here runs inside
the app; the app only reads the pack it produces.
"""
