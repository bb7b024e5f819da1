"""Phrases the diary never uses about doses or levels, in each language it speaks.

DOMAIN.md, "Where a diary must stop": the app never suggests a dose. The tests check every
alert sentence and every translation against these (lowercase)."""

FORBIDDEN_PHRASES = ("you should take", "increase", "decrease your", "safe dose",
                     "optimal level", "restart", "at risk")
FORBIDDEN_PHRASES_DE = ("sollten sie einnehmen", "erhöhen", "sichere dosis", "optimaler spiegel",
                        "gefährdet", "wieder beginnen", "nehmen sie mehr",
                        # issue 25: any "nehmen Sie …" is an instruction to take something, as
                        # are a recommended, lower or higher dose and taking more or less
                        "nehmen sie", "einnehmen sollten", "empfohlene dosis", "dosis senken",
                        "dosis verringern", "höhere dosis", "niedrigere dosis", "mehr einnehmen",
                        "weniger einnehmen", "zusätzlich einnehmen")
