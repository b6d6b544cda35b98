"""Words for what the data holds as codes and facts: the app's categories, SAMHSA's code
names, the payments a record lists. The records keep the English (or the source's) name;
these word it in the interface language when it is shown, so the Spanish interface never
shows English the worker cannot act on.

SAMHSA's names are worded for every group and for each code the app maps to a category or a
filter (``tests/test_gui_data_words.py`` keeps the list complete); other codes are shown as
SAMHSA wrote them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The top-level categories of ``resources/categories.toml``.
CATEGORIES = (
    QT_TRANSLATE_NOOP("Categories", "Substance use treatment"),
    QT_TRANSLATE_NOOP("Categories", "Detox / withdrawal"),
    QT_TRANSLATE_NOOP("Categories", "Naloxone"),
    QT_TRANSLATE_NOOP("Categories", "Syringe services"),
    QT_TRANSLATE_NOOP("Categories", "Mental health"),
    QT_TRANSLATE_NOOP("Categories", "Shelter"),
    QT_TRANSLATE_NOOP("Categories", "Food"),
    QT_TRANSLATE_NOOP("Categories", "Medical"),
    QT_TRANSLATE_NOOP("Categories", "Legal aid"),
    QT_TRANSLATE_NOOP("Categories", "Housing"),
    QT_TRANSLATE_NOOP("Categories", "Crisis"),
)

#: SAMHSA's code-book group names and the names of the codes the app maps.
SAMHSA_NAMES = (
    QT_TRANSLATE_NOOP("SamhsaCodes", "Type of care"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Emergency mental health services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Opioid medications used in treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Type of opioid treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Pharmacotherapies"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Detoxification (medical withdrawal) services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Service setting"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Hospitals"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Facility type"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Payment, insurance or funding accepted"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Payment assistance"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Language services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Other languages"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Age groups accepted"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Gender accepted"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Special programs or groups"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Exclusive services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Transitional services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Ancillary services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Recovery support services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Testing"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Medical services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Education and counseling services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Treatment approaches"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Assessment and pre-treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Other services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Alcohol use disorder treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Facility operation"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "License, certification or accreditation"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "External opioid medications source"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "External source of medications for alcohol use disorder"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Smoking policy"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Vaping policy"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Substance use treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Transitional housing, halfway house, or sober home"),
    QT_TRANSLATE_NOOP(
        "SamhsaCodes",
        "Treatment for co-occurring substance use plus either serious mental health illness in adults/serious emotional disturbance in children",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Mental health treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Crisis intervention team"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Psychiatric emergency onsite services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Psychiatric emergency mobile/off-site services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Psychiatric emergency walk-in services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Methadone used in Treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Buprenorphine used in Treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Naltrexone used in Treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Federally-certified Opioid Treatment Program"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Buprenorphine detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Buprenorphine maintenance"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Methadone detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Methadone maintenance"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Prescribes buprenorphine"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Prescribes naltrexone"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Relapse prevention with naltrexone"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Lofexidine or Clonidine detoxification"),
    QT_TRANSLATE_NOOP(
        "SamhsaCodes",
        "Maintenance service with medically supervised withdrawal after stabilization",
    ),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Methadone"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Buprenorphine with naloxone"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Buprenorphine without naloxone"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Buprenorphine (extended-release, injectable)"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Buprenorphine sub-dermal implant"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Naltrexone (oral)"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Naltrexone (extended-release, injectable)"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Acamprosate (Campral®)"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Disulfiram"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Lofexidine"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Clonidine"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Medications for HIV treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Medications for Hepatitis C treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Medications for pre-exposure to prophylaxis"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Medication for mental disorders"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Antipsychotics used in treatment of SMI"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Alcohol Detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Benzodiazepines Detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Cocaine Detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Methamphetamines detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Opioids detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Medication routinely used during detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Hospital inpatient detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Outpatient detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Outpatient methadone/buprenorphine or naltrexone treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Residential detoxification"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "General Hospital (including VA hospital)"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Psychiatric hospital"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Community mental health center"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Certified Community Behavioral Health Clinic"),
    QT_TRANSLATE_NOOP(
        "SamhsaCodes",
        "Multi-setting mental health facility (e.g., non-hospital residential plus either outpatient and/or partial hospitalization/day treatment)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Outpatient mental health facility"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Other residential treatment facility"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Partial hospitalization/day treatment"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Residential treatment center (RTC) for adults"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Residential treatment center (RTC) for children"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Separate inpatient psychiatric unit of a general hospital"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "State hospital"),
    QT_TRANSLATE_NOOP(
        "SamhsaCodes", "Veterans Affairs Medical Center or other VA healthcare facility"
    ),
    QT_TRANSLATE_NOOP("SamhsaCodes", "No payment accepted"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Spanish"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Sign language services for the deaf and hard of hearing"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Arabic"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Any Chinese Language"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Creole"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Farsi"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "French"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "German"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Greek"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Hebrew"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Hindi"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Hmong"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Italian"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Japanese"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Korean"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Polish"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Portuguese"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Russian"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Tagalog"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Vietnamese"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Ojibwa"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Yupik"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Children/Adolescents"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Young Adults"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Adults"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Seniors"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Naloxone and overdose education"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Suicide prevention services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Mental health services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Integrated primary care services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Legal advocacy"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Supported housing"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Early intervention for HIV"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Housing services"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Hepatitis A (HAV) vaccination"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Hepatitis B (HBV) vaccination"),
    QT_TRANSLATE_NOOP(
        "SamhsaCodes", "This facility administers/prescribes medication for alcohol use disorder"
    ),
    QT_TRANSLATE_NOOP("SamhsaCodes", "SAMHSA certification for opioid treatment program (OTP)"),
    QT_TRANSLATE_NOOP("SamhsaCodes", "Federally Qualified Health Center"),
)


#: The labels the starter directory gives its phone numbers (SAMHSA's "Phone" and "Intake").
PHONE_LABELS = (
    QT_TRANSLATE_NOOP("DataWords", "Main"),
    QT_TRANSLATE_NOOP("DataWords", "Intake"),
)


def phone_label(label: str) -> str:
    """A phone's label in the interface language when it is one the starter directory writes;
    any other label (a source's own words) as written."""
    return QCoreApplication.translate("DataWords", label) if label in PHONE_LABELS else label


def category_name(name: str) -> str:
    """ "Shelter" -> "Albergue" in Spanish; a category the list does not know stays as is."""
    return QCoreApplication.translate("Categories", name)


def samhsa_name(name: str) -> str:
    """A SAMHSA group or code name in the interface language (as SAMHSA wrote it if unknown)."""
    return QCoreApplication.translate("SamhsaCodes", name)


def payments_note(payments: Iterable[str]) -> str:
    """ "Payment accepted: Medicaid, Cash" from the payments a record lists."""
    text = QCoreApplication.translate("DataWords", "Payment accepted: %1")
    return text.replace("%1", ", ".join(payments))
