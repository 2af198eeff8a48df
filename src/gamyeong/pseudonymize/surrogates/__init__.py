"""Surrogate generators: realistic fake values of each kind, drawn from a seeded :class:`random.Random` (or a
seeded ``faker`` for French and English names and addresses), so that one seed always gives one fake.

* :mod:`.josa` — Korean particles and the final consonant (받침) they depend on;
* :mod:`.ko` — Korean names, addresses and plates from our own tables (:mod:`.ko_data`);
* :mod:`.ids` — identifiers that pass their validators (RRN, FRN, BRN, card, IBAN, NIR, passports …);
* :mod:`.net` — phones, URLs, IP addresses; :mod:`.dates` — dates of birth (also used by ``generalize``);
* :mod:`.intl` — French and English names, addresses and e-mails via faker;
* :mod:`.layout` — writing new characters into the original's layout.
"""

from __future__ import annotations

from gamyeong.pseudonymize.surrogates.josa import fix_particle, has_final_consonant

__all__ = ["fix_particle", "has_final_consonant"]
