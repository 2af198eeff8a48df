"""English context words."""

from __future__ import annotations

from gamyeong.labels import Label

POSITIVE: dict[str, tuple[str, ...]] = {
    Label.KR_RRN: ("resident registration", "rrn"),
    Label.PASSPORT: ("passport",),
    Label.KR_PASSPORT: ("passport",),
    Label.KR_DRIVER_LICENSE: ("driver's license", "driver license", "licence"),
    Label.KR_BRN: ("business registration",),
    Label.BANK_ACCOUNT: ("account", "acct", "bank", "deposit", "wire"),
    Label.IBAN: ("iban", "wire", "transfer"),
    Label.CREDIT_CARD: ("card", "credit", "debit", "visa", "mastercard", "amex", "payment"),
    Label.PHONE: ("phone", "call", "mobile", "cell", "tel", "text me", "reach me", "fax"),
    Label.EMAIL: ("email", "e-mail", "mail"),
    Label.IP_ADDRESS: ("ip address", "ip", "logged in from", "login from"),
    Label.URL: ("my blog", "my website", "my profile", "my page", "my homepage", "follow me"),
    Label.VEHICLE_PLATE: ("plate", "license plate", "registration"),
    Label.OTHER_ID: (
        "ssn",
        "social security",
        "member id",
        "member number",
        "member no",
        "patient id",
        "patient number",
        "mrn",
        "medical record",
        "student id",
        "student number",
        "employee id",
        "employee number",
        "policy number",
        "driver's license",
        "driver license",
        "tax id",
    ),
}

NEGATIVE: tuple[str, ...] = (
    "firmware",
    "timestamp",
    "epoch",
    "fw",
    "ver",
    "order",
    "tracking",
    "invoice",
    "barcode",
    "ean",
    "gtin",
    "upc",
    "sku",
    "serial",
    "model",
    "version",
    "build",
    "ticket",
    "reference",
    "ref",
    "confirmation",
    "receipt",
    "isbn",
    "part number",
    "hotline",
    "toll-free",
    "customer service",
)

#: words right after a number that say what it was (not personal data)
NEGATIVE_AFTER: tuple[str, ...] = ("version", "barcode", "build", "ms", "ean")
