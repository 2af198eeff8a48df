"""English vocabulary, facts, hard negatives and layouts of the soft challenge set (``soft_challenge.py``).

Every layout is ``f(rng, gold) -> markup`` (see ``soft_challenge_vocab``); with ``gold=False`` the same document is
written with roles, cities or streets without a number and ordinary dates. Romanised Korean names appear among
the English names. Lists are generic or invented.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from devset import soft_challenge_ko as ko
from devset import soft_challenge_vocab as v
from devset.soft_challenge_vocab import A, D, N, P

FIRST = [
    "John", "Sarah", "Emily", "Michael", "Priya", "Oluwaseun", "Siobhan", "Aidan", "Mei", "Carlos", "Fatima", "Connor",
    "Grace", "Hannah", "Tyrone", "Bethany", "Rhys", "Niamh", "Dmitri", "Aaliyah", "Brandon", "Chiara", "Kwame",
    "Imogen", "Declan", "Lucía", "Ravi", "Harriet", "Ethan", "Madison", "Callum", "Ifeoma", "Zoe", "Marcus", "Ayesha",
    "Will", "Bill", "Mark", "Rose", "April", "Jordan", "Hunter", "Summer", "Dawn", "Mary-Kate", "Jean-Luc", "Xiu",
]  # fmt: skip
LAST = [
    "Smith", "O'Connor", "MacDonald", "Patel", "Nguyen", "Okafor", "Fitzgerald", "van der Berg", "Johnson-Clarke",
    "Whitfield", "Hargreaves", "Kowalczyk", "Abernathy", "Delgado", "Brennan", "Osei", "Thornton", "McAllister",
    "Khan", "Reyes", "Lindqvist", "Baker", "Cooper", "Fisher", "Hill", "Marsh", "Goldberg", "Achterberg", "Pryce",
    "St. Clair", "De Luca", "Montgomery", "Wainwright", "Oyelaran", "Chang", "Ferreira", "Young", "Street", "Church",
]  # fmt: skip
TITLES = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Miss", "Mx"]
ROLES = ["the manager", "our CEO", "the landlord", "the doctor", "your account manager", "the Director",
         "the President", "the Governor", "the courier", "the HR team", "Customer Service", "the nurse",
         "the Mayor", "the head teacher", "Team Lead"]  # fmt: skip
ORGS = ["Bank of America", "Amazon Web Services", "Ben & Jerry's", "Wells Fargo", "Johnson & Johnson",
        "Morgan Stanley", "Dr Pepper", "Jack Daniel's", "Marks & Spencer", "Sainsbury's", "Tesco", "Royal Mail",
        "Walt Disney World", "McDonald's", "Ford", "Barclays", "the NHS", "Chase", "Boots", "Kellogg's",
        "Trader Joe's", "Wendy's", "Martha Stewart Living"]  # fmt: skip
PRODUCTS = ["iPhone 15 Pro", "Galaxy Tab S9", "Ford Focus", "Honda Civic", "Kindle Paperwhite", "Air Jordan 1",
            "Rose Gold iPad",
            "Surface Laptop", "PlayStation 5", "Tesla Model Y", "Dyson V15", "Apple Watch"]  # fmt: skip
CITIES = ["Brooklyn", "Manchester", "London", "Springfield", "Austin", "Seattle", "Chicago", "Leeds", "Hackney",
          "Bristol",
          "Queens", "Silicon Valley", "Camden", "Toronto", "Edinburgh", "the Bronx", "Orange County"]  # fmt: skip
US_TOWNS = [("Springfield", "IL", "627"), ("Los Angeles", "CA", "900"), ("Austin", "TX", "787"),
            ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Madison", "WI", "537"),
            ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"), ("Boise", "ID", "837"), ("Albany", "NY", "122"),
            ("Brooklyn", "NY", "112"), ("Savannah", "GA", "314"), ("Burlington", "VT", "054"),
            ("Ann Arbor", "MI", "481")]  # fmt: skip
UK_TOWNS = [("London", ["NW1", "SE15", "E8", "N7", "W2", "SW1A", "EC1V"]), ("Manchester", ["M14", "M4"]),
            ("Leeds", ["LS6"]), ("Bristol", ["BS8"]), ("Edinburgh", ["EH3"]), ("Cardiff", ["CF10"]),
            ("Glasgow", ["G12"]), ("Birmingham", ["B15"]), ("York", ["YO10"]), ("Brighton", ["BN2"]),
            ("Oxford", ["OX4"])]  # fmt: skip
STREETS = ["Main", "Oak", "Maple", "Baker", "Sunset", "Elm", "Washington", "Lincoln", "Highland", "Church", "Mill",
           "Victoria", "Kings", "Park", "Station", "Lake Shore",
           "Martin Luther King Jr.", "Cedar Hollow", "Harbour"]  # fmt: skip
US_TYPES = ["St", "St.", "Street", "Ave", "Avenue", "Blvd.", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Ct", "Way"]
UK_TYPES = ["Street", "Road", "Lane", "Avenue", "Close", "Crescent", "Gardens", "Terrace", "Mews", "Place"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]  # fmt: skip

# --- names ----------------------------------------------------------------------------------------


def name_text(rng: random.Random, *, chat: bool = False) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if r < 0.1:
        return ko.roman(rng, ko.kname(rng)), "romanized"
    if chat and r < 0.5:
        return (f"{first} {last}".lower(), "lower") if rng.random() < 0.6 else (first.lower(), "first_lower")
    if r < 0.18:
        return f"{last.upper()}, {first}", "caps"
    if r < 0.24:
        return f"{first} {rng.choice('ABCDEJKLRST')}. {last}", "middle_initial"
    if r < 0.28 and first[0] != "M":
        return f"{first[0]}. {last}", "initial"
    if r < 0.33:
        return last, "last_only"
    return f"{first} {last}", ""


def person(rng: random.Random, gold: bool, *, title: float = 0.5) -> str:
    if not gold:
        return N("word", rng.choice(ROLES))
    text, form = name_text(rng)
    return (rng.choice(TITLES) + " " if rng.random() < title or form == "last_only" else "") + P(text, form)


def bare_name(rng: random.Random, gold: bool) -> str:
    if not gold:
        return N("word", rng.choice(["N/A", "Customer", "Guest", "Account Holder", "Unknown"]))
    return P(*name_text(rng))


# --- addresses ------------------------------------------------------------------------------------


def uk_postcode(rng: random.Random, out: str) -> str:
    return f"{out} {rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def address_text(rng: random.Random, *, multiline: bool = False) -> tuple[str, str]:
    br = "\n" if multiline else ", "
    r = rng.random()
    if r < 0.5:
        city, st, zp = rng.choice(US_TOWNS)
        zipc = f"{zp}{rng.randrange(1, 99):02d}"
        num = rng.randrange(1, 9999)
        dirn = rng.choice(["", "", "", "W. ", "N ", "E. ", "S "])
        line = f"{num} {dirn}{rng.choice(STREETS)} {rng.choice(US_TYPES)}"
        unit = rng.choice(["", "", f" Apt {rng.randrange(1, 40)}", f", Suite {rng.randrange(100, 990)}",
                           f" #{rng.randrange(1, 30)}", f", Unit {rng.choice('ABCD')}"])  # fmt: skip
        return f"{line}{unit}{br}{city}, {st} {zipc}", "us"
    if r < 0.58:
        city, st, zp = rng.choice(US_TOWNS)
        return f"PO Box {rng.randrange(10, 9999)}{br}{city}, {st} {zp}{rng.randrange(1, 99):02d}", "po_box"
    city, outs = rng.choice(UK_TOWNS)
    pc = uk_postcode(rng, rng.choice(outs))
    line = f"{rng.randrange(1, 220)} {rng.choice(STREETS)} {rng.choice(UK_TYPES)}"
    if rng.random() < 0.25:
        line = f"Flat {rng.randrange(1, 30)}{br}{line}"
    return f"{line}{br}{city} {pc}" if rng.random() < 0.8 else f"{line}{br}{city}{br}{pc}", "uk"


def address(rng: random.Random, gold: bool, *, multiline: bool = False) -> str:
    if gold:
        return A(*address_text(rng, multiline=multiline))
    if rng.random() < 0.5:
        return N("city", rng.choice(CITIES))
    return N("street_alone", rng.choice(["Main Street", "Baker Street", "Sunset Boulevard", "Abbey Road",
                                         f"{rng.choice(STREETS)} {rng.choice(UK_TYPES)}"]))  # fmt: skip


# --- dates ----------------------------------------------------------------------------------------


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date(rng: random.Random, d: dt.date) -> str:
    mon = MONTHS[d.month - 1]
    return rng.choice([f"{mon} {d.day}, {d.year}", f"{ordinal(d.day)} {mon} {d.year}",
                       f"{d.month:02d}/{d.day:02d}/{d.year}",
                       f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat(), f"{mon[:3]} {d.day} {d.year}",
                       f"{d.day} {mon[:3]} {d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}",
                       f"{d.day}-{mon[:3].upper()}-{d.year}", f"{mon} {ordinal(d.day)}, {d.year}"])  # fmt: skip


DOB_FRAMES = ["DOB: {D}", "D.O.B. {D}", "Date of birth: {D}", "born on {D}", "birthday: {D}", "Birth date {D}",
              "b. {D}", "DOB {D}", "she was born {D}", "Date of Birth (MM/DD/YYYY): {D}", "born {D} in {city}",
              "(DOB {D})", "my son, born on {D},"]  # fmt: skip


def dob(rng: random.Random, gold: bool) -> str:
    if not gold:
        return neutral_date_phrase(rng)
    d = v.birth(rng)
    r = rng.random()
    if r < 0.08:
        return rng.choice(["born in {D}", "(born {D})"]).replace("{D}", D(str(d.year), "year_only"))
    if r < 0.12:
        return "birthday is " + D(f"{MONTHS[d.month - 1]} {d.day}", "no_year")
    frame = rng.choice(DOB_FRAMES).replace("{city}", N("city", rng.choice(CITIES)))
    return frame.replace("{D}", D(en_date(rng, d)))


def neutral_date(rng: random.Random) -> str:
    return N("date", v.iso_ts(rng) if rng.random() < 0.2 else en_date(rng, v.recent(rng)))


DATE_FRAMES = ["appointment on {d}", "delivery expected {d}", "order placed {d}", "due date: {d}",
               "our wedding anniversary on {d}", "effective {d}", "invoice dated {d}", "shipped {d}",
               "lease starts {d}", "last login {d}", "renewal due by {d}"]  # fmt: skip


def neutral_date_phrase(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"founded in {N('date', str(rng.randrange(1900, 2015)))}"
    return rng.choice(DATE_FRAMES).replace("{d}", neutral_date(rng))


NEG = [
    "[Dear Team], please see the update below.", "[Best Regards]", "[Thanks] again for your patience!",
    "[Urgent]: action required on your account.", "[Subject]: quarterly review", "The [Grace] period ends soon.",
    "[Will] you be joining the call?", "Please [mark] the invoice as paid.", "The [bill] for {product} came today.",
    "Got the {product} in [Rose] Gold lol", "Meet me on {street} at noon?", "We just moved to {city}!!",
    "Our office near {city} is closed on Fridays.", "{org} sent a new card.", "I'm at {org}, want anything?",
    "[Happy Holidays] from all of us.", "The [President] spoke this morning.", "[Welcome] aboard!",
    "Traffic on {street} is terrible lol", "Refund from {org} should take 5 days.", "[Cheers]", "[Kind regards],",
    "The [Victoria] line is down again.", "[Memorial Day] sale on the {product}.", "[Hope] you're well.",
    "Pls ignore the previous message", "[Note]: the [Lincoln] tunnel is closed.", "[Sterling] silver finish",
    "[Reminder]: team lunch at {org}.", "Printer on floor 3 is jammed again.", "{city} office party was fun",
]  # fmt: skip


def fill(rng: random.Random, s: str) -> str:
    rep = {
        "{product}": lambda: N("product", rng.choice(PRODUCTS)),
        "{org}": lambda: N("org", rng.choice(ORGS)),
        "{city}": lambda: N("city", rng.choice(CITIES)),
        "{street}": lambda: address(rng, False) if rng.random() < 0.2 else N("street_alone", "Main Street"),
    }
    for key, fn in rep.items():
        while key in s:
            s = s.replace(key, fn(), 1)
    return s


def neg(rng: random.Random, k: int = 1) -> str:
    return " ".join(fill(rng, v.marks(rng, s)) for s in rng.sample(NEG, k))


CHAT_FILLER = ["lol", "ok", "k", "😂", "👍", "brb", "sure thing", "thx!!", "idk", "omg", "np", "haha yes"]
NICKS = ["sk8rboi", "mom", "jdub", "guest_42", "NightOwl", "support", "bookworm", "coffee_addict", "admin"]

# --- layouts --------------------------------------------------------------------------------------

CHAT_P = ["hey it's {p}", "is {p} coming tonight?", "ask {p} lol", "{p} called for u", "this is {p} from accounts",
          "tell {p} i said hi", "@{p} can you check?"]  # fmt: skip
CHAT_A = ["my address is {a}", "ship to {a} pls", "we moved -> {a}", "party at {a}", "new place: {a}"]


def chat_person(rng: random.Random, gold: bool) -> str:
    if not gold:
        return N("word", rng.choice(["the landlord", "mom", "the boss", "my sis", "the new guy"]))
    return P(*name_text(rng, chat=True))


def lay_chat(rng: random.Random, gold: bool) -> str:
    msgs = []
    for _ in range(rng.randrange(1, 4)):
        r = rng.random()
        if r < 0.55:
            msgs.append(rng.choice(CHAT_P).replace("{p}", chat_person(rng, gold)))
        elif r < 0.8:
            msgs.append(rng.choice(CHAT_A).replace("{a}", address(rng, gold)))
        else:
            msgs.append(dob(rng, gold) + rng.choice(["", " lol", "!"]))
    msgs += [neg(rng) for _ in range(rng.randrange(1, 3))] + rng.sample(CHAT_FILLER, rng.randrange(1, 3))
    rng.shuffle(msgs)
    style = rng.randrange(2)
    return "\n".join((f"[{rng.randrange(24):02d}:{rng.randrange(60):02d}] " if style else "")
                     + rng.choice(NICKS) + ": " + m for m in msgs)  # fmt: skip


def signature(rng: random.Random, gold: bool) -> str:
    if not gold:
        return f"{N('word', 'The Support Team')}\n{N('org', rng.choice(ORGS))}"
    p = P(*name_text(rng))
    return rng.choice([f"{p}\nAccount Manager, {N('org', rng.choice(ORGS))}", f"--\n{p} | Operations",
                       f"{p}\nSent from my iPhone", f"{p} (she/her)"])  # fmt: skip


def lay_email(rng: random.Random, gold: bool) -> str:
    body = [f"Subject: {rng.choice(['Your account', 'Change of address', 'Appointment', 'RE: paperwork'])}", "",
            f"{rng.choice(['Hi', 'Dear', 'Hello'])} {person(rng, gold)},", neg(rng, rng.randrange(1, 3))]  # fmt: skip
    if rng.random() < 0.5:
        body.append(f"We have updated your mailing address to {address(rng, gold)}.")
    if rng.random() < 0.3:
        body.append(f"For verification we used the {dob(rng, gold)} on file.")
    body += [rng.choice(["Yours sincerely,", "Best regards,", "Thanks,", "Cheers,"]), signature(rng, gold)]
    return "\n".join(body)


def kv_lines(rng: random.Random, gold: bool) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if gold:
        rows.append(
            (rng.choice(["Name", "Full name", "Patient", "Applicant", "Recipient", "NAME"]), bare_name(rng, True))
        )
        if rng.random() < 0.6:
            rows.append((rng.choice(["DOB", "Date of birth", "D.O.B.", "Birth date"]), D(en_date(rng, v.birth(rng)))))
        if rng.random() < 0.7:
            rows.append((rng.choice(["Address", "Home address", "Mailing address", "Ship to"]), address(rng, True)))
    else:
        rows.append(("Product", N("product", rng.choice(PRODUCTS))))
        rows.append(("Region", address(rng, False)))
    rows.append((rng.choice(["Submitted", "Appointment", "Date"]), neutral_date(rng)))
    rows.append((rng.choice(["Notes", "Comments", "Reason"]), neg(rng)))
    rng.shuffle(rows)
    return rows


def lay_form(rng: random.Random, gold: bool) -> str:
    sep = rng.choice([": ", " : ", "\t", " ..... ", " | "])
    title = rng.choice(["NEW PATIENT INTAKE FORM", "Membership application", "Registration", "== Contact details =="])
    return title + "\n" + "\n".join(k + sep + val for k, val in kv_lines(rng, gold))


def lay_csv(rng: random.Random, gold: bool) -> str:
    delim = rng.choice([",", ",", "\t", "|"])

    def q(x: str) -> str:
        return f'"{x}"' if delim in v.strip_marks(x) else x

    rows = []
    if gold:
        if rng.random() < 0.75:
            rows.append(delim.join(["name", "dob", "address", "city"]))
        for _ in range(rng.randrange(2, 5)):
            d = D(en_date(rng, v.birth(rng))) if rng.random() < 0.7 else ""
            a = address(rng, True) if rng.random() < 0.6 else ""
            rows.append(delim.join([q(bare_name(rng, True)), q(d), q(a), N("city", rng.choice(CITIES))]))
    else:
        if rng.random() < 0.75:
            rows.append(delim.join(["product", "qty", "ship_date", "store"]))
        for _ in range(rng.randrange(2, 5)):
            rows.append(delim.join([N("product", rng.choice(PRODUCTS)), str(rng.randrange(1, 9)), q(neutral_date(rng)),
                                    N("city", rng.choice(CITIES))]))  # fmt: skip
    return "\n".join(rows)


def lay_html(rng: random.Random, gold: bool) -> str:
    body = "".join(f"<tr><td>{k}</td><td>{val}</td></tr>\n" for k, val in kv_lines(rng, gold))
    return f'<table border="1">\n{body}</table>'


def lay_log(rng: random.Random, gold: bool) -> str:
    out = []
    for _ in range(rng.randrange(2, 5)):
        msg = rng.choice(["cart.checkout items=2", f"store={address(rng, False)} cache=hit",
                          f"appointment.create at={neutral_date(rng)}"])  # fmt: skip
        if gold and rng.random() < 0.7:
            msg = rng.choice([f'profile.update full_name="{bare_name(rng, True)}"',
                              f'shipping.address_set value="{address(rng, True)}"',
                              f"kyc.check ok birth_date={D(en_date(rng, v.birth(rng)))}"])  # fmt: skip
        out.append(f"{N('date', v.iso_ts(rng))} {rng.choice(['INFO', 'WARN', 'DEBUG'])} {msg}")
    return "\n".join(out)


def lay_letter(rng: random.Random, gold: bool) -> str:
    parts = [person(rng, gold, title=0.7), address(rng, gold, multiline=rng.random() < 0.5), "", neutral_date(rng), "",
             f"Dear {person(rng, gold, title=0.9)},", neg(rng, 2)]  # fmt: skip
    if rng.random() < 0.3:
        parts.append(f"Our records show the policyholder was {dob(rng, gold)}.")
    parts += ["Yours sincerely,", signature(rng, gold)]
    return "\n".join(parts)


def lay_medical(rng: random.Random, gold: bool) -> str:
    lines = [rng.choice(["CLINICAL NOTE", "Discharge summary", "Referral"]), f"Patient: {person(rng, gold, title=0.4)}"]
    if gold and rng.random() < 0.75:
        lines.append(dob(rng, True))
    lines += [f"Seen on {neutral_date(rng)}", f"Attending: {person(rng, gold, title=1.0)}",
              "Assessment: lower back pain. " + neg(rng)]  # fmt: skip
    return "\n".join(lines)


def lay_delivery(rng: random.Random, gold: bool) -> str:
    lines = [rng.choice(["PACKING SLIP", "Delivery note", "Courier manifest"]), f"Deliver to: {bare_name(rng, gold)}",
             f"Address: {address(rng, gold)}", f"Instructions: {rng.choice(['leave at back door', 'ring twice'])}",
             f"Sender: {N('org', rng.choice(ORGS))}", neutral_date_phrase(rng)]  # fmt: skip
    return "\n".join(lines)


def lay_hr(rng: random.Random, gold: bool) -> str:
    lines = ["MEMO – Staff changes"]
    for _ in range(rng.randrange(1, 4)):
        lines.append(f"- {person(rng, gold, title=0.2)} joins {rng.choice(['Finance', 'Procurement', 'Legal'])}")
    if gold and rng.random() < 0.4:
        lines.append(f"Onboarding docs received ({dob(rng, True)})")
    lines.append(neg(rng))
    return "\n".join(lines)


def lay_community(rng: random.Random, gold: bool) -> str:
    body = [rng.choice(["[Neighborhood] Lost cat", "[Reviews] Plumber recs?", "Community board"]),
            f"posted by {rng.choice(NICKS)}", neg(rng)]  # fmt: skip
    if rng.random() < 0.7:
        body.append(rng.choice(["Highly recommend {p}!", "Shoutout to {p} for the help."])
                    .replace("{p}", person(rng, gold, title=0.4)))  # fmt: skip
    if rng.random() < 0.3:
        body.append(f"Drop it off at {address(rng, gold)}")
    return "\n".join(body)


LAYOUTS: dict[str, Callable[[random.Random, bool], str]] = {
    "chat": lay_chat, "email": lay_email, "form": lay_form, "csv": lay_csv, "html": lay_html, "log": lay_log,
    "letter": lay_letter, "medical": lay_medical, "delivery": lay_delivery, "hr": lay_hr, "community": lay_community,
}  # fmt: skip
