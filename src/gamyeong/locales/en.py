"""English context words."""

from __future__ import annotations

from gamyeong.labels import Label

POSITIVE: dict[str, tuple[str, ...]] = {
    Label.KR_RRN: ("resident registration", "rrn"),
    Label.PASSPORT: ("passport", "pp#", "pp #", "pp no"),
    Label.FR_NIR: ("social security", "french social security", "insee", "carte vitale"),
    Label.KR_PASSPORT: ("passport",),
    Label.KR_DRIVER_LICENSE: ("driver's license", "driver license", "licence"),
    Label.KR_BRN: ("business registration",),
    Label.BANK_ACCOUNT: ("account", "acct", "acc", "a/c", "bank", "deposit", "wire", "checking", "savings"),
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
    # orders, shipping, products
    "order", "tracking", "invoice", "barcode", "ean", "gtin", "upc", "sku", "serial", "model", "isbn",
    "part number", "ticket", "reference", "ref", "confirmation", "receipt",
    # software versions and time stamps
    "version", "build", "firmware", "fw", "ver", "v.", "update", "updating", "updated", "upgrade", "patch",
    "release", "timestamp", "epoch", "python", "java", "node", "chrome", "firefox", "safari", "windows", "ios",
    "android", "macos", "ubuntu", "kernel", "sdk",
    # bank identifiers that are not an account (they name the bank, not the person)
    "routing", "routing number", "aba", "rtn", "sort code", "swift", "bic", "s/n",
    # company lines
    "hotline", "toll-free", "customer service",
)  # fmt: skip

#: words right after a number that say what it was (not personal data)
NEGATIVE_AFTER: tuple[str, ...] = ("usd", "dollars", "version", "barcode", "build", "ms", "ean")
