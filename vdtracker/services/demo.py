"""A demo history from the published cases, dated relative to today, for `vdtracker demo`."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from ..models import CrampNight, Dose, LabResult, PainEntry, RecheckDate, Regimen, SpasmEpisode
from ..storage import repositories as repo
from ..storage.database import Database


def build_demo(db: Database, today: date, seed: int = 42) -> None:
    """A loading course that worked, a maintenance phase that quietly lapsed, labs from two
    labs in both units, B12 alongside, and symptoms that fell and are now creeping back."""
    rnd = random.Random(seed)
    t0 = today - timedelta(days=420)
    load_start = t0 + timedelta(days=3)
    maint_start = load_start + timedelta(weeks=8)
    lapse_day = maint_start + timedelta(days=95)
    relapse = today - timedelta(days=90)

    def d(n: int) -> date:
        return t0 + timedelta(days=n)

    with db.transaction() as s:
        d3 = repo.supplement(s, "Vitamin D3")
        b12 = repo.supplement(s, "Vitamin B12")
        load = Regimen(supplement_id=d3.id, dose_amount=50000, dose_unit="IU", every_days=7,
                       start=load_start, end=maint_start - timedelta(days=1), weeks=8,
                       phase="loading", note="Prescribed after the first test")
        maint = Regimen(supplement_id=d3.id, dose_amount=2000, dose_unit="IU", every_days=1,
                        start=maint_start, phase="maintenance", remind_at=time(8, 0))
        b12r = Regimen(supplement_id=b12.id, dose_amount=1000, dose_unit="mcg", every_days=1,
                       start=load_start, phase="ongoing", remind_at=time(8, 0))
        s.add_all([load, maint, b12r])
        s.flush()
        day = load_start
        while day < maint_start:
            s.add(Dose(supplement_id=d3.id, regimen_id=load.id, day=day, time=time(9, 5),
                       amount=50000, unit="IU"))
            day += timedelta(days=7)
        day = maint_start
        while day < lapse_day:
            if rnd.random() < 0.93:
                s.add(Dose(supplement_id=d3.id, regimen_id=maint.id, day=day,
                           time=time(8, rnd.randrange(0, 50)), amount=2000, unit="IU"))
            day += timedelta(days=1)
        day = load_start
        while day <= today - timedelta(days=1):
            skipped = rnd.random() < 0.03
            s.add(Dose(supplement_id=b12.id, regimen_id=b12r.id, day=day,
                       time=time(8, rnd.randrange(0, 50)), amount=1000, unit="mcg",
                       skipped=skipped))
            day += timedelta(days=1)
        labs = [
            ("vitamin-d", 22.0, "22", "ng/mL", 30, 100, d(0), "City Lab"),
            ("b12", 212.0, "212", "pmol/L", 145, 569, d(0), "City Lab"),
            ("pth", 89.0, "89", "ng/L", 15, 65, d(0), "City Lab"),
            ("calcium", 2.35, "2.35", "mmol/L", 2.2, 2.6, d(0), "City Lab"),
            ("vitamin-d", 32.0, "32", "ng/mL", 30, 100, d(45), "City Lab"),
            ("b12", 625.0, "625", "pmol/L", 145, 569, d(45), "City Lab"),
            ("vitamin-d", 78.0, "78", "nmol/L", 75, 250, d(170), "Hospital lab"),
            ("pth", 44.0, "44", "ng/L", 15, 65, d(170), "Hospital lab"),
            ("vitamin-d", 35.0, "35", "nmol/L", 75, 250, today - timedelta(days=10),
             "Hospital lab"),
        ]
        for analyte, value, text, unit, low, high, day, lab in labs:
            s.add(LabResult(analyte=analyte, value=value, value_text=text, unit=unit, ref_low=low,
                            ref_high=high, day=day, lab_name=lab))
        s.add(RecheckDate(analyte="vitamin-d", due=today + timedelta(days=20),
                          set_on=today - timedelta(days=10), note="Retest after the winter"))
        for i in range(421):
            day = d(i)
            if day < load_start:
                base = 9.0
            elif day < load_start + timedelta(weeks=6):
                base = 9.0 - 7.2 * (day - load_start).days / 42
            elif day < relapse:
                base = 1.8
            else:
                base = min(6.5, 1.8 + (day - relapse).days * 0.055)
            if day == today or rnd.random() < 0.08:
                continue  # days without an entry, and today left for the user
            score = round(min(10.0, max(0.0, base + rnd.gauss(0, 0.5))), 1)
            s.add(PainEntry(day=day, time=time(21, rnd.randrange(0, 59)), score=score,
                            region="mid back" if i % 3 else "neck"))
            cramp_odds = 0.45 if base > 5 else 0.05
            if rnd.random() < cramp_odds:
                s.add(CrampNight(night_of=day, count=rnd.randint(1, 3),
                                 severity=rnd.randint(4, 8), longest_min=rnd.randint(1, 6),
                                 sleep_disturbance=rnd.randint(2, 7), region="calf",
                                 side=rnd.choice(["left", "right", "both"])))
            if rnd.random() < (0.35 if base > 5 else 0.04):
                s.add(SpasmEpisode(day=day, region=rnd.choice(["mid back", "neck", "face"]),
                                   count=rnd.randint(1, 4), severity=rnd.randint(3, 7)))
