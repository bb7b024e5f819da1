"""A realistic ten-year diary: loading courses, lapsing maintenance, labs, pain, cramps, spasm."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from vdtracker.models import CrampNight, Dose, LabResult, PainEntry, Regimen, SpasmEpisode
from vdtracker.storage import repositories as repo
from vdtracker.storage.database import Database


def build(db: Database, last: date, years: int = 10, seed: int = 7) -> dict[str, int]:
    rnd = random.Random(seed)
    first = last - timedelta(days=365 * years - 1)
    counts = {"pain": 0, "doses": 0, "labs": 0, "episodes": 0, "regimens": 0}
    with db.transaction() as s:
        d3 = repo.supplement(s, "Vitamin D3")
        b12 = repo.supplement(s, "Vitamin B12")
        regimens = []
        # Each year: an 8-week weekly loading course, then daily maintenance kept for a while.
        for y in range(years):
            start = first + timedelta(days=365 * y + 20)
            load = Regimen(supplement_id=d3.id, dose_amount=50000, dose_unit="IU", every_days=7,
                           start=start, end=start + timedelta(weeks=8, days=-1), weeks=8,
                           phase="loading")
            m_start = start + timedelta(weeks=8)
            maint = Regimen(supplement_id=d3.id, dose_amount=2000, dose_unit="IU", every_days=1,
                            start=m_start, phase="maintenance",
                            stopped_on=m_start + timedelta(days=300) if y < years - 1 else None)
            regimens += [load, maint]
        regimens.append(Regimen(supplement_id=b12.id, dose_amount=1000, dose_unit="mcg",
                                every_days=7, start=first, phase="ongoing"))
        s.add_all(regimens)
        s.flush()
        counts["regimens"] = len(regimens)
        for r in regimens:
            day, step = r.start, timedelta(days=r.every_days or 1)
            stop = min(x for x in (r.end, r.stopped_on, last) if x is not None)
            if r.phase == "maintenance":  # taken for ~4 months, then quietly dropped
                stop = min(stop, r.start + timedelta(days=120))
            while day <= stop:
                if rnd.random() < 0.92:
                    s.add(Dose(supplement_id=r.supplement_id, regimen_id=r.id, day=day,
                               time=time(8, rnd.randrange(60)), amount=r.dose_amount,
                               unit=r.dose_unit))
                    counts["doses"] += 1
                day += step
        for i in range(365 * years):
            day = first + timedelta(days=i)
            phase = (i % 365) / 365
            base = 7.5 - 5.5 * min(1.0, phase * 4) + 4 * max(0.0, phase - 0.5)
            for _ in range(1 + (rnd.random() < 0.3)):
                score = round(min(10.0, max(0.0, base + rnd.gauss(0, 0.8))), 1)
                s.add(PainEntry(day=day, time=time(21, 0), score=score, region="back"))
                counts["pain"] += 1
            if rnd.random() < 0.35:
                s.add(CrampNight(night_of=day, count=rnd.randint(1, 4),
                                 severity=rnd.randint(3, 9), longest_min=rnd.randint(1, 10),
                                 sleep_disturbance=rnd.randint(0, 8), region="calf", side="left"))
                counts["episodes"] += 1
            if rnd.random() < 0.2:
                s.add(SpasmEpisode(day=day, region=rnd.choice(["neck", "back", "face"]),
                                   count=rnd.randint(1, 6), severity=rnd.randint(2, 8)))
                counts["episodes"] += 1
        for k in range(4 * years):
            day = first + timedelta(days=91 * k + 10)
            nmol = rnd.random() < 0.5
            value = rnd.uniform(12, 45) * (2.496 if nmol else 1)
            s.add(LabResult(analyte="vitamin-d", value=round(value, 1),
                            value_text=f"{value:.0f}" if nmol else f"{value:.1f}",
                            unit="nmol/L" if nmol else "ng/mL",
                            ref_low=75 if nmol else 30, ref_high=250 if nmol else 100, day=day))
            counts["labs"] += 1
    return counts
